"""Reading Open Education API (OOAPI) v5 JSON into catalogue CSV v1 rows.

Accepted shapes (the mapping is documented field by field in ``docs/ooapi.md``):

- one program or one course object (``GET /programs/{id}``, ``GET /courses/{id}``);
- a paged list response ``{"items": [...], "pageNumber": ...}`` (or a bare JSON list) of
  programs, courses or offerings;
- a program or course with its offerings embedded as ``offerings`` (a list, or the paged
  response of ``GET /programs/{id}/offerings``);
- offerings (``GET /offerings``) with their program or course expanded (``expand=program``):
  the offerings of one program become one catalogue offering with several start dates.

One program or course becomes one row with CSV v1 column names and text values, so the usual
rules of :func:`broker_app.catalogue.rows.parse_row` apply. The row number is the item number
(1 for a single object, otherwise the position in ``items``, counting from 1), and every problem
names the item and the JSON field: ``item 3, veld priceInformation[0].amount: ...``.
Problems found here mark the item as unreadable (``SheetRows.broken``), so
``importer.check_rows`` counts it as a bad row and nothing is written without skip_invalid.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from broker_app.catalogue import csv_v1
from broker_app.catalogue.columns import COLUMNS
from broker_app.catalogue.files import file_bytes
from broker_app.catalogue.rows import parse_row
from broker_app.domain.messages import t
from broker_app.domain.problems import InputRefused, Problem

FORMAT = "ooapi-v5"
# The CSV v1 columns an OOAPI file can fill. A re-import leaves the others (sector, keywords,
# funded, provider_kind, crkbo) as the catalogue knows them from a CSV or from the broker.
OOAPI_COLUMNS: tuple[str, ...] = tuple(
    c for c in COLUMNS if c not in {"sector", "keywords", "funded", "provider_kind", "crkbo"}
)

# OOAPI level -> CSV v1 level; bachelor and master depend on the sector (hbo or wo).
_LEVELS = {
    "secondary vocational education 1": "mbo-1",
    "secondary vocational education 2": "mbo-2",
    "secondary vocational education 3": "mbo-3",
    "secondary vocational education 4": "mbo-4",
    "associate degree": "hbo-ad",
    "undefined": "geen",
    "undivided": "geen",
    "nt2-1": "geen",
    "nt2-2": "geen",
}
_LEVEL_OF_QUALIFICATION = {
    "1": "mbo-1",
    "2": "mbo-2",
    "3": "mbo-3",
    "4": "mbo-4",
    "4+": "mbo-4",
    "5": "hbo-ad",
    "6": "bachelor",
    "7": "master",
}
_DELIVERY = {
    "online": "online",
    "distance-learning": "online",
    "on campus": "klassikaal",
    "situated": "klassikaal",  # "op locatie"; RIO maps it to KLASSIKAAL
    "lecture": "klassikaal",  # RIO consumer extension
    "hybrid": "blended",
}
_DELIVERY_IGNORED = {"self-study", "coaching"}  # RIO values without a CSV v1 counterpart
_LANGUAGES = {"nld": "nl", "dut": "nl", "nl": "nl", "eng": "en", "en": "en"}
_DEGREES = {"AD", "BA", "BSC", "LLB", "MA", "MSC", "LLM", "PHD"}
_STUDY_LOAD_UNITS = ("ects", "sbu", "hour", "contacttime", "sp")
_AMOUNT = re.compile(r"^\d+(?:\.\d+)?$")
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$")
_ID_FIELDS = {"program": "programId", "course": "courseId"}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ItemProblem(Problem):
    """A problem in an OOAPI file: ``row`` is the item number, ``column`` the JSON field."""

    def render(self, lang: str = "nl") -> str:
        text = t(self.key, lang, **self.params)
        if self.row is not None and self.column:
            where = t("ooapi.at_item_field", lang, item=self.row, field=self.column)
        elif self.row is not None:
            where = t("ooapi.at_item", lang, item=self.row)
        elif self.column:
            where = t("at.field", lang, field=self.column)
        else:
            return text
        return f"{where}: {text}"


def _refuse(key: str, **params: object) -> InputRefused:
    return InputRefused([ItemProblem("error", key, params=params)])


# ---------------------------------------------------------------------------------------------
# recognising OOAPI


def _kind(obj: object) -> str | None:
    """program, course, offering or component; None when the object is none of these."""
    if not isinstance(obj, dict):
        return None
    if "offeringId" in obj or "offeringType" in obj:
        return "offering"
    if "programId" in obj or "programType" in obj:
        return "program"
    if "courseId" in obj:
        return "course"
    if "componentId" in obj or "componentType" in obj:
        return "component"
    if "primaryCode" in obj and _is_language_typed(obj.get("name")):
        return "course" if "level" in obj else "program"
    return None


def _is_language_typed(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, dict) and "language" in v and "value" in v for v in value)
    )


def _items_of(data: object) -> list | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        items = data.get("items")
        if isinstance(items, list):
            return items
        return [data]
    return None


def looks_like_ooapi(data: object) -> bool:
    """True when parsed JSON is an OOAPI program, course or offering, or a list of them.

    Cheap: looks at the object itself or at the first five items only.
    """
    items = _items_of(data)
    if not items:
        return False
    return any(_kind(item) is not None for item in items[:5])


# ---------------------------------------------------------------------------------------------
# reading


def read_ooapi(
    path: Path, *, provider: str | None = None, today: date | None = None
) -> csv_v1.SheetRows:
    """The rows of an OOAPI v5 JSON file; refuses what is not readable OOAPI as a whole.

    ``provider`` names the provider when the file does not (organization not expanded).
    """
    path = Path(path)
    if path.is_dir():
        raise InputRefused([Problem("error", "file.is_folder", params={"path": str(path)})])
    if not path.is_file():
        raise InputRefused([Problem("error", "file.missing", params={"path": str(path)})])
    raw = file_bytes(path, refuse_empty=True)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputRefused([Problem("error", "file.encoding")]) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _refuse("ooapi.bad_json", line=exc.lineno, col=exc.colno, detail=exc.msg) from exc
    return parse_ooapi(data, provider=provider, today=today)


def parse_ooapi(
    data: object, *, provider: str | None = None, today: date | None = None
) -> csv_v1.SheetRows:
    """Parsed OOAPI JSON as CSV v1 rows (see the module text)."""
    if not looks_like_ooapi(data):
        items = _items_of(data)
        if isinstance(data, dict) and items == []:
            raise _refuse("ooapi.no_items")
        raise _refuse("ooapi.not_ooapi")
    items = _items_of(data) or []
    today = today or date.today()
    rows: list[tuple[int, dict[str, str]]] = []
    broken: dict[int, Problem] = {}
    problems: list[Problem] = []
    groups: list[_Group] = []
    by_parent: dict[str, _Group] = {}

    def refuse_item(number: int, problem: ItemProblem) -> None:
        rows.append((number, {}))
        broken[number] = problem

    for number, item in enumerate(items, start=1):
        kind = _kind(item)
        if not isinstance(item, dict):
            refuse_item(number, ItemProblem("error", "ooapi.not_object", number))
            continue
        if kind is None:
            refuse_item(number, ItemProblem("error", "ooapi.unknown_item", number))
            continue
        if kind == "component" or (kind == "offering" and item.get("offeringType") == "component"):
            problems.append(ItemProblem("warning", "ooapi.component_skipped", number))
            continue
        if kind in ("program", "course"):
            offerings = _embedded_offerings(item)
            groups.append(
                _Group(
                    number,
                    item,
                    kind,
                    "",
                    [(number, f"offerings[{i}].", o) for i, o in enumerate(offerings)],
                )
            )
            continue
        # an offering: grouped under its expanded program or course
        parent_kind = "program" if "program" in item else "course" if "course" in item else None
        if parent_kind is None:
            parent_kind = "course" if item.get("offeringType") == "course" else "program"
            refuse_item(number, ItemProblem("error", "ooapi.parent_missing", number, parent_kind))
            continue
        parent = item[parent_kind]
        if not isinstance(parent, dict):
            refuse_item(
                number,
                ItemProblem(
                    "error",
                    "ooapi.parent_id_only",
                    number,
                    parent_kind,
                    {"value": parent, "kind": parent_kind},
                ),
            )
            continue
        key = f"{parent_kind}:{_parent_key(parent)}"
        group = by_parent.get(key)
        if group is None:
            group = _Group(number, parent, parent_kind, f"{parent_kind}.", [])
            by_parent[key] = group
            groups.append(group)
        group.offerings.append((number, "", item))

    seen: dict[tuple[str, str], int] = {}
    for group in groups:
        builder = _Builder(group, provider, today)
        cells, sources = builder.build()
        row_problems = [p for p in builder.problems]
        record, checked = parse_row(cells, group.number)
        for p in checked:
            # warnings come again from importer.check_rows; columns already explained are skipped
            if p.is_error and p.column not in builder.failed:
                row_problems.append(
                    ItemProblem(
                        "error",
                        p.key,
                        group.number,
                        sources.get(p.column or "", p.column),
                        p.params,
                    )
                )
        if record is not None and not any(p.is_error for p in row_problems):
            first = seen.get(record.key)
            if first is not None:
                row_problems.append(
                    ItemProblem(
                        "error",
                        "ooapi.duplicate",
                        group.number,
                        sources.get("code", "code"),
                        {"first": first, "provider": record.provider, "code": record.code},
                    )
                )
            else:
                seen[record.key] = group.number
        rows.append((group.number, cells))
        errors = [p for p in row_problems if p.is_error]
        if errors:
            broken[group.number] = errors[0]
            problems += [p for p in row_problems if p is not errors[0]]
        else:
            problems += row_problems
    if not rows:
        raise InputRefused([*problems, ItemProblem("error", "ooapi.no_items")])
    rows.sort(key=lambda r: r[0])
    return csv_v1.SheetRows(list(OOAPI_COLUMNS), rows, problems, broken=broken)


def _embedded_offerings(item: dict) -> list:
    offerings = item.get("offerings")
    if isinstance(offerings, dict):
        offerings = offerings.get("items")
    return offerings if isinstance(offerings, list) else []


def _parent_key(parent: dict) -> str:
    for name in ("programId", "courseId"):
        if isinstance(parent.get(name), str):
            return parent[name]
    code = parent.get("primaryCode")
    if isinstance(code, dict) and code.get("code"):
        return str(code["code"])
    return json.dumps(parent.get("name"), sort_keys=True)


@dataclass
class _Group:
    """One future catalogue offering: a program or course and its offerings."""

    number: int  # the row number: the item of the program/course or of its first offering
    entity: dict
    kind: str  # program or course
    prefix: str  # JSON path of the entity inside its item ("" or "program.")
    offerings: list[tuple[int, str, object]]  # (item number, JSON path prefix, offering)


def language_text(value: object) -> str | None:
    """A LanguageTypedString list read Dutch first (nl-NL, nl-*), then English, then any."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return None
    texts = [
        (str(v.get("language") or ""), v["value"].strip())
        for v in value
        if isinstance(v, dict) and isinstance(v.get("value"), str) and v["value"].strip()
    ]
    for wanted in ("nl-NL", "nl", "en-GB", "en"):
        for language, text in texts:
            if language == wanted or language.split("-")[0] == wanted:
                return text
    return texts[0][1] if texts else None


class _Builder:
    """Turns one group into CSV v1 cells, the JSON field of each cell, and problems."""

    def __init__(self, group: _Group, provider: str | None, today: date) -> None:
        self.group = group
        self.entity = group.entity
        self.prefix = group.prefix
        self.default_provider = provider
        self.today = today
        self.cells: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.problems: list[ItemProblem] = []
        self.failed: set[str] = set()  # CSV columns already reported here (not again by parse_row)
        offerings = []
        for number, path, offering in group.offerings:
            if not isinstance(offering, dict):
                self.error("ooapi.not_object", path.rstrip(".") or None, number)
                continue
            offerings.append((number, path, offering))
        # in order of start date, those without one last
        self.offerings = sorted(
            offerings,
            key=lambda o: (not isinstance(o[2].get("startDate"), str), str(o[2].get("startDate"))),
        )

    # -- bookkeeping

    def error(self, key: str, field: str | None, item: int | None = None, **params: object) -> None:
        self.problems.append(ItemProblem("error", key, item or self.group.number, field, params))

    def warn(self, key: str, field: str | None, item: int | None = None, **params: object) -> None:
        self.problems.append(ItemProblem("warning", key, item or self.group.number, field, params))

    def set(self, column: str, value: str | None, source: str) -> None:
        if value is None or value == "":
            return
        self.cells[column] = value
        self.sources[column] = source

    def field(self, name: str) -> str:
        return self.prefix + name

    # -- the mapping

    def build(self) -> tuple[dict[str, str], dict[str, str]]:
        e = self.entity
        self.provider()
        self.code()
        self.set("title", language_text(e.get("name")), self.field("name"))
        self.sources.setdefault("title", self.field("name"))
        self.set("description", language_text(e.get("description")), self.field("description"))
        level = self.level()
        if level is None and any(p.is_error for p in self.problems):
            self.failed |= {"level", "type"}
        self.set("level", level, self.field("level"))
        self.sources.setdefault("level", self.field("level"))
        self.set("type", self.offering_type(level), self.field("programType"))
        self.qualification()
        self.study_load()
        self.duration()
        self.outcomes()
        self.language()
        self.delivery()
        self.schedule()
        self.start_dates()
        self.price()
        self.city()
        self.participants()
        self.url()
        return self.cells, self.sources

    def provider(self) -> None:
        org, path, item = self.entity.get("organization"), self.field("organization"), None
        if not org:
            for number, prefix, offering in self.offerings:
                if offering.get("organization"):
                    org, path, item = offering["organization"], prefix + "organization", number
                    break
        if isinstance(org, dict):
            name = language_text(org.get("name"))
            source = path + ".name"
            if not name and isinstance(org.get("shortName"), str) and org["shortName"].strip():
                name, source = org["shortName"].strip(), path + ".shortName"
            if name:
                self.set("provider", name, source)
                return
        if self.default_provider:
            self.set("provider", self.default_provider, path)
            return
        self.failed.add("provider")
        if isinstance(org, dict):
            self.error("ooapi.no_provider_name", path + ".name", item)
        elif isinstance(org, str):
            self.error("ooapi.provider_id_only", path, item, value=org)
        else:
            self.error("ooapi.no_provider", path, item)

    def code(self) -> None:
        e = self.entity
        primary = e.get("primaryCode")
        if isinstance(primary, dict) and isinstance(primary.get("code"), str | int):
            code = str(primary["code"]).strip()
            if code:
                self.set("code", code, self.field("primaryCode.code"))
                return
        id_field = _ID_FIELDS[self.group.kind]
        if isinstance(e.get(id_field), str | int) and str(e[id_field]).strip():
            self.set("code", str(e[id_field]).strip(), self.field(id_field))
            return
        self.failed.add("code")
        self.error("ooapi.no_code", self.field("primaryCode"), id_field=id_field)

    def _higher(self, degree: str, source: str, raw: str) -> str:
        """bachelor/master -> hbo-* or wo-* by the sector; hbo when the sector is not given."""
        sector = self.entity.get("sector")
        if sector == "university education":
            return f"wo-{degree}"
        if sector != "higher professional education":
            self.warn("ooapi.level_assumed_hbo", source, value=raw, code=f"hbo-{degree}")
        return f"hbo-{degree}"

    def level(self) -> str | None:
        e = self.entity
        raw = e.get("level")
        path = self.field("level")
        if raw is not None:
            if not isinstance(raw, str):
                self.error("ooapi.level_unknown", path, value=raw)
                return None
            key = raw.strip().lower()
            if key in _LEVELS:
                return _LEVELS[key]
            if key in ("bachelor", "master"):
                return self._higher(key, path, raw)
            if key == "doctoral":
                self.error("ooapi.level_doctoral", path, value=raw)
                return None
            if key != "secondary vocational education":
                self.error("ooapi.level_unknown", path, value=raw)
                return None
        loq = e.get("levelOfQualification")
        loq_path = self.field("levelOfQualification")
        if loq is not None:
            code = _LEVEL_OF_QUALIFICATION.get(str(loq).strip())
            if code is None:
                if str(loq).strip() == "8":
                    self.error("ooapi.level_doctoral", loq_path, value=loq)
                else:
                    self.error("ooapi.level_unknown", loq_path, value=loq)
                return None
            if code in ("bachelor", "master"):
                return self._higher(code, loq_path, str(loq))
            return code
        if raw is not None:  # "secondary vocational education" without a number
            self.error("ooapi.level_mbo_number", path, value=raw)
            return None
        self.error("ooapi.level_missing", path)
        return None

    def offering_type(self, level: str | None) -> str | None:
        if self.group.kind == "course":
            return "cursus"
        program_type = self.entity.get("programType") or self.entity.get("type") or "program"
        if program_type in ("minor", "honours", "specialization", "track"):
            return "module"
        if level is None:
            return None
        if level.startswith("mbo-"):
            return "mbo-opleiding"
        return {
            "hbo-ad": "associate-degree",
            "hbo-bachelor": "hbo-bachelor",
            "wo-bachelor": "hbo-bachelor",
            "hbo-master": "hbo-master",
            "wo-master": "hbo-master",
        }.get(level, "cursus")

    def qualification(self) -> None:
        e = self.entity
        codes = [(self.field("primaryCode.code"), e.get("primaryCode"))]
        codes += [
            (self.field(f"otherCodes[{i}].code"), c)
            for i, c in enumerate(e.get("otherCodes") or [])
        ]
        for path, entry in codes:
            if (
                isinstance(entry, dict)
                and entry.get("codeType") == "crohoCreboCode"
                and entry.get("code")
            ):
                self.set("qualification_code", str(entry["code"]).strip(), path)
                break
        awarded = e.get("qualificationAwarded")
        if isinstance(awarded, str) and awarded.upper() in _DEGREES:
            self.set("credential", "diploma", self.field("qualificationAwarded"))

    def study_load(self) -> None:
        load = self.entity.get("studyLoad")
        path = self.field("studyLoad")
        if load is None:
            return
        if not isinstance(load, dict):
            self.error("ooapi.not_object", path)
            return
        unit, value = load.get("studyLoadUnit"), load.get("value")
        if unit not in _STUDY_LOAD_UNITS:
            self.error(
                "ooapi.study_load_unit",
                path + ".studyLoadUnit",
                value=unit,
                units=", ".join(_STUDY_LOAD_UNITS),
            )
            return
        number = _number(value)
        if number is None:
            self.error("value.number", path + ".value", value=value)
            return
        if unit == "ects":
            self.set("ec", f"{number.normalize():f}", path + ".value")
        elif unit in ("sbu", "hour"):
            hours = number.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            if hours != number:
                self.warn("ooapi.rounded", path + ".value", value=value, rounded=int(hours))
            self.set("hours", str(int(hours)), path + ".value")
        else:
            self.warn("ooapi.study_load_skipped", path + ".studyLoadUnit", unit=unit)

    def duration(self) -> None:
        raw = self.entity.get("duration")
        path = self.field("duration")
        if raw is None:
            return
        match = _DURATION.match(raw) if isinstance(raw, str) else None
        if not match or not any(match.groups()):
            self.warn("ooapi.duration", path, value=raw)
            return
        years, months, weeks, days = (int(g or 0) for g in match.groups())
        total = years * 52 + Decimal(months * 52) / 12 + weeks + Decimal(days) / 7
        weeks_total = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if weeks_total:
            self.set("duration_weeks", str(weeks_total), path)

    def outcomes(self) -> None:
        outcomes = self.entity.get("learningOutcomes")
        if not isinstance(outcomes, list):
            return
        texts = []
        for outcome in outcomes:
            text = language_text(outcome)
            if text:
                texts.append(text.replace("|", "/").replace("\n", " "))
        self.set("outcomes", "|".join(texts), self.field("learningOutcomes"))

    def language(self) -> None:
        sources = [(self.field("teachingLanguage"), self.entity.get("teachingLanguage"))]
        sources += [
            (p + "teachingLanguage", o.get("teachingLanguage")) for _, p, o in self.offerings
        ]
        for path, value in sources:
            if isinstance(value, str) and value.lower() in _LANGUAGES:
                self.set("language", _LANGUAGES[value.lower()], path)
                return

    def delivery(self) -> None:
        codes: list[str] = []
        source = None
        places = [(n, p + "modeOfDelivery", o.get("modeOfDelivery")) for n, p, o in self.offerings]
        if not any(v for _, _, v in places):
            places = [(None, self.field("modeOfDelivery"), self.entity.get("modeOfDelivery"))]
        for number, path, values in places:
            if values is None:
                continue
            if isinstance(values, str):
                values = [values]
            for i, value in enumerate(values if isinstance(values, list) else [values]):
                key = value.strip().lower() if isinstance(value, str) else None
                if key in _DELIVERY:
                    if _DELIVERY[key] not in codes:
                        codes.append(_DELIVERY[key])
                    source = source or path
                elif key not in _DELIVERY_IGNORED:
                    self.warn("ooapi.delivery_unknown", f"{path}[{i}]", number, value=value)
        self.set("delivery", "|".join(codes), source or self.field("modeOfDelivery"))

    def schedule(self) -> None:
        if self.entity.get("modeOfStudy") == "self-paced":
            self.set("schedule", "flexibel", self.field("modeOfStudy"))

    def start_dates(self) -> None:
        dates: list[str] = []
        continuous = False
        for number, prefix, offering in self.offerings:
            start = offering.get("startDate")
            flexible_start = offering.get("flexibleEntryPeriodStart")
            flexible_end = offering.get("flexibleEntryPeriodEnd")
            day = self._date(start, prefix + "startDate", number)
            if day and day not in dates:
                dates.append(day)
            if flexible_start or flexible_end:
                begin = self._date(flexible_start, prefix + "flexibleEntryPeriodStart", number)
                end = self._date(flexible_end, prefix + "flexibleEntryPeriodEnd", number)
                if not end or date.fromisoformat(end) >= self.today:
                    continuous = True
                if begin and begin not in dates and not day:
                    dates.append(begin)
            elif start is None:
                self.error("ooapi.missing", prefix + "startDate", number)
        if continuous:
            dates.append("doorlopend")
        first = self.offerings[0][1] if self.offerings else ""
        self.set("start_dates", "|".join(dates), first + "startDate")

    def _date(self, value: object, path: str, number: int) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip()[:10]).isoformat()
            except ValueError:
                pass
        self.error("value.date", path, number, value=value)
        return None

    def price(self) -> None:
        prices: list[tuple[int, str | None, str, int]] = []
        for number, prefix, offering in self.offerings:
            found = self._offering_price(offering.get("priceInformation"), prefix, number)
            if found is not None:
                prices.append(found)
        if not prices:
            return
        cents, vat, source, number = prices[0]
        self.set("price", f"{cents // 100}.{cents % 100:02d}", source)
        if vat:
            self.set("vat", vat, source)
        if len({p[0] for p in prices}) > 1:
            self.warn("ooapi.prices_differ", source, number, price=self.cells["price"])

    def _offering_price(
        self, costs: object, prefix: str, number: int
    ) -> tuple[int, str | None, str, int] | None:
        if costs is None:
            return None
        path = prefix + "priceInformation"
        if not isinstance(costs, list):
            self.error("ooapi.not_list", path, number)
            return None
        chosen = None
        for wanted in ("total costs", "tuition"):
            for i, cost in enumerate(costs):
                cost_type = cost.get("costType") if isinstance(cost, dict) else None
                if isinstance(cost_type, str) and cost_type.strip().lower().startswith(wanted):
                    chosen = (i, cost)
                    break
            if chosen:
                break
        if chosen is None:
            types = ", ".join(str(c.get("costType")) for c in costs if isinstance(c, dict)) or "-"
            self.warn("ooapi.no_tuition", path, number, types=types)
            return None
        i, cost = chosen
        at = f"{path}[{i}]."
        currency = cost.get("currency")
        if currency not in (None, "", "EUR"):
            self.error("ooapi.currency", at + "currency", number, value=currency)
            return None
        amount = self._amount(cost, "amount", at, number)
        vat = self._amount(cost, "vatAmount", at, number)
        without = self._amount(cost, "amountWithoutVat", at, number)
        if any(v is False for v in (amount, vat, without)):
            return None
        if (
            amount is not None
            and vat is not None
            and without is not None
            and (amount != vat + without)
        ):
            self.error(
                "ooapi.amounts_disagree",
                at + "amount",
                number,
                amount=cost["amount"],
                vat=cost["vatAmount"],
                without=cost["amountWithoutVat"],
            )
            return None
        if without is None and amount is not None and vat is not None:
            if vat > amount:
                self.error(
                    "ooapi.vat_above_amount",
                    at + "vatAmount",
                    number,
                    vat=cost["vatAmount"],
                    amount=cost["amount"],
                )
                return None
            without = amount - vat
        if without is None and vat is None:
            if amount is None:
                self.error("ooapi.missing", at + "amount", number)
                return None
            self.warn("ooapi.vat_unknown", at + "amount", number)
            return _cents(amount), None, at + "amount", number
        if without is None:  # vat only
            self.error("ooapi.missing", at + "amount", number)
            return None
        source = at + ("amountWithoutVat" if "amountWithoutVat" in cost else "amount")
        if vat is None:
            if amount is None:
                return _cents(without), None, source, number
            if amount < without:
                self.error(
                    "ooapi.amounts_disagree",
                    at + "amount",
                    number,
                    amount=cost["amount"],
                    vat="-",
                    without=cost["amountWithoutVat"],
                )
                return None
            vat = amount - without
        return _cents(without), self._vat_code(without, vat, at, number), source, number

    def _amount(self, cost: dict, name: str, at: str, number: int) -> Decimal | bool | None:
        """The amount, None when absent, False after an error."""
        value = cost.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error("value.amount", at + name, number, value=value)
            return False
        text = str(value).strip()
        if not _AMOUNT.match(text):
            if text.startswith("-"):
                self.error("value.negative", at + name, number, value=value)
            else:
                self.error("value.amount", at + name, number, value=value)
            return False
        return Decimal(text)

    def _vat_code(self, without: Decimal, vat: Decimal, at: str, number: int) -> str | None:
        if vat == 0:
            return "vrijgesteld"
        for rate in (21, 9):
            expected = (without * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
            if abs(expected - vat) <= CENT:
                return str(rate)
        self.warn("ooapi.vat_rate", at + "vatAmount", number, vat=f"{vat:f}", amount=f"{without:f}")
        return None

    def city(self) -> None:
        found: list[tuple[str, str, int | None]] = []
        places = [(n, p + "addresses", o.get("addresses")) for n, p, o in self.offerings]
        places.append((None, self.field("addresses"), self.entity.get("addresses")))
        for number, path, addresses in places:
            if not isinstance(addresses, list):
                continue
            ranked = sorted(
                enumerate(addresses),
                key=lambda a: (
                    0 if isinstance(a[1], dict) and a[1].get("addressType") == "teaching" else 1
                ),
            )
            for i, address in ranked:
                city = address.get("city") if isinstance(address, dict) else None
                if isinstance(city, str) and city.strip():
                    found.append((city.strip(), f"{path}[{i}].city", number))
                    break
            if found and number is None:
                break
        if not found:
            return
        city, source, number = found[0]
        self.set("city", city, source)
        others = sorted({c for c, _, _ in found if c.casefold() != city.casefold()})
        if others:
            self.warn("ooapi.cities_differ", source, number, city=city, others=", ".join(others))

    def participants(self) -> None:
        for column, name in (
            ("min_participants", "minNumberStudents"),
            ("max_participants", "maxNumberStudents"),
        ):
            for number, prefix, offering in self.offerings:
                value = offering.get(name)
                if value is None:
                    continue
                if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                    self.error("value.whole", prefix + name, number, value=value)
                elif value:
                    self.set(column, str(int(value)), prefix + name)
                break

    def url(self) -> None:
        link = self.entity.get("link")
        if isinstance(link, str) and link.strip():
            self.set("url", link.strip(), self.field("link"))
            return
        for _number, prefix, offering in self.offerings:
            link = offering.get("link")
            if isinstance(link, str) and link.strip():
                self.set("url", link.strip(), prefix + "link")
                return


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not number.is_finite() or number < 0:
        return None
    return number


def _cents(amount: Decimal) -> int:
    return int((amount / CENT).quantize(Decimal(1), rounding=ROUND_HALF_UP))
