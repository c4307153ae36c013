"""Gathering jobs on SAQ: items join a queue job that has not started yet, so one run of a
handler takes several of them (`Job.gathering`)."""

from __future__ import annotations

from uuid import uuid4

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from kundrost.ports.job_queue import JobKind

GATHERED = "kundrost_gathered"
"""SAQ meta of a gathering job: the token its items are kept under."""
GATHERING_SECONDS = 60
"""How long a waiting job takes new items at most: a job whose enqueue was lost after its
first item (Redis went away between the two writes) strands only this long's joiners, and
the sweep of stalled analyses hands those to the queue again."""

_JOIN = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return -1
end
if redis.call('LPOS', KEYS[2], ARGV[2]) then
    return 0
end
if redis.call('RPUSH', KEYS[2], ARGV[2]) >= tonumber(ARGV[3]) then
    redis.call('DEL', KEYS[1])
end
return 1
"""
"""Adds an item to the job still gathering under the marker: -1 when the marker has moved
on (the job started or is full), 0 when the item already waits there, 1 when added."""

_OPEN = """
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[4])
if tonumber(ARGV[3]) > 1 then
    redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[5])
end
return 1
"""
"""A new job's first item, and the marker that points the next items at it."""

_TAKE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('DEL', KEYS[1])
end
return redis.call('LRANGE', KEYS[2], 0, -1)
"""
"""A starting job's items; from here on new items go to a new job."""


class Gathering:
    """The Redis side of gathering jobs under the queue's `name`.

    Keys: `<name>:gathering:<kind>` (the token of the job of that kind that still takes
    items) and `<name>:items:<token>` (the items of a job, kept `keep` seconds, so a job run
    again after a lost worker gets the same items). Enqueuing an item is two round trips
    when a job is gathering (read the marker, join), four when it opens a new one (the items,
    the marker, SAQ's enqueue). A job takes its items as it starts, atomically with clearing
    the marker: an item joins before (and is taken) or finds no marker and opens a new job.
    """

    def __init__(self, redis: Redis, name: str, *, batch: int, keep: int) -> None:
        if batch < 1:
            raise ValueError(f"batch must be at least 1, got {batch}")
        self._redis = redis
        self._name = name
        self.batch = batch
        self._keep = keep
        self._join: AsyncScript = redis.register_script(_JOIN)
        self._open: AsyncScript = redis.register_script(_OPEN)
        self._take: AsyncScript = redis.register_script(_TAKE)

    def _marker(self, kind: JobKind) -> str:
        return f"{self._name}:gathering:{kind.value}"

    def _items(self, token: str) -> str:
        return f"{self._name}:items:{token}"

    async def join(self, kind: JobKind, item: str) -> bool | None:
        """True when `item` joined a waiting job, False when it waits there already, None
        when no job is gathering (`open` one)."""
        marker = self._marker(kind)
        token = await self._redis.get(marker)
        if token is None:
            return None
        text = token.decode("utf-8")
        joined = await self._join(keys=[marker, self._items(text)], args=[text, item, self.batch])
        return None if joined == -1 else bool(joined)

    async def open(self, kind: JobKind, item: str) -> str:
        """A new token holding `item`, gathering from now on; its queue job is enqueued next."""
        token = f"gather:{kind.value}:{uuid4().hex}"
        await self._open(
            keys=[self._marker(kind), self._items(token)],
            args=[token, item, self.batch, self._keep, GATHERING_SECONDS],
        )
        return token

    async def take(self, kind: JobKind, token: str) -> list[str]:
        """The items of the job under `token`, which gathers no more."""
        found = await self._take(keys=[self._marker(kind), self._items(token)], args=[token])
        return [item.decode("utf-8") for item in found]
