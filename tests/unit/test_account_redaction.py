"""A customer's card and bank account numbers are redacted before their words are kept;
years, prices and order numbers are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.account_redaction import ACCOUNT_MARK, CARD_MARK, redact_accounts
from kundrost.domain.identity_redaction import luhn_valid
from kundrost.domain.redaction import redact


@pytest.mark.parametrize(
    "number",
    [
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "1234 5678 9012 3456",
        "5555 5555 5555 4444",
        "3782 822463 10005",
        "378282246310005",
    ],
)
def test_a_card_number_is_redacted(number: str) -> None:
    assert redact(f"Det drogs två gånger från {number} i går.") == (
        f"Det drogs två gånger från {CARD_MARK} i går."
    )


def test_a_card_number_whose_check_fails_is_redacted_after_a_word_for_a_card() -> None:
    assert redact("Bankkortet 1234567890123 nekades.") == f"Bankkortet {CARD_MARK} nekades."


@pytest.mark.parametrize(
    "said",
    [
        "Mitt kontonummer är 8327-9, 123 456 789-0.",
        "Kontot 1234-12 345 67 fick pengarna.",
        "Clearingnummer 8327 9 och sen 123456789.",
        "Sätt in det på SE45 5000 0000 0583 9825 7466 tack.",
    ],
)
def test_a_bank_account_number_is_redacted(said: str) -> None:
    kept = redact(said)
    assert ACCOUNT_MARK in kept
    assert not any(digits in kept for digits in ("123", "345", "5000", "7466"))


@pytest.mark.parametrize(
    "said",
    [
        "Sedan 2019 2020 2021 2022 har det blivit sämre.",
        "Jag betalade med kort, 149 kronor, kassa 3.",
        "Ordernummer 4111111111111111 kom aldrig fram.",
        "Artikelnummer 1234567890123 stod på hyllkanten.",
        "Kortet fungerade, det kostade 12 500 kr och 1 299 kr.",
        "Kontot i appen visade 1 299 poäng och 20 kronor.",
        "Ring 070-123 45 99.",
    ],
)
def test_years_prices_and_order_numbers_are_kept(said: str) -> None:
    assert redact_accounts(said) == said


@st.composite
def card_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A card number that passes the Luhn check, and as someone may write it."""
    digits = draw(st.sampled_from("3456")) + draw(st.text("0123456789", min_size=14, max_size=14))
    digits += next(str(d) for d in range(10) if luhn_valid(digits + str(d)))
    groups = [digits[index : index + 4] for index in range(0, 16, 4)]
    return digits, draw(st.sampled_from([" ", "-", ""])).join(groups)


@given(card_numbers(), st.sampled_from(["149 kronor", "kassa 3", "2026-11-15", "år 2021"]))
def test_a_card_number_among_near_misses_goes_and_they_stay(
    number: tuple[str, str], near_miss: str
) -> None:
    _, written = number
    text = f"{near_miss}: jag betalade med {written} och {near_miss}"
    assert redact_accounts(text) == f"{near_miss}: jag betalade med {CARD_MARK} och {near_miss}"
