"""SessionOutline: a session as its status shows it to a reader who may not see the number."""

from __future__ import annotations

from datetime import timedelta

from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.session_outline import SessionOutline
from tests.unit.call_builders import a_call_session


def test_an_outline_shows_what_the_status_of_its_session_shows() -> None:
    session = a_call_session(CallStatus.FAILED, attempt=2, failure_reason=FailureReason.BUSY)

    outline = SessionOutline.of(session)

    assert (outline.id, outline.store_id, outline.status) == (
        session.id,
        session.store_id,
        CallStatus.FAILED,
    )
    assert (outline.attempt, outline.retry_count) == (2, 1)
    assert (outline.failure_reason, outline.end_reason) == (FailureReason.BUSY, None)
    assert (outline.created_at, outline.expires_at) == (session.created_at, session.expires_at)


def test_an_outline_expires_when_its_session_does() -> None:
    session = a_call_session(CallStatus.COMPLETED)
    outline = SessionOutline.of(session)

    for moment in (session.expires_at - timedelta(seconds=1), session.expires_at):
        assert outline.is_expired(moment) is session.is_expired(moment)
    assert outline.is_expired(session.expires_at)
