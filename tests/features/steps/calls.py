"""Steps about calls: the purchase, the call the verification system asks for, what the
voice bridge reports, and the call's status as the service answers it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from pytest_bdd import given, parsers, then, when

from tests.features.conversations import DETAILED_FEEDBACK
from tests.features.journey import CALLS, Journey, turns_of


@given(parsers.parse("a shopper verified a purchase of {value} kr {minutes:d} minutes ago"))
def a_recent_purchase(journey: Journey, value: str, minutes: int) -> None:
    journey.verified(journey.service.now() - timedelta(minutes=minutes), value)


@given(parsers.parse("a shopper verified a purchase at {hour:d}:{minute:d} UTC"))
def a_purchase_at(journey: Journey, hour: int, minute: int) -> None:
    """The latest such moment before now: today's, or yesterday's if it has not come yet."""
    now = journey.service.now().astimezone(UTC)
    moment = datetime.combine(now.date(), time(hour, minute), tzinfo=UTC)
    if moment > now - timedelta(minutes=5):
        moment -= timedelta(days=1)
    journey.verified(moment, "349.50")


@when("the verification system asks for a feedback call")
def asks_for_a_call(journey: Journey) -> None:
    journey.initiate()


@given("the verification system asked for a feedback call")
def asked_for_a_call(journey: Journey) -> None:
    journey.expect(journey.initiate(), 202)


@when("the shopper answers")
@given("the shopper answered")
def the_shopper_answers(journey: Journey) -> None:
    journey.report_outcome(status="in_progress")


@when(parsers.parse("the shopper talks for {seconds:d} seconds:"))
def the_shopper_talks(journey: Journey, seconds: int, datatable: list[list[str]]) -> None:
    journey.record(turns_of(datatable), seconds)


@when(parsers.parse("the shopper gives detailed feedback for {seconds:d} seconds"))
def detailed_feedback(journey: Journey, seconds: int) -> None:
    journey.record(DETAILED_FEEDBACK, seconds)


@given("a shopper's call at the store has been graded")
def a_graded_call(journey: Journey) -> None:
    """A purchase five minutes ago, called, answered and talked about in detail, graded."""
    a_recent_purchase(journey, "349.50", 5)
    asked_for_a_call(journey)
    the_shopper_answers(journey)
    journey.record(DETAILED_FEEDBACK, 90)
    assert journey.assessment()["qualifies"] is True


@when(parsers.parse('the call fails with "{reason}"'))
def the_call_fails(journey: Journey, reason: str) -> None:
    journey.report_outcome(status="failed", failure_reason=reason)


@when("the service retries the call")
def retries(journey: Journey) -> None:
    journey.keep(
        journey.http.put(f"{CALLS}/{journey.the_call()}/retry", headers=journey.as_service())
    )


@then(parsers.parse("the retry is accepted as retry number {number:d}, attempt {attempt:d}"))
def retry_accepted(journey: Journey, number: int, attempt: int) -> None:
    assert journey.answer is not None
    body = journey.expect(journey.answer, 202)
    assert (body["retry_number"], body["attempt"], body["status"]) == (number, attempt, "pending")


@then(parsers.parse("the call is pending on attempt {attempt:d}"))
def pending(journey: Journey, attempt: int) -> None:
    assert journey.answer is not None
    accepted = journey.expect(journey.answer, 202)
    assert (accepted["status"], accepted["attempt"]) == ("pending", attempt), accepted
    status = journey.status()
    assert (status["status"], status["attempt"]) == ("pending", attempt), status


@then("the call is in progress")
def in_progress(journey: Journey) -> None:
    assert journey.status()["status"] == "in_progress"


@then(parsers.parse("the call is failed on attempt {attempt:d}"))
def failed(journey: Journey, attempt: int) -> None:
    status = journey.status()
    assert (status["status"], status["attempt"]) == ("failed", attempt), status


@then(parsers.parse("the call is completed after {seconds:d} seconds"))
def completed(journey: Journey, seconds: int) -> None:
    assert journey.recorded is not None
    assert journey.recorded["session_status"] == "completed", journey.recorded
    status = journey.status()
    assert (status["status"], status["duration_seconds"]) == ("completed", seconds), status


@then(parsers.parse('the call is abandoned because of "{reason}"'))
def abandoned(journey: Journey, reason: str) -> None:
    assert journey.recorded is not None
    assert (journey.recorded["session_status"], journey.recorded["end_reason"]) == (
        "abandoned",
        reason,
    ), journey.recorded
    status = journey.status()
    assert (status["status"], status["end_reason"]) == ("abandoned", reason), status


@then("the transcript is gone")
def transcript_gone(journey: Journey) -> None:
    """Even an operator, who may read transcripts, finds none."""
    answer = journey.http.get(
        f"{CALLS}/{journey.the_call()}/transcript", headers=journey.as_admin()
    )
    body = journey.expect(answer, 404)
    assert body["error"] == "NOT_FOUND", body


@then("the call's status answers 404")
def status_gone(journey: Journey) -> None:
    answer = journey.http.get(f"{CALLS}/{journey.the_call()}/status", headers=journey.as_admin())
    assert journey.expect(answer, 404)["error"] == "NOT_FOUND"
