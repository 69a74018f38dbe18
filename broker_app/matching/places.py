"""The gazetteer of Dutch places (``resources/places/nl_places.csv``, built once from GeoNames by
``resources/places/build_gazetteer.py``): a place name to coordinates, and the straight-line
distance between two places ("12 km van Zwolle"). Read once per process; nothing is downloaded.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from broker_app.domain.geo import Place, haversine_km, place_key
from broker_app.paths import data_dir

COLUMNS = ("name", "province", "latitude", "longitude", "population", "alternatives")
ALTERNATIVES_SEPARATOR = "|"


def default_path() -> Path:
    """Where the bundled gazetteer lives, in a checkout, a wheel and the frozen build."""
    return data_dir("resources") / "places" / "nl_places.csv"


class Gazetteer:
    """Places by name. ``find`` tries the name itself first, then the alternative names
    (``Den Bosch``, ``Ljouwert``); when several places answer to the same key, the one with the
    most inhabitants wins (``Hengelo`` is the one in Overijssel, not the village in Gelderland).
    """

    def __init__(self, entries: Iterable[tuple[Place, Iterable[str]]]) -> None:
        self._by_name: dict[str, Place] = {}
        self._by_alias: dict[str, Place] = {}
        count = 0
        for place, alternatives in entries:
            count += 1
            _keep_largest(self._by_name, place_key(place.name), place)
            for alternative in alternatives:
                _keep_largest(self._by_alias, place_key(alternative), place)
        self._count = count

    @classmethod
    def from_csv(cls, path: Path) -> Gazetteer:
        """Read a gazetteer file (UTF-8, comma-separated, header ``COLUMNS``)."""
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle)
            header = next(rows, None)
            if tuple(header or ()) != COLUMNS:
                raise ValueError(f"{path}: expected columns {','.join(COLUMNS)}, got {header}")
            entries = [
                (
                    Place(name, province, float(lat), float(lon), int(population)),
                    alternatives.split(ALTERNATIVES_SEPARATOR) if alternatives else (),
                )
                for name, province, lat, lon, population, alternatives in rows
            ]
        return cls(entries)

    def __len__(self) -> int:
        """The number of places (rows), not of names."""
        return self._count

    def find(self, name: str) -> Place | None:
        """The place called ``name`` (any case, diacritics, ``'s-`` or hyphen style), else None."""
        key = place_key(name)
        if not key:
            return None
        return self._by_name.get(key) or self._by_alias.get(key)

    def distance_km(self, a: str, b: str) -> float | None:
        """Straight-line distance between two places by name; None when either is unknown."""
        first = self.find(a)
        second = self.find(b)
        if first is None or second is None:
            return None
        return haversine_km(first.latitude, first.longitude, second.latitude, second.longitude)


def _keep_largest(index: dict[str, Place], key: str, place: Place) -> None:
    if not key:
        return
    current = index.get(key)
    if current is None or place.population > current.population:
        index[key] = place


@cache
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, read on first use and kept for the life of the process."""
    return Gazetteer.from_csv(default_path())
