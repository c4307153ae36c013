"""TickClaims: which scheduler process runs each scheduled tick of a job."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Protocol


class TickClaims(Protocol):
    """Contract: of every caller of `claim` for one (job, tick), in any process sharing the
    adapter's storage, exactly one gets True, whatever the order or overlap of the calls;
    a later claim of the same pair, by the winner too, is False. `tick` is an aware instant;
    two ticks are the same when they are the same instant.
    """

    async def claim(self, job: str, tick: datetime) -> bool: ...

    def running(self, job: str) -> AbstractAsyncContextManager[bool]:
        """Enters with True when no other holder (in any process) is inside `running` for
        the same job, and then keeps others out until it exits; with False otherwise, at
        once, without waiting. Keeps a slow run from being overlapped by the next tick's."""
        ...

    async def forget_before(self, before: datetime) -> int:
        """Deletes the claims of ticks before `before`; returns how many. A forgotten tick
        could be claimed again, so only ticks no scheduler will reach again are forgotten."""
        ...
