"""CallQualityMetrics: how well one call sounded, as the voice bridge measured it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retention import RecordKind, RetainedRecord
from kundrost.domain.validation import at_least, aware, decimal_between, unit_interval


class ConnectionQuality(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


def _milliseconds(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidValue(attribute.name, "must be whole milliseconds")


def _connection_quality(value: ConnectionQuality | str) -> ConnectionQuality:
    try:
        return ConnectionQuality(value)
    except ValueError as exc:
        raise InvalidValue(
            "connection_quality", f"must be one of {', '.join(ConnectionQuality)}"
        ) from exc


@frozen(kw_only=True)
class CallQualityMetrics:
    """The `final_audio_quality` of a call's transcript. Kept 6 months from `recorded_at`:
    long enough to follow the line quality over a season, without any personal data."""

    call_session_id: CallSessionId
    connection_quality: ConnectionQuality = field(converter=_connection_quality)
    audio_clarity_score: Decimal = field(validator=unit_interval)
    latency_ms: int = field(validator=[_milliseconds, at_least(0)])
    packet_loss_percentage: Decimal = field(validator=decimal_between(Decimal(0), Decimal(100)))
    openai_api_latency_ms: int | None = field(default=None, validator=[_milliseconds, at_least(0)])
    recorded_at: datetime = field(validator=aware)

    def retained_record(self) -> RetainedRecord:
        """The metrics as retention sees them: call quality metrics anchored at `recorded_at`."""
        return RetainedRecord(
            RecordKind.CALL_QUALITY_METRICS, self.call_session_id, self.recorded_at
        )
