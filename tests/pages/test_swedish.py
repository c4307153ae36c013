"""Swedish number, date and mood wording on the pages and in the e-mail."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from kundrost.adapters.html import swedish
from kundrost.domain.week import IsoWeek

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (Decimal("0.5"), 0, "1"),
        (Decimal("12.345"), 2, "12,35"),
        (Decimal(1234567), 0, f"1{NBSP}234{NBSP}567"),
        (Decimal("-1.5"), 1, "−1,5"),
    ],
)
def test_numbers_have_a_decimal_comma_and_rounded_halves_up(
    value: Decimal, decimals: int, text: str
) -> None:
    assert swedish.number(value, decimals) == text


def test_percentages_and_points_keep_their_unit_on_the_same_line() -> None:
    assert swedish.percent(Decimal("88.889")) == f"88,9{NBSP}%"
    assert swedish.percent(None) == "–"
    assert swedish.points(Decimal("0.725")) == "73"


@pytest.mark.parametrize(
    ("change", "text"),
    [(Decimal(3), "+3"), (Decimal("-1.4"), "−1"), (Decimal("0.2"), "±0")],
)
def test_a_change_carries_its_sign(change: Decimal, text: str) -> None:
    assert swedish.signed(change) == text


@pytest.mark.parametrize(
    ("week", "text"),
    [
        (IsoWeek(2026, 48), "23–29 november 2026"),
        (IsoWeek(2026, 49), "30 november – 6 december 2026"),
        (IsoWeek(2026, 53), "28 december 2026 – 3 januari 2027"),
    ],
)
def test_a_week_reads_as_its_days(week: IsoWeek, text: str) -> None:
    assert swedish.period(week) == text


def test_a_moment_is_the_stores_wall_clock() -> None:
    moment = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)

    assert swedish.moment(moment, ZoneInfo("Europe/Stockholm")) == "30 november 2026 kl. 03:00"


@pytest.mark.parametrize(
    ("score", "mood"),
    [
        ("1", "Mycket nöjda"),
        ("0.5", "Mycket nöjda"),
        ("0.2", "Nöjda"),
        ("0", "Blandat"),
        ("-0.3", "Missnöjda"),
        ("-0.5", "Mycket missnöjda"),
    ],
)
def test_a_departments_mood_follows_its_sentiment(score: str, mood: str) -> None:
    assert swedish.mood(Decimal(score))[0] == mood


def test_a_department_named_but_never_judged_has_no_mood() -> None:
    assert swedish.mood(Decimal(0), judged=False)[0] == "Inget omdöme"


def test_quotation_marks_are_swedish_on_both_sides() -> None:
    text = 'Åtgärda kö: "Kön var lång" och “bara en kassa”'

    assert swedish.quotation_marks(text) == "Åtgärda kö: ”Kön var lång” och ”bara en kassa”"
