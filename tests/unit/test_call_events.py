"""Call events: each one moves a session through its transition, and no sequence breaks it."""

from datetime import timedelta

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kundrost.domain.call_events import (
    Abandoned,
    CallEvent,
    Cancelled,
    Completed,
    Connected,
    Failed,
    RetryRequested,
    apply_event,
)
from kundrost.domain.call_session import ABANDON_ONLY_REASONS, CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import DomainError, InvalidTransition, InvalidValue, MaxAttemptsExceeded
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.retry import RetryPolicy
from tests.unit.call_builders import NINETY_DAYS, a_call_session, later

PENDING, IN_PROGRESS = CallStatus.PENDING, CallStatus.IN_PROGRESS
FAILED, COMPLETED, ABANDONED = CallStatus.FAILED, CallStatus.COMPLETED, CallStatus.ABANDONED


@pytest.mark.parametrize(
    ("start", "event", "status"),
    [
        (PENDING, Connected(), IN_PROGRESS),
        (PENDING, Failed(FailureReason.NO_ANSWER), FAILED),
        (IN_PROGRESS, Abandoned(EndReason.LANGUAGE_BARRIER, 34), ABANDONED),
        (IN_PROGRESS, Completed(96), COMPLETED),
        (FAILED, RetryRequested(), PENDING),
        (IN_PROGRESS, Cancelled(), ABANDONED),
    ],
)
def test_an_event_moves_the_session_through_its_transition(
    start: CallStatus, event: CallEvent, status: CallStatus
) -> None:
    session = a_call_session(start)
    assert apply_event(session, event, later(session)).status is status


def test_an_event_carries_its_details_into_the_session() -> None:
    session = a_call_session(IN_PROGRESS)
    done = apply_event(session, Completed(104, EndReason.CUSTOMER_HANGUP), later(session))
    assert (done.duration_seconds, done.end_reason) == (104, EndReason.CUSTOMER_HANGUP)


def test_an_event_the_state_machine_refuses_raises_the_transitions_error() -> None:
    session = a_call_session(COMPLETED)
    with pytest.raises(InvalidTransition, match="'completed' to 'in_progress'"):
        apply_event(session, Connected(), later(session))


def test_a_retry_request_follows_the_given_retry_policy() -> None:
    session = a_call_session(FAILED)
    with pytest.raises(MaxAttemptsExceeded):
        apply_event(session, RetryRequested(), later(session), retry_policy=RetryPolicy(1, ()))


def test_an_ending_event_follows_the_given_retention_policy() -> None:
    session = a_call_session(IN_PROGRESS)
    week = RetentionPolicy(personal_data=timedelta(days=7))
    ended = apply_event(session, Cancelled(), later(session), retention=week)
    assert ended.expires_at == later(session) + timedelta(days=7)


def test_a_completed_event_cannot_carry_an_unanalysable_reason() -> None:
    with pytest.raises(InvalidValue, match="end_reason"):
        Completed(90, EndReason.TOO_LONG)


def test_an_abandoned_event_cannot_say_the_call_ran_to_its_end() -> None:
    with pytest.raises(InvalidValue, match="end_reason"):
        Abandoned(EndReason.COMPLETED)


def test_an_event_cannot_carry_a_negative_duration() -> None:
    with pytest.raises(InvalidValue, match="duration_seconds"):
        Completed(-1)


durations = st.integers(min_value=0, max_value=600)
failures = st.builds(Failed, st.sampled_from(FailureReason))
events: st.SearchStrategy[CallEvent] = st.one_of(
    st.just(Connected()),
    failures,
    failures,
    st.just(RetryRequested()),
    st.just(RetryRequested()),
    st.builds(
        Abandoned,
        st.sampled_from([r for r in EndReason if r is not EndReason.COMPLETED]),
        st.none() | durations,
    ),
    st.builds(
        Completed,
        durations,
        st.sampled_from([r for r in EndReason if r not in ABANDON_ONLY_REASONS]),
    ),
    st.just(Cancelled()),
)
steps = st.lists(st.tuples(events, st.integers(min_value=0, max_value=3600)), max_size=12)


def _assert_sound(session: CallSession) -> None:
    attrs.validate(session)
    assert attrs.evolve(session) == session
    assert 1 <= session.attempt <= 3
    assert (session.status is FAILED) == (session.failure_reason is not None)
    assert (session.status in (COMPLETED, ABANDONED)) == (session.end_reason is not None)
    assert (session.ended_at is None) == (session.status in (PENDING, IN_PROGRESS))
    if session.ended_at is not None:
        assert session.expires_at == session.ended_at + NINETY_DAYS


@given(steps)
@example([(Failed(FailureReason.NO_ANSWER), 30), (RetryRequested(), 300)] * 3)
def test_no_sequence_of_events_leaves_a_session_in_an_illegal_state(
    sequence: list[tuple[CallEvent, int]],
) -> None:
    session = a_call_session()
    for event, seconds in sequence:
        before = session
        try:
            session = apply_event(session, event, later(session, seconds))
        except DomainError:
            assert session is before
        if before.status in (COMPLETED, ABANDONED):
            assert session is before
        _assert_sound(session)
