"""The second development set keeps its shape (not the analyzer's agreement); each call its
label rules in `test_labelled_calls`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from tests.analyzer.blind import load

DATA = Path(__file__).resolve().parents[1] / "data"
DEV2 = load(DATA / "feedback_dev2.json")
ITEMS: list[dict[str, Any]] = DEV2["items"]
CORPUS_STORES = json.loads((DATA / "feedback_corpus.json").read_text(encoding="utf-8"))["stores"]
OTHER_SETS = ("feedback_corpus.json", "feedback_holdout.json", "feedback_patterns.json",
              "feedback_blind.json")  # fmt: skip
CONTENT_AND_CONTEXT = {
    "nonsensical_content", "impossible_claim", "unknown_department", "contradicts_baseline_fact",
}  # fmt: skip
KINDS = {
    "detailed_praise", "detailed_complaint", "mixed", "small_wish", "generic", "minimal", "rude",
    "off_topic", "fluent_empty", "gaming", "other_store", "nonsense", "impossible_claim",
    "inconsistent", "unknown_department", "contradicts_fact", "english", "too_short",
}  # fmt: skip
MINIMUM_KINDS = {
    "fluent_empty": 5, "gaming": 5, "other_store": 5, "generic": 4, "minimal": 3, "rude": 2,
    "off_topic": 2, "nonsense": 3, "impossible_claim": 5, "inconsistent": 3,
    "unknown_department": 5, "contradicts_fact": 8, "english": 1, "too_short": 2,
}  # fmt: skip
MINIMUM_PATTERNS = {
    "fluent_empty": 5, "half_english": 2, "gaming": 5, "other_store": 5, "mentions_competitor": 1,
    "surreal": 3, "impossible": 5, "single_event": 6, "inconsistent_events": 3,
    "unknown_department": 5, "lacking_department_vocabulary": 5, "contradicted_fact": 8,
    "agrees_with_fact": 12, "unusual_department_name": 3, "department_exists_here": 2,
    "figure_of_speech": 3, "idiom_exaggeration": 2, "repetition": 3, "minimal": 3,
    "off_topic": 2, "polarity": 5, "negated_praise": 2, "short_queue_praise": 3,
    "polite_complaint": 5, "small_wish": 5, "systemic": 8, "safety": 3, "hygiene": 3,
    "accessibility": 3, "staff_praise": 4, "pricing_error": 5, "stock_out": 2, "campaign": 6,
    "english": 1, "too_short": 2,
}  # fmt: skip
FACT_KINDS = {
    "fact_only", "fact_department_hours", "fact_paid_service", "fact_free_service",
    "fact_not_sold", "fact_parking", "fact_payment", "fact_accessibility", "fact_other",
}  # fmt: skip
OTHER_PATTERNS = {
    "ordinary", "queue", "seating", "paint", "staff", "generic", "rude", "cafe_specific",
    "hardware_specific", "wish_for_missing",
}  # fmt: skip


def test_the_corpus_stores_and_two_new_grocery_stores() -> None:
    stores = DEV2["stores"]
    new = {key: store for key, store in stores.items() if key not in CORPUS_STORES}
    assert {key: stores[key] for key in CORPUS_STORES} == CORPUS_STORES
    assert len(new) == 2
    for store in new.values():
        names = [n for d in store["departments"] for n in (d["name"], *d["aliases"])]
        assert len(names) == len(set(names)), "a department name or alias used twice"
        assert len(store["departments"]) >= 7
        assert len(store["baseline_facts"]) >= 7
        assert len(store["current_campaigns"]) >= 2
        assert len(store["question_configuration"]) >= 5
        assert len(store["operating_hours"]) == 7


def test_counts_by_store_kind_band_and_pattern() -> None:
    stores = Counter(item["store"] for item in ITEMS)
    kinds = Counter(item["kind"] for item in ITEMS)
    bands = Counter(item["label"]["reward_band"] for item in ITEMS)
    indicators = Counter(i for item in ITEMS for i in item["label"]["fraud_indicators"])
    patterns = Counter(pattern for item in ITEMS for pattern in item["patterns"])
    assert len(ITEMS) >= 100
    assert set(stores) == set(DEV2["stores"])
    assert min(stores.values()) >= 15
    assert (bands["low"] >= 10, bands["medium"] >= 15, bands["high"] >= 10) == (True, True, True)
    assert sum(indicators.values()) >= 25
    assert set(indicators) == CONTENT_AND_CONTEXT
    assert {k: n for k, n in MINIMUM_KINDS.items() if kinds[k] < n} == {}
    assert {p: n for p, n in MINIMUM_PATTERNS.items() if patterns[p] < n} == {}
    assert set(patterns) <= set(MINIMUM_PATTERNS) | FACT_KINDS | OTHER_PATTERNS
    contradicted = {p for item in ITEMS if "contradicted_fact" in item["patterns"]
                    for p in item["patterns"] if p in FACT_KINDS}  # fmt: skip
    assert len(contradicted) >= 7, "baseline facts of every kind contradicted"


def test_ids_are_unique_and_name_store_and_kind() -> None:
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        assert item["id"].startswith(f"{item['store']}-"), item["id"]
        assert item["kind"] in KINDS, item["id"]


def test_no_customer_sentence_is_copied_from_another_labelled_set() -> None:
    """Short courtesies ("Ja, hej, det går bra.") are common to all sets; anything longer is not."""
    seen = {
        message["content"]
        for name in OTHER_SETS
        for item in json.loads((DATA / name).read_text(encoding="utf-8"))["items"]
        for message in item["messages"]
        if message["speaker"] == "customer"
    }
    ours = [m["content"] for item in ITEMS for m in item["messages"] if m["speaker"] == "customer"]
    assert [turn for turn in ours if turn in seen and len(turn.split()) > 6] == []


def test_value_rises_with_the_band() -> None:
    def values(band: str | None) -> list[int]:
        return [item["label"]["value"] for item in ITEMS if item["label"]["reward_band"] == band]

    assert max(values(None)) < min(values("low"))
    assert max(values("low")) <= min(values("medium")) + 1
    assert max(values("medium")) <= min(values("high"))
