"""Every sentence the core says to a person, in Dutch and English.

The desktop window translates its own widgets with Qt Linguist; what the services report
(import problems, command-line answers) comes from here so the CLI and the GUI say the same thing.
"""

from __future__ import annotations

from broker_app.domain.formatting import number

LANGS = ("nl", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # where
    "at.row_column": {"nl": "rij {row}, kolom {column}", "en": "row {row}, column {column}"},
    "at.row": {"nl": "rij {row}", "en": "row {row}"},
    "at.file": {"nl": "bestand", "en": "file"},
    # file level
    "file.missing": {"nl": "bestand niet gevonden: {path}", "en": "file not found: {path}"},
    "file.unreadable": {
        "nl": "bestand kan niet gelezen worden: {path}",
        "en": "file cannot be read: {path}",
    },
    "file.empty": {"nl": "het bestand is leeg", "en": "the file is empty"},
    "file.binary": {
        "nl": "dit is geen tekstbestand (CSV); sla het op als CSV en probeer opnieuw",
        "en": "this is not a text (CSV) file; save it as CSV and try again",
    },
    "file.not_csv": {
        "nl": "dit is geen CSV-bestand maar {kind}; sla het op als CSV en probeer opnieuw",
        "en": "this is not a CSV file but {kind}; save it as CSV and try again",
    },
    "value.ambiguous_amount": {
        "nl": '"{value}" is dubbelzinnig: bedoelt u {thousands} of {decimal}? Schrijf het '
        "bedrag zonder scheidingsteken voor duizendtallen",
        "en": '"{value}" is ambiguous: {thousands} or {decimal}? Write the amount without a '
        "thousands separator",
    },
    "file.is_folder": {
        "nl": "{path} is een map, geen bestand",
        "en": "{path} is a folder, not a file",
    },
    "file.unwritable": {
        "nl": "bestand kan niet geschreven worden: {path}",
        "en": "file cannot be written: {path}",
    },
    "file.encoding": {
        "nl": "de tekens in het bestand zijn niet te lezen (geen UTF-8 of Windows-1252)",
        "en": "the characters in the file cannot be read (neither UTF-8 nor Windows-1252)",
    },
    "file.csv_syntax": {
        "nl": "het bestand is geen geldige CSV: {detail}",
        "en": "the file is not valid CSV: {detail}",
    },
    "file.no_rows": {
        "nl": "het bestand heeft een kopregel maar geen aanbod",
        "en": "the file has a header row but no offerings",
    },
    "file.unknown_format": {
        "nl": "onbekend bestandsformaat: {suffix} (gebruik .csv)",
        "en": "unknown file format: {suffix} (use .csv)",
    },
    # header
    "header.missing": {
        "nl": "verplichte kolom ontbreekt: {column}",
        "en": "required column is missing: {column}",
    },
    "header.unknown": {
        "nl": "onbekende kolom {column} wordt genegeerd",
        "en": "unknown column {column} is ignored",
    },
    "header.duplicate": {
        "nl": "kolom {column} staat twee keer in de kopregel",
        "en": "column {column} appears twice in the header row",
    },
    # values
    "value.required": {"nl": "is verplicht maar leeg", "en": "is required but empty"},
    "value.unknown": {
        "nl": '"{value}" is geen bekende waarde (kies uit: {choices})',
        "en": '"{value}" is not a known value (choose from: {choices})',
    },
    "value.read_as": {"nl": '"{value}" gelezen als "{code}"', "en": '"{value}" read as "{code}"'},
    "value.amount": {"nl": '"{value}" is geen bedrag', "en": '"{value}" is not an amount'},
    "value.whole": {"nl": '"{value}" is geen heel getal', "en": '"{value}" is not a whole number'},
    "value.number": {"nl": '"{value}" is geen getal', "en": '"{value}" is not a number'},
    "value.negative": {
        "nl": '"{value}" mag niet negatief zijn',
        "en": '"{value}" must not be negative',
    },
    "value.too_large": {
        "nl": '"{value}" is onwaarschijnlijk groot',
        "en": '"{value}" is implausibly large',
    },
    "value.date": {
        "nl": '"{value}" is geen datum (gebruik JJJJ-MM-DD)',
        "en": '"{value}" is not a date (use YYYY-MM-DD)',
    },
    "value.url": {
        "nl": '"{value}" is geen webadres (begin met https://)',
        "en": '"{value}" is not a web address (start with https://)',
    },
    "value.too_long": {
        "nl": "tekst is te lang ({length} tekens, hoogstens {limit})",
        "en": "text is too long ({length} characters, at most {limit})",
    },
    "value.min_max": {
        "nl": "minimum {min} is groter dan maximum {max}",
        "en": "minimum {min} is larger than maximum {max}",
    },
    # demand JSON
    "at.field": {"nl": "veld {field}", "en": "field {field}"},
    "demand.not_object": {
        "nl": "de vraag moet een JSON-object zijn ({{...}})",
        "en": "the demand must be a JSON object ({{...}})",
    },
    "demand.bad_json": {
        "nl": "geen geldige JSON: {detail}",
        "en": "not valid JSON: {detail}",
    },
    "demand.unknown_field": {
        "nl": "onbekend veld (Demand JSON v1 kent: {fields})",
        "en": "unknown field (Demand JSON v1 has: {fields})",
    },
    "demand.not_text": {"nl": "{value} is geen tekst", "en": "{value} is not text"},
    "demand.not_list": {
        "nl": "{value} is geen lijst van teksten",
        "en": "{value} is not a list of texts",
    },
    "demand.too_many": {
        "nl": "{count} competenties, hoogstens {limit}",
        "en": "{count} competences, at most {limit}",
    },
    "demand.period": {
        "nl": "start_before ({before}) ligt vóór start_after ({after})",
        "en": "start_before ({before}) lies before start_after ({after})",
    },
    "demand.must_needs": {
        "nl": "moet {constraint} vraagt ook om {needs}",
        "en": "must {constraint} also needs {needs}",
    },
    "match.header": {
        "nl": "beste aanbod voor {client}: {count}",
        "en": "best offerings for {client}: {count}",
    },
    "match.near_misses": {
        "nl": "bijna: valt af op één moet-eis",
        "en": "near misses: excluded by one must",
    },
    "match.breaks": {"nl": "voldoet niet aan: {must}", "en": "does not meet: {must}"},
    "programme.header": {
        "nl": "maatwerkprogramma: {count} modules, {price} per deelnemer, {hours} uur",
        "en": "composed programme: {count} modules, {price} per participant, {hours} hours",
    },
    "programme.gaps": {"nl": "     niet gedekt: {gaps}", "en": "     not covered: {gaps}"},
    # proposal life cycle
    "proposal.move": {
        "nl": "een voorstel met status {current} kan niet naar {new}",
        "en": "a proposal with status {current} cannot become {new}",
    },
    "proposal.sent_is_frozen": {
        "nl": "deze versie is verzonden en ligt vast; maak een nieuwe versie om te wijzigen",
        "en": "this version was sent and is frozen; make a new version to change it",
    },
    "proposal.expired": {
        "nl": "dit voorstel is verlopen; maak een nieuwe versie",
        "en": "this proposal has expired; make a new version",
    },
    "proposal.no_sent_version": {
        "nl": "voorstel {number} heeft geen verzonden versie {version}",
        "en": "proposal {number} has no sent version {version}",
    },
    "proposal.written": {
        "nl": "voorstel {number} (versie {version}) geschreven naar {file}",
        "en": "proposal {number} (version {version}) written to {file}",
    },
    "proposal.no_matches": {
        "nl": "geen passend aanbod gevonden voor deze vraag; er is geen voorstel gemaakt",
        "en": "no matching offerings found for this demand; no proposal was made",
    },
    "proposal.no_scheme": {
        "nl": "onbekende bijdrageregeling: {name}",
        "en": "unknown contribution scheme: {name}",
    },
    "proposal.language": {
        "nl": "onbekende taal voor een voorstel: {lang}",
        "en": "unknown language for a proposal: {lang}",
    },
    "proposal.missing": {"nl": "voorstel niet gevonden: {id}", "en": "proposal not found: {id}"},
    "proposal.delete_sent": {
        "nl": "voorstel {number} is verzonden en kan niet worden verwijderd; het blijft bewaard "
        "zoals de werkgever het kreeg",
        "en": "proposal {number} was sent and cannot be deleted; it is kept as the employer "
        "received it",
    },
    "proposal.no_offering": {
        "nl": "opleiding niet gevonden: {id}",
        "en": "offering not found: {id}",
    },
    # proposal money
    "vat.exempt_funded": {
        "nl": "vrijgesteld van btw: bekostigde instelling (art. 11 lid 1 onderdeel o Wet OB 1968)",
        "en": "exempt from VAT: government-funded institution (art. 11(1)(o) Dutch VAT Act 1968)",
    },
    "vat.exempt_crkbo": {
        "nl": "vrijgesteld van btw: CRKBO-geregistreerde aanbieder (art. 11 lid 1 onderdeel o "
        "Wet OB 1968)",
        "en": "exempt from VAT: CRKBO-registered provider (art. 11(1)(o) Dutch VAT Act 1968)",
    },
    "vat.exempt_given": {
        "nl": "vrijgesteld van btw volgens de aanbieder",
        "en": "exempt from VAT according to the provider",
    },
    "vat.rate_given": {"nl": "{rate} % btw", "en": "{rate} % VAT"},
    "vat.standard": {
        "nl": "21 % btw: niet bekostigd en niet CRKBO-geregistreerd",
        "en": "21 % VAT: neither government-funded nor CRKBO-registered",
    },
    "pricing.negative": {
        "nl": "{title}: aantallen en bedragen mogen niet negatief zijn",
        "en": "{title}: numbers and amounts must not be negative",
    },
    "pricing.discount_too_large": {
        "nl": "{title}: de korting is groter dan het bedrag",
        "en": "{title}: the discount is larger than the amount",
    },
    "pricing.stap_ended": {
        "nl": "het STAP-budget bestaat sinds 1 januari 2024 niet meer",
        "en": "the STAP budget ended on 1 January 2024",
    },
    "funding.exceeds_cost": {
        "nl": "de bijdragen ({funding}) zijn hoger dan de kosten incl. btw ({cost})",
        "en": "the contributions ({funding}) are higher than the cost incl. VAT ({cost})",
    },
    "funding.nothing_left": {
        "nl": "de bijdragen ({funding}) dekken de kosten incl. btw ({cost}) al",
        "en": "the contributions ({funding}) already cover the cost incl. VAT ({cost})",
    },
    "funding.estimate": {
        "nl": "{scheme} (schatting, onder voorbehoud van toekenning)",
        "en": "{scheme} (estimate, subject to approval)",
    },
    # match reasons
    "level.mbo": {"nl": "niveau {n}", "en": "level {n}"},
    "reason.covers": {"nl": "sluit aan op: {what}", "en": "covers: {what}"},
    "reason.level_as_asked": {"nl": "{level} zoals gevraagd", "en": "{level} as asked"},
    "reason.level_other": {
        "nl": "{level} (gevraagd: {wanted})",
        "en": "{level} (asked: {wanted})",
    },
    "reason.in_city": {"nl": "in {city}", "en": "in {city}"},
    "reason.online": {"nl": "online, geen reistijd", "en": "online, no travel"},
    "reason.distance": {"nl": "{km} km van {city}", "en": "{km} km from {city}"},
    "reason.start": {"nl": "start {date}", "en": "starts {date}"},
    "reason.continuous": {"nl": "doorlopende instroom", "en": "continuous intake"},
    "reason.no_start": {"nl": "geen startdatum meer gepland", "en": "no start date planned"},
    "reason.over_budget": {
        "nl": "boven budget: {price} per deelnemer",
        "en": "over budget: {price} per participant",
    },
    "row.cell_count": {
        "nl": "de rij heeft {have} van de {want} kolommen; controleer scheidingstekens en "
        "aanhalingstekens",
        "en": "the row has {have} of the {want} columns; check the delimiters and quotes",
    },
    "row.duplicate": {
        "nl": 'code "{code}" van {provider} staat al in rij {first}',
        "en": 'code "{code}" of {provider} already appears in row {first}',
    },
    # import outcome
    "import.refused": {
        "nl": "import geweigerd: {errors}, er is niets opgeslagen",
        "en": "import refused: {errors} error(s), nothing was saved",
    },
    "import.done": {
        "nl": "{inserted} nieuw, {updated} bijgewerkt, {skipped} overgeslagen ({file})",
        "en": "{inserted} new, {updated} updated, {skipped} skipped ({file})",
    },
    "import.dry_run": {
        "nl": (
            "proefimport: {inserted} nieuw, {updated} bijgewerkt, {skipped} overgeslagen; "
            "niets opgeslagen"
        ),
        "en": "dry run: {inserted} new, {updated} updated, {skipped} skipped; nothing saved",
    },
    "import.more_errors": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "severity.error": {"nl": "fout", "en": "error"},
    "severity.warning": {"nl": "waarschuwing", "en": "warning"},
    # command line
    "cli.export_done": {
        "nl": "{count} geëxporteerd naar {file}",
        "en": "{count} exported to {file}",
    },
    "cli.demo_done": {
        "nl": (
            "demogegevens geladen: {offerings} opleidingen van {providers} aanbieders, "
            "{clients} werkgevers, {proposals} voorstellen"
        ),
        "en": (
            "demo data loaded: {offerings} offerings from {providers} providers, "
            "{clients} employers, {proposals} proposals"
        ),
    },
    "cli.no_results": {"nl": 'geen resultaten voor "{query}"', "en": 'no results for "{query}"'},
    "cli.empty_query": {"nl": "geef een zoekterm", "en": "give a search term"},
    "db.not_database": {
        "nl": "{path} is geen database van Opleidingsmakelaar",
        "en": "{path} is not an Opleidingsmakelaar database",
    },
    "db.damaged": {
        "nl": "de database {path} is beschadigd; zet een reservekopie terug",
        "en": "the database {path} is damaged; restore a backup",
    },
    "db.read_only": {
        "nl": "de database {path} is alleen-lezen; kies een map waarin u mag schrijven",
        "en": "the database {path} is read-only; choose a folder you may write in",
    },
    "db.locked": {
        "nl": "de database {path} is bezet door een ander programma; probeer het zo opnieuw",
        "en": "the database {path} is in use by another program; try again in a moment",
    },
    "db.cannot_open": {
        "nl": "de database {path} kan niet geopend worden (bestaat de map?)",
        "en": "the database {path} cannot be opened (does the folder exist?)",
    },
    "db.missing": {
        "nl": "database niet gevonden: {path} (maak er een met 'broker-app demo' of "
        "'broker-app import BESTAND')",
        "en": "database not found: {path} (make one with 'broker-app demo' or "
        "'broker-app import FILE')",
    },
    "cli.db_error": {
        "nl": "de database kan niet geopend worden: {detail}",
        "en": "the database cannot be opened: {detail}",
    },
    "cli.db_newer": {
        "nl": "deze database is gemaakt met een nieuwere versie van Opleidingsmakelaar ({detail})",
        "en": "this database was made with a newer version of Opleidingsmakelaar ({detail})",
    },
    "cli.doctor_ok": {"nl": "database in orde: {path}", "en": "database is sound: {path}"},
    "cli.doctor_bad": {"nl": "database beschadigd: {detail}", "en": "database damaged: {detail}"},
    "cli.unexpected": {
        "nl": "onverwachte fout: {detail} (details in het logbestand {log})",
        "en": "unexpected error: {detail} (details in the log file {log})",
    },
    "count.providers": {"nl": "aanbieders", "en": "providers"},
    "count.offerings": {"nl": "opleidingen", "en": "offerings"},
    "count.start_dates": {"nl": "startdata", "en": "start dates"},
    "count.clients": {"nl": "werkgevers", "en": "employers"},
    "count.contacts": {"nl": "contactpersonen", "en": "contacts"},
    "count.intakes": {"nl": "intakes", "en": "intakes"},
    "count.demand_lines": {"nl": "vraagregels", "en": "demand lines"},
    "count.proposals": {"nl": "voorstellen", "en": "proposals"},
    "count.import_batches": {"nl": "imports", "en": "imports"},
    "doctor.schema": {"nl": "schemaversie", "en": "schema version"},
    "doctor.integrity": {"nl": "integriteit", "en": "integrity"},
    "doctor.search_index": {"nl": "zoekindex", "en": "search index"},
    "doctor.search_index_off": {
        "nl": "zoekindex niet in de pas ({indexed} van {total}); wordt opnieuw opgebouwd",
        "en": "search index out of step ({indexed} of {total}); it is being rebuilt",
    },
    # clients
    "client.name_required": {
        "nl": "Vul de naam van de werkgever in.",
        "en": "Fill in the employer's name.",
    },
    "client.name_taken": {
        "nl": "Er is al een klant met de naam “{name}”.",
        "en": "There already is a client named “{name}”.",
    },
    "client.kvk_not_digits": {
        "nl": "Een KvK-nummer bestaat alleen uit cijfers (bijv. 12345678).",
        "en": "A KvK number consists of digits only (e.g. 12345678).",
    },
    "client.kvk_length": {
        "nl": "Een KvK-nummer heeft 8 cijfers; dit zijn er {count}.",
        "en": "A KvK number has 8 digits; this has {count}.",
    },
    "client.email_invalid": {
        "nl": "Dit is geen geldig e-mailadres (bijv. naam@bedrijf.nl).",
        "en": "This is not a valid e-mail address (e.g. name@company.nl).",
    },
    "client.postcode_invalid": {
        "nl": "Een postcode is vier cijfers en twee letters (bijv. 8017 JL).",
        "en": "A Dutch postcode is four digits and two letters (e.g. 8017 JL).",
    },
    "client.phone_invalid": {
        "nl": "Dit lijkt geen telefoonnummer (bijv. 038-4217733 of +31 6 12345678).",
        "en": "This does not look like a phone number (e.g. 038-4217733 or +31 6 12345678).",
    },
    "client.contact_name_required": {
        "nl": "Een contactpersoon heeft een naam nodig.",
        "en": "A contact needs a name.",
    },
    # xlsx: Excel workbooks and the safe exports
    "xlsx.password": {
        "nl": "dit Excel-bestand is beveiligd met een wachtwoord; sla het zonder wachtwoord op "
        "en probeer opnieuw",
        "en": "this Excel file is protected with a password; save it without a password and "
        "try again",
    },
    "xlsx.not_xlsx": {
        "nl": "dit is geen Excel-werkmap (.xlsx) maar {kind}; sla het op als .xlsx en probeer "
        "opnieuw",
        "en": "this is not an Excel workbook (.xlsx) but {kind}; save it as .xlsx and try again",
    },
    "xlsx.is_text": {
        "nl": "dit is geen Excel-werkmap maar een tekstbestand; geef het de naam .csv als het "
        "een CSV-bestand is",
        "en": "this is not an Excel workbook but a text file; name it .csv if it is a CSV file",
    },
    "xlsx.corrupt": {
        "nl": "dit Excel-bestand is beschadigd of geen werkmap; open het in Excel, sla het "
        "opnieuw op als .xlsx en probeer opnieuw",
        "en": "this Excel file is damaged or not a workbook; open it in Excel, save it again "
        "as .xlsx and try again",
    },
    "xlsx.no_cached_value": {
        "nl": "de formule in deze cel heeft geen opgeslagen uitkomst; open het bestand in Excel, "
        "laat het herberekenen en sla het op",
        "en": "the formula in this cell has no saved result; open the file in Excel, let it "
        "recalculate and save it",
    },
    "xlsx.cell_error": {
        "nl": "de formule in deze cel geeft een fout ({value})",
        "en": "the formula in this cell gives an error ({value})",
    },
    "xlsx.unnamed_column": {
        "nl": "kolom {column} heeft geen naam in de kopregel en wordt genegeerd",
        "en": "column {column} has no name in the header row and is ignored",
    },
    "file.format_not_supported": {
        "nl": "onbekend bestandsformaat: {suffix} (gebruik {accepted})",
        "en": "unknown file format: {suffix} (use {accepted})",
    },
    "export.unknown_what": {
        "nl": "onbekende export: {what} (kies uit: {choices})",
        "en": "unknown export: {what} (choose from: {choices})",
    },
    "search.header": {
        "nl": '"{query}": {shown} van {total} gevonden',
        "en": '"{query}": {shown} of {total} found',
    },
    "search.header_any": {
        "nl": 'geen opleiding met alle woorden van "{query}"; met een van de woorden: '
        "{shown} van {total}",
        "en": 'no offering has every word of "{query}"; with one of the words: {shown} of {total}',
    },
}


# Counted nouns: (one, many) per language, for "1 fout" and "2 fouten".
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "error": {"nl": ("fout", "fouten"), "en": ("error", "errors")},
    "offering": {"nl": ("opleiding", "opleidingen"), "en": ("offering", "offerings")},
    # xlsx: the safe exports
    "client": {"nl": ("werkgever", "werkgevers"), "en": ("employer", "employers")},
    "proposal": {"nl": ("voorstel", "voorstellen"), "en": ("proposal", "proposals")},
}


def counted(noun: str, n: int, lang: str = "nl") -> str:
    """``1 fout``, ``10.000 fouten``: the number in the reader's notation, the right form."""
    one, many = NOUNS[noun].get(lang, NOUNS[noun]["nl"])
    return f"{number(n, lang)} {one if n == 1 else many}"


def t(key: str, lang: str = "nl", **params: object) -> str:
    """The sentence ``key`` in ``lang`` (Dutch when unknown), with its parameters filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry["nl"]).format(**params)
