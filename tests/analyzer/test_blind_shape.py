"""The blind holdout file keeps its shape and its label rules (not the analyzer's agreement)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kundrost.domain import AnalysabilityPolicy, Indicator
from tests.analyzer.blind import DATA, load
from tests.analyzer.blind_domain import context_of, transcript_of

CORPUS = Path(__file__).resolve().parents[1] / "data" / "feedback_corpus.json"
BLIND = load(DATA)
ITEMS: list[dict[str, Any]] = BLIND["items"]
KINDS = {
    "detailed_praise", "detailed_complaint", "mixed", "small_wish", "generic", "minimal",
    "rude", "fluent_empty", "gaming", "other_store", "nonsense", "impossible_claim",
    "inconsistent", "unknown_department", "contradicts_fact", "closed_hours", "english",
    "too_short",
}  # fmt: skip
MINIMUM_PATTERNS = {
    "fluent_empty": 3, "half_english": 2, "gaming": 3, "other_store": 3,
    "mentions_competitor": 1, "surreal": 2, "impossible": 2, "inconsistent_events": 2,
    "unknown_department": 3, "contradicted_fact": 3, "agrees_with_fact": 4, "minimal": 2,
    "polarity": 4, "negated_praise": 2, "short_queue_praise": 2, "polite_complaint": 2,
    "cafe_specific": 3, "hardware_specific": 3, "small_wish": 3, "systemic": 2, "safety": 3,
    "hygiene": 3, "staff_praise": 4, "accessibility": 2, "pricing_error": 3, "stock_out": 3,
    "campaign": 3, "closed_hours": 3, "english": 1, "too_short": 1,
}  # fmt: skip
OTHER_PATTERNS = {"ordinary", "queue", "seating", "paint", "staff", "generic", "rude"}
INDICATORS = {indicator.value for indicator in Indicator}
FASTEST_WORDS_PER_SECOND = 3.0


def ids(item: dict[str, Any]) -> str:
    return str(item["id"])


def test_the_stores_are_the_corpus_stores() -> None:
    assert BLIND["stores"] == json.loads(CORPUS.read_text(encoding="utf-8"))["stores"]


def test_counts_by_store_and_pattern() -> None:
    stores = Counter(item["store"] for item in ITEMS)
    patterns = Counter(pattern for item in ITEMS for pattern in item["patterns"])
    assert len(ITEMS) >= 72
    assert stores["grocery"] >= 45
    assert stores["cafe"] >= 10
    assert stores["hardware"] >= 10
    assert set(stores) == set(BLIND["stores"])
    assert {p: n for p, n in MINIMUM_PATTERNS.items() if patterns[p] < n} == {}
    assert set(patterns) <= set(MINIMUM_PATTERNS) | OTHER_PATTERNS


def test_ids_are_unique_and_name_store_and_kind() -> None:
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        assert item["id"].startswith(f"{item['store']}-"), item["id"]
        assert item["kind"] in KINDS, item["id"]


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_label_rules(item: dict[str, Any]) -> None:
    label = item["label"]
    assert set(item) == {
        "id", "store", "kind", "patterns", "transaction_time", "total_duration_seconds",
        "messages", "label",
    }  # fmt: skip
    assert set(label) == {
        "analysable", "qualifies", "reward_band", "fraud_indicators", "value", "note",
    }  # fmt: skip
    assert label["note"].strip()
    assert set(label["fraud_indicators"]) <= INDICATORS
    assert len(label["fraud_indicators"]) <= 1, "one indicator, the most specific"
    assert (label["reward_band"] is None) is (not label["qualifies"])
    assert label["reward_band"] in (None, "low", "medium", "high")
    assert isinstance(label["value"], int)
    assert 0 <= label["value"] <= 10
    if label["fraud_indicators"]:
        assert not label["qualifies"]
        assert label["value"] == 0
    if not label["analysable"]:
        assert not label["qualifies"]
        assert not label["fraud_indicators"]
        assert item["kind"] in ("english", "too_short")
    if label["qualifies"]:
        assert label["value"] >= 2


def test_value_rises_with_the_band() -> None:
    def mean(band: str | None) -> float:
        values = [item["label"]["value"] for item in ITEMS if item["label"]["reward_band"] == band]
        return sum(values) / len(values)

    assert mean(None) < mean("low") < mean("medium") < mean("high")


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_turns_are_timed_at_speaking_pace(item: dict[str, Any]) -> None:
    messages = item["messages"]
    duration_ms = item["total_duration_seconds"] * 1000
    assert messages[0]["speaker"] == "ai"
    assert "AI" in messages[0]["content"]
    assert {message["speaker"] for message in messages} == {"ai", "customer"}
    starts = [message["timestamp_ms"] for message in messages]
    assert starts == sorted(starts)
    assert starts[0] >= 0
    for message, end in zip(messages, [*starts[1:], duration_ms], strict=True):
        words = len(message["content"].split())
        assert 1 <= len(message["content"]) <= 2000
        assert words <= FASTEST_WORDS_PER_SECOND * (end - message["timestamp_ms"]) / 1000, (
            f"{item['id']}: '{message['content'][:40]}…' is said too fast"
        )


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_the_domain_agrees_on_analysability(item: dict[str, Any]) -> None:
    seconds = item["total_duration_seconds"]
    if item["label"]["analysable"]:
        assert 60 <= seconds <= 120
    elif item["kind"] == "too_short":
        assert seconds < 60
    verdict = AnalysabilityPolicy().evaluate(transcript_of(item))
    assert verdict.analysable is item["label"]["analysable"], verdict


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_the_store_is_closed_exactly_for_timing_fraud(item: dict[str, Any]) -> None:
    moment = datetime.fromisoformat(item["transaction_time"])
    assert moment.utcoffset() is not None
    closed = "business_hours_violation" in item["label"]["fraud_indicators"]
    assert context_of(BLIND["stores"], item["store"]).is_open_at(moment) is not closed
