"""What a repository needs from its unit of work: the transaction's connection, and a
place for the inserts that a uniqueness rule guards."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from asyncpg.pool import PoolConnectionProxy

Write = Callable[[PoolConnectionProxy], Awaitable[None]]


class Transaction(Protocol):
    async def connection(self, *, reads_only: bool = False) -> PoolConnectionProxy:
        """The connection, after every deferred write has been written; inside the
        transaction unless `reads_only` (a plain SELECT, no lock) and nothing was written
        yet."""
        ...

    def defer(self, write: Write) -> None:
        """Runs `write` before the next statement, or at commit."""
        ...


def positive_limit(limit: int) -> int:
    """A batch size is at least one: a zero or negative limit is a caller's mistake."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, got {limit!r}")
    return limit
