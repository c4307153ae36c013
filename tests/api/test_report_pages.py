"""The store owner's pages: a report as HTML or CSV by content negotiation on the API's own
path, the store's list of weeks, the friendly empty page, and the same role checks as JSON."""

from __future__ import annotations

import csv
import io
import re
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.container import Container
from kundrost.domain.ids import StoreId
from kundrost.domain.weekly_report import WeeklyReport
from tests.api.conftest import TokenMaker
from tests.pages.builders import MEAT_QUOTE, QUEUE_QUOTE, STORE, STORE_NAME, five_weeks
from tests.pages.stored import store

Client = TestClient[Litestar]

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
REPORTS = "/api/ai/business/reports"
OTHER = StoreId(uuid4())


@pytest.fixture
def reports(api: Client, container: Container) -> list[WeeklyReport]:
    weeks = five_weeks()
    store(api, container, weeks, store_id=STORE, name=STORE_NAME)
    return weeks


@pytest.fixture
def owner(token: TokenMaker) -> dict[str, str]:
    return token("business", stores=[STORE])


def test_a_browser_gets_the_report_page_in_swedish(
    api: Client,
    reports: list[WeeklyReport],
    owner: dict[str, str],
) -> None:
    latest = reports[-1]

    response = api.get(f"{REPORTS}/{latest.id}", headers={**owner, **BROWSER})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert '<html lang="sv">' in page
    assert "Veckorapport vecka 48 2026" in page
    assert STORE_NAME in page
    for section in (
        "Veckan i siffror",
        "Det här gick bra",
        "Att åtgärda",
        "Nytt den här veckan",
        "Avdelningar",
        "Rekommendationer",
        "Jämfört med tidigare veckor",
    ):
        assert f">{section}</h2>" in page
    assert QUEUE_QUOTE in page
    assert MEAT_QUOTE in page
    assert page.count("<svg") == 2
    assert "<script" not in page


def test_the_page_carries_a_policy_that_lets_nothing_load(
    api: Client,
    reports: list[WeeklyReport],
    owner: dict[str, str],
) -> None:
    response = api.get(f"{REPORTS}/{reports[-1].id}", headers={**owner, **BROWSER})

    policy = response.headers["content-security-policy"]
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "same-origin"


def test_format_html_overrides_the_accept_header(
    api: Client,
    reports: list[WeeklyReport],
    owner: dict[str, str],
) -> None:
    response = api.get(f"{REPORTS}/{reports[-1].id}", params={"format": "html"}, headers=owner)

    assert response.headers["content-type"].startswith("text/html")


def test_an_api_client_still_gets_json(
    api: Client,
    reports: list[WeeklyReport],
    owner: dict[str, str],
) -> None:
    for accept in ("*/*", "application/json", "application/pdf"):
        response = api.get(f"{REPORTS}/{reports[-1].id}", headers={**owner, "Accept": accept})
        assert response.headers["content-type"] == "application/json"
        assert response.json()["report_id"] == str(reports[-1].id)


def test_csv_lists_the_weeks_actions_most_urgent_first(
    api: Client,
    reports: list[WeeklyReport],
    owner: dict[str, str],
) -> None:
    response = api.get(f"{REPORTS}/{reports[-1].id}", headers={**owner, "Accept": "text/csv"})

    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Rang", "Prioritet", "Kategori", "Avdelning", "Åtgärd"]
    assert rows[1][:5] == ["1", "Brådskande", "Service", "", "Öppna fler kassor vid lunchtid"]
    assert rows[2][4] == "Fyll på köttdisken inför helgen"
    assert len(rows) == 1 + len(reports[-1].actionable_recommendations)


def test_another_stores_owner_is_refused_the_page_as_the_json(
    api: Client,
    reports: list[WeeklyReport],
    token: TokenMaker,
) -> None:
    stranger = token("business", stores=[OTHER])
    for accept in ("application/json", "text/html", "text/csv"):
        response = api.get(f"{REPORTS}/{reports[-1].id}", headers={**stranger, "Accept": accept})
        assert response.status_code == 403
    page = api.get(f"{REPORTS}/{reports[-1].id}", headers={**stranger, **BROWSER})
    assert "Inte din butik" in page.text
    assert QUEUE_QUOTE not in page.text


def test_the_service_role_may_not_read_a_report_page(
    api: Client,
    reports: list[WeeklyReport],
    service: dict[str, str],
) -> None:
    response = api.get(f"{REPORTS}/{reports[-1].id}", headers={**service, **BROWSER})

    assert response.status_code == 403


def test_an_unknown_report_is_a_404_page_for_a_browser(api: Client, owner: dict[str, str]) -> None:
    response = api.get(f"{REPORTS}/{uuid4()}", headers={**owner, **BROWSER})

    assert response.status_code == 404
    assert "Rapporten finns inte" in response.text


def test_a_browser_without_a_token_is_sent_to_sign_in_and_back(
    api: Client,
    reports: list[WeeklyReport],
) -> None:
    path = f"{REPORTS}/{reports[-1].id}"

    response = api.get(path, headers=BROWSER, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == f"/sign-in?next={path}"
    assert api.get(path).status_code == 401


def test_the_store_page_lists_every_week_with_a_link(
    api: Client,
    reports: list[WeeklyReport],
    owner: dict[str, str],
) -> None:
    response = api.get(f"/stores/{STORE}/reports", headers=owner)

    assert response.status_code == 200
    page = response.text
    links = re.findall(r'href="(/api/ai/business/reports/[0-9a-f-]+)"', page)
    assert links == [f"{REPORTS}/{r.id}" for r in reversed(reports)]
    assert "Vecka 48 2026" in page
    assert "Vecka 44 2026" in page


def test_a_store_without_reports_gets_a_friendly_page(api: Client, token: TokenMaker) -> None:
    response = api.get(f"/stores/{OTHER}/reports", headers=token("business", stores=[OTHER]))

    assert response.status_code == 200
    assert "Inga rapporter än" in response.text
    assert "Din butik" in response.text


def test_the_store_page_has_the_same_store_check(
    api: Client,
    reports: list[WeeklyReport],
    token: TokenMaker,
) -> None:
    stranger = token("business", stores=[OTHER])

    assert api.get(f"/stores/{STORE}/reports", headers=stranger).status_code == 403
    assert api.get(f"/stores/{STORE}/reports", headers=token("admin")).status_code == 200
    assert api.get(f"/stores/{STORE}/reports", headers=token("service")).status_code == 403
