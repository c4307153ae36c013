"""Call events: what can happen to a call session, and how each one moves it."""

from __future__ import annotations

from datetime import datetime

from attrs import field, frozen

from kundrost.domain.call_session import ABANDON_ONLY_REASONS, CallSession
from kundrost.domain.call_status import EndReason, FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.retry import RetryPolicy
from kundrost.domain.validation import at_least

_DEFAULT_RETRY = RetryPolicy()
_DEFAULT_RETENTION = RetentionPolicy()


@frozen
class Connected:
    """The shopper answered; the conversation starts."""


@frozen
class Failed:
    """The attempt never became a conversation, or a technical fault cut it off."""

    reason: FailureReason


def _abandoning(_instance: object, attribute: object, value: EndReason) -> None:
    if value is EndReason.COMPLETED:
        raise InvalidValue("end_reason", "a call that ran to its end is completed, not abandoned")


@frozen
class Abandoned:
    """The call ended without analysable feedback: too short, too long, not Swedish, hung up."""

    reason: EndReason = field(validator=_abandoning)
    duration_seconds: int | None = field(default=None, validator=at_least(0))


def _completing(_instance: object, attribute: object, value: EndReason) -> None:
    if value in ABANDON_ONLY_REASONS:
        raise InvalidValue("end_reason", f"{value} makes a call unanalysable, so it is abandoned")


@frozen
class Completed:
    """A transcript was recorded for a call that can be analysed."""

    duration_seconds: int = field(validator=at_least(0))
    end_reason: EndReason = field(default=EndReason.COMPLETED, validator=_completing)


@frozen
class RetryRequested:
    """The service or the scheduler asks for the next attempt of a failed call."""


@frozen
class Cancelled:
    """The call is called off: hung up if live, and the shopper's number erased."""


CallEvent = Connected | Failed | Abandoned | Completed | RetryRequested | Cancelled


def apply_event(
    session: CallSession,
    event: CallEvent,
    now: datetime,
    *,
    retry_policy: RetryPolicy = _DEFAULT_RETRY,
    retention: RetentionPolicy = _DEFAULT_RETENTION,
) -> CallSession:
    """The session after `event`; raises the transition's own domain error when it is refused."""
    match event:
        case Connected():
            return session.connected(now)
        case Failed(reason=reason):
            return session.failed(reason, now, retention=retention)
        case Abandoned(reason=reason, duration_seconds=duration):
            return session.abandoned(reason, now, duration, retention=retention)
        case Completed(duration_seconds=duration, end_reason=end_reason):
            return session.completed(duration, now, end_reason, retention=retention)
        case RetryRequested():
            return session.retried(retry_policy, now, retention=retention)
        case Cancelled():
            return session.cancelled(now, retention=retention)
