"""The weekly report by e-mail: the record that keeps a report from being sent twice, and
when a failed send is tried again."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID

from attrs import field, frozen

from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.validation import at_least, aware, frozen_tuple, instance_of, text_length


class EmailStatus(StrEnum):
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@frozen
class ReportEmailRecord:
    """What became of one report's e-mail: `attempts` sends begun, the last at `updated_at`;
    `last_error` names the type of the last failure, never an address or a server reply."""

    report_id: ReportId = field(validator=instance_of(UUID))
    store_id: StoreId = field(validator=instance_of(UUID))
    status: EmailStatus = field(validator=instance_of(EmailStatus))
    attempts: int = field(validator=at_least(1))
    updated_at: datetime = field(validator=[instance_of(datetime), aware])
    sent_at: datetime | None = field(default=None, validator=aware)
    last_error: str | None = field(default=None, validator=text_length(1, 200))


def _delays(value: tuple[timedelta, ...]) -> tuple[timedelta, ...]:
    return frozen_tuple(value)


@frozen
class ReportEmailPolicy:
    """A failed send is tried again after each delay of `backoff` in turn (5 minutes, 30
    minutes, 2 hours, 6 hours: five attempts within the Monday the report is made), then
    given up until the weekly job runs again. A send begun more than `lease` ago that never
    reported back is taken for lost (its process died) and may be begun again. The e-mail
    names the `top_recommendations` most urgent recommendations."""

    backoff: tuple[timedelta, ...] = field(
        default=(
            timedelta(minutes=5),
            timedelta(minutes=30),
            timedelta(hours=2),
            timedelta(hours=6),
        ),
        converter=_delays,
    )
    lease: timedelta = timedelta(minutes=15)
    top_recommendations: int = field(default=3, validator=at_least(1))

    @property
    def max_attempts(self) -> int:
        return len(self.backoff) + 1

    def retry_after(self, attempt: int) -> timedelta | None:
        """How long after failed attempt `attempt` (1 for the first) to try again; None
        when that was the last."""
        return self.backoff[attempt - 1] if 1 <= attempt <= len(self.backoff) else None
