"""The third development set keeps its shape, both halves by the same rules.

Each half is one store no other set has: the training half (`feedback_dev3_train.json`) a
sports shop a tuner may read and tune on; the check half (`feedback_dev3_check.json`) a
florist and garden centre nobody tunes on, whose worth is that no tuner has seen it.
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

HALVES = ("feedback_dev3_train", "feedback_dev3_check")
DATA = {name: load(name) for name in HALVES}
MIX = {
    "feedback_dev3_train": {"calls": 78, "payable": 32, "honest_unpaid": 20, "fraud": 18},
    "feedback_dev3_check": {"calls": 70, "payable": 28, "honest_unpaid": 18, "fraud": 16},
}
ITEMS = [item for name in HALVES for item in DATA[name]["items"]]


@pytest.mark.parametrize("name", HALVES)
def test_one_new_store_with_a_full_context(name: str) -> None:
    assert_one_new_store_with_a_full_context(name)


@pytest.mark.parametrize("name", HALVES)
def test_the_mix(name: str) -> None:
    assert_the_mix(DATA[name]["items"], per_band=9, **MIX[name])


@pytest.mark.parametrize("name", HALVES)
def test_ids_are_unique_and_name_the_store(name: str) -> None:
    assert_ids(DATA[name])


@pytest.mark.parametrize("name", HALVES)
def test_no_customer_sentence_is_templated_or_reused(name: str) -> None:
    assert_no_customer_sentence_is_reused(name)


@pytest.mark.parametrize("name", HALVES)
def test_the_store_is_closed_exactly_for_the_timing_frauds(name: str) -> None:
    assert closed_items(DATA[name]) == timing_frauds(DATA[name])
    assert len(timing_frauds(DATA[name])) == 3


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
