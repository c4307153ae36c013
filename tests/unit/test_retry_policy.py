"""RetryPolicy: three calls in all, only after a failure, with a growing pause between them."""

from datetime import timedelta
from typing import Any

import attrs
import pytest

from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidValue, MaxAttemptsExceeded, NotRetryable
from kundrost.domain.retry import RetryPolicy
from tests.unit.call_builders import NINETY_DAYS, a_call_session, later

FIVE_MINUTES, HALF_AN_HOUR = timedelta(minutes=5), timedelta(minutes=30)


def test_a_failed_first_call_is_retried_as_a_pending_second_attempt() -> None:
    failed = a_call_session(CallStatus.FAILED)
    retried = failed.retried(RetryPolicy(), later(failed))
    assert (retried.status, retried.attempt, retried.retry_count) == (CallStatus.PENDING, 2, 1)


def test_a_retry_clears_the_previous_attempts_outcome() -> None:
    failed = a_call_session(CallStatus.FAILED).with_provider_call("c7e1f00d")
    retried = failed.retried(RetryPolicy(), later(failed))
    assert (retried.failure_reason, retried.ended_at, retried.provider_call_id) == (None,) * 3


def test_a_retried_call_keeps_its_personal_data_ninety_days_from_the_retry() -> None:
    failed = a_call_session(CallStatus.FAILED)
    assert failed.retried(RetryPolicy(), later(failed)).expires_at == later(failed) + NINETY_DAYS


def test_a_verification_gets_three_calls_in_all() -> None:
    third = a_call_session(CallStatus.FAILED, attempt=3)
    with pytest.raises(MaxAttemptsExceeded) as refused:
        third.retried(RetryPolicy(), later(third))
    assert refused.value.details == {
        "call_session_id": str(third.id),
        "attempt": 3,
        "max_attempts": 3,
    }
    assert refused.value.code == "MAX_ATTEMPTS_EXCEEDED"


def test_the_second_attempt_can_still_be_retried() -> None:
    second = a_call_session(CallStatus.FAILED, attempt=2)
    assert second.retried(RetryPolicy(), later(second)).attempt == 3


@pytest.mark.parametrize(
    "status",
    [CallStatus.PENDING, CallStatus.IN_PROGRESS, CallStatus.COMPLETED, CallStatus.ABANDONED],
)
def test_only_a_failed_call_can_be_retried(status: CallStatus) -> None:
    session = a_call_session(status)
    with pytest.raises(NotRetryable) as refused:
        session.retried(RetryPolicy(), later(session))
    assert refused.value.details["status"] == status.value
    assert refused.value.code == "NOT_RETRYABLE"


def test_a_failure_reason_outside_the_policy_is_not_retried() -> None:
    busy = a_call_session(CallStatus.FAILED, failure_reason=FailureReason.BUSY)
    policy = RetryPolicy(retryable_reasons=frozenset({FailureReason.NO_ANSWER}))
    with pytest.raises(NotRetryable) as refused:
        policy.check(busy)
    assert refused.value.details["failure_reason"] == "busy"


def test_a_failed_call_whose_number_was_erased_is_not_retried() -> None:
    with pytest.raises(NotRetryable, match="erased"):
        RetryPolicy().check(a_call_session(CallStatus.FAILED).erased())


def test_the_first_automatic_retry_comes_five_minutes_after_the_failure() -> None:
    failed = a_call_session(CallStatus.FAILED)
    assert failed.ended_at is not None
    assert RetryPolicy().next_retry_at(failed) == failed.ended_at + FIVE_MINUTES


def test_the_second_automatic_retry_comes_half_an_hour_after_the_failure() -> None:
    failed = a_call_session(CallStatus.FAILED, attempt=2)
    assert failed.ended_at is not None
    assert RetryPolicy().next_retry_at(failed) == failed.ended_at + HALF_AN_HOUR


def test_there_is_no_retry_after_the_third_failure() -> None:
    assert RetryPolicy().next_retry_at(a_call_session(CallStatus.FAILED, attempt=3)) is None


@pytest.mark.parametrize("status", [CallStatus.PENDING, CallStatus.COMPLETED])
def test_a_call_that_did_not_fail_has_no_retry_time(status: CallStatus) -> None:
    assert RetryPolicy().next_retry_at(a_call_session(status)) is None


def test_a_retry_is_due_once_its_pause_has_passed() -> None:
    failed = a_call_session(CallStatus.FAILED)
    assert failed.ended_at is not None
    due = failed.ended_at + FIVE_MINUTES
    assert not RetryPolicy().is_due(failed, due - timedelta(seconds=1))
    assert RetryPolicy().is_due(failed, due)


def test_an_abandoned_call_is_never_due_for_a_retry() -> None:
    abandoned = a_call_session(CallStatus.ABANDONED, end_reason=EndReason.LANGUAGE_BARRIER)
    assert not RetryPolicy().is_due(abandoned, abandoned.updated_at + timedelta(days=1))


def test_a_policy_with_more_attempts_needs_a_pause_for_each_retry() -> None:
    with pytest.raises(InvalidValue, match="backoff"):
        RetryPolicy(max_attempts=4)
    assert RetryPolicy(max_attempts=4, backoff=[FIVE_MINUTES] * 3).max_attempts == 4


def test_a_single_attempt_policy_needs_no_pause_and_allows_no_retry() -> None:
    policy = RetryPolicy(max_attempts=1, backoff=())
    with pytest.raises(MaxAttemptsExceeded):
        policy.check(a_call_session(CallStatus.FAILED))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"max_attempts": 0}, "max_attempts"),
        ({"backoff": (FIVE_MINUTES, timedelta(0))}, "backoff"),
        ({"backoff": (FIVE_MINUTES, -HALF_AN_HOUR)}, "backoff"),
        ({"backoff": (FIVE_MINUTES, 1800)}, "backoff"),
        ({"retryable_reasons": {"no_answer"}}, "retryable_reasons[0]"),
    ],
)
def test_a_policy_that_breaks_a_rule_cannot_exist(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        attrs.evolve(RetryPolicy(), **changes)
    assert refused.value.field == field
