"""Builders for call sessions: a shopper at Lindqvists Livs, called on a Friday afternoon."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.priority import Priority
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.retry import RetryPolicy

STOCKHOLM = ZoneInfo("Europe/Stockholm")
SESSION_ID = CallSessionId(UUID("c0ffee00-4b1d-4e3a-9f2c-5a6b7c8d9e01"))
VERIFICATION_ID = VerificationId(UUID("7e51f1ed-0a1b-4c2d-8e3f-4a5b6c7d8e9f"))
STORE_ID = StoreId(UUID("5e0d1c1a-7f3b-4c2e-9a51-2f6b8d4c3a10"))
NUMBER = "+46701234567"
PURCHASED_AT = datetime(2025, 3, 14, 14, 5, tzinfo=STOCKHOLM)
CALLED_AT = datetime(2025, 3, 14, 14, 20, tzinfo=STOCKHOLM)
NINETY_DAYS = timedelta(days=90)
STEP = timedelta(seconds=30)


def a_phone(e164: str = NUMBER) -> PhoneNumber:
    return PhoneNumber(e164)


def later(session: CallSession, seconds: int = 30) -> datetime:
    """A moment `seconds` after the session's last change, to hand to its next transition."""
    return session.updated_at + timedelta(seconds=seconds)


def a_call_session(
    status: CallStatus = CallStatus.PENDING,
    *,
    attempt: int = 1,
    failure_reason: FailureReason = FailureReason.NO_ANSWER,
    end_reason: EndReason | None = None,
    duration_seconds: int | None = None,
    connected: bool = True,
    phone: PhoneNumber | None = None,
    transaction_value: Decimal | None = Decimal("249.90"),
    priority: Priority = Priority.MEDIUM,
    now: datetime = CALLED_AT,
    retention: RetentionPolicy | None = None,
) -> CallSession:
    """A session in `status` on `attempt`, reached through the real transitions.

    Earlier attempts failed with no answer. An abandoned call connected first unless
    `connected` is False; a completed one lasted 90 s, an abandoned one 20 s.
    """
    keep = retention or RetentionPolicy()
    session = CallSession.initiate(
        SESSION_ID,
        VERIFICATION_ID,
        STORE_ID,
        phone or a_phone(),
        PURCHASED_AT,
        transaction_value,
        now,
        priority=priority,
        retention=keep,
    )
    retries = RetryPolicy(max_attempts=max(3, attempt), backoff=[STEP] * max(2, attempt))
    for _ in range(attempt - 1):
        session = session.failed(FailureReason.NO_ANSWER, later(session), retention=keep)
        session = session.retried(retries, later(session), retention=keep)
    if status is CallStatus.PENDING:
        return session
    if status is CallStatus.FAILED:
        return session.failed(failure_reason, later(session), retention=keep)
    if status is not CallStatus.ABANDONED or connected:
        session = session.connected(later(session))
    if status is CallStatus.COMPLETED:
        reason = end_reason or EndReason.COMPLETED
        seconds = 90 if duration_seconds is None else duration_seconds
        return session.completed(seconds, later(session, seconds), reason, retention=keep)
    if status is CallStatus.ABANDONED:
        lasted = duration_seconds if duration_seconds is not None or not connected else 20
        ended_at = later(session, lasted or 30)
        return session.abandoned(
            end_reason or EndReason.CUSTOMER_HANGUP, ended_at, lasted, retention=keep
        )
    return session
