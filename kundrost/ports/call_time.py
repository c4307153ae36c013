"""CallTime: the time a live call runs on."""

from __future__ import annotations

from typing import Protocol


class CallTime(Protocol):
    """The time a live call runs on, in milliseconds: real time on a phone, speaking time in
    a typed conversation. Contract: `now_ms` never decreases; `sleep_until` returns once
    `now_ms()` has reached `ms` (at once when it has)."""

    def now_ms(self) -> int: ...

    async def sleep_until(self, ms: int) -> None: ...
