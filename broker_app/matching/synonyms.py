"""The synonym list (``resources/synonyms/nl.txt``): groups of words that mean the same thing
when looking for training (pillen, medicijnen, medicatie). Read once, analysed like the index."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from broker_app.domain.text import analyse
from broker_app.paths import data_dir

SKIPPED_SECTIONS = ("algemeen",)  # generic words (cursus, opleiding) would match everything
_SECTION = re.compile(r"[a-z][a-z-]*")
SETTING = "matching.synonyms"  # the broker's own groups, one "a, b, c" text per group


def _key(term: str) -> str | None:
    """A term as one stem: a phrase is joined first (``leiding geven`` -> ``leidinggeef``), the
    way Dutch writes it as a compound."""
    stems = analyse(term.replace(" ", "").replace("-", ""))
    return stems[0] if len(stems) == 1 else None


def parse_groups(lines: Iterable[str]) -> list[frozenset[str]]:
    groups: list[frozenset[str]] = []
    skipping = False
    for raw in lines:
        line = raw.strip()
        if line.startswith("#"):
            header = line.lstrip("#").strip().lower()
            if _SECTION.fullmatch(header):  # "# zorg" starts a section; other comments don't
                skipping = header in SKIPPED_SECTIONS
            continue
        if not line or skipping:
            continue
        keys = {k for term in line.split(",") if (k := _key(term.strip()))}
        if len(keys) >= 2:
            groups.append(frozenset(keys))
    return groups


class Synonyms:
    def __init__(self, groups: Iterable[frozenset[str]]) -> None:
        self.groups = list(groups)
        self._by_stem: dict[str, set[str]] = {}
        for group in self.groups:
            for stem in group:
                self._by_stem.setdefault(stem, set()).update(group)

    def expand(self, stem: str) -> frozenset[str]:
        """The stem and every stem of its groups."""
        return frozenset(self._by_stem.get(stem, ())) | {stem}

    def __len__(self) -> int:
        return len(self._by_stem)


def synonym_file() -> Path:
    return data_dir("resources") / "synonyms" / "nl.txt"


def with_own_groups(base: Synonyms, own: object) -> Synonyms:
    """The bundled list plus the broker's own groups from settings (a list of "a, b, c")."""
    if not isinstance(own, list) or not own:
        return base
    lines = [line for line in own if isinstance(line, str)]
    return Synonyms([*base.groups, *parse_groups(lines)])


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    """The bundled list; an empty one when the file is missing (matching still works)."""
    path = synonym_file()
    if not path.is_file():
        return Synonyms([])
    return Synonyms(parse_groups(path.read_text(encoding="utf-8").splitlines()))
