from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.catalogue.search import search
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv


@pytest.fixture
def catalogue(store: Store, tmp_path: Path) -> Store:
    rows = [
        offering(
            code="HYG",
            title="Hygiënecode voor de horeca",
            sector="horeca",
            outcomes="werken volgens de hygiënecode|voedselveiligheid bewaken",
            description="Veilig werken met voedsel in keuken en bediening.",
        ),
        offering(
            code="ZP",
            title="Werken met het zorgplan",
            outcomes="zorgplan bijhouden|rapporteren",
            description="",
        ),
        offering(
            code="MED",
            title="Medicatie aanreiken",
            outcomes="medicijnen aanreiken",
            description="Over het zorgplan van de cliënt en medicatieveiligheid.",
        ),
        offering(
            code="HEF",
            title="Heftruckchauffeur",
            sector="logistiek",
            outcomes="heftruck veilig besturen",
            keywords="vorkheftruck|magazijn",
            description="Rijden met de heftruck in het magazijn.",
        ),
        offering(code="OLD", title="Zorgplan oud", outcomes="zorgplan", description=""),
    ]
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    return store


def codes(store: Store, text: str, **facets) -> list[str]:
    return [h.code for h in search(store, text, **facets).hits]


def test_hygiene_finds_hygienecode(catalogue: Store) -> None:
    assert codes(catalogue, "hygiene") == ["HYG"]
    assert codes(catalogue, "HYGIËNE") == ["HYG"]


def test_plural_finds_singular_and_title_weighs_more(catalogue: Store) -> None:
    found = codes(catalogue, "zorgplannen")
    assert set(found) == {"ZP", "MED", "OLD"}
    assert found[-1] == "MED"  # only in the description: weighted lowest


def test_all_words_first_then_any_word(catalogue: Store) -> None:
    assert codes(catalogue, "heftruck magazijn") == ["HEF"]
    assert set(codes(catalogue, "heftruck onbekendwoord")) == {"HEF"}


def test_facets_filter_around_the_text_match(catalogue: Store) -> None:
    assert codes(catalogue, "veilig", sectors=["logistiek"]) == ["HEF"]
    assert set(codes(catalogue, "veilig")) == {"HYG", "HEF"}


def test_fts_syntax_in_the_query_is_just_text(catalogue: Store) -> None:
    for text in ['"zorgplan', "zorgplan OR", "NEAR(", "*", "-hygiene", "zorg:plan ^"]:
        search(catalogue, text)  # never an FTS syntax error


def test_the_index_follows_every_write(catalogue: Store, tmp_path: Path) -> None:
    # Update: a new title is found, the old one no longer.
    import_catalogue(
        catalogue,
        write_csv(
            tmp_path / "u.csv",
            [
                offering(
                    code="HEF",
                    title="Reachtruck besturen",
                    sector="logistiek",
                    outcomes="reachtruck",
                    keywords="",
                )
            ],
        ),
    )
    assert codes(catalogue, "heftruck") == []
    assert codes(catalogue, "reachtruck") == ["HEF"]
    # Soft delete: gone from the results and the index.
    oid = catalogue.db.execute("SELECT id FROM offerings WHERE code = 'OLD'").fetchone()[0]
    with catalogue.transaction() as db:
        repo.soft_delete_offering(db, oid)
    assert "OLD" not in codes(catalogue, "zorgplan")
    assert repo.search_index_count(catalogue.db) == (4, 4)


def test_a_lagging_index_is_found_and_rebuilt(catalogue: Store) -> None:
    from broker_app.catalogue import health

    with catalogue.transaction() as db:
        db.conn.execute(
            "DELETE FROM offering_search WHERE rowid IN (SELECT min(rowid) FROM offering_search)"
        )
    assert repo.search_index_count(catalogue.db) == (4, 5)
    report = health.check(catalogue)
    assert report.index_rebuilt and (report.indexed, report.live) == (4, 5)
    assert repo.search_index_count(catalogue.db) == (5, 5)
    assert codes(catalogue, "hygiene") == ["HYG"]


def test_title_matches_rank_first_and_pages_are_complete(store: Store, tmp_path: Path) -> None:
    rows = [
        offering(code=f"D{i}", title=f"Cursus {i}", outcomes="samenwerken",
                 keywords="", description="Over de teamleider in de zorg.")
        for i in range(6)
    ]  # fmt: skip
    rows += [
        offering(code="T1", title="Teamleider in de zorg", outcomes="", keywords="",
                 description=""),
        offering(code="T2", title="Startende teamleider", outcomes="", keywords="",
                 description=""),
    ]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    f = repo.OfferingFilter(terms=["teamleider"])
    listed = [r["code"] for r in repo.list_offerings(store.db, f)]
    assert set(listed[:2]) == {"T1", "T2"}
    assert sorted(listed) == sorted(r["code"] for r in rows)
    assert repo.count_offerings(store.db, f) == 8
    pages = [
        r["code"]
        for o in range(0, 8, 3)
        for r in repo.list_offerings(store.db, f, offset=o, limit=3)
    ]
    assert pages == listed
    # With a facet the same order holds, through the join.
    faceted = repo.OfferingFilter(terms=["teamleider"], levels=["mbo-3"])
    assert [r["code"] for r in repo.list_offerings(store.db, faceted)] == listed


def test_one_letter_words_are_not_prefixes(store: Store, tmp_path: Path) -> None:
    rows = [
        offering(code="EL", title="E-learning veilig werken", outcomes="", keywords="",
                 description=""),
        offering(code="EH", title="EHBO op het werk", outcomes="", keywords="",
                 description=""),
    ]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    assert codes(store, "e-learning") == ["EL"]
