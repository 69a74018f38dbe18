from broker_app.domain.text import fold, index_text, query_terms


def test_diacritics_are_folded() -> None:
    assert fold("Hygiënecode Cliënt Coördinator") == "hygienecode client coordinator"


def test_plural_and_singular_share_a_stem() -> None:
    assert query_terms("zorgplannen") == query_terms("zorgplan")
    assert query_terms("heftrucks") == query_terms("heftruck")


def test_index_and_query_use_the_same_analysis() -> None:
    indexed = index_text("Werken met het zorgplan").split()
    assert query_terms("zorgplannen")[0] in indexed
    assert "het" not in indexed and "met" not in indexed


def test_a_query_of_only_stop_words_still_searches() -> None:
    assert query_terms("de") == ["de"]
