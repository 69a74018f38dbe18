"""Places and distances: a place as plain data, the great-circle distance between two points,
and the lookup key that makes ``Den Haag``, ``den haag`` and ``'s-Gravenhage``-style spellings
comparable. Pure: the gazetteer file itself is read by ``broker_app.matching.places``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)

# Letters NFKD does not split into a base letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class Place:
    """A populated place: its name, province, WGS84 coordinates and number of inhabitants."""

    name: str
    province: str
    latitude: float
    longitude: float
    population: int


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Straight-line (great-circle) distance in kilometres between two points in degrees."""
    phi1 = math.radians(lat1)
    phi2 = math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def place_key(name: str) -> str:
    """The lookup form of a place name.

    Case and diacritics are folded (``Mûnein`` -> ``munein``), every run of spaces, hyphens,
    apostrophes and dots becomes one space, and the genitive prefix ``'s-`` (also typed ``'s ``,
    ``s-`` or ``S-``) is dropped, so ``'s-Gravenhage`` and ``S-Gravenhage`` give ``gravenhage``.
    A leading ``St.`` becomes ``sint``. The result holds only ``a-z``, ``0-9`` and single spaces;
    it is empty when nothing of the name is left (an empty string or a non-Latin script).
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LETTERS)
    text = _NOT_ALNUM.sub(" ", text).strip()
    if text.startswith("s "):
        text = text[2:]
    elif text.startswith("st "):
        text = "sint " + text[3:]
    return text
