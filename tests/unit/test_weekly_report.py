from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from attrs import evolve

from kundrost.domain.analysis import Category
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.domain.report_sections import DepartmentInsight, IssueItem, TrendItem
from kundrost.domain.theme_groups import excerpt, theme_key
from kundrost.domain.weekly_report import ReportStatus
from tests.unit.report_builders import KOTT, WEEK, a_report


def test_a_report_names_its_week_by_the_monday() -> None:
    assert a_report().analysis_week.isoformat() == "2026-11-23"


def test_a_report_is_completed_unless_told_otherwise() -> None:
    assert a_report().status is ReportStatus.COMPLETED


def test_the_qualification_rate_is_a_percentage_with_two_decimals() -> None:
    assert a_report(total=3, qualifying=2).qualification_rate == Decimal("66.67")


def test_a_week_without_feedback_has_no_qualification_rate() -> None:
    assert a_report(total=0, qualifying=0).qualification_rate is None


def test_more_qualifying_feedback_than_feedback_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        a_report(total=2, qualifying=3)
    assert refused.value.field == "qualifying_feedback_count"


def test_averages_without_qualifying_feedback_are_refused() -> None:
    with pytest.raises(InvalidValue):
        evolve(a_report(total=2, qualifying=0), average_quality_score=Decimal("0.50"))


def test_an_average_given_as_a_float_is_refused() -> None:
    # A float where the type says Decimal, on purpose: the validator must refuse it at run time.
    a_float: Any = 7.5
    with pytest.raises(InvalidValue) as refused:
        evolve(a_report(), average_reward_percentage=a_float)
    assert refused.value.field == "average_reward_percentage"


def test_a_naive_generation_time_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        evolve(a_report(), generated_at=datetime(2026, 11, 30, 3))
    assert refused.value.field == "generated_at"


def test_a_new_issue_must_be_one_of_the_weeks_negative_issues() -> None:
    stranger = IssueItem("trasiga kundvagnar", Category.ENVIRONMENT, None, 1)
    with pytest.raises(InvalidValue) as refused:
        evolve(a_report(issues={"kassakö": 2}), new_issues=[stranger])
    assert refused.value.field == "new_issues"


def test_a_theme_with_no_mentions_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        TrendItem("hjälpsam personal", Category.STAFF, None, 0)
    assert refused.value.field == "mentions"


def test_an_over_long_quote_is_refused() -> None:
    with pytest.raises(InvalidValue):
        IssueItem("kassakö", Category.SERVICE, None, 1, Priority.LOW, ["x" * 501])


def test_a_department_cannot_have_more_sentiments_than_mentions() -> None:
    with pytest.raises(InvalidValue):
        DepartmentInsight(KOTT, 2, 2, 1, Decimal("0.50"))


def test_themes_that_differ_only_in_case_and_spacing_share_a_key() -> None:
    assert theme_key(" Kassakö", "kött &  chark") == theme_key("kassakö", KOTT)
    assert IssueItem("Kassakö ", Category.SERVICE, None, 1).key == ("kassakö", "")


def test_an_excerpt_redacts_phone_numbers_and_email_addresses() -> None:
    quote = "Ring mig på 070-123 45 67 eller anna@example.se om köttet"
    assert excerpt(quote, 160) == "Ring mig på [telefon] eller [e-post] om köttet"


def test_an_excerpt_masks_what_a_quote_stored_half_redacted_still_holds() -> None:
    quote = "Maila [namn].anka@example.se, personnummer 19850101-1234, medlem 1234567"
    assert excerpt(quote, 160) == "Maila [e-post], personnummer [personnummer], medlem […]"


def test_an_excerpt_redacts_names_a_quote_stored_unredacted_still_holds() -> None:
    quote = "Kassören Pelle var otrevlig, men Lotta i bageriet var snäll."
    assert excerpt(quote, 160) == "Kassören [namn] var otrevlig, men [namn] i bageriet var snäll."


def test_an_excerpt_keeps_prices_and_short_numbers() -> None:
    assert excerpt("Entrecôten kostade 12 999 öre, 3 för 2", 160) == (
        "Entrecôten kostade 12 999 öre, 3 för 2"
    )


def test_a_long_quote_is_cut_at_a_word_with_an_ellipsis() -> None:
    cut = excerpt("Köttdisken hade ett fantastiskt utbud av ekologiskt nötkött", 30)
    assert cut == "Köttdisken hade ett…"
    assert len(cut) <= 30


def test_an_empty_quote_has_no_excerpt() -> None:
    assert excerpt("   ", 160) is None
    assert excerpt(None, 160) is None


def test_a_report_lists_its_issue_and_praise_mentions_by_theme() -> None:
    report = a_report(WEEK, issues={"kassakö": 3}, praised={"hjälpsam personal": 2})
    assert report.issue_mentions() == {("kassakö", ""): 3}
    assert report.trend_mentions() == {("hjälpsam personal", ""): 2}


def test_a_plain_string_cannot_pose_as_a_category() -> None:
    with pytest.raises(InvalidValue) as refused:
        IssueItem("kassakö", "service", None, 1)  # type: ignore[arg-type]
    assert refused.value.field == "category"
