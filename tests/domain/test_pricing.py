"""The money of a proposal as an employer reads it: VAT per line with its reason, rounding per
line, group prices, discounts, funding estimates."""

from decimal import Decimal

import pytest

from broker_app.domain.messages import t
from broker_app.domain.pricing import (
    Funding,
    PriceLine,
    PricingError,
    decide_vat,
    totals,
)


def test_vat_exempt_for_funded_and_crkbo_providers_otherwise_21() -> None:
    assert decide_vat(True, False, None).reason == "exempt_funded"
    assert decide_vat(False, True, "21").rate == 0  # CRKBO wins over a stated rate
    assert decide_vat(False, False, None) == decide_vat(None, None, None)
    assert decide_vat(False, False, None).rate == Decimal(21)
    assert decide_vat(False, False, "9").rate == Decimal(9)
    assert "art. 11 lid 1 onderdeel o Wet OB 1968" in t("vat.exempt_crkbo")
    for reason in ("exempt_funded", "exempt_crkbo", "exempt_given", "standard"):
        assert t(f"vat.{reason}", "en")


def test_each_line_is_rounded_on_its_own_like_an_invoice() -> None:
    vat = decide_vat(False, False, None)
    line = PriceLine("Excel", participants=3, price_cents=3333, vat=vat)  # 99,99
    assert line.net_cents == 9999 and line.vat_cents == 2100  # 20,9979 -> 21,00
    two = totals([line, line])
    assert (two.excl_cents, two.vat_cents, two.incl_cents) == (19998, 4200, 24198)


def test_group_price_and_discount() -> None:
    exempt = decide_vat(True, None, None)
    line = PriceLine("VCA", participants=12, price_cents=25000, vat=exempt,
                     group_price_cents=240000, discount_cents=15000)  # fmt: skip
    assert line.net_cents == 225000 and line.vat_cents == 0 and line.total_cents == 225000
    with pytest.raises(PricingError) as info:
        PriceLine("VCA", participants=1, price_cents=100, vat=exempt, discount_cents=101)
    assert info.value.key == "pricing.discount_too_large"


def test_funding_is_an_estimate_and_stap_is_refused() -> None:
    vat = decide_vat(False, False, None)
    lines = [PriceLine("Leidinggeven", participants=4, price_cents=100000, vat=vat)]
    result = totals(lines, [Funding("SLIM scholingssubsidie", 200000)])
    assert result.incl_cents == 484000 and result.employer_cents == 284000
    assert "schatting" in t("funding.estimate", scheme="SLIM")
    assert totals(lines, [Funding("O&O-fonds", 10**9)]).employer_cents == 0
    for name in ("STAP", "stap-budget", " Stap "):
        with pytest.raises(PricingError):
            Funding(name, 1000)


def test_an_unknown_price_keeps_the_totals_honest() -> None:
    vat = decide_vat(True, None, None)
    result = totals([PriceLine("A", 2, 5000, vat), PriceLine("B", 2, None, vat)])
    assert result.excl_cents == 10000 and not result.complete
