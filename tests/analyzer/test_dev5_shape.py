"""The fifth development set, a training set on content fraud, keeps its shape.

`feedback_dev5_train.json` is one coastal village grocery no other set has (Skärboden in
Bergkvara: smokehouse counter, café corner, hardware corner, post agent, bottle return), a set a
tuner may read and tune on. Its focus is content fraud of many kinds beside honest near misses
(strange but true, large quantities, figures of speech, facts agreed with, wishes, a competitor's
department, a child's fantasy, dialect). It is held to the rules of the third development set
(`single_store_set.py`), with its own mix and least count of each kind.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyzer.labelled_calls import (
    assert_domain_agrees_on_analysability,
    assert_label_rules,
    assert_spoken_at_pace,
    ids,
)
from tests.analyzer.single_store_set import (
    assert_bought_in_the_season_at_stockholm_time,
    assert_ids,
    assert_kind_agrees_with_label,
    assert_no_customer_sentence_is_reused,
    assert_one_new_store_with_a_full_context,
    assert_patterns,
    assert_the_mix,
    closed_items,
    load,
    timing_frauds,
)

NAME = "feedback_dev5_train"
MINIMUM_KINDS = {
    "detailed_praise": 4, "detailed_complaint": 5, "mixed": 3, "small_wish": 5,
    "fluent_empty": 2, "gaming": 2, "other_store": 2, "minimal": 2, "generic": 1, "rude": 1,
    "nonsense": 3, "impossible_claim": 7, "inconsistent": 6, "unknown_department": 4,
    "contradicts_fact": 5, "closed_hours": 3, "english": 2, "too_short": 2,
}  # fmt: skip
NEAR_MISSES = {
    "strange_but_true", "large_quantity", "child_fantasy", "self_correction", "idiom",
    "agrees_with_fact", "mentions_competitor", "dialect", "small_wish", "near_closing",
}  # fmt: skip
DATA = load(NAME)
ITEMS = DATA["items"]


def test_one_new_store_with_a_full_context() -> None:
    assert_one_new_store_with_a_full_context(NAME)


def test_the_mix() -> None:
    assert_the_mix(
        ITEMS, calls=70, payable=16, per_band=5, honest_unpaid=8, fraud=26,
        minimum_kinds=MINIMUM_KINDS,
    )  # fmt: skip


def test_honest_near_misses_beside_the_content_fraud() -> None:
    near = [
        item for item in ITEMS
        if NEAR_MISSES & set(item["patterns"]) and not item["label"]["fraud_indicators"]
    ]  # fmt: skip
    content_fraud = [
        item for item in ITEMS
        if item["label"]["fraud_indicators"]
        and item["label"]["fraud_indicators"] != ["business_hours_violation"]
    ]  # fmt: skip
    assert len(near) >= 20
    assert len(content_fraud) >= 26


def test_ids_are_unique_and_name_the_store() -> None:
    assert_ids(DATA)


def test_no_customer_sentence_is_templated_or_reused() -> None:
    assert_no_customer_sentence_is_reused(NAME)


def test_the_store_is_closed_exactly_for_the_timing_frauds() -> None:
    assert closed_items(DATA) == timing_frauds(DATA)
    assert len(timing_frauds(DATA)) == 3


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_label_rules(item: dict[str, Any]) -> None:
    assert_label_rules(item)
    assert_kind_agrees_with_label(item)
    assert_patterns(item)


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_bought_in_the_season_at_stockholm_time(item: dict[str, Any]) -> None:
    assert_bought_in_the_season_at_stockholm_time(item)


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_turns_are_timed_at_speaking_pace(item: dict[str, Any]) -> None:
    assert_spoken_at_pace(item)


@pytest.mark.parametrize("item", ITEMS, ids=ids)
def test_the_domain_agrees_on_analysability(item: dict[str, Any]) -> None:
    assert_domain_agrees_on_analysability(item)
