"""CallSession: its state machine, its invariants and when its personal data expires."""

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidTransition, InvalidValue
from kundrost.domain.retention import RetentionPolicy
from tests.unit.call_builders import (
    CALLED_AT,
    NINETY_DAYS,
    NUMBER,
    PURCHASED_AT,
    SESSION_ID,
    STORE_ID,
    VERIFICATION_ID,
    a_call_session,
    a_phone,
    later,
)

Transition = Callable[[CallSession, datetime], CallSession]
PENDING, IN_PROGRESS = CallStatus.PENDING, CallStatus.IN_PROGRESS
FAILED, COMPLETED, ABANDONED = CallStatus.FAILED, CallStatus.COMPLETED, CallStatus.ABANDONED

TRANSITIONS: dict[str, tuple[CallStatus, Transition]] = {
    "connected": (IN_PROGRESS, lambda s, now: s.connected(now)),
    "failed": (FAILED, lambda s, now: s.failed(FailureReason.BUSY, now)),
    "abandoned": (ABANDONED, lambda s, now: s.abandoned(EndReason.CUSTOMER_HANGUP, now)),
    "completed": (COMPLETED, lambda s, now: s.completed(75, now)),
    "cancelled": (ABANDONED, lambda s, now: s.cancelled(now)),
}
LEGAL = {
    PENDING: {"connected", "failed", "abandoned", "cancelled"},
    IN_PROGRESS: {"completed", "failed", "abandoned", "cancelled"},
    FAILED: set(),
    COMPLETED: set(),
    ABANDONED: set(),
}
CASES = [(status, name) for status in CallStatus for name in TRANSITIONS]


def test_an_initiated_call_is_a_pending_first_attempt() -> None:
    session = CallSession.initiate(
        SESSION_ID, VERIFICATION_ID, STORE_ID, a_phone(), PURCHASED_AT, Decimal("249.90"), CALLED_AT
    )
    assert (session.status, session.attempt, session.retry_count) == (PENDING, 1, 0)
    assert session.created_at == session.updated_at == CALLED_AT
    assert (session.connected_at, session.ended_at, session.duration_seconds) == (None,) * 3


def test_an_initiated_call_keeps_its_personal_data_ninety_days() -> None:
    assert a_call_session().expires_at == CALLED_AT + NINETY_DAYS


@pytest.mark.parametrize(("status", "name"), [c for c in CASES if c[1] in LEGAL[c[0]]])
def test_a_legal_transition_moves_the_session_to_its_target_state(
    status: CallStatus, name: str
) -> None:
    target, move = TRANSITIONS[name]
    session = a_call_session(status)
    moved = move(session, later(session))
    assert moved.status is target
    assert moved.updated_at == later(session)
    assert session.status is status


@pytest.mark.parametrize(("status", "name"), [c for c in CASES if c[1] not in LEGAL[c[0]]])
def test_an_illegal_transition_is_refused_naming_both_states(status: CallStatus, name: str) -> None:
    target, move = TRANSITIONS[name]
    session = a_call_session(status)
    with pytest.raises(InvalidTransition) as refused:
        move(session, later(session))
    assert (refused.value.from_state, refused.value.to_state) == (status.value, target.value)
    assert f"{status.value!r} to {target.value!r}" in str(refused.value)
    assert refused.value.details["call_session_id"] == str(SESSION_ID)


def test_connecting_twice_is_a_transition_to_the_same_state() -> None:
    session = a_call_session(IN_PROGRESS)
    with pytest.raises(InvalidTransition, match="'in_progress' to 'in_progress'"):
        session.connected(later(session))


def test_a_connected_call_records_when_it_connected() -> None:
    session = a_call_session()
    assert session.connected(later(session)).connected_at == later(session)


def test_a_failed_call_names_its_failure_and_ends() -> None:
    session = a_call_session(IN_PROGRESS)
    failed = session.failed(FailureReason.TECHNICAL_FAILURE, later(session))
    assert failed.failure_reason is FailureReason.TECHNICAL_FAILURE
    assert failed.ended_at == later(session)
    assert failed.end_reason is None


def test_a_completed_call_keeps_its_duration_and_end_reason() -> None:
    session = a_call_session(IN_PROGRESS)
    done = session.completed(112, later(session, 112), EndReason.CUSTOMER_HANGUP)
    assert (done.duration_seconds, done.end_reason) == (112, EndReason.CUSTOMER_HANGUP)


@pytest.mark.parametrize("status", [FAILED, COMPLETED, ABANDONED])
def test_an_ended_call_keeps_its_personal_data_ninety_days_after_the_end(
    status: CallStatus,
) -> None:
    session = a_call_session(status)
    assert session.ended_at is not None
    assert session.expires_at == session.ended_at + NINETY_DAYS


def test_a_call_that_never_connected_expires_ninety_days_after_initiation() -> None:
    assert a_call_session(PENDING).expires_at == CALLED_AT + NINETY_DAYS


def test_the_retention_period_of_the_policy_is_used() -> None:
    month = RetentionPolicy(personal_data=timedelta(days=30))
    session = a_call_session(COMPLETED, retention=month)
    assert session.ended_at is not None
    assert session.expires_at == session.ended_at + timedelta(days=30)


def test_a_session_expires_exactly_at_its_expiry_time() -> None:
    session = a_call_session(COMPLETED)
    assert not session.is_expired(session.expires_at - timedelta(seconds=1))
    assert session.is_expired(session.expires_at)


@pytest.mark.parametrize("status", [PENDING, IN_PROGRESS])
def test_a_cancelled_call_is_abandoned_and_its_number_erased(status: CallStatus) -> None:
    session = a_call_session(status)
    cancelled = session.cancelled(later(session))
    assert (cancelled.status, cancelled.end_reason) == (ABANDONED, EndReason.CANCELLED)
    assert cancelled.phone is None
    assert cancelled.expires_at == later(session) + NINETY_DAYS


def test_an_ended_call_can_have_its_number_erased() -> None:
    erased = a_call_session(COMPLETED).erased()
    assert erased.phone is None
    assert erased.erased() == erased


@pytest.mark.parametrize("status", [PENDING, IN_PROGRESS])
def test_a_live_call_cannot_lose_its_number(status: CallStatus) -> None:
    with pytest.raises(InvalidValue) as refused:
        a_call_session(status).erased()
    assert refused.value.field == "phone"


def test_the_provider_call_id_is_recorded() -> None:
    assert a_call_session().with_provider_call("c7e1f00d").provider_call_id == "c7e1f00d"


def test_an_empty_provider_call_id_is_refused() -> None:
    with pytest.raises(InvalidValue, match="provider_call_id"):
        a_call_session().with_provider_call("  ")


def test_the_representation_of_a_session_never_shows_the_number() -> None:
    assert NUMBER not in repr(a_call_session(IN_PROGRESS))


def test_a_transition_cannot_go_back_in_time() -> None:
    session = a_call_session(IN_PROGRESS)
    with pytest.raises(InvalidValue) as refused:
        session.failed(FailureReason.TIMEOUT, session.updated_at - timedelta(seconds=1))
    assert refused.value.field == "now"


def test_a_transition_needs_an_aware_time() -> None:
    session = a_call_session()
    with pytest.raises(InvalidValue, match="now"):
        session.connected(datetime(2025, 3, 14, 14, 21))


def test_a_call_that_never_connected_cannot_have_a_duration() -> None:
    session = a_call_session()
    with pytest.raises(InvalidValue, match="duration_seconds"):
        session.abandoned(EndReason.TOO_SHORT, later(session), duration_seconds=12)


@pytest.mark.parametrize("reason", [EndReason.TOO_SHORT, EndReason.LANGUAGE_BARRIER])
def test_an_unanalysable_end_reason_cannot_complete_a_call(reason: EndReason) -> None:
    session = a_call_session(IN_PROGRESS)
    with pytest.raises(InvalidValue, match="end_reason"):
        session.completed(90, later(session), reason)


def test_a_call_that_ran_to_its_end_is_not_abandoned() -> None:
    session = a_call_session(IN_PROGRESS)
    with pytest.raises(InvalidValue, match="end_reason"):
        session.abandoned(EndReason.COMPLETED, later(session), 90)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": FAILED}, "ended_at"),
        ({"failure_reason": FailureReason.BUSY}, "failure_reason"),
        ({"end_reason": EndReason.COMPLETED}, "end_reason"),
        ({"attempt": 0}, "attempt"),
        ({"status": "pending"}, "status"),
        ({"transaction_value": Decimal("-1")}, "transaction_value"),
        ({"transaction_value": 249.9}, "transaction_value"),
        ({"transaction_time": datetime(2025, 3, 14, 14, 5)}, "transaction_time"),
        ({"phone": NUMBER}, "phone"),
        ({"phone": None}, "phone"),
        ({"expires_at": CALLED_AT}, "expires_at"),
        ({"updated_at": CALLED_AT - timedelta(seconds=1)}, "updated_at"),
    ],
)
def test_a_session_that_breaks_a_rule_cannot_exist(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        attrs.evolve(a_call_session(), **changes)
    assert refused.value.field == field


def test_a_failed_session_must_name_its_failure() -> None:
    with pytest.raises(InvalidValue, match="failure_reason"):
        attrs.evolve(a_call_session(FAILED), failure_reason=None)


def test_a_completed_session_must_have_a_duration() -> None:
    with pytest.raises(InvalidValue, match="duration_seconds"):
        attrs.evolve(a_call_session(COMPLETED), duration_seconds=None)


def test_a_completed_session_cannot_have_ended_before_it_connected() -> None:
    session = a_call_session(COMPLETED)
    assert session.connected_at is not None
    with pytest.raises(InvalidValue, match="ended_at"):
        attrs.evolve(session, ended_at=session.connected_at - timedelta(seconds=1))
