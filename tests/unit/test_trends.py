from datetime import timedelta
from decimal import Decimal

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.report_sections import InsightKind
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.trends import WeekPoint, trends
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from tests.unit.report_builders import (
    OTHER_STORE,
    WEEK,
    a_report,
    a_varied_week,
    build,
    report_time,
    weeks_before,
)


def four_weeks(**series: tuple[int, int, int, int]) -> list[WeeklyReport]:
    """Reports for the four weeks up to WEEK, oldest first, with each issue's mentions."""
    return [
        a_report(
            weeks_before(WEEK, 3 - n),
            issues={label.replace("_", " "): counts[n] for label, counts in series.items()},
            total=10 + n,
            qualifying=5 + n,
        )
        for n in range(4)
    ]


def test_trends_give_one_point_per_week_oldest_first() -> None:
    result = trends(four_weeks(kassakö=(1, 1, 1, 1)), weeks=4)
    assert [p.week for p in result.weeks] == [weeks_before(WEEK, n) for n in (3, 2, 1, 0)]
    assert [p.feedback_count for p in result.weeks] == [10, 11, 12, 13]
    assert result.weeks[0].qualification_rate == Decimal("50.00")
    assert result.weeks[0].average_quality_score == Decimal("0.60")


def test_a_week_without_a_report_has_an_empty_point() -> None:
    reports = four_weeks(kassakö=(1, 1, 1, 1))
    del reports[1]
    assert trends(reports).weeks[1] == WeekPoint(weeks_before(WEEK, 2))


def test_an_issue_mentioned_more_in_the_later_weeks_is_rising() -> None:
    [rising] = trends(four_weeks(kassakö=(1, 1, 3, 4))).rising_issues
    assert (rising.label, rising.weekly_mentions, rising.change) == (
        "kassakö",
        (1, 1, 3, 4),
        Decimal("2.50"),
    )


def test_an_issue_mentioned_less_in_the_later_weeks_is_an_improving_area() -> None:
    result = trends(four_weeks(trånga_gångar=(5, 3, 1, 0)))
    [improving] = result.improving_areas
    assert (improving.label, improving.change) == ("trånga gångar", Decimal("-3.50"))
    assert result.rising_issues == ()


def test_a_single_new_mention_is_not_yet_a_rising_issue() -> None:
    assert trends(four_weeks(smutsigt_golv=(0, 0, 0, 1))).rising_issues == ()


def test_weeks_without_a_report_do_not_count_as_weeks_without_complaints() -> None:
    reports = four_weeks(kassakö=(2, 0, 2, 2))
    del reports[1]
    result = trends(reports)
    assert result.rising_issues == result.improving_areas == ()


def test_trends_predict_a_complaint_rising_three_weeks_running() -> None:
    [insight] = trends(four_weeks(kassakö=(1, 2, 3, 5))).predictive_insights
    assert (insight.kind, insight.weekly_mentions) == (InsightKind.LIKELY_TO_GROW, (1, 2, 3, 5))


def test_praise_rising_three_weeks_running_is_a_growing_strength() -> None:
    reports = [
        a_report(weeks_before(WEEK, 3 - n), praised={"hjälpsam personal": 2 + n}) for n in range(4)
    ]
    [insight] = trends(reports).predictive_insights
    assert insight.kind is InsightKind.GROWING_STRENGTH
    assert insight.description.startswith("Praise for hjälpsam personal rose 3 weeks running")


def test_the_run_length_of_a_prediction_is_a_policy() -> None:
    reports = four_weeks(kassakö=(3, 1, 2, 5))
    assert trends(reports).predictive_insights == ()
    assert trends(reports, policy=TrendPolicy(run_weeks=2)).predictive_insights != ()


@pytest.mark.parametrize("weeks", [4, 8, 12, 26])
def test_each_period_gives_that_many_weeks(weeks: int) -> None:
    assert len(trends(four_weeks(kassakö=(1, 1, 1, 1)), weeks=weeks).weeks) == weeks


def test_an_unknown_period_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        trends([], weeks=5)
    assert refused.value.field == "period"


def test_there_are_no_trends_without_reports() -> None:
    result = trends([])
    assert result.weeks == ()
    assert result.rising_issues == ()
    assert result.predictive_insights == ()


def test_trends_can_end_at_a_chosen_week() -> None:
    result = trends(four_weeks(kassakö=(1, 1, 1, 1)), until=IsoWeek(2026, 52))
    assert result.weeks[-1] == WeekPoint(IsoWeek(2026, 52))
    assert result.weeks[0].week == WEEK.shifted(1)


def test_a_regenerated_week_counts_once_with_its_latest_report() -> None:
    old = a_report(WEEK, total=3, qualifying=1)
    new = a_report(WEEK, total=7, qualifying=2, generated_at=report_time() + timedelta(days=1))
    assert trends([new, old]).weeks[-1].feedback_count == 7


def test_reports_of_two_stores_are_refused() -> None:
    with pytest.raises(InvalidValue):
        trends([a_report(WEEK), a_report(WEEK.previous(), store=OTHER_STORE)])


def test_there_is_no_comparison_without_history() -> None:
    comparison = build(a_varied_week()).historical_comparison
    assert comparison.previous_week is None
    assert comparison.recent_average is None


def test_the_week_is_compared_with_the_week_before() -> None:
    history = [a_report(weeks_before(WEEK, 1), total=10, qualifying=5, quality="0.60")]
    previous = build(a_varied_week(), history=history).historical_comparison.previous_week
    assert previous is not None
    assert previous.feedback_count_change == Decimal("-6.00")
    assert previous.average_quality_change == Decimal("0.12")
    assert previous.qualification_rate_change == Decimal("25.00")


def test_the_week_is_compared_with_the_average_of_the_four_weeks_before() -> None:
    history = [
        a_report(weeks_before(WEEK, n), total=total, qualifying=total // 2, quality=quality)
        for n, total, quality in [
            (1, 2, "0.60"),
            (2, 4, "0.70"),
            (3, 6, "0.80"),
            (4, 8, "0.50"),
            (5, 100, "0.10"),
        ]
    ]
    average = build(a_varied_week(), history=history).historical_comparison.recent_average
    assert average is not None
    assert (average.weeks, average.feedback_count) == (4, Decimal("5.00"))
    assert average.feedback_count_change == Decimal("-1.00")
    assert average.average_quality_score == Decimal("0.65")
    assert average.qualification_rate == Decimal("50.00")
    assert average.qualification_rate_change == Decimal("25.00")


def test_the_average_uses_the_weeks_there_are_and_says_how_many() -> None:
    history = [a_report(weeks_before(WEEK, 3), total=12, qualifying=6)]
    comparison = build(a_varied_week(), history=history).historical_comparison
    assert comparison.previous_week is None
    assert comparison.recent_average is not None
    assert comparison.recent_average.weeks == 1


def test_reports_of_the_same_or_later_weeks_are_not_history() -> None:
    history = [a_report(WEEK, issues={"kassakö": 9}), a_report(WEEK.next())]
    report = build(a_varied_week(), history=history)
    assert report.historical_comparison.recent_average is None
    assert len(report.new_issues) == 2


def test_a_complaint_rising_three_weeks_running_is_likely_to_grow() -> None:
    history = [
        a_report(weeks_before(WEEK, n), issues={"kassakö": k}) for n, k in [(3, 0), (2, 1), (1, 2)]
    ]
    insights = build(a_varied_week(), history=history).predictive_insights
    assert [(i.kind, i.label, i.weekly_mentions) for i in insights] == [
        (InsightKind.LIKELY_TO_GROW, "kassakö", (0, 1, 2, 3))
    ]
    assert "rose 3 weeks running (0 → 1 → 2 → 3)" in insights[0].description


def test_a_complaint_that_rose_only_twice_predicts_nothing() -> None:
    history = [
        a_report(weeks_before(WEEK, n), issues={"kassakö": k}) for n, k in [(3, 2), (2, 1), (1, 2)]
    ]
    assert build(a_varied_week(), history=history).predictive_insights == ()


def test_a_week_without_a_report_breaks_a_run() -> None:
    history = [
        a_report(weeks_before(WEEK, n), issues={"kassakö": k}) for n, k in [(4, 0), (3, 1), (1, 2)]
    ]
    assert build(a_varied_week(), history=history).predictive_insights == ()


def test_a_complaint_falling_three_weeks_running_is_an_improving_area() -> None:
    history = [
        a_report(weeks_before(WEEK, n), issues={"trånga gångar": k})
        for n, k in [(3, 6), (2, 4), (1, 1)]
    ]
    [insight] = build(a_varied_week(), history=history).predictive_insights
    assert (insight.kind, insight.weekly_mentions) == (InsightKind.IMPROVING, (6, 4, 1, 0))
