"""The audit log in words: what an entry (action, table, details) says, in Dutch or English.

Pure: the store writes and reads the rows (``store/audit.py``), the window and the command line
show them through :func:`describe`. An entry's ``details`` hold only field names, setting keys,
counts, version numbers and statuses, never a name or an e-mail address, so a sentence built
here never repeats personal data either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from broker_app.domain.formatting import number

LANGS = ("nl", "en")

# Actions (the ``action`` column), as stored. Every action the program writes has words in
# ``_VERBS`` (tests/privacy/test_audit_words.py checks the writers); an unknown one (a newer
# version's) is shown as "<subject>: gewijzigd" rather than as its code.
CREATE, UPDATE, DELETE, RESTORE = "create", "update", "delete", "restore"
SEND, REVISE, DECIDE, MERGE = "send", "revise", "decide", "merge"
IMPORT, UNDO_IMPORT = "import", "undo_import"
DEMO_REMOVE, BACKUP, RESTORE_BACKUP = "demo_remove", "backup", "restore_backup"
EXPORT, ERASE, ANONYMISE = "export_client", "erase_client", "anonymise_participants"
PRICE_CHECKED = "price_checked"

# Kinds for the viewer's filter: kind → the tables (``table_name``) it covers.
KINDS: dict[str, tuple[str, ...]] = {
    "clients": ("clients", "contacts"),
    "intakes": ("intakes", "demand_lines", "participants"),
    "proposals": ("proposals",),
    "catalogue": ("offerings", "import_batches"),
    "settings": ("settings",),
    "database": ("database", "demo"),
}
KIND_LABELS: dict[str, dict[str, str]] = {
    "clients": {"nl": "Klanten en contactpersonen", "en": "Clients and contacts"},
    "intakes": {"nl": "Intakes en deelnemers", "en": "Intakes and participants"},
    "proposals": {"nl": "Voorstellen", "en": "Proposals"},
    "catalogue": {"nl": "Catalogus", "en": "Catalogue"},
    "settings": {"nl": "Instellingen", "en": "Settings"},
    "database": {"nl": "Database en back-ups", "en": "Database and backups"},
}

SUBJECTS: dict[str, dict[str, str]] = {
    "clients": {"nl": "Klant", "en": "Client"},
    "contacts": {"nl": "Contactpersoon", "en": "Contact"},
    "intakes": {"nl": "Intake", "en": "Intake"},
    "demand_lines": {"nl": "Vraagregel", "en": "Demand line"},
    "participants": {"nl": "Deelnemer", "en": "Participant"},
    "proposals": {"nl": "Voorstel", "en": "Proposal"},
    "offerings": {"nl": "Aanbod", "en": "Offering"},
    "import_batches": {"nl": "Import", "en": "Import"},
    "settings": {"nl": "Instelling", "en": "Setting"},
    "database": {"nl": "Database", "en": "Database"},
    "demo": {"nl": "Demogegevens", "en": "Demo data"},
}

_VERBS: dict[str, dict[str, str]] = {
    CREATE: {"nl": "{subject} aangemaakt", "en": "{subject} created"},
    UPDATE: {"nl": "{subject} gewijzigd", "en": "{subject} changed"},
    DELETE: {"nl": "{subject} verwijderd", "en": "{subject} deleted"},
    RESTORE: {"nl": "{subject} teruggezet", "en": "{subject} restored"},
    SEND: {
        "nl": "Voorstel verzonden (versie {version})",
        "en": "Proposal sent (version {version})",
    },
    REVISE: {
        "nl": "Voorstel herzien (versie {version})",
        "en": "Proposal revised (version {version})",
    },
    DECIDE: {"nl": "Voorstel {status}", "en": "Proposal {status}"},
    MERGE: {"nl": "Aanbod samengevoegd", "en": "Offerings merged"},
    IMPORT: {"nl": "Catalogus geïmporteerd", "en": "Catalogue imported"},
    UNDO_IMPORT: {"nl": "Import ongedaan gemaakt", "en": "Import undone"},
    DEMO_REMOVE: {"nl": "Demogegevens verwijderd", "en": "Demo data removed"},
    BACKUP: {"nl": "Back-up gemaakt", "en": "Backup made"},
    RESTORE_BACKUP: {
        "nl": "Database teruggezet uit een back-up",
        "en": "Database restored from a backup",
    },
    EXPORT: {"nl": "{subject}: gegevens geëxporteerd", "en": "{subject}: data exported"},
    ERASE: {"nl": "{subject}: persoonsgegevens gewist", "en": "{subject}: personal data erased"},
    ANONYMISE: {"nl": "Deelnemers geanonimiseerd", "en": "Participants anonymised"},
    PRICE_CHECKED: {"nl": "Prijs gecontroleerd", "en": "Price checked"},
    # older spellings of the privacy actions, for entries written before they were settled
    "export": {"nl": "{subject}: gegevens geëxporteerd", "en": "{subject}: data exported"},
    "erase": {"nl": "{subject}: persoonsgegevens gewist", "en": "{subject}: personal data erased"},
    "anonymise": {"nl": "Deelnemers geanonimiseerd", "en": "Participants anonymised"},
}
_UNKNOWN_VERB = {"nl": "{subject}: gewijzigd", "en": "{subject}: changed"}
_STATUSES: dict[str, dict[str, str]] = {
    "geaccepteerd": {"nl": "geaccepteerd", "en": "accepted"},
    "afgewezen": {"nl": "afgewezen", "en": "declined"},
    "verlopen": {"nl": "verlopen", "en": "expired"},
    "verzonden": {"nl": "verzonden", "en": "sent"},
    "concept": {"nl": "weer concept", "en": "concept again"},
}

# Field names (and setting keys) in words; an unknown field is shown as it is stored.
FIELDS: dict[str, dict[str, str]] = {
    "name": {"nl": "naam", "en": "name"},
    "kvk": {"nl": "KvK-nummer", "en": "Chamber of Commerce number"},
    "sector": {"nl": "sector", "en": "sector"},
    "address": {"nl": "adres", "en": "address"},
    "postcode": {"nl": "postcode", "en": "postcode"},
    "city": {"nl": "plaats", "en": "place"},
    "email": {"nl": "e-mail", "en": "e-mail"},
    "phone": {"nl": "telefoon", "en": "phone"},
    "notes": {"nl": "notities", "en": "notes"},
    "role": {"nl": "rol", "en": "role"},
    "function": {"nl": "functie", "en": "function"},
    "title": {"nl": "titel", "en": "title"},
    "intake_date": {"nl": "datum", "en": "date"},
    "status": {"nl": "status", "en": "status"},
    "text": {"nl": "vraag", "en": "question"},
    "participants": {"nl": "aantal deelnemers", "en": "number of participants"},
    "current_level": {"nl": "huidig niveau", "en": "current level"},
    "target_level": {"nl": "gewenst niveau", "en": "target level"},
    "credential": {"nl": "diploma of certificaat", "en": "credential"},
    "max_distance_km": {"nl": "afstand", "en": "distance"},
    "budget_per_participant_cents": {"nl": "budget", "en": "budget"},
    "start_after": {"nl": "start vanaf", "en": "start from"},
    "start_before": {"nl": "start uiterlijk", "en": "start by"},
    "competences": {"nl": "competenties", "en": "competences"},
    "delivery": {"nl": "vorm", "en": "delivery"},
    "schedule": {"nl": "rooster", "en": "schedule"},
    "must": {"nl": "eisen", "en": "requirements"},
    "position": {"nl": "volgorde", "en": "order"},
    "language": {"nl": "taal", "en": "language"},
    "lines": {"nl": "regels", "en": "lines"},
    "description": {"nl": "omschrijving", "en": "description"},
    "outcomes": {"nl": "leerresultaten", "en": "outcomes"},
    "keywords": {"nl": "trefwoorden", "en": "keywords"},
    "price_cents": {"nl": "prijs", "en": "price"},
    "vat": {"nl": "btw", "en": "VAT"},
    "start_dates": {"nl": "startdata", "en": "start dates"},
    "tags": {"nl": "labels", "en": "tags"},
    "level": {"nl": "niveau", "en": "level"},
    "hours": {"nl": "uren", "en": "hours"},
    "url": {"nl": "webadres", "en": "web address"},
    # settings
    "audit.profile": {"nl": "naam van de makelaar", "en": "broker's name"},
    "broker.organisation": {"nl": "organisatie", "en": "organisation"},
    "proposal.texts": {"nl": "voorstelteksten", "en": "proposal texts"},
    "proposal.valid_days": {"nl": "geldigheid van voorstellen", "en": "proposal validity"},
    "proposal.default_vat": {"nl": "standaard-btw", "en": "default VAT"},
    "proposal.funding_schemes": {"nl": "regelingen", "en": "funding schemes"},
    "matching.weights": {"nl": "gewichten", "en": "weights"},
    "matching.synonyms": {"nl": "synoniemen", "en": "synonyms"},
    "ui.language": {"nl": "taal van het venster", "en": "window language"},
    "import.profiles": {"nl": "kolomprofielen", "en": "column profiles"},
    "catalogue.not_duplicates": {"nl": "geen dubbelen", "en": "not duplicates"},
    "privacy.retention_months": {"nl": "bewaartermijn", "en": "retention period"},
    "privacy.anonymous_clients": {
        "nl": "nummering van gewiste klanten",
        "en": "numbering of erased clients",
    },
    "demo.removed": {"nl": "demogegevens verwijderd", "en": "demo data removed"},
    "catalogue.index_version": {"nl": "zoekindex", "en": "search index"},
}
# Counts in details, in the order they are told: (one, more) per language.
_COUNTS: dict[str, dict[str, tuple[str, str]]] = {
    "inserted": {"nl": ("{n} nieuw", "{n} nieuw"), "en": ("{n} new", "{n} new")},
    "updated": {"nl": ("{n} bijgewerkt", "{n} bijgewerkt"), "en": ("{n} updated", "{n} updated")},
    "skipped": {
        "nl": ("{n} overgeslagen", "{n} overgeslagen"),
        "en": ("{n} skipped", "{n} skipped"),
    },
    "removed": {"nl": ("{n} verwijderd", "{n} verwijderd"), "en": ("{n} removed", "{n} removed")},
    "restored": {
        "nl": ("{n} teruggezet", "{n} teruggezet"),
        "en": ("{n} restored", "{n} restored"),
    },
    "clients": {"nl": ("{n} klant", "{n} klanten"), "en": ("{n} client", "{n} clients")},
    "offerings": {"nl": ("{n} aanbod", "{n} aanbod"), "en": ("{n} offering", "{n} offerings")},
    "contacts": {
        "nl": ("{n} contactpersoon", "{n} contactpersonen"),
        "en": ("{n} contact", "{n} contacts"),
    },
    "intakes": {"nl": ("{n} intake", "{n} intakes"), "en": ("{n} intake", "{n} intakes")},
    "demand_lines": {
        "nl": ("{n} vraagregel", "{n} vraagregels"),
        "en": ("{n} demand line", "{n} demand lines"),
    },
    "participants": {
        "nl": ("{n} deelnemer", "{n} deelnemers"),
        "en": ("{n} participant", "{n} participants"),
    },
    "proposals": {
        "nl": ("{n} voorstel", "{n} voorstellen"),
        "en": ("{n} proposal", "{n} proposals"),
    },
    "sent_versions": {
        "nl": ("{n} verzonden voorstelversie", "{n} verzonden voorstelversies"),
        "en": ("{n} sent proposal version", "{n} sent proposal versions"),
    },
    "concept_lines": {
        "nl": ("{n} conceptregel", "{n} conceptregels"),
        "en": ("{n} concept line", "{n} concept lines"),
    },
    "merged": {
        "nl": ("{n} van samengevoegd aanbod overgeslagen",) * 2,
        "en": ("{n} of merged offerings skipped",) * 2,
    },
    "months": {
        "nl": ("na {n} maand zonder activiteit", "na {n} maanden zonder activiteit"),
        "en": ("after {n} month without activity", "after {n} months without activity"),
    },
}


def _pick(entry: Mapping[str, str], lang: str) -> str:
    return entry.get(lang, entry["nl"])


def count_text(key: str, n: int, lang: str = "nl") -> str:
    """``1 deelnemer``, ``2 deelnemers`` (a count from an entry's details, in words)."""
    one, more = _COUNTS[key].get(lang, _COUNTS[key]["nl"])
    return (one if n == 1 else more).format(n=number(n, lang))


def field_label(name: str, lang: str = "nl") -> str:
    entry = FIELDS.get(name)
    return _pick(entry, lang) if entry else name


def subject(table: str | None, lang: str = "nl") -> str:
    entry = SUBJECTS.get(table or "")
    return _pick(entry, lang) if entry else (table or "—")


def kind_of(table: str | None) -> str | None:
    for kind, tables in KINDS.items():
        if table in tables:
            return kind
    return None


def describe(
    action: str,
    table: str | None,
    details: Mapping | None,
    lang: str = "nl",
    record_id: str | None = None,
) -> str:
    """``Klant gewijzigd: e-mail, telefoon``; ``Catalogus geïmporteerd: 120 nieuw, 3 bijgewerkt``
    (field names and counts from ``details``)."""
    details = details if isinstance(details, Mapping) else {}
    lang = lang if lang in LANGS else "nl"
    verb = _VERBS.get(action)
    status = str(details.get("status") or "")
    params = {
        "subject": subject(table, lang),
        "version": details.get("version", "?"),
        "status": _pick(_STATUSES[status], lang) if status in _STATUSES else status,
    }
    text = _pick(verb or _UNKNOWN_VERB, lang).format(**params)
    parts: list[str] = []
    fields = details.get("fields")
    if isinstance(fields, Sequence) and not isinstance(fields, str) and fields:
        parts.append(", ".join(field_label(str(f), lang) for f in fields))
    counts = [
        count_text(key, int(details[key]), lang)
        for key in _COUNTS
        if isinstance(details.get(key), int)
        and not isinstance(details.get(key), bool)
        and details[key]  # "0 overgeslagen" says nothing
    ]
    parts += counts
    if table == "settings" and action == UPDATE:
        # the setting itself first: "Instelling gewijzigd: organisatie (naam, e-mail)"
        # (the key is in the details; older entries have it as the record id only)
        key = field_label(str(details.get("key") or record_id or ""), lang)
        sub = ", ".join(field_label(str(f), lang) for f in fields or [])
        if not key:
            return text + (f": {sub}" if sub else "")
        return f"{text}: {key}" + (f" ({sub})" if sub else "")
    return f"{text}: {', '.join(parts)}" if parts else text


# The columns of the exported log (CSV, XLSX), as a person reads them.
EXPORT_HEADERS: dict[str, dict[str, str]] = {
    "moment": {"nl": "moment", "en": "moment"},
    "profile": {"nl": "profiel", "en": "profile"},
    "what": {"nl": "wat", "en": "what"},
    "record": {"nl": "betreft", "en": "record"},
    "table": {"nl": "tabel", "en": "table"},
    "record_id": {"nl": "id", "en": "id"},
    "action": {"nl": "actie", "en": "action"},
    "fields": {"nl": "velden", "en": "fields"},
}


def export_headers(columns: Sequence[str], lang: str = "nl") -> list[str]:
    """The header row of the exported log in ``lang`` (the column name when unknown)."""
    return [_pick(EXPORT_HEADERS[c], lang) if c in EXPORT_HEADERS else c for c in columns]


def local_moment(stamp: str) -> datetime | None:
    """The stored UTC stamp (``2026-11-29T13:05:00.000Z``) in the computer's time zone."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_text(stamp: str) -> str:
    """``29-11-2026 14:05`` (Dutch notation, local time); the stamp itself when unreadable."""
    moment = local_moment(stamp)
    return moment.strftime("%d-%m-%Y %H:%M") if moment else str(stamp)


def utc_stamp(moment: datetime) -> str:
    """A moment as the log stores it (UTC, ISO 8601 with ``Z``), for comparing with ``at``."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
