"""A customer who gives their phone number and e-mail address, their personnummer, or their
card number and home address in a call: none of it reaches the analysis, the weekly report
(JSON, HTML, CSV), search or recommendations."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.settings import Settings
from tests.api.conftest import TokenMaker
from tests.api.test_analysis import (
    ANALYSIS,
    DETAILED,
    STORE,
    FeedbackCalls,
    full_context,
    quiet_container,
)

Client = TestClient[Litestar]

BUSINESS = "/api/ai/business"
WEEK = "2026-11-16"


def _answers(sentence: str) -> tuple[str, ...]:
    return (*DETAILED[:3], f"Det var lång kö i kassan vid lunch, {sentence}", *DETAILED[4:])


CONTACT = _answers(
    "ring mig gärna på 070-123 45 99 eller maila kalle.anka@example.se om kassorna vid "
    "lunch, fler kassor vid lunch vore bra."
)
SAID = ("070", "123 45 99", "kalle", "anka", "example")
IDENTITY = _answers(
    "mitt personnummer är 19850412-1234 om ni vill nå mig om kassorna vid lunch, fler kassor "
    "vid lunch vore bra."
)
CARD_AND_HOME = _answers(
    "kortet 4111 1111 1111 1111 drogs två gånger och jag bor på Storgatan 12 om ni vill "
    "skicka något om kassorna vid lunch, fler kassor vid lunch vore bra."
)
CALLS = {
    "contact": (CONTACT, SAID, ("[telefon]", "[e-post]")),
    "personnummer": (IDENTITY, ("19850412", "850412", "1234"), ("[personnummer]",)),
    "card and home": (CARD_AND_HOME, ("4111", "storgatan 12"), ("[kortnummer]", "[adress]")),
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 17, 10, 0, tzinfo=UTC))


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture(params=list(CALLS))
def call(
    request: pytest.FixtureRequest,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return CALLS[request.param]


@pytest.fixture
def job_id(
    api: Client,
    container: Container,
    clock: ManualClock,
    call: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
) -> str:
    calls = FeedbackCalls(api, container, clock)
    calls.put_context(full_context())
    _, job = calls.graded(answers=call[0])
    return str(job)


def test_no_kept_text_a_store_or_service_reads_holds_the_customers_personal_data(
    api: Client,
    job_id: str,
    token: TokenMaker,
    service: dict[str, str],
    call: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
) -> None:
    _, said, marks = call
    owner = token("business", stores=[STORE])
    analysis = api.get(f"{ANALYSIS}/{job_id}", headers=service).json()
    assessment = analysis["assessment"]
    assert assessment["qualifies"] is True
    generated = api.post(
        f"{BUSINESS}/reports/generate",
        json={"store_id": str(STORE), "analysis_week": WEEK},
        headers=owner,
    ).json()
    report = f"{BUSINESS}/reports/{generated['report_id']}"
    read = {
        "summary and items": str(assessment),
        "report": api.get(report, headers=owner).text,
        "report page": api.get(report, params={"format": "html"}, headers=owner).text,
        "report csv": api.get(report, headers={**owner, "Accept": "text/csv"}).text,
        "search": api.get(f"{BUSINESS}/search?store_id={STORE}&q=kassorna", headers=owner).text,
        "recommendations": api.get(
            f"{BUSINESS}/recommendations?store_id={STORE}", headers=owner
        ).text,
    }
    leaks = {where: [s for s in said if s in text.casefold()] for where, text in read.items()}
    assert not any(leaks.values()), leaks
    assert all(mark in read["search"] for mark in marks), read["search"]
    assert "[namn]" not in read["search"]
