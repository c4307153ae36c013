"""Row locks: `SELECT … FOR UPDATE` for the embedded store, one lock per key while in use."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class _Entry:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


class RowLocks(Generic[K]):
    """Exclusive locks by key. A lock exists only while someone holds or awaits it, so the
    table does not grow with every row ever locked."""

    def __init__(self) -> None:
        self._entries: dict[K, _Entry] = {}

    async def acquire(self, key: K) -> None:
        entry = self._entries.setdefault(key, _Entry())
        entry.users += 1
        try:
            await entry.lock.acquire()
        except BaseException:
            self._leave(key, entry)
            raise

    def release(self, key: K) -> None:
        entry = self._entries[key]
        entry.lock.release()
        self._leave(key, entry)

    def is_locked(self, key: K) -> bool:
        entry = self._entries.get(key)
        return entry is not None and entry.lock.locked()

    def held(self) -> int:
        """How many keys are locked or awaited right now."""
        return len(self._entries)

    def _leave(self, key: K, entry: _Entry) -> None:
        entry.users -= 1
        if entry.users == 0:
            del self._entries[key]
