from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broker_app.domain.formatting import long_date, money
from broker_app.domain.money import (
    AmbiguousAmountError,
    AmountError,
    parse_amount,
    parse_cents,
    to_cents,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1250", Decimal("1250")),
        ("1250.50", Decimal("1250.50")),
        ("1250,50", Decimal("1250.50")),
        ("1.250,50", Decimal("1250.50")),
        ("€ 1.250,50", Decimal("1250.50")),
        ("€1.250,50", Decimal("1250.50")),
        ("1.250", Decimal("1250")),
        ("€ 950,-", Decimal("950")),
        ("1,250.50", Decimal("1250.50")),
        ("12.345.678,90", Decimal("12345678.90")),
        ("EUR 99", Decimal("99")),
    ],
)
def test_dutch_and_plain_amounts_are_read(text: str, expected: Decimal) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["twaalf", "", "€", "-5", "1.2.3", "12,34,5", "1,2.3.4", "1e5"])
def test_words_and_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


def test_cents_round_half_up_like_an_invoice() -> None:
    assert to_cents(Decimal("0.005")) == 1
    assert to_cents(Decimal("0.004")) == 0
    # an absurd amount is counted, not a crash: the importer refuses it as too large
    assert to_cents(Decimal("1e26")) == 10**28
    assert to_cents(Decimal("12345678901234567890123456.785")) > 10**27
    assert to_cents(Decimal("2.675")) == 268
    assert parse_cents("€ 1.250,50") == 125050


def test_money_and_dates_are_formatted_the_dutch_way() -> None:
    from datetime import date

    assert money(125050) == "€ 1.250,50"
    assert money(245000, whole=True) == "€ 2.450"
    assert money(125050, "en") == "€1,250.50" or money(125050, "en") == "€ 1,250.50"
    assert long_date(date(2027, 2, 1)) == "1 februari 2027"
    assert long_date(date(2027, 2, 1), "en") == "1 February 2027"


@given(st.integers(min_value=0, max_value=10**9))
def test_dutch_formatted_amounts_read_back_exactly(cents: int) -> None:
    assert parse_cents(money(cents)) == cents


@given(st.text(max_size=30))
def test_any_text_is_an_amount_or_a_clear_refusal(text: str) -> None:
    try:
        value = parse_amount(text)
    except AmountError:
        return
    assert value >= 0


# -- typed amounts, read in the window's language ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.500", 150000),
        ("1.500,50", 150050),
        ("1,50", 150),
        ("1,5", 150),
        ("€ 1.500", 150000),
        ("€1.500,00", 150000),
        ("€ 950,-", 95000),
        ("1500", 150000),
        ("1.500.000", 150000000),
        ("1 500,00", 150000),
        ("\u20ac\u00a01.500,00", 150000),
        ("1.50", 150),  # a dot before two digits can only be a decimal mark
        ("1,500.50", 150050),  # both marks: only one reading
        ("0,05", 5),
    ],
)
def test_dutch_typed_amounts(text: str, cents: int) -> None:
    assert parse_cents(text, "nl") == cents
    assert parse_cents(text) == cents  # Dutch is the default for callers that pass no lang


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1,500", 150000),
        ("1,500.50", 150050),
        ("1.50", 150),
        ("1.5", 150),
        ("£1,500", 150000),
        ("€ 1,500", 150000),
        ("€1,500.00", 150000),
        ("1500", 150000),
        ("1,500,000", 150000000),
        ("1,50", 150),  # a comma before two digits can only be a decimal mark
        ("1.500,50", 150050),  # both marks: only one reading
        ("1500 EUR", 150000),
    ],
)
def test_english_typed_amounts(text: str, cents: int) -> None:
    assert parse_cents(text, "en") == cents


@pytest.mark.parametrize(("text", "lang"), [("1,500", "nl"), ("€ 2,250", "nl"), ("1.500", "en")])
def test_three_digits_after_the_decimal_mark_are_ambiguous(text: str, lang: str) -> None:
    with pytest.raises(AmbiguousAmountError) as caught:
        parse_cents(text, lang)
    bare = text.replace("€", "").strip()
    whole = int(bare.replace(",", "").replace(".", ""))
    assert caught.value.thousands == whole * 100
    assert caught.value.decimal == whole // 10


def test_the_same_text_means_the_language_s_amount() -> None:
    assert parse_cents("1.500", "nl") == parse_cents("1,500", "en") == 150000
    assert parse_cents("1,50", "nl") == parse_cents("1.50", "en") == 150


@pytest.mark.parametrize(
    "text",
    ["", "€", "twaalf", "-5", "€ -5", "1.2.3", "1.50.0", "12,34,5", "1,5055", "1500,000",
     ",50", "1,", "1e5", "0.500", "15.00,00", "1,000.000"],
)  # fmt: skip
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_typed_words_and_malformed_numbers_are_refused(text: str, lang: str) -> None:
    with pytest.raises(AmountError):
        parse_cents(text, lang)


@pytest.mark.parametrize(("text", "lang"), [("1,234", "nl"), ("1.234", "en")])
def test_three_decimals_that_are_no_cent_amount_are_refused(text: str, lang: str) -> None:
    with pytest.raises(AmountError):
        parse_cents(text, lang)
    assert parse_cents(text, "en" if lang == "nl" else "nl") == 123400


def test_the_importer_rule_is_unchanged() -> None:
    """The CSV importer reads with parse_amount, which stays language-blind."""
    assert parse_amount("1,250") == Decimal("1.25")
    assert parse_amount("1.250") == Decimal("1250")
    assert parse_amount("1250.500") == Decimal("1250.5")


@given(st.integers(min_value=0, max_value=10**11), st.sampled_from(["nl", "en"]), st.booleans())
def test_formatted_amounts_read_back_in_the_same_language(
    cents: int, lang: str, whole: bool
) -> None:
    assert parse_cents(money(cents, lang, whole=whole), lang) == cents
    assert parse_cents(money(cents, lang).replace("€", "").strip(), lang) == cents


@given(st.text(alphabet="0123456789.,€£ -eurEUR\u00a0", max_size=16), st.sampled_from(["nl", "en"]))
def test_any_typed_text_is_cents_or_a_clear_refusal(text: str, lang: str) -> None:
    try:
        cents = parse_cents(text, lang)
    except AmountError:
        return
    assert cents >= 0
    assert isinstance(cents, int)


@given(st.text(max_size=30), st.sampled_from(["nl", "en"]))
def test_any_text_at_all_is_cents_or_a_refusal(text: str, lang: str) -> None:
    try:
        parse_cents(text, lang)
    except AmountError:
        return
