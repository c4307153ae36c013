"""Rules every call of a blind-format labelled set keeps: its label, its pace, its length."""

from __future__ import annotations

from typing import Any

from kundrost.domain import AnalysabilityPolicy, Indicator
from tests.analyzer.blind_domain import transcript_of

INDICATORS = {indicator.value for indicator in Indicator}
FASTEST_WORDS_PER_SECOND = 3.0


def assert_label_rules(item: dict[str, Any]) -> None:
    """Fraud never qualifies and is worth 0; an unanalysable call is neither paid nor fraud."""
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


def assert_spoken_at_pace(item: dict[str, Any]) -> None:
    """The agent opens and says it is an AI; no turn is said faster than 3 words a second."""
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


def assert_domain_agrees_on_analysability(item: dict[str, Any]) -> None:
    """Analysable calls last 60–120 s, too-short ones less, and the domain's policy agrees."""
    seconds = item["total_duration_seconds"]
    if item["label"]["analysable"]:
        assert 60 <= seconds <= 120
    elif item["kind"] == "too_short":
        assert seconds < 60
    verdict = AnalysabilityPolicy().evaluate(transcript_of(item))
    assert verdict.analysable is item["label"]["analysable"], verdict
