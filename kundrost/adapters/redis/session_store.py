"""RedisSessionStore: the shared cache of short-lived state, each entry with a TTL, in Redis."""

from __future__ import annotations

import math
from datetime import timedelta

from redis.commands.core import AsyncScript
from redis.exceptions import ResponseError

from kundrost.adapters.redis.connection import Reaching, RedisConnection
from kundrost.adapters.redis.window_counts import WindowCounts
from kundrost.ports.session_store import WindowCount, counted_events

_CACHE = Reaching("cache")
NAMESPACE = "cache:"
"""Under the connection's prefix: `kundrost:cache:<key>`."""

_INCREMENT = """
local count = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return count
"""
"""INCR and its TTL in one script: no reader sees a counter without an expiry, and a crash
between the two commands cannot leave a counter that never expires."""

_COUNT_IN_WINDOW = """
local replies = {}
local keys = #KEYS
for i, key in ipairs(KEYS) do
  local count = redis.pcall('INCRBY', key, ARGV[keys + i])
  if type(count) == 'table' then
    replies[i] = count
  else
    local left = redis.call('PTTL', key)
    if left < 0 then
      redis.call('PEXPIRE', key, ARGV[i])
      left = tonumber(ARGV[i])
    end
    replies[i] = {count, left}
  end
end
return replies
"""
"""For each key with its window in milliseconds and its number of events: INCRBY, and an
expiry only for the window's first events (or a counter that somehow has none), in one
script: one round trip, atomic across processes, and the window never moves. A key whose
INCRBY Redis refuses answers that error in its place, so the keys counted with it still
are."""


def _milliseconds(ttl: timedelta) -> int:
    if not isinstance(ttl, timedelta) or ttl <= timedelta(0):
        raise ValueError(f"a TTL (time to live) must be a positive timedelta, got {ttl!r}")
    return max(1, math.ceil(ttl / timedelta(milliseconds=1)))


class RedisSessionStore:
    """`ports.SessionStore` in Redis, shared by every process of a deployment.

    Each method is one Redis command or script, so each is atomic across processes: `add` is
    `SET NX PX`; `increment` is `INCR` with `PEXPIRE` in one Lua script, `count_in_window`
    `INCR` with `PTTL` (and `PEXPIRE` to open a window) in another, the counts of concurrent
    requests asked for while one is on its way sent together, in one call of that script
    (`WindowCounts`). TTLs are kept in
    milliseconds (rounded up, so an entry never expires early). Values are UTF-8 text.
    Redis being away raises the port's `Unavailable("cache")`.
    """

    def __init__(self, connection: RedisConnection) -> None:
        self._connection = connection
        self._increment: AsyncScript | None = None
        self._windows: WindowCounts | None = None

    async def get(self, key: str) -> str | None:
        with _CACHE:
            value = await self._connection.client.get(self._key(key))
        return value.decode("utf-8") if isinstance(value, bytes) else value

    async def set(self, key: str, value: str, ttl: timedelta) -> None:
        with _CACHE:
            await self._connection.client.set(self._key(key), value, px=_milliseconds(ttl))

    async def add(self, key: str, value: str, ttl: timedelta) -> bool:
        with _CACHE:
            stored = await self._connection.client.set(
                self._key(key), value, px=_milliseconds(ttl), nx=True
            )
        return bool(stored)

    async def delete(self, key: str) -> None:
        with _CACHE:
            await self._connection.client.delete(self._key(key))

    async def increment(self, key: str, ttl: timedelta) -> int:
        """Refuses (`ValueError`) a value that is not a whole number, as `INCR` does."""
        milliseconds = _milliseconds(ttl)
        if self._increment is None:
            self._increment = self._connection.client.register_script(_INCREMENT)
        try:
            with _CACHE:
                count = await self._increment(keys=[self._key(key)], args=[milliseconds])
        except ResponseError as error:
            if "not an integer" in str(error):
                raise ValueError(f"the value under {key!r} is not a counter") from None
            raise
        return int(count)

    async def count_in_window(self, key: str, window: timedelta, events: int = 1) -> WindowCount:
        milliseconds = _milliseconds(window)
        events = counted_events(events)
        if self._windows is None:
            self._windows = WindowCounts(self._connection.client, _COUNT_IN_WINDOW)
        try:
            with _CACHE:
                count, left = await self._windows.count(self._key(key), milliseconds, events)
        except ResponseError as error:
            if "not an integer" in str(error):
                raise ValueError(f"the value under {key!r} is not a counter") from None
            raise
        return WindowCount(int(count), timedelta(milliseconds=int(left)))

    def _key(self, key: str) -> str:
        return self._connection.key(NAMESPACE + key)
