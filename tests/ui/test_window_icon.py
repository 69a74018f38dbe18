"""The window carries the program's icon (resources/icons/broker-app.png), as the bundle does."""

from broker_app.paths import data_dir
from broker_app.ui.app import application


def test_the_application_has_the_broker_app_icon(qapp) -> None:
    app = application([])
    assert (data_dir("resources") / "icons" / "broker-app.png").is_file()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()[0].width() == 256
