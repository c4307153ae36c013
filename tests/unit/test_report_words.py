"""Report words: a report's customers' words kept apart from it and put back, place by place."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import pytest
from attrs import evolve

from kundrost.domain.analysis import Category
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import Recommendation, rank_recommendations
from kundrost.domain.report_sections import IssueItem, TrendItem
from kundrost.domain.report_words import ReportWords, with_words, without_words, words_of
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.weekly_report import WeeklyReport
from tests.unit.report_builders import a_feedback, a_report, an_item, at, build, complaint

FIRST, SECOND = CallSessionId(uuid4()), CallSessionId(uuid4())
WISH = 'Önskemål om kassa: "Öppna en kassa till vid lunch."'


def a_quoting_report() -> WeeklyReport:
    issue = IssueItem(
        "kassakö",
        Category.SERVICE,
        "Kassa",
        2,
        Priority.HIGH,
        [SampleQuote("Kön var lång.", FIRST), SampleQuote("Bara en kassa.", SECOND)],
    )
    praise = TrendItem("bemötande", Category.STAFF, None, 2, [SampleQuote("Trevligt!", SECOND)])
    worded = Recommendation(Category.SERVICE, WISH, Priority.HIGH, "Kassa", 2, at(), source=FIRST)
    plain = Recommendation(Category.PRICING, "Se över priserna", Priority.LOW, None, 1, at())
    return evolve(
        a_report(),
        positive_trends=[praise],
        negative_issues=[issue],
        new_issues=[issue],
        actionable_recommendations=[worded, plain],
    )


def test_the_words_of_a_report_name_their_place_and_their_call() -> None:
    assert [(w.place, w.call_session_id) for w in words_of(a_quoting_report())] == [
        ("positive_trends/0/0", SECOND),
        ("negative_issues/0/0", FIRST),
        ("negative_issues/0/1", SECOND),
        ("new_issues/0/0", FIRST),
        ("new_issues/0/1", SECOND),
        ("actionable_recommendations/0", FIRST),
    ]


def test_a_report_without_words_keeps_counts_themes_and_recommendations_but_no_words() -> None:
    report = a_quoting_report()
    kept = without_words(report)
    items: tuple[IssueItem | TrendItem, ...] = (*kept.negative_issues, *kept.positive_trends)
    assert all(not item.sample_quotes for item in items)
    assert [r.description for r in kept.actionable_recommendations] == [
        "Åtgärd inom service, Kassa",
        "Se över priserna",
    ]
    assert [i.label for i in kept.negative_issues] == ["kassakö"]
    assert kept.total_feedback_count == report.total_feedback_count
    assert words_of(kept) == []


def test_putting_all_the_words_back_gives_the_report_again() -> None:
    report = a_quoting_report()
    assert with_words(without_words(report), reversed(words_of(report))) == report


def test_words_of_an_erased_call_are_simply_not_put_back() -> None:
    report = a_quoting_report()
    kept = [w for w in words_of(report) if w.call_session_id != FIRST]
    partial = with_words(without_words(report), kept)
    assert [q.text for q in partial.negative_issues[0].sample_quotes] == ["Bara en kassa."]
    assert partial.new_issues == partial.negative_issues
    assert partial.actionable_recommendations[0].source is None


@pytest.mark.parametrize(
    "place", ["negative_issues/3/0", "negative_issues/0", "department_insights/0/0", "x"]
)
def test_a_place_that_is_not_in_the_report_is_refused(place: str) -> None:
    with pytest.raises(InvalidValue, match="place"):
        with_words(without_words(a_quoting_report()), [ReportWords(place, "Ord.", FIRST)])


def test_a_weekly_report_quotes_and_words_its_recommendations_by_their_calls() -> None:
    wish = an_item(WISH, Priority.HIGH)
    quiet, loud = a_feedback(complaint(), items=[wish]), a_feedback(complaint(), items=[wish])
    report = build([quiet, loud])
    assert {q.call_session_id for q in report.negative_issues[0].sample_quotes} <= {
        quiet.call_session_id,
        loud.call_session_id,
    }
    [recommendation] = report.actionable_recommendations
    assert recommendation.source in {quiet.call_session_id, loud.call_session_id}
    assert recommendation.frequency == 2


def test_recommendations_ranked_from_plain_sightings_name_no_call() -> None:
    [ranked] = rank_recommendations([(an_item(), at())], at())
    assert ranked.source is None
    assert ranked.score > Decimal(0)
