"""CallQualityMetrics: the audio quality of one call, kept half a year."""

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest

from kundrost.domain.call_quality import CallQualityMetrics, ConnectionQuality
from kundrost.domain.errors import InvalidValue
from kundrost.domain.retention import RecordKind, RetentionPolicy
from tests.unit.call_builders import CALLED_AT, SESSION_ID


def some_metrics(**changes: Any) -> CallQualityMetrics:
    fields: dict[str, Any] = {
        "call_session_id": SESSION_ID,
        "connection_quality": ConnectionQuality.GOOD,
        "audio_clarity_score": Decimal("0.87"),
        "latency_ms": 140,
        "packet_loss_percentage": Decimal("0.4"),
        "openai_api_latency_ms": 320,
        "recorded_at": CALLED_AT,
    }
    return CallQualityMetrics(**{**fields, **changes})


def test_metrics_mirror_the_final_audio_quality_of_a_transcript() -> None:
    metrics = some_metrics()
    assert (metrics.connection_quality, metrics.latency_ms) == (ConnectionQuality.GOOD, 140)


def test_the_connection_quality_may_be_given_as_its_api_word() -> None:
    assert some_metrics(connection_quality="poor").connection_quality is ConnectionQuality.POOR


def test_the_openai_latency_may_be_unknown() -> None:
    assert some_metrics(openai_api_latency_ms=None).openai_api_latency_ms is None


@pytest.mark.parametrize(
    "changes",
    [
        {"audio_clarity_score": Decimal(0), "packet_loss_percentage": Decimal(100)},
        {"audio_clarity_score": Decimal(1), "packet_loss_percentage": Decimal(0), "latency_ms": 0},
    ],
)
def test_the_bounds_of_each_measure_are_allowed(changes: dict[str, Any]) -> None:
    assert attrs.asdict(some_metrics(**changes)).items() >= changes.items()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"connection_quality": "crackly"}, "connection_quality"),
        ({"audio_clarity_score": Decimal("1.01")}, "audio_clarity_score"),
        ({"audio_clarity_score": Decimal("-0.01")}, "audio_clarity_score"),
        ({"audio_clarity_score": 0.9}, "audio_clarity_score"),
        ({"latency_ms": -1}, "latency_ms"),
        ({"latency_ms": 12.5}, "latency_ms"),
        ({"latency_ms": True}, "latency_ms"),
        ({"packet_loss_percentage": Decimal("100.01")}, "packet_loss_percentage"),
        ({"packet_loss_percentage": Decimal("-1")}, "packet_loss_percentage"),
        ({"openai_api_latency_ms": -5}, "openai_api_latency_ms"),
        ({"recorded_at": datetime(2025, 3, 14, 14, 22)}, "recorded_at"),
    ],
)
def test_metrics_that_break_a_rule_cannot_exist(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        some_metrics(**changes)
    assert refused.value.field == field


def test_metrics_are_kept_half_a_year_from_when_they_were_recorded() -> None:
    record = some_metrics().retained_record()
    assert (record.kind, record.record_id) == (RecordKind.CALL_QUALITY_METRICS, SESSION_ID)
    assert RetentionPolicy().expires_at(record.kind, record.anchor) == CALLED_AT + timedelta(
        days=180
    )
