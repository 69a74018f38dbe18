from broker_app.domain.text import analyse
from broker_app.matching.synonyms import parse_groups, synonyms, with_own_groups


def stem(word: str) -> str:
    return analyse(word)[0]


def test_the_bundled_list_bridges_employer_and_provider_words() -> None:
    syn = synonyms()
    assert len(syn.groups) >= 150
    assert stem("medicatie") in syn.expand(stem("pillen"))
    assert stem("phishing") in syn.expand(stem("nepmails"))
    assert stem("vorkheftruck") in syn.expand(stem("heftruck"))


def test_the_general_section_is_skipped_and_comments_do_not_end_it() -> None:
    lines = ["# zorg", "pillen, medicatie", "# algemeen", "# een toelichting", "cursus, training",
             "# ict", "nepmails, phishing"]  # fmt: skip
    groups = parse_groups(lines)
    assert len(groups) == 2
    assert all(stem("cursus") not in g for g in groups)


def test_a_phrase_becomes_one_compound_stem() -> None:
    (group,) = parse_groups(["leiding geven, leidinggeven, teamleider"])
    assert group == {stem("leidinggeven"), stem("teamleider")}


def test_the_brokers_own_groups_are_added() -> None:
    base = synonyms()
    mine = with_own_groups(base, ["vlogger, contentmaker"])
    assert stem("contentmaker") in mine.expand(stem("vlogger"))
    assert with_own_groups(base, "geen lijst") is base
