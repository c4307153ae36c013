"""The business metrics, counted wherever the work happens: calls in the API, analyses and
rewards in whichever process runs the analysis jobs (`kundrost serve` with its queue worker,
or `kundrost worker`, which serves them on a port of its own)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from attrs import evolve
from prometheus_client import Counter, Histogram, start_http_server

from kundrost.application.analysis_queue import analysis_ids_of
from kundrost.application.run_analyses import RunAnalyses
from kundrost.container import Container
from kundrost.domain.analysis_job import JobStatus
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.call_status import CallStatus
from kundrost.ports.job_queue import Job

log = logging.getLogger("kundrost.metrics")

CALLS = Counter(
    "kundrost_calls_total",
    "Call sessions that reached a status (initiated, reported, recorded, retried, cancelled).",
    ["status"],
)
ANALYSES = Counter(
    "kundrost_analyses_total",
    "Finished analyses by outcome: qualifying, not_qualifying, fraudulent or failed.",
    ["outcome"],
)
REWARDS = Counter("kundrost_rewards_granted_total", "Graded feedback that earned a cashback.")
REWARD_PERCENTAGE = Histogram(
    "kundrost_reward_percentage",
    "The cashback percentage of each reward granted (2–15 %).",
    buckets=(2, 4, 6, 8, 10, 12, 14, 15),
)
UNAVAILABLE = Counter(
    "kundrost_unavailable_responses_total",
    "Requests answered 503 SERVICE_UNAVAILABLE because a service was away, by service.",
    ["service"],
)
RATE_LIMIT_UNCHECKED = Counter(
    "kundrost_rate_limit_unchecked_total",
    "Requests let through without a rate-limit count because the cache was unavailable.",
)


def count_call(status: CallStatus) -> None:
    """One call session reached `status`."""
    _CALLS_AT[status].inc()


_CALLS_AT = {status: CALLS.labels(status=status.value) for status in CallStatus}
"""Each status's counter, looked up once: `labels` costs more than the count itself, and
every initiate pays it. A status no session reached yet is shown at 0, as Prometheus
advises for label values known in advance."""


def counting_analysis(container: Container) -> Callable[[Job], Awaitable[None]]:
    """The analysis job's handler, counting each finished analysis and reward. One
    `RunAnalyses` serves every job of the worker (each job a batch of analyses), and it
    hands over each assessment it stores, so counting reads nothing back."""
    run = RunAnalyses(evolve(container.run_analysis(), on_graded=count_assessment))

    async def handle(job: Job) -> None:
        outcome = await run(analysis_ids_of(job))
        failed = sum(finished.status is JobStatus.FAILED for finished in outcome.jobs)
        if failed:
            ANALYSES.labels(outcome="failed").inc(failed)
        outcome.raise_first()

    return handle


def count_assessment(assessment: QualityAssessment) -> None:
    """One stored assessment: its outcome, and its reward when it earned one."""
    if assessment.is_fraudulent:
        outcome = "fraudulent"
    else:
        outcome = "qualifying" if assessment.qualifies else "not_qualifying"
    ANALYSES.labels(outcome=outcome).inc()
    if assessment.reward_percentage is not None:
        REWARDS.inc()
        REWARD_PERCENTAGE.observe(float(assessment.reward_percentage))


class MetricsPortUnusable(RuntimeError):
    """The metrics port cannot be listened on (taken, or not allowed)."""


@contextlib.asynccontextmanager
async def metrics_served(host: str, port: int) -> AsyncIterator[int]:
    """Serves this process's metrics at `http://host:port/metrics` (Prometheus text) from a
    thread of prometheus_client while the block runs, for a process without an HTTP API of
    its own; yields the port (the one chosen when `port` is 0)."""
    try:
        server, _thread = start_http_server(port, addr=host)
    except OSError as error:
        raise MetricsPortUnusable(
            f"KUNDROST_WORKER_METRICS_PORT={port}: cannot listen on {host}:{port} "
            f"({error.strerror or type(error).__name__})"
        ) from None
    log.info("metrics on http://%s:%d/metrics", host, server.server_port)
    try:
        yield server.server_port
    finally:
        await asyncio.to_thread(server.shutdown)
        server.server_close()
