"""A store owner's browser signs in once: the business token goes into a Secure, HttpOnly,
SameSite=Strict cookie that then reads the pages (and only reads)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.entrypoints.http.security import SESSION_COOKIE, issue_token
from kundrost.settings import Settings
from tests.pages.builders import STORE

Client = TestClient[Litestar]

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
TTL = timedelta(hours=8)


@pytest.fixture
def owner_token(settings: Settings) -> str:
    return issue_token(settings.jwt_secret, "business", store_ids=[STORE], ttl=TTL)


def sign_in(api: Client, token: str, **headers: str) -> object:
    return api.post(
        "/sign-in", data={"token": token}, headers={**FORM, **headers}, follow_redirects=False
    )


def test_the_sign_in_form_is_a_swedish_page(api: Client) -> None:
    response = api.get("/sign-in")

    assert response.status_code == 200
    assert '<html lang="sv">' in response.text
    assert 'name="token"' in response.text


def test_signing_in_keeps_the_token_in_a_strict_http_only_cookie(
    api: Client, owner_token: str
) -> None:
    response = sign_in(api, owner_token, Origin="http://testserver.local")

    assert response.status_code == 303  # type: ignore[attr-defined]
    assert response.headers["location"] == f"/stores/{STORE}/reports"  # type: ignore[attr-defined]
    cookie = response.headers["set-cookie"]  # type: ignore[attr-defined]
    assert cookie.startswith(f"{SESSION_COOKIE}={owner_token};")
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite=strict", "path=/"} <= attributes
    assert f"max-age={int(TTL.total_seconds())}" in attributes


def test_sign_in_returns_to_the_page_asked_for_but_never_to_another_site(
    api: Client, owner_token: str
) -> None:
    page = f"/api/ai/business/reports/{uuid4()}"
    back = api.post(
        f"/sign-in?next={page}", data={"token": owner_token}, headers=FORM, follow_redirects=False
    )
    away = api.post(
        "/sign-in?next=//evil.example/x",
        data={"token": owner_token},
        headers=FORM,
        follow_redirects=False,
    )

    assert back.headers["location"] == page
    assert away.headers["location"] == f"/stores/{STORE}/reports"


@pytest.mark.parametrize(
    ("token", "status"),
    [("not-a-token", 401), ("", 401)],
)
def test_a_bad_token_is_refused_with_the_form_again(api: Client, token: str, status: int) -> None:
    response = sign_in(api, token)

    assert response.status_code == status  # type: ignore[attr-defined]
    assert "set-cookie" not in response.headers  # type: ignore[attr-defined]
    assert "Nyckeln gick inte att använda" in response.text  # type: ignore[attr-defined]


def test_an_expired_or_non_business_token_is_refused(api: Client, settings: Settings) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=2)
    expired = issue_token(settings.jwt_secret, "business", store_ids=[STORE], now=long_ago)
    admin = issue_token(settings.jwt_secret, "admin")

    assert sign_in(api, expired).status_code == 401  # type: ignore[attr-defined]
    assert sign_in(api, admin).status_code == 403  # type: ignore[attr-defined]


def test_a_form_posted_from_another_site_is_refused(api: Client, owner_token: str) -> None:
    forged = sign_in(api, owner_token, Origin="https://evil.example")
    fetched = sign_in(api, owner_token, **{"Sec-Fetch-Site": "cross-site"})

    for response in (forged, fetched):
        assert response.status_code == 403  # type: ignore[attr-defined]
        assert "set-cookie" not in response.headers  # type: ignore[attr-defined]


def test_the_cookie_reads_pages_and_json(api: Client, owner_token: str) -> None:
    cookie = {"Cookie": f"{SESSION_COOKIE}={owner_token}"}

    assert api.get(f"/stores/{STORE}/reports", headers=cookie).status_code == 200
    listed = api.get("/api/ai/business/reports", params={"store_id": str(STORE)}, headers=cookie)
    assert listed.status_code == 200


def test_the_cookie_never_changes_anything(api: Client, owner_token: str) -> None:
    cookie = {"Cookie": f"{SESSION_COOKIE}={owner_token}"}

    response = api.post(
        "/api/ai/business/reports/generate",
        json={"store_id": str(STORE), "analysis_week": "2026-11-16"},
        headers=cookie,
    )

    assert response.status_code == 401


def test_signing_out_forgets_the_cookie(api: Client) -> None:
    response = api.post(
        "/sign-out", headers={"Origin": "http://testserver.local"}, follow_redirects=False
    )

    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in"
    cookie = response.headers["set-cookie"].lower()
    assert cookie.startswith(f'{SESSION_COOKIE}="";')
    assert "max-age=0" in cookie
