from datetime import timedelta
from decimal import Decimal

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from kundrost.domain.analysis import Category, Sentiment, Theme
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_aggregation import ReportPolicy
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import ReportStatus
from tests.unit.grading_builders import a_fraudulent_verdict, an_assessment
from tests.unit.report_builders import (
    BAGERI,
    KOTT,
    OTHER_STORE,
    WEEK,
    a_feedback,
    a_rejected_feedback,
    a_report,
    a_varied_week,
    an_item,
    at,
    build,
    complaint,
    praise,
    report_time,
    weeks_before,
)


def test_the_report_counts_all_feedback_and_the_qualifying_feedback() -> None:
    report = build(a_varied_week())
    assert (report.total_feedback_count, report.qualifying_feedback_count) == (4, 3)
    assert report.qualification_rate == Decimal("75.00")


def test_averages_are_over_qualifying_feedback_rounded_half_up_to_two_decimals() -> None:
    report = build(a_varied_week())
    assert report.average_quality_score == Decimal("0.72")
    assert report.average_reward_percentage == Decimal("8.92")


def test_an_average_exactly_between_two_cents_rounds_up() -> None:
    report = build([a_feedback(reward="2.00"), a_feedback(reward="2.01")])
    assert report.average_reward_percentage == Decimal("2.01")


def test_a_week_without_qualifying_feedback_has_no_averages() -> None:
    report = build([a_rejected_feedback(complaint())])
    assert report.average_quality_score is None
    assert report.average_reward_percentage is None
    assert report.qualification_rate == Decimal("0.00")


def test_an_empty_week_gives_an_empty_completed_report() -> None:
    report = build([])
    assert report.status is ReportStatus.COMPLETED
    assert report.total_feedback_count == 0
    assert report.negative_issues == ()
    assert report.positive_trends == ()
    assert report.generated_at == report_time()


def test_praise_is_grouped_by_label_whatever_its_case_and_spacing() -> None:
    [trend] = build(a_varied_week()).positive_trends
    assert (trend.label, trend.mentions, trend.category) == ("hjälpsam personal", 2, Category.STAFF)
    assert tuple(quote.text for quote in trend.sample_quotes) == (
        "Personalen var otroligt hjälpsam",
        "Killen i charken hjälpte mig hitta rätt",
    )


def test_praise_mentioned_only_once_is_not_yet_a_trend() -> None:
    labels = [t.label for t in build(a_varied_week()).positive_trends]
    assert "färskt bröd" not in labels


def test_the_minimum_mentions_for_a_trend_is_a_policy() -> None:
    policy = ReportPolicy(trend=TrendPolicy(min_mentions=1))
    labels = [t.label for t in build(a_varied_week(), policy=policy).positive_trends]
    assert labels == ["hjälpsam personal", "färskt bröd"]


def test_complaints_are_grouped_with_their_mentions_most_mentioned_first() -> None:
    issues = build(a_varied_week()).negative_issues
    assert [(i.label, i.department, i.mentions) for i in issues] == [
        ("kassakö", None, 3),
        ("köttdisken", KOTT, 2),
    ]


def test_an_issue_raised_by_many_customers_is_severe() -> None:
    kassako = build(a_varied_week()).negative_issues[0]
    assert kassako.severity is Priority.HIGH


def test_an_urgent_item_for_the_same_kind_of_issue_makes_it_urgent() -> None:
    feedback = [
        a_feedback(
            complaint("halt golv", category=Category.ENVIRONMENT),
            items=[an_item("Sanda entrén", Priority.URGENT, Category.ENVIRONMENT)],
        ),
        *[a_feedback(praise()) for _ in range(9)],
    ]
    assert build(feedback).negative_issues[0].severity is Priority.URGENT


def test_a_rare_issue_without_items_is_of_low_severity() -> None:
    feedback = [
        a_feedback(complaint("trasiga kundvagnar")),
        *[a_feedback(praise()) for _ in range(9)],
    ]
    assert build(feedback).negative_issues[0].severity is Priority.LOW


def test_one_customer_of_a_quiet_partial_week_is_not_a_severe_issue() -> None:
    feedback = [
        a_feedback(
            complaint("trasig pantmaskin"),
            items=[an_item("Laga pantmaskinen", Priority.HIGH, Category.ENVIRONMENT)],
        ),
        a_feedback(praise()),
    ]
    assert build(feedback).negative_issues[0].severity is Priority.LOW


def test_the_more_customers_raise_an_issue_the_more_severe_it_is() -> None:
    feedback = [
        *[a_feedback(complaint("kassakö")) for _ in range(5)],
        *[a_feedback(complaint("köttdisken", KOTT)) for _ in range(2)],
        a_feedback(complaint("trasiga kundvagnar")),
        *[a_feedback(praise()) for _ in range(12)],
    ]
    severities = [(i.label, i.mentions, i.severity) for i in build(feedback).negative_issues]
    assert severities == [
        ("kassakö", 5, Priority.HIGH),
        ("köttdisken", 2, Priority.MEDIUM),
        ("trasiga kundvagnar", 1, Priority.LOW),
    ]


def test_a_recommendation_many_customers_ask_for_comes_first_with_a_higher_priority() -> None:
    wish = an_item("Fler sorters surdegsbröd", Priority.MEDIUM, Category.PRODUCT, BAGERI)
    fix = an_item("Öppna fler kassor", Priority.MEDIUM, Category.SERVICE)
    feedback = [
        *[a_feedback(items=[fix]) for _ in range(5)],
        a_feedback(items=[wish]),
        *[a_feedback(praise()) for _ in range(9)],
    ]
    ranked = [(r.description, r.priority) for r in build(feedback).actionable_recommendations]
    assert ranked == [(fix.description, Priority.HIGH), (wish.description, Priority.LOW)]


def test_quotes_come_only_from_qualifying_feedback() -> None:
    kassako = build(a_varied_week()).negative_issues[0]
    assert tuple(quote.text for quote in kassako.sample_quotes) == (
        "Kön till kassan var jättelång",
    )


def test_quotes_are_short_and_scrubbed_of_phone_numbers() -> None:
    long_quote = "Ring mig på 070-123 45 67 så berättar jag mer om den långa kön " * 5
    feedback = [a_feedback(complaint(quote=long_quote.strip()))]
    [sample] = (
        build(feedback, policy=ReportPolicy(quote_max_chars=40)).negative_issues[0].sample_quotes
    )
    quote = sample.text
    assert "070" not in quote
    assert len(quote) <= 40
    assert quote.endswith("…")


def test_no_quotes_are_kept_when_the_policy_wants_none() -> None:
    report = build(a_varied_week(), policy=ReportPolicy(quotes_per_item=0))
    assert all(not issue.sample_quotes for issue in report.negative_issues)


def test_departments_get_their_mentions_sentiments_and_top_themes() -> None:
    insights = {d.department: d for d in build(a_varied_week()).department_insights}
    kott, bageri = insights[KOTT], insights[BAGERI]
    assert (kott.mentions, kott.positive_count, kott.negative_count) == (2, 0, 2)
    assert kott.sentiment_score == Decimal("-1.00")
    assert kott.top_themes == ("köttdisken",)
    assert (bageri.mentions, bageri.sentiment_score) == (1, Decimal("1.00"))


def test_a_department_sentiment_weighs_praise_against_complaints() -> None:
    feedback = [
        a_feedback(praise("färskt bröd", BAGERI), praise("kanelbullar", BAGERI)),
        a_feedback(praise("färskt bröd", BAGERI), complaint("dyra bullar", BAGERI)),
        a_feedback(Theme("surdeg", Sentiment.NEUTRAL, Category.PRODUCT, BAGERI)),
    ]
    [bageri] = build(feedback).department_insights
    assert (bageri.mentions, bageri.positive_count, bageri.negative_count) == (5, 3, 1)
    assert bageri.sentiment_score == Decimal("0.40")
    assert bageri.top_themes == ("färskt bröd", "kanelbullar", "dyra bullar")


def test_a_department_keeps_its_mixed_mentions_apart_from_praise_and_complaints() -> None:
    feedback = [
        a_feedback(Theme("kaffe", Sentiment.MIXED, Category.PRODUCT, BAGERI)),
        a_feedback(Theme("kaffe", Sentiment.MIXED, Category.PRODUCT, BAGERI)),
        a_feedback(praise("kanelbullar", BAGERI)),
    ]
    [bageri] = build(feedback).department_insights
    assert (bageri.mentions, bageri.positive_count, bageri.negative_count) == (3, 1, 0)
    assert bageri.mixed_count == 2


def test_a_department_cannot_count_more_judged_mentions_than_mentions() -> None:
    [bageri] = build([a_feedback(praise("kanelbullar", BAGERI))]).department_insights
    with pytest.raises(InvalidValue, match="exceed all mentions"):
        evolve(bageri, mixed_count=1)


def test_fraudulent_feedback_counts_in_the_total_and_nowhere_else() -> None:
    fraud = a_rejected_feedback(
        complaint("flygande elefanter"),
        praise("gratis glass", BAGERI),
        fraudulent=True,
        items=[an_item("Köp in flygande elefanter", Priority.URGENT)],
    )
    report = build([*a_varied_week(), fraud])
    assert report.total_feedback_count == 5
    labels = {i.label for i in report.negative_issues} | {t.label for t in report.positive_trends}
    assert "flygande elefanter" not in labels
    assert all(d.mentions == 1 for d in report.department_insights if d.department == BAGERI)
    assert all("elefanter" not in r.description for r in report.actionable_recommendations)


def test_honest_feedback_that_did_not_qualify_still_counts_in_themes() -> None:
    report = build([a_rejected_feedback(complaint())])
    assert report.negative_issues[0].mentions == 1


def test_the_order_feedback_is_given_in_does_not_change_the_report() -> None:
    week = a_varied_week()
    forwards, backwards = build(week), build(week[::-1])
    assert forwards.negative_issues == backwards.negative_issues
    assert forwards.department_insights == backwards.department_insights


def test_fraudulent_feedback_cannot_qualify() -> None:
    with pytest.raises(InvalidValue):
        a_feedback(fraudulent=True)


def test_feedback_from_another_week_is_refused() -> None:
    late = a_feedback(complaint(), created_at=at(7, 0))
    with pytest.raises(InvalidValue) as refused:
        build([a_feedback(created_at=at(5)), late, a_feedback(created_at=at(1))])
    assert refused.value.field == "feedback[1].created_at"


def test_feedback_on_sunday_night_local_time_belongs_to_the_week() -> None:
    report = build([a_feedback(created_at=at(6, 23, minute=59)), a_feedback(created_at=at(0, 0))])
    assert report.total_feedback_count == 2


def test_the_same_assessment_given_twice_is_refused() -> None:
    feedback = a_feedback()
    with pytest.raises(InvalidValue):
        build([feedback, feedback])


def test_history_from_another_store_is_refused() -> None:
    with pytest.raises(InvalidValue):
        build([], history=[a_report(weeks_before(WEEK, 1), store=OTHER_STORE)])


def test_an_issue_missing_from_the_week_before_is_new() -> None:
    history = [a_report(weeks_before(WEEK, 1), issues={"Kassakö": 2})]
    new = build(a_varied_week(), history=history).new_issues
    assert [i.label for i in new] == ["köttdisken"]


def test_every_issue_is_new_when_the_week_before_has_no_report() -> None:
    history = [a_report(weeks_before(WEEK, 2), issues={"kassakö": 2})]
    report = build(a_varied_week(), history=history)
    assert report.new_issues == report.negative_issues


labels = st.sampled_from(["kassakö", "Kassakö", "köttdisken", "hjälpsam personal", "färskt bröd"])
departments = st.sampled_from([None, KOTT, "kött & chark", BAGERI])
themes = st.builds(
    Theme, labels, st.sampled_from(list(Sentiment)), st.sampled_from(list(Category)), departments
)
feedbacks = st.builds(
    lambda ts, hours, kind: (
        a_feedback(*ts, created_at=at(0, 0) + timedelta(hours=hours))
        if kind == "qualifying"
        else a_rejected_feedback(
            *ts, fraudulent=kind == "fraud", created_at=at(0, 0) + timedelta(hours=hours)
        )
    ),
    st.lists(themes, max_size=4),
    st.integers(0, 7 * 24 - 1),
    st.sampled_from(["qualifying", "rejected", "fraud"]),
)


@settings(max_examples=60)
@given(st.lists(feedbacks, max_size=8))
def test_every_count_in_a_report_adds_up(week: list[WeeklyFeedback]) -> None:
    policy = ReportPolicy(trend=TrendPolicy(min_mentions=1))
    report = build(week, policy=policy)
    honest = [f for f in week if not f.is_fraudulent]
    given_themes = [t for f in honest for t in f.themes]

    def mentions(sentiment: Sentiment) -> int:
        return sum(t.sentiment is sentiment for t in given_themes)

    assert report.qualifying_feedback_count <= report.total_feedback_count == len(week)
    assert sum(i.mentions for i in report.negative_issues) == mentions(Sentiment.NEGATIVE)
    assert sum(t.mentions for t in report.positive_trends) == mentions(Sentiment.POSITIVE)
    assert sum(d.mentions for d in report.department_insights) == sum(
        1 for t in given_themes if t.department
    )
    assert report.new_issues == report.negative_issues


def test_a_stored_assessment_becomes_weekly_feedback_with_its_grade_and_themes() -> None:
    kept = WeeklyFeedback.from_assessment(an_assessment())
    assert kept.qualifies
    assert kept.reward_percentage is not None
    assert kept.themes
    fraud = WeeklyFeedback.from_assessment(an_assessment(verdict=a_fraudulent_verdict()))
    assert fraud.is_fraudulent
    assert fraud.reward_percentage is None
    assert fraud.themes == ()
    assert IsoWeek.of(kept.created_at, "Europe/Stockholm") == IsoWeek(2026, 20)
