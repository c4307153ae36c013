"""RetryCall: a failed call is tried again, within the verification's attempts."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.application.calls_common import dial, visible_session
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.retry import RetryPolicy
from kundrost.ports.placed_calls import PlacedCalls
from kundrost.ports.system import Clock
from kundrost.ports.telephony import Telephony
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class RetryCall:
    """Only a failed session is retried (`NotRetryable`), at most up to the policy's attempts
    in all (`MaxAttemptsExceeded`). The next attempt is committed pending, then dialled as a
    first call is: a call the provider refuses fails the attempt again (`technical_failure`).
    """

    new_uow: UnitOfWorkFactory
    telephony: Telephony
    clock: Clock
    placed: PlacedCalls
    retry_policy: RetryPolicy = field(factory=RetryPolicy)
    retention: RetentionPolicy = field(factory=RetentionPolicy)

    async def __call__(self, session_id: CallSessionId) -> CallSession:
        async with self.new_uow() as uow:
            session = await visible_session(uow, session_id, self.clock, for_update=True)
            retried = session.retried(self.retry_policy, self.clock.now(), retention=self.retention)
            await uow.sessions.save(retried)
            await uow.commit()
        return await dial(
            self.new_uow, self.placed, self.telephony, self.clock, retried, self.retention
        )
