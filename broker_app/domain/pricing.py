"""The money of a proposal: lines with VAT decided per line, funding estimates, totals.

VAT: education is exempt (art. 11 lid 1 onderdeel o Wet OB 1968) when a government-funded
institution gives it, or a private provider registered with CRKBO; otherwise 21 %. Each line is
rounded to whole cents on its own, as an invoice is, and the totals add the rounded lines.
Funding is always an estimate and says so; the STAP-budget ended on 1 January 2024 and is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from broker_app.domain.money import to_cents

STANDARD_RATE = Decimal(21)
ENDED_SCHEMES = ("stap", "stap-budget", "stapbudget")


class PricingError(ValueError):
    """A line or funding that cannot stand in a proposal; ``key`` names the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class VatDecision:
    rate: Decimal  # percent: 0, 9 or 21
    reason: str  # exempt_funded, exempt_crkbo, rate_given, standard


def decide_vat(funded: bool | None, crkbo: bool | None, vat: str | None) -> VatDecision:
    """Exempt when the provider is funded or CRKBO-registered; else the offering's own rate; else
    the standard 21 %."""
    if funded:
        return VatDecision(Decimal(0), "exempt_funded")
    if crkbo:
        return VatDecision(Decimal(0), "exempt_crkbo")
    if vat == "vrijgesteld":
        return VatDecision(Decimal(0), "exempt_given")
    if vat in ("0", "9", "21"):
        return VatDecision(Decimal(vat), "rate_given")
    return VatDecision(STANDARD_RATE, "standard")


@dataclass(frozen=True)
class PriceLine:
    title: str
    participants: int
    price_cents: int | None  # per participant, excluding VAT
    vat: VatDecision
    group_price_cents: int | None = None  # instead of price x participants, when agreed
    discount_cents: int = 0

    def __post_init__(self) -> None:
        if self.participants < 0 or self.discount_cents < 0:
            raise PricingError("pricing.negative", title=self.title)
        if self.gross_before_discount is None:
            return
        if self.discount_cents > self.gross_before_discount:
            raise PricingError("pricing.discount_too_large", title=self.title)

    @property
    def gross_before_discount(self) -> int | None:
        if self.group_price_cents is not None:
            return self.group_price_cents
        if self.price_cents is None:
            return None
        return self.price_cents * self.participants

    @property
    def net_cents(self) -> int | None:
        """Excluding VAT, after discount; None while the price is unknown."""
        gross = self.gross_before_discount
        return None if gross is None else gross - self.discount_cents

    @property
    def vat_cents(self) -> int | None:
        net = self.net_cents
        return None if net is None else to_cents(Decimal(net) * self.vat.rate / 10_000)

    @property
    def total_cents(self) -> int | None:
        net, vat = self.net_cents, self.vat_cents
        return None if net is None or vat is None else net + vat


@dataclass(frozen=True)
class Funding:
    scheme: str  # sector training fund, SLIM scholingssubsidie, ...
    amount_cents: int  # an estimate, always

    def __post_init__(self) -> None:
        if self.scheme.strip().casefold().replace(" ", "-") in ENDED_SCHEMES:
            raise PricingError("pricing.stap_ended")
        if self.amount_cents < 0:
            raise PricingError("pricing.negative", title=self.scheme)


@dataclass(frozen=True)
class Scheme:
    """A contribution scheme: a share of the cost, up to a maximum (both estimates)."""

    name: str
    percent: Decimal
    max_cents: int | None = None

    def estimate(self, cost_cents: int) -> Funding:
        amount = to_cents(Decimal(cost_cents) * self.percent / 10_000)
        if self.max_cents is not None:
            amount = min(amount, self.max_cents)
        return Funding(self.name, amount)


def schemes_from(data: object) -> list[Scheme]:
    """Schemes from settings or the bundled list; entries that make no sense are left out."""
    items = data.get("schemes") if isinstance(data, dict) else data
    result = []
    for item in items if isinstance(items, list) else []:
        try:
            name = str(item["name"]).strip()
            percent = Decimal(str(item.get("percent", 0)))
            cap = item.get("max_cents")
            scheme = Scheme(name, percent, int(cap) if cap is not None else None)
            Funding(name, 0)  # refuses STAP
        except (KeyError, TypeError, ValueError, ArithmeticError, PricingError):
            continue
        if name and 0 <= percent <= 100:
            result.append(scheme)
    return result


@dataclass
class Totals:
    excl_cents: int
    vat_cents: int
    incl_cents: int
    vat_by_rate: dict[Decimal, int] = field(default_factory=dict)
    funding_cents: int = 0
    employer_cents: int = 0  # what is left for the employer after the estimated funding
    complete: bool = True  # False when a line has no price yet


def totals(lines: Sequence[PriceLine], funding: Sequence[Funding] = ()) -> Totals:
    """Sums of the rounded lines; funding never takes the employer's share below zero."""
    priced = [line for line in lines if line.net_cents is not None]
    vat_by_rate: dict[Decimal, int] = {}
    for line in priced:
        vat_by_rate[line.vat.rate] = vat_by_rate.get(line.vat.rate, 0) + (line.vat_cents or 0)
    excl = sum(line.net_cents or 0 for line in priced)
    vat = sum(vat_by_rate.values())
    funded = sum(f.amount_cents for f in funding)
    return Totals(
        excl_cents=excl,
        vat_cents=vat,
        incl_cents=excl + vat,
        vat_by_rate=vat_by_rate,
        funding_cents=funded,
        employer_cents=max(0, excl + vat - funded),
        complete=len(priced) == len(lines),
    )
