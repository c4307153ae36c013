"""Which customer words a weekly report quotes: each issue its own, none of them a mask only."""

import pytest
from attrs import evolve

from kundrost.domain import theme_groups
from kundrost.domain.analysis import Category, Sentiment, Theme
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.redaction import REDACTION_RULES
from kundrost.domain.report_sections import IssueItem, TrendItem
from kundrost.domain.weekly_aggregation import ReportPolicy
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import WeeklyReport
from tests.unit.report_builders import a_feedback, at, build, complaint, praise

SCAN = "Självscanningen krånglade och det blev kö"


def quotes_of(report: WeeklyReport) -> list[tuple[str, tuple[str, ...]]]:
    items: tuple[IssueItem | TrendItem, ...] = (*report.negative_issues, *report.positive_trends)
    return [(item.label, tuple(q.text for q in item.sample_quotes)) for item in items]


def test_one_sentence_of_two_issues_is_quoted_by_one_and_the_other_gets_its_own() -> None:
    report = build(
        [
            a_feedback(
                complaint("kassor och betalning", "Kassa", SCAN),
                complaint("kö och väntetid", "Kassa", SCAN),
                created_at=at(1),
            ),
            a_feedback(
                complaint("kö och väntetid", "Kassa", "Bara två kassor öppna"), created_at=at(2)
            ),
        ]
    )

    assert quotes_of(report) == [
        ("kö och väntetid", ("Bara två kassor öppna",)),
        ("kassor och betalning", (SCAN,)),
    ]


def test_an_issue_keeps_a_sentence_that_praised_and_complained_and_the_praise_quotes_another() -> (
    None
):
    mixed = "Skruvdragaren var slut men personalen hämtade en från lagret"
    report = build(
        [
            a_feedback(
                complaint("sortiment", "Verktyg", mixed, Category.PRODUCT),
                praise("service", "Verktyg", mixed, Category.SERVICE),
                created_at=at(3),
            ),
            a_feedback(praise("service", "Verktyg", "De hjälpte mig direkt", Category.SERVICE)),
        ]
    )

    assert quotes_of(report) == [
        ("sortiment", (mixed,)),
        ("service", ("De hjälpte mig direkt",)),
    ]


def test_every_issue_gets_one_quote_before_any_gets_a_second() -> None:
    report = build(
        [
            a_feedback(
                complaint("kö", None, "Kön var lång"), complaint("kassa", None, "Kassan stängde")
            ),
            a_feedback(complaint("kö", None, "Vi väntade länge"), created_at=at(3)),
            a_feedback(complaint("kö", None, "Bara en kassa"), created_at=at(4)),
        ]
    )

    quoted = dict(quotes_of(report))
    assert quoted["kassa"] == ("Kassan stängde",)
    assert quoted["kö"] == ("Bara en kassa", "Vi väntade länge")


def test_a_quote_that_is_a_mask_only_is_never_kept() -> None:
    report = build(
        [
            a_feedback(complaint("kassakö", None, "070-123 45 67"), created_at=at(4)),
            a_feedback(
                complaint("kassakö", None, "Ring [namn] på 070-123 45 67"), created_at=at(3)
            ),
            a_feedback(
                complaint("kassakö", None, "Kön var lång, ring 070-123 45 67"), created_at=at(2)
            ),
        ]
    )

    [issue] = report.negative_issues
    assert [q.text for q in issue.sample_quotes] == [
        "Ring [namn] på [telefon]",
        "Kön var lång, ring [telefon]",
    ]


def test_a_group_whose_only_words_are_masks_quotes_nothing() -> None:
    report = build([a_feedback(complaint("kassakö", None, "Anna, 070-123 45 67"))])
    assert report.negative_issues[0].sample_quotes == ()


def test_marks_alone_are_no_words_but_a_word_beside_them_is() -> None:
    from kundrost.domain.theme_groups import quotes_words

    assert not quotes_words("[telefon].")
    assert not quotes_words("[namn]s [e-post] […]!")
    assert not quotes_words("[personnummer], [adress]")
    assert quotes_words("Fråga [namn] i kassan")


def test_the_policy_still_caps_each_group() -> None:
    feedback = [
        a_feedback(complaint("kö", None, f"Kön var lång dag {n}"), created_at=at(n))
        for n in range(4)
    ]
    [issue] = build(feedback, policy=ReportPolicy(quotes_per_item=1)).negative_issues
    assert [q.text for q in issue.sample_quotes] == ["Kön var lång dag 3"]


def test_a_neutral_theme_is_no_group_the_report_quotes() -> None:
    neutral = Theme("surdeg", Sentiment.NEUTRAL, Category.PRODUCT, None, "Surdegen fanns")
    report = build([a_feedback(neutral, complaint())])
    assert quotes_of(report) == [("kassakö", ("Kön till kassan var jättelång",))]


def _kept_under(rules: int | None, *themes: Theme) -> WeeklyFeedback:
    """Feedback whose quotes were kept under the redaction rules `rules`."""
    feedback = a_feedback(*themes)
    quotes = FeedbackQuotes(feedback.quotes.opened(), rules)
    return evolve(feedback, quotes=quotes)


def test_quotes_kept_under_earlier_rules_or_none_known_are_redacted_again() -> None:
    said = "Kassören Pelle ringde 070-123 45 67"
    for rules in (None, REDACTION_RULES - 1, REDACTION_RULES + 1):
        report = build([_kept_under(rules, complaint("kassakö", None, said))])
        [issue] = report.negative_issues
        assert [q.text for q in issue.sample_quotes] == ["Kassören [namn] ringde [telefon]"]


def test_quotes_kept_under_the_current_rules_are_not_redacted_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Redacting what the current rules redacted changes nothing (`redact` is idempotent) and
    was the largest cost of a weekly run: such quotes are shown as kept."""
    redacted: list[str] = []

    def counted(text: str) -> str:
        redacted.append(text)
        return text

    monkeypatch.setattr(theme_groups, "redact", counted)
    kept = "Kassören [namn] var snäll"
    report = build([_kept_under(REDACTION_RULES, complaint("kassan", None, kept))])
    assert [q.text for q in report.negative_issues[0].sample_quotes] == [kept]
    assert redacted == []
    build([_kept_under(None, complaint("kassan", None, kept))])
    assert redacted == [kept]
