"""The rules `build.spec` applies to what travels in the desktop bundle (tools/bundle.py), checked
without building: which data files travel, which of Qt's and Babel's files stay (in the layouts
of the Linux, Windows and macOS wheels: only Linux is built here), and which copied libraries
nothing loads."""

import pytest

from tools import bundle

KEPT_EVERYWHERE = [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/translations/qtbase_nl.qm",
    "PySide6/Qt6Core.dll",
    "PySide6/Qt6Widgets.dll",
    "PySide6/QtWidgets.pyd",
    "PySide6/msvcp140.dll",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/plugins/imageformats/qico.dll",
    "PySide6/translations/qtbase_en.qm",
    "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "babel/locale-data/nl_NL.dat",
    "babel/locale-data/root.dat",
    "reportlab/fonts/Vera.ttf",
]
LEFT_OUT_EVERYWHERE = [
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/opengl32sw.dll",
    "PySide6/Qt6Network.dll",
    "PySide6/Qt6Svg.dll",
    "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/plugins/imageformats/qtiff.dll",
    "PySide6/plugins/generic/qtuiotouchplugin.dll",
    "PySide6/translations/qt_fr.qm",
    "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
    "babel/locale-data/de_DE.dat",
]


@pytest.mark.parametrize("dest", KEPT_EVERYWHERE)
def test_what_the_program_uses_stays(dest: str) -> None:
    assert bundle.kept(dest)


@pytest.mark.parametrize("dest", LEFT_OUT_EVERYWHERE)
def test_what_it_never_uses_stays_out(dest: str) -> None:
    assert not bundle.kept(dest)


def test_a_library_only_a_dropped_plugin_needed_is_left_out() -> None:
    needs = {
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libfreetype.so.6", "libc.so.6"],
        "libfreetype.so.6": ["libpng16.so.16", "libz.so.1"],
        "libpng16.so.16": ["libz.so.1"],
        "libz.so.1": [],
        # the GTK theme plugin was dropped; what it brought along is still at the top level
        "libcairo.so.2": ["libpixman-1.so.0", "libfreetype.so.6"],
        "libpixman-1.so.0": [],
    }
    assert bundle.unreachable_libraries(needs) == ["libcairo.so.2", "libpixman-1.so.0"]


def test_pythons_own_library_and_what_it_loads_stay() -> None:
    needs = {
        "libpython3.11.so.1.0": ["libm.so.6"],
        "python3.11/lib-dynload/_sqlite3.so": ["libsqlite3.so.0"],
        "libsqlite3.so.0": [],
        "libffi.so.8": [],
    }
    assert bundle.unreachable_libraries(needs) == ["libffi.so.8"]


def test_libraries_that_need_each_other_are_not_kept_by_that_alone() -> None:
    needs = {
        "rapidfuzz/fuzz_cpp.so": ["libstdc++.so.6"],
        "libstdc++.so.6": ["libgcc_s.so.1"],
        "libgcc_s.so.1": [],
        "libgnutls.so.30": ["libp11-kit.so.0"],
        "libp11-kit.so.0": ["libgnutls.so.30"],
    }
    assert bundle.unreachable_libraries(needs) == ["libgnutls.so.30", "libp11-kit.so.0"]


def test_data_rule_keeps_what_is_read_and_the_credits() -> None:
    assert bundle.bundled("db/migrations/0001_schema.sql")
    assert bundle.bundled("resources/places/README.md")  # GeoNames credit (CC BY 4.0)
    assert not bundle.bundled("resources/translations/broker_app_en.ts")
    assert not bundle.bundled("resources/translations/pending/x.json")
    assert not bundle.bundled("resources/places/build_gazetteer.py")
