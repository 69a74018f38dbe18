"""EDU-DEX program JSON (Data API v1.0.2, ``program_in``/``program_out``) as catalogue CSV v1 rows.

The reader turns each program into one row (or one row per place, when its runs are taught in
several places) with the CSV v1 column names and text values, so
:func:`broker_app.catalogue.rows.parse_row` applies every usual rule afterwards. The row number
of a row is the program's number in the file (counted from 1); a program that cannot become an
offering is marked broken with a message that names the program and the JSON field.

The mapping, field by field, is documented in ``docs/edudex.md``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from broker_app.catalogue import csv_v1
from broker_app.catalogue.columns import COLUMNS, LIST_SEPARATOR
from broker_app.catalogue.files import file_bytes
from broker_app.domain.problems import InputRefused, Problem

FORMAT = "edudex"
# provider_kind and funded are not in EDU-DEX: leaving their columns out keeps what the
# catalogue knows of them on re-import.
EDUDEX_COLUMNS = [c for c in COLUMNS if c not in ("provider_kind", "funded")]
_CENT = Decimal("0.01")
_MONEY = re.compile(r"^[-+]?\d+(\.\d{1,2})?$")
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|li|h\d)>|<br\s*/?>", re.I)
_LI = re.compile(r"<li[^>]*>(.*?)</li>", re.I | re.S)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s*")

# --- vocabularies -------------------------------------------------------------------------------

# programLevel -> CSV level. None: the level has to come from elsewhere (NLQF, degree).
_LEVELS: dict[str, str | None] = {
    "mbo niveau 1": "mbo-1",
    "mbo niveau 2": "mbo-2",
    "mbo niveau 3": "mbo-3",
    "mbo niveau 4": "mbo-4",
    "associate": "hbo-ad",
    "bachelor": "hbo-bachelor",
    "master": "hbo-master",
    "academic bachelor": "wo-bachelor",
    "academic master": "wo-master",
    "none": None,
    "mbo": None,
    "hbo": None,
    "wo": None,
}
# programLevel values with no exact level of ours: the closest one, with a warning.
_LEVELS_APPROXIMATE: dict[str, str] = {
    "mbo+": "mbo-4",
    "post-hbo": "hbo-bachelor",
    "propedeuse": "hbo-bachelor",
    "PhD": "wo-master",
    "post-academic": "wo-master",
    "hbo": "hbo-bachelor",
    "wo": "wo-bachelor",
}
_SECONDARY = {"mavo", "havo", "vwo", "vbo", "vmbo", "vmbo/mavo", "lbo"}
_NLQF: dict[str, str] = {
    "1": "mbo-1",
    "2": "mbo-2",
    "3": "mbo-3",
    "4": "mbo-4",
    "4+": "mbo-4",
    "5": "hbo-ad",
    "6": "hbo-bachelor",
    "7": "hbo-master",
    "8": "wo-master",
}
# programType values that are short courses: type "cursus" without a word.
_COURSE_TYPES = {
    "regular",
    "coaching",
    "conference",
    "educational",
    "exam",
    "internship",
    "research",
    "self study",
    "traineeship",
    "training",
    "virtual classroom",
    "webinar",
    "workshop",
    "document",
    "lecture",
    "master class",
}
_CREDENTIALS: dict[str, str] = {
    "none": "geen",
    "certificate": "certificaat",
    "certificate on request": "certificaat",
    "diploma": "diploma",
    "certificate of participation": "bewijs-van-deelname",
    "module certificate": "deelcertificaat",
    "mbo-certificaat": "mbo-certificaat",
    "mbo niveau 1": "diploma",
    "mbo niveau 2": "diploma",
    "mbo niveau 3": "diploma",
    "mbo niveau 4": "diploma",
}
_CREDENTIALS_APPROXIMATE = {"testimonial": "certificaat", "mbo-verklaring": "deelcertificaat"}
# VATCode: 1 no VAT, 2 reverse charge, 3 low rate (9 %), 4 high rate goods, 5 high rate services.
_VAT_CODES: dict[int, str | None] = {1: "vrijgesteld", 2: None, 3: "9", 4: "21", 5: "21"}
_VAT_RATE = {"vrijgesteld": Decimal(0), "0": Decimal(0), "9": Decimal(9), "21": Decimal(21)}
_DELIVERY_LOCATION = {
    "fully online": "online",
    "blended": "blended",
    "fixed location": "klassikaal",
    "agreed location": "incompany",
}
_DELIVERY_FORM = {
    "e-learning": "online",
    "distance learning": "online",
    "virtual classroom": "online",
    "dual": "werkplek",
}
_DELIVERY_MODE = {
    "blended learning": "blended",
    "classroom teaching": "klassikaal",
    "virtual classroom": "online",
    "webinar": "online",
    "internship": "werkplek",
    "traineeship": "werkplek",
}
_PART_OF_DAY = {
    "morning": "dag",
    "afternoon": "dag",
    "day": "dag",
    "evening": "avond",
    "night": "avond",
    "weekend": "weekend",
}
# targetSector (SBI sections) and theme -> our sector words (free text in CSV v1).
_SBI_SECTORS = {
    "A": "groen",
    "C": "techniek",
    "D": "energie",
    "F": "bouw",
    "G": "retail",
    "H": "logistiek",
    "I": "horeca",
    "J": "ict",
    "O": "overheid",
    "P": "onderwijs",
    "Q": "zorg",
}
_THEME_SECTORS = {
    "automation and it": "ict",
    "care and personal care": "zorg",
    "manufacturing engineering and construction": "techniek",
    "procurement and logistics": "logistiek",
    "secretarial and office work": "administratie",
    "tourism, recreation and hospitality": "horeca",
    "government and non-profit": "overheid",
    "training and education": "onderwijs",
}
_OUTCOME_SUBJECTS = ("objectives", "competencies")
_COST_NAMES = {
    "certificate": ("certificaat", "certificate"),
    "cost of living": ("levensonderhoud", "cost of living"),
    "examination": ("examen", "examination"),
    "excursions": ("excursies", "excursions"),
    "housing": ("huisvesting", "housing"),
    "insurance": ("verzekering", "insurance"),
    "location": ("locatie", "location"),
    "lunch": ("lunch", "lunch"),
    "dinner": ("diner", "dinner"),
    "registration fee": ("inschrijfgeld", "registration fee"),
    "study material": ("lesmateriaal", "study material"),
    "visa/permit": ("visum/vergunning", "visa/permit"),
    "coaching": ("coaching", "coaching"),
    "accommodation": ("accommodatie", "accommodation"),
    "second accommodation": ("tweede accommodatie", "second accommodation"),
    "single payment discount": ("korting bij betaling ineens", "single payment discount"),
}


# --- detection ----------------------------------------------------------------------------------


def _is_program(item: object) -> bool:
    return isinstance(item, dict) and (
        "programDescriptions" in item or "programClassification" in item
    )


def _is_bulk_entry(item: object) -> bool:
    return isinstance(item, dict) and "programId" in item and ("data" in item or "error" in item)


def looks_like_edudex(data: object) -> bool:
    """Cheap guess on parsed JSON: one program, a list of them, or ``{"programs": [...]}``."""
    if _is_program(data):
        return True
    if isinstance(data, dict):
        data = data.get("programs")
    if isinstance(data, list) and data:
        first = data[0]
        return _is_program(first) or _is_bulk_entry(first)
    return False


# --- reading ------------------------------------------------------------------------------------


def read_edudex(path: Path, provider_names: Mapping[str, str] | None = None) -> csv_v1.SheetRows:
    """The programs of an EDU-DEX JSON file as CSV v1 rows; refuses what is not EDU-DEX.

    ``provider_names`` maps an EDU-DEX ``orgUnitId`` to the provider's name (when the caller
    knows it); names in the file (a ``suppliers`` list) come next, the id itself last.
    """
    data_bytes = file_bytes(path, refuse_empty=True)
    try:
        text = data_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputRefused([Problem("error", "edudex.encoding")]) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRefused(
            [
                Problem(
                    "error",
                    "edudex.bad_json",
                    params={"line": exc.lineno, "column": exc.colno, "detail": exc.msg},
                )
            ]
        ) from exc
    return rows_from_data(data, provider_names)


def rows_from_data(
    data: object, provider_names: Mapping[str, str] | None = None
) -> csv_v1.SheetRows:
    """Parsed EDU-DEX JSON as CSV v1 rows (see :func:`read_edudex`)."""
    if not looks_like_edudex(data):
        raise InputRefused([Problem("error", "edudex.not_edudex")])
    names = dict(_supplier_names(data))
    names.update(provider_names or {})
    if _is_program(data):
        entries: list[object] = [data]
    elif isinstance(data, dict):
        entries = list(data["programs"])
    else:
        entries = list(data)  # type: ignore[arg-type]
    sheet = csv_v1.SheetRows(columns=list(EDUDEX_COLUMNS), rows=[], encoding="utf-8")
    named_ids: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        program = _Program(number, entry, names, named_ids)
        rows = program.rows()
        sheet.problems += [p for p in program.problems if not p.is_error]
        errors = [p for p in program.problems if p.is_error]
        if errors:
            # check_rows reports a broken row's problem when it reaches the row: one row per
            # program then, the last error on it and the others before it.
            sheet.broken[number] = errors[-1]
            sheet.problems += errors[:-1]
            rows = rows[:1] or [{}]
        elif not rows:
            continue  # an entry EDU-DEX itself could not deliver: its warning says so
        sheet.rows += [(number, row) for row in rows]
    if not sheet.rows:
        raise InputRefused([*sheet.problems, Problem("error", "edudex.no_programs")])
    return sheet


def _supplier_names(data: object) -> Iterable[tuple[str, str]]:
    """``{"suppliers": [{"id", "name": {nl, en}}]}`` next to the programs, as in the API."""
    if not isinstance(data, dict):
        return
    for supplier in data.get("suppliers") or []:
        if isinstance(supplier, dict) and isinstance(supplier.get("id"), str):
            name = _localised(supplier.get("name"))
            if name:
                yield supplier["id"], name[0]


# --- helpers ------------------------------------------------------------------------------------


def _localised(value: object) -> tuple[str, str] | None:
    """(text, language) of a localised set: Dutch, else English; None when neither is there."""
    if isinstance(value, str):
        return (value.strip(), "nl") if value.strip() else None
    if not isinstance(value, dict):
        return None
    for lang in ("nl", "en"):
        text = value.get(lang)
        if isinstance(text, str) and text.strip():
            return text.strip(), lang
    return None


def _html_text(value: str) -> str:
    text = _BLOCK_END.sub("\n", value)
    text = html.unescape(_TAG.sub("", text))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _item(text: str) -> str:
    """A list item for a CSV cell: one line, no list separator inside."""
    return _one_line(text).replace(LIST_SEPARATOR, "/")


def _known(value: object, table: Collection[object]) -> bool:
    """``value in table`` for a value from JSON: a list or an object is never a known code (and
    ``[] in {...}`` would raise TypeError: unhashable)."""
    return isinstance(value, str | int | float) and value in table


def _pick(table: Mapping[Any, Any], value: object) -> Any:
    """``table.get(value)`` for a value from JSON (None for a list or an object)."""
    return table.get(value) if isinstance(value, str | int | float) else None


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _money(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str) or not _MONEY.match(value.strip()):
        return None
    try:
        return Decimal(value.strip())
    except InvalidOperation:
        return None


def _price_text(amount: Decimal) -> str:
    return f"{amount.quantize(_CENT, rounding=ROUND_HALF_UP):f}"


def _date(value: object) -> str | None:
    """``startDate`` is ``{"date": "YYYY-MM-DD", "isFinal": bool}``; a bare string is accepted."""
    if isinstance(value, dict):
        value = value.get("date")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _add(items: list[str], value: str | None) -> None:
    if value and value not in items:
        items.append(value)


@dataclass
class _Cost:
    path: str
    line: dict
    amount: Decimal
    vat: str | None


@dataclass
class _Run:
    path: str
    run: dict
    city: str | None
    start: str | None
    costs: list[dict] = field(default_factory=list)


class _Program:
    """One entry of the file: its problems and its rows."""

    def __init__(
        self, number: int, entry: object, names: Mapping[str, str], named_ids: set[str]
    ) -> None:
        self.number = number
        self.entry = entry
        self.names = names
        self.named_ids = named_ids
        self.problems: list[Problem] = []
        self.label = str(number)

    # problems name the program and the JSON field
    def _problem(self, severity: str, key: str, path: str = "", **params: object) -> None:
        params = {"program": self.label, "field": path or "—", **params}
        self.problems.append(Problem(severity, key, params=params))  # type: ignore[arg-type]

    def error(self, key: str, path: str = "", **params: object) -> None:
        self._problem("error", key, path, **params)

    def warn(self, key: str, path: str = "", **params: object) -> None:
        self._problem("warning", key, path, **params)

    def text(self, container: dict, name: str, path: str) -> str | None:
        found = _localised(container.get(name))
        if found is None:
            return None
        text, lang = found
        if lang != "nl":
            self.warn("edudex.english_used", f"{path}.{name}")
        return text

    def rows(self) -> list[dict[str, str]]:
        entry = self.entry
        if _is_bulk_entry(entry):
            assert isinstance(entry, dict)
            if entry.get("data") is None:
                self.label = f"{self.number} ({entry.get('programId')})"
                self.warn("edudex.entry_error", "error", error=str(entry.get("error") or "?"))
                return []
            entry = entry["data"]
        if not isinstance(entry, dict):
            self.problems.append(
                Problem("error", "edudex.entry_not_object", params={"program": self.label})
            )
            return []
        return self._rows(entry)

    def _rows(self, p: dict) -> list[dict[str, str]]:
        classification = _dict(p.get("programClassification"))
        descriptions = _dict(p.get("programDescriptions"))
        if not isinstance(p.get("programClassification"), dict):
            self.error("edudex.missing", "programClassification")
        if not isinstance(p.get("programDescriptions"), dict):
            self.error("edudex.missing", "programDescriptions")
        code = classification.get("programId")
        if isinstance(code, str) and code.strip():
            code = code.strip()
            self.label = f"{self.number} ({code})"
        else:
            code = None
            if p.get("programClassification") is not None:
                self.error("edudex.missing", "programClassification.programId")
        provider = self._provider(classification)
        title = self.text(descriptions, "programName", "programDescriptions")
        if title is None and p.get("programDescriptions") is not None:
            self.error("edudex.no_title", "programDescriptions.programName")
        cells: dict[str, str] = {
            "provider": provider or "",
            "code": code or "",
            "title": _one_line(title or ""),
        }
        level = self._level(p, classification)
        cells["type"] = self._type(classification, level)
        cells["level"] = level
        cells["sector"] = self._sector(classification)
        cells["keywords"] = LIST_SEPARATOR.join(self._keywords(descriptions))
        cells["outcomes"] = LIST_SEPARATOR.join(self._outcomes(descriptions))
        cells["qualification_code"] = self._qualification(p, classification)
        cells["hours"], cells["ec"] = self._study_load(p, classification)
        cells["duration_weeks"] = self._duration(classification)
        cells["credential"] = self._credential(classification)
        cells["language"] = self._language(p)
        cells["url"] = self._url(descriptions)
        cells["crkbo"] = self._crkbo(p)
        description = self._description(descriptions)
        delivery, schedule = self._delivery_schedule(p, classification)
        admission = _dict(p.get("programAdmission"))
        continuous = admission.get("startDateDetermination") == "direct start"
        runs = self._runs(p)
        generic = _dict(_dict(p.get("programSchedule")).get("genericProgramRun"))
        generic_costs = _list(generic.get("cost"))
        by_city: dict[str | None, list[_Run]] = {}
        for run in runs:
            by_city.setdefault(run.city, []).append(run)
        if not by_city:
            fallback = self._program_location(classification)
            by_city[fallback] = []
        cities = [c for c in by_city if c]
        split = len(by_city) > 1
        if split:
            self.warn(
                "edudex.several_places", "programSchedule.programRun", places=", ".join(cities)
            )
        rows: list[dict[str, str]] = []
        for city, city_runs in by_city.items():
            row = dict(cells)
            if split and city:
                row["code"] = f"{code}@{city}" if code else ""
            row["city"] = city or ""
            row_delivery = list(delivery)
            if city and not row_delivery:
                row_delivery.append("klassikaal")
            if any(r.run.get("fullyOnline") is True for r in city_runs):
                _add(row_delivery, "online")
            row["delivery"] = LIST_SEPARATOR.join(row_delivery)
            row["schedule"] = LIST_SEPARATOR.join(self._run_schedule(city_runs, schedule))
            starts = sorted({r.start for r in city_runs if r.start})
            if continuous:
                starts.append("doorlopend")
            row["start_dates"] = LIST_SEPARATOR.join(starts)
            row["min_participants"], row["max_participants"] = self._participants(
                admission, city_runs
            )
            price, vat, notes = self._price(city_runs, generic_costs)
            row["price"], row["vat"] = price, vat
            row["description"] = "\n\n".join(part for part in (description, notes) if part)
            rows.append(row)
        return rows

    # --- provider and classification ----------------------------------------------------------

    def _provider(self, classification: dict) -> str | None:
        org = classification.get("orgUnitId")
        if not isinstance(org, str) or not org.strip():
            if isinstance(self.entry, dict) and isinstance(self.entry.get("orgUnitId"), str):
                org = self.entry["orgUnitId"]
            else:
                if classification:
                    self.error("edudex.missing", "programClassification.orgUnitId")
                return None
        org = org.strip()
        if org in self.names:
            return self.names[org]
        if org not in self.named_ids:
            self.named_ids.add(org)
            self.warn("edudex.provider_id", "programClassification.orgUnitId", org=org)
        return org

    def _level(self, p: dict, classification: dict) -> str:
        path = "programClassification.programLevel"
        raw = classification.get("programLevel")
        if isinstance(raw, str) and _LEVELS.get(raw):
            return _LEVELS[raw]  # type: ignore[return-value]
        degree = classification.get("degree")
        if isinstance(degree, str) and degree.startswith("mbo niveau "):
            return "mbo-" + degree[-1]
        acknowledgements = _dict(p.get("programExternalAcknowledgements"))
        for i, reg in enumerate(_list(acknowledgements.get("nlqfRegistration")), start=1):
            nlqf = _dict(reg).get("nlqfLevel") or _dict(reg).get("eqfLevel")
            if isinstance(nlqf, str) and nlqf in _NLQF:
                code = _NLQF[nlqf]
                self.warn(
                    "edudex.read_as",
                    f"programExternalAcknowledgements.nlqfRegistration[{i}].nlqfLevel",
                    value=f"NLQF {nlqf}",
                    column="level",
                    code=code,
                )
                return code
        if isinstance(raw, str) and raw in _LEVELS_APPROXIMATE:
            code = _LEVELS_APPROXIMATE[raw]
            self.warn("edudex.read_as", path, value=raw, column="level", code=code)
            return code
        if raw == "none":
            return "geen"
        self.warn("edudex.no_level", path, value=raw if isinstance(raw, str) else "—")
        return "geen"

    def _type(self, classification: dict, level: str) -> str:
        crebo = classification.get("creboCode")
        degree = classification.get("degree") or ""
        program_type = classification.get("programType")
        raw_level = classification.get("programLevel")
        if isinstance(crebo, str) and crebo[:1] == "K":
            return "keuzedeel"
        if degree == "mbo-certificaat":
            return "mbo-certificaat"
        if program_type == "mbo module":
            return "module"
        if crebo and (degree == "diploma" or str(degree).startswith("mbo niveau")):
            return "mbo-opleiding"
        if raw_level == "associate" or str(degree).startswith("Ad"):
            return "associate-degree"
        if raw_level == "post-hbo":
            return "post-hbo"
        if raw_level in ("bachelor", "master", "academic bachelor", "academic master") and (
            classification.get("crohoCode") or degree not in ("", "none", "certificate")
        ):
            kind = "hbo-master" if "master" in raw_level else "hbo-bachelor"
            if raw_level.startswith("academic"):
                self.warn(
                    "edudex.read_as",
                    "programClassification.programLevel",
                    value=raw_level,
                    column="type",
                    code=kind,
                )
            return kind
        if not _known(program_type, _COURSE_TYPES):
            self.warn(
                "edudex.read_as",
                "programClassification.programType",
                value=program_type if isinstance(program_type, str) else "—",
                column="type",
                code="cursus",
            )
        return "cursus"

    def _sector(self, classification: dict) -> str:
        for letter in _list(classification.get("targetSector")):
            if _known(letter, _SBI_SECTORS):
                return _SBI_SECTORS[letter]
        for theme in _list(classification.get("theme")):
            if _known(theme, _THEME_SECTORS):
                return _THEME_SECTORS[theme]
        return ""

    def _qualification(self, p: dict, classification: dict) -> str:
        for name in ("creboCode", "crohoCode"):
            value = classification.get(name)
            if isinstance(value, str) and value.strip():
                return value.strip()
        acknowledgements = _dict(p.get("programExternalAcknowledgements"))
        for list_name, name in (
            ("creboRegistration", "creboCode"),
            ("crohoRegistration", "crohoCode"),
        ):
            for reg in _list(acknowledgements.get(list_name)):
                value = _dict(reg).get(name)
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return ""

    def _study_load(self, p: dict, classification: dict) -> tuple[str, str]:
        load = _dict(_dict(p.get("programCurriculum")).get("studyLoad")).get("program")
        hours = str(load) if isinstance(load, int) and not isinstance(load, bool) else ""
        ec = ""
        for i, credit in enumerate(_list(classification.get("credits")), start=1):
            credit = _dict(credit)
            value = credit.get("credits")
            if credit.get("system") == "ECTS" and isinstance(value, int | float):
                ec = f"{Decimal(str(value)).normalize():f}"
                break
            if credit.get("system") not in (None, "ECTS"):
                self.warn(
                    "edudex.ignored",
                    f"programClassification.credits[{i}]",
                    value=f"{value} {credit.get('system')}",
                )
        return hours, ec

    def _duration(self, classification: dict) -> str:
        duration = _dict(classification.get("programDuration"))
        for unit, weeks in (("weeks", 1), ("months", Decimal(52) / 12), ("years", 52)):
            value = duration.get(unit)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                total = Decimal(value) * Decimal(weeks)
                return str(int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
        return ""  # days and hours: shorter than the whole weeks the column counts

    def _credential(self, classification: dict) -> str:
        degree = classification.get("degree")
        if not isinstance(degree, str) or not degree:
            return ""
        if degree in _CREDENTIALS:
            return _CREDENTIALS[degree]
        path = "programClassification.degree"
        if degree in _CREDENTIALS_APPROXIMATE:
            code = _CREDENTIALS_APPROXIMATE[degree]
            self.warn("edudex.read_as", path, value=degree, column="credential", code=code)
            return code
        return "diploma"  # the academic degrees: B, M, Ad, BSc, MBA, ...

    def _language(self, p: dict) -> str:
        languages = _list(_dict(p.get("programCurriculum")).get("instructionLanguage"))
        best = max(
            (_dict(x) for x in languages),
            key=lambda x: x.get("percentage") if isinstance(x.get("percentage"), int) else 0,
            default={},
        )
        code = best.get("languageCode")
        if code in ("nl", "en"):
            return code
        if isinstance(code, str) and code:
            self.warn("edudex.ignored", "programCurriculum.instructionLanguage", value=code)
        return ""

    def _url(self, descriptions: dict) -> str:
        found = _localised(descriptions.get("courseSiteLink"))
        if found is None:
            return ""
        url = found[0]
        if re.match(r"^https?://\S+$", url, re.I):
            return url
        self.warn("edudex.ignored", "programDescriptions.courseSiteLink", value=url)
        return ""

    def _crkbo(self, p: dict) -> str:
        acknowledgements = _dict(p.get("programExternalAcknowledgements"))
        for accreditation in _list(acknowledgements.get("accreditation")):
            if _dict(accreditation).get("certificate") == "CRKBO":
                return "ja"
        return ""  # not named: unknown, and the catalogue keeps what it knew

    # --- texts ----------------------------------------------------------------------------------

    def _description(self, descriptions: dict) -> str:
        path = "programDescriptions"
        text = self.text(descriptions, "programDescriptionText", path)
        if text:
            return text
        rich = self.text(descriptions, "programDescriptionHtml", path)
        if rich:
            return _html_text(rich)
        return self.text(descriptions, "programSummaryText", path) or ""

    def _keywords(self, descriptions: dict) -> list[str]:
        words = _dict(descriptions.get("searchword"))
        chosen = words.get("nl") or words.get("en") or []
        keywords: list[str] = []
        for word in _list(chosen):
            if isinstance(word, str):
                _add(keywords, _item(word))
        return keywords

    def _outcomes(self, descriptions: dict) -> list[str]:
        outcomes: list[str] = []
        for subject in _list(descriptions.get("subjectText")):
            subject = _dict(subject)
            if subject.get("subject") not in _OUTCOME_SUBJECTS:
                continue
            text = _localised(subject.get("descriptionText"))
            rich = _localised(subject.get("descriptionHtml"))
            if text:
                lines = text[0].splitlines()
            elif rich:
                items = _LI.findall(rich[0])
                lines = (
                    [_html_text(i) for i in items] if items else _html_text(rich[0]).splitlines()
                )
            else:
                continue
            for line in lines:
                _add(outcomes, _item(_BULLET.sub("", line)))
        return outcomes

    # --- delivery, schedule, runs ---------------------------------------------------------------

    def _delivery_schedule(self, p: dict, classification: dict) -> tuple[list[str], list[str]]:
        delivery: list[str] = []
        schedule: list[str] = []
        profile = _dict(p.get("programBasicProfile"))
        _add(delivery, _pick(_DELIVERY_LOCATION, profile.get("location")))
        if classification.get("fullyOnline") is True:
            _add(delivery, "online")
        forms = _list(classification.get("programForm"))
        for form in forms:
            _add(delivery, _pick(_DELIVERY_FORM, form))
            if form == "evening education":
                _add(schedule, "avond")
        for mode in _list(_dict(p.get("programCurriculum")).get("instructionMode")):
            _add(delivery, _pick(_DELIVERY_MODE, mode))
        if _dict(p.get("clientId")).get("clientOffer") == "incompany program":
            _add(delivery, "incompany")
        if profile.get("schedule") == "own pace":
            _add(schedule, "flexibel")
        generic = _dict(_dict(p.get("programSchedule")).get("genericProgramRun"))
        for part in _list(generic.get("contactHoursPartOfDay")):
            _add(schedule, _pick(_PART_OF_DAY, part))
        return delivery, schedule

    def _run_schedule(self, runs: list[_Run], base: list[str]) -> list[str]:
        schedule = list(base)
        for run in runs:
            for part in _list(run.run.get("contactHoursPartOfDay")):
                _add(schedule, _pick(_PART_OF_DAY, part))
            if run.run.get("programForm") == "evening education":
                _add(schedule, "avond")
        order = ("dag", "avond", "weekend", "flexibel")
        return sorted(schedule, key=order.index)

    def _runs(self, p: dict) -> list[_Run]:
        runs: list[_Run] = []
        for i, run in enumerate(_list(_dict(p.get("programSchedule")).get("programRun")), start=1):
            path = f"programSchedule.programRun[{i}]"
            if not isinstance(run, dict):
                self.error("edudex.not_object", path)
                continue
            if run.get("status") == "canceled":
                continue
            city = _dict(run.get("location")).get("city")
            city = _one_line(city) if isinstance(city, str) and city.strip() else None
            start = _date(run.get("startDate"))
            if start is None:
                self.warn("edudex.no_start", f"{path}.startDate")
            runs.append(_Run(path, run, city, start, _list(run.get("cost"))))
        return runs

    def _program_location(self, classification: dict) -> str | None:
        """Without runs, a single ``programLocation`` description that looks like a place."""
        places = [_dict(x).get("description") for x in _list(classification.get("programLocation"))]
        places = [x.strip() for x in places if isinstance(x, str) and x.strip()]
        if len(places) == 1 and re.match(r"^[A-Za-zÀ-ÿ' .-]{2,60}$", places[0]):
            return places[0]
        return None

    def _participants(self, admission: dict, runs: list[_Run]) -> tuple[str, str]:
        def whole(value: object) -> str:
            return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""

        low = {whole(r.run.get("minNumberOfParticipants")) for r in runs} - {""}
        high = {whole(r.run.get("maxNumberOfParticipants")) for r in runs} - {""}
        minimum = min(low, key=int) if low else whole(admission.get("minNumberOfParticipants"))
        maximum = max(high, key=int) if high else whole(admission.get("maxNumberOfParticipants"))
        return minimum, maximum

    # --- costs ----------------------------------------------------------------------------------

    def _cost(self, line: object, path: str) -> _Cost | None:
        if not isinstance(line, dict):
            self.error("edudex.not_object", path)
            return None
        amount = _money(line.get("amount"))
        if amount is None:
            self.error("edudex.amount", f"{path}.amount", value=str(line.get("amount")))
            return None
        if amount < 0 and line.get("costType") != "single payment discount":
            self.error("edudex.amount", f"{path}.amount", value=str(line.get("amount")))
            return None
        vat: str | None = None
        code = line.get("VATCode")
        if code is not None:
            if isinstance(code, bool) or not _known(code, _VAT_CODES):
                self.error("edudex.vat_code", f"{path}.VATCode", value=str(code))
                return None
            vat = _VAT_CODES[code]
        else:
            percentage = line.get("VATPercentage")
            if percentage in (0, 9, 21) and not isinstance(percentage, bool):
                vat = str(percentage)
        return _Cost(path, line, amount, vat)

    def _price(self, runs: list[_Run], generic: list) -> tuple[str, str, str]:
        """(price excl. VAT, vat, a note of the other costs for the description)."""
        # The costs of the first run that has any, else those of the generic run.
        lines: list[tuple[str, object]] = []
        run_prices: set[Decimal] = set()
        for run in runs:
            tuition = [c for c in run.costs if _dict(c).get("costType") == "tuition fee"]
            for c in tuition:
                amount = _money(_dict(c).get("amount"))
                if amount is not None:
                    run_prices.add(amount)
            if run.costs and not lines:
                lines = [(f"{run.path}.cost[{i}]", c) for i, c in enumerate(run.costs, 1)]
        if not lines:
            lines = [
                (f"programSchedule.genericProgramRun.cost[{i}]", c)
                for i, c in enumerate(generic, 1)
            ]
        costs = [c for c in (self._cost(line, path) for path, line in lines) if c is not None]
        tuition = [c for c in costs if c.line.get("costType") == "tuition fee"]
        others = [c for c in costs if c.line.get("costType") != "tuition fee"]
        if len(run_prices) > 1:
            self.warn(
                "edudex.prices_differ",
                "programSchedule.programRun",
                prices=", ".join(_price_text(p) for p in sorted(run_prices)),
            )
        price, vat = "", ""
        if tuition:
            fee = next(
                (c for c in tuition if c.line.get("period") in (None, "program")), tuition[0]
            )
            others += [c for c in tuition if c is not fee]
            price, vat = self._tuition(fee)
        note = self._costs_note(others)
        return price, vat, note

    def _tuition(self, fee: _Cost) -> tuple[str, str]:
        line, path = fee.line, fee.path
        vat = fee.vat or ""
        if line.get("VATCode") == 2:
            self.warn("edudex.vat_reverse", f"{path}.VATCode")
        currency = line.get("currency")
        if isinstance(currency, str) and currency != "EUR":
            self.warn("edudex.currency", f"{path}.currency", value=currency)
            return "", vat
        if line.get("payableBy") == "group":
            self.warn("edudex.group_price", f"{path}.payableBy", price=_price_text(fee.amount))
            return "", vat
        period = line.get("period")
        if period in ("hour", "day", "week", "month"):
            self.warn(
                "edudex.price_period",
                f"{path}.period",
                period=period,
                price=_price_text(fee.amount),
            )
            return "", vat
        if period in ("year", "1st year"):
            self.warn("edudex.price_per_year", f"{path}.period", price=_price_text(fee.amount))
        amount = fee.amount
        # ``amount`` is excluding VAT. A line whose amountVAT equals its amount while the rate is
        # not nil was entered including VAT: convert, and say so.
        incl = _money(line.get("amountVAT"))
        rate = _VAT_RATE.get(vat)
        if incl is not None and rate and incl == amount:
            amount = (amount * 100 / (100 + rate)).quantize(_CENT, rounding=ROUND_HALF_UP)
            self.warn(
                "edudex.incl_vat",
                f"{path}.amountVAT",
                value=_price_text(fee.amount),
                price=_price_text(amount),
            )
        exempt = _money(line.get("VATExemptAmount"))
        if exempt and rate and exempt > 0:
            self.warn("edudex.partly_exempt", f"{path}.VATExemptAmount", value=_price_text(exempt))
        return _price_text(amount), vat

    def _costs_note(self, others: list[_Cost]) -> str:
        parts = []
        for c in others:
            kind = c.line.get("costType")
            name = (_pick(_COST_NAMES, kind) or (str(kind), str(kind)))[0]
            vat = {"vrijgesteld": "vrijgesteld van btw", None: "btw onbekend"}.get(
                c.vat, f"excl. {c.vat} % btw"
            )
            optional = "" if c.line.get("isRequiredCost") is not False else ", optioneel"
            parts.append(f"{name} € {_price_text(c.amount).replace('.', ',')} ({vat}{optional})")
        if not parts:
            return ""
        return "Bijkomende kosten: " + "; ".join(parts) + "."
