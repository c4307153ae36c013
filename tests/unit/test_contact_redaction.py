"""A customer's phone numbers and e-mail addresses are redacted before their words are kept;
the numbers a store needs (prices, times, dates, counts) are not."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kundrost.domain.analysis import ActionableItem, Category, Sentiment, Theme
from kundrost.domain.analysis_redaction import redact_analysis
from kundrost.domain.contact_redaction import EMAIL_MARK, PHONE_MARK, redact_contacts
from kundrost.domain.redaction import redact
from tests.unit.grading_builders import an_analysis

TESTER = "…ring mig gärna på 070-123 45 99 eller maila kalle.anka@example.se om kassorna vid lunch."


def test_the_outside_testers_call_keeps_neither_number_nor_address() -> None:
    assert (
        redact(TESTER) == "…ring mig gärna på [telefon] eller maila [e-post] om kassorna vid lunch."
    )


@pytest.mark.parametrize(
    "number",
    [
        "070-123 45 99",
        "0701234599",
        "070 123 45 99",
        "070-1234599",
        "070/123 45 99",
        "+46 70 123 45 99",
        "+46701234599",
        "+46 70-123 45 99",
        "0046 70 123 45 99",
        "08-123 456 78",
        "08-12 34 56",
        "031-12 34 56",
        "0771-123 456",
        "0 7 0 1 2 3 4 5 9 9",
        "123 45 67",
        "noll sju noll, ett två tre, fyrtiofem, nittionio",
        "noll sjuttio ett två tre fyrtiofem nittionio",
        "Noll åtta, tolv trettiofyra femtiosex",
        "plus fyrtiosex sjuttio ett två tre fyrtiofem nittionio",
    ],
)
def test_a_phone_number_is_redacted_in_any_of_its_forms(number: str) -> None:
    assert redact_contacts(f"Ring mig på {number} i kväll.") == f"Ring mig på {PHONE_MARK} i kväll."


@pytest.mark.parametrize(
    "address",
    [
        "kalle.anka@example.se",
        "Kalle.Anka+kvitto@mail.example.com",
        "anna_2@bredband.net",
        "erik-svensson@företaget.se",
        "kalle.anka @ example.se",
        "[namn].anka@example.se",
        "kalle punkt anka snabel-a example punkt se",
        "kalleanka snabel a gmail punkt com",
        "kalle understreck anka snabela hotmail punkt se",
    ],
)
def test_an_e_mail_address_is_redacted_whole(address: str) -> None:
    assert redact(f"Maila mig på {address}.") == f"Maila mig på {EMAIL_MARK}."


@pytest.mark.parametrize(
    "said",
    [
        "Det kostade 149 kronor, men hyllan sa 129:90.",
        "Jag var där kl 17.30 och igen 08.10 dagen efter.",
        "Kassa 3 var stängd, kassa 12 också.",
        "Jag köpte 2 kilo potatis och 1,5 liter mjölk för 0 kronor i rabatt.",
        "Vi väntade 20 minuter, sen 10 15 20 minuter till.",
        "Sedan 2019 2020 och 2021 har det blivit sämre.",
        "Kvittot var daterat 2026-11-15 och 05-11-2026, eller 05/11/2026.",
        "En tv för 12 500 kronor, soffan 1 299 kr, huset 2 500 000.",
        "Ordernummer 4711, kvitto 123456, artikel 100 200 300.",
        "Färgen NCS S 1005-Y20R, fyra liter, 25 procent billigare.",
        "Öppet 08-22 alla dagar, 07.00-22.00 på lördagar, 24/7 i appen.",
        "Öppet 08-22, 10-18 på helger och 8-20 i juli.",
        "Noll sekunder i kö, noll koll och noll service.",
        "Tre fyra fem sex sju åtta nio tio personer i kön.",
        "Jag köpte 3 2-liters flaskor för 49 90 styck.",
        "Plus fem grader i frysen och 0,5 liter kvar.",
        "Öppet 08-22, tre 149 kronor, noll 20 30 40 50 minuter.",
        "Priserna 29 39 49 59 kronor stod fel.",
        "Skriv till oss @kundtjänst eller på hemsidan.",
    ],
)
def test_the_numbers_a_store_needs_are_kept(said: str) -> None:
    assert redact(said) == said


_NEAR_MISSES = st.sampled_from(
    [
        "149 kronor",
        "kl 17.30",
        "kassa 3",
        "2 kilo",
        "1,5 liter",
        "20 minuter",
        "år 2025",
        "2026-11-15",
        "12 500 kr",
        "order 4711",
        "noll koll",
        "plus fem",
        "24/7",
        "3 för 2",
        "08-22,",
        "kl 8-22",
        "var",
        "och",
        "bra",
        "tre",
        "kassan",
        "kön",
    ]
)


@given(st.lists(_NEAR_MISSES, max_size=12), st.sampled_from([" ", ", ", ". ", " och "]))
def test_a_text_of_prices_times_dates_and_counts_is_kept(parts: list[str], gap: str) -> None:
    text = gap.join(parts)
    assert redact_contacts(text) == text


@st.composite
def mobile_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A Swedish mobile number as digits, and as someone may write it."""
    digits = "07" + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=8, max_size=8)))
    prefix = draw(st.sampled_from(["0", "+46 ", "+46", "0046 "]))
    rest = digits[1:]
    cuts = sorted(draw(st.sets(st.integers(1, len(rest) - 1), max_size=4)))
    groups = [rest[a:b] for a, b in zip([0, *cuts], [*cuts, len(rest)], strict=True)]
    separators = draw(st.lists(st.sampled_from([" ", "-", " - "]), min_size=len(groups)))
    written = groups[0] + "".join(sep + g for sep, g in zip(separators, groups[1:], strict=False))
    return digits, prefix + written


@given(mobile_numbers(), _NEAR_MISSES, _NEAR_MISSES)
@example(("0701234599", "070-123 45 99"), "kassa 3", "149 kronor")
def test_a_mobile_number_among_near_misses_goes_and_they_stay(
    number: tuple[str, str], before: str, after: str
) -> None:
    digits, written = number
    text = f"{before}: ring {written} om {after}"
    kept = redact_contacts(text)
    assert kept == f"{before}: ring {PHONE_MARK} om {after}"
    assert digits[3:] not in "".join(ch for ch in kept if ch.isdigit())


@given(st.text(alphabet="0123456789 -+@.abcnollplusåsnabel", max_size=60))
def test_redacting_twice_changes_nothing_more(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


def test_every_kept_text_of_an_analysis_loses_the_customers_contact_details() -> None:
    said = "Ring 070-123 45 99 eller maila kalle.anka@example.se om kassorna."
    analysis = an_analysis(
        themes=(Theme("Kassorna", Sentiment.NEGATIVE, Category.SERVICE, "Kassa", said),),
        actionable_items=(ActionableItem(Category.SERVICE, f"Öppna fler kassor: {said}"),),
        summary=f"Negativt: kassorna. Kunden: {said}",
    )
    redacted = redact_analysis(analysis)
    texts = [redacted.summary, redacted.themes[0].quote, redacted.actionable_items[0].description]
    assert all(text is not None and "[telefon] eller maila [e-post] om" in text for text in texts)
    assert not any("070" in str(text) or "anka" in str(text) for text in texts)
