"""The store owner's pages in a real browser (headless Chromium): screenshots of a report with
data, an empty store and the print layout at phone and desktop widths (kept under
`artifacts/screenshots`, or `$KUNDROST_ARTIFACTS`), no request to anywhere but the service,
basic accessibility checks, an A4 PDF from "save as PDF", and the sign-in with its cookie."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kundrost.adapters.html.charts import Series, line_chart
from kundrost.adapters.html.environment import render
from kundrost.adapters.html.palette import COLOURS
from tests.browser.chromium import Browser, Page, chromium
from tests.browser.served import Served, served_app
from tests.pages.builders import QUEUE_QUOTE, STORE

pytestmark = pytest.mark.slow

WIDTHS = {"phone": 390, "desktop": 1280}
CHECKS = (Path(__file__).parent / "checks.js").read_text(encoding="utf-8")
A4_POINTS = (595.0, 842.0)
WEEKS = ["v. 46", "v. 47", "v. 48"]


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with served_app() as app:
        yield app


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def shots() -> Path:
    root = Path(os.environ.get("KUNDROST_ARTIFACTS") or Path(__file__).parents[2] / "artifacts")
    return root / "screenshots"


def owner_page(browser: Browser, served: Served, *stores: object) -> Page:
    page = browser.new_page()
    page.headers(served.bearer(*stores))  # type: ignore[arg-type]
    return page


def pages(served: Served) -> dict[str, tuple[str, object]]:
    """Each page to check: its address and the store whose owner opens it."""
    latest = served.reports[-1]
    return {
        "report": (f"/api/ai/business/reports/{latest.id}", STORE),
        "store-list": (f"/stores/{STORE}/reports", STORE),
        "empty-store": (f"/stores/{served.empty_store}/reports", served.empty_store),
        "sign-in": ("/sign-in", STORE),
    }


@pytest.mark.parametrize("width", list(WIDTHS))
def test_screenshots_of_a_report_an_empty_store_and_the_print_layout(
    browser: Browser, served: Served, shots: Path, width: str
) -> None:
    for name in ("report", "empty-store"):
        path, store = pages(served)[name]
        page = owner_page(browser, served, store)
        page.size(WIDTHS[width], mobile=width == "phone")
        page.open(served.url + path)
        page.media("")
        assert page.screenshot(shots / f"{name}-{width}.png").stat().st_size > 10_000
        page.media("print")
        assert page.screenshot(shots / f"{name}-print-{width}.png").stat().st_size > 10_000
        text = page.evaluate("document.body.innerText")
        if name == "report":
            assert "Veckorapport vecka 48 2026" in text
            assert QUEUE_QUOTE in text
            assert (
                page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
            )
        else:
            assert "Inga rapporter än" in text


def test_the_report_saved_as_pdf_is_a4(browser: Browser, served: Served, shots: Path) -> None:
    page = owner_page(browser, served, STORE)
    page.open(served.url + pages(served)["report"][0])

    pdf = page.pdf()

    (shots / "report.pdf").write_bytes(pdf)
    width, height = (float(n) for n in re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)[0])
    assert abs(width - A4_POINTS[0]) < 2
    assert abs(height - A4_POINTS[1]) < 2
    assert 1 <= len(re.findall(rb"/Type\s*/Page\b", pdf)) <= 4


@pytest.mark.parametrize("name", ["report", "store-list", "empty-store", "sign-in"])
def test_a_page_requests_nothing_but_itself_and_keeps_its_styles(
    browser: Browser, served: Served, name: str
) -> None:
    path, store = pages(served)[name]
    page = owner_page(browser, served, store)

    page.open(served.url + path)

    assert page.requests
    assert [url for url in page.requests if not url.startswith(served.url)] == []
    assert [line for line in page.log if "Content Security Policy" in line] == []
    assert "system-ui" in page.evaluate("getComputedStyle(document.body).fontFamily")


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", ["report", "store-list", "empty-store", "sign-in"])
def test_a_page_passes_basic_accessibility_checks(
    browser: Browser, served: Served, name: str, width: str
) -> None:
    path, store = pages(served)[name]
    page = owner_page(browser, served, store)
    page.size(WIDTHS[width], mobile=width == "phone")
    page.open(served.url + path)

    result = page.evaluate(CHECKS)

    assert result["problems"] == []
    assert result["checked"] > 5


@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_full_score_labels_its_point_clear_of_the_legend(
    browser: Browser, served: Served, width: str
) -> None:
    def chart(weeks: int, quality: int, share: int) -> str:
        series = [
            Series("Kvalitet", COLOURS["accent"], (Decimal(quality),) * weeks),
            Series("Godkänd andel", COLOURS["good"], (Decimal(share),) * weeks),
        ]
        drawn = line_chart("q", "Kvalitet", WEEKS[-weeks:], series, weeks - 1)
        return render("chart.svg.j2", chart=drawn)

    charts = chart(1, 79, 100) + chart(3, 79, 100) + chart(2, 100, 100)
    page = owner_page(browser, served, STORE)
    page.size(WIDTHS[width], mobile=width == "phone")
    page.open(served.url + pages(served)["report"][0])
    page.evaluate(f"document.querySelector('.charts').innerHTML = {json.dumps(charts)}")

    result = page.evaluate(CHECKS)

    assert [p for p in result["problems"] if "overlap" in p] == []
    labels = "[...document.querySelectorAll('.charts text[font-weight=\"700\"]')].length"
    assert page.evaluate(labels) >= 6


def test_a_browser_signs_in_once_and_reads_with_its_cookie(
    browser: Browser, served: Served
) -> None:
    report = pages(served)["report"][0]
    page = browser.new_page()

    page.open(served.url + report)
    assert page.evaluate("location.pathname") == "/sign-in"
    page.evaluate(
        f"document.querySelector('#token').value = {served.token(STORE)!r};"
        "document.querySelector('form').submit()"
    )
    page.wait_for_load()

    assert page.evaluate("location.pathname") == report
    assert "Veckorapport vecka 48 2026" in page.evaluate("document.body.innerText")
    [cookie] = page.send("Network.getCookies", urls=[served.url])["cookies"]
    assert (cookie["httpOnly"], cookie["secure"], cookie["sameSite"]) == (True, True, "Strict")
    assert page.evaluate("document.cookie") == ""
    page.open(f"{served.url}/stores/{STORE}/reports")
    assert "Logga ut" in page.evaluate("document.body.innerText")
