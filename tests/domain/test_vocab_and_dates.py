import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broker_app.domain import vocab
from broker_app.domain.dates import DateError, parse_date


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("MBO 3", "mbo-3"),
        ("mbo niveau 3", "mbo-3"),
        ("Niveau 2", "mbo-2"),
        ("mbo3", "mbo-3"),
        ("Associate degree", "hbo-ad"),
    ],
)
def test_level_variants_are_read_with_a_warning_flag(raw: str, code: str) -> None:
    assert vocab.LEVELS.parse(raw) == (code, False)


def test_exact_codes_are_exact_and_unknown_values_refused() -> None:
    assert vocab.LEVELS.parse("mbo-3") == ("mbo-3", True)
    assert vocab.DELIVERY.parse("Online") == ("online", False)
    assert vocab.DELIVERY.parse("Klassikaal ") == ("klassikaal", False)
    with pytest.raises(vocab.UnknownValue):
        vocab.DELIVERY.parse("per post")


def test_levels_carry_nlqf_and_labels_in_both_languages() -> None:
    assert [vocab.nlqf(c) for c in ("mbo-1", "mbo-4", "hbo-ad", "hbo-bachelor", "wo-master")] == [
        1,
        4,
        5,
        6,
        7,
    ]
    assert vocab.nlqf("geen") is None
    for v in (
        vocab.LEVELS,
        vocab.OFFERING_TYPES,
        vocab.DELIVERY,
        vocab.SCHEDULE,
        vocab.CREDENTIALS,
        vocab.VAT_RATES,
        vocab.PROVIDER_KINDS,
    ):
        for code in v.codes:
            assert v.label(code, "nl") and v.label(code, "en")


def test_vocabularies_hold_every_value_formats_md_lists() -> None:
    assert set(vocab.OFFERING_TYPES.codes) == {
        "module",
        "mbo-certificaat",
        "keuzedeel",
        "mbo-opleiding",
        "post-hbo",
        "associate-degree",
        "hbo-bachelor",
        "hbo-master",
        "flexstuderen",
        "cursus",
    }
    assert set(vocab.LEVELS.codes) == {
        "mbo-1",
        "mbo-2",
        "mbo-3",
        "mbo-4",
        "hbo-ad",
        "hbo-bachelor",
        "hbo-master",
        "wo-bachelor",
        "wo-master",
        "geen",
    }
    assert set(vocab.CREDENTIALS.codes) == {
        "diploma",
        "mbo-certificaat",
        "certificaat",
        "deelcertificaat",
        "bewijs-van-deelname",
        "geen",
    }
    assert set(vocab.VAT_RATES.codes) == {"vrijgesteld", "0", "9", "21"}


@pytest.mark.parametrize(
    ("text", "expected", "exact"),
    [
        ("2027-02-01", date(2027, 2, 1), True),
        ("1-2-2027", date(2027, 2, 1), False),
        ("01/02/2027", date(2027, 2, 1), False),
        ("1 februari 2027", date(2027, 2, 1), False),
        ("12 mrt 2027", date(2027, 3, 12), False),
    ],
)
def test_dates(text: str, expected: date, exact: bool) -> None:
    assert parse_date(text) == (expected, exact)


@pytest.mark.parametrize("text", ["2027-02-30", "morgen", "2027-13-01", "31-04-2027", ""])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


@given(st.text(max_size=20))
def test_any_text_is_a_date_or_a_clear_refusal(text: str) -> None:
    with contextlib.suppress(DateError):
        parse_date(text)
