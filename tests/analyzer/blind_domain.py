"""The blind items as domain objects, for the shape tests only (the harness stays black box)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from uuid import UUID

from kundrost.domain import (
    BusinessContext,
    Message,
    OpeningHours,
    Speaker,
    StoreId,
    Transcript,
    TranscriptId,
    Weekday,
)
from kundrost.domain.ids import CallSessionId


def transcript_of(item: dict[str, Any]) -> Transcript:
    speakers = {"ai": Speaker.AI, "customer": Speaker.CUSTOMER}
    return Transcript(
        id=TranscriptId(UUID(int=1)),
        call_session_id=CallSessionId(UUID(int=2)),
        messages=[
            Message(
                speaker=speakers[message["speaker"]],
                content=message["content"],
                timestamp_ms=message["timestamp_ms"],
                message_order=order,
            )
            for order, message in enumerate(item["messages"])
        ],
        total_duration_seconds=item["total_duration_seconds"],
        recorded_at=datetime(2026, 12, 1, tzinfo=UTC),
    )


def context_of(stores: dict[str, Any], store: str) -> BusinessContext:
    """The domain's view of a store's hours (enough for the timing rule)."""
    raw = stores[store]
    return BusinessContext(
        store_id=StoreId(UUID(int=3)),
        timezone=raw["timezone"],
        operating_hours={
            Weekday(day): OpeningHours(
                time.fromisoformat(h["open"]), time.fromisoformat(h["close"])
            )
            for day, h in raw["operating_hours"].items()
        },
        closed_dates=[date.fromisoformat(day) for day in raw["closed_dates"]],
    )
