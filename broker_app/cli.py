"""The command line: a thin face on the same services the window uses.

Exit codes (FORMATS.md): 0 success; 1 the user's input was refused (one clear message on stderr,
nothing written); 2 wrong usage; 3 an unexpected error (logged, never a traceback on screen).
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from broker_app import __version__, remembered
from broker_app.catalogue import exports, health, mapping
from broker_app.catalogue import history as import_history
from broker_app.catalogue.demo import load_demo
from broker_app.catalogue.exporter import export_catalogue
from broker_app.catalogue.importer import import_catalogue, read_file
from broker_app.catalogue.search import search
from broker_app.domain import vocab
from broker_app.domain.audit import KINDS as AUDIT_KINDS
from broker_app.domain.audit import utc_stamp
from broker_app.domain.composition import Programme
from broker_app.domain.demand import Demand, parse_demand
from broker_app.domain.formatting import long_date, money, number
from broker_app.domain.messages import MESSAGES, counted, t
from broker_app.domain.problems import InputRefused, Problem
from broker_app.logs import log_file, log_start, setup_logging
from broker_app.matching.engine import compose_programme, match
from broker_app.paths import DB_FILE_NAME, backup_dir_for, resolve_db_path
from broker_app.proposals import service as proposal_service
from broker_app.proposals import texts as proposal_texts
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store import audit as audit_store
from broker_app.store import backups, erasures, privacy
from broker_app.store.audit import AuditFilter
from broker_app.store.catalogue import table_counts
from broker_app.store.database import Store, StoreError, damage_kind, is_busy
from broker_app.store.migrations import DatabaseTooNew
from broker_app.store.staleness import stale_reasons

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3
MAX_LISTED_PROBLEMS = 200
log = logging.getLogger("broker_app.cli")


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="database file (default: BROKER_APP_DB or the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=default,
        help="language of messages (nl or en; the window: as set in its settings)",
    )


def _positive(text: str) -> int:
    """``--top``: a whole number from 1 to 1000."""
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and 1000")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broker-app",
        description=(
            "Opleidingsmakelaar: catalogue, matching and proposals for education brokers. "
            "Without a command the desktop window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"broker-app {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen in a temporary folder (database, demo, "
        "matching, PDF, backup, translations, every page of the window); exit 0 when all worked",
    )
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        return p

    command("demo", "load the bundled demo catalogue and demo employers (idempotent)")
    p = command("import", "import a catalogue file (CSV v1 or XLSX v1, by extension)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows and report the others"
    )
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    mapping_options = p.add_mutually_exclusive_group()
    mapping_options.add_argument(
        "--profile",
        metavar="NAME",
        help="a spreadsheet with headers of its own: map and convert it with this stored profile",
    )
    mapping_options.add_argument(
        "--suggest-profile",
        metavar="NAME",
        help="suggest a column mapping for FILE, store it as profile NAME and print it "
        "(nothing is imported)",
    )
    p.add_argument(
        "--fixed",
        metavar="COLUMN=VALUE",
        action="append",
        default=[],
        help="a value for every row of a CSV v1 column the file lacks (repeatable), e.g. "
        "--fixed type=cursus: with --suggest-profile stored in the profile, with --profile "
        "for this import only",
    )
    p = command(
        "profiles",
        "list the stored column mapping profiles (mapping, fixed values, VAT and date options); "
        "--delete NAME deletes one",
    )
    p.add_argument("--delete", metavar="NAME", help="delete this profile")
    p = command("imports", "list the import batches (newest first); --undo ID undoes one")
    p.add_argument(
        "--undo",
        metavar="ID",
        help="undo this import batch (its number, or the first characters of it)",
    )
    p = command(
        "export",
        "export the catalogue, the clients or the proposal list as CSV (or XLSX by extension)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--what",
        choices=exports.WHAT,
        default="catalogue",
        help="what to export (default: catalogue)",
    )
    p = command("search", "full-text search of the catalogue")
    p.add_argument("text", metavar="TEXT", nargs="+")
    p.add_argument("--top", type=_positive, default=10, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("match", "ranked, explained shortlist for one demand (Demand JSON v1)")
    p.add_argument("file", metavar="DEMAND.json")
    p.add_argument("--top", type=_positive, default=10, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--compose",
        action="store_true",
        help="also compose a programme of modules that together cover the demand",
    )
    p = command("proposal", "store the demand as an intake, build a proposal, write its PDF")
    p.add_argument("file", metavar="DEMAND.json")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--top",
        type=_positive,
        default=3,
        metavar="N",
        help="how many of the best matches go into the proposal (default 3)",
    )
    p.add_argument(
        "--compose",
        action="store_true",
        help="propose the composed programme (modules that together cover the demand)",
    )
    p = command("render", "write the PDF of a stored proposal version again")
    p.add_argument("number", metavar="NUMBER", help="proposal number, e.g. 2027-0001")
    p.add_argument("--version", type=_positive, metavar="N", help="default: the current one")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    command("doctor", "integrity check and counts; exit 0 when the database is sound")
    p = command(
        "client-export",
        "write everything stored about one client as JSON (AVG: the right of access)",
    )
    p.add_argument("client", metavar="CLIENT", help="the client's id, KvK number or exact name")
    p.add_argument("file", metavar="FILE")
    p = command(
        "client-erase",
        "erase one client's personal data (names, contacts, participants, free text); "
        "amounts and counts stay. Cannot be undone",
    )
    p.add_argument("client", metavar="CLIENT", help="the client's id, KvK number or exact name")
    p.add_argument("--yes", action="store_true", help="yes, erase (without it nothing happens)")
    p = command(
        "privacy",
        "the retention period for participants; --apply-retention anonymises the participants "
        "of clients without activity for that long",
    )
    p.add_argument(
        "--apply-retention",
        action="store_true",
        help="anonymise the participants now (as the window does at start)",
    )
    p = command(
        "audit",
        "show the audit log (what changed, when, by whom), newest first; or --export it",
    )
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only entries from this day on")
    p.add_argument("--kind", metavar="KIND", help="only one kind: " + ", ".join(AUDIT_KINDS))
    p.add_argument("--export", metavar="FILE", help="write the entries to FILE (.csv or .xlsx)")
    p.add_argument("--top", type=_positive, default=50, metavar="N",
                   help="how many entries to print (default 50)")  # fmt: skip
    p = command(
        "backup",
        "copy the database (online backup API) into FILE, or without FILE into the backups "
        "folder beside it",
    )
    p.add_argument("file", metavar="FILE", nargs="?")
    p = command(
        "restore",
        "put a backup in place of the database after checking it (integrity, this program's, "
        "not newer); the replaced database is kept as a backup",
    )
    p.add_argument("file", metavar="FILE")
    p = command(
        "screenshots", "render every page of the window with the demo data as PNG files (offscreen)"
    )
    p.add_argument("folder", metavar="DIR")
    return parser


def _err(message: str) -> None:
    print(message, file=sys.stderr)


# Commands that only read: a mistyped --db must not quietly become a new, empty database.
READING_COMMANDS = ("search", "export", "doctor", "match", "render", "imports", "profiles",
                    "client-export", "client-erase", "privacy", "audit", "backup")  # fmt: skip


def _open(args: argparse.Namespace) -> Store:
    """The database; never a new, empty one in place of a missing file this installation used
    before (``remembered.py``), nor for a command that only reads."""
    path = resolve_db_path(args.db)
    if path.is_dir():
        raise InputRefused([Problem("error", "db.is_folder", params={
            "path": str(path), "example": str(path / DB_FILE_NAME)})])  # fmt: skip
    if not path.exists():
        if remembered.was_used(path):
            raise InputRefused([Problem("error", "db.missing_remembered", params={
                "path": str(path), "backups": str(backup_dir_for(path))})])  # fmt: skip
        if args.command in READING_COMMANDS:
            raise InputRefused([Problem("error", "db.missing", params={
                "path": str(path), "backups": str(backup_dir_for(path))})])  # fmt: skip
    store = Store(path)
    remembered.remember(path)
    log_start(f"command {args.command}", __version__, path, store.schema_version())
    _reapply_erasures(store, args.lang)
    return store


def _reapply_erasures(store: Store, lang: str) -> None:
    """A client the erasure register names but this database still holds (a file copied back
    by hand, a crash between the register and the erasure) is erased before anything else."""
    try:
        again = privacy.reapply_erasures(store)
    except Exception as exc:  # read-only, busy: the next opening tries again
        if damage_kind(exc):
            raise
        log.warning("erasures not applied again: %s", exc)
        return
    if again:
        register = erasures.register_path(store.path)
        _err(t("restore.reerased", lang, count=again, register=register))


def cmd_demo(args: argparse.Namespace, store: Store) -> int:
    report = load_demo(store)
    load_demo_proposals(store)
    print(
        t(
            "cli.demo_done",
            args.lang,
            offerings=report.offerings,
            providers=report.providers,
            clients=report.clients,
            proposals=table_counts(store.db, ["proposals"])["proposals"],
        )
    )
    return EXIT_OK


def cmd_suggest_profile(args: argparse.Namespace, store: Store) -> int:
    name = args.suggest_profile
    if name in mapping.stored_profiles(store):
        raise InputRefused([Problem("error", "mapping.profile_exists", params={"name": name})])
    fixed = mapping.parse_fixed(getattr(args, "fixed", None) or [])
    profile = mapping.suggest(name, read_file(Path(args.file), raw=True))
    profile.fixed.update(fixed)
    if "code" in fixed:
        profile.code_from_title = False
    mapping.save_profile(store, profile)
    print(t("mapping.suggested", args.lang, name=name))
    print(json.dumps({name: profile.to_json()}, ensure_ascii=False, indent=2))
    missing = mapping.missing_required(profile)
    if missing:
        print(_still_needed(missing, args.lang))
    return EXIT_OK


def _still_needed(missing: Sequence[str], lang: str) -> str:
    """``Nog nodig: type — geef een waarde voor elke rij met --fixed type=cursus``."""
    options = " ".join(f"--fixed {c}={_example(c, lang)}" for c in missing)
    return t("mapping.still_needed", lang, columns=", ".join(missing), options=options)


# What ``--fixed`` could give for a required column, in the hint after a suggestion.
_FIXED_EXAMPLES = {"type": "cursus", "level": "mbo-2", "provider": '"Naam aanbieder"'}


def _example(column: str, lang: str) -> str:
    if column == "provider" and lang == "en":
        return '"Provider name"'
    return _FIXED_EXAMPLES.get(column) or t("mapping.value", lang)


def _own_headers(problems: Sequence[Problem]) -> bool:
    """The refusal is about the file's headers (unknown or missing CSV v1 columns)."""
    return any(p.key in ("header.missing", "header.unknown") for p in problems)


def cmd_import(args: argparse.Namespace, store: Store) -> int:
    if getattr(args, "suggest_profile", None):
        return cmd_suggest_profile(args, store)
    profile_name = getattr(args, "profile", None)
    fixed = mapping.parse_fixed(getattr(args, "fixed", None) or [])
    if fixed and not profile_name:
        raise InputRefused([Problem("error", "mapping.fixed_needs_profile")])
    profile = mapping.load_profile(store, profile_name) if profile_name else None
    if profile is not None:
        profile.fixed.update(fixed)  # for this import only; the stored profile stays
    try:
        report = import_catalogue(
            store,
            Path(args.file),
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            profile=profile,
        )
    except InputRefused as exc:
        _err(exc.render(args.lang))
        if profile is None and _own_headers(exc.problems):
            _err(t("import.own_headers_hint", args.lang))
        missing = [p.params["column"] for p in exc.problems if p.key == "header.missing"]
        if profile is not None and missing:
            _err(_still_needed(missing, args.lang))
        return EXIT_REFUSED
    errors = report.errors
    listed = [p.render(args.lang) for p in report.problems if p.is_error]
    listed += [
        f"{t('severity.warning', args.lang)}: {p.render(args.lang)}" for p in report.warnings
    ]
    if errors and not args.skip_invalid:
        _err(t("import.refused", args.lang, errors=counted("error", len(errors), args.lang)))
        for line in listed[:MAX_LISTED_PROBLEMS]:
            _err(line)
        if len(listed) > MAX_LISTED_PROBLEMS:
            _err(
                t(
                    "import.more_errors",
                    args.lang,
                    count=counted("error", len(listed) - MAX_LISTED_PROBLEMS, args.lang),
                )
            )
        return EXIT_REFUSED
    for line in listed[:MAX_LISTED_PROBLEMS]:
        _err(line)
    key = "import.dry_run" if report.dry_run else "import.done"
    print(
        t(
            key,
            args.lang,
            inserted=report.inserted,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=report.skipped,
            file=report.file_name,
        )
    )
    if report.merged:
        print(t("import.merged", args.lang, count=report.merged))
    return EXIT_OK


def cmd_profiles(args: argparse.Namespace, store: Store) -> int:
    if args.delete is not None:
        mapping.delete_profile(store, args.delete)
        print(t("mapping.deleted", args.lang, name=args.delete))
        return EXIT_OK
    profiles = mapping.stored_profiles(store)
    if not profiles:
        print(t("mapping.none", args.lang))
        return EXIT_OK
    print(t("mapping.list_header", args.lang))
    for name in sorted(profiles, key=str.casefold):
        data = profiles[name]
        provider = str(data.get("provider") or "—") if isinstance(data, dict) else "—"
        columns = ", ".join(f"{h} → {c}" for h, c in mapping.mapped_columns(data)) or "—"
        print(f"{name:<20} {provider:<24} {columns}")
        print(f"{'':<20} {' · '.join(_profile_options(data, args.lang))}")
    return EXIT_OK


def _profile_options(data: object, lang: str) -> list[str]:
    """A stored profile's fixed values, VAT and date options, in words."""
    if not isinstance(data, dict):
        return []
    out = []
    fixed = data.get("fixed")
    if isinstance(fixed, dict) and fixed:
        values = ", ".join(f"{k}={v}" for k, v in fixed.items())
        out.append(t("mapping.detail.fixed", lang, values=values))
    vat = str(data.get("vat") or "21")
    rate = vocab.VAT_RATES.label(vat, lang) if vat == "vrijgesteld" else f"{vat} %"
    key = "mapping.detail.incl" if data.get("price_includes_vat") else "mapping.detail.excl"
    out.append(t(key, lang, rate=rate))
    date_format = str(data.get("date_format") or "dmy")
    if f"mapping.detail.{date_format}" in MESSAGES:
        out.append(t(f"mapping.detail.{date_format}", lang))
    if data.get("code_from_title"):
        out.append(t("mapping.detail.code", lang))
    return out


def _local_time(iso: str) -> str:
    """``2026-11-29 14:05`` in the computer's time zone, from an ISO 8601 UTC stamp."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def cmd_imports(args: argparse.Namespace, store: Store) -> int:
    if args.undo:
        result = import_history.undo(store, args.undo)
        print(
            t(
                "history.undone",
                args.lang,
                file=result.batch.file_name,
                removed=result.removed,
                restored=result.restored,
            )
        )
        return EXIT_OK
    batches = import_history.list_batches(store)
    if not batches:
        print(t("history.none", args.lang))
        return EXIT_OK
    print(t("history.header", args.lang))
    for b in batches:
        status_key = f"history.status.{b.status}"
        status = t(status_key, args.lang) if status_key in MESSAGES else b.status
        print(
            f"{b.short_id:<9} {_local_time(b.started_at):<17} {status:<19} {b.inserted:>5}  "
            f"{b.updated:>10}  {b.unchanged:>11}  {b.skipped:>12}  {b.format:<8} {b.file_name}"
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, store: Store) -> int:
    path = Path(args.file)
    what = getattr(args, "what", "catalogue")
    if what == "clients":
        count, noun = exports.export_clients(store, path), "client"
    elif what == "proposals":
        listed = proposal_service.list_proposals(store)
        count, noun = exports.export_proposals(store, path, listed), "proposal"
    else:
        count, noun = export_catalogue(store, path), "offering"
    print(t("cli.export_done", args.lang, count=counted(noun, count, args.lang), file=args.file))
    return EXIT_OK


def _audit_filter(args: argparse.Namespace) -> AuditFilter:
    since = None
    if args.since:
        try:
            day = date.fromisoformat(args.since)
        except ValueError:
            raise InputRefused(
                [Problem("error", "audit.since", params={"value": args.since})]
            ) from None
        since = utc_stamp(datetime.combine(day, datetime.min.time()))  # local midnight
    if args.kind and args.kind not in AUDIT_KINDS:
        raise InputRefused([Problem("error", "audit.kind", params={
            "value": args.kind, "choices": ", ".join(AUDIT_KINDS)})])  # fmt: skip
    return AuditFilter(since=since, kind=args.kind or None)


def cmd_audit(args: argparse.Namespace, store: Store) -> int:
    f = _audit_filter(args)
    if args.export:
        count = exports.export_audit(store, Path(args.export), f, args.lang)
        print(t("cli.export_done", args.lang, count=counted("audit_entry", count, args.lang),
                file=args.export))  # fmt: skip
        return EXIT_OK
    total = audit_store.count_entries(store.db, f)
    if not total:
        print(t("audit.none", args.lang))
        return EXIT_OK
    print(t("audit.header", args.lang))
    for moment, profile, what, record, table, record_id, *_ in itertools.islice(
        exports.audit_rows(store, f, args.lang), args.top
    ):
        record = record or ("" if table == "settings" else record_id)  # gone: its id
        shown = f"{what} — {record}" if record else what
        print(f"{moment[:16]:<17} {str(profile or '—')[:21]:<21} {shown}")
    if total > args.top:
        print(t("audit.more", args.lang, count=number(total - args.top, args.lang)))
    return EXIT_OK


def cmd_search(args: argparse.Namespace, store: Store) -> int:
    text = " ".join(args.text).strip()
    if not text:
        _err(t("cli.empty_query", args.lang))
        return EXIT_REFUSED
    result = search(store, text, top=args.top)
    if args.json:
        print(
            json.dumps(
                {
                    "results": [
                        {
                            "rank": i,
                            "provider": h.provider,
                            "code": h.code,
                            "title": h.title,
                            "score": h.score,
                            "type": h.type,
                            "level": h.level,
                            "city": h.city,
                            "price": None if h.price_cents is None else h.price_cents / 100,
                            "next_start": h.next_start,
                        }
                        for i, h in enumerate(result.hits, start=1)
                    ]
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not result.hits:
        print(t("cli.no_results", args.lang, query=text))
        return EXIT_OK
    key = "search.header_any" if result.any_word else "search.header"
    print(t(key, args.lang, shown=len(result.hits), total=result.total, query=text))
    for i, h in enumerate(result.hits, start=1):
        details = [h.provider, h.level]
        if h.city:
            details.append(h.city)
        if h.price_cents is not None:
            details.append(money(h.price_cents, args.lang))
        if h.next_start:
            details.append("start " + long_date(date.fromisoformat(h.next_start), args.lang))
        print(f"{i:>3}. {h.title}  [{h.code}]\n     {' · '.join(details)}")
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace, store: Store) -> int:
    lang = args.lang
    report = health.check(store)
    if not report.sound:
        _err(t("cli.doctor_damaged", lang, path=store.path, backups=backup_dir_for(store.path),
               detail="; ".join(report.integrity[:3])))  # fmt: skip
        return EXIT_REFUSED
    print(t("cli.doctor_ok", lang, path=store.path))
    print(f"  {t('doctor.schema', lang)}: {report.schema_version}")
    print(f"  {t('doctor.integrity', lang)}: ok")
    if report.index_rebuilt:
        print("  " + t("doctor.search_index_off", lang, indexed=report.indexed, total=report.live))
    else:
        print(f"  {t('doctor.search_index', lang)}: ok ({report.indexed})")
    for table, count in report.counts.items():
        print(f"  {t('count.' + table, lang)}: {count}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, store: Store) -> int:
    if args.file:
        made = backups.backup_into(store, Path(args.file).expanduser())
    else:
        made = backups.make_backup(store)
    print(t("backup.done", args.lang, path=made))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Check FILE, keep the current database as a backup, put FILE in its place, and migrate
    an older schema (with the usual backup first). Refused: exit 1, nothing changed."""
    target = resolve_db_path(args.db)
    restored = backups.restore_database(Path(args.file).expanduser(), target)
    print(t("restore.done", args.lang, source=restored.source.path,
            version=restored.source.schema_version, path=target))  # fmt: skip
    if restored.kept is not None:
        print(t("restore.kept", args.lang, path=restored.kept))
    store = Store(target)  # an older schema is brought up to date here
    try:
        version = store.schema_version()
        again = backups.after_restore(store)  # the audit entry; erasures applied again
    finally:
        store.close()
    remembered.remember(target)
    if version != restored.source.schema_version:
        print(t("restore.migrated", args.lang, version=version))
    if again:
        print(t("restore.reerased", args.lang, count=again,
                register=erasures.register_path(target)))  # fmt: skip
    return EXIT_OK


def read_demand(path: Path) -> Demand:
    """A demand file, or InputRefused saying what is wrong with it."""
    if not path.is_file():
        raise InputRefused([Problem("error", "file.missing", params={"path": str(path)})])
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputRefused([Problem("error", "file.encoding")]) from exc
    except json.JSONDecodeError as exc:
        where = {"line": exc.lineno, "column": exc.colno, "detail": exc.msg}
        raise InputRefused([Problem("error", "demand.bad_json", params=where)]) from exc
    return parse_demand(data)


def cmd_match(args: argparse.Namespace, store: Store) -> int:
    demand = read_demand(Path(args.file))
    result = match(store, demand, top=args.top, lang=args.lang)
    programme = compose_programme(result) if args.compose else None
    if args.json:
        data = result.to_json()
        if programme is not None:
            data["programme"] = programme_json(programme)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(t("match.header", args.lang, client=demand.client, count=len(result.results)))
    for m in result.results:
        f = m.facts
        print(f"{m.rank:>3}. {m.assessment.score:5.1f}  {f.title}  [{f.provider}, {f.code}]")
        for reason in m.reasons:
            print(f"            · {reason}")
        if m.assessment.violations:  # the preferences it misses, as the window says them
            names = ", ".join(vocab.MUST_CONSTRAINTS.label(v, args.lang)
                              for v in m.assessment.violations)  # fmt: skip
            print(f"            ! {t('match.differs', args.lang, names=names)}")
    if result.near_misses:
        print(t("match.near_misses", args.lang))
        for n in result.near_misses:
            must = vocab.MUST_CONSTRAINTS.label(n.must, args.lang)
            print(
                f"     {n.assessment.score:5.1f}  {n.assessment.facts.title}  "
                f"[{n.assessment.facts.provider}] — {t('match.breaks', args.lang, must=must)}"
            )
    if programme is not None:
        print_programme(programme, args.lang)
    return EXIT_OK


def programme_json(p: Programme) -> dict[str, object]:
    return {
        "modules": [{"provider": m.provider, "title": m.title, "offering_id": m.offering_id,
                     "price": None if m.price_cents is None else m.price_cents / 100,
                     "hours": m.hours} for m in p.modules],
        "coverage": {label: round(value, 2) for label, value in p.coverage.items()},
        "gaps": p.gaps,
        "price": p.price_cents / 100,
        "price_complete": p.price_known,
        "hours": p.hours,
    }  # fmt: skip


def print_programme(p: Programme, lang: str) -> None:
    print(t("programme.header", lang, count=len(p.modules), price=money(p.price_cents, lang),
            hours=p.hours))  # fmt: skip
    for m in p.modules:
        print(f"     · {m.title}  [{m.provider}]  {money(m.price_cents, lang)}")
    for label, value in p.coverage.items():
        print(f"       {round(100 * value):>3} %  {label}")
    if p.gaps:
        print(t("programme.gaps", lang, gaps=", ".join(p.gaps)))


def cmd_proposal(args: argparse.Namespace, store: Store) -> int:
    from broker_app.proposals.pdf import render_pdf  # reportlab only when a PDF is written

    demand = read_demand(Path(args.file))
    result = match(store, demand, top=args.top, lang=args.lang)
    if not result.results:
        _err(t("proposal.no_matches", args.lang))
        return EXIT_REFUSED
    chosen = [m.assessment for m in result.results]
    if args.compose:
        programme = compose_programme(result)
        wanted = {m.offering_id for m in programme.modules}
        chosen = [a for a in result.pool if a.facts.offering_id in wanted] or chosen
    # Stale offerings (no start date left, price not checked for a year) stay out of a proposal
    # unless a broker confirms them, which a script cannot: they are left out and said.
    stale = stale_reasons(store.db, [a.facts.offering_id for a in chosen], date.today())
    if stale:
        _err(t("proposal.stale_skipped", args.lang, count=len(stale)))
        chosen = [a for a in chosen if a.facts.offering_id not in stale]
    if not chosen:
        _err(t("proposal.no_matches", args.lang))
        return EXIT_REFUSED
    ids = [a.facts.offering_id for a in chosen]
    distances = {a.facts.offering_id: a.facts.distance_km for a in chosen
                 if a.facts.distance_km is not None}  # fmt: skip
    ref, snapshot = proposal_service.from_demand(store, demand, ids, lang=args.lang,
                                                 distances=distances)  # fmt: skip
    render_pdf(snapshot, Path(args.out), lang=args.lang, **proposal_texts.pdf_options(store))
    print(t("proposal.written", args.lang, number=ref.number, version=snapshot["version"],
            file=args.out))  # fmt: skip
    return EXIT_OK


def cmd_render(args: argparse.Namespace, store: Store) -> int:
    from broker_app.proposals.pdf import render_pdf  # reportlab only when a PDF is written

    snapshot = proposal_service.stored_snapshot(store, args.number, args.version)
    render_pdf(snapshot, Path(args.out), lang=snapshot.get("language") or args.lang,
               **proposal_texts.pdf_options(store))  # fmt: skip
    print(t("proposal.written", args.lang, number=snapshot["number"],
            version=snapshot["version"], file=args.out))  # fmt: skip
    return EXIT_OK


def _one_client(store: Store, text: str) -> dict:
    """The client CLIENT names, or InputRefused saying it is unknown or ambiguous."""
    found = privacy.find_clients(store.db, text)
    if not found:
        raise InputRefused([Problem("error", "privacy.client_unknown", params={"text": text})])
    if len(found) > 1:
        choices = "; ".join(f"{row['name']} ({row['id']})" for row in found)
        params = {"text": text, "count": len(found), "choices": choices}
        raise InputRefused([Problem("error", "privacy.client_ambiguous", params=params)])
    return found[0]


def cmd_client_export(args: argparse.Namespace, store: Store) -> int:
    client = _one_client(store, args.client)
    try:
        privacy.export_client(store, client["id"], Path(args.file))
    except OSError as exc:
        log.warning("cannot write %s: %s", args.file, exc)
        _err(t("file.unwritable", args.lang, path=args.file))
        return EXIT_REFUSED
    print(t("privacy.exported", args.lang, name=client["name"], file=args.file))
    return EXIT_OK


def cmd_client_erase(args: argparse.Namespace, store: Store) -> int:
    client = _one_client(store, args.client)
    erased_on = privacy.erased_on(store.db, client["id"])
    if erased_on is not None:  # nothing left to erase: said plainly, nothing changed, exit 0
        print(t("privacy.already_erased", args.lang, name=client["name"],
                date=long_date(erased_on, args.lang)))  # fmt: skip
        return EXIT_OK
    if not args.yes:
        _err(t("privacy.erase_needs_yes", args.lang, name=client["name"]))
        return EXIT_REFUSED
    erased = privacy.erase_client(store, client["id"])
    lang = args.lang
    print(t("privacy.erased", lang, name=client["name"], placeholder=erased.placeholder,
            contacts=counted("contact", erased.contacts, lang),
            participants=counted("participant", erased.participants, lang),
            versions=counted("sent_version", erased.sent_versions, lang)))  # fmt: skip
    return EXIT_OK


def cmd_privacy(args: argparse.Namespace, store: Store) -> int:
    months = privacy.retention_months(store.db)
    if not args.apply_retention:
        print(t("privacy.retention_status", args.lang, months=counted("month", months, args.lang)))
        return EXIT_OK
    if months == 0:
        print(t("privacy.retention_off", args.lang))
        return EXIT_OK
    result = privacy.apply_retention(store)
    lang = args.lang
    print(t("privacy.retention_done", lang,
            participants=counted("participant", result.participants, lang),
            clients=counted("klant", result.clients, lang),
            months=counted("month", result.months, lang)))  # fmt: skip
    return EXIT_OK


COMMANDS = {
    "client-export": cmd_client_export,
    "client-erase": cmd_client_erase,
    "privacy": cmd_privacy,
    "demo": cmd_demo,
    "proposal": cmd_proposal,
    "render": cmd_render,
    "match": cmd_match,
    "import": cmd_import,
    "imports": cmd_imports,
    "profiles": cmd_profiles,
    "export": cmd_export,
    "search": cmd_search,
    "doctor": cmd_doctor,
    "audit": cmd_audit,
    "backup": cmd_backup,
}


SELF_TEST = "--self-test"


def _self_test_language(argv: Sequence[str]) -> str:
    """``--lang en`` or ``--lang=en`` anywhere in ``argv``; else Dutch."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("nl", "en"):
            return value
    return "nl"


def cmd_self_test(lang: str) -> int:
    from broker_app.ui.self_test import run_self_test  # Qt only for the window

    return run_self_test(lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if SELF_TEST in argv:
        # Before argparse: whatever else is on the line (a command, an option a launcher
        # added), the self-test runs, in its own temporary folder, without the broker's log.
        return cmd_self_test(_self_test_language(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    chosen_lang = args.lang
    lang = chosen_lang or "nl"
    args.lang = lang
    setup_logging()
    try:
        return _run(args, lang, chosen_lang)
    except BrokenPipeError:
        # The reader went away (``broker-app search x | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # outside a command (the window's start): the same calm line
        return _unexpected(exc, args.command or "window", lang)


def _unexpected(exc: Exception, where: str, lang: str) -> int:
    """Log the traceback, say one calm line naming the log file; exit code 3."""
    log.exception("unexpected error in %s", where)
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    _err(t("cli.unexpected", lang, detail=detail, log=log_file()))
    return EXIT_UNEXPECTED


def cmd_screenshots(args: argparse.Namespace) -> int:
    from broker_app.ui.screenshots import render_screenshots  # Qt only for the window

    for path in render_screenshots(Path(args.folder), args.lang):
        print(path)
    return EXIT_OK


def _run(args: argparse.Namespace, lang: str, chosen_lang: str | None = None) -> int:
    if args.command is None:
        from broker_app.ui.app import run_app  # Qt is loaded only for the window

        return run_app(resolve_db_path(args.db), chosen_lang)
    if args.command == "screenshots":
        try:
            return cmd_screenshots(args)
        except OSError as exc:
            log.warning("cannot write screenshots to %s: %s", args.folder, exc)
            _err(t("file.unwritable", lang, path=args.folder))
            return EXIT_REFUSED
    store: Store | None = None
    try:
        if args.command == "restore":  # works on the file, not through an open store
            return cmd_restore(args)
        store = _open(args)
        return COMMANDS[args.command](args, store)
    except InputRefused as exc:
        _err(exc.render(lang))
        return EXIT_REFUSED
    except DatabaseTooNew as exc:
        _err(t("cli.db_newer", lang, detail=str(exc)))
        return EXIT_REFUSED
    except StoreError as exc:
        path = resolve_db_path(args.db)
        log.warning("database %s in %s: %s", path, args.command, exc)
        if exc.kind == "other":
            _err(t("cli.db_error", lang, detail=f"{path}: {exc}"))
        else:
            _err(t(f"db.{exc.kind}", lang, path=path, backups=backup_dir_for(path)))
        return EXIT_REFUSED
    except BrokenPipeError:
        raise
    except Exception as exc:
        kind = damage_kind(exc)
        if kind:  # damage found halfway a command: said in words, not SQLite's text
            path = resolve_db_path(args.db)
            log.warning("database %s in %s: %s", path, args.command, exc)
            _err(t(f"db.{kind}", lang, path=path, backups=backup_dir_for(path)))
            return EXIT_REFUSED
        if is_busy(exc):  # another window or program still wrote after the busy timeout
            log.warning("database busy in %s: %s", args.command, exc)
            _err(t("db.locked", lang, path=resolve_db_path(args.db)))
            return EXIT_REFUSED
        return _unexpected(exc, args.command, lang)  # the last line of defence: log it, calmly
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":
    sys.exit(main())
