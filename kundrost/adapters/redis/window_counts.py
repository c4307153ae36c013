"""WindowCounts: the rate limit's window counts of concurrent requests, sent to Redis together.

Every count asked for in one turn of the event loop goes out in one pipeline: one write and
one read on one connection for all of them, instead of a connection taken, a command sent
and a reply read for each. Each count is still its own atomic script in Redis, so a batch
counts exactly what the same counts sent one by one would. Under load this is most of what
the rate limit costs a request in redis-py (see docs/performance.md); alone, a count waits
for nothing but the loop's next turn.
"""

from __future__ import annotations

import asyncio
from hashlib import sha1

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

Reply = list[int]


class WindowCounts:
    """`count(key, milliseconds)`: the script's reply for `key`, from a pipeline shared with
    the counts asked for in the same turn. A script Redis does not know (a restart, `SCRIPT
    FLUSH`) is loaded and the counts it refused are sent again; only those, so none counts
    twice. Redis being away fails every count of the batch with redis-py's error."""

    def __init__(self, client: aioredis.Redis, script: str) -> None:
        self._client = client
        self._script = script
        self._sha = sha1(script.encode(), usedforsecurity=False).hexdigest()
        self._waiting: list[tuple[str, int, asyncio.Future[Reply]]] = []
        self._sending: set[asyncio.Task[None]] = set()

    def count(self, key: str, milliseconds: int) -> asyncio.Future[Reply]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Reply] = loop.create_future()
        self._waiting.append((key, milliseconds, future))
        if len(self._waiting) == 1:
            loop.call_soon(self._flush)
        return future

    def _flush(self) -> None:
        batch, self._waiting = self._waiting, []
        task = asyncio.ensure_future(self._send(batch))
        self._sending.add(task)  # a task nobody holds may be collected before it ends
        task.add_done_callback(self._sending.discard)

    async def _send(self, batch: list[tuple[str, int, asyncio.Future[Reply]]]) -> None:
        try:
            replies = await self._replies([(key, ms) for key, ms, _ in batch])
        except asyncio.CancelledError:
            for *_, future in batch:
                future.cancel()
            raise
        except Exception as error:
            for *_, future in batch:
                if not future.done():
                    future.set_exception(error)
            return
        for (*_, future), reply in zip(batch, replies, strict=True):
            if future.done():  # its request was cancelled meanwhile
                continue
            if isinstance(reply, Exception):
                future.set_exception(reply)
            else:
                future.set_result(reply)

    async def _replies(self, counts: list[tuple[str, int]]) -> list[Reply | Exception]:
        replies = await self._pipeline(counts)
        refused = [i for i, reply in enumerate(replies) if isinstance(reply, NoScriptError)]
        if refused:
            await self._client.script_load(self._script)
            again = await self._pipeline([counts[i] for i in refused])
            for i, reply in zip(refused, again, strict=True):
                replies[i] = reply
        return replies

    async def _pipeline(self, counts: list[tuple[str, int]]) -> list[Reply | Exception]:
        pipeline = self._client.pipeline(transaction=False)
        for key, milliseconds in counts:
            pipeline.evalsha(self._sha, 1, key, milliseconds)
        replies: list[Reply | Exception] = await pipeline.execute(raise_on_error=False)
        return replies
