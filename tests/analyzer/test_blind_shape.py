"""The blind holdout file keeps its shape (not the analyzer's agreement); each call its label
rules in `test_labelled_calls`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from tests.analyzer.blind import DATA, load

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


def test_value_rises_with_the_band() -> None:
    def mean(band: str | None) -> float:
        values = [item["label"]["value"] for item in ITEMS if item["label"]["reward_band"] == band]
        return sum(values) / len(values)

    assert mean(None) < mean("low") < mean("medium") < mean("high")
