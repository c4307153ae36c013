"""Doubles for the scheduled use cases: a phone network that notes when it is asked, and a
progress watcher that notes what it is told."""

from __future__ import annotations

from datetime import datetime

from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.system import Clock
from kundrost.ports.telephony import TelephonyError


class NotingTelephony:
    """`ports.Telephony` that notes each call asked for, with the clock's time, and refuses
    it (`TelephonyError`, so the attempt fails at once) unless `answers`."""

    def __init__(self, clock: Clock, *, answers: bool = False) -> None:
        self.clock = clock
        self.answers = answers
        self.asked: list[tuple[CallSessionId, datetime]] = []

    async def place_call(self, to: PhoneNumber, session_id: CallSessionId) -> str:
        self.asked.append((session_id, self.clock.now()))
        if not self.answers:
            raise TelephonyError("the simulated network is down")
        return f"call-{len(self.asked)}"

    async def hang_up(self, provider_call_id: str) -> None:
        return None

    def times_for(self, session_id: CallSessionId) -> list[datetime]:
        return [at for asked, at in self.asked if asked == session_id]


class NotedProgress:
    def __init__(self) -> None:
        self.passes: list[int | None] = []
        self.done = 0

    def started(self, total: int | None) -> None:
        self.passes.append(total)

    def advanced(self, by: int = 1) -> None:
        self.done += by
