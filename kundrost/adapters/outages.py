"""Outages as one process lives through them: one log line when a service goes, one when it
is back, whatever the number of requests or jobs that ran into it meanwhile."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from attrs import define

from kundrost.ports.availability import Contended, Unavailable

Probe = Callable[[], Awaitable[object]]
"""Asks the service something cheap; raises while it is still away."""

PROBE_EVERY_SECONDS = 1.0
PROBE_TIMEOUT_SECONDS = 2.0
"""A probe not answered by then counts as failed: a service behind a link that swallows
packets would otherwise hold the probe, and the outage, for good."""


@define
class _Outage:
    since: float
    refused: int = 0
    watcher: asyncio.Task[None] | None = None
    last: Unavailable | None = None


class OutageLog:
    """Which services are away, for this process.

    `failed` counts a refusal; the first one of an outage logs a warning naming the
    service, the error's type and what happens meanwhile (`meanwhile`, e.g. "answering 503
    with Retry-After"). With a `probe`, the outage is watched: the probe runs every
    `probe_every` seconds until it succeeds, so recovery is noticed (and logged, with how
    long it lasted and how often it was met) without any request or job paying for it.
    Without one, `recovered` says it. While no service is away, `is_down` is one dict
    lookup: this costs nothing when all is well.
    """

    def __init__(
        self,
        logger: logging.Logger,
        meanwhile: str,
        *,
        probe_every: float = PROBE_EVERY_SECONDS,
    ) -> None:
        self._log = logger
        self._meanwhile = meanwhile
        self._probe_every = probe_every
        self._down: dict[str, _Outage] = {}
        self._listeners: list[Callable[[str], None]] = []

    def when_back(self, listener: Callable[[str], None]) -> None:
        """Calls `listener(service)` each time a service is back."""
        self._listeners.append(listener)

    def is_down(self, service: str) -> bool:
        return service in self._down

    def is_watched(self, service: str) -> bool:
        """Whether `service` is away with a probe asking for its return: until the probe
        sees it back, asking the service again tells nothing new."""
        outage = self._down.get(service)
        return outage is not None and outage.watcher is not None

    def failed(
        self, error: Unavailable, probe: Probe | None = None, *, meanwhile: str | None = None
    ) -> None:
        """A `Contended` service is up: it is logged, each one, and no outage begins. One
        error told twice (by the gate that met it and by the request it failed) counts
        once; `meanwhile` says what happens instead of the log's own words."""
        if isinstance(error, Contended):
            self._log.warning(
                "%s gave up a transaction in a conflict with another (%s): %s",
                error.service,
                error.reason,
                meanwhile or self._meanwhile,
            )
            return
        outage = self._down.get(error.service)
        if outage is None:
            outage = self._down[error.service] = _Outage(time.monotonic())
            self._log.warning(
                "%s is unavailable (%s): %s until it is back",
                error.service,
                error.reason or "no answer",
                meanwhile or self._meanwhile,
            )
            if probe is not None:
                outage.watcher = asyncio.get_running_loop().create_task(
                    self._watch(error.service, probe), name=f"watching {error.service}"
                )
        elif outage.last is error:
            return
        outage.last = error
        outage.refused += 1

    def recovered(self, service: str) -> None:
        outage = self._down.pop(service, None)
        if outage is None:
            return
        self._log.info(
            "%s is back after %.1f s (met %d time%s meanwhile)",
            service,
            time.monotonic() - outage.since,
            outage.refused,
            "" if outage.refused == 1 else "s",
        )
        for listener in self._listeners:
            listener(service)

    async def close(self) -> None:
        """Stops watching; what is still away is not reported as back."""
        watchers = [outage.watcher for outage in self._down.values() if outage.watcher]
        self._down.clear()
        for watcher in watchers:
            watcher.cancel()
        if watchers:
            # a probe's client may swallow the cancellation; the loop then sees the outage
            # gone and ends by itself, so waiting is bounded by one probe
            await asyncio.wait(watchers, timeout=self._probe_every * 2)

    async def _watch(self, service: str, probe: Probe) -> None:
        while service in self._down:
            await asyncio.sleep(self._probe_every)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(probe(), PROBE_TIMEOUT_SECONDS)
                if service in self._down:
                    self.recovered(service)
                return
