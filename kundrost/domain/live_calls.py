"""Live calls end: a call that stays pending or in progress without news is given up.

A live call holds the shopper's phone number and is never deleted as expired, so a call
whose outcome never arrived (a lost hang-up callback, a voice bridge that died) would keep
the number forever. It is given up at a deadline instead, and then the usual retention
applies.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from attrs import field, frozen

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.retention import RetentionPolicy

_DEFAULT_RETENTION = RetentionPolicy()


def _positive(_instance: object, attribute: object, value: timedelta) -> None:
    if not isinstance(value, timedelta) or value <= timedelta(0):
        raise InvalidValue(getattr(attribute, "name", "limit"), "must be a positive duration")


@frozen
class LiveCallPolicy:
    """When a live call is given up.

    A pending attempt rings for at most 40 seconds (the provider's ring timeout) after a
    request that may take 10 seconds to be placed; its answer or hang-up arrives seconds
    later. With no outcome `pending_limit` (5 minutes) after the attempt began, it failed:
    `no_answer` when the provider took the call (it has a provider call id) and nobody
    reported it answered, `technical_failure` when it never got that far. The retry policy
    applies to it as to any failed attempt.

    A conversation is budgeted to 120 seconds and its transcript is posted when it ends.
    With no transcript `in_progress_limit` (5 minutes) after it connected, the transcript is
    lost: the call is abandoned with end reason `technical_failure`.

    Either is dated at its deadline, the last moment it could still have been live, so its
    retention period runs from then even when the sweep comes late.
    """

    pending_limit: timedelta = field(default=timedelta(minutes=5), validator=_positive)
    in_progress_limit: timedelta = field(default=timedelta(minutes=5), validator=_positive)

    @property
    def shortest_limit(self) -> timedelta:
        return min(self.pending_limit, self.in_progress_limit)

    def deadline(self, session: CallSession) -> datetime | None:
        """When the live call is given up; None for a call that has ended."""
        if session.status is CallStatus.PENDING:
            return session.updated_at + self.pending_limit
        if session.status is CallStatus.IN_PROGRESS:
            return (session.connected_at or session.updated_at) + self.in_progress_limit
        return None

    def given_up(
        self, session: CallSession, now: datetime, retention: RetentionPolicy = _DEFAULT_RETENTION
    ) -> CallSession | None:
        """The session ended at its deadline once `now` has reached it; None otherwise."""
        deadline = self.deadline(session)
        if deadline is None or now < deadline:
            return None
        if session.status is CallStatus.PENDING:
            reason = (
                FailureReason.NO_ANSWER
                if session.provider_call_id is not None
                else FailureReason.TECHNICAL_FAILURE
            )
            return session.failed(reason, deadline, retention=retention)
        return session.abandoned(EndReason.TECHNICAL_FAILURE, deadline, retention=retention)
