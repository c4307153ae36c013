"""RetryPolicy: how often and how soon a failed call is tried again."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from attrs import field, frozen

from kundrost.domain.call_session import CallSession, ensure_aware
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.errors import DomainError, InvalidValue, MaxAttemptsExceeded, NotRetryable
from kundrost.domain.validation import at_least, each, frozen_tuple


def _positive_delays(_instance: object, attribute: object, value: tuple[timedelta, ...]) -> None:
    if any(not isinstance(delay, timedelta) or delay <= timedelta(0) for delay in value):
        raise InvalidValue("backoff", "every delay must be a positive duration")


def _reason_set(reasons: Iterable[FailureReason]) -> frozenset[FailureReason]:
    return frozenset(reasons)


@frozen
class RetryPolicy:
    """A verification gets `max_attempts` calls in all (3: the first call and 2 retries), so a
    shopper is not pestered. Only a failed call with a retryable reason is tried again; the
    scheduler waits `backoff[n - 1]` after attempt n failed (5 min, then 30 min) before it
    retries by itself, while a retry asked for through the API may come at any time."""

    max_attempts: int = field(default=3, validator=at_least(1))
    backoff: tuple[timedelta, ...] = field(
        default=(timedelta(minutes=5), timedelta(minutes=30)),
        converter=frozen_tuple,
        validator=_positive_delays,
    )
    retryable_reasons: frozenset[FailureReason] = field(
        default=frozenset(FailureReason), converter=_reason_set, validator=each(FailureReason)
    )

    def __attrs_post_init__(self) -> None:
        if len(self.backoff) < self.max_attempts - 1:
            raise InvalidValue(
                "backoff",
                f"needs a delay for each of the {self.max_attempts - 1} retries",
                max_attempts=self.max_attempts,
            )

    def check(self, session: CallSession) -> None:
        """Raise NotRetryable or MaxAttemptsExceeded when `session` may not be tried again."""
        details = {"call_session_id": str(session.id), "attempt": session.attempt}
        if session.status is not CallStatus.FAILED:
            raise NotRetryable(
                f"only a failed call can be retried; this one is {session.status}",
                status=session.status.value,
                **details,
            )
        if session.attempt >= self.max_attempts:
            raise MaxAttemptsExceeded(
                f"all {self.max_attempts} call attempts are used",
                max_attempts=self.max_attempts,
                **details,
            )
        if session.failure_reason not in self.retryable_reasons:
            raise NotRetryable(
                f"a call that failed with {session.failure_reason} is not retried",
                failure_reason=str(session.failure_reason),
                **details,
            )
        if session.phone is None:
            raise NotRetryable("the phone number has been erased", **details)

    def allows(self, session: CallSession) -> bool:
        try:
            self.check(session)
        except DomainError:
            return False
        return True

    def next_retry_at(self, session: CallSession) -> datetime | None:
        """When the scheduler retries a failed attempt n: `backoff[n - 1]` after it ended;
        None when no retry is allowed."""
        if session.ended_at is None or not self.allows(session):
            return None
        return session.ended_at + self.backoff[session.attempt - 1]

    def is_due(self, session: CallSession, now: datetime) -> bool:
        due_at = self.next_retry_at(session)
        return due_at is not None and due_at <= ensure_aware(now)
