"""`kundrost worker`: runs the Redis queue's background jobs (analysis) until SIGTERM or SIGINT."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Mapping
from typing import Any

from kundrost.container import build_container, close_resources, connect, open_resources
from kundrost.entrypoints import preflight
from kundrost.entrypoints.heap import freeze_startup_heap
from kundrost.entrypoints.lost_enqueues import lost_enqueues_swept
from kundrost.entrypoints.metrics import MetricsPortUnusable, counting_analysis, metrics_served
from kundrost.ports.job_queue import JobKind
from kundrost.settings import Settings, SettingsError

log = logging.getLogger("kundrost.worker")

REPORT_EVERY_SECONDS = 60.0
"""How often a working worker logs its counts (only when they changed)."""

NOT_REDIS = (
    "kundrost worker: the job queue is {queue!r}, and its jobs run inside `kundrost serve`. "
    "Set KUNDROST_REDIS_URL (or KUNDROST_QUEUE=redis) to run them in worker processes."
)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "worker",
        help="run the Redis queue's background jobs (analysis) until SIGTERM or SIGINT",
        description=(
            "Runs the jobs of the Redis job queue. Configured by the same environment as "
            "`kundrost serve`. The first SIGTERM or SIGINT lets running jobs finish (up to "
            "their grace period); what is left is queued again for another worker."
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return main(os.environ)


def main(env: Mapping[str, str]) -> int:
    """The exit status: 0 after a stop by signal, 1 when a service does not answer, 2 when
    the settings do not allow a worker; a refusal is one line on stderr."""
    try:
        settings = Settings.from_env(env, warn=False)
    except SettingsError as error:
        print(f"kundrost worker: {error}", file=sys.stderr)
        return 2
    if settings.queue != "redis":
        print(NOT_REDIS.format(queue=settings.queue), file=sys.stderr)
        return 2
    if not preflight.ready("worker", settings):
        return 1
    from kundrost.adapters.redis import RedisUnavailable  # not loaded by the other commands

    freeze_startup_heap()
    try:
        asyncio.run(work(settings))
    except (RedisUnavailable, MetricsPortUnusable) as error:
        print(f"kundrost worker: {error}", file=sys.stderr)
        return 1
    return 0


async def work(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Runs the queue's jobs until `stop` is set or a SIGTERM or SIGINT arrives; counts the
    analyses and rewards (served on `KUNDROST_WORKER_METRICS_PORT` when it is set) and
    hands lost analyses back to the queue (`lost_enqueues_swept`)."""
    stop = stop or asyncio.Event()
    container = build_container(settings)
    connect(container)
    container.job_queue().register(JobKind.ANALYSE_FEEDBACK, counting_analysis(container))
    await open_resources(container, migrate=settings.auto_migrate)
    installed = _on_signals(stop)
    try:
        async with contextlib.AsyncExitStack() as metrics:
            if settings.worker_metrics_port is not None:
                await metrics.enter_async_context(
                    metrics_served(settings.worker_metrics_host, settings.worker_metrics_port)
                )
            await _work(container, settings, stop)
    finally:
        _off_signals(installed)
        await close_resources(container)


async def _work(container: Any, settings: Settings, stop: asyncio.Event) -> None:
    queue = container.job_queue()
    if settings.storage == "memory":
        log.warning(
            "storage is memory: this worker sees only its own in-memory data, not the "
            "API's; set KUNDROST_DATABASE_URL so that its jobs find what they work on"
        )
    log.info("worker started on queue %s: %s", queue.name, _describe(await queue.counts()))
    working = asyncio.create_task(queue.run_worker())
    reporting = asyncio.create_task(_report(queue))
    waiting = asyncio.create_task(stop.wait())
    try:
        async with lost_enqueues_swept(container, runs_jobs=True):
            await asyncio.wait({working, waiting}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (reporting, waiting, working):
            task.cancel()
        await asyncio.gather(reporting, waiting, return_exceptions=True)
        await asyncio.gather(working, return_exceptions=True)
    failure = working.exception() if working.done() and not working.cancelled() else None
    if failure is not None:
        raise failure
    log.info("worker stopped: %s", _describe(await queue.counts()))


def _describe(counts: Any) -> str:
    return (
        f"{counts.queued} queued, {counts.running} running, {counts.scheduled} scheduled; "
        f"this worker: {counts.completed} completed, {counts.failed} failed, "
        f"{counts.requeued} queued again, {counts.aborted} aborted"
    )


async def _report(queue: Any) -> None:
    last = None
    while True:
        await asyncio.sleep(REPORT_EVERY_SECONDS)
        try:
            counts = await queue.counts()
        except Exception as error:
            log.warning("worker: the queue's counts are unavailable (%s)", type(error).__name__)
            continue
        if counts != last:
            log.info("worker: %s", _describe(counts))
            last = counts


def _on_signals(stop: asyncio.Event) -> list[signal.Signals]:
    loop = asyncio.get_running_loop()
    installed = []
    for sign in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sign, _stopping, sign, stop)
        except (NotImplementedError, RuntimeError):  # not on this platform or thread
            continue
        installed.append(sign)
    return installed


def _stopping(sign: signal.Signals, stop: asyncio.Event) -> None:
    if stop.is_set():
        log.warning("%s again: the worker is already stopping", sign.name)
        return
    log.info("%s: stopping; running jobs finish or are queued again", sign.name)
    stop.set()


def _off_signals(installed: list[signal.Signals]) -> None:
    loop = asyncio.get_running_loop()
    for sign in installed:
        loop.remove_signal_handler(sign)
