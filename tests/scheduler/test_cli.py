"""`kundrost scheduler`: listing the jobs, running one now, and stopping on SIGTERM."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from kundrost.adapters.crypto import generate_key_text
from kundrost.adapters.system import ManualClock
from kundrost.entrypoints.cli import scheduler as scheduler_command
from kundrost.entrypoints.scheduler.run import Options, main

NOW = datetime(2026, 11, 26, 9, 31, tzinfo=UTC)
"""Thursday 26 November 2026, 10:31 in Stockholm."""


def run(options: Options, env: dict[str, str] | None = None) -> tuple[int, str]:
    output = io.StringIO()
    console = Console(file=output, width=200, soft_wrap=True)
    status = main(options, env or {}, console, ManualClock(NOW))
    return status, output.getvalue()


def parsed(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kundrost")
    scheduler_command.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["scheduler", *argv])


def test_the_list_shows_every_job_its_schedule_and_its_next_runs_in_stockholm() -> None:
    status, output = run(Options(list_jobs=True))

    assert status == 0
    assert "times in Europe/Stockholm, now 2026-11-26 10:31 CET" in output
    for job, schedule, first_run in [
        ("weekly-reports", "0 3 * * MON", "Mon 2026-11-30 03:00 CET"),
        ("retention", "0 * * * *", "Thu 2026-11-26 11:00 CET"),
        ("retries", "* * * * *", "Thu 2026-11-26 10:32 CET"),
        ("analysis-sweeper", "*/5 * * * *", "Thu 2026-11-26 10:35 CET"),
    ]:
        line = next(line for line in output.splitlines() if job in line)
        assert schedule in line
        assert first_run in line
    assert "Mon 2026-12-07 03:00 CET" in output


def test_the_list_shows_what_the_environment_changed() -> None:
    status, output = run(
        Options(list_jobs=True),
        {"KUNDROST_SCHEDULE_WEEKLY_REPORTS": "15 6 * * TUE", "KUNDROST_SCHEDULE_RETRIES": "off"},
    )

    assert status == 0
    assert "Tue 2026-12-01 06:15 CET" in output
    retries = next(line for line in output.splitlines() if "retries" in line)
    assert [cell.strip() for cell in retries.split("│")][2:4] == ["off", "–"]


def test_weekly_reports_once_on_the_embedded_defaults_says_it_found_no_stores() -> None:
    status, output = run(Options(once="weekly-reports"))

    assert status == 0
    assert "weekly-reports: week 2026-W47: no store has a business context or feedback" in output
    assert "catch-up of 2026-W46: no store had feedback that week" in output


@pytest.mark.parametrize(
    ("now", "ended"),
    [
        pytest.param(
            datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "2026-W52", id="new-year-in-stockholm"
        ),
        pytest.param(
            datetime(2027, 1, 3, 23, 30, tzinfo=UTC), "2026-W53", id="monday-in-stockholm"
        ),
        pytest.param(
            datetime(2027, 3, 28, 0, 30, tzinfo=UTC), "2027-W11", id="before-spring-forward"
        ),
        pytest.param(
            datetime(2027, 3, 28, 1, 30, tzinfo=UTC), "2027-W11", id="after-spring-forward"
        ),
    ],
)
def test_weekly_reports_once_names_the_last_week_ended_in_stockholm_at_the_clocks_time(
    now: datetime, ended: str
) -> None:
    output = io.StringIO()
    console = Console(file=output, width=200, soft_wrap=True)

    status = main(Options(once="weekly-reports"), {}, console, ManualClock(now))

    assert status == 0
    assert f"weekly-reports: week {ended}: " in output.getvalue()


AT_DATE = Path(__file__).resolve().parents[2] / ".ci" / "at-date"


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("faketime") is None, reason="needs faketime (apt-get install faketime)"
)
@pytest.mark.parametrize(
    ("instant", "ended"),
    [
        ("2026-12-31T23:30:00Z", "2026-W52"),
        ("2027-01-03T23:30:00Z", "2026-W53"),
        ("2027-03-28T00:30:00Z", "2027-W11"),
        ("2027-03-28T01:30:00Z", "2027-W11"),
    ],
)
def test_the_command_on_a_moved_system_clock_names_the_last_week_ended_in_stockholm(
    instant: str, ended: str
) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KUNDROST_")}
    command = [str(AT_DATE), instant, sys.executable, "-m", "kundrost"]
    finished = subprocess.run(
        [*command, "scheduler", "--once", "weekly-reports"],
        env=env | {"TZ": "UTC", "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert finished.returncode == 0, finished.stderr
    assert f"weekly-reports: week {ended}: " in finished.stdout


def test_weekly_reports_once_for_a_named_week_reports_that_week() -> None:
    status, output = run(Options(once="weekly-reports", week="2026-W40"))

    assert status == 0
    assert "week 2026-W40: no store has a business context" in output
    assert "catch-up" not in output


@pytest.mark.parametrize(
    ("job", "says"),
    [
        ("retention", "0 expired sessions deleted"),
        ("retries", "0 failed calls with attempts left"),
        ("analysis-sweeper", "0 stalled analyses"),
    ],
)
def test_every_job_runs_once_on_the_embedded_defaults_and_says_what_it_did(
    job: str, says: str
) -> None:
    status, output = run(Options(once=job))

    assert status == 0
    assert f"{job}: {says}" in output


@pytest.mark.parametrize(
    ("options", "env", "says"),
    [
        (Options(once="reports"), {}, "unknown job 'reports'"),
        (Options(once="retries", week="2026-W47"), {}, "--week goes with --once weekly-reports"),
        (Options(once="weekly-reports", week="47"), {}, "--week: week: must look like 2026-W48"),
        (Options(list_jobs=True), {"KUNDROST_SCHEDULE_RETENTION": "hourly"}, "RETENTION"),
        (Options(once="retries"), {"KUNDROST_LOG_LEVEL": "LOUD"}, "KUNDROST_LOG_LEVEL"),
        (Options(once="retries"), {"KUNDROST_STORAGE": "postgres"}, "KUNDROST_DATABASE_URL"),
    ],
)
def test_a_wrong_option_or_setting_is_refused_with_status_2(
    options: Options, env: dict[str, str], says: str
) -> None:
    status, output = run(options, env)

    assert status == 2
    assert says in output


def test_a_database_that_does_not_answer_at_start_exits_with_status_1() -> None:
    status, output = run(
        Options(once="retention"),
        {
            "KUNDROST_DATABASE_URL": "postgresql://kundrost:hemligt@127.0.0.1:9/x",
            "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
        },
    )

    assert status == 1
    assert output.startswith(
        "kundrost scheduler: KUNDROST_DATABASE_URL: cannot reach PostgreSQL at "
        "postgresql://127.0.0.1:9/x"
    )
    assert output.count("\n") == 1
    assert "hemligt" not in output


def test_the_command_line_reads_list_once_and_week() -> None:
    assert parsed("--list").list is True
    once = parsed("--once", "weekly-reports", "--week", "2026-W47")
    assert (once.once, once.week, once.list) == ("weekly-reports", "2026-W47", False)
    with pytest.raises(SystemExit):
        parsed("--list", "--once", "retries")
    with pytest.raises(SystemExit):
        parsed("--once", "everything")


@pytest.mark.slow
def test_sigterm_stops_the_scheduler_with_status_0() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KUNDROST_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "kundrost.entrypoints.scheduler"],
        env=env | {"KUNDROST_LOG_LEVEL": "INFO"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait_for_line(process, "weekly-reports: next run")
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        process.kill()

    assert process.returncode == 0
    assert "SIGTERM: stopping once the running jobs have finished" in output
    assert "scheduler stopped" in output


def _wait_for_line(process: subprocess.Popen[str], text: str, seconds: float = 30) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if text in line:
            return
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"the scheduler never logged {text!r}")
