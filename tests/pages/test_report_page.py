"""The report page as rendered: every section from the report alone, the quotes exactly as the
report holds them, and friendly words where a section is empty."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import timedelta

from attrs import evolve

from kundrost.adapters.html.actions_csv import actions_csv
from kundrost.adapters.html.environment import render, style_source, stylesheet
from kundrost.adapters.html.report_view import recommendation_quotes, report_view
from kundrost.domain.analysis import Category, Sentiment, Theme
from kundrost.domain.priority import Priority
from kundrost.domain.report_page import ReportPage
from kundrost.domain.report_sections import IssueItem, TrendItem
from tests.pages.builders import STOCKHOLM, STORE_NAME, a_page, an_empty_week_page
from tests.unit.report_builders import WEEK, a_feedback, an_item, at, build, complaint


def page_html(page: ReportPage) -> str:
    return render("report.html.j2", view=report_view(page))


def quotes_on(text: str) -> set[str]:
    return {html.unescape(q) for q in re.findall(r"<q>(.*?)</q>", text)}


def test_the_page_shows_exactly_the_quotes_the_report_holds() -> None:
    page = a_page()
    report = page.report
    items: tuple[TrendItem | IssueItem, ...] = (*report.positive_trends, *report.negative_issues)
    held = {q.text for item in items for q in item.sample_quotes}

    shown = quotes_on(page_html(page))

    assert shown == held


def test_a_report_whose_quotes_were_erased_shows_none() -> None:
    page = a_page()
    erased = evolve(
        page.report,
        positive_trends=[evolve(t, sample_quotes=()) for t in page.report.positive_trends],
        negative_issues=[evolve(i, sample_quotes=()) for i in page.report.negative_issues],
        new_issues=[],
    )

    text = page_html(evolve(page, report=erased))

    assert quotes_on(text) == set()
    assert "Kunderna sa:" not in text


def test_a_customers_words_show_once_on_the_page_where_it_first_has_them() -> None:
    scan = "Självscanningen krånglade och det blev kö"
    report = build(
        [
            a_feedback(
                complaint("kassor och betalning", "Kassa", scan, Category.SERVICE),
                complaint("kö och väntetid", "Kassa", scan, Category.SERVICE),
                items=[
                    an_item(f'Åtgärda kassor: "{scan}"', Priority.HIGH, Category.SERVICE, "Kassa"),
                    an_item("Öppna en kassa till", Priority.HIGH, Category.SERVICE, "Kassa"),
                ],
            ),
            a_feedback(
                complaint("kö och väntetid", "Kassa", "Bara två kassor öppna", Category.SERVICE)
            ),
        ]
    )
    view = report_view(evolve(a_page(), report=report))

    text = html.unescape(page_html(evolve(a_page(), report=report)))

    assert text.count(scan) == 1
    assert text.count("Bara två kassor öppna") == 1
    assert [issue.quotes for issue in view.issues] == [("Bara två kassor öppna",), (scan,)]
    assert [(r.description, r.quotes) for r in view.recommendations] == [
        ("Åtgärda kassor", ()),
        ("Öppna en kassa till", ()),
    ]


def test_a_recommendation_quotes_the_issues_of_its_category_and_department() -> None:
    report = build(
        [
            a_feedback(
                complaint("kassakö", None, "Kön var lång", Category.SERVICE),
                complaint("trasig våg", "Frukt", "Vågen var trasig", Category.ENVIRONMENT),
                items=[an_item("Öppna fler kassor", Priority.HIGH, Category.SERVICE)],
            )
        ]
    )

    [recommendation] = report.actionable_recommendations

    assert recommendation_quotes(recommendation, report.negative_issues) == ("Kön var lång",)


def test_a_recommendation_does_not_quote_again_what_its_own_words_quote() -> None:
    report = build(
        [
            a_feedback(
                complaint("kassakö", None, "Kön var lång", Category.SERVICE),
                items=[an_item('Åtgärda kö: "Kön var lång"', Priority.HIGH, Category.SERVICE)],
            ),
            a_feedback(
                complaint("kassakö", None, "Bara en kassa var öppen", Category.SERVICE),
                items=[],
            ),
        ]
    )

    [recommendation] = report.actionable_recommendations

    assert recommendation_quotes(recommendation, report.negative_issues) == (
        "Bara en kassa var öppen",
    )


def test_a_recommendation_shows_the_words_it_quotes_under_kunderna_sa() -> None:
    report = build(
        [a_feedback(items=[an_item('Åtgärda kö: "Kön var lång"', Priority.HIGH, Category.SERVICE)])]
    )

    [recommendation] = report_view(evolve(a_page(), report=report)).recommendations
    text = page_html(evolve(a_page(), report=report))

    assert (recommendation.description, recommendation.quotes) == ("Åtgärda kö", ("Kön var lång",))
    assert "Kunderna sa:" in text
    assert "<q>Kön var lång</q>" in text


def test_a_recommendation_title_quotes_in_swedish_quotation_marks() -> None:
    report = build(
        [a_feedback(items=[an_item('Märk hyllan "Eko" tydligt', Priority.HIGH, Category.SERVICE)])]
    )

    text = page_html(evolve(a_page(), report=report))

    assert "Märk hyllan ”Eko” tydligt" in text
    assert "&#34;" not in text
    assert "&quot;" not in text


def test_a_department_of_mixed_mentions_shows_them_and_reads_as_mixed() -> None:
    mixed = Theme("kaffe", Sentiment.MIXED, Category.PRODUCT, "Kaffebar")
    passing = Theme("bullar", Sentiment.NEUTRAL, Category.PRODUCT, "Bageri")
    report = build([a_feedback(mixed), a_feedback(mixed), a_feedback(passing)])

    departments = {d.name: d for d in report_view(evolve(a_page(), report=report)).departments}

    kaffebar, bageri = departments["Kaffebar"], departments["Bageri"]
    assert (kaffebar.positive, kaffebar.negative, kaffebar.mixed) == (0, 0, 2)
    assert kaffebar.mood == "Blandat"
    assert (bageri.mixed, bageri.mood) == (0, "Inget omdöme")


def test_the_headline_figures_compare_with_the_week_before() -> None:
    view = report_view(a_page())

    figures = {f.label: (f.value, f.note) for f in view.figures}
    assert figures["Bedömda samtal"] == ("9", "+2 mot veckan före")
    assert figures["Godkänd feedback"][0] == "8"
    assert figures["Genomsnittlig kvalitet"][0] == "72 av 100"
    assert figures["Utbetald återbäring"][0] == "9,64\u00a0%"


def test_a_week_without_feedback_is_a_friendly_page() -> None:
    text = page_html(an_empty_week_page())

    for friendly in (
        "Inget återkommande beröm den här veckan.",
        "Inga klagomål den här veckan.",
        "Inga rekommendationer den här veckan.",
        "Det här är butikens första rapport",
    ):
        assert friendly in text
    assert "Din butik" in text


def test_a_week_without_calls_shows_a_dash_for_its_quality_not_a_dash_out_of_100() -> None:
    figures = {f.label: f.value for f in report_view(an_empty_week_page()).figures}

    assert figures["Genomsnittlig kvalitet"] == "–"
    assert "av 100" not in page_html(an_empty_week_page())


def test_a_first_report_marks_nothing_new_against_a_week_nobody_reported_on() -> None:
    report = build([a_feedback(complaint("kassakö", None, "Kön var lång", Category.SERVICE))])
    first = ReportPage(report, (), STORE_NAME, STOCKHOLM)

    text = page_html(first)

    assert report.new_issues
    assert "Det här är butikens första rapport" in text
    assert 'class="badge new"' not in text
    assert "togs inte upp veckan innan:" not in text


def test_a_later_report_marks_what_the_week_before_did_not_raise() -> None:
    before = WEEK.previous()
    queue = complaint("kassakö", None, "Kön var lång", Category.SERVICE)
    earlier = build([a_feedback(queue, created_at=at(2, 12, before))], before)
    scales = complaint("trasig våg", "Frukt", "Vågen var trasig", Category.ENVIRONMENT)
    report = build([a_feedback(queue), a_feedback(scales)], history=[earlier])
    text = page_html(ReportPage(report, (earlier,), STORE_NAME, STOCKHOLM))

    assert [issue.label for issue in report.new_issues] == ["trasig våg"]
    assert text.count('class="badge new"') == 1
    assert 'class="badge new"' in text
    assert "Det här togs inte upp veckan innan:" in text
    assert "första rapport" not in text


def test_a_report_made_before_its_week_ended_says_it_is_partial() -> None:
    page = a_page()
    early = evolve(page.report, generated_at=page.report.generated_at - timedelta(days=2))

    assert "Delrapport" in page_html(evolve(page, report=early))
    assert "Delrapport" not in page_html(page)


def test_the_page_names_the_store_and_is_swedish_with_no_script() -> None:
    text = page_html(a_page())

    assert text.startswith('<!doctype html>\n<html lang="sv">')
    assert f"<title>Veckorapport vecka 48 2026 – {STORE_NAME}</title>" in text
    assert "<script" not in text
    assert not re.search(r"(src|href|url)\s*[=(]\s*[\"']?(https?:)?//", text)


def test_the_page_names_the_product_as_the_phone_agent_does() -> None:
    shown = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page_html(a_page()), flags=re.S)

    assert "Kundröst" in shown
    assert "kundrost" not in shown.lower()


def test_the_policy_allows_exactly_the_inline_stylesheet() -> None:
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(stylesheet().encode()).digest()).decode()

    assert style_source() == f"'sha256-{digest}'"
    assert f"<style>{stylesheet()}</style>" in page_html(a_page())


def test_the_csv_keeps_a_customers_formula_from_running() -> None:
    report = build([a_feedback(items=[an_item('=HYPERLINK("http://x")', Priority.HIGH)])])

    rows = list(csv.reader(io.StringIO(actions_csv(report, STOCKHOLM).lstrip("\ufeff"))))

    assert rows[1][4] == '\'=HYPERLINK("http://x")'
    assert actions_csv(report, STOCKHOLM).startswith("\ufeffRang,")
    assert actions_csv(report, STOCKHOLM).endswith("\r\n")
