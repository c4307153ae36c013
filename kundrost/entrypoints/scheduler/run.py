"""`kundrost scheduler`: the long-running process, `--once JOB` and `--list`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import datetime

from attrs import evolve, frozen
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import SystemClock
from kundrost.container import (
    Container,
    build_container,
    close_resources,
    connect,
    open_resources,
)
from kundrost.domain.week import IsoWeek
from kundrost.entrypoints import logs, preflight
from kundrost.entrypoints.heap import freeze_startup_heap
from kundrost.entrypoints.scheduler.compose import DESCRIPTIONS, scheduled_jobs
from kundrost.entrypoints.scheduler.config import JOB_NAMES, WEEKLY_REPORTS, SchedulerConfig
from kundrost.entrypoints.scheduler.loop import Outcome, Scheduler, TickRun
from kundrost.entrypoints.scheduler.schedule import ScheduleError
from kundrost.entrypoints.scheduler.signals import StopSignals
from kundrost.entrypoints.scheduler.terminal import Watching, default_console
from kundrost.ports.system import Clock
from kundrost.settings import Settings, SettingsError

log = logging.getLogger("kundrost.scheduler")

LISTED_RUNS = 3


@frozen
class Options:
    """What the command line asked for: the job list, one job now, or the loop."""

    list_jobs: bool = False
    once: str | None = None
    week: str | None = None


class UsageError(ValueError):
    """A wrong combination of options; the message says what to write instead."""


class StartFailed(RuntimeError):
    """A chosen service (PostgreSQL, Redis) could not be reached when the scheduler started."""


async def _opened(container: Container, settings: Settings) -> None:
    try:
        await open_resources(container, migrate=settings.auto_migrate)
    except Exception as error:
        raise StartFailed(f"cannot start: {type(error).__name__}: {error}") from error


def main(
    options: Options,
    env: Mapping[str, str],
    console: Console | None = None,
    clock: Clock | None = None,
) -> int:
    """Runs what `options` asks for on the settings in `env`; the exit status. `clock`
    (the system's by default) is the time of every job and of `--list`."""
    console = console or default_console()
    clock = clock or SystemClock()
    problems: list[str] = []
    config = week = settings = None
    try:
        config = SchedulerConfig.from_env(env)
    except ScheduleError as error:
        problems.append(str(error))
    try:
        week = _checked(options)
    except UsageError as error:
        problems.append(str(error))
    if config is not None and options.list_jobs and not problems:
        console.print(jobs_table(config, clock.now()))
        return 0
    try:
        settings = scheduler_settings(Settings.from_env(env, warn=False))
    except SettingsError as error:
        problems.append(str(error))
    if problems or config is None or settings is None:
        return _refused(console, "; ".join(problems), 2)
    unavailable = asyncio.run(preflight.problems(settings))
    if unavailable:
        return _refused(console, "; ".join(unavailable), 1)
    logs.configure(settings.log_level, default="WARNING" if options.once else "INFO")
    settings.warn_about_generated()
    try:
        if options.once is not None:
            return asyncio.run(run_once(settings, config, options.once, week, console, clock))
        freeze_startup_heap()  # a process that runs for weeks: see kundrost.entrypoints.heap
        asyncio.run(run_forever(settings, config, console, clock))
    except StartFailed as error:
        return _refused(console, str(error), 1)
    return 0


def _refused(console: Console, problem: str, status: int) -> int:
    """One line on the console naming what to fix; `status` the exit status."""
    console.print(f"[red]kundrost scheduler:[/] {escape(problem)}", soft_wrap=True)
    return status


def scheduler_settings(settings: Settings) -> Settings:
    """With the Redis queue the scheduler only enqueues: `kundrost worker` and `serve` run
    the jobs, so a scheduler never holds analyses up while it stops. The in-process queue
    has no other worker, so there the scheduler runs what it enqueues."""
    if settings.queue == "redis":
        return evolve(settings, queue_worker=False)
    return settings


def _checked(options: Options) -> IsoWeek | None:
    if options.once is not None and options.once not in JOB_NAMES:
        raise UsageError(f"unknown job {options.once!r}; the jobs are {', '.join(JOB_NAMES)}")
    if options.week is None:
        return None
    if options.once != WEEKLY_REPORTS:
        raise UsageError("--week goes with --once weekly-reports")
    try:
        return IsoWeek.parse(options.week)
    except ValueError as error:
        raise UsageError(f"--week: {error}") from None


def jobs_table(config: SchedulerConfig, now: datetime) -> Table:
    """Every job, its schedule and its next runs on the schedule's wall clock."""
    local = now.astimezone(config.zone)
    table = Table(
        title=f"Scheduler jobs — times in {config.timezone}, now {local:%Y-%m-%d %H:%M %Z}",
        title_justify="left",
    )
    for column in ("job", "schedule", "next runs", "what it does"):
        table.add_column(column, overflow="fold")
    for name in JOB_NAMES:
        schedule = config.schedules[name]
        if schedule is None:
            table.add_row(name, "off", "–", DESCRIPTIONS[name])
            continue
        runs, moment = [], now
        for _ in range(LISTED_RUNS):
            moment = schedule.next_after(moment)
            runs.append(f"{moment.astimezone(schedule.zone):%a %Y-%m-%d %H:%M %Z}")
        table.add_row(name, schedule.expression, "\n".join(runs), DESCRIPTIONS[name])
    return table


async def run_once(
    settings: Settings,
    config: SchedulerConfig,
    name: str,
    week: IsoWeek | None,
    console: Console,
    clock: Clock,
) -> int:
    """Runs one job at `clock`'s now; 0 when it ran with no failures, 1 otherwise."""
    container = build_container(settings, clock)
    connect(container)
    await _opened(container, settings)
    try:
        jobs = scheduled_jobs(container, config, week=week)
        with Watching(console) as watch:
            scheduler = Scheduler(jobs, clock, container.tick_claims(), watch)
            run = await scheduler.run_now(name)
        await _finish_in_process_jobs(container)
    finally:
        await close_resources(container)
    console.print(describe(run), highlight=False)
    return 0 if run.outcome is Outcome.RAN and run.result and not run.result.failures else 1


async def _finish_in_process_jobs(container: Container) -> None:
    """The in-process queue's jobs (the report e-mails a run queued) end with this process:
    let those that are due finish first. A Redis queue keeps them for its workers."""
    queue = container.job_queue()
    if isinstance(queue, InProcessJobQueue):
        await queue.drain()


def describe(run: TickRun) -> str:
    match run.outcome:
        case Outcome.RAN:
            assert run.result is not None
            return f"{run.job}: {escape(run.result.summary)}"
        case Outcome.FAILED:
            return f"{run.job}: [red]failed[/] (the error is in the log above)"
        case _:
            return f"{run.job}: running on another scheduler now; nothing was done"


async def run_forever(
    settings: Settings, config: SchedulerConfig, console: Console, clock: Clock
) -> None:
    """The scheduler loop on `clock` until SIGTERM or SIGINT; the running jobs finish first."""
    container = build_container(settings, clock)
    connect(container)
    await _opened(container, settings)
    try:
        jobs = scheduled_jobs(container, config)
        if settings.storage == "memory":
            log.warning(
                "storage is memory: this scheduler sees only its own in-memory data and claims "
                "ticks in this process alone; set KUNDROST_DATABASE_URL to share them"
            )
        with Watching(console) as watch:
            scheduler = Scheduler(jobs, clock, container.tick_claims(), watch)
            signals = StopSignals(clock, scheduler.cancel_running)
            signals.install()
            try:
                scheduler.start()
                for name, tick in sorted(scheduler.next_ticks().items(), key=lambda i: i[1]):
                    log.info("%s: next run %s", name, f"{tick.astimezone(config.zone):%c %Z}")
                await scheduler.run(signals.wait_until)
            finally:
                signals.uninstall()
        log.info("scheduler stopped")
    finally:
        await close_resources(container)
