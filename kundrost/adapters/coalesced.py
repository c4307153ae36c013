"""Coalesced: reads of one kind asked while one is on its way go together, as one."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Coalesced(Generic[K, V]):
    """`await get(key)`: what `fetch(keys)` answers for `key`, None when it answers nothing.

    A read asked while none is on its way is fetched at once, alone. The reads asked while
    one is on its way wait for it and are then fetched together, one `fetch` for all their
    keys (a key asked twice is fetched once). So a lone read waits no longer than it would
    alone, and under load one statement answers many reads. A fetch's error is raised in
    every read it was for; the next reads are fetched afresh. A read cancelled while it
    waits leaves the others their answers.
    """

    def __init__(self, fetch: Callable[[list[K]], Awaitable[Mapping[K, V]]]) -> None:
        self._fetch = fetch
        self._busy = False
        self._waiting: dict[K, list[asyncio.Future[V | None]]] = {}
        self._batches: set[asyncio.Task[None]] = set()

    async def get(self, key: K) -> V | None:
        if self._busy:
            future: asyncio.Future[V | None] = asyncio.get_running_loop().create_future()
            self._waiting.setdefault(key, []).append(future)
            return await future
        self._busy = True
        try:
            found = await self._fetch([key])
        finally:
            self._next()
        return found.get(key)

    def _next(self) -> None:
        """The reads that waited go together; none waiting, the next read goes at once."""
        if not self._waiting:
            self._busy = False
            return
        batch, self._waiting = self._waiting, {}
        task = asyncio.ensure_future(self._send(batch))
        self._batches.add(task)  # a task nobody holds may be collected before it ends
        task.add_done_callback(self._batches.discard)

    async def _send(self, batch: dict[K, list[asyncio.Future[V | None]]]) -> None:
        try:
            found = await self._fetch(list(batch))
        except asyncio.CancelledError:
            for futures in batch.values():
                for future in futures:
                    future.cancel()
            raise
        except Exception as error:
            for futures in batch.values():
                for future in futures:
                    if not future.done():
                        future.set_exception(error)
            return
        finally:
            self._next()
        for key, futures in batch.items():
            value = found.get(key)
            for future in futures:
                if not future.done():  # its read was cancelled meanwhile
                    future.set_result(value)
