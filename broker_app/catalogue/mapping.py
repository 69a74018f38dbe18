"""Column mapping: a provider's spreadsheet with its own headers becomes CSV v1 rows.

A *profile* says which file header is which CSV v1 column, whether the prices include VAT (and
at which rate), how dates are written, and fixed values for columns the file lacks. Profiles are
kept by name in the setting ``import.profiles`` and reused for the next file of that provider.
:func:`suggest` proposes a profile from the headers alone (known Dutch and English synonyms,
then rapidfuzz similarity); :func:`apply_profile` renames and converts, after which the usual
CSV v1 rules (:mod:`broker_app.catalogue.rows`) check every row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from rapidfuzz import fuzz, process

from broker_app.catalogue import csv_v1
from broker_app.catalogue.columns import COLUMNS, LIST_SEPARATOR, REQUIRED
from broker_app.domain import vocab
from broker_app.domain.money import AmountError, parse_amount, to_cents
from broker_app.domain.problems import InputRefused, Problem
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting

SETTING = "import.profiles"
DATE_FORMATS = ("dmy", "ymd")
SIMILARITY = 85  # rapidfuzz ratio (0-100) a header needs to be taken for a column name

# Known headers, Dutch and English, by CSV v1 column (compared after vocab.fold_key).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("opleiding", "naam opleiding", "opleidingsnaam", "titel", "naam", "cursus",
              "cursusnaam", "training", "course", "name", "title"),
    "provider": ("aanbieder", "instelling", "opleider", "school", "leverancier", "provider"),
    "code": ("code", "opleidingscode", "cursuscode", "artikelnummer", "id", "course code"),
    "price": ("prijs", "kosten", "prijs incl btw", "prijs incl. btw", "prijs inclusief btw",
              "prijs excl btw", "prijs excl. btw", "prijs exclusief btw", "kosten incl btw",
              "kosten excl btw", "cursusgeld", "tarief", "bedrag", "price", "cost", "fee"),
    "start_dates": ("startdatum", "startdata", "start", "startmoment", "startmomenten",
                    "begindatum", "aanvang", "start date", "start dates"),
    "level": ("niveau", "opleidingsniveau", "level"),
    "city": ("plaats", "locatie", "lesplaats", "vestiging", "stad", "city", "location"),
    "description": ("omschrijving", "beschrijving", "inhoud", "toelichting", "description"),
    "type": ("soort", "soort opleiding", "type opleiding", "vorm", "type"),
    "sector": ("sector", "branche", "vakgebied", "domein"),
    "outcomes": ("leerdoelen", "leeruitkomsten", "resultaten", "outcomes"),
    "keywords": ("trefwoorden", "zoekwoorden", "tags", "keywords"),
    "qualification_code": ("crebo", "crebocode", "kwalificatiecode", "qualification code"),
    "hours": ("uren", "studiebelasting", "studie uren", "studieuren", "contacturen", "hours"),
    "ec": ("ec", "studiepunten", "ects", "credits"),
    "duration_weeks": ("duur", "duur weken", "duur in weken", "weken", "looptijd", "weeks"),
    "delivery": ("lesvorm", "werkvorm", "leervorm", "delivery"),
    "schedule": ("rooster", "lestijden", "dagdeel", "dagdelen", "schedule"),
    "vat": ("btw", "btw tarief", "btw percentage", "vat"),
    "credential": ("diploma", "certificaat", "bewijs", "afsluiting", "credential"),
    "min_participants": ("minimum deelnemers", "min deelnemers", "min aantal deelnemers"),
    "max_participants": ("maximum deelnemers", "max deelnemers", "max aantal deelnemers",
                         "groepsgrootte"),
    "language": ("taal", "voertaal", "language"),
    "funded": ("bekostigd", "gesubsidieerd", "funded"),
    "provider_kind": ("soort aanbieder", "type aanbieder", "provider kind"),
    "crkbo": ("crkbo", "crkbo geregistreerd"),
    "url": ("website", "link", "webadres", "url", "internetadres"),
}  # fmt: skip
SYNONYMS: dict[str, str] = {
    vocab.fold_key(h): column for column, headers in _SYNONYMS.items() for h in headers
}
for _column in COLUMNS:
    SYNONYMS.setdefault(vocab.fold_key(_column), _column)

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_AMBIGUOUS = re.compile(r"^\d{1,3},\d{3}$")  # as rows.py: 1,25 or 1250?
_DATE_SPLIT = re.compile(r"\s*[;,|]\s*")


@dataclass
class Profile:
    """How one provider's spreadsheet becomes CSV v1 (stored as JSON in ``import.profiles``)."""

    name: str
    provider: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # file header -> column ("" = skip)
    price_includes_vat: bool = False
    vat: str = "21"
    date_format: str = "dmy"
    fixed: dict[str, str] = field(default_factory=dict)  # CSV v1 column -> value for every row
    code_from_title: bool = False  # the file has no code: make one from title (and place)

    def to_json(self) -> dict[str, object]:
        return {
            "provider": self.provider,
            "columns": dict(self.columns),
            "price_includes_vat": self.price_includes_vat,
            "vat": self.vat,
            "date_format": self.date_format,
            "fixed": dict(self.fixed),
            "code_from_title": self.code_from_title,
        }

    @classmethod
    def from_json(cls, name: str, data: object) -> Profile:
        """A stored profile; InputRefused when it is not a profile or names unknown columns."""
        if not isinstance(data, dict):
            raise _refuse("mapping.bad_profile", name=name)
        columns, fixed = data.get("columns", {}), data.get("fixed", {})
        if not isinstance(columns, dict) or not isinstance(fixed, dict):
            raise _refuse("mapping.bad_profile", name=name)
        profile = cls(
            name=name,
            provider=str(data.get("provider") or ""),
            columns={str(k): str(v or "") for k, v in columns.items()},
            price_includes_vat=bool(data.get("price_includes_vat", False)),
            vat=str(data.get("vat") or "21"),
            date_format=str(data.get("date_format") or "dmy"),
            fixed={str(k): str(v) for k, v in fixed.items()},
            code_from_title=bool(data.get("code_from_title", False)),
        )
        problems = profile.check()
        if problems:
            raise InputRefused(problems)
        return profile

    def check(self) -> list[Problem]:
        """What makes this profile unusable (unknown columns, rates, date formats)."""
        problems = []
        for header, column in self.columns.items():
            if column and column not in COLUMNS:
                problems.append(Problem("error", "mapping.unknown_column", params={
                    "name": self.name, "header": header, "column": column}))  # fmt: skip
        for column in self.fixed:
            if column not in COLUMNS:
                problems.append(Problem("error", "mapping.unknown_column", params={
                    "name": self.name, "header": "fixed", "column": column}))  # fmt: skip
        if self.vat not in vocab.VAT_RATES:
            problems.append(Problem("error", "mapping.bad_vat", params={
                "name": self.name, "vat": self.vat}))  # fmt: skip
        if self.date_format not in DATE_FORMATS:
            problems.append(Problem("error", "mapping.bad_date_format", params={
                "name": self.name, "format": self.date_format}))  # fmt: skip
        return problems


def _refuse(key: str, **params: object) -> InputRefused:
    return InputRefused([Problem("error", key, params=params)])


# --- suggestion ---------------------------------------------------------------------------


def suggest_column(header: str) -> str | None:
    """The CSV v1 column a file header most likely means, or None."""
    key = vocab.fold_key(header)
    if not key:
        return None
    if key in SYNONYMS:
        return SYNONYMS[key]
    if key.startswith(("prijs", "kosten")):  # "Prijs 2027 incl. btw", "Kosten per deelnemer"
        return "price"
    found = process.extractOne(key, list(SYNONYMS), scorer=fuzz.ratio, score_cutoff=SIMILARITY)
    return SYNONYMS[found[0]] if found else None


def suggest(name: str, sheet: csv_v1.SheetRows) -> Profile:
    """A profile for this file from its headers; each CSV v1 column is taken once at most."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    incl = False
    for header in sheet.columns:
        if not header:
            continue
        column = suggest_column(header)
        if column is None or column in taken:
            columns[header] = ""
            continue
        taken.add(column)
        columns[header] = column
        if column == "price":
            incl = "incl" in vocab.fold_key(header)
    profile = Profile(
        name=name, columns=columns, price_includes_vat=incl, code_from_title="code" not in taken
    )
    providers = {
        cells.get(h, "").strip()
        for _, cells in sheet.rows
        for h, c in columns.items()
        if c == "provider"
    }
    if len(providers) == 1:
        profile.provider = providers.pop()
    return profile


# --- stored profiles ----------------------------------------------------------------------


def stored_profiles(store: Store) -> dict[str, dict]:
    value = get_setting(store.db, SETTING, {})
    return value if isinstance(value, dict) else {}


def load_profile(store: Store, name: str) -> Profile:
    profiles = stored_profiles(store)
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "—"
        raise _refuse("mapping.unknown_profile", name=name, known=known)
    return Profile.from_json(name, profiles[name])


def save_profile(store: Store, profile: Profile) -> None:
    problems = profile.check()
    if problems:
        raise InputRefused(problems)
    with store.transaction() as db:
        profiles = dict(stored_profiles(store))
        profiles[profile.name] = profile.to_json()
        set_setting(db, SETTING, profiles)


def delete_profile(store: Store, name: str) -> None:
    """Forget a stored profile; InputRefused (naming the known ones) when there is none."""
    profiles = stored_profiles(store)
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "—"
        raise _refuse("mapping.unknown_profile", name=name, known=known)
    with store.transaction() as db:
        remaining = {k: v for k, v in stored_profiles(store).items() if k != name}
        set_setting(db, SETTING, remaining)


def missing_required(profile: Profile) -> list[str]:
    """The required CSV v1 columns this profile neither maps, fixes nor derives (the file's
    headers taken as present), in CSV v1 order."""
    present = {c for c in profile.columns.values() if c} | set(profile.fixed)
    if profile.provider:
        present.add("provider")
    if profile.code_from_title:
        present.add("code")
    return [c for c in REQUIRED if c not in present]


def parse_fixed(items: Sequence[str]) -> dict[str, str]:
    """``["type=cursus", "level=mbo-2"]`` (the command line's ``--fixed``) -> a ``fixed``
    mapping; InputRefused for an item without ``=``, an empty value or an unknown column."""
    fixed: dict[str, str] = {}
    problems = []
    for item in items:
        column, sep, value = item.partition("=")
        column, value = column.strip(), value.strip()
        if not sep or not column or not value:
            problems.append(Problem("error", "mapping.fixed_bad", params={"text": item}))
        elif column not in COLUMNS:
            problems.append(Problem("error", "mapping.fixed_unknown", params={"column": column}))
        else:
            fixed[column] = value
    if problems:
        raise InputRefused(problems)
    return fixed


def mapped_columns(data: object) -> list[tuple[str, str]]:
    """(file header, CSV v1 column) of a stored profile, skipped headers left out."""
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        return []
    return [(str(h), str(c)) for h, c in columns.items() if c]


# --- applying a profile -------------------------------------------------------------------


def excl_vat(text: str, rate: int) -> str:
    """``1.210`` incl. 21 % -> ``1000.00``; text that is no amount (or is ambiguous, like
    ``1,210``) is returned unchanged, for the CSV rules to report."""
    if _AMBIGUOUS.match(text.replace("€", "").strip()):
        return text
    try:
        cents = to_cents(parse_amount(text))
    except AmountError:
        return text
    excl = (Decimal(cents) * 100 / Decimal(100 + rate)).quantize(Decimal(1), ROUND_HALF_UP)
    whole = int(excl)
    return f"{whole // 100}.{whole % 100:02d}"


def iso_dates(text: str, date_format: str) -> str:
    """``01-03-2027; 1-9-2027`` -> ``2027-03-01|2027-09-01``; unknown items stay as they are."""
    items = [item for item in _DATE_SPLIT.split(text.strip()) if item]
    out = []
    for item in items:
        m = _DMY.match(item) if date_format == "dmy" else None
        if m:
            d, mo, y = (int(g) for g in m.groups())
            out.append(f"{y:04d}-{mo:02d}-{d:02d}")
            continue
        m = _YMD.match(item)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            out.append(f"{y:04d}-{mo:02d}-{d:02d}")
            continue
        out.append(item)
    return LIST_SEPARATOR.join(out)


def level_code(text: str) -> str:
    """``MBO niveau 3`` -> ``mbo-3``, ``HBO bachelor`` -> ``hbo-bachelor``; else unchanged."""
    try:
        return vocab.LEVELS.parse(text.strip())[0]
    except vocab.UnknownValue:
        return text


def apply_profile(sheet: csv_v1.SheetRows, profile: Profile) -> csv_v1.SheetRows:
    """The file's rows under CSV v1 column names with converted values.

    Refuses the file when a mapped header is missing from it or a required column is neither
    in the file nor fixed in the profile.
    """
    problems = profile.check()
    if problems:
        raise InputRefused(problems)
    by_key = {vocab.fold_key(h): h for h in sheet.columns if h}
    renames: dict[str, str] = {}  # header in the sheet -> CSV v1 column
    for header, column in profile.columns.items():
        if not column:
            continue
        found = by_key.get(vocab.fold_key(header))
        if found is None:
            problems.append(Problem("error", "mapping.header_missing", params={
                "name": profile.name, "header": header}))  # fmt: skip
        elif column in renames.values():
            problems.append(Problem("error", "mapping.column_twice", params={
                "name": profile.name, "column": column}))  # fmt: skip
        else:
            renames[found] = column
    fixed = dict(profile.fixed)
    if profile.provider and "provider" not in renames.values():
        fixed.setdefault("provider", profile.provider)
    derive_code = profile.code_from_title and "code" not in renames.values() and "code" not in fixed
    present = set(renames.values()) | set(fixed) | ({"code"} if derive_code else set())
    missing = [c for c in REQUIRED if c not in present]
    problems += [Problem("error", "header.missing", 1, c, {"column": c}) for c in missing]
    if problems:
        raise InputRefused(problems)
    warnings = [
        Problem("warning", "mapping.header_ignored", params={"header": h})
        for h in sheet.columns
        if h and h not in renames
    ]
    rows = []
    for row_number, cells in sheet.rows:
        out = {column: cells.get(header, "") for header, column in renames.items()}
        for column, value in fixed.items():
            if not (out.get(column) or "").strip():
                out[column] = value
        _convert(out, profile)
        if derive_code:
            out["code"] = code_from(out.get("title", ""), out.get("city", ""))
        rows.append((row_number, out))
    columns = list(dict.fromkeys([*renames.values(), *fixed, *(["code"] if derive_code else [])]))
    if "price" in columns and "vat" not in columns:
        columns.append("vat")  # every row got the profile's rate (so an update writes it too)
    return csv_v1.SheetRows(
        columns=columns,
        rows=rows,
        problems=[*sheet.problems, *warnings],
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
        broken=sheet.broken,
        format=sheet.format,
    )


def code_from(title: str, city: str = "") -> str:
    """A stable code for a file without codes: the folded title, with the place when given.

    The same row in the provider's next file gets the same code, so a re-import updates it;
    two rows with one title in one place are reported as the same offering twice.
    """
    parts = [_slug(title), _slug(city)]
    return "-".join(p for p in parts if p)[:80].strip("-")


def _slug(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^0-9a-z]+", "-", bare).strip("-")


def _convert(cells: dict[str, str], profile: Profile) -> None:
    if cells.get("level", "").strip():
        cells["level"] = level_code(cells["level"])
    if cells.get("start_dates", "").strip():
        cells["start_dates"] = iso_dates(cells["start_dates"], profile.date_format)
    vat_text = (cells.get("vat") or "").strip()
    if not vat_text:
        vat = profile.vat
    else:
        try:
            vat = vocab.VAT_RATES.parse(vat_text)[0]
        except vocab.UnknownValue:
            return  # the CSV rules report the unknown rate; the price is left alone
    if "price" in cells and not vat_text:
        cells["vat"] = profile.vat
    price = (cells.get("price") or "").strip()
    if profile.price_includes_vat and price and vat in ("9", "21"):
        cells["price"] = excl_vat(price, int(vat))
