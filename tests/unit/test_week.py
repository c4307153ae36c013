from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.week import IsoWeek, weeks_in
from tests.unit.report_builders import STOCKHOLM


def test_a_week_is_written_in_the_iso_form() -> None:
    assert str(IsoWeek(2026, 48)) == "2026-W48"
    assert str(IsoWeek(2027, 1)) == "2027-W01"


def test_the_iso_form_reads_back_as_the_same_week() -> None:
    assert IsoWeek.parse("2026-W48") == IsoWeek(2026, 48)


def test_text_that_is_not_an_iso_week_is_refused() -> None:
    with pytest.raises(InvalidValue):
        IsoWeek.parse("vecka 48")


def test_a_year_that_starts_on_a_thursday_has_53_weeks() -> None:
    assert weeks_in(2026) == 53
    assert IsoWeek(2026, 53).monday == date(2026, 12, 28)


def test_week_53_is_refused_in_a_year_of_52_weeks() -> None:
    with pytest.raises(InvalidValue) as refused:
        IsoWeek(2025, 53)
    assert refused.value.field == "week"


@pytest.mark.parametrize("week", [0, 54, True, 4.0])
def test_a_week_number_outside_the_year_or_not_whole_is_refused(week: object) -> None:
    with pytest.raises(InvalidValue):
        IsoWeek(2026, week)  # type: ignore[arg-type]


def test_new_years_day_can_belong_to_the_last_week_of_the_year_before() -> None:
    friday = datetime(2027, 1, 1, 10, tzinfo=STOCKHOLM)
    assert IsoWeek.of(friday, STOCKHOLM) == IsoWeek(2026, 53)


def test_the_last_days_of_december_can_belong_to_the_first_week_of_the_next_year() -> None:
    monday = datetime(2024, 12, 30, 10, tzinfo=STOCKHOLM)
    assert IsoWeek.of(monday) == IsoWeek(2025, 1)


def test_a_moment_belongs_to_the_week_of_its_date_in_the_store_zone() -> None:
    sunday_night_utc = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
    assert IsoWeek.of(sunday_night_utc, STOCKHOLM) == IsoWeek(2026, 49)
    assert IsoWeek.of(sunday_night_utc, UTC) == IsoWeek(2026, 48)


def test_the_store_zone_defaults_to_stockholm() -> None:
    assert IsoWeek.of(datetime(2026, 11, 29, 23, 30, tzinfo=UTC)) == IsoWeek(2026, 49)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(InvalidValue):
        IsoWeek.of(datetime(2026, 11, 25, 12))


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(InvalidValue):
        IsoWeek(2026, 48).bounds("Europe/Kiruna")


def test_a_week_starts_on_its_monday() -> None:
    assert IsoWeek.from_monday(date(2026, 11, 23)) == IsoWeek(2026, 48)
    assert IsoWeek(2026, 48).monday == date(2026, 11, 23)
    assert IsoWeek(2026, 48).sunday == date(2026, 11, 29)


@pytest.mark.parametrize("day", [date(2026, 11, 24), date(2026, 11, 29)])
def test_an_analysis_week_that_is_not_a_monday_is_refused(day: date) -> None:
    with pytest.raises(InvalidValue) as refused:
        IsoWeek.from_monday(day)
    assert refused.value.field == "analysis_week"


def test_the_weeks_around_a_53_week_year_end_follow_one_another() -> None:
    assert IsoWeek(2026, 53).next() == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1).previous() == IsoWeek(2026, 53)
    assert IsoWeek(2025, 1).previous() == IsoWeek(2024, 52)
    assert IsoWeek(2027, 1).weeks_since(IsoWeek(2026, 50)) == 4


def test_the_week_the_clocks_go_forward_is_167_hours_long() -> None:
    week = IsoWeek.of(datetime(2026, 3, 29, 12, tzinfo=STOCKHOLM))
    assert week.length(STOCKHOLM) == timedelta(hours=167)


def test_the_week_the_clocks_go_back_is_169_hours_long() -> None:
    week = IsoWeek.of(datetime(2026, 10, 25, 12, tzinfo=STOCKHOLM))
    assert week.length(STOCKHOLM) == timedelta(hours=169)


def test_an_ordinary_week_is_168_hours_long() -> None:
    assert IsoWeek(2026, 48).length() == timedelta(hours=168)


def test_a_week_runs_from_monday_midnight_to_the_next_monday_midnight_local_time() -> None:
    start, end = IsoWeek(2026, 48).bounds(STOCKHOLM)
    assert start == datetime(2026, 11, 23, tzinfo=STOCKHOLM)
    assert end == datetime(2026, 11, 30, tzinfo=STOCKHOLM)
    assert start.utcoffset() == timedelta(0)


def test_a_week_holds_sunday_night_but_not_the_next_monday_midnight() -> None:
    week = IsoWeek(2026, 48)
    assert week.contains(datetime(2026, 11, 29, 23, 59, tzinfo=STOCKHOLM), STOCKHOLM)
    assert not week.contains(datetime(2026, 11, 30, 0, 0, tzinfo=STOCKHOLM), STOCKHOLM)
    assert week.contains(datetime(2026, 11, 23, 0, 0, tzinfo=timezone(timedelta(hours=1))))


def test_weeks_sort_in_time_order_across_years() -> None:
    weeks = [IsoWeek(2027, 1), IsoWeek(2026, 53), IsoWeek(2026, 2)]
    assert sorted(weeks) == [IsoWeek(2026, 2), IsoWeek(2026, 53), IsoWeek(2027, 1)]
    assert IsoWeek(2026, 53) < IsoWeek(2027, 1)
