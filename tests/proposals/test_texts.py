"""The broker's own proposal texts over the bundled ones, as the employer reads them on paper."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from broker_app.proposals import texts
from broker_app.proposals.pdf import render_pdf
from broker_app.proposals.service import BROKER_SETTING
from broker_app.store.settings import set_setting
from tests.proposals.test_pdf import _line, _snapshot

CONDITION = "Annuleren kan kosteloos tot veertien dagen voor de start."
PRIVACY = "Wij bewaren de namen van deelnemers niet langer dan zes maanden."


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_own_texts_replace_the_bundled_ones_per_language() -> None:
    custom = {
        "nl": {"conditions": [CONDITION], "closing": "Hartelijke groet & tot ziens,"},
        "en": {"letter": ["Thank you for your time."]},
        "de": {"conditions": ["ignored"]},
    }
    nl = texts.merged("nl", custom)
    assert nl["conditions"] == [CONDITION, texts.bundled("nl")["privacy"]]
    assert nl["letter"] == texts.bundled("nl")["letter"]  # not changed: the bundled letter
    assert nl["closing"] == "Hartelijke groet &amp; tot ziens,"  # markup in the PDF: escaped
    en = texts.merged("en", custom)
    assert en["letter"] == ["Thank you for your time."]
    bundled_en = texts.bundled("en")
    assert en["conditions"] == [*bundled_en["conditions"], bundled_en["privacy"]]


def test_empty_and_malformed_texts_keep_the_bundled_ones() -> None:
    bundled = texts.bundled("nl")
    for custom in (None, "tekst", {"nl": "tekst"}, {"nl": {"conditions": ["", "  "]}}):
        conditions = texts.merged("nl", custom)["conditions"]
        assert conditions == [*bundled["conditions"], bundled["privacy"]]  # the privacy note last


def test_a_privacy_note_becomes_the_last_condition() -> None:
    merged = texts.merged("nl", {"nl": {"privacy": PRIVACY}})
    assert merged["conditions"] == [*texts.bundled("nl")["conditions"], PRIVACY]


def test_custom_conditions_and_privacy_note_are_printed(store, tmp_path: Path) -> None:
    texts.save_custom_texts(store, {"nl": {"conditions": [CONDITION], "privacy": PRIVACY,
                                           "closing": "Met hartelijke groet,"}})  # fmt: skip
    with store.transaction() as db:
        set_setting(db, BROKER_SETTING, {"name": "Makelaardij De Brug", "colour": "#2E7D32"})
    out = render_pdf(_snapshot([_line("Leidinggeven")]), tmp_path / "p.pdf",
                     **texts.pdf_options(store))  # fmt: skip
    text = _text(out)
    assert CONDITION in text
    assert PRIVACY in text
    assert "Met hartelijke groet," in text
    assert "Makelaardij De Brug" in text
    # The bundled conditions are replaced, not added to.
    assert texts.bundled("nl")["conditions"][1] not in text


def test_english_proposal_keeps_english_texts_when_only_dutch_ones_changed(
    store, tmp_path: Path
) -> None:
    texts.save_custom_texts(store, {"nl": {"conditions": [CONDITION]}})
    out = render_pdf(_snapshot([_line("Leadership")], language="en"), tmp_path / "en.pdf",
                     lang="en", **texts.pdf_options(store))  # fmt: skip
    text = _text(out)
    assert CONDITION not in text
    assert " ".join(texts.bundled("en")["conditions"][0].split()) in text


def test_validity_days_default_and_refuse_nonsense(store) -> None:
    assert texts.valid_days(store) == texts.DEFAULT_VALID_DAYS
    texts.save_valid_days(store, 45)
    assert texts.valid_days(store) == 45
    with store.transaction() as db:
        set_setting(db, texts.VALID_DAYS_SETTING, 0)
    assert texts.valid_days(store) == texts.DEFAULT_VALID_DAYS


def _sent_snapshot(store, today):
    """A proposal for a fresh employer, sent ``today``; returns (proposal id, its snapshot)."""
    from broker_app.proposals import service
    from broker_app.store import clients

    with store.transaction() as db:
        client_id = clients.insert_client(db, {"name": "Zorggroep Parel"})
    ref = service.start(store, client_id, title="Voorstel", today=today)
    return ref.proposal_id, service.send(store, ref.proposal_id, {"name": "Zorggroep Parel"},
                                         today=today)  # fmt: skip


def test_the_bundled_privacy_statement_is_printed_without_any_setting(store, tmp_path) -> None:
    note = texts.privacy_note(store, "nl")
    assert "AVG" in note and "BSN" in note
    out = render_pdf(_snapshot([_line("Leidinggeven")]), tmp_path / "p.pdf",
                     **texts.pdf_options(store))  # fmt: skip
    assert " ".join(note.split()) in _text(out)
    assert "GDPR" in texts.privacy_note(store, "en")


def test_a_sent_proposal_keeps_the_privacy_statement_it_was_sent_with(store, tmp_path) -> None:
    from datetime import date

    from broker_app.proposals import service

    texts.save_custom_texts(store, {"nl": {"privacy": PRIVACY}})
    proposal_id, sent = _sent_snapshot(store, date(2026, 11, 29))
    assert sent["privacy_note"] == PRIVACY
    later = "Wij bewaren niets langer dan drie maanden."
    texts.save_custom_texts(store, {"nl": {"privacy": later}})
    number = sent["number"]
    stored = service.stored_snapshot(store, number)
    text = _text(render_pdf(stored, tmp_path / "sent.pdf", **texts.pdf_options(store)))
    assert PRIVACY in text and later not in text  # what the employer received
    service.revise(store, proposal_id)  # the new concept says what the broker says now
    concept = service.concept_snapshot(store, proposal_id)
    text = _text(render_pdf(concept, tmp_path / "concept.pdf", **texts.pdf_options(store)))
    assert later in text and PRIVACY not in text


def test_an_old_snapshot_without_a_frozen_note_prints_the_current_one(store, tmp_path) -> None:
    texts.save_custom_texts(store, {"nl": {"privacy": PRIVACY}})
    old = _snapshot([_line("Leidinggeven")])
    old.pop("privacy_note", None)
    assert PRIVACY in _text(render_pdf(old, tmp_path / "old.pdf", **texts.pdf_options(store)))
