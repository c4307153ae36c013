"""The SMTP mailer against a real local SMTP server: what a store owner receives on Monday."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from kundrost.adapters.html.report_email import email_parts
from kundrost.adapters.smtp import SmtpReportMailer, SmtpServer
from kundrost.adapters.system import ManualClock
from kundrost.domain.priority import Priority
from kundrost.ports.report_mail import MailUnavailable, ReportDigest
from tests.mail_server import MailServer, mail_server
from tests.pages.builders import MEAT_QUOTE, QUEUE_QUOTE, STORE_NAME, a_page
from tests.services import free_port
from tests.unit.report_builders import a_feedback, an_item, build

MONDAY = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
LINK = "https://kundrost.example.se/api/ai/business/reports/abc"
OWNERS = ["ägare@example.se", "butikschef@example.se"]


@pytest.fixture
def server() -> Iterator[MailServer]:
    with mail_server() as started:
        yield started


def a_mailer(url: str) -> SmtpReportMailer:
    return SmtpReportMailer(
        SmtpServer.from_url(url), "kundrost <rapporter@kundrost.example.se>", ManualClock(MONDAY)
    )


def a_digest() -> ReportDigest:
    return ReportDigest(a_page().report, STORE_NAME, LINK)


async def test_the_report_arrives_in_swedish_as_text_and_html(server: MailServer) -> None:
    await a_mailer(server.url).send_report(OWNERS, a_digest())

    [mail] = server.arrived
    assert mail.recipients == OWNERS
    assert mail.message["Subject"] == f"Veckorapport vecka 48 2026 – {STORE_NAME}"
    assert mail.message["Auto-Submitted"] == "auto-generated"
    assert mail.message.get_content_type() == "multipart/alternative"
    text, html = mail.part("plain"), mail.part("html")
    for part in (text, html):
        assert "Bedömda samtal" in part
        assert "Genomsnittlig kvalitet" in part
        assert "Öppna fler kassor vid lunchtid" in part
        assert LINK in part
    assert '<html lang="sv">' in html


def test_the_email_names_the_three_most_urgent_recommendations_only() -> None:
    wishes = ["Fler kassor vid lunch", "Billigare kaffe", "Större kundvagnar", "Fler p-platser"]
    feedback = [
        a_feedback(items=[an_item(wish, priority)])
        for wish, priority in zip(wishes, list(Priority)[::-1], strict=True)
    ]
    report = build(feedback)

    parts = email_parts(ReportDigest(report, STORE_NAME, LINK))

    listed = re.findall(r"^(\d)\. (.+?) –", parts.text, flags=re.MULTILINE)
    assert listed == [("1", wishes[0]), ("2", wishes[1]), ("3", wishes[2])]
    assert wishes[3] not in parts.text
    assert wishes[3] not in parts.html


def test_a_recommendation_worded_with_a_customers_words_is_mailed_without_them() -> None:
    quoted = "Åtgärda kön: ”Kön ringlade ända bort till pantmaskinen”"
    report = build([a_feedback(items=[an_item(quoted, Priority.HIGH)])])

    parts = email_parts(ReportDigest(report, STORE_NAME, LINK))

    assert "1. Åtgärda kön –" in parts.text
    for part in (parts.text, parts.html):
        assert "pantmaskinen" not in part


async def test_the_email_quotes_no_customer_and_holds_no_phone_number(server: MailServer) -> None:
    await a_mailer(server.url).send_report(OWNERS, a_digest())

    mail = server.arrived[0]
    for part in (mail.part("plain"), mail.part("html"), mail.message["Subject"]):
        assert QUEUE_QUOTE not in part
        assert MEAT_QUOTE not in part
        assert not re.search(r"\+46|\b07\d{8}\b", part)


async def test_a_refused_message_is_mail_unavailable_naming_no_address(server: MailServer) -> None:
    server.refuse_next(1)

    with pytest.raises(MailUnavailable) as refused:
        await a_mailer(server.url).send_report(OWNERS, a_digest())

    assert "@" not in str(refused.value)
    assert server.arrived == []


async def test_a_server_that_does_not_answer_is_mail_unavailable() -> None:
    with pytest.raises(MailUnavailable, match="did not take the report"):
        await a_mailer(f"smtp://127.0.0.1:{free_port()}").send_report(OWNERS, a_digest())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://mail.example.se", ("mail.example.se", None, None, None, False, None)),
        (
            "smtp://rapport%40example.se:hemligt@mail.example.se:587",
            ("mail.example.se", 587, "rapport@example.se", "hemligt", False, True),
        ),
        ("smtps://u:p@mail.example.se", ("mail.example.se", None, "u", "p", True, None)),
    ],
)
def test_an_smtp_url_names_the_server_and_its_tls(url: str, expected: tuple[object, ...]) -> None:
    server = SmtpServer.from_url(url)

    assert (
        server.host,
        server.port,
        server.username,
        server.password,
        server.implicit_tls,
        server.start_tls,
    ) == expected


def test_an_smtp_url_of_another_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="smtp://"):
        SmtpServer.from_url("http://mail.example.se")
