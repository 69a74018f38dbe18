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
        "nl": "geen geldige JSON (regel {line}, teken {column}): {detail}",
        "en": "not valid JSON (line {line}, character {column}): {detail}",
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
    "match.differs": {
        "nl": "wijkt af van de wens voor: {names}",
        "en": "differs from the wish for: {names}",
    },
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
    "row.merged": {
        "nl": '{provider} "{code}" is samengevoegd met "{kept}" ({title}); rij overgeslagen, '
        "het samengevoegde aanbod blijft zoals het is",
        "en": '{provider} "{code}" was merged into "{kept}" ({title}); row skipped, the merged '
        "offering stays as it is",
    },
    # import outcome
    "import.merged": {
        "nl": "{count} samengevoegd, overgeslagen",
        "en": "{count} merged, skipped",
    },
    "import.refused": {
        "nl": "import geweigerd: {errors}, er is niets opgeslagen",
        "en": "import refused: {errors}, nothing was saved",
    },
    "import.done": {
        "nl": "{inserted} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, "
        "{skipped} overgeslagen ({file})",
        "en": "{inserted} new, {updated} updated, {unchanged} unchanged, {skipped} skipped "
        "({file})",
    },
    "import.dry_run": {
        "nl": (
            "proefimport: {inserted} nieuw, {updated} al in de catalogus (bij te werken of "
            "ongewijzigd), {skipped} overgeslagen; niets opgeslagen"
        ),
        "en": "dry run: {inserted} new, {updated} already in the catalogue (to update or "
        "unchanged), {skipped} skipped; nothing saved",
    },
    "import.more_errors": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "severity.error": {"nl": "fout", "en": "error"},
    "severity.warning": {"nl": "waarschuwing", "en": "warning"},
    # command line
    "audit.none": {"nl": "Het auditlog is leeg.", "en": "The audit log is empty."},
    "audit.header": {
        "nl": "Moment            Makelaar              Wat",
        "en": "When              Broker                What",
    },
    "audit.more": {
        "nl": "… en nog {count}; schrijf alles weg met --export BESTAND",
        "en": "… and {count} more; write them all with --export FILE",
    },
    "audit.since": {
        "nl": "ongeldige datum voor --since: {value} (schrijf JJJJ-MM-DD)",
        "en": "invalid date for --since: {value} (write YYYY-MM-DD)",
    },
    "audit.kind": {
        "nl": "onbekende soort voor --kind: {value} (kies uit: {choices})",
        "en": "unknown kind for --kind: {value} (choose from: {choices})",
    },
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
        "nl": "de database {path} is beschadigd; zet een back-up terug met 'broker-app restore "
        "BESTAND' (back-ups staan in {backups})",
        "en": "the database {path} is damaged; restore a backup with 'broker-app restore FILE' "
        "(backups are in {backups})",
    },
    "db.read_only": {
        "nl": "de database {path} is alleen-lezen; kies een map waarin u mag schrijven",
        "en": "the database {path} is read-only; choose a folder you may write in",
    },
    "db.locked": {
        "nl": "de database {path} is bezig in een ander venster of programma; probeer het zo "
        "opnieuw",
        "en": "the database {path} is busy in another window or program; try again in a moment",
    },
    "db.is_folder": {
        "nl": "{path} is een map, geen database; geef het databasebestand, bijvoorbeeld {example}",
        "en": "{path} is a folder, not a database; give the database file, for example {example}",
    },
    "db.cannot_open": {
        "nl": "de database {path} kan niet geopend worden (bestaat de map?)",
        "en": "the database {path} cannot be opened (does the folder exist?)",
    },
    "db.missing": {
        "nl": "database niet gevonden: {path} (maak er een met 'broker-app demo' of "
        "'broker-app import BESTAND', of zet een back-up terug met 'broker-app restore BESTAND'; "
        "back-ups staan in {backups})",
        "en": "database not found: {path} (make one with 'broker-app demo' or "
        "'broker-app import FILE', or restore a backup with 'broker-app restore FILE'; "
        "backups are in {backups})",
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
    # ooapi
    "ooapi.at_item": {"nl": "item {item}", "en": "item {item}"},
    "ooapi.at_item_field": {"nl": "item {item}, veld {field}", "en": "item {item}, field {field}"},
    "ooapi.bad_json": {
        "nl": "geen geldige JSON (regel {line}, teken {col}): {detail}",
        "en": "not valid JSON (line {line}, character {col}): {detail}",
    },
    "ooapi.not_ooapi": {
        "nl": "dit is geen OOAPI v5-bestand: verwacht een programma of cursus, of een lijst "
        '{{"items": [...]}} van programma\'s, cursussen of offerings',
        "en": "this is not an OOAPI v5 file: expected a program or course, or a list "
        '{{"items": [...]}} of programs, courses or offerings',
    },
    "ooapi.no_items": {
        "nl": "het bestand bevat geen programma's, cursussen of offerings",
        "en": "the file holds no programs, courses or offerings",
    },
    "ooapi.not_object": {"nl": "is geen JSON-object", "en": "is not a JSON object"},
    "ooapi.not_list": {"nl": "is geen lijst", "en": "is not a list"},
    "ooapi.unknown_item": {
        "nl": "geen OOAPI-programma, -cursus of -offering (programId, courseId of "
        "offeringId ontbreekt)",
        "en": "not an OOAPI program, course or offering (no programId, courseId or offeringId)",
    },
    "ooapi.component_skipped": {
        "nl": "een component (onderdeel van een cursus) wordt niet als aanbod ingelezen",
        "en": "a component (part of a course) is not read as an offering",
    },
    "ooapi.parent_missing": {
        "nl": "de offering noemt geen programma of cursus; vraag de offerings op met "
        "expand=program of expand=course",
        "en": "the offering names no program or course; request the offerings with "
        "expand=program or expand=course",
    },
    "ooapi.parent_id_only": {
        "nl": "alleen een id ({value}); naam en gegevens zijn nodig: vraag de offerings op met "
        "expand={kind}",
        "en": "only an id ({value}); the name and details are needed: request the offerings "
        "with expand={kind}",
    },
    "ooapi.missing": {"nl": "ontbreekt", "en": "is missing"},
    "ooapi.no_code": {
        "nl": "ontbreekt, en er is ook geen {id_field}: de code van het aanbod is nodig",
        "en": "is missing, and so is {id_field}: the offering needs a code",
    },
    "ooapi.no_provider": {
        "nl": "ontbreekt: de naam van de aanbieder is nodig (vraag op met expand=organization)",
        "en": "is missing: the provider's name is needed (request with expand=organization)",
    },
    "ooapi.provider_id_only": {
        "nl": "alleen een id ({value}); de naam van de aanbieder is nodig: vraag op met "
        "expand=organization",
        "en": "only an id ({value}); the provider's name is needed: request with "
        "expand=organization",
    },
    "ooapi.no_provider_name": {
        "nl": "de aanbieder heeft geen naam (name en shortName zijn leeg)",
        "en": "the provider has no name (name and shortName are empty)",
    },
    "ooapi.level_unknown": {
        "nl": '"{value}" is geen OOAPI-niveau',
        "en": '"{value}" is not an OOAPI level',
    },
    "ooapi.level_doctoral": {
        "nl": '"{value}" (promotie) heeft geen niveau in de catalogus',
        "en": '"{value}" (doctorate) has no level in the catalogue',
    },
    "ooapi.level_mbo_number": {
        "nl": '"{value}" zonder niveaunummer; gebruik "secondary vocational education 1" '
        "t/m 4 of geef levelOfQualification",
        "en": '"{value}" without a level number; use "secondary vocational education 1" '
        "to 4 or give levelOfQualification",
    },
    "ooapi.level_missing": {
        "nl": "ontbreekt (en levelOfQualification ook): het niveau is nodig",
        "en": "is missing (and so is levelOfQualification): the level is needed",
    },
    "ooapi.level_assumed_hbo": {
        "nl": '"{value}" gelezen als "{code}": sector ontbreekt, hbo aangenomen',
        "en": '"{value}" read as "{code}": no sector given, hbo assumed',
    },
    "ooapi.study_load_unit": {
        "nl": '"{value}" is geen bekende eenheid van studielast (kies uit: {units})',
        "en": '"{value}" is not a known unit of study load (choose from: {units})',
    },
    "ooapi.study_load_skipped": {
        "nl": "studielast in {unit} is niet om te rekenen naar uren; uren blijven leeg",
        "en": "study load in {unit} cannot be converted to hours; hours left empty",
    },
    "ooapi.rounded": {
        "nl": "{value} afgerond op {rounded}",
        "en": "{value} rounded to {rounded}",
    },
    "ooapi.duration": {
        "nl": '"{value}" is geen ISO 8601-duur (zoals P10W); duur genegeerd',
        "en": '"{value}" is not an ISO 8601 duration (such as P10W); duration ignored',
    },
    "ooapi.delivery_unknown": {
        "nl": '"{value}" is geen bekende lesvorm; genegeerd',
        "en": '"{value}" is not a known mode of delivery; ignored',
    },
    "ooapi.no_tuition": {
        "nl": 'geen prijs van het soort "total costs" of "tuition" (wel: {types}); '
        "prijs blijft leeg",
        "en": 'no cost of type "total costs" or "tuition" (only: {types}); price left empty',
    },
    "ooapi.currency": {
        "nl": "valuta {value} wordt niet ondersteund (alleen EUR)",
        "en": "currency {value} is not supported (only EUR)",
    },
    "ooapi.amounts_disagree": {
        "nl": "amount {amount} is niet gelijk aan amountWithoutVat {without} + vatAmount {vat}",
        "en": "amount {amount} does not equal amountWithoutVat {without} + vatAmount {vat}",
    },
    "ooapi.vat_above_amount": {
        "nl": "vatAmount {vat} is groter dan amount {amount}",
        "en": "vatAmount {vat} is larger than amount {amount}",
    },
    "ooapi.vat_unknown": {
        "nl": "btw onbekend (geen vatAmount of amountWithoutVat); het bedrag is als prijs "
        "zonder btw gelezen",
        "en": "VAT unknown (no vatAmount or amountWithoutVat); the amount is read as the "
        "price excluding VAT",
    },
    "ooapi.vat_rate": {
        "nl": "btw {vat} op {amount} is geen 0, 9 of 21 %; btw blijft leeg",
        "en": "VAT {vat} on {amount} is not 0, 9 or 21 %; VAT left empty",
    },
    "ooapi.prices_differ": {
        "nl": "de offerings hebben verschillende prijzen; de prijs van de eerste start "
        "({price}) is genomen",
        "en": "the offerings have different prices; the price of the first start ({price}) is used",
    },
    "ooapi.cities_differ": {
        "nl": "ook gegeven in {others}; {city} is genomen (de catalogus kent één plaats per "
        "aanbod)",
        "en": "also given in {others}; {city} is used (the catalogue holds one place per offering)",
    },
    "ooapi.duplicate": {
        "nl": "aanbieder {provider} met code {code} staat al in item {first}",
        "en": "provider {provider} with code {code} already appears in item {first}",
    },
    # edudex
    "proposal.stale_skipped": {
        "nl": "{count} verouderde opleiding(en) overgeslagen (geen startdatum meer of prijs niet "
        "gecontroleerd); voeg ze in het venster toe als u ze toch wilt voorstellen",
        "en": "{count} stale offering(s) left out (no start date left or price not checked); "
        "add them in the window if you want to propose them anyway",
    },
    "feed.unknown_json": {
        "nl": "dit JSON-bestand is geen EDU-DEX-programma en geen OOAPI v5-bestand",
        "en": "this JSON file is neither an EDU-DEX program nor an OOAPI v5 file",
    },
    "edudex.bad_json": {
        "nl": "het bestand is geen geldige JSON (regel {line}, teken {column}): {detail}",
        "en": "the file is not valid JSON (line {line}, character {column}): {detail}",
    },
    "edudex.encoding": {
        "nl": "het JSON-bestand is geen UTF-8-tekst",
        "en": "the JSON file is not UTF-8 text",
    },
    "edudex.not_edudex": {
        "nl": "dit JSON-bestand is geen EDU-DEX-programma (verwacht: een programma met "
        'programDescriptions en programClassification, een lijst daarvan of {{"programs": [...]}})',
        "en": "this JSON file is not an EDU-DEX program (expected: a program with "
        'programDescriptions and programClassification, a list of them or {{"programs": [...]}})',
    },
    "edudex.no_programs": {
        "nl": "het bestand bevat geen programma's om te importeren",
        "en": "the file holds no programs to import",
    },
    "edudex.entry_not_object": {
        "nl": "programma {program}: is geen JSON-object",
        "en": "program {program}: is not a JSON object",
    },
    "edudex.not_object": {
        "nl": "programma {program}, veld {field}: is geen JSON-object",
        "en": "program {program}, field {field}: is not a JSON object",
    },
    "edudex.missing": {
        "nl": "programma {program}, veld {field}: ontbreekt maar is nodig",
        "en": "program {program}, field {field}: is missing but needed",
    },
    "edudex.no_title": {
        "nl": "programma {program}, veld {field}: geen titel (nl of en)",
        "en": "program {program}, field {field}: no title (nl or en)",
    },
    "edudex.amount": {
        "nl": 'programma {program}, veld {field}: "{value}" is geen bedrag',
        "en": 'program {program}, field {field}: "{value}" is not an amount',
    },
    "edudex.vat_code": {
        "nl": "programma {program}, veld {field}: onbekende btw-code {value} (EDU-DEX kent 1 "
        "geen btw, 2 verlegd, 3 laag tarief, 4 en 5 hoog tarief)",
        "en": "program {program}, field {field}: unknown VAT code {value} (EDU-DEX has 1 no "
        "VAT, 2 reverse charge, 3 low rate, 4 and 5 high rate)",
    },
    "edudex.english_used": {
        "nl": "programma {program}, veld {field}: geen Nederlandse tekst, de Engelse is gebruikt",
        "en": "program {program}, field {field}: no Dutch text, the English one is used",
    },
    "edudex.provider_id": {
        "nl": "programma {program}, veld {field}: de naam van de aanbieder staat niet in het "
        'bestand; "{org}" is als aanbieder gebruikt',
        "en": "program {program}, field {field}: the provider's name is not in the file; "
        '"{org}" is used as the provider',
    },
    "edudex.read_as": {
        "nl": 'programma {program}, veld {field}: "{value}" gelezen als {column} "{code}"',
        "en": 'program {program}, field {field}: "{value}" read as {column} "{code}"',
    },
    "edudex.no_level": {
        "nl": 'programma {program}, veld {field}: geen niveau te bepalen uit "{value}"; '
        'level wordt "geen"',
        "en": 'program {program}, field {field}: no level can be told from "{value}"; '
        'level becomes "geen"',
    },
    "edudex.ignored": {
        "nl": 'programma {program}, veld {field}: "{value}" past niet in de catalogus en is '
        "genegeerd",
        "en": 'program {program}, field {field}: "{value}" does not fit the catalogue and is '
        "ignored",
    },
    "edudex.entry_error": {
        "nl": "programma {program}: EDU-DEX leverde geen gegevens ({error}); overgeslagen",
        "en": "program {program}: EDU-DEX delivered no data ({error}); skipped",
    },
    "edudex.no_start": {
        "nl": "programma {program}, veld {field}: uitvoering zonder startdatum",
        "en": "program {program}, field {field}: run without a start date",
    },
    "edudex.several_places": {
        "nl": "programma {program}, veld {field}: uitvoeringen in meer plaatsen ({places}); "
        "één aanbod per plaats, met code programId@plaats",
        "en": "program {program}, field {field}: runs in several places ({places}); one "
        "offering per place, coded programId@place",
    },
    "edudex.prices_differ": {
        "nl": "programma {program}, veld {field}: de uitvoeringen hebben verschillend lesgeld "
        "({prices}); dat van de eerste uitvoering met kosten is de prijs",
        "en": "program {program}, field {field}: the runs have different tuition fees "
        "({prices}); the first run with costs gives the price",
    },
    "edudex.vat_reverse": {
        "nl": "programma {program}, veld {field}: btw verlegd (code 2) kent de catalogus niet; "
        "vat blijft leeg",
        "en": "program {program}, field {field}: reverse-charge VAT (code 2) is not in the "
        "catalogue; vat stays empty",
    },
    "edudex.currency": {
        "nl": "programma {program}, veld {field}: lesgeld in {value}, niet in euro; prijs blijft "
        "leeg",
        "en": "program {program}, field {field}: tuition fee in {value}, not in euro; price "
        "stays empty",
    },
    "edudex.group_price": {
        "nl": "programma {program}, veld {field}: lesgeld {price} is per groep, niet per "
        "deelnemer; prijs blijft leeg",
        "en": "program {program}, field {field}: tuition fee {price} is per group, not per "
        "participant; price stays empty",
    },
    "edudex.price_period": {
        "nl": "programma {program}, veld {field}: lesgeld {price} is per {period}; prijs blijft "
        "leeg",
        "en": "program {program}, field {field}: tuition fee {price} is per {period}; price "
        "stays empty",
    },
    "edudex.price_per_year": {
        "nl": "programma {program}, veld {field}: lesgeld {price} is per jaar; als prijs gebruikt",
        "en": "program {program}, field {field}: tuition fee {price} is per year; used as the "
        "price",
    },
    "edudex.incl_vat": {
        "nl": "programma {program}, veld {field}: bedrag {value} is inclusief btw ingevuld; "
        "prijs exclusief btw wordt {price}",
        "en": "program {program}, field {field}: amount {value} was given including VAT; the "
        "price excluding VAT becomes {price}",
    },
    "edudex.partly_exempt": {
        "nl": "programma {program}, veld {field}: {value} van het lesgeld is vrijgesteld van "
        "btw; de catalogus kent één btw-tarief per prijs",
        "en": "program {program}, field {field}: {value} of the tuition fee is exempt from VAT; "
        "the catalogue has one VAT rate per price",
    },
    # history
    "history.unknown": {
        "nl": "geen importbatch met nummer {id}",
        "en": "no import batch with number {id}",
    },
    "history.already_undone": {
        "nl": "de import van {file} is al ongedaan gemaakt",
        "en": "the import of {file} has already been undone",
    },
    "history.not_done": {
        "nl": "de import van {file} heeft niets geschreven; er is niets ongedaan te maken",
        "en": "the import of {file} wrote nothing; there is nothing to undo",
    },
    "history.not_recorded": {
        "nl": "de import van {file} is van vóór de importgeschiedenis; die kan niet ongedaan "
        "worden gemaakt",
        "en": "the import of {file} predates the import history; it cannot be undone",
    },
    "history.later_batch": {
        "nl": "de import van {file} kan niet ongedaan worden gemaakt: een latere import ({later}) "
        "heeft {count} van dezelfde opleidingen gewijzigd; maak die eerst ongedaan",
        "en": "the import of {file} cannot be undone: a later import ({later}) changed {count} "
        "of the same offerings; undo that one first",
    },
    "history.undone": {
        "nl": "import van {file} ongedaan gemaakt: {removed} nieuwe opleidingen verwijderd, "
        "{restored} opleidingen teruggezet",
        "en": "import of {file} undone: {removed} new offerings removed, {restored} offerings "
        "restored",
    },
    "history.none": {"nl": "nog geen imports", "en": "no imports yet"},
    "history.header": {
        "nl": "nummer    datum en tijd     status              nieuw  bijgewerkt  ongewijzigd  "
        "overgeslagen  formaat  bestand",
        "en": "number    date and time     status              new    updated     unchanged    "
        "skipped       format   file",
    },
    "history.status.done": {"nl": "geïmporteerd", "en": "imported"},
    "history.status.undone": {"nl": "ongedaan gemaakt", "en": "undone"},
    "history.status.refused": {"nl": "geweigerd", "en": "refused"},
    # mapping
    "mapping.unknown_profile": {
        "nl": "geen importprofiel met de naam {name} (bekend: {known})",
        "en": "no import profile named {name} (known: {known})",
    },
    "mapping.profile_exists": {
        "nl": "er is al een importprofiel met de naam {name}; kies een andere naam",
        "en": "there already is an import profile named {name}; choose another name",
    },
    "mapping.bad_profile": {
        "nl": "importprofiel {name} is onleesbaar",
        "en": "import profile {name} cannot be read",
    },
    "mapping.unknown_column": {
        "nl": "importprofiel {name} koppelt {header} aan een onbekende kolom: {column}",
        "en": "import profile {name} maps {header} to an unknown column: {column}",
    },
    "mapping.column_twice": {
        "nl": "importprofiel {name} koppelt twee kolommen van het bestand aan {column}",
        "en": "import profile {name} maps two columns of the file to {column}",
    },
    "mapping.bad_vat": {
        "nl": "importprofiel {name} heeft een onbekend btw-tarief: {vat} (21, 9, 0 of vrijgesteld)",
        "en": "import profile {name} has an unknown VAT rate: {vat} (21, 9, 0 or vrijgesteld)",
    },
    "mapping.bad_date_format": {
        "nl": "importprofiel {name} heeft een onbekende datumnotatie: {format} (dmy of ymd)",
        "en": "import profile {name} has an unknown date format: {format} (dmy or ymd)",
    },
    "mapping.header_missing": {
        "nl": "het bestand heeft geen kolom {header}, die importprofiel {name} verwacht",
        "en": "the file has no column {header}, which import profile {name} expects",
    },
    "mapping.header_ignored": {
        "nl": "kolom {header} is niet gekoppeld en wordt overgeslagen",
        "en": "column {header} is not mapped and is skipped",
    },
    "mapping.deleted": {
        "nl": "importprofiel {name} verwijderd",
        "en": "import profile {name} deleted",
    },
    "mapping.none": {
        "nl": "nog geen importprofielen (maak er een met import BESTAND --suggest-profile NAAM "
        "of in het venster: Aanbod › Importeren)",
        "en": "no import profiles yet (make one with import FILE --suggest-profile NAME or in "
        "the window: Aanbod › Importeren)",
    },
    "mapping.list_header": {
        "nl": "naam                 aanbieder                gekoppelde kolommen",
        "en": "name                 provider                 mapped columns",
    },
    # privacy (AVG)
    "privacy.bsn": {
        "nl": "“{value}” lijkt een BSN; een BSN hoort niet in de gegevens van Opleidingsmakelaar "
        "(AVG), haal het weg",
        "en": "“{value}” looks like a citizen service number (BSN); a BSN does not belong in "
        "Opleidingsmakelaar (GDPR), remove it",
    },
    "privacy.client_unknown": {
        "nl": "geen klant gevonden voor “{text}”; geef het id, het KvK-nummer of de precieze naam",
        "en": "no client found for “{text}”; give its id, its KvK number or its exact name",
    },
    "privacy.client_ambiguous": {
        "nl": "“{text}” past bij {count} klanten; geef het id van de bedoelde klant: {choices}",
        "en": "“{text}” fits {count} clients; give the id of the one you mean: {choices}",
    },
    "privacy.exported": {
        "nl": "alle gegevens van {name} geschreven naar {file}",
        "en": "all data about {name} written to {file}",
    },
    "privacy.erase_needs_yes": {
        "nl": "niets gewist: wissen kan niet ongedaan worden gemaakt. Het wist van {name} de naam, "
        "het adres, het KvK-nummer, e-mail, telefoon en notities, alle contactpersonen en de "
        "gegevens van de deelnemers, ook in verzonden voorstellen; bedragen, aantallen, sector "
        "en data blijven. Voeg --yes toe als u dit zeker weet (maak eventueel eerst een export "
        "met client-export)",
        "en": "nothing erased: erasing cannot be undone. It erases the name, address, KvK number, "
        "e-mail, phone and notes of {name}, all its contacts and the participants' details, also "
        "in sent proposals; amounts, counts, sector and dates stay. Add --yes if you are sure "
        "(perhaps make an export with client-export first)",
    },
    "privacy.erased": {
        "nl": "persoonsgegevens van {name} gewist; de klant heet nu “{placeholder}” "
        "({contacts} verwijderd, {participants} geanonimiseerd, {versions} bijgewerkt). "
        "Reservekopieën van vóór het wissen bevatten de gegevens nog.",
        "en": "personal data of {name} erased; the client is now called “{placeholder}” "
        "({contacts} removed, {participants} anonymised, {versions} updated). Backups made "
        "before the erasure still hold the data.",
    },
    "privacy.already_erased": {
        "nl": "de persoonsgegevens van {name} zijn al gewist op {date}; er is niets veranderd",
        "en": "the personal data of {name} were already erased on {date}; nothing changed",
    },
    "privacy.retention_off": {
        "nl": "de bewaartermijn voor deelnemers staat uit (0 maanden); niets geanonimiseerd",
        "en": "the retention period for participants is off (0 months); nothing anonymised",
    },
    "privacy.retention_done": {
        "nl": "{participants} van {clients} geanonimiseerd (geen activiteit in {months})",
        "en": "{participants} of {clients} anonymised (no activity in {months})",
    },
    "privacy.retention_status": {
        "nl": "deelnemers worden geanonimiseerd na {months} zonder activiteit "
        "(0 = nooit); pas dit nu toe met --apply-retention",
        "en": "participants are anonymised after {months} without activity (0 = never); "
        "apply it now with --apply-retention",
    },
    "mapping.suggested": {
        "nl": "importprofiel {name} opgeslagen met deze voorgestelde koppeling; controleer "
        "hem en importeer met --profile {name}:",
        "en": "import profile {name} saved with this suggested mapping; check it and import "
        "with --profile {name}:",
    },
    # -- i7-fixc: a provider's own headers on the command line, honest counts ------------------
    "import.own_headers_hint": {
        "nl": "Dit bestand heeft eigen kolomnamen: laat een koppeling voorstellen met "
        "--suggest-profile NAAM",
        "en": "This file has column names of its own: have a mapping suggested with "
        "--suggest-profile NAME",
    },
    "mapping.fixed_bad": {
        "nl": "--fixed verwacht KOLOM=WAARDE (zoals type=cursus), niet “{text}”",
        "en": "--fixed expects COLUMN=VALUE (like type=cursus), not “{text}”",
    },
    "mapping.fixed_unknown": {
        "nl": "--fixed: CSV v1 heeft geen kolom {column}",
        "en": "--fixed: CSV v1 has no column {column}",
    },
    "mapping.fixed_needs_profile": {
        "nl": "--fixed hoort bij --profile NAAM of --suggest-profile NAAM",
        "en": "--fixed goes with --profile NAME or --suggest-profile NAME",
    },
    "mapping.still_needed": {
        "nl": "Nog nodig: {columns} — geef een waarde voor elke rij met {options}",
        "en": "Still needed: {columns} — give a value for every row with {options}",
    },
    "mapping.complete": {
        "nl": "alle verplichte kolommen zijn gekoppeld of gegeven",
        "en": "every required column is mapped or given",
    },
    "mapping.value": {"nl": "WAARDE", "en": "VALUE"},
    "mapping.detail.fixed": {"nl": "vast: {values}", "en": "fixed: {values}"},
    "mapping.detail.incl": {
        "nl": "prijzen incl. btw, tarief {rate}",
        "en": "prices incl. VAT, rate {rate}",
    },
    "mapping.detail.excl": {
        "nl": "prijzen excl. btw, tarief {rate}",
        "en": "prices excl. VAT, rate {rate}",
    },
    "mapping.detail.dmy": {"nl": "datums d-m-jjjj", "en": "dates d-m-yyyy"},
    "mapping.detail.ymd": {"nl": "datums jjjj-m-d", "en": "dates yyyy-m-d"},
    "mapping.detail.code": {"nl": "code uit titel en plaats", "en": "code from title and place"},
    "history.ambiguous_list": {
        "nl": "{id} past bij {count} importbatches: {choices}; geef meer tekens van het nummer",
        "en": "{id} fits {count} import batches: {choices}; give more characters of the number",
    },
    "history.too_short": {
        "nl": "geef minstens 4 tekens van het nummer van de importbatch, niet “{id}”",
        "en": "give at least 4 characters of the import batch number, not “{id}”",
    },
    # -- issue 7: backups, restore, the remembered database ---------------------------------
    "backup.done": {"nl": "back-up gemaakt: {path}", "en": "backup made: {path}"},
    "backup.exists": {
        "nl": "{path} bestaat al; kies een nieuwe bestandsnaam (een back-up overschrijft niets)",
        "en": "{path} already exists; choose a new file name (a backup overwrites nothing)",
    },
    "backup.failed": {
        "nl": "de back-up naar {path} is niet gelukt: {detail}",
        "en": "the backup to {path} failed: {detail}",
    },
    "backup.before_import_failed": {
        "nl": "de back-up vóór het importeren is niet gelukt ({detail}); er is niets geïmporteerd",
        "en": "the backup before the import failed ({detail}); nothing was imported",
    },
    "backup.source_damaged": {
        "nl": "de database {path} is beschadigd; er is geen back-up gemaakt (een kopie van een "
        "beschadigd bestand helpt niet). Zet een back-up terug met 'broker-app restore BESTAND' "
        "(back-ups staan in {backups})",
        "en": "the database {path} is damaged; no backup was made (a copy of a damaged file does "
        "not help). Restore a backup with 'broker-app restore FILE' (backups are in {backups})",
    },
    "backup.damaged_before_import": {
        "nl": "de database is beschadigd; zet een back-up terug (broker-app restore BESTAND; "
        "back-ups staan in {backups}). Er is niets geïmporteerd en geen back-up gemaakt",
        "en": "the database is damaged; restore a backup (broker-app restore FILE; backups are "
        "in {backups}). Nothing was imported and no backup was made",
    },
    "backup.no_folder": {
        "nl": "de map {folder} bestaat niet; maak hem eerst of kies een andere plek (er is geen "
        "back-up gemaakt)",
        "en": "the folder {folder} does not exist; create it first or choose another place (no "
        "backup was made)",
    },
    "restore.reerased": {
        "nl": "{count} eerder gewiste klant(en) opnieuw gewist (het wisregister {register} "
        "noemt ze; de back-up was van vóór het wissen)",
        "en": "{count} previously erased client(s) erased again (the erasure register "
        "{register} names them; the backup was older than the erasure)",
    },
    "cli.doctor_damaged": {
        "nl": "de database {path} is beschadigd ({detail}). Er is niets veranderd. Zet een "
        "back-up terug met 'broker-app restore BESTAND' (back-ups staan in {backups}) of open "
        "het venster, dat de laatste bruikbare back-up aanbiedt",
        "en": "the database {path} is damaged ({detail}). Nothing was changed. Restore a backup "
        "with 'broker-app restore FILE' (backups are in {backups}) or open the window, which "
        "offers the latest usable backup",
    },
    "restore.missing": {"nl": "{path} bestaat niet", "en": "{path} does not exist"},
    "restore.not_database": {
        "nl": "{path} is geen database; er is niets teruggezet",
        "en": "{path} is not a database; nothing was restored",
    },
    "restore.damaged": {
        "nl": "{path} is beschadigd ({detail}); er is niets teruggezet",
        "en": "{path} is damaged ({detail}); nothing was restored",
    },
    "restore.not_ours": {
        "nl": "{path} is geen database van Opleidingsmakelaar; er is niets teruggezet",
        "en": "{path} is not an Opleidingsmakelaar database; nothing was restored",
    },
    "restore.too_new": {
        "nl": "{path} is gemaakt met een nieuwere versie van Opleidingsmakelaar "
        "(schemaversie {version}, dit programma kent tot en met {known}); werk het programma "
        "eerst bij. Er is niets teruggezet",
        "en": "{path} was made with a newer version of Opleidingsmakelaar (schema version "
        "{version}, this program knows up to {known}); update the program first. Nothing was "
        "restored",
    },
    "restore.in_use": {
        "nl": "de database {path} is nog geopend in een ander programma of venster; sluit dat "
        "eerst. Er is niets teruggezet",
        "en": "the database {path} is still open in another program or window; close it first. "
        "Nothing was restored",
    },
    "restore.same_file": {
        "nl": "{path} is de database zelf; kies een back-up",
        "en": "{path} is the database itself; choose a backup",
    },
    "restore.failed": {
        "nl": "terugzetten naar {path} is niet gelukt: {detail}; de database is niet veranderd",
        "en": "restoring to {path} failed: {detail}; the database was not changed",
    },
    "restore.done": {
        "nl": "teruggezet: {source} (schemaversie {version}) staat nu in {path}",
        "en": "restored: {source} (schema version {version}) is now in {path}",
    },
    "restore.kept": {
        "nl": "de vervangen database is bewaard als {path}",
        "en": "the replaced database was kept as {path}",
    },
    "restore.migrated": {
        "nl": "de teruggezette database is bijgewerkt naar schemaversie {version}",
        "en": "the restored database was updated to schema version {version}",
    },
    "db.missing_remembered": {
        "nl": "de database {path} is er niet meer, terwijl dit programma hem eerder gebruikte; "
        "er wordt geen lege database voor in de plaats gemaakt. Zet een back-up terug met "
        "'broker-app restore BESTAND' (back-ups staan in {backups}) of open het venster",
        "en": "the database {path} is gone, though this program used it before; no empty "
        "database is made in its place. Restore a backup with 'broker-app restore FILE' "
        "(backups are in {backups}) or open the window",
    },
    # broker-app --self-test: one line per step
    "selftest.header": {
        "nl": "Zelftest van Opleidingsmakelaar {version} (meegeleverde bestanden uit {root})",
        "en": "Self-test of Opleidingsmakelaar {version} (bundled files from {root})",
    },
    "selftest.ok": {"nl": "OK   {step} ({seconds} s)", "en": "OK   {step} ({seconds} s)"},
    "selftest.fail": {"nl": "FOUT {step}: {detail}", "en": "FAIL {step}: {detail}"},
    "selftest.skipped": {
        "nl": "overgeslagen, want '{step}' mislukte",
        "en": "skipped, because '{step}' failed",
    },
    "selftest.passed": {
        "nl": "Zelftest geslaagd: {count} stappen in {seconds} s",
        "en": "Self-test passed: {count} steps in {seconds} s",
    },
    "selftest.failed": {
        "nl": "Zelftest mislukt: {failed} van {count} stappen ({seconds} s); details in {log}",
        "en": "Self-test failed: {failed} of {count} steps ({seconds} s); details in {log}",
    },
    "selftest.files": {"nl": "Meegeleverde bestanden", "en": "Bundled files"},
    "selftest.files_missing": {"nl": "ontbreekt: {names}", "en": "missing: {names}"},
    "selftest.database": {
        "nl": "Database aanmaken (migraties)",
        "en": "Create the database (migrations)",
    },
    "selftest.schema": {
        "nl": "schemaversie {found}, verwacht {expected}",
        "en": "schema version {found}, expected {expected}",
    },
    "selftest.demo": {
        "nl": "Demo-aanbod, demoklanten en demovoorstellen laden",
        "en": "Load the demo catalogue, clients and proposals",
    },
    "selftest.demo_empty": {
        "nl": "{offerings} opleidingen, {clients} klanten, {proposals} voorstellen geladen",
        "en": "{offerings} offerings, {clients} clients, {proposals} proposals loaded",
    },
    "selftest.match": {"nl": "Een vraag matchen", "en": "Match a demand"},
    "selftest.no_matches": {
        "nl": "geen enkele opleiding gevonden voor de voorbeeldvraag",
        "en": "no offering found for the example demand",
    },
    "selftest.fonts": {"nl": "Lettertypen (DejaVu Sans)", "en": "Fonts (DejaVu Sans)"},
    "selftest.pdf": {
        "nl": "Voorstel samenstellen en als PDF opmaken",
        "en": "Compose a proposal and render its PDF",
    },
    "selftest.not_pdf": {
        "nl": "het resultaat is geen leesbare PDF ({detail})",
        "en": "the result is not a readable PDF ({detail})",
    },
    "selftest.backup": {"nl": "Back-up maken en terugzetten", "en": "Back up and restore"},
    "selftest.backup_differs": {
        "nl": "de teruggezette database verschilt: {found} in plaats van {expected}",
        "en": "the restored database differs: {found} instead of {expected}",
    },
    "selftest.translations": {"nl": "Vertalingen (Engels)", "en": "Translations (English)"},
    "selftest.no_translations": {
        "nl": "Engelse vertalingen niet gevonden of leeg: {path}",
        "en": "English translations not found or empty: {path}",
    },
    "selftest.window": {"nl": "Venster openen", "en": "Open the window"},
    "selftest.page": {"nl": "Pagina {title}", "en": "Page {title}"},
    "selftest.blank_page": {
        "nl": "de pagina is leeg getekend ({width}×{height}, {colours} kleuren)",
        "en": "the page was drawn blank ({width}×{height}, {colours} colours)",
    },
    "selftest.wrong_page": {
        "nl": "het venster toont {shown} in plaats van {wanted}",
        "en": "the window shows {shown} instead of {wanted}",
    },
    "selftest.message": {
        "nl": "het venster meldde: {text}",
        "en": "the window said: {text}",
    },
}


# Counted nouns: (one, many) per language, for "1 fout" and "2 fouten".
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "error": {"nl": ("fout", "fouten"), "en": ("error", "errors")},
    "offering": {"nl": ("opleiding", "opleidingen"), "en": ("offering", "offerings")},
    # xlsx: the safe exports
    "client": {"nl": ("werkgever", "werkgevers"), "en": ("employer", "employers")},
    "audit_entry": {"nl": ("logregel", "logregels"), "en": ("log entry", "log entries")},
    "proposal": {"nl": ("voorstel", "voorstellen"), "en": ("proposal", "proposals")},
    # privacy
    "contact": {"nl": ("contactpersoon", "contactpersonen"), "en": ("contact", "contacts")},
    "participant": {"nl": ("deelnemer", "deelnemers"), "en": ("participant", "participants")},
    "sent_version": {
        "nl": ("verzonden voorstelversie", "verzonden voorstelversies"),
        "en": ("sent proposal version", "sent proposal versions"),
    },
    "klant": {"nl": ("klant", "klanten"), "en": ("client", "clients")},
    "month": {"nl": ("maand", "maanden"), "en": ("month", "months")},
}


def counted(noun: str, n: int, lang: str = "nl") -> str:
    """``1 fout``, ``10.000 fouten``: the number in the reader's notation, the right form."""
    one, many = NOUNS[noun].get(lang, NOUNS[noun]["nl"])
    return f"{number(n, lang)} {one if n == 1 else many}"


def t(key: str, lang: str = "nl", **params: object) -> str:
    """The sentence ``key`` in ``lang`` (Dutch when unknown), with its parameters filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry["nl"]).format(**params)
