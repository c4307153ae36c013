"""A service away is a 503 `SERVICE_UNAVAILABLE` with Retry-After, not a 500 with a traceback:
the request was fine, and the same request will succeed once the service is back."""

from __future__ import annotations

import logging
from typing import Any

from dependency_injector import providers
from litestar import Litestar, Request, Response
from litestar.status_codes import HTTP_503_SERVICE_UNAVAILABLE

from kundrost.adapters.gated import GatedJobQueue, GatedSessionStore
from kundrost.adapters.outages import OutageLog, Probe
from kundrost.container import Container
from kundrost.entrypoints.http.errors import envelope
from kundrost.entrypoints.http.health import OUTAGES, cache_probe, storage_probe
from kundrost.entrypoints.metrics import UNAVAILABLE
from kundrost.ports.availability import Unavailable

log = logging.getLogger("kundrost.http")

RETRY_AFTER_SECONDS = 5
"""What a client is told to wait: about how long the process takes to notice a return."""

UNGATED = ("/health", "/metrics", "/schema")
"""Paths that answer without storage, so they answer during its outage as ever."""


def outage_log() -> OutageLog:
    return OutageLog(log, f"answering 503 with Retry-After: {RETRY_AFTER_SECONDS}")


def outages_of(app: Litestar) -> OutageLog:
    outages: OutageLog = app.state[OUTAGES]
    return outages


def probe(container: Container, service: str) -> Probe:
    """How the outage of `service` is watched: the readiness check's own probe."""
    if service == "storage":
        return lambda: storage_probe(container)
    if service == "cache":
        return lambda: cache_probe(container)
    return lambda: container.redis().ping()


def refuse_while_storage_is_away(request: Request[Any, Any, Any]) -> None:
    """While this process knows storage is away (an outage met and not yet seen back by its
    probe, which asks once a second), a request that needs it is refused at once with the same
    503: a PostgreSQL that accepts connections but never answers would otherwise hold every
    request for the pool's 5-second connect timeout. Health, metrics and the schema answer as
    ever; while all is well this is one dictionary lookup."""
    if outages_of(request.app).is_down("storage") and not request.scope["path"].startswith(UNGATED):
        raise Unavailable("storage")


QUEUE_AWAY = "analyses stay stored as queued for the workers' sweep"


def gate_redis(container: Container, outages: OutageLog) -> None:
    """Requests reach the cache and the queue through gates of `outages`: once a request met
    Redis away, the next ones are answered at once (a 503 where the request needs the cache,
    an analysis left stored as queued where it enqueues) until the probe sees Redis back,
    instead of each waiting the client's 5-second timeout on a Redis that never answers.
    The queue's gate closes with the cache's when one Redis serves both."""
    container.request_cache.override(
        providers.Object(
            GatedSessionStore(container.session_store, outages, probe(container, "cache"))
        )
    )
    one_redis = container.config.cache() == container.config.queue() == "redis"
    queue = GatedJobQueue(
        container.job_queue, outages, probe(container, "queue"), QUEUE_AWAY, with_cache=one_redis
    )
    container.request_queue.override(providers.Object(queue))


def service_unavailable(request: Request[Any, Any, Any], exc: Unavailable) -> Response[Any]:
    """One warning when the outage starts (and one line when the probe sees it end), not
    one per request; the response names the service, never the error's text."""
    app = request.app
    outages_of(app).failed(exc, probe(app.state["container"], exc.service))
    UNAVAILABLE.labels(service=exc.service).inc()
    return envelope(
        request,
        HTTP_503_SERVICE_UNAVAILABLE,
        "SERVICE_UNAVAILABLE",
        f"{exc.service} is unavailable for a moment; try again in {RETRY_AFTER_SECONDS} s",
        {"service": exc.service},
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )
