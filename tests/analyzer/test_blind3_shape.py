"""The third blind holdout keeps its shape, mix and label rules (not the analyzer's agreement).

One new grocery store no other set has (`feedback_blind3.json`), held to the rules of the
single-store sets (`single_store_set`, `labelled_calls`), so that its figures compare with
theirs. It measures a grader; nobody tunes on it.
"""

from __future__ import annotations

from collections import Counter
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

NAME = "feedback_blind3"
DATA = load(NAME)
ITEMS: list[dict[str, Any]] = DATA["items"]
# The honest traps the set was written to hold, each at least once (never flagged: see
# `assert_patterns`).
TRAPS = {
    "agrees_with_fact": 6, "polarity": 4, "negated_praise": 1, "short_queue_praise": 1,
    "polite_complaint": 3, "repetition": 1, "dialect": 1, "numbers_as_words": 2, "idiom": 1,
    "near_closing": 1, "mentions_competitor": 1, "interruption": 1, "rude_but_concrete": 1,
}  # fmt: skip


def test_one_new_store_with_a_full_context() -> None:
    assert_one_new_store_with_a_full_context(NAME)


def test_the_mix() -> None:
    assert_the_mix(ITEMS, calls=72, payable=28, per_band=9, honest_unpaid=18, fraud=16)


def test_the_honest_traps_are_there() -> None:
    patterns = Counter(pattern for item in ITEMS for pattern in item["patterns"])
    assert {pattern: n for pattern, n in TRAPS.items() if patterns[pattern] < n} == {}


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
