"""Live calls end: a call without news past its deadline is given up, dated at the deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.live_calls import LiveCallPolicy
from kundrost.domain.retention import RetentionPolicy
from tests.unit.call_builders import CALLED_AT, a_call_session

POLICY = LiveCallPolicy()
FIVE_MINUTES = timedelta(minutes=5)


def test_a_pending_call_is_left_alone_until_five_minutes_after_it_began() -> None:
    pending = a_call_session(CallStatus.PENDING)
    almost = pending.updated_at + FIVE_MINUTES - timedelta(microseconds=1)
    assert POLICY.given_up(pending, almost) is None


def test_a_placed_call_that_never_reported_back_failed_with_no_answer_at_its_deadline() -> None:
    pending = a_call_session(CallStatus.PENDING).with_provider_call("elks-1")
    ended = POLICY.given_up(pending, CALLED_AT + timedelta(days=400))
    assert ended is not None
    assert (ended.status, ended.failure_reason) == (CallStatus.FAILED, FailureReason.NO_ANSWER)
    assert ended.ended_at == ended.updated_at == pending.updated_at + FIVE_MINUTES
    assert ended.expires_at == ended.ended_at + timedelta(days=90)
    assert ended.phone == pending.phone


def test_a_call_that_was_never_placed_failed_as_a_technical_failure() -> None:
    pending = a_call_session(CallStatus.PENDING)
    ended = POLICY.given_up(pending, pending.updated_at + FIVE_MINUTES)
    assert ended is not None
    assert ended.failure_reason is FailureReason.TECHNICAL_FAILURE


def test_a_conversation_without_a_transcript_is_abandoned_five_minutes_after_it_connected() -> None:
    talking = a_call_session(CallStatus.IN_PROGRESS)
    assert talking.connected_at is not None
    assert POLICY.given_up(talking, talking.connected_at + timedelta(minutes=4)) is None
    ended = POLICY.given_up(talking, talking.connected_at + timedelta(hours=1))
    assert ended is not None
    assert (ended.status, ended.end_reason) == (CallStatus.ABANDONED, EndReason.TECHNICAL_FAILURE)
    assert ended.ended_at == talking.connected_at + FIVE_MINUTES
    assert ended.duration_seconds is None


@pytest.mark.parametrize("status", [CallStatus.COMPLETED, CallStatus.FAILED, CallStatus.ABANDONED])
def test_an_ended_call_is_never_given_up(status: CallStatus) -> None:
    session = a_call_session(status)
    assert POLICY.deadline(session) is None
    assert POLICY.given_up(session, CALLED_AT + timedelta(days=400)) is None


def test_the_limits_and_the_retention_period_are_the_policys_own() -> None:
    policy = LiveCallPolicy(pending_limit=timedelta(minutes=2), in_progress_limit=FIVE_MINUTES)
    pending = a_call_session(CallStatus.PENDING)
    ended = policy.given_up(pending, CALLED_AT + timedelta(days=1), RetentionPolicy(timedelta(7)))
    assert ended is not None
    assert ended.ended_at == pending.updated_at + timedelta(minutes=2)
    assert ended.expires_at == ended.ended_at + timedelta(days=7)
    assert policy.shortest_limit == timedelta(minutes=2)
    with pytest.raises(InvalidValue, match="pending_limit"):
        LiveCallPolicy(pending_limit=timedelta(0))
