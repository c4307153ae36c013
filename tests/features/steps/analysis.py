"""Steps about grading: the analysis a recorded call queued, its assessment and fraud checks."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from tests.features.journey import ANALYSIS, Journey

ALL_CHECKS = ["timing", "content", "context", "pattern"]


@then("the feedback is analysed")
def analysed(journey: Journey) -> None:
    analysis = journey.wait_for_analysis()
    assert analysis["status"] == "completed", analysis
    assert analysis["assessment"] is not None, analysis


@then("no analysis was queued")
def no_analysis(journey: Journey) -> None:
    assert journey.recorded is not None
    assert journey.recorded["analysis_queued"] is False, journey.recorded
    assert journey.recorded["analysis_id"] is None, journey.recorded


@then(parsers.parse("the feedback qualifies for a reward between {low:d} and {high:d} percent"))
def qualifies(journey: Journey, low: int, high: int) -> None:
    assessment = journey.assessment()
    assert assessment["qualifies"] is True, assessment
    assert low <= assessment["reward_percentage"] <= high, assessment["reward_percentage"]


@then("the feedback does not qualify for a reward")
def does_not_qualify(journey: Journey) -> None:
    assessment = journey.assessment()
    assert assessment["qualifies"] is False, assessment
    assert assessment["reward_percentage"] is None, assessment


@then("the feedback is not fraudulent")
def not_fraudulent(journey: Journey) -> None:
    assessment = journey.assessment()
    assert assessment["is_fraudulent"] is False, assessment
    assert assessment["fraud_reasons"] == [], assessment


@then(parsers.parse('the feedback is fraudulent because of "{reason}"'))
def fraudulent(journey: Journey, reason: str) -> None:
    assessment = journey.assessment()
    assert assessment["is_fraudulent"] is True, assessment
    assert reason in assessment["fraud_reasons"], assessment["fraud_reasons"]


@then("the assessment has a summary and actionable items")
def has_content(journey: Journey) -> None:
    assessment = journey.assessment()
    assert assessment["analysis_summary"], assessment
    assert assessment["business_actionable_items"], assessment
    for item in assessment["business_actionable_items"]:
        assert item["description"], item
        assert item["priority"] in ("urgent", "high", "medium", "low"), item


@then("the assessment keeps none of the shopper's words")
def keeps_no_words(journey: Journey) -> None:
    assessment = journey.assessment()
    assert assessment["analysis_summary"] is None, assessment
    assert assessment["business_actionable_items"] == [], assessment


@when("the service asks for the call to be analysed")
def request_analysis(journey: Journey) -> None:
    body = {"call_session_id": journey.the_call()}
    journey.keep(journey.http.post(f"{ANALYSIS}/quality", json=body, headers=journey.as_service()))


@when("the service runs the timing, content, context and pattern checks")
def run_fraud_checks(journey: Journey) -> None:
    body = {"call_session_id": journey.the_call(), "check_types": ALL_CHECKS}
    answer = journey.http.post(
        f"{ANALYSIS}/fraud-detection", json=body, headers=journey.as_service()
    )
    journey.expect(answer, 200)


def fraud_verdict(journey: Journey) -> dict[str, object]:
    assert journey.answer is not None
    return journey.expect(journey.answer, 200)


@then(parsers.parse('the {check} check is suspicious with "{indicator}"'))
def check_suspicious(journey: Journey, check: str, indicator: str) -> None:
    results = {result["check_type"]: result for result in fraud_verdict(journey)["fraud_results"]}  # type: ignore[attr-defined]
    assert check in results, f"no {check} check among {sorted(results)}"
    assert results[check]["is_suspicious"] is True, results[check]
    assert indicator in results[check]["fraud_indicators"], results[check]


@then("the call is judged fraudulent and excluded from rewards")
def judged_fraudulent(journey: Journey) -> None:
    verdict = fraud_verdict(journey)
    assert verdict["overall_is_fraudulent"] is True, verdict
    assert verdict["should_exclude_from_rewards"] is True, verdict
