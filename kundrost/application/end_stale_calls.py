"""EndStaleCalls: give up the live calls whose outcome never arrived."""

from __future__ import annotations

import logging
from datetime import datetime

from attrs import field, frozen

from kundrost.application.batches import valid_batch_size
from kundrost.application.calls_common import update_attempt
from kundrost.application.progress import UNWATCHED, Progress
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.live_calls import LiveCallPolicy
from kundrost.domain.retention import RetentionPolicy
from kundrost.ports.system import Clock
from kundrost.ports.telephony import Telephony, TelephonyError
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.calls")


@frozen
class StaleCallsSweep:
    """How many live calls had been without news for the shortest limit, and how many of
    them were past their own deadline and given up."""

    examined: int
    given_up: int


@frozen
class EndStaleCalls:
    """Give up every live call past its deadline (`LiveCallPolicy`: a pending attempt with no
    outcome 5 minutes after it began fails, a conversation with no transcript 5 minutes after
    it connected is abandoned), dated at the deadline, so the usual retention applies from
    then and a failed attempt is retried as any other. Each call is changed under its row
    lock, only if it is still on the attempt that was read (news that arrived meanwhile
    wins), and then hung up at the provider in case it is somehow still ringing; a hang-up
    the provider refuses is logged and the call stays given up."""

    new_uow: UnitOfWorkFactory
    telephony: Telephony
    clock: Clock
    policy: LiveCallPolicy = field(factory=LiveCallPolicy)
    retention: RetentionPolicy = field(factory=RetentionPolicy)
    page_size: int = field(default=500, validator=valid_batch_size)

    async def __call__(self, *, progress: Progress = UNWATCHED) -> StaleCallsSweep:
        now = self.clock.now()
        progress.started(None)
        examined = given_up = 0
        after: CallSessionId | None = None
        while True:
            async with self.new_uow() as uow:
                page = await uow.sessions.live_before(
                    now - self.policy.shortest_limit, after=after, limit=self.page_size
                )
            for session in page:
                examined += 1
                progress.advanced()
                if self.policy.given_up(session, now, self.retention) is not None:
                    given_up += await self._give_up(session)
            if len(page) < self.page_size:
                return StaleCallsSweep(examined, given_up)
            after = page[-1].id

    async def _give_up(self, session: CallSession) -> int:
        """1 when this sweep gave the call up, 0 when news arrived first."""
        given_up: list[CallSession] = []

        def change(current: CallSession, now: datetime) -> CallSession:
            ended = self.policy.given_up(current, now, self.retention)
            given_up.extend([] if ended is None else [ended])
            return current if ended is None else ended

        ended = await update_attempt(self.new_uow, self.clock, session, change)
        if not given_up:
            return 0
        log.info(
            "call %s attempt %d given up without news: %s (%s)",
            ended.id,
            ended.attempt,
            ended.status,
            ended.failure_reason or ended.end_reason,
        )
        if ended.provider_call_id is not None:
            try:
                await self.telephony.hang_up(ended.provider_call_id)
            except TelephonyError as error:
                log.warning("call %s: the hang-up failed (%s)", ended.id, type(error).__name__)
        return 1
