"""Fair admission: at most a fixed number of HTTP requests inside the app at once, the others
waiting their turn in arrival order.

Under saturation the event loop interleaves the steps of every request in flight, so each
step of one request waits behind the steps of all the others, and whichever request is
unlucky at several steps waits many times as long as the median. Admitted in order, a
request that starts finishes after a few short steps; the wait before it is a first-come,
first-served queue, so the slowest requests wait about as long as the median one.
"""

from __future__ import annotations

import asyncio

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Receive, Scope, Send


class FairAdmission:
    """ASGI middleware: `limit` HTTP requests at a time (WebSockets and lifespan pass by)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        if limit < 1:
            raise ValueError("the admission limit must be at least 1")
        self.app = app
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        async with self._slots:
            await self.app(scope, receive, send)
