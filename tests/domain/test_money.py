from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broker_app.domain.formatting import long_date, money
from broker_app.domain.money import AmountError, parse_amount, parse_cents, to_cents


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
