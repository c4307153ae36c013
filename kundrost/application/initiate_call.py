"""InitiateCall: a verified purchase gets its feedback call, placed at once."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import field, frozen

from kundrost.application.calls_common import dial
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.priority import Priority
from kundrost.domain.purchase_window import PurchaseWindow
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.validation import whole_ore
from kundrost.ports.new_sessions import NewSessions
from kundrost.ports.placed_calls import PlacedCalls
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.telephony import Telephony
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen(kw_only=True)
class InitiateCallCommand:
    """The verified purchase to call about; the session checks the values, and the command the
    amount's öre (a stored session is not refused for what was once accepted)."""

    verification_id: VerificationId
    store_id: StoreId
    phone: PhoneNumber
    transaction_time: datetime
    transaction_value: Decimal | None = field(validator=whole_ore)
    priority: Priority = Priority.MEDIUM


@frozen
class InitiateCall:
    """One session per verification, also under a race of concurrent requests: a second one is
    refused with `CallAlreadyExists` naming the first. A purchase outside the `window` around
    the clock's now (in the future, or older than a week) is refused with `InvalidValue`. The
    session is committed before the call is placed, so the call's events always find it;
    there is no limit of calls per store.

    Returns the session after dialling: pending with its provider call id, or `failed` with
    `technical_failure` when the provider refused the call (it may then be retried).
    """

    new_uow: UnitOfWorkFactory
    telephony: Telephony
    clock: Clock
    ids: IdGenerator
    sessions: NewSessions
    placed: PlacedCalls
    retention: RetentionPolicy = field(default=RetentionPolicy())
    window: PurchaseWindow = field(default=PurchaseWindow())

    async def __call__(self, command: InitiateCallCommand) -> CallSession:
        now = self.clock.now()
        self.window.check(command.transaction_time, now)
        session = CallSession.initiate(
            CallSessionId(self.ids.new()),
            command.verification_id,
            command.store_id,
            command.phone,
            command.transaction_time,
            command.transaction_value,
            now,
            priority=command.priority,
            retention=self.retention,
        )
        await self.sessions.add(session)
        return await dial(
            self.new_uow, self.placed, self.telephony, self.clock, session, self.retention
        )
