"""Steps about what a store reads: weekly reports, search, recommendations and metrics, and
the passing of time that retention acts on."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from pytest_bdd import given, parsers, then, when

from tests.features.journey import ANALYSIS, BUSINESS, STOCKHOLM, Journey
from tests.features.service import InProcessService
from tests.features.steps.calls import a_recent_purchase, asked_for_a_call, the_shopper_answers


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


def a_visit(said: str) -> list[tuple[str, str]]:
    """A 90-second call in which the shopper says `said` about the visit."""
    return [
        ("agent", "Hej! Jag ringer från butiken om ditt köp i dag. Har du en minut?"),
        ("shopper", "Ja, det går bra."),
        ("agent", "Berätta gärna om ditt besök i butiken."),
        ("shopper", said),
        ("agent", "Något mer du vill berätta?"),
        ("shopper", "Nej, det var allt. Tack."),
    ]


def shoppers_said(journey: Journey, datatable: list[list[str]]) -> None:
    """One call per row, ten minutes apart, each graded before the next."""
    header, *rows = datatable
    assert [cell.strip() for cell in header] == ["the shopper said"], header
    service = in_process(journey)
    journey.week = journey.this_week()
    for index, (said,) in enumerate(rows):
        if index:
            service.clock.advance(timedelta(minutes=10))
        a_recent_purchase(journey, "199.00", 5)
        asked_for_a_call(journey)
        the_shopper_answers(journey)
        journey.record(a_visit(said.strip()), 90)
        journey.analysis = None
        journey.wait_for_analysis()


@given("during a week, shoppers said:")
def during_a_week(journey: Journey, datatable: list[list[str]]) -> None:
    shoppers_said(journey, datatable)


@given("during the next week, shoppers said:")
def during_the_next_week(journey: Journey, datatable: list[list[str]]) -> None:
    next_tuesday = datetime.combine(
        journey.the_week() + timedelta(days=8), time(11), tzinfo=STOCKHOLM
    )
    in_process(journey).clock.set(next_tuesday)
    shoppers_said(journey, datatable)


@given("that week's report was generated on the Monday after")
@when("that week's report is generated on the Monday after")
def report_on_monday(journey: Journey) -> None:
    """As `kundrost scheduler` does: Monday 03:00 in Stockholm, for the week that ended."""
    monday = datetime.combine(journey.the_week() + timedelta(days=7), time(3), tzinfo=STOCKHOLM)
    in_process(journey).clock.set(monday)
    report_id = journey.generate_report(journey.the_week())
    answer = journey.http.get(f"{BUSINESS}/reports/{report_id}", headers=journey.as_owner())
    journey.report_body = journey.expect(answer, 200)


SECTIONS = {
    "positive trends": "positive_trends",
    "negative issues": "negative_issues",
    "new issues": "new_issues",
    "positiva trender": "positive_trends",
    "problem": "negative_issues",
    "nya problem": "new_issues",
}
"""A report's sections, by the English or the Swedish name a scenario gives them."""
MOODS = {"positiv": 1, "negativ": -1}
"""The Swedish words of the examples for a department's mood, and the sign of its score."""


def the_report(journey: Journey) -> dict[str, Any]:
    assert journey.report_body is not None, "no weekly report was read"
    return journey.report_body


def themes_in(journey: Journey, section: str) -> list[tuple[str, str | None]]:
    assert section in SECTIONS, f"a report's sections are {sorted(SECTIONS)}, not {section!r}"
    return [(item["label"], item["department"]) for item in the_report(journey)[SECTIONS[section]]]


@then(parsers.parse('the report lists "{theme}" of "{department}" among its {section}'))
@then(parsers.parse('the report\'s section "{section}" lists "{theme}" of "{department}"'))
def lists_theme(journey: Journey, theme: str, department: str, section: str) -> None:
    listed = themes_in(journey, section)
    assert (theme, department) in listed, f"{section}: {listed}"


@then(parsers.parse('the report does not list "{theme}" among its {section}'))
def does_not_list(journey: Journey, theme: str, section: str) -> None:
    listed = themes_in(journey, section)
    assert theme not in [label for label, _ in listed], f"{section}: {listed}"


@then(parsers.parse('its department insights show "{department}" as {mood}'))
def department_mood(journey: Journey, department: str, mood: str) -> None:
    insights = {item["department"]: item for item in the_report(journey)["department_insights"]}
    assert department in insights, f"no insight for {department}: {sorted(insights)}"
    score = insights[department]["sentiment_score"]
    assert score * MOODS[mood] > 0, f"{department}: sentiment {score}, expected {mood}"


@then("the report compares the week with the week before")
def compares(journey: Journey) -> None:
    previous = the_report(journey)["historical_comparison"]["previous_week"]
    assert previous is not None, the_report(journey)["historical_comparison"]
    assert previous["weeks"] == 1, previous


@given(parsers.parse('the store\'s context calls the department "{department}" also "{alias}"'))
def context_alias(journey: Journey, department: str, alias: str) -> None:
    answer = journey.http.get(
        f"{BUSINESS}/context/{journey.store_id()}", headers=journey.as_owner()
    )
    departments = {d["name"]: d["aliases"] for d in journey.expect(answer, 200)["departments"]}
    assert alias in departments.get(department, []), departments


@when(parsers.parse('the store owner searches for "{query}"'))
def search(journey: Journey, query: str) -> None:
    params = {"store_id": str(journey.store_id()), "q": query}
    answer = journey.http.get(f"{BUSINESS}/search", params=params, headers=journey.as_owner())
    journey.expect(answer, 200)


def hits(journey: Journey) -> list[dict[str, Any]]:
    assert journey.answer is not None
    found: list[dict[str, Any]] = journey.answer.json()["results"]
    return found


@then(parsers.parse('every result is about "{department}" or names "{name}"'))
def every_hit_about(journey: Journey, department: str, name: str) -> None:
    found = hits(journey)
    assert found, "the search found nothing"
    for hit in found:
        assert hit["department"] == department or name in hit["text"].casefold(), hit


@then(parsers.parse("the results come from what {count:d} shoppers said"))
def hits_from(journey: Journey, count: int) -> None:
    assert len({hit["id"] for hit in hits(journey)}) == count, hits(journey)


@when("the store owner asks for recommendations")
def recommendations(journey: Journey) -> None:
    params = {"store_id": str(journey.store_id())}
    answer = journey.http.get(
        f"{BUSINESS}/recommendations", params=params, headers=journey.as_owner()
    )
    journey.expect(answer, 200)


URGENCY = ("urgent", "high", "medium", "low")


def ranked(journey: Journey) -> list[dict[str, Any]]:
    assert journey.answer is not None
    found: list[dict[str, Any]] = journey.answer.json()["recommendations"]
    assert found, "there are no recommendations"
    return found


@then("the recommendations are ranked most urgent first")
def most_urgent_first(journey: Journey) -> None:
    order = [URGENCY.index(item["priority"]) for item in ranked(journey)]
    assert order == sorted(order), [item["priority"] for item in ranked(journey)]


@then(parsers.parse('the first recommendation is a {priority} one for "{department}"'))
def first_recommendation(journey: Journey, priority: str, department: str) -> None:
    first = ranked(journey)[0]
    assert (first["priority"], first["department"]) == (priority, department), first
