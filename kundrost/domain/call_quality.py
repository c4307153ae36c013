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
from kundrost.domain.validation import (
    at_least,
    aware,
    decimal_between,
    instance_of,
    unit_interval,
)


class ConnectionQuality(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


_RATINGS = (
    (ConnectionQuality.EXCELLENT, 1200, Decimal(1)),
    (ConnectionQuality.GOOD, 2000, Decimal(3)),
    (ConnectionQuality.FAIR, 3000, Decimal(10)),
)


def _milliseconds(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidValue(attribute.name, "must be whole milliseconds")


def rate_connection(latency_ms: int, packet_loss_percentage: Decimal) -> ConnectionQuality:
    """A call's connection by its typical response latency and its lost audio: excellent
    up to 1.2 s and 1 % (a pause a person barely notices), good up to 2 s and 3 %, fair up to
    3 s and 10 %, poor beyond. The worse of the two decides."""
    for quality, latency, loss in _RATINGS:
        if latency_ms <= latency and packet_loss_percentage <= loss:
            return quality
    return ConnectionQuality.POOR


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
    long enough to follow the line quality over a season, without any personal data. The
    conversation's timings (first audio, response latency, barge-ins) are there when the
    live voice bridge measured them."""

    def __attrs_post_init__(self) -> None:
        low, high = self.response_latency_p50_ms, self.response_latency_max_ms
        if low is not None and high is not None and low > high:
            raise InvalidValue("response_latency_max_ms", "must be at least the median")

    call_session_id: CallSessionId
    connection_quality: ConnectionQuality = field(converter=_connection_quality)
    audio_clarity_score: Decimal = field(validator=unit_interval)
    latency_ms: int = field(validator=[_milliseconds, at_least(0)])
    packet_loss_percentage: Decimal = field(validator=decimal_between(Decimal(0), Decimal(100)))
    openai_api_latency_ms: int | None = field(default=None, validator=[_milliseconds, at_least(0)])
    first_audio_ms: int | None = field(default=None, validator=[_milliseconds, at_least(0)])
    """From the answer to the first sound of the agent's greeting."""
    response_latency_p50_ms: int | None = field(
        default=None, validator=[_milliseconds, at_least(0)]
    )
    """The median wait from the end of a shopper's turn to the agent's first sound."""
    response_latency_max_ms: int | None = field(
        default=None, validator=[_milliseconds, at_least(0)]
    )
    barge_ins: int | None = field(
        default=None, validator=[instance_of(int, optional=True), at_least(0)]
    )
    """How many times the shopper spoke over the agent, which then fell silent."""
    recorded_at: datetime = field(validator=aware)

    def retained_record(self) -> RetainedRecord:
        """The metrics as retention sees them: call quality metrics anchored at `recorded_at`."""
        return RetainedRecord(
            RecordKind.CALL_QUALITY_METRICS, self.call_session_id, self.recorded_at
        )
