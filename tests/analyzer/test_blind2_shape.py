"""The second blind holdout keeps its shape, mix and label rules (not the analyzer's agreement).

One new grocery store that no other set has, so that a grader cannot lean on contexts it was
tuned with; the same label, pace and length rules as the other sets (`labelled_calls`, each
call in `test_labelled_calls`).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from typing import Any

from tests.analyzer.blind import load
from tests.analyzer.blind_domain import context_of
from tests.analyzer.single_store_set import (
    DATA_DIR,
    FRAUD_KINDS,
    HONEST_UNPAID,
    PAYABLE,
    closed_items,
    customer_sentences,
    timing_frauds,
)
from tests.analyzer.test_blind_shape import KINDS

BLIND2 = load(DATA_DIR / "feedback_blind2.json")
ITEMS: list[dict[str, Any]] = BLIND2["items"]
OTHER_SETS = (
    "feedback_corpus", "feedback_holdout", "feedback_patterns", "feedback_blind", "feedback_dev2",
)  # fmt: skip
MINIMUM_KINDS = {
    "fluent_empty": 4, "gaming": 4, "other_store": 4, "minimal": 3, "generic": 3,
    "nonsense": 2, "impossible_claim": 2, "inconsistent": 3, "unknown_department": 3,
    "contradicts_fact": 3, "closed_hours": 3, "english": 2, "too_short": 2,
}  # fmt: skip
MINIMUM_PATTERNS = {
    "fluent_empty": 4, "half_english": 2, "gaming": 4, "other_store": 4,
    "mentions_competitor": 1, "surreal": 2, "impossible": 3, "inconsistent_events": 3,
    "unknown_department": 3, "contradicted_fact": 3, "agrees_with_fact": 6, "minimal": 3,
    "polarity": 4, "negated_praise": 3, "short_queue_praise": 2, "polite_complaint": 3,
    "idiom": 3, "repetition": 2, "near_closing": 1, "small_wish": 8, "systemic": 6,
    "safety": 3, "hygiene": 5, "staff_praise": 3, "accessibility": 3, "pricing_error": 3,
    "stock_out": 4, "campaign": 3, "closed_hours": 3, "english": 2, "too_short": 2,
}  # fmt: skip
OTHER_PATTERNS = {"queue", "staff", "parcel", "delivery", "generic", "rude"}


def test_one_new_store_with_a_full_context() -> None:
    (key,) = BLIND2["stores"]
    store = BLIND2["stores"][key]
    others = {
        other["store_name"]
        for name in OTHER_SETS
        for other in json.loads((DATA_DIR / f"{name}.json").read_text("utf-8"))["stores"].values()
    }
    assert store["store_name"] not in others
    assert set(store["operating_hours"]) == {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }  # fmt: skip
    assert store["closed_dates"]
    assert 7 <= len(store["departments"]) <= 9
    assert all(len(department["aliases"]) >= 3 for department in store["departments"])
    assert len(store["current_campaigns"]) == 2
    assert 5 <= len(store["question_configuration"]) <= 6
    facts = store["baseline_facts"]
    assert 6 <= len(facts) <= 8
    assert len({fact["topic"] for fact in facts}) == len(facts), "facts of varied kinds"
    context_of(BLIND2["stores"], key)


def test_the_mix() -> None:
    kinds = Counter(item["kind"] for item in ITEMS)
    bands = Counter(item["label"]["reward_band"] for item in ITEMS)
    assert len(ITEMS) >= 70
    assert {item["store"] for item in ITEMS} == set(BLIND2["stores"])
    assert sum(kinds[kind] for kind in PAYABLE) >= 28
    assert min(bands["low"], bands["medium"], bands["high"]) >= 8
    assert sum(kinds[kind] for kind in HONEST_UNPAID) >= 20
    assert sum(kinds[kind] for kind in FRAUD_KINDS) >= 16
    assert {kind: n for kind, n in MINIMUM_KINDS.items() if kinds[kind] < n} == {}


def test_kinds_agree_with_labels() -> None:
    for item in ITEMS:
        label, kind = item["label"], item["kind"]
        assert kind in KINDS, item["id"]
        assert label["qualifies"] is (kind in PAYABLE), item["id"]
        if kind in FRAUD_KINDS:
            assert set(label["fraud_indicators"]) <= FRAUD_KINDS[kind], item["id"]
            assert label["fraud_indicators"], item["id"]
        else:
            assert not label["fraud_indicators"], item["id"]


def test_patterns() -> None:
    patterns = Counter(pattern for item in ITEMS for pattern in item["patterns"])
    assert {p: n for p, n in MINIMUM_PATTERNS.items() if patterns[p] < n} == {}
    assert set(patterns) <= set(MINIMUM_PATTERNS) | OTHER_PATTERNS
    traps = {"agrees_with_fact", "polarity", "idiom", "repetition", "mentions_competitor"}
    for item in ITEMS:
        if traps & set(item["patterns"]):
            assert not item["label"]["fraud_indicators"], f"{item['id']}: an honest trap"


def test_ids_are_unique_and_name_store_and_kind() -> None:
    assert len({item["id"] for item in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        assert item["id"].startswith(f"{item['store']}-"), item["id"]


def test_no_customer_sentence_is_templated_or_reused() -> None:
    own = customer_sentences(ITEMS)
    assert [sentence for sentence, n in own.items() if n > 1] == []
    for name in OTHER_SETS:
        other = customer_sentences(
            json.loads((DATA_DIR / f"{name}.json").read_text("utf-8"))["items"]
        )
        assert set(own) & set(other) == set(), name


def test_the_store_is_closed_exactly_for_the_three_timing_frauds() -> None:
    for item in ITEMS:
        assert datetime.fromisoformat(item["transaction_time"]).utcoffset() is not None, item["id"]
    assert closed_items(BLIND2) == timing_frauds(BLIND2)
    assert len(timing_frauds(BLIND2)) == 3
