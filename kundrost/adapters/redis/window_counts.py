"""WindowCounts: the rate limit's window counts of concurrent requests, sent to Redis together.

A count asked for while none is on its way to Redis goes at once, alone, as before. Counts
asked for while one is on its way wait for it and then go together, in one pipeline: one
write and one read on one connection for all of them, instead of a connection taken, a
command sent and a reply read for each. So a lone request waits no longer than it did, and
under load the batches grow with the load. Each count is still its own atomic script in
Redis, so a batch counts exactly what the same counts sent one by one would.
"""

from __future__ import annotations

import asyncio
from hashlib import sha1

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

Reply = list[int]
Waiting = tuple[str, int, "asyncio.Future[Reply]"]


class WindowCounts:
    """`await count(key, milliseconds)`: the script's reply for `key`. A script Redis does
    not know (a restart, `SCRIPT FLUSH`) is loaded and the counts it refused are sent again;
    only those, so none counts twice. Redis being away fails the counts sent together with
    redis-py's error."""

    def __init__(self, client: aioredis.Redis, script: str) -> None:
        self._client = client
        self._script = script
        self._sha = sha1(script.encode(), usedforsecurity=False).hexdigest()
        self._busy = False
        self._waiting: list[Waiting] = []
        self._batches: set[asyncio.Task[None]] = set()

    async def count(self, key: str, milliseconds: int) -> Reply:
        if self._busy:
            future: asyncio.Future[Reply] = asyncio.get_running_loop().create_future()
            self._waiting.append((key, milliseconds, future))
            return await future
        self._busy = True
        try:
            reply = (await self._replies([(key, milliseconds)]))[0]
        finally:
            self._next()
        if isinstance(reply, Exception):
            raise reply
        return reply

    def _next(self) -> None:
        """The counts that waited go together; none waiting, the next count goes at once."""
        if not self._waiting:
            self._busy = False
            return
        batch, self._waiting = self._waiting, []
        task = asyncio.ensure_future(self._send(batch))
        self._batches.add(task)  # a task nobody holds may be collected before it ends
        task.add_done_callback(self._batches.discard)

    async def _send(self, batch: list[Waiting]) -> None:
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
        finally:
            self._next()
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
        if len(counts) == 1:  # alone: a plain command, without a pipeline's own work
            key, milliseconds = counts[0]
            try:
                return [await self._client.evalsha(self._sha, 1, key, milliseconds)]  # type: ignore[misc]
            except NoScriptError as refused:
                return [refused]
        pipeline = self._client.pipeline(transaction=False)
        for key, milliseconds in counts:
            pipeline.evalsha(self._sha, 1, key, milliseconds)
        replies: list[Reply | Exception] = await pipeline.execute(raise_on_error=False)
        return replies
