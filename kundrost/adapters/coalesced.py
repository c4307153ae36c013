"""Requests to a service asked while one is on its way go together, as one.

`Batched` is the mechanism: the rate limit's window counts (`redis.window_counts`), the
status reads (`postgres.status_reads`) and an initiate's two writes (`postgres.new_sessions`,
`postgres.placed_calls`) all send through it. `Coalesced` is its form for reads by key,
where a key asked twice is read once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from typing import Generic, TypeVar

Q = TypeVar("Q")
R = TypeVar("R")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Batched(Generic[Q, R]):
    """`await ask(request)`: the reply `send(requests)` gives for `request`.

    `send` answers one reply per request, in order; a reply that is an exception is raised
    in its request alone. A request asked while none is on its way is sent at once, alone.
    The requests asked while one is on its way wait for it and are then sent together, one
    `send` for all of them. So a lone request waits no longer than it would alone, and under
    load one call to the service answers many. An error of `send` itself is raised in every
    request it was for; the next requests are sent afresh. A request cancelled while it
    waits leaves the others their replies. Nothing waits for a turn of the event loop to
    fill a batch: under an admission limit, waiting costs more than it saves.
    """

    def __init__(self, send: Callable[[list[Q]], Awaitable[Sequence[R | Exception]]]) -> None:
        self._send = send
        self._busy = False
        self._waiting: list[tuple[Q, asyncio.Future[R]]] = []
        self._batches: set[asyncio.Task[None]] = set()

    async def ask(self, request: Q) -> R:
        if self._busy:
            future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
            self._waiting.append((request, future))
            return await future
        self._busy = True
        try:
            reply = (await self._send([request]))[0]
        finally:
            self._next()
        if isinstance(reply, Exception):
            raise reply
        return reply

    def _next(self) -> None:
        """The requests that waited go together; none waiting, the next goes at once."""
        if not self._waiting:
            self._busy = False
            return
        batch, self._waiting = self._waiting, []
        task = asyncio.ensure_future(self._send_waiting(batch))
        self._batches.add(task)  # a task nobody holds may be collected before it ends
        task.add_done_callback(self._batches.discard)

    async def _send_waiting(self, batch: list[tuple[Q, asyncio.Future[R]]]) -> None:
        try:
            replies = await self._send([request for request, _ in batch])
        except asyncio.CancelledError:
            for _, future in batch:
                future.cancel()
            raise
        except Exception as error:
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            return
        finally:
            self._next()
        for (_, future), reply in zip(batch, replies, strict=True):
            if future.done():  # its request was cancelled meanwhile
                continue
            if isinstance(reply, Exception):
                future.set_exception(reply)
            else:
                future.set_result(reply)


class Coalesced(Generic[K, V]):
    """`await get(key)`: what `fetch(keys)` answers for `key`, None when it answers nothing.

    Reads go through `Batched`: one alone when none is on its way, the reads asked meanwhile
    together after it, one `fetch` for all their keys (a key asked twice is fetched once).
    A fetch's error is raised in every read it was for.
    """

    def __init__(self, fetch: Callable[[list[K]], Awaitable[Mapping[K, V]]]) -> None:
        self._fetch = fetch
        self._batched: Batched[K, V | None] = Batched(self._fetch_each)

    async def get(self, key: K) -> V | None:
        return await self._batched.ask(key)

    async def _fetch_each(self, keys: list[K]) -> list[V | None]:
        found = await self._fetch(list(dict.fromkeys(keys)))
        return [found.get(key) for key in keys]
