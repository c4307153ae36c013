"""The third development set's check half (`feedback_dev3_check.json`) keeps its shape.

One florist and garden centre no other set has. Nobody tunes on it: its worth is that no
tuner has seen it.
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

NAME = "feedback_dev3_check"
DATA = load(NAME)
ITEMS: list[dict[str, Any]] = DATA["items"]


def test_one_new_store_with_a_full_context() -> None:
    assert_one_new_store_with_a_full_context(NAME)


def test_the_mix() -> None:
    assert_the_mix(ITEMS, calls=70, payable=28, per_band=9, honest_unpaid=18, fraud=16)


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
