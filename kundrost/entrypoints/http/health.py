"""Liveness and readiness: `/health` answers while the process runs; `/health/ready` only
when storage and cache answer, so a load balancer stops sending work to a broken instance."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any
from uuid import UUID

from litestar import Controller, get
from litestar.datastructures import State
from litestar.response import Response
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE

from kundrost.adapters.outages import OutageLog, Probe
from kundrost.container import Container
from kundrost.domain.ids import CallSessionId
from kundrost.entrypoints.http.dependencies import ContainerDep
from kundrost.ports.availability import Service, Unavailable

log = logging.getLogger("kundrost.http")

READY_TIMEOUT = 2.0
OUTAGES = "outages"
"""The app state's key of the process's `OutageLog`: a failed check and a request that met
a service away tell the same log, so an outage is one warning whoever meets it first."""
PROBE_KEY = "health:probe"
_PROBE_ID = UUID(int=0)


async def storage_probe(container: Container) -> None:
    """Reads through the storage port: raises while storage is away."""
    async with container.new_uow()() as uow:
        await uow.sessions.get(CallSessionId(_PROBE_ID))


async def cache_probe(container: Container) -> None:
    """Writes through the cache port: raises while the cache is away."""
    await container.session_store().set(PROBE_KEY, "1", timedelta(seconds=30))


async def _check(name: Service, probe: Probe, outages: OutageLog) -> tuple[str, str]:
    """A failed check is an outage like a failed request: logged once, watched until back.
    While the outage log's probe watches a service away, the check answers from the log
    without asking: a service that accepts connections and never answers would otherwise
    hold every readiness probe for `READY_TIMEOUT`, and a load balancer's probe should
    answer at once; it still counts as meeting the outage. The watching probe asks once a
    second, so the check is ready again within about a second of the service's return."""
    if outages.is_watched(name):
        outages.failed(Unavailable(name), probe)
        return name, "unavailable"
    try:
        await asyncio.wait_for(probe(), READY_TIMEOUT)
    except Exception as exc:
        cause = exc.__cause__ if isinstance(exc, Unavailable) else exc
        outages.failed(Unavailable(name, cause), probe)
        return name, "unavailable"
    outages.recovered(name)
    return name, "ok"


class HealthController(Controller):
    path = "/health"
    tags: Sequence[str] = ["Operations"]

    @get(
        "/",
        summary="Liveness",
        description="Answers 200 while the process runs. Needs no token.",
        security=[{}],
    )
    async def live(self, container: ContainerDep) -> dict[str, str]:
        return {"status": "ok", "timestamp": container.clock().now().isoformat()}

    @get(
        "/ready",
        summary="Readiness",
        description="200 when storage and cache (and a Redis queue) answer through their "
        "ports, else 503. Needs no token.",
        security=[{}],
    )
    async def ready(self, container: ContainerDep, state: State) -> Response[dict[str, Any]]:
        outages: OutageLog = state[OUTAGES]
        probes = [
            _check("storage", lambda: storage_probe(container), outages),
            _check("cache", lambda: cache_probe(container), outages),
        ]
        if container.config.queue() == "redis" and container.config.cache() != "redis":
            probes.append(_check("queue", container.redis().ping, outages))
        checks = dict(await asyncio.gather(*probes))
        ready = all(state == "ok" for state in checks.values())
        return Response(
            {"status": "ready" if ready else "unavailable", "checks": checks},
            status_code=HTTP_200_OK if ready else HTTP_503_SERVICE_UNAVAILABLE,
        )
