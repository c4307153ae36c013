"""The rate limit: Litestar's rate-limit middleware, counting in the cache's fixed windows."""

from __future__ import annotations

import functools
import math
from datetime import timedelta
from typing import Any

from litestar.exceptions import TooManyRequestsException
from litestar.middleware.rate_limit import DURATION_VALUES, RateLimitMiddleware
from litestar.types import Message, Receive, Scope, Send

from kundrost.adapters.outages import OutageLog
from kundrost.entrypoints.http.unavailable import outages_of, probe
from kundrost.entrypoints.http.window_leases import WindowLeases
from kundrost.entrypoints.metrics import RATE_LIMIT_UNCHECKED
from kundrost.ports.availability import Unavailable
from kundrost.ports.session_store import SessionStore, WindowCount

KEY_PREFIX = "rate_limit:"
"""Under the cache's own namespace: `kundrost:cache:rate_limit:<subject>` in Redis."""


class WindowedRateLimitMiddleware(RateLimitMiddleware):
    """Litestar's rate-limit middleware (its configuration, exclusions, key per subject,
    headers and 429), counting each subject's requests with one `count_in_window` of the
    container's cache instead of reading, extending and writing back the list of the
    subject's request times under a lock of the process.

    The reason: with Redis that list costs two round trips per request, waited for in line
    behind the lock, and two API processes can both read the same list and lose a request
    between them. `count_in_window` is one atomic Lua script, exact across processes, and
    in memory a read and write with no await between them. The window is the same as
    Litestar's: it opens at a subject's first request and lasts the configured unit; a
    refused request counts too, without moving the window.

    A process takes a subject's counts from the cache in runs (`WindowLeases`): one count
    at first, then longer runs while the subject keeps asking, so a busy subject's requests
    go to the cache about one in sixteen, each still counted on its own. The limit stays
    exact in one process and never lets more through across processes; see the module
    `window_leases` for how early a subject may be refused when several processes share it.

    While the cache is unavailable the limit fails open: requests go through uncounted
    (without RateLimit headers), each counted in `kundrost_rate_limit_unchecked_total`,
    and the outage is logged once. Once an outage is known the cache is not asked again
    until its probe sees it back, so no request waits on an unreachable cache; counts a
    process already holds are still handed out.
    """

    _store: SessionStore | None = None
    _outages: OutageLog | None = None
    _leases: WindowLeases | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = scope["litestar_app"]
        request = app.request_class(scope)
        if await self.should_check_request(request=request):
            window = await self._count(app, KEY_PREFIX + self.cache_key_from_request(request))
            if window is not None:
                headers = self._headers(window) if self.config.set_rate_limit_headers else None
                if window.count > self.max_requests:
                    raise TooManyRequestsException(headers=headers)
                if headers is not None:
                    send = _sending_headers(send, headers)
        await self.app(scope, receive, send)

    async def _count(self, app: Any, key: str) -> WindowCount | None:
        """The request's count in the subject's window, or None when the cache is away
        (fail open)."""
        leases = self._leases_of(app)
        held = leases.take(key)
        if held is not None:
            return held
        if self._outages is None:
            self._outages = outages_of(app)
        if self._outages.is_down("cache"):
            RATE_LIMIT_UNCHECKED.inc()
            return None
        events = leases.wanted(key)
        try:
            window = await self._cache(app).count_in_window(key, self._window, events)
        except Unavailable as error:
            self._outages.failed(error, probe(app.state["container"], "cache"))
            RATE_LIMIT_UNCHECKED.inc()
            return None
        return leases.taken(key, window, events)

    def _leases_of(self, app: Any) -> WindowLeases:
        if self._leases is None:
            clock = app.state["container"].clock()
            self._leases = WindowLeases(self.max_requests, lambda: clock.now().timestamp())
        return self._leases

    @property
    def _window(self) -> timedelta:
        return timedelta(seconds=DURATION_VALUES[self.unit])

    def _cache(self, app: Any) -> SessionStore:
        if self._store is None:
            self._store = app.state["container"].session_store()
        return self._store

    def _headers(self, window: WindowCount) -> dict[str, str]:
        config = self.config
        seconds = DURATION_VALUES[self.unit]
        reset = max(1, math.ceil(window.remaining.total_seconds()))
        return {
            config.rate_limit_policy_header_key: f"{self.max_requests}; w={seconds}",
            config.rate_limit_limit_header_key: str(self.max_requests),
            config.rate_limit_remaining_header_key: str(max(0, self.max_requests - window.count)),
            config.rate_limit_reset_header_key: str(reset),
        }


@functools.cache
def _header_name(name: str) -> bytes:
    """A RateLimit header's name as ASGI sends it; the four names are the configuration's."""
    return name.lower().encode("latin-1")


def _sending_headers(send: Send, headers: dict[str, str]) -> Send:
    """`send` with the RateLimit headers added to the response's start. Nothing inside sets
    them, so they are appended as they are, without looking for earlier values to replace
    (which `MutableScopeHeaders` does, header by header, at a cost the status endpoint felt)."""
    encoded = [(_header_name(name), value.encode("latin-1")) for name, value in headers.items()]

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", ()), *encoded]
        await send(message)

    return sending
