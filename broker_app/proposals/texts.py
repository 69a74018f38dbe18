"""The proposal's texts: the bundled ``reports/<lang>.json`` with the broker's own wording over it.

The broker edits the letter, the conditions, a privacy note and the closing per language in the
settings (``proposal.texts`` = ``{"nl": {key: text}, "en": {...}}``); an empty or missing text
keeps the bundled one. The validity of a new proposal in days is one setting for all languages
(``proposal.valid_days``), since it does not depend on the language it is written in.

The privacy note is printed as the last condition and shown on the intake page. A sent
proposal keeps the note it was sent with: :func:`privacy_note` is frozen in the snapshot
(``privacy_note``) and the PDF of that version prints it even after the setting changed; a
concept, and a version sent before the note was frozen, print the note as it is now.

The PDF inserts some texts as markup (``closing``) and escapes others (``letter``,
``conditions``); :func:`merged` takes care that a broker's ``<`` or ``&`` always prints as typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape

from broker_app.paths import data_dir
from broker_app.proposals.service import broker_profile
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting

TEXTS_SETTING = "proposal.texts"
VALID_DAYS_SETTING = "proposal.valid_days"
LANGS = ("nl", "en")
DEFAULT_VALID_DAYS = 30
MIN_VALID_DAYS, MAX_VALID_DAYS = 1, 365

# The texts a broker may change, and their shape: a list of paragraphs/items or one text.
LIST_KEYS = ("letter", "conditions")
TEXT_KEYS = ("closing", "privacy")
EDITABLE = LIST_KEYS + TEXT_KEYS


def bundled(lang: str) -> dict[str, Any]:
    """The texts shipped with the program for ``lang`` (Dutch when there is no file for it)."""
    folder = data_dir("reports")
    path = folder / f"{lang}.json"
    if not path.is_file():
        path = folder / "nl.json"
    return json.loads(path.read_text(encoding="utf-8"))


def clean(value: object) -> dict[str, dict[str, Any]]:
    """Only known languages and keys, in the right shape, without empty texts."""
    result: dict[str, dict[str, Any]] = {}
    if not isinstance(value, Mapping):
        return result
    for lang in LANGS:
        texts = value.get(lang)
        if not isinstance(texts, Mapping):
            continue
        kept: dict[str, Any] = {}
        for key in LIST_KEYS:
            items = texts.get(key)
            if isinstance(items, str):
                items = [items]
            if isinstance(items, list):
                items = [str(i).strip() for i in items if str(i).strip()]
                if items:
                    kept[key] = items
        for key in TEXT_KEYS:
            text = texts.get(key)
            if isinstance(text, str) and text.strip():
                kept[key] = text.strip()
        if kept:
            result[lang] = kept
    return result


def merged(lang: str, custom: object = None, privacy: str | None = None) -> dict[str, Any]:
    """The PDF texts of ``lang`` with the broker's own texts (``custom``, the setting's value)
    over them. The privacy note (the broker's, else the bundled one; ``privacy`` when given:
    the note frozen in a sent proposal's snapshot) becomes the last condition."""
    texts = bundled(lang)
    own = clean(custom).get(lang if lang in LANGS else "nl", {})
    for key in LIST_KEYS:
        if key in own:
            texts[key] = list(own[key])
    if "closing" in own:
        # The PDF puts the closing into markup as it is: escape it, keep its line breaks.
        texts["closing"] = escape(own["closing"]).replace("\n", "<br/>")
    note = privacy if privacy is not None else own.get("privacy") or texts.get("privacy") or ""
    texts["privacy"] = note
    if note.strip():
        texts["conditions"] = [*texts.get("conditions", []), note]
    return texts


def privacy_note(store: Store, lang: str) -> str:
    """The privacy statement in ``lang`` as intakes and proposals show it: the broker's own
    text (Instellingen › Voorstelteksten), else the bundled one."""
    lang = lang if lang in LANGS else "nl"
    own = custom_texts(store).get(lang, {}).get("privacy")
    return str(own or bundled(lang).get("privacy") or "")


def custom_texts(store: Store) -> dict[str, dict[str, Any]]:
    """The broker's own texts from settings (``{}`` when none)."""
    return clean(get_setting(store.db, TEXTS_SETTING, {}))


def save_custom_texts(store: Store, value: object) -> dict[str, dict[str, Any]]:
    """Keep the broker's texts (cleaned); returns what was stored."""
    kept = clean(value)
    with store.transaction() as db:
        set_setting(db, TEXTS_SETTING, kept)
    return kept


def valid_days(store: Store) -> int:
    """How many days a new proposal stays valid (the broker's setting, else 30)."""
    value = get_setting(store.db, VALID_DAYS_SETTING)
    valid = isinstance(value, int) and not isinstance(value, bool)
    if valid and MIN_VALID_DAYS <= value <= MAX_VALID_DAYS:
        return value
    return DEFAULT_VALID_DAYS


def save_valid_days(store: Store, days: int) -> None:
    if not MIN_VALID_DAYS <= int(days) <= MAX_VALID_DAYS:
        raise ValueError(days)
    with store.transaction() as db:
        set_setting(db, VALID_DAYS_SETTING, int(days))


def pdf_options(store: Store) -> dict[str, Any]:
    """What ``render_pdf`` needs from settings besides the snapshot:
    ``render_pdf(snapshot, out, lang, **pdf_options(store))``."""
    return {"broker": broker_profile(store), "custom_texts": custom_texts(store)}
