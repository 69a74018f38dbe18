"""What a broker types about an employer: read generously, refused with a clear message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broker_app.domain.client_checks import (
    CLIENT_CHECKS,
    check_email,
    check_fields,
    check_kvk,
    check_name,
    check_phone,
    check_postcode,
)


@pytest.mark.parametrize(
    "typed", ["12345678", " 12345678 ", "1234 5678", "12.34.56.78", "12-345-678", "1234\u00a05678"]
)
def test_kvk_accepts_what_people_type(typed: str) -> None:
    checked = check_kvk(typed)
    assert checked.ok and checked.value == "12345678"


def test_kvk_with_too_few_digits_says_how_many() -> None:
    checked = check_kvk("1234 567")
    assert not checked.ok
    assert checked.message("nl") == "Een KvK-nummer heeft 8 cijfers; dit zijn er 7."
    assert checked.message("en") == "A KvK number has 8 digits; this has 7."


@pytest.mark.parametrize("typed", ["1234567a", "KvK12345678", "١٢٣٤٥٦٧٨"])
def test_kvk_with_letters_or_other_digits_is_refused(typed: str) -> None:
    checked = check_kvk(typed)
    assert checked.problem == "client.kvk_not_digits"
    assert "alleen uit cijfers" in checked.message("nl")


def test_empty_optional_fields_are_none() -> None:
    for check in (check_kvk, check_email, check_postcode, check_phone):
        assert check("  ").ok and check("  ").value is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("info@bedrijf.nl", "info@bedrijf.nl"),
        (" M.Bosch@Thuiszorg-IJsseldelta.NL ", "M.Bosch@thuiszorg-ijsseldelta.nl"),
        ("jan+opleiding@mail.example.com", "jan+opleiding@mail.example.com"),
    ],
)
def test_email_accepted_and_domain_lowered(typed: str, stored: str) -> None:
    assert check_email(typed).value == stored


@pytest.mark.parametrize(
    "typed",
    ["jan", "jan@", "@bedrijf.nl", "jan@bedrijf", "jan @bedrijf.nl", "jan@bedrijf..nl",
     "jan@@bedrijf.nl", ".jan@bedrijf.nl", "jan..de.vries@bedrijf.nl", "jan@-bedrijf.nl"],
)  # fmt: skip
def test_email_that_cannot_be_an_address_is_refused(typed: str) -> None:
    checked = check_email(typed)
    assert not checked.ok
    assert checked.message("nl") == "Dit is geen geldig e-mailadres (bijv. naam@bedrijf.nl)."


@pytest.mark.parametrize(
    ("typed", "stored"), [("8017 JL", "8017 JL"), ("8017jl", "8017 JL"), (" 8017  jl ", "8017 JL")]
)
def test_postcode_normalised(typed: str, stored: str) -> None:
    assert check_postcode(typed).value == stored


@pytest.mark.parametrize("typed", ["0123 AB", "801 JL", "8017 J", "8017 SS", "8017-JL", "JL 8017"])
def test_postcode_refused(typed: str) -> None:
    assert check_postcode(typed).problem == "client.postcode_invalid"


@pytest.mark.parametrize(
    "typed", ["038-4217733", "06-41827365", "+31 6 12345678", "(038) 421 77 33"]
)
def test_phone_accepted_as_typed(typed: str) -> None:
    assert check_phone(typed).value == typed


@pytest.mark.parametrize("typed", ["12345", "bel maar", "038-421773x", "+31 6 1234 5678 9012 345"])
def test_phone_refused(typed: str) -> None:
    assert check_phone(typed).problem == "client.phone_invalid"


def test_name_is_required_and_spaces_tidied() -> None:
    assert check_name("  Hotelgroep   Vechtdal ").value == "Hotelgroep Vechtdal"
    assert check_name("   ").message("nl") == "Vul de naam van de werkgever in."


def test_check_fields_splits_right_from_wrong() -> None:
    clean, problems = check_fields(
        {"name": "Datawerf", "kvk": "1234", "email": "info@datawerf.nl", "bogus": "x"},
        CLIENT_CHECKS,
    )
    assert clean == {"name": "Datawerf", "email": "info@datawerf.nl"}
    assert list(problems) == ["kvk"]


@given(st.text(max_size=30))
def test_kvk_check_never_fails_and_keeps_only_eight_digits(text: str) -> None:
    checked = check_kvk(text)
    assert checked.ok or checked.problem in {"client.kvk_not_digits", "client.kvk_length"}
    if checked.value is not None:
        assert len(checked.value) == 8 and checked.value.isdigit()


@given(st.text(max_size=40))
def test_email_check_never_stores_spaces(text: str) -> None:
    checked = check_email(text)
    if checked.value is not None:
        assert " " not in checked.value and checked.value.count("@") == 1
