"""A store's business context: what it refuses, how complete it is, when the store is open."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from kundrost.domain.business_context import (
    BusinessContext,
    Campaign,
    CompletenessPolicy,
    Department,
    Gap,
    OpeningHours,
    Question,
    Weekday,
)
from kundrost.domain.errors import InvalidValue
from tests.unit.context_builders import (
    FACTS,
    HELSINKI,
    QUESTIONS,
    STOCKHOLM,
    STORE_ID,
    UTC,
    a_business_context,
    a_question,
    an_empty_context,
    at,
    every_day,
    hours,
)

# --- validation -------------------------------------------------------------------------


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        a_business_context(timezone="Europe/Göteborg")
    assert refused.value.field == "timezone"


def test_opening_and_closing_at_the_same_time_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        OpeningHours(time(8), time(8))
    assert refused.value.field == "operating_hours"


def test_opening_hours_with_a_time_zone_are_refused() -> None:
    with pytest.raises(InvalidValue, match="local wall-clock"):
        OpeningHours(time(8, tzinfo=UTC), time(20))


def test_an_alias_used_by_two_departments_is_refused_whatever_its_case() -> None:
    bakery = Department("Bageriet", ("bröd",))
    bread_shop = Department("Brödbutiken", ("Bröd",))
    with pytest.raises(InvalidValue) as refused:
        a_business_context(departments=(bakery, bread_shop))
    assert refused.value.field == "departments"


def test_weekday_names_given_as_strings_become_weekdays() -> None:
    context = a_business_context(operating_hours={"monday": hours("07:00", "22:00")})
    assert list(context.operating_hours) == [Weekday.MONDAY]
    assert context.hours_on(date(2026, 3, 2)) == hours("07:00", "22:00")
    assert context.hours_on(date(2026, 3, 3)) is None


def test_a_weekday_name_that_is_not_english_lowercase_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        a_business_context(operating_hours={"måndag": hours("07:00", "22:00")})
    assert refused.value.field == "operating_hours"


def test_opening_hours_that_are_not_opening_hours_are_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        a_business_context(operating_hours={"monday": ("08:00", "20:00")})
    assert refused.value.field == "operating_hours.monday"


def test_a_campaign_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        Campaign("Kräftpremiär", starts_on=date(2026, 8, 31), ends_on=date(2026, 8, 6))
    assert refused.value.field == "current_campaigns"


def test_a_one_day_campaign_runs_on_that_day_only() -> None:
    midsummer = Campaign("Midsommarsill", starts_on=date(2026, 6, 18), ends_on=date(2026, 6, 18))
    assert midsummer.runs_on(date(2026, 6, 18))
    assert not midsummer.runs_on(date(2026, 6, 17))
    assert not midsummer.runs_on(date(2026, 6, 19))


def test_a_question_asked_to_no_one_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        Question("Hur var kön?", frequency=0)
    assert refused.value.field == "frequency"


def test_a_department_is_found_by_any_of_its_names() -> None:
    context = a_business_context()
    assert context.department_named(" BRÖD ") == context.department_named("Bageriet")
    assert context.department_named("fiskdisken") is None


# --- completeness -----------------------------------------------------------------------


def test_a_full_context_scores_one_with_no_gaps_or_warnings() -> None:
    completeness = a_business_context().completeness()
    assert completeness.score == Decimal("1.00")
    assert completeness.gaps == ()
    assert not completeness.is_weak


def test_an_empty_context_scores_zero_and_names_all_four_gaps_with_warnings() -> None:
    completeness = an_empty_context().completeness()
    assert completeness.score == Decimal("0.00")
    assert set(completeness.gaps) == {
        Gap.NO_OPENING_HOURS,
        Gap.NO_DEPARTMENTS,
        Gap.FEW_QUESTIONS,
        Gap.NO_BASELINE_FACTS,
    }
    assert len(completeness.warnings) == 4
    assert completeness.is_weak


def test_a_context_scoring_exactly_the_threshold_is_not_warned_but_keeps_its_gaps() -> None:
    completeness = a_business_context(question_configuration=(), baseline_facts=()).completeness()
    assert completeness.score == Decimal("0.60")
    assert completeness.gaps == (Gap.FEW_QUESTIONS, Gap.NO_BASELINE_FACTS)
    assert completeness.warnings == ()


def test_a_context_just_below_the_threshold_is_warned_for_each_gap() -> None:
    context = a_business_context(departments=(), question_configuration=QUESTIONS[:1])
    completeness = context.completeness()
    assert completeness.score == Decimal("0.57")
    assert completeness.gaps == (Gap.NO_DEPARTMENTS, Gap.FEW_QUESTIONS)
    assert len(completeness.warnings) == 2
    assert completeness.is_weak


def test_a_stricter_threshold_warns_at_a_score_the_default_accepts() -> None:
    context = a_business_context(question_configuration=(), baseline_facts=())
    assert context.completeness(CompletenessPolicy(warn_below=Decimal("0.61"))).is_weak


@pytest.mark.parametrize(
    ("questions", "score"),
    [(0, "0.80"), (1, "0.87"), (2, "0.93"), (3, "1.00"), (4, "1.00")],
)
def test_fewer_than_three_questions_earn_partial_credit(questions: int, score: str) -> None:
    configured = tuple(a_question(f"Fråga nummer {n}?") for n in range(questions))
    completeness = a_business_context(question_configuration=configured).completeness()
    assert completeness.score == Decimal(score)
    assert (Gap.FEW_QUESTIONS in completeness.gaps) == (questions < 3)


def test_completeness_weights_must_add_up_to_one() -> None:
    with pytest.raises(InvalidValue) as refused:
        CompletenessPolicy(opening_hours=Decimal("0.5"))
    assert refused.value.field == "completeness_weights"


def test_facts_alone_score_their_weight() -> None:
    assert an_empty_context(baseline_facts=FACTS).completeness().score == Decimal("0.20")


# --- opening hours ----------------------------------------------------------------------

WINTER_TUESDAY = "2026-01-13"


def test_a_purchase_at_two_in_the_night_utc_is_outside_eight_to_eight() -> None:
    assert not a_business_context().is_open_at(at(f"{WINTER_TUESDAY} 02:00", UTC))


@pytest.mark.parametrize(
    ("local", "is_open"),
    [("07:59:59", False), ("08:00", True), ("13:30", True), ("19:59:59", True), ("20:00", False)],
)
def test_the_store_is_open_from_its_opening_time_up_to_not_including_closing(
    local: str, is_open: bool
) -> None:
    moment = at(f"{WINTER_TUESDAY} {local}").astimezone(UTC)
    assert a_business_context().is_open_at(moment) is is_open


@pytest.mark.parametrize(
    ("local", "is_open"), [("07:49", False), ("07:50", True), ("20:09", True), ("20:10", False)]
)
def test_grace_widens_the_opening_hours_at_both_ends(local: str, is_open: bool) -> None:
    moment = at(f"{WINTER_TUESDAY} {local}")
    assert a_business_context().is_open_at(moment, grace=timedelta(minutes=10)) is is_open


def test_the_store_is_closed_all_day_on_a_closed_date() -> None:
    context = a_business_context()
    assert not context.is_open_at(at("2026-12-25 12:00"))
    assert context.is_open_at(at("2026-12-26 12:00"))


def test_the_store_is_closed_on_a_weekday_without_hours() -> None:
    weekdays_only = {day: hours("08:00", "20:00") for day in list(Weekday)[:5]}
    context = a_business_context(operating_hours=weekdays_only)
    assert not context.is_open_at(at("2026-03-08 12:00"))
    assert context.is_open_at(at("2026-03-09 12:00"))


@pytest.mark.parametrize(
    ("local", "is_open"),
    [
        ("2026-03-03 17:59", False),
        ("2026-03-03 18:00", True),
        ("2026-03-03 23:30", True),
        ("2026-03-04 01:00", True),
        ("2026-03-04 02:00", False),
        ("2026-03-04 12:00", False),
    ],
)
def test_overnight_hours_run_past_midnight_into_the_next_local_day(
    local: str, is_open: bool
) -> None:
    context = a_business_context(operating_hours=every_day("18:00", "02:00"))
    assert context.is_open_at(at(local).astimezone(UTC)) is is_open


def test_after_midnight_belongs_to_the_night_that_began_on_the_previous_day() -> None:
    context = a_business_context(
        operating_hours=every_day("18:00", "02:00"), closed_dates={date(2026, 3, 3)}
    )
    assert not context.is_open_at(at("2026-03-04 01:00"))
    assert context.is_open_at(at("2026-03-05 01:00"))


@pytest.mark.parametrize(
    ("day", "opens_utc", "closes_utc"),
    [
        ("2026-03-28", "07:00", "19:00"),
        ("2026-03-29", "06:00", "18:00"),
        ("2026-10-24", "06:00", "18:00"),
        ("2026-10-25", "07:00", "19:00"),
    ],
)
def test_eight_in_the_morning_in_stockholm_moves_in_utc_on_the_dst_sundays(
    day: str, opens_utc: str, closes_utc: str
) -> None:
    context = a_business_context()
    opens, closes = at(f"{day} {opens_utc}", UTC), at(f"{day} {closes_utc}", UTC)
    assert hours("08:00", "20:00").window(date.fromisoformat(day), STOCKHOLM) == (opens, closes)
    assert not context.is_open_at(opens - timedelta(seconds=1))
    assert context.is_open_at(opens)
    assert context.is_open_at(closes - timedelta(seconds=1))
    assert not context.is_open_at(closes)


def test_a_night_store_closing_at_two_closes_when_the_clocks_jump_to_three() -> None:
    context = a_business_context(operating_hours=every_day("18:00", "02:00"))
    assert context.is_open_at(at("2026-03-29 00:59", UTC))
    assert not context.is_open_at(at("2026-03-29 01:00", UTC))


def test_a_night_store_closing_at_two_closes_the_first_time_the_clock_reads_two() -> None:
    context = a_business_context(operating_hours=every_day("18:00", "02:00"))
    assert context.is_open_at(at("2026-10-24 23:59", UTC))
    assert not context.is_open_at(at("2026-10-25 00:00", UTC))
    assert not context.is_open_at(at("2026-10-25 01:30", UTC))


def test_a_store_in_helsinki_keeps_its_hours_in_its_own_time_zone() -> None:
    helsinki = a_business_context(timezone="Europe/Helsinki")
    stockholm = a_business_context()
    eight_in_helsinki = at(f"{WINTER_TUESDAY} 08:00", HELSINKI)
    assert eight_in_helsinki == at(f"{WINTER_TUESDAY} 06:00", UTC)
    assert helsinki.is_open_at(eight_in_helsinki)
    assert not stockholm.is_open_at(eight_in_helsinki)
    assert not helsinki.is_open_at(at(f"{WINTER_TUESDAY} 19:30", STOCKHOLM))


def test_a_naive_purchase_time_is_refused_rather_than_read_in_the_machine_zone() -> None:
    with pytest.raises(InvalidValue) as refused:
        a_business_context().is_open_at(datetime(2026, 1, 13, 7, 30))
    assert refused.value.field == "moment"


def test_a_context_keeps_its_hours_read_only() -> None:
    context = BusinessContext(STORE_ID, operating_hours=every_day())
    with pytest.raises(TypeError):
        context.operating_hours[Weekday.MONDAY] = hours("00:00", "23:59")  # type: ignore[index]
