"""Schedules: cron expressions on Stockholm's wall clock, right across daylight saving."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import islice, pairwise
from zoneinfo import ZoneInfo

import pytest

from kundrost.entrypoints.scheduler.schedule import Schedule, ScheduleError

STOCKHOLM = ZoneInfo("Europe/Stockholm")
AUTUMN_CHANGE = datetime(2026, 10, 25, tzinfo=STOCKHOLM)
"""Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET."""
SPRING_CHANGE = datetime(2026, 3, 29, tzinfo=STOCKHOLM)
"""Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST."""


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=STOCKHOLM)


def firings(expression: str, start: datetime, end: datetime) -> list[datetime]:
    schedule = Schedule(expression)
    found: list[datetime] = []
    for moment in schedule.firings(start):
        if moment >= end:
            return found
        found.append(moment)
    raise AssertionError("unreachable")


def test_the_weekly_reports_run_at_three_on_monday_in_stockholm() -> None:
    schedule = Schedule("0 3 * * MON")

    assert schedule.next_after(local("2026-11-26 12:00")) == local("2026-11-30 03:00")
    assert schedule.next_after(local("2026-11-30 03:00")) == local("2026-12-07 03:00")


def test_the_monday_after_the_autumn_change_runs_at_three_winter_time() -> None:
    monday = Schedule("0 3 * * MON").next_after(AUTUMN_CHANGE)

    assert monday == datetime(2026, 10, 26, 2, 0, tzinfo=UTC)
    assert f"{monday.astimezone(STOCKHOLM):%a %H:%M %Z}" == "Mon 03:00 CET"


def test_the_monday_after_the_spring_change_runs_at_three_summer_time() -> None:
    monday = Schedule("0 3 * * MON").next_after(SPRING_CHANGE)

    assert monday == datetime(2026, 3, 30, 1, 0, tzinfo=UTC)
    assert f"{monday.astimezone(STOCKHOLM):%a %H:%M %Z}" == "Mon 03:00 CEST"


def test_an_hourly_job_runs_every_real_hour_on_the_25_hour_autumn_day() -> None:
    day = firings("0 * * * *", AUTUMN_CHANGE - timedelta(seconds=1), local("2026-10-26 00:00"))

    assert len(day) == 25
    assert all(later - earlier == timedelta(hours=1) for earlier, later in pairwise(day))


def test_an_hourly_job_runs_every_real_hour_on_the_23_hour_spring_day() -> None:
    day = firings("0 * * * *", SPRING_CHANGE - timedelta(seconds=1), local("2026-03-30 00:00"))

    assert len(day) == 23
    assert all(later - earlier == timedelta(hours=1) for earlier, later in pairwise(day))


@pytest.mark.slow
@pytest.mark.parametrize("change", [AUTUMN_CHANGE, SPRING_CHANGE], ids=["autumn", "spring"])
def test_a_minutely_job_runs_every_real_minute_across_a_change(change: datetime) -> None:
    start = change + timedelta(hours=1)
    minutes = list(islice(Schedule("* * * * *").firings(start), 4 * 60))

    assert all(later - earlier == timedelta(minutes=1) for earlier, later in pairwise(minutes))
    assert minutes[0] == start + timedelta(minutes=1)


def test_a_fixed_time_in_the_repeated_autumn_hour_runs_once_in_its_first_pass() -> None:
    runs = firings("30 2 * * *", local("2026-10-24 12:00"), local("2026-10-27 00:00"))

    assert [f"{run.astimezone(STOCKHOLM):%d %H:%M %Z}" for run in runs] == [
        "25 02:30 CEST",
        "26 02:30 CET",
    ]


def test_a_fixed_time_in_the_skipped_spring_hour_runs_as_much_later_as_the_clock_jumped() -> None:
    runs = firings("30 2 * * *", local("2026-03-28 12:00"), local("2026-03-31 00:00"))

    assert [f"{run.astimezone(STOCKHOLM):%d %H:%M %Z}" for run in runs] == [
        "29 03:30 CEST",
        "30 02:30 CEST",
    ]


def test_the_next_firing_is_strictly_after_the_moment_and_in_utc() -> None:
    schedule = Schedule("*/5 * * * *")

    assert schedule.next_after(datetime(2026, 1, 1, 12, 5, tzinfo=UTC)) == datetime(
        2026, 1, 1, 12, 10, tzinfo=UTC
    )
    assert schedule.next_after(datetime(2026, 1, 1, 12, 5, 1, tzinfo=UTC)).tzinfo is UTC


def test_the_latest_firing_until_now_counts_the_ones_passed_over() -> None:
    schedule = Schedule("0 * * * *")

    latest, passed, following = schedule.latest_until(
        local("2026-11-26 01:00"), local("2026-11-26 04:30")
    )

    assert (latest, passed, following) == (
        local("2026-11-26 04:00"),
        3,
        local("2026-11-26 05:00"),
    )


def test_another_time_zone_reads_its_own_wall_clock() -> None:
    helsinki = Schedule("0 3 * * MON", "Europe/Helsinki")

    assert helsinki.next_after(local("2026-11-26 12:00")) == local("2026-11-30 02:00")


@pytest.mark.parametrize(
    "expression",
    ["", "0 3 * *", "61 * * * *", "0 3 * * FUNDAY", "0 3 * * MON extra", "every monday"],
)
def test_an_expression_that_is_not_five_valid_cron_fields_is_refused(expression: str) -> None:
    with pytest.raises(ScheduleError):
        Schedule(expression)


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ScheduleError, match="Europe/Stokholm"):
        Schedule("0 3 * * MON", "Europe/Stokholm")


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Schedule("0 3 * * MON").next_after(datetime(2026, 11, 26, 12, 0))
