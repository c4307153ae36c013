"""Weekly reports by e-mail: the mailer that sends one, and the records that send it once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from attrs import frozen

from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.report_email import ReportEmailRecord
from kundrost.domain.weekly_report import WeeklyReport


@frozen
class ReportDigest:
    """What the Monday e-mail tells: the report (its headline figures and most urgent
    recommendations), the store's name when its context gives one, and the page's address."""

    report: WeeklyReport
    store_name: str | None
    link: str
    top_recommendations: int = 3


class MailUnavailable(Exception):
    """The mail server could not be reached or refused the message. The message names the
    failure's kind only: never an address, which is personal data of the store's staff."""


class ReportMailer(Protocol):
    """Contract: `send_report` returns once the mail server has accepted the message for
    every recipient, and raises `MailUnavailable` otherwise (nothing is known to be sent)."""

    async def send_report(self, recipients: Sequence[str], digest: ReportDigest) -> None: ...


class ReportEmails(Protocol):
    """Contract: of every caller of `claim` for one report, in any process sharing the
    adapter's storage, at most one at a time holds it: a claim succeeds (returning the
    attempt's number, 1 for the first) only when the report's e-mail was never begun, or
    its last attempt failed, or was begun more than `lease` before `now` and never
    finished. Once `sent`, no claim succeeds again. `sent` and `failed` change the record
    only while it is the claim of that `attempt`, so a holder taken for lost cannot undo
    the work of the one that took over."""

    async def claim(
        self, report_id: ReportId, store_id: StoreId, now: datetime, lease: timedelta
    ) -> int | None: ...

    async def sent(self, report_id: ReportId, attempt: int, now: datetime) -> None: ...

    async def failed(self, report_id: ReportId, attempt: int, now: datetime, error: str) -> None:
        """Records the failure; `error` names its kind (an exception's type)."""
        ...

    async def get(self, report_id: ReportId) -> ReportEmailRecord | None: ...
