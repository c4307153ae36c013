"""A customer's personal identity number (personnummer, samordningsnummer) is redacted
before their words are kept; dates, prices, postcodes and order numbers are not."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kundrost.domain.identity_redaction import IDENTITY_MARK, luhn_valid, redact_identities
from kundrost.domain.redaction import redact
from kundrost.domain.spoken_numbers import TEENS, UNITS

TESTER = "Det var lång kö i kassan, mitt personnummer är 19850412-1234 om ni behöver det."


def test_the_outside_testers_sentence_keeps_no_personnummer() -> None:
    assert redact(TESTER) == (
        "Det var lång kö i kassan, mitt personnummer är [personnummer] om ni behöver det."
    )


@pytest.mark.parametrize(
    "number",
    [
        "19850412-1234",
        "850412-1234",
        "850412+1234",
        "850412 - 1234",
        "850412–1234",
        "20050412-1234",
        "050412-1234",
        "850472-1234",
        "8504121230",
        "198504121230",
        "850412 1230",
        "åttiofem noll fyra tolv, ett två tre fyra",
        "åttiofem noll fyra tolv tolv trettiofyra",
        "nitton åttiofem noll fyra tolv ett två tre fyra",
        "Åtta fem noll fyra ett två, ett två tre fyra",
    ],
)
def test_a_personnummer_is_redacted_in_any_of_its_forms_wherever_it_stands(number: str) -> None:
    for before, after in (("Jag är ", " om ni undrar."), ("", ""), ("Det var (", "), tack.")):
        assert redact(before + number + after) == before + IDENTITY_MARK + after


@pytest.mark.parametrize(
    "said",
    [
        "Mitt personnummer är 8504121234.",
        "Personnumret, alltså 198504121234, stod på kvittot.",
        "Jag är född 850412 1234.",
    ],
)
def test_a_number_whose_check_fails_is_redacted_when_the_sentence_says_whose_it_is(
    said: str,
) -> None:
    assert IDENTITY_MARK in redact(said)
    assert "1234" not in redact(said)


@pytest.mark.parametrize(
    "said",
    [
        "Kvittot var daterat 2026-11-15 och 15/11/2026, kl 17.30.",
        "Soffan kostade 1 234 kr och lampan 12 500 kronor.",
        "Jag bor på postnummer 123 45 och kom 20 minuter för sent.",
        "Ordernummer 8504121230, det var min beställning.",
        "Kvittonumret var 8504121230 och kassa 3 var stängd.",
        "Kvitto 123456-7890, artikel 100 200 300.",
        "Jag väntade från 12.15 till 12.45 den 26/11.",
        "Ordern 8504121234 kom fram, 3 för 2 på allt.",
        "Priset 2 499,50 kr och 1 299 kr för två.",
        "Ett två tre fyra fem sex sju åtta nio tio personer i kön.",
        "Det var tjugo trettio fyrtio femtio sextio personer där.",
        "Numret 8504121234 på lappen stämde inte.",
    ],
)
def test_the_numbers_a_store_needs_are_kept(said: str) -> None:
    assert redact(said) == said


def _check_digit(nine: str) -> str:
    return next(str(digit) for digit in range(10) if luhn_valid(nine + str(digit)))


@st.composite
def personnummer(draw: st.DrawFn) -> tuple[str, str]:
    """A personnummer (or a samordningsnummer) with its check digit, as ten digits, and as
    someone may write it."""
    born = draw(st.dates(date(1900, 1, 1), date(2026, 12, 7)))
    day = born.day + draw(st.sampled_from([0, 60]))
    digits = f"{born:%y%m}{day:02d}" + draw(st.text("0123456789", min_size=3, max_size=3))
    digits += _check_digit(digits)
    century = f"{born:%Y}"[:2]
    written = draw(
        st.sampled_from(
            [
                f"{digits[:6]}-{digits[6:]}",
                f"{century}{digits[:6]}-{digits[6:]}",
                f"{digits[:6]}+{digits[6:]}",
                f"{century}{digits}",
                digits,
                f"{digits[:6]} {digits[6:]}",
            ]
        )
    )
    return digits, written


_NEAR_MISSES = st.sampled_from(
    [
        "149 kronor",
        "kl 17.30",
        "kassa 3",
        "2026-11-15",
        "15/11/2026",
        "1 234 kr",
        "12 500 kr",
        "postnummer 123 45",
        "ordernummer 4711",
        "kvitto 123456",
        "ordernummer 8504121230",
        "20 minuter",
        "3 för 2",
        "år 1985",
        "tre fyra fem",
        "kassan",
    ]
)


@given(st.lists(_NEAR_MISSES, max_size=10), st.sampled_from([" ", ", ", ". ", " och "]))
def test_a_text_of_dates_prices_postcodes_and_order_numbers_is_kept(
    parts: list[str], gap: str
) -> None:
    text = gap.join(parts)
    assert redact_identities(text) == text


@given(personnummer(), _NEAR_MISSES, _NEAR_MISSES)
@example(("8504121230", "850412-1230"), "ordernummer 4711", "149 kronor")
def test_a_personnummer_among_near_misses_goes_and_they_stay(
    number: tuple[str, str], before: str, after: str
) -> None:
    digits, written = number
    kept = redact_identities(f"{before}. Jag har {written} och {after}")
    if digits[0] == "0" and written.replace(" ", "").isdigit():
        return  # a block that starts with 0 is the phone rule's (test_contact_redaction)
    assert kept == f"{before}. Jag har {IDENTITY_MARK} och {after}"


_WORDS_OF = {**{str(d): w for d, w in enumerate(UNITS[:1] + UNITS[2:])}}
_TENS_SAID = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")


def _said(pair: str, whole: bool) -> str:
    """Two digits in words: as one number ("åttiofem", "tolv") or digit by digit."""
    if not whole or pair[0] == "0":
        return f"{_WORDS_OF[pair[0]]} {_WORDS_OF[pair[1]]}"
    if pair[0] == "1":
        return TEENS[int(pair[1])]
    unit = "" if pair[1] == "0" else _WORDS_OF[pair[1]]
    return _TENS_SAID[int(pair[0]) - 2] + unit


@given(personnummer(), st.lists(st.booleans(), min_size=5, max_size=5))
def test_a_personnummer_said_in_number_words_is_redacted(
    number: tuple[str, str], wholes: list[bool]
) -> None:
    digits, _ = number
    pairs = [digits[index : index + 2] for index in range(0, 10, 2)]
    said = " ".join(_said(pair, whole) for pair, whole in zip(pairs, wholes, strict=True))
    assert redact(f"Det är {said}, tack.") == f"Det är {IDENTITY_MARK}, tack."
