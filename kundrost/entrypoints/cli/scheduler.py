"""`kundrost scheduler`: the time-driven jobs, in a loop, once, or listed."""

from __future__ import annotations

import argparse
import os
from typing import Any

from kundrost.entrypoints.scheduler.config import JOB_NAMES
from kundrost.entrypoints.scheduler.run import Options, main


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "scheduler",
        help="weekly reports, retention, call retries and the analysis sweeper, on schedule",
        description=(
            "Runs every job at its schedule's ticks until SIGTERM or SIGINT (the running job "
            "finishes first). Any number of schedulers may share one PostgreSQL database: "
            "each tick runs on exactly one. Schedules: KUNDROST_SCHEDULE_<JOB> (cron, or off) "
            "and KUNDROST_SCHEDULER_TIMEZONE; see docs/scheduler.md."
        ),
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--list", action="store_true", help="show the jobs, their schedules and next runs"
    )
    mode.add_argument("--once", metavar="JOB", choices=JOB_NAMES, help="run one job now and exit")
    parser.add_argument(
        "--week",
        metavar="YYYY-Www",
        help="with --once weekly-reports: the ISO week to report (e.g. 2026-W47)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return main(Options(list_jobs=args.list, once=args.once, week=args.week), os.environ)
