"""WindowCounts: the rate limit's window counts of concurrent requests, sent to Redis together.

A count asked for while none is on its way to Redis goes at once, alone, as before. Counts
asked for while one is on its way wait for it and then go together (`Batched`), as one call
of a script that counts every key it is given: one command written, packed and parsed for
all of them, instead of a command (and a pipeline's bookkeeping) for each, which cost the
status endpoint more CPU than the rest of its rate limit. So a lone request waits no longer
than it did, and under load the batches grow with the load. Each key is counted by the same
steps as alone, inside one atomic script, so a batch counts exactly what the same counts
sent one by one would; a key Redis refuses (a value that is not a counter) fails alone, the
others are counted.
"""

from __future__ import annotations

from hashlib import sha1

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

from kundrost.adapters.coalesced import Batched

Reply = list[int]
Counting = tuple[str, int, int]
"""A key, its window in milliseconds and the events to count in it."""


class WindowCounts:
    """`await count(key, milliseconds, events)`: the script's reply for `key`. The script is
    given the keys, then as many windows in milliseconds, then as many numbers of events,
    and answers one reply per key. A script Redis does not know (a restart, `SCRIPT FLUSH`)
    is loaded and the call sent again; it counted nothing the first time, so none counts
    twice. Redis being away fails the counts sent together with redis-py's error."""

    def __init__(self, client: aioredis.Redis, script: str) -> None:
        self._client = client
        self._script = script
        self._sha = sha1(script.encode(), usedforsecurity=False).hexdigest()
        self._batched: Batched[Counting, Reply] = Batched(self._replies)

    async def count(self, key: str, milliseconds: int, events: int = 1) -> Reply:
        return await self._batched.ask((key, milliseconds, events))

    async def _replies(self, counts: list[Counting]) -> list[Reply | Exception]:
        """Every key's reply, in order: `[count, milliseconds left]` or the error Redis gave
        for that key. A script Redis does not know ran for none of them: it is loaded and the
        whole call sent again."""
        keys, windows, events = zip(*counts, strict=True)
        try:
            return await self._call(keys, windows, events)
        except NoScriptError:
            await self._client.script_load(self._script)
            return await self._call(keys, windows, events)

    async def _call(
        self, keys: tuple[str, ...], windows: tuple[int, ...], events: tuple[int, ...]
    ) -> list[Reply | Exception]:
        replies: list[Reply | Exception] = await self._client.evalsha(
            self._sha, len(keys), *keys, *windows, *events
        )
        return replies
