"""``broker-app screenshots DIR`` draws every main page with the demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from broker_app.cli import main
from broker_app.ui.screenshots import SHOTS, WINDOW_SIZE


def test_every_page_is_drawn_to_a_png(qtbot, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "shots"
    assert main(["screenshots", str(folder)]) == 0
    printed = capsys.readouterr().out.split()
    names = sorted(p.name for p in folder.iterdir())
    assert len(SHOTS) >= 7
    assert names == sorted([s.file_name for s in SHOTS] + ["08-zoeken.png"])
    assert printed == [str(folder / name) for name in names]
    for name in names:
        image = QImage(str(folder / name))
        assert (image.width(), image.height()) == WINDOW_SIZE, name
        # not a blank picture: a page shows text and lines in more than two colours
        colours = {image.pixel(x, y) for x in range(0, image.width(), 23)
                   for y in range(0, image.height(), 17)}  # fmt: skip
        assert len(colours) > 3, name
