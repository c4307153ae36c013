"""Every call of every blind-format labelled set keeps the rules of `labelled_calls` (its label,
its pace, its length) and its own set's (not the analyzer's agreement).

A set's own rules stay as each set was written: the first blind set and the second
development set place each purchase inside or outside opening hours call by call, the
single-store sets in their season; the second blind set checks its timing frauds as a whole
(`test_blind2_shape`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import pytest
from attrs import frozen

from tests.analyzer.blind import load
from tests.analyzer.blind_domain import context_of
from tests.analyzer.labelled_calls import (
    assert_domain_agrees_on_analysability,
    assert_label_rules,
    assert_spoken_at_pace,
)
from tests.analyzer.single_store_set import (
    DATA_DIR,
    VALUES,
    assert_bought_in_the_season_at_stockholm_time,
    assert_kind_agrees_with_label,
    assert_patterns,
)
from tests.analyzer.test_single_store_shape import NAMES as SINGLE_STORE_SETS

Item = dict[str, Any]
Stores = dict[str, Any]


def assert_value_fits_the_band(item: Item) -> None:
    assert item["label"]["value"] in VALUES[item["label"]["reward_band"]], "value fits the band"


def assert_unpaid_is_worth_little(item: Item) -> None:
    assert item["label"]["qualifies"] or item["label"]["value"] <= 1


def assert_closed_exactly_for_timing_fraud(item: Item, stores: Stores) -> None:
    moment = datetime.fromisoformat(item["transaction_time"])
    assert moment.utcoffset() is not None
    closed = "business_hours_violation" in item["label"]["fraud_indicators"]
    assert context_of(stores, item["store"]).is_open_at(moment) is not closed


def assert_open_at_the_purchase(item: Item, stores: Stores) -> None:
    moment = datetime.fromisoformat(item["transaction_time"])
    assert moment.utcoffset() is not None
    assert context_of(stores, item["store"]).is_open_at(moment), "no timing fraud here"


def assert_bought_in_the_season(item: Item, _: Stores) -> None:
    assert_bought_in_the_season_at_stockholm_time(item)


@frozen
class OwnRules:
    """A set's rules for each call beside `labelled_calls`': `label`, more rules of its label;
    `bought`, when and where its purchases are made (None: its module checks the set whole)."""

    label: tuple[Callable[[Item], None], ...] = ()
    bought: Callable[[Item, Stores], None] | None = None


SETS = {
    "feedback_blind": OwnRules(bought=assert_closed_exactly_for_timing_fraud),
    "feedback_blind2": OwnRules(label=(assert_value_fits_the_band,)),
    "feedback_dev2": OwnRules(
        label=(assert_unpaid_is_worth_little,), bought=assert_open_at_the_purchase
    ),
    **dict.fromkeys(
        SINGLE_STORE_SETS,
        OwnRules(
            label=(assert_kind_agrees_with_label, assert_patterns),
            bought=assert_bought_in_the_season,
        ),
    ),
}
DATA = {name: load(DATA_DIR / f"{name}.json") for name in SETS}


def calls(names: Iterable[str]) -> list[Any]:
    return [
        pytest.param(name, item, id=f"{name}:{item['id']}")
        for name in names
        for item in DATA[name]["items"]
    ]


each_call = pytest.mark.parametrize(("name", "item"), calls(SETS))


@each_call
def test_label_rules(name: str, item: Item) -> None:
    assert_label_rules(item)
    for rule in SETS[name].label:
        rule(item)


@each_call
def test_turns_are_timed_at_speaking_pace(name: str, item: Item) -> None:
    assert_spoken_at_pace(item)


@each_call
def test_the_domain_agrees_on_analysability(name: str, item: Item) -> None:
    assert_domain_agrees_on_analysability(item)


@pytest.mark.parametrize(
    ("name", "item"), calls(name for name, rules in SETS.items() if rules.bought is not None)
)
def test_the_purchase_is_made_when_the_set_says(name: str, item: Item) -> None:
    bought = SETS[name].bought
    assert bought is not None
    bought(item, DATA[name]["stores"])
