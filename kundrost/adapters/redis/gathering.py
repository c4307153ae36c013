"""Gathering jobs on SAQ: items join a queue job that has not started yet, so one run of a
handler takes several of them (`Job.gathering`)."""

from __future__ import annotations

from typing import cast
from uuid import uuid4

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from kundrost.ports.job_queue import JobKind

GATHERED = "kundrost_gathered"
"""SAQ meta of a gathering job: the token its items are kept under."""
ITEMS_KEPT_SECONDS = 86_400
"""How long a job's items stay readable: a day, as long as an analysis may wait before
the sweep of stalled analyses gives it up, so a job that waits out a long backlog (or runs
again after a lost worker) still finds them."""
GATHERING_SECONDS = 60
"""How long a waiting job takes new items at most: a job whose enqueue was lost after its
first item (Redis went away between the two writes) strands only this long's joiners, and
the sweep of stalled analyses hands those to the queue again."""

_JOIN = """
if redis.call('EXISTS', KEYS[3]) == 1 then
    return 0
end
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return -1
end
redis.call('SET', KEYS[3], 1, 'EX', ARGV[4])
if redis.call('RPUSH', KEYS[2], ARGV[2]) >= tonumber(ARGV[3]) then
    redis.call('DEL', KEYS[1])
end
return 1
"""
"""Adds an item to the job still gathering under the marker: 0 when the item is held by a
job already (waiting or running), -1 when the marker has moved on (the job started or is
full), 1 when added."""

_OPEN = """
if redis.call('EXISTS', KEYS[3]) == 1 then
    return 0
end
redis.call('SET', KEYS[3], 1, 'EX', ARGV[6])
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[4])
if tonumber(ARGV[3]) > 1 then
    redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[5])
end
return 1
"""
"""A new job's first item, and the marker that points the next items at it; 0 when the
item is held by a job already."""

_TAKE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('DEL', KEYS[1])
end
return redis.call('LRANGE', KEYS[2], 0, -1)
"""
"""A starting job's items; from here on new items go to a new job."""


class Gathering:
    """The Redis side of gathering jobs under the queue's `name`.

    An item is held from its enqueue until its job ends (`<name>:held:<kind>:<item>`, for
    `hold` seconds at most, so a job lost for good frees its items), and enqueuing it again
    meanwhile is refused, as a key is.

    Keys: `<name>:gathering:<kind>` (the token of the job of that kind that still takes
    items; it lapses after `GATHERING_SECONDS`) and `<name>:items:<token>` (the items of a
    job, kept `keep` seconds, a day by default, so a job run again after a lost worker gets
    the same items). Enqueuing an item is two round trips when a job is gathering (read the
    marker, join), three when it opens a new one (the items and the marker, SAQ's enqueue).
    A job takes its items as it starts, atomically with clearing the marker: an item joins
    before (and is taken) or finds no marker and opens a new job.
    """

    def __init__(
        self,
        redis: Redis,
        name: str,
        *,
        batch: int,
        hold: int,
        keep: int = ITEMS_KEPT_SECONDS,
    ) -> None:
        if batch < 1:
            raise ValueError(f"batch must be at least 1, got {batch}")
        self._redis = redis
        self._name = name
        self.batch = batch
        self._keep = keep
        self._hold = hold
        self._join: AsyncScript = redis.register_script(_JOIN)
        self._open: AsyncScript = redis.register_script(_OPEN)
        self._take: AsyncScript = redis.register_script(_TAKE)

    def _marker(self, kind: JobKind) -> str:
        return f"{self._name}:gathering:{kind.value}"

    def _items(self, token: str) -> str:
        return f"{self._name}:items:{token}"

    def _held(self, kind: JobKind, item: str) -> str:
        return f"{self._name}:held:{kind.value}:{item}"

    async def join(self, kind: JobKind, item: str) -> bool | None:
        """True when `item` joined a waiting job, False when a job holds it already, None
        when no job is gathering (`open` one)."""
        marker = self._marker(kind)
        token = await self._redis.get(marker)
        if token is None:
            return None
        # the shared client answers bytes (`RedisConnection.client`); redis-py types any
        # client's reply as bytes or str, as it cannot see `decode_responses`
        text = cast(bytes, token).decode("utf-8")
        joined = await self._join(
            keys=[marker, self._items(text), self._held(kind, item)],
            args=[text, item, self.batch, self._hold],
        )
        return None if joined == -1 else bool(joined)

    async def open(self, kind: JobKind, item: str) -> str | None:
        """A new token holding `item`, gathering from now on, whose queue job is enqueued
        next; None when a job holds `item` already."""
        token = f"gather:{kind.value}:{uuid4().hex}"
        opened = await self._open(
            keys=[self._marker(kind), self._items(token), self._held(kind, item)],
            args=[token, item, self.batch, self._keep, GATHERING_SECONDS, self._hold],
        )
        return token if opened else None

    async def release(self, kind: JobKind, items: list[str]) -> None:
        """The job that held `items` has ended: enqueuing them again starts a new job."""
        if items:
            await self._redis.delete(*(self._held(kind, item) for item in items))

    async def take(self, kind: JobKind, token: str) -> list[str]:
        """The items of the job under `token`, which gathers no more."""
        found = await self._take(keys=[self._marker(kind), self._items(token)], args=[token])
        return [item.decode("utf-8") for item in found]
