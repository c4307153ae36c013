"""SessionOutline: what a call's status shows of its session, the phone number left sealed."""

from __future__ import annotations

from datetime import datetime

from attrs import field, frozen

from kundrost.domain.call_session import CallSession, ensure_aware
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.domain.validation import at_least, aware, instance_of


@frozen(kw_only=True)
class SessionOutline:
    """A call session as a reader who may not see its number sees it (a business user):
    storage leaves the number sealed, so nothing is decrypted for it. Not a `CallSession`,
    whose live states must have a number: an outline cannot be saved, so a session read
    without its number can never be written back as if the number were erased."""

    id: CallSessionId
    store_id: StoreId
    status: CallStatus = field(validator=instance_of(CallStatus))
    attempt: int = field(validator=[instance_of(int), at_least(1)])
    duration_seconds: int | None = field(validator=[instance_of(int, optional=True), at_least(0)])
    failure_reason: FailureReason | None = field(
        validator=instance_of(FailureReason, optional=True)
    )
    end_reason: EndReason | None = field(validator=instance_of(EndReason, optional=True))
    created_at: datetime = field(validator=aware)
    expires_at: datetime = field(validator=aware)

    @classmethod
    def of(cls, session: CallSession) -> SessionOutline:
        return cls(
            id=session.id,
            store_id=session.store_id,
            status=session.status,
            attempt=session.attempt,
            duration_seconds=session.duration_seconds,
            failure_reason=session.failure_reason,
            end_reason=session.end_reason,
            created_at=session.created_at,
            expires_at=session.expires_at,
        )

    @property
    def retry_count(self) -> int:
        return self.attempt - 1

    def is_expired(self, now: datetime) -> bool:
        """As `CallSession.is_expired`: at `expires_at` itself."""
        return self.expires_at <= ensure_aware(now)
