from broker_app.domain.composition import Module, compose

LABELS = ["medicatie", "zorgplan", "tillen"]


def module(name: str, price: int | None, hours: int = 20, **covers: float) -> Module:
    return Module(name, name, "ROC", price, hours, covers)


def test_two_cheap_modules_beat_one_dear_one_and_gaps_are_named() -> None:
    mods = [
        module("alles-duur", 300_000, medicatie=1.0, zorgplan=1.0),
        module("medicatie", 40_000, medicatie=1.0),
        module("zorgplan", 35_000, zorgplan=1.0),
    ]
    p = compose(mods, LABELS, budget_cents=150_000)
    assert sorted(m.title for m in p.modules) == ["medicatie", "zorgplan"]
    assert p.covered == ["medicatie", "zorgplan"] and p.gaps == ["tillen"]
    assert p.price_cents == 75_000 and p.hours == 40


def test_redundant_modules_are_dropped() -> None:
    mods = [
        module("medicatie", 1_000, medicatie=1.0),  # cheapest, so chosen first ...
        module("beide", 3_000, medicatie=1.0, zorgplan=1.0),  # ... then this one covers it too
        module("zorgplan", 5_000, zorgplan=1.0),
    ]
    p = compose(mods, LABELS[:2])
    assert [m.title for m in p.modules] == ["beide"]
    assert p.gaps == [] and p.price_cents == 3_000


def test_budget_and_hours_are_respected() -> None:
    mods = [module("a", 60_000, 100, medicatie=1.0), module("b", 60_000, 100, zorgplan=1.0)]
    assert len(compose(mods, LABELS, budget_cents=100_000).modules) == 1
    assert len(compose(mods, LABELS, max_hours=150).modules) == 1
    assert compose(mods, LABELS, budget_cents=10_000).modules == []


def test_an_unknown_price_is_not_treated_as_free() -> None:
    mods = [module("onbekend", None, medicatie=1.0), module("bekend", 50_000, medicatie=1.0)]
    p = compose(mods, LABELS)
    assert [m.title for m in p.modules] == ["bekend"]
    assert p.price_known
