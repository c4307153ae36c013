"""The customers' words on a report page: every issue with words shows some, every
recommendation says where it comes from, and words erased from the report are gone."""

from __future__ import annotations

import asyncio
import html
import re

import pytest
from attrs import evolve

from kundrost.adapters.html.environment import render
from kundrost.adapters.html.report_view import report_view
from kundrost.domain.analysis import Category
from kundrost.domain.priority import Priority
from kundrost.domain.report_page import ReportPage
from kundrost.domain.report_words import with_words, without_words, words_of
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.entrypoints.cli.demo_run import DemoResult, simulate_week
from tests.pages.builders import a_page
from tests.unit.report_builders import a_feedback, an_item, at, build, complaint

SCAN = "Självscanningen krånglade och det blev kö"
LONG_QUEUE = "Kön i kassan var lång vid halv sex"
NOT_AN_ISSUE = "Ur kundernas egna förslag och synpunkter, inte ur ett av klagomålen ovan."


def page_of(report: WeeklyReport) -> ReportPage:
    return evolve(a_page(), report=report)


def page_text(report: WeeklyReport) -> str:
    return html.unescape(render("report.html.j2", view=report_view(page_of(report))))


def checkout_week() -> WeeklyReport:
    """The demo's checkout: one sentence names both checkout themes, and a customer who
    complained of the queue asked for it to be mended in other words."""
    return build(
        [
            a_feedback(
                complaint("Kassor och betalning", "Kassa", SCAN, Category.SERVICE),
                complaint("Kö och väntetid", "Kassa", SCAN, Category.SERVICE),
                items=[
                    an_item(
                        f'Åtgärda kö och väntetid: "{LONG_QUEUE}"',
                        Priority.HIGH,
                        Category.SERVICE,
                        "Kassa",
                    ),
                    an_item(
                        'Förslag om kassa: "Ni borde öppna en kassa till"',
                        Priority.MEDIUM,
                        Category.SERVICE,
                        "Kassa",
                    ),
                    an_item(
                        'Önskemål om godis: "Skriv ut allergenerna på tavlan"',
                        Priority.MEDIUM,
                        Category.PRODUCT,
                    ),
                ],
                created_at=at(2),
            )
        ]
    )


def test_an_issue_whose_sentence_another_issue_quotes_shows_the_words_of_its_recommendation() -> (
    None
):
    view = report_view(page_of(checkout_week()))

    assert [(i.label, i.quotes) for i in view.issues] == [
        ("Kassor och betalning", (SCAN,)),
        ("Kö och väntetid", (LONG_QUEUE,)),
    ]
    text = page_text(checkout_week())
    assert text.count(LONG_QUEUE) == 1
    assert text.count(SCAN) == 1


def test_a_recommendation_shows_its_customers_words_under_kunderna_sa() -> None:
    view = report_view(page_of(checkout_week()))

    listed = {r.description: r.quotes for r in view.recommendations}
    assert listed == {
        "Åtgärda kö och väntetid": (),  # its words are under its issue above
        "Förslag om kassa": ("Ni borde öppna en kassa till",),
        "Önskemål om godis": ("Skriv ut allergenerna på tavlan",),
    }
    assert page_text(checkout_week()).count("Kunderna sa:") == 2


def test_every_recommendation_says_which_issue_it_comes_from_or_that_none_does() -> None:
    view = report_view(page_of(checkout_week()))

    sources = {r.description: r.source for r in view.recommendations}
    assert sources == {
        "Åtgärda kö och väntetid": "Hör till klagomålet ”Kö och väntetid” ovan.",
        "Förslag om kassa": (
            "Hör till klagomålen ”Kassor och betalning” och ”Kö och väntetid” ovan."
        ),
        "Önskemål om godis": NOT_AN_ISSUE,
    }
    assert NOT_AN_ISSUE in page_text(checkout_week())


def test_a_cancelled_calls_words_are_nowhere_on_the_page() -> None:
    report = checkout_week()
    [call] = {words.call_session_id for words in words_of(report)}
    erased = with_words(
        without_words(report), [w for w in words_of(report) if w.call_session_id != call]
    )

    text = page_text(erased)

    for words in (SCAN, LONG_QUEUE, "Ni borde öppna en kassa till", "allergenerna"):
        assert words not in text
    assert "Kunderna sa:" not in text
    assert re.findall(r"<q>", text) == []


def test_words_that_are_only_masks_are_not_quoted_under_a_recommendation() -> None:
    report = build(
        [a_feedback(items=[an_item('Ring mig: "070-123 45 67"', Priority.HIGH, Category.SERVICE)])]
    )

    [recommendation] = report_view(page_of(report)).recommendations

    assert recommendation.quotes == ()
    assert "070" not in page_text(report)


@pytest.fixture(scope="module")
def demo_week() -> DemoResult:
    return asyncio.run(simulate_week(47))


def test_every_issue_of_the_demo_week_shows_its_customers_words(demo_week: DemoResult) -> None:
    for store, report in demo_week.reports:
        view = report_view(ReportPage(report, (), store.name, store.context.zone))
        assert view.issues
        assert all(issue.quotes for issue in view.issues), store.name
        assert any(r.quotes for r in view.recommendations), store.name
        assert all(r.source for r in view.recommendations), store.name
