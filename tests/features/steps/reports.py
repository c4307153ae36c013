"""Steps about what a store reads: weekly reports, search, recommendations and metrics, and
the passing of time that retention acts on."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytest_bdd import given, parsers, then, when

from tests.features.journey import ANALYSIS, BUSINESS, STOCKHOLM, Journey
from tests.features.service import InProcessService


def in_process(journey: Journey) -> InProcessService:
    service = journey.service
    assert isinstance(service, InProcessService), "only the in-process service moves its clock"
    return service


@given("the store's weekly report for this week has been generated")
def this_weeks_report(journey: Journey) -> None:
    journey.generate_report(journey.this_week())


@when(parsers.parse("{days:d} days pass"))
def days_pass(journey: Journey, days: int) -> None:
    in_process(journey).clock.advance(timedelta(days=days))


@when("the retention job runs")
def retention_runs(journey: Journey) -> None:
    """What `kundrost scheduler` runs every hour: the cleanup of expired sessions."""
    service = in_process(journey)
    service.run(service.container.cleanup())


@then(
    parsers.parse(
        "the store's metrics for the day of the call still count {count:d} qualifying assessment"
    )
)
def metrics_count(journey: Journey, count: int) -> None:
    assert journey.analysis is not None
    created = journey.assessment()["created_at"]
    day = datetime.fromisoformat(created).astimezone(STOCKHOLM).date().isoformat()
    params = {"store_id": str(journey.store_id()), "start_date": day, "end_date": day}
    metrics = journey.expect(
        journey.http.get(f"{ANALYSIS}/metrics", params=params, headers=journey.as_owner()), 200
    )
    assert metrics["total_assessments"] == count, metrics
    assert metrics["qualifying_feedback_count"] == count, metrics


@then("the store's weekly report is still there")
def report_still_there(journey: Journey) -> None:
    answer = journey.http.get(f"{BUSINESS}/reports/{journey.report()}", headers=journey.as_owner())
    report = journey.expect(answer, 200)
    assert report["total_feedback_count"] >= 1, report
