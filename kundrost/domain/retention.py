"""Retention: how long each kind of record lives, and what anonymisation keeps.

Personal data (phone number, transcript, summary, quotes) lives 90 days after the call
ended, or after initiation when the call never connected; fraud check records live a
year so repeat fraud can be seen; call quality metrics half a year; assessments are
anonymised (not deleted) when the personal data goes, so metrics keep counting them;
weekly reports are kept forever because they hold no personal data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import aware


class RecordKind(StrEnum):
    PERSONAL_DATA = "personal_data"
    FRAUD_CHECK = "fraud_check"
    CALL_QUALITY_METRICS = "call_quality_metrics"
    ASSESSMENT = "assessment"
    WEEKLY_REPORT = "weekly_report"


class RetentionAction(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"


ASSESSMENT_FIELDS_KEPT_ON_ANONYMISATION: frozenset[str] = frozenset(
    {
        "id",
        "call_session_id",
        "store_id",
        "scores",
        "grade",
        "is_fraudulent",
        "fraud_reasons",
        "themes_without_quotes",
        "analysis_metadata",
        "created_at",
    }
)
"""What an anonymised assessment keeps: numbers and categories, never words a person said."""


def _positive(_instance: object, attribute: object, value: timedelta) -> None:
    if value <= timedelta(0):
        raise InvalidValue(getattr(attribute, "name", "period"), "must be a positive duration")


@frozen
class RetainedRecord:
    """A record as retention sees it: its kind, its id and the moment its clock starts."""

    kind: RecordKind
    record_id: object
    anchor: datetime = field(validator=aware)


@frozen
class RetentionPolicy:
    """Retention periods; each period starts at the record's anchor time."""

    personal_data: timedelta = field(default=timedelta(days=90), validator=_positive)
    fraud_records: timedelta = field(default=timedelta(days=365), validator=_positive)
    call_quality_metrics: timedelta = field(default=timedelta(days=180), validator=_positive)

    def personal_data_expires_at(
        self, initiated_at: datetime, ended_at: datetime | None = None
    ) -> datetime:
        """90 days after the call ended, or after initiation if it never connected and ended."""
        return (ended_at or initiated_at) + self.personal_data

    def expires_at(self, kind: RecordKind, anchor: datetime) -> datetime | None:
        """When a record of `kind` anchored at `anchor` expires; None means never."""
        period = self._period(kind)
        return None if period is None else anchor + period

    def action_for(self, kind: RecordKind) -> RetentionAction | None:
        """Assessments are anonymised, reports kept, everything else deleted."""
        if kind is RecordKind.WEEKLY_REPORT:
            return None
        if kind is RecordKind.ASSESSMENT:
            return RetentionAction.ANONYMISE
        return RetentionAction.DELETE

    def is_expired(self, record: RetainedRecord, now: datetime) -> bool:
        expiry = self.expires_at(record.kind, record.anchor)
        return expiry is not None and expiry <= now

    def select_expired(
        self, records: Iterable[RetainedRecord], now: datetime
    ) -> Iterator[RetainedRecord]:
        """The records whose time is up; a weekly report is never selected."""
        return (record for record in records if self.is_expired(record, now))

    def _period(self, kind: RecordKind) -> timedelta | None:
        match kind:
            case RecordKind.PERSONAL_DATA | RecordKind.ASSESSMENT:
                return self.personal_data
            case RecordKind.FRAUD_CHECK:
                return self.fraud_records
            case RecordKind.CALL_QUALITY_METRICS:
                return self.call_quality_metrics
            case RecordKind.WEEKLY_REPORT:
                return None
