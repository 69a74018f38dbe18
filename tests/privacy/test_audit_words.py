"""Every entry the program writes to the audit log reads as plain Dutch (and English): no
internal code (``erase_client``, ``privacy.anonymous_clients``), no empty "Instelling
gewijzigd: ", and a count of one in the singular.

The writers are found in the source (every ``audit.record``, ``audit.record_update`` and
``set_setting`` call in ``broker_app``), so a new action or setting without words fails here."""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

import broker_app
from broker_app.catalogue import exports
from broker_app.domain import audit as words
from broker_app.store import audit
from broker_app.store.settings import set_setting

PACKAGE = Path(broker_app.__file__).parent
CODE = re.compile(r"[A-Za-z]+_[A-Za-z_]+|[a-z]+\.[a-z_]+")  # erase_client, privacy.retention


def _modules() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")}


def _constants(modules) -> dict[str, set[str]]:
    """Every module-level NAME = "text" in the package, by name."""
    found: dict[str, set[str]] = {}
    for tree in modules.values():
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                values = [node.value.value]
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
                targets = node.targets[0].elts if isinstance(node.targets[0], ast.Tuple) else []
                values = [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
            else:
                continue
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            for name, value in zip(names, values, strict=False):
                if isinstance(value, str):
                    found.setdefault(name, set()).add(value)
    for tree in modules.values():  # from x import SETTING as SYNONYM_SETTING
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.asname and alias.name in found:
                        found.setdefault(alias.asname, set()).update(found[alias.name])
    return found


def _resolve(node: ast.expr, constants) -> set[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    return constants.get(name) if name else None


def _written():
    """(actions, tables, setting keys) the program writes."""
    modules = _modules()
    constants = _constants(modules)
    actions, tables, keys, unresolved = set(), set(), set(), []
    for path, tree in modules.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func, "value", None)
            from_audit = isinstance(owner, ast.Name) and owner.id in ("audit", "audit_repo")
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if name == "record" and from_audit:
                action = _resolve(node.args[1], constants)
                if action is None:
                    unresolved.append(where)
                    continue
                actions |= action
                if len(node.args) > 2:
                    tables |= _resolve(node.args[2], constants) or set()
            elif name == "record_update" and from_audit:
                actions.add(words.UPDATE)
                tables |= _resolve(node.args[1], constants) or set()
            elif name == "set_setting":
                key = _resolve(node.args[1], constants)
                if key is None:
                    unresolved.append(where)
                    continue
                keys |= key
    assert not unresolved, f"cannot tell what these write: {unresolved}"
    return actions, tables, keys


ACTIONS, TABLES, KEYS = _written()
ALL_COUNTS = {key: 1 for key in words._COUNTS}


def test_the_writers_were_found() -> None:
    assert {"erase_client", "export_client", "anonymise_participants", "price_checked"} <= ACTIONS
    assert {"privacy.retention_months", "privacy.anonymous_clients", "audit.profile"} <= KEYS
    assert {"clients", "settings", "offerings"} <= TABLES


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_action_is_told_in_words(action: str, lang: str) -> None:
    assert action in words._VERBS, f"no words for the action {action!r}"
    for table in [*sorted(TABLES), None]:
        for details in ({}, {"fields": ["name", "email"]}, {"version": 2, "status": "verzonden"},
                        ALL_COUNTS, {k: 2 for k in ALL_COUNTS}):  # fmt: skip
            text = words.describe(action, table, details, lang)
            assert not CODE.search(text), text
            assert text.strip() and not text.rstrip().endswith(":"), text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_setting_is_told_in_words(lang: str) -> None:
    for key in sorted(KEYS):
        assert key in words.FIELDS, f"no words for the setting {key!r}"
        for details in ({"key": key}, {"key": key, "fields": ["name"]}, {}):
            text = words.describe(words.UPDATE, "settings", details, lang, record_id=key)
            assert not CODE.search(text), text
            assert text.rstrip() not in ("Instelling gewijzigd:", "Setting changed:"), text
            assert text.startswith(("Instelling gewijzigd: ", "Setting changed: ")), text


def test_one_is_singular_in_the_counts() -> None:
    text = words.describe(words.ERASE, "clients", {"contacts": 1, "participants": 1,
                          "proposals": 1, "sent_versions": 1, "intakes": 1}, "nl")  # fmt: skip
    assert text == ("Klant: persoonsgegevens gewist: 1 contactpersoon, 1 intake, 1 deelnemer, "
                    "1 voorstel, 1 verzonden voorstelversie")  # fmt: skip
    text = words.describe(words.ERASE, "clients", {"contacts": 2, "participants": 3}, "en")
    assert text == "Client: personal data erased: 2 contacts, 3 participants"


def test_the_entries_privacy_writes_read_plainly(store) -> None:
    from broker_app.store import privacy
    from tests.privacy.data import fill

    zorg, _other = fill(store)
    with store.transaction() as db:
        privacy.set_retention_months(db, 24)
    privacy.erase_client(store, zorg.id)
    told = [words.describe(e["action"], e["table_name"], e["details"], "nl", e["record_id"])
            for e in audit.iter_entries(store.db, audit.AuditFilter())]  # fmt: skip
    assert "Instelling gewijzigd: bewaartermijn" in told
    assert not [t for t in told if CODE.search(t) or t.endswith(": ")], told
    erased = [t for t in told if "persoonsgegevens gewist" in t]
    assert erased == ["Klant: persoonsgegevens gewist: 2 contactpersonen, 2 intakes, "
                      "2 deelnemers, 1 voorstel, 1 verzonden voorstelversie"]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("nl", ["moment", "profiel", "wat", "betreft", "tabel", "id", "actie", "velden"]),
        ("en", ["moment", "profile", "what", "record", "table", "id", "action", "fields"]),
    ],
)
def test_the_exported_log_has_headers_in_the_language(store, tmp_path, lang, header) -> None:
    with store.transaction() as db:
        set_setting(db, "proposal.valid_days", 30)
    target = tmp_path / "log.csv"
    assert exports.export_audit(store, target, lang=lang) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == header
    assert rows[1][2] in ("Instelling gewijzigd: geldigheid van voorstellen",
                          "Setting changed: proposal validity")  # fmt: skip
