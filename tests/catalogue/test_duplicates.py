"""Likely duplicates: which pairs are found, what a merge keeps, dismissals remembered."""

from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue import duplicates
from broker_app.catalogue.demo import load_demo
from broker_app.catalogue.importer import import_catalogue
from broker_app.proposals import service
from broker_app.store import catalogue as catalogue_repo
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as proposals_repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv


def _clean_rows() -> list[dict[str, str]]:
    """Legitimate variants only: one title in two places, by day and evening, in class and
    incompany, a self-paced and a guided run, and two other providers' same title."""
    return [
        offering(code="ZP-ZWL", city="Zwolle"),
        offering(code="ZP-APD", city="Apeldoorn"),
        offering(code="ZP-DAG", city="Zwolle", schedule="dag"),
        offering(code="ZP-INC", city="Zwolle", delivery="incompany"),
        offering(code="ZP-MBO2", city="Zwolle", level="mbo-2"),
        offering(code="ZP-DOOR", city="Zwolle", start_dates="doorlopend"),
        offering(provider="Landstede MBO", code="LS-ZP", city="Zwolle"),
        offering(code="HYG", title="Hygiëne in de zorg", qualification_code="K0123"),
        offering(code="HYG-H", title="Hygiëne in de zorg – herhaling"),
        offering(code="VCA", title="VCA basisveiligheid", city=""),
        offering(code="VCA-V", title="VCA vol", city=""),
    ]


def _ids(store: Store) -> dict[str, str]:
    return dict(store.db.execute("SELECT code, id FROM offerings").fetchall())


@pytest.fixture
def crafted(store: Store, tmp_path: Path) -> Store:
    rows = [
        *_clean_rows(),
        # the same run typed again with punctuation and case: a title pair
        offering(code="ZP-ZWL-OUD", title="werken met het Zorgplan!", city="zwolle"),
        # another title, but the same keuzedeel code in the same place: a qualification pair
        offering(code="HYG-2", title="Infectiepreventie en hygiëne", qualification_code="k0123"),
    ]
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    return store


def _codes(store: Store, pairs: list[duplicates.DuplicatePair]) -> set[frozenset[str]]:
    by_id = {v: k for k, v in _ids(store).items()}
    return {frozenset((by_id[p.first], by_id[p.second])) for p in pairs}


def test_two_pairs_in_a_crafted_catalogue(crafted: Store) -> None:
    pairs = duplicates.find_duplicates(crafted)
    assert _codes(crafted, pairs) == {
        frozenset({"ZP-ZWL", "ZP-ZWL-OUD"}),
        frozenset({"HYG", "HYG-2"}),
    }
    reasons = {frozenset(_codes(crafted, [p]).pop()): p.reasons for p in pairs}
    assert reasons[frozenset({"ZP-ZWL", "ZP-ZWL-OUD"})] == (duplicates.TITLE,)
    assert reasons[frozenset({"HYG", "HYG-2"})] == (duplicates.QUALIFICATION,)


def test_none_in_a_clean_catalogue(store: Store, tmp_path: Path) -> None:
    import_catalogue(store, write_csv(tmp_path / "c.csv", _clean_rows()))
    assert duplicates.find_duplicates(store) == []


def test_the_demo_catalogue_shows_only_the_run_left_behind(store: Store) -> None:
    """The demo's many variants (places, day/evening, deeltijd/flex, doorlopend/cohorts) are
    not pairs; one Cibap course in Zwolle by day is there twice (one only started in 2025)."""
    load_demo(store)
    pairs = duplicates.find_duplicates(store)
    assert _codes(store, pairs) == {frozenset({"CIBAP-DRS-1", "CIBAP-DRS-3"})}


def test_dismissed_pairs_are_remembered(crafted: Store) -> None:
    pair = next(p for p in duplicates.find_duplicates(crafted) if p.reasons == ("title",))
    duplicates.dismiss(crafted, pair.second, pair.first)  # either order
    assert pair not in duplicates.find_duplicates(crafted)
    assert len(duplicates.find_duplicates(crafted)) == 1
    assert pair in duplicates.find_duplicates(crafted, include_dismissed=True)
    reopened = Store(crafted.path)
    try:
        assert len(duplicates.find_duplicates(reopened)) == 1
    finally:
        reopened.close()


def test_merge_keeps_notes_and_tags_and_leaves_the_index(crafted: Store) -> None:
    ids = _ids(crafted)
    keep, remove = ids["ZP-ZWL"], ids["ZP-ZWL-OUD"]
    with crafted.transaction() as db:
        catalogue_repo.set_offering_notes(db, keep, "Goede docent.", ["zorg", "favoriet"])
        catalogue_repo.set_offering_notes(db, remove, "Bellen met Marja.", ["favoriet", "avond"])
    duplicates.merge(crafted, keep, remove)
    kept = catalogue_repo.get_offering(crafted.db, keep)
    assert kept["notes"] == "Goede docent.\n\nBellen met Marja."
    assert kept["tags"] == ["zorg", "favoriet", "avond"]
    assert catalogue_repo.get_offering(crafted.db, remove)["deleted_at"] is not None
    indexed, live = catalogue_repo.search_index_count(crafted.db)
    assert indexed == live == len(ids) - 1
    assert frozenset({"ZP-ZWL", "ZP-ZWL-OUD"}) not in _codes(
        crafted, duplicates.find_duplicates(crafted)
    )


def test_merge_repoints_concept_lines_but_not_sent_ones(crafted: Store) -> None:
    ids = _ids(crafted)
    keep, remove = ids["ZP-ZWL"], ids["ZP-ZWL-OUD"]
    with crafted.transaction() as db:
        client_id = clients_repo.insert_client(db, {"name": "Thuiszorg De Vecht"})
    sent = service.start(crafted, client_id, today=date(2026, 11, 1))
    service.add_offering(crafted, sent.proposal_id, remove, participants=4)
    service.send(crafted, sent.proposal_id, {"name": "Thuiszorg De Vecht"},
                 today=date(2026, 11, 2))  # fmt: skip
    concept = service.start(crafted, client_id, today=date(2026, 11, 20))
    service.add_offering(crafted, concept.proposal_id, remove, participants=3)
    both = service.start(crafted, client_id, today=date(2026, 11, 21))
    service.add_offering(crafted, both.proposal_id, keep, participants=2)
    service.add_offering(crafted, both.proposal_id, remove, participants=2)

    assert duplicates.merge(crafted, keep, remove) == 2

    def offering_ids(ref) -> list[str]:
        version = proposals_repo.current_version(crafted.db, ref.proposal_id)
        return [line["offering_id"] for line in proposals_repo.lines(crafted.db, version["id"])]

    assert offering_ids(sent) == [remove]  # frozen as sent
    assert offering_ids(concept) == [keep]
    assert offering_ids(both) == [keep]  # not twice
    line = proposals_repo.lines(
        crafted.db, proposals_repo.current_version(crafted.db, concept.proposal_id)["id"]
    )[0]
    assert (line["title"], line["participants"]) == ("Werken met het zorgplan", 3)


def test_merge_refuses_a_gone_or_the_same_offering(crafted: Store) -> None:
    ids = _ids(crafted)
    with pytest.raises(ValueError):
        duplicates.merge(crafted, ids["HYG"], ids["HYG"])
    duplicates.merge(crafted, ids["HYG"], ids["HYG-2"])
    with pytest.raises(KeyError):
        duplicates.merge(crafted, ids["HYG"], ids["HYG-2"])
    assert catalogue_repo.get_offering(crafted.db, ids["HYG"])["deleted_at"] is None


def test_fold_title() -> None:
    assert duplicates.fold_title("  Hygiëne-code: de Basis! ") == "hygiene code de basis"


# -- a merged-away offering and the provider's next file ------------------------------------------


def _crafted_rows() -> list[dict[str, str]]:
    return [
        *_clean_rows(),
        offering(code="ZP-ZWL-OUD", title="werken met het Zorgplan!", city="zwolle", price="999"),
        offering(code="HYG-2", title="Infectiepreventie en hygiëne", qualification_code="k0123"),
    ]


def _live_codes(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT code FROM offerings WHERE deleted_at IS NULL")}


def test_a_merged_away_offering_does_not_come_back_on_reimport(
    crafted: Store, tmp_path: Path
) -> None:
    ids = _ids(crafted)
    keep, remove = ids["ZP-ZWL"], ids["ZP-ZWL-OUD"]
    with crafted.transaction() as db:
        catalogue_repo.set_offering_notes(db, keep, "Goede docent.", ["favoriet"])
    duplicates.merge(crafted, keep, remove)
    before = catalogue_repo.get_offering(crafted.db, keep)
    live = _live_codes(crafted)
    # the provider sends the same file again, the old code still in it (with other values)
    rows = _crafted_rows()
    rows[-2] = {**rows[-2], "code": "zp-zwl-oud", "title": "Zorgplan oude code"}
    report = import_catalogue(crafted, write_csv(tmp_path / "c.csv", rows))
    assert report.written and report.merged == 1
    assert (report.inserted, report.updated + report.unchanged, report.skipped) == (
        0,
        len(rows) - 1,
        0,
    )
    assert _live_codes(crafted) == live  # not revived, not inserted again
    gone = catalogue_repo.get_offering(crafted.db, remove)
    assert gone["deleted_at"] is not None and gone["title"] == "werken met het Zorgplan!"
    kept = catalogue_repo.get_offering(crafted.db, keep)
    assert (kept["title"], kept["price_cents"], kept["notes"]) == (
        before["title"], before["price_cents"], "Goede docent."
    )  # fmt: skip
    assert catalogue_repo.search_index_count(crafted.db) == (len(live), len(live))
    (warning,) = [p for p in report.warnings if p.key == "row.merged"]
    assert warning.row == len(rows)  # the header is row 1: the old code is the last but one row
    nl, en = warning.render("nl"), warning.render("en")
    assert '"zp-zwl-oud" is samengevoegd met "ZP-ZWL"' in nl and "overgeslagen" in nl
    assert 'was merged into "ZP-ZWL"' in en and "skipped" in en
    # a dry run says the same, and a file with only the old code writes nothing
    trial = import_catalogue(crafted, write_csv(tmp_path / "c.csv", rows), dry_run=True)
    assert (trial.inserted, trial.merged) == (0, 1)
    alone = import_catalogue(crafted, write_csv(tmp_path / "oud.csv", [rows[-2]]))
    assert (alone.inserted, alone.updated, alone.merged) == (0, 0, 1)
    assert _live_codes(crafted) == live


def test_a_merge_chain_leads_to_the_last_survivor(crafted: Store, tmp_path: Path) -> None:
    ids = _ids(crafted)
    duplicates.merge(crafted, ids["ZP-ZWL"], ids["ZP-ZWL-OUD"])
    duplicates.merge(crafted, ids["ZP-DAG"], ids["ZP-ZWL"])
    report = import_catalogue(crafted, write_csv(tmp_path / "c.csv", _crafted_rows()))
    assert report.merged == 2
    assert {p.params["kept"] for p in report.warnings if p.key == "row.merged"} == {"ZP-DAG"}
    assert {"ZP-ZWL", "ZP-ZWL-OUD"}.isdisjoint(_live_codes(crafted))


def test_a_merged_offering_comes_back_once_its_survivor_is_gone(
    crafted: Store, tmp_path: Path
) -> None:
    ids = _ids(crafted)
    duplicates.merge(crafted, ids["HYG"], ids["HYG-2"])
    with crafted.transaction() as db:
        catalogue_repo.soft_delete_offering(db, ids["HYG"])
    rows = [r for r in _crafted_rows() if r["code"] == "HYG-2"]
    report = import_catalogue(crafted, write_csv(tmp_path / "hyg.csv", rows))
    assert (report.updated, report.merged) == (1, 0)
    assert "HYG-2" in _live_codes(crafted)
    assert crafted.db.execute(
        "SELECT merged_into FROM offerings WHERE id = ?", [ids["HYG-2"]]
    ).fetchone() == (None,)


def test_undoing_an_import_does_not_bring_a_merged_offering_back(
    crafted: Store, tmp_path: Path
) -> None:
    from broker_app.catalogue import history

    ids = _ids(crafted)
    rows = _crafted_rows()
    rows[-2] = {**rows[-2], "title": "Werken met het zorgplan (oud)"}
    later = import_catalogue(crafted, write_csv(tmp_path / "c2.csv", rows))
    duplicates.merge(crafted, ids["ZP-ZWL"], ids["ZP-ZWL-OUD"])
    history.undo(crafted, later.batch_id)
    assert "ZP-ZWL-OUD" not in _live_codes(crafted)
    live = len(_live_codes(crafted))
    assert catalogue_repo.search_index_count(crafted.db) == (live, live)
