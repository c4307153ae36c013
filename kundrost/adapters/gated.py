"""The cache and the queue as a request reaches them: refused at once while this process
knows their service is away, instead of each request waiting for it.

Redis behind a link that swallows packets (a firewall, a frozen host) holds every command
for the client's 5-second timeout. The first request that meets the outage tells the
process's `OutageLog`, whose probe watches the service until it answers; meanwhile each
gate raises the port's `Unavailable` without asking. The port is taken from its provider
at every call, so a test or a composition that swaps it is still the one asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Literal

from kundrost.adapters.outages import OutageLog, Probe
from kundrost.ports.availability import Service, Unavailable
from kundrost.ports.job_queue import Job, JobQueue
from kundrost.ports.session_store import SessionStore, WindowCount


class _Gate:
    """`with gate:` refuses at once while `service` is known away (or `sharing`, a service
    on the same server), and tells the outage log of an `Unavailable` met inside (which
    still propagates)."""

    __slots__ = ("meanwhile", "outages", "probe", "service", "sharing")

    def __init__(
        self,
        service: Service,
        outages: OutageLog,
        probe: Probe,
        meanwhile: str | None = None,
        sharing: Service | None = None,
    ) -> None:
        self.service: Service = service
        self.outages = outages
        self.probe = probe
        self.meanwhile = meanwhile
        self.sharing = sharing

    def __enter__(self) -> None:
        outages = self.outages
        if outages.is_down(self.service) or (self.sharing and outages.is_down(self.sharing)):
            raise Unavailable(self.service)

    def __exit__(self, kind: object, exc: BaseException | None, trace: object) -> Literal[False]:
        if isinstance(exc, Unavailable) and exc.service == self.service:
            self.outages.failed(exc, self.probe, meanwhile=self.meanwhile)
        return False


class GatedSessionStore:
    """`store()` (a `SessionStore`) behind the gate of the cache."""

    def __init__(self, store: Callable[[], SessionStore], outages: OutageLog, probe: Probe) -> None:
        self._store = store
        self._gate = _Gate("cache", outages, probe)

    async def get(self, key: str) -> str | None:
        with self._gate:
            return await self._store().get(key)

    async def set(self, key: str, value: str, ttl: timedelta) -> None:
        with self._gate:
            await self._store().set(key, value, ttl)

    async def add(self, key: str, value: str, ttl: timedelta) -> bool:
        with self._gate:
            return await self._store().add(key, value, ttl)

    async def delete(self, key: str) -> None:
        with self._gate:
            await self._store().delete(key)

    async def increment(self, key: str, ttl: timedelta) -> int:
        with self._gate:
            return await self._store().increment(key, ttl)

    async def count_in_window(self, key: str, window: timedelta, events: int = 1) -> WindowCount:
        with self._gate:
            return await self._store().count_in_window(key, window, events)


class GatedJobQueue:
    """`queue()` (a `JobQueue`) behind the gate of the queue, closed too while the cache is
    away when `with_cache` (one Redis holds both). A request that enqueues keeps what it
    stored and leaves the job to the sweep of lost enqueues, so the outage's line says that
    (`meanwhile`) rather than a 503."""

    def __init__(
        self,
        queue: Callable[[], JobQueue],
        outages: OutageLog,
        probe: Probe,
        meanwhile: str,
        *,
        with_cache: bool,
    ) -> None:
        self._queue = queue
        self._gate = _Gate("queue", outages, probe, meanwhile, "cache" if with_cache else None)

    async def enqueue(self, job: Job) -> bool:
        with self._gate:
            return await self._queue().enqueue(job)
