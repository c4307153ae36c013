"""The hand-written feedback corpus (tests/data/feedback_corpus.json) as domain objects.

Analyzer tests and the corpus shape test read the corpus through these functions, so the
JSON shape is mapped to `BusinessContext` and `Transcript` in one place.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from uuid import NAMESPACE_URL, uuid5

from kundrost.domain import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
    Message,
    OpeningHours,
    Priority,
    Question,
    Speaker,
    StoreId,
    Transcript,
)
from kundrost.domain.ids import CallSessionId, TranscriptId

CORPUS_PATH = Path(__file__).resolve().parents[1] / "data" / "feedback_corpus.json"
HOLDOUT_PATH = CORPUS_PATH.with_name("feedback_holdout.json")
"""Calls written blind, without sight of the analyzer, after it was tuned on the corpus;
same stores, same label rules."""
PATTERNS_PATH = CORPUS_PATH.with_name("feedback_patterns.json")
"""The development set of issue 17's patterns (empty fluency, gaming, other stores, deadpan
impossibilities, agreement with facts, polarity, the scale of value), with one more store."""


@cache
def _loaded(path: Path) -> Mapping[str, Any]:
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


def corpus() -> Mapping[str, Any]:
    """The whole corpus as parsed JSON: `stores` by key and the list of `items`."""
    return _loaded(CORPUS_PATH)


def items() -> list[Mapping[str, Any]]:
    return list(corpus()["items"])


def holdout_items() -> list[Mapping[str, Any]]:
    """The held-out calls; their stores are the corpus's, byte for byte."""
    return list(_loaded(HOLDOUT_PATH)["items"])


def pattern_items() -> list[Mapping[str, Any]]:
    """The development set's calls; its stores are the corpus's and one more."""
    return list(_loaded(PATTERNS_PATH)["items"])


def pattern_stores() -> Mapping[str, Any]:
    return _loaded(PATTERNS_PATH)["stores"]


def item(item_id: str) -> Mapping[str, Any]:
    return next(entry for entry in items() if entry["id"] == item_id)


def store_id_of(store: str) -> StoreId:
    """A stable id per store key, so runs and reports name the same store."""
    return StoreId(uuid5(NAMESPACE_URL, f"kundrost-corpus/store/{store}"))


def business_context(store: str, stores: Mapping[str, Any] | None = None) -> BusinessContext:
    """The store's JSON context as the domain holds it, from the corpus unless `stores`."""
    raw = (corpus()["stores"] if stores is None else stores)[store]
    # Any: mypy's attrs plugin reads the bare `frozenset` converter as Iterable[_T_co].
    closed_dates: Any = frozenset(map(date.fromisoformat, raw["closed_dates"]))
    return BusinessContext(
        store_id=store_id_of(store),
        timezone=raw["timezone"],
        operating_hours={
            day: OpeningHours(time.fromisoformat(h["open"]), time.fromisoformat(h["close"]))
            for day, h in raw["operating_hours"].items()
        },
        closed_dates=closed_dates,
        departments=[Department(d["name"], tuple(d["aliases"])) for d in raw["departments"]],
        current_campaigns=[Campaign(c["name"], c["description"]) for c in raw["current_campaigns"]],
        question_configuration=[
            Question(q["question"], Priority(q["priority"]), q["frequency"], q["department"])
            for q in raw["question_configuration"]
        ],
        baseline_facts=[BaselineFact(f["statement"], f["topic"]) for f in raw["baseline_facts"]],
        store_name=raw["store_name"],
    )


def transaction_time(entry: Mapping[str, Any]) -> datetime:
    return datetime.fromisoformat(entry["transaction_time"])


def transcript_of(entry: Mapping[str, Any]) -> Transcript:
    """The item's messages as a transcript, numbered in list order from 1; recorded when the
    call ended, a few minutes after the purchase."""
    messages = [
        Message(Speaker(m["speaker"]), m["content"], m["timestamp_ms"], order)
        for order, m in enumerate(entry["messages"], start=1)
    ]
    seconds = entry["total_duration_seconds"]
    return Transcript(
        id=TranscriptId(uuid5(NAMESPACE_URL, f"kundrost-corpus/transcript/{entry['id']}")),
        call_session_id=CallSessionId(
            uuid5(NAMESPACE_URL, f"kundrost-corpus/session/{entry['id']}")
        ),
        messages=messages,
        total_duration_seconds=seconds,
        recorded_at=transaction_time(entry) + timedelta(minutes=5, seconds=seconds),
    )
