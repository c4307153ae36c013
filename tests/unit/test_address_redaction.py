"""A street address a customer gives as a home is redacted before their words are kept; the
store's own address, and other places of business, are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.address_redaction import ADDRESS_MARK, redact_addresses
from kundrost.domain.redaction import redact


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jag bor på Storgatan 12, så jag går förbi.", "Jag bor på [adress], så jag går förbi."),
        ("jag bor på storgatan 12 b och handlar här", "jag bor på [adress] och handlar här"),
        ("Min adress är Gamla Kungsvägen 3, lgh 1101.", "Min adress är [adress]."),
        ("Skicka hem till mig, Björkvägen 7, 123 45 Lund.", "Skicka hem till mig, [adress]."),
        ("Mamma bodde på Ringvägen 12 4 tr i tio år.", "Mamma bodde på [adress] i tio år."),
        (
            "Jag bor på Storgatan 12 och ni ligger på Kungsgatan 3.",
            "Jag bor på [adress] och ni ligger på Kungsgatan 3.",
        ),
    ],
)
def test_an_address_given_as_a_home_is_redacted(said: str, kept: str) -> None:
    assert redact(said) == kept


@pytest.mark.parametrize(
    "said",
    [
        "Butiken på Storgatan 12 var stängd.",
        "Ni ligger ju på Kungsgatan 5, mitt emot torget.",
        "Jag bor nära butiken på Storgatan 12.",
        "Jag bor i Lund men handlade på Drottninggatan 5.",
        "Jag bor på Storgatan, inget nummer behövs.",
        "Vi bor på plan 3 och på våning 2.",
        "Parkeringen vid Kungsvägen 4 var full.",
        "Jag bor i 123 45, kassa 3 var öppen.",
    ],
)
def test_the_stores_address_and_other_places_are_kept(said: str) -> None:
    assert redact_addresses(said) == said


_STREETS = st.sampled_from(["Storgatan", "storgatan", "Björkvägen", "Lilla Torget", "Åsgränd"])


@given(_STREETS, st.integers(1, 199), st.sampled_from(["", " B", "A"]))
def test_a_home_address_goes_and_the_stores_stays(street: str, number: int, letter: str) -> None:
    address = f"{street} {number}{letter}"
    text = f"Jag bor på {address}. Butiken på {address} hade kö."
    assert redact_addresses(text) == f"Jag bor på {ADDRESS_MARK}. Butiken på {address} hade kö."
