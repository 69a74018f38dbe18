"""The files the program reads from its data folders at run time, and a check that they are there.

Every ``data_dir(...)`` call in the package loads one of the patterns below (tests/test_resources.py
keeps the list and the code in step). The same list is checked in three places: the source tree
(``paths.data_dir``), an installed wheel (``broker_app/_data/…``) and the frozen build (the
bundle's ``_internal`` folder). ``broker-app --self-test`` checks it too, wherever it runs.

No Qt, no reportlab, no SQL here: a plain look at files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from broker_app.paths import DATA_FOLDERS, data_dir


@dataclass(frozen=True)
class Resource:
    pattern: str  # relative to the data root ("db/migrations/*.sql"); a glob or one file
    used_by: tuple[str, ...]  # the modules that load it (paths relative to the repository)
    required: bool = True  # False: the folder may hold none (a glob that may match nothing)


RESOURCES: tuple[Resource, ...] = (
    Resource("db/migrations/*.sql", ("broker_app/store/migrations.py",)),
    Resource("db/demo/catalogue.csv", ("broker_app/catalogue/demo.py",)),
    Resource("db/demo/clients.json", ("broker_app/catalogue/demo.py",)),
    Resource("db/demo/proposals.json", ("broker_app/proposals/demo.py",)),
    Resource("reports/nl.json", ("broker_app/proposals/texts.py",)),
    Resource("reports/en.json", ("broker_app/proposals/texts.py",)),
    Resource(
        "reports/funding_schemes.json",
        ("broker_app/proposals/service.py", "broker_app/ui/views/partials/settings_vat.py"),
    ),
    Resource("resources/fonts/DejaVuSans.ttf", ("broker_app/proposals/pdf.py",)),
    Resource("resources/fonts/DejaVuSans-Bold.ttf", ("broker_app/proposals/pdf.py",)),
    Resource("resources/fonts/DejaVuSans-Oblique.ttf", ("broker_app/proposals/pdf.py",)),
    # Not loaded, but the font's licence must travel with the font.
    Resource("resources/fonts/LICENSE-DejaVu.txt", ("broker_app/proposals/pdf.py",)),
    Resource(
        "resources/translations/broker_app_en.qm",
        ("broker_app/ui/i18n.py", "broker_app/ui/self_test.py"),
    ),
    # (resources/translations/pending/*.json, which i18n.py also reads, only fill the gaps of a
    # .qm not yet regenerated on a development branch: the build does not carry them.)
    Resource("resources/places/nl_places.csv", ("broker_app/matching/places.py",)),
    # Not loaded: the GeoNames credit the gazetteer's licence (CC BY 4.0) asks to pass on.
    Resource("resources/places/README.md", ("broker_app/matching/places.py",)),
    Resource("resources/synonyms/nl.txt", ("broker_app/matching/synonyms.py",)),
    # The window icon, once resources/icons/ exists (the .ico/.icns are for the build only).
    Resource("resources/icons/*.png", ("broker_app/ui/app.py",), required=False),
)


def _root_of_data() -> Path:
    """The folder that holds ``db/``, ``reports/`` and ``resources/`` for this program."""
    roots = {data_dir(name).parent for name in DATA_FOLDERS}
    if len(roots) != 1:
        raise FileNotFoundError(f"the data folders are not in one place: {sorted(roots)}")
    return roots.pop()


def _matches(root: Path, pattern: str) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.glob(pattern) if p.is_file())


def expected_resources(source: Path | None = None) -> list[str]:
    """Every resource file as a path relative to the data root (``db/migrations/0001_schema.sql``),
    the globs expanded against ``source`` (default: this program's own data folders, i.e. the
    source tree in a checkout). Raises FileNotFoundError when a required one is missing there."""
    root = source or _root_of_data()
    found: list[str] = []
    for resource in RESOURCES:
        names = _matches(root, resource.pattern)
        if not names and resource.required:
            raise FileNotFoundError(f"{resource.pattern} not found in {root}")
        found.extend(names)
    return sorted(set(found))


def missing_in(root: Path, expected: Iterable[str] | None = None) -> list[str]:
    """The expected resource files (default: ``expected_resources()``) that ``root`` lacks;
    ``root`` is a data root: a source tree, ``…/broker_app/_data`` or a bundle's ``_internal``."""
    wanted = expected_resources() if expected is None else expected
    return [name for name in wanted if not (root / name).is_file()]


def missing_here() -> list[str]:
    """For the self-test, where no source tree may exist: each required pattern must match at
    least one file in this program's data folders (the globs cannot be compared with a source)."""
    try:
        root = _root_of_data()
    except FileNotFoundError as exc:
        return [str(exc)]
    return [r.pattern for r in RESOURCES if r.required and not _matches(root, r.pattern)]
