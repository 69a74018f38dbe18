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
