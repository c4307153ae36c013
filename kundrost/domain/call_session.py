"""CallSession: the feedback call for one verified purchase, from placing it to its end."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from attrs import evolve, field, frozen

from kundrost.domain.call_session_rules import (
    ABANDON_ONLY_REASONS,
    ALLOWED_TRANSITIONS,
    LIVE_STATUSES,
    OUTCOME_FIELDS,
    check_invariants,
)
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidTransition, InvalidValue
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.priority import Priority
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.validation import at_least, aware, decimal, instance_of, text_length

if TYPE_CHECKING:
    from kundrost.domain.retry import RetryPolicy

__all__ = [
    "ABANDON_ONLY_REASONS",
    "ALLOWED_TRANSITIONS",
    "LIVE_STATUSES",
    "CallSession",
    "ensure_aware",
]

_S = CallStatus
_DEFAULT_RETENTION = RetentionPolicy()
_CLEARED_ON_RETRY = dict.fromkeys((*OUTCOME_FIELDS, "provider_call_id"))


def ensure_aware(moment: datetime, name: str = "now") -> datetime:
    """A time handed in by the clock must be aware: naive and aware times do not compare."""
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise InvalidValue(name, "must be a timezone-aware datetime")
    return moment


_COUNT = [instance_of(int, optional=True), at_least(0)]


@frozen(kw_only=True)
class CallSession:
    """One verification's call. Immutable: every transition returns a new session and takes
    `now`; an ended call keeps its personal data for the retention period after `ended_at`."""

    id: CallSessionId
    verification_id: VerificationId
    store_id: StoreId
    phone: PhoneNumber | None = field(validator=instance_of(PhoneNumber, optional=True))
    transaction_time: datetime = field(validator=aware)
    transaction_value: Decimal | None = field(default=None, validator=[decimal, at_least(0)])
    priority: Priority = field(default=Priority.MEDIUM, validator=instance_of(Priority))
    status: CallStatus = field(default=CallStatus.PENDING, validator=instance_of(CallStatus))
    attempt: int = field(default=1, validator=[instance_of(int), at_least(1)])
    created_at: datetime = field(validator=aware)
    updated_at: datetime = field(validator=aware)
    connected_at: datetime | None = field(default=None, validator=aware)
    ended_at: datetime | None = field(default=None, validator=aware)
    duration_seconds: int | None = field(default=None, validator=_COUNT)
    failure_reason: FailureReason | None = field(
        default=None, validator=instance_of(FailureReason, optional=True)
    )
    end_reason: EndReason | None = field(
        default=None, validator=instance_of(EndReason, optional=True)
    )
    provider_call_id: str | None = field(default=None, validator=text_length(1, 200))
    expires_at: datetime = field(validator=aware)

    def __attrs_post_init__(self) -> None:
        check_invariants(self)

    @classmethod
    def initiate(
        cls,
        id: CallSessionId,
        verification_id: VerificationId,
        store_id: StoreId,
        phone: PhoneNumber,
        transaction_time: datetime,
        transaction_value: Decimal | None,
        now: datetime,
        *,
        priority: Priority = Priority.MEDIUM,
        retention: RetentionPolicy = _DEFAULT_RETENTION,
    ) -> CallSession:
        """A new pending first attempt; its personal data expires a retention period from now."""
        return cls(
            id=id,
            verification_id=verification_id,
            store_id=store_id,
            phone=phone,
            transaction_time=transaction_time,
            transaction_value=transaction_value,
            priority=priority,
            created_at=ensure_aware(now),
            updated_at=now,
            expires_at=retention.personal_data_expires_at(now),
        )

    @property
    def retry_count(self) -> int:
        return self.attempt - 1

    @property
    def is_live(self) -> bool:
        return self.status in LIVE_STATUSES

    @property
    def is_erased(self) -> bool:
        """Its personal data was erased (cancelled, or erased after it ended): nothing of what
        the customer said may be kept for it any more. A live call always has its number."""
        return self.phone is None

    def is_expired(self, now: datetime) -> bool:
        """Expired at `expires_at` itself; an expired session is no longer shown to anyone."""
        return self.expires_at <= ensure_aware(now)

    def connected(self, now: datetime) -> CallSession:
        return self._move(_S.IN_PROGRESS, now, connected_at=now)

    def failed(
        self,
        reason: FailureReason,
        now: datetime,
        *,
        retention: RetentionPolicy = _DEFAULT_RETENTION,
    ) -> CallSession:
        return self._end(_S.FAILED, now, retention, failure_reason=reason)

    def abandoned(
        self,
        reason: EndReason,
        now: datetime,
        duration_seconds: int | None = None,
        *,
        retention: RetentionPolicy = _DEFAULT_RETENTION,
    ) -> CallSession:
        return self._end(
            _S.ABANDONED, now, retention, end_reason=reason, duration_seconds=duration_seconds
        )

    def completed(
        self,
        duration_seconds: int,
        now: datetime,
        end_reason: EndReason = EndReason.COMPLETED,
        *,
        retention: RetentionPolicy = _DEFAULT_RETENTION,
    ) -> CallSession:
        return self._end(
            _S.COMPLETED, now, retention, end_reason=end_reason, duration_seconds=duration_seconds
        )

    def cancelled(
        self, now: datetime, *, retention: RetentionPolicy = _DEFAULT_RETENTION
    ) -> CallSession:
        """A cancelled call is abandoned and its number erased at once: the shopper said stop."""
        return self._end(_S.ABANDONED, now, retention, end_reason=EndReason.CANCELLED, phone=None)

    def retried(
        self, policy: RetryPolicy, now: datetime, *, retention: RetentionPolicy = _DEFAULT_RETENTION
    ) -> CallSession:
        """The next attempt, pending again with the previous attempt's outcome cleared."""
        policy.check(self)
        return self._move(
            _S.PENDING,
            now,
            attempt=self.attempt + 1,
            expires_at=retention.personal_data_expires_at(now),
            **_CLEARED_ON_RETRY,
        )

    def with_provider_call(self, call_id: str) -> CallSession:
        return evolve(self, provider_call_id=call_id)

    def erased(self) -> CallSession:
        """Without its phone number; refused while the call is live, as it still needs one."""
        return evolve(self, phone=None)

    def _move(self, to: CallStatus, now: datetime, **changes: Any) -> CallSession:
        if to not in ALLOWED_TRANSITIONS[self.status]:
            raise InvalidTransition(self.status.value, to.value, call_session_id=str(self.id))
        if ensure_aware(now) < self.updated_at:
            raise InvalidValue("now", "is before the session's last change", status=to.value)
        return evolve(self, status=to, updated_at=now, **changes)

    def _end(
        self, to: CallStatus, now: datetime, retention: RetentionPolicy, **changes: Any
    ) -> CallSession:
        expires_at = retention.personal_data_expires_at(self.created_at, ensure_aware(now))
        return self._move(to, now, ended_at=now, expires_at=expires_at, **changes)
