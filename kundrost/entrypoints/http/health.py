"""Liveness and readiness: `/health` answers while the process runs; `/health/ready` only
when storage and cache answer, so a load balancer stops sending work to a broken instance."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any, ClassVar
from uuid import UUID

from litestar import Controller, get
from litestar.response import Response
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE

from kundrost.container import Container
from kundrost.domain.ids import CallSessionId
from kundrost.entrypoints.http.dependencies import ContainerDep

log = logging.getLogger("kundrost.http")

READY_TIMEOUT = 2.0
PROBE_KEY = "health:probe"
_PROBE_ID = UUID(int=0)


async def _storage(container: Container) -> None:
    async with container.new_uow()() as uow:
        await uow.sessions.get(CallSessionId(_PROBE_ID))


async def _cache(container: Container) -> None:
    await container.session_store().set(PROBE_KEY, "1", timedelta(seconds=30))


async def _check(name: str, probe: Any) -> tuple[str, str]:
    try:
        await asyncio.wait_for(probe, READY_TIMEOUT)
    except Exception as exc:
        log.warning("readiness: %s is unavailable (%s)", name, type(exc).__name__)
        return name, "unavailable"
    return name, "ok"


class HealthController(Controller):
    path = "/health"
    tags: ClassVar[list[str]] = ["Operations"]

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
    async def ready(self, container: ContainerDep) -> Response[dict[str, Any]]:
        probes = [_check("storage", _storage(container)), _check("cache", _cache(container))]
        if container.config.queue() == "redis" and container.config.cache() != "redis":
            probes.append(_check("queue", container.redis().ping()))
        checks = dict(await asyncio.gather(*probes))
        ready = all(state == "ok" for state in checks.values())
        return Response(
            {"status": "ready" if ready else "unavailable", "checks": checks},
            status_code=HTTP_200_OK if ready else HTTP_503_SERVICE_UNAVAILABLE,
        )
