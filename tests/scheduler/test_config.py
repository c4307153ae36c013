"""The scheduler's configuration: the defaults, and what an operator changes by environment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kundrost.entrypoints.scheduler.config import JOB_NAMES, SchedulerConfig, variable_of
from kundrost.entrypoints.scheduler.run import scheduler_settings
from kundrost.entrypoints.scheduler.schedule import Schedule, ScheduleError
from kundrost.settings import Settings


def test_the_defaults_are_monday_three_hourly_every_minute_and_every_five_minutes() -> None:
    config = SchedulerConfig.defaults()

    assert {name: str(schedule) for name, schedule in config.schedules.items()} == {
        "weekly-reports": "0 3 * * MON (Europe/Stockholm)",
        "retention": "0 * * * * (Europe/Stockholm)",
        "retries": "* * * * * (Europe/Stockholm)",
        "analysis-sweeper": "*/5 * * * * (Europe/Stockholm)",
    }
    assert config.analysis_timeout == timedelta(minutes=15)


def test_each_job_has_its_own_variable() -> None:
    assert [variable_of(name) for name in JOB_NAMES] == [
        "KUNDROST_SCHEDULE_WEEKLY_REPORTS",
        "KUNDROST_SCHEDULE_RETENTION",
        "KUNDROST_SCHEDULE_RETRIES",
        "KUNDROST_SCHEDULE_ANALYSIS_SWEEPER",
    ]


def test_an_operator_moves_a_job_switches_one_off_and_changes_the_zone() -> None:
    config = SchedulerConfig.from_env(
        {
            "KUNDROST_SCHEDULE_WEEKLY_REPORTS": " 30  4 * * TUE ",
            "KUNDROST_SCHEDULE_RETRIES": "off",
            "KUNDROST_SCHEDULER_TIMEZONE": "Europe/Helsinki",
            "KUNDROST_ANALYSIS_TIMEOUT_MINUTES": "30",
        }
    )

    assert config.schedules["weekly-reports"] == Schedule("30 4 * * TUE", "Europe/Helsinki")
    assert config.schedules["retries"] is None
    assert config.schedules["retention"] == Schedule("0 * * * *", "Europe/Helsinki")
    assert config.analysis_timeout == timedelta(minutes=30)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("KUNDROST_SCHEDULE_RETENTION", "every hour"),
        ("KUNDROST_SCHEDULER_TIMEZONE", "Mars/Olympus"),
        ("KUNDROST_ANALYSIS_TIMEOUT_MINUTES", "0"),
    ],
)
def test_a_malformed_value_is_refused_naming_its_variable(variable: str, value: str) -> None:
    with pytest.raises(ScheduleError, match=variable):
        SchedulerConfig.from_env({variable: value})


def test_with_the_redis_queue_the_scheduler_only_enqueues() -> None:
    redis = Settings.embedded(queue="redis", redis_url="redis://127.0.0.1:6379/0")

    assert scheduler_settings(redis).queue_worker is False
    assert scheduler_settings(Settings.embedded()).queue_worker is True
