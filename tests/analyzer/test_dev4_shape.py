"""The fourth development set's training half keeps its shape.

`feedback_dev4_train.json` is one large suburban supermarket no other set has (Kungsgårdens
Stormarknad in Sandviken), a set a tuner may read and tune on. It is held to the rules of the
third development set (`single_store_set.py`), with its own mix.
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

NAME = "feedback_dev4_train"
DATA = load(NAME)
ITEMS = DATA["items"]


def test_one_new_store_with_a_full_context() -> None:
    assert_one_new_store_with_a_full_context(NAME)


def test_the_mix() -> None:
    assert_the_mix(ITEMS, calls=80, payable=34, per_band=10, honest_unpaid=22, fraud=18)


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
