"""The feedback corpus keeps its promised shape: enough of each kind, real call lengths,
ordered turns, labels that agree with each other and with the domain's own rules."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Any

import pytest

from kundrost.domain import AnalysabilityPolicy, EndReason, Indicator
from tests.analyzer.corpus import (
    business_context,
    corpus,
    items,
    transaction_time,
    transcript_of,
)

MINIMUM_PER_KIND = {
    "mixed": 8,
    "generic": 10,
    "rude": 4,
    "nonsense": 6,
    "impossible_claim": 4,
    "unknown_department": 5,
    "contradicts_fact": 3,
    "english": 4,
    "closed_hours": 3,
    "too_short": 3,
}
INDICATOR_OF_KIND = {
    "nonsense": Indicator.NONSENSICAL_CONTENT,
    "impossible_claim": Indicator.IMPOSSIBLE_CLAIM,
    "unknown_department": Indicator.UNKNOWN_DEPARTMENT,
    "contradicts_fact": Indicator.CONTRADICTS_BASELINE_FACT,
    "closed_hours": Indicator.BUSINESS_HOURS_VIOLATION,
}
DETAILED = ("detailed_praise", "detailed_complaint")
KINDS = {*MINIMUM_PER_KIND, *DETAILED}
ALWAYS_QUALIFY = {*DETAILED, "mixed"}
BANDS = {"low", "medium", "high"}
FASTEST_WORDS_PER_SECOND = 3
STOCKHOLM_NOVEMBER = timedelta(hours=1)

ITEMS = items()


def by_id(entry: Mapping[str, Any]) -> str:
    return str(entry["id"])


each_item = pytest.mark.parametrize("entry", ITEMS, ids=by_id)


def test_item_ids_are_unique() -> None:
    ids = [entry["id"] for entry in ITEMS]
    assert len(ids) == len(set(ids))


def test_there_are_at_least_66_items_of_known_kinds() -> None:
    assert len(ITEMS) >= 66
    assert {entry["kind"] for entry in ITEMS} == KINDS


@pytest.mark.parametrize(("kind", "minimum"), MINIMUM_PER_KIND.items())
def test_each_kind_has_its_minimum_number_of_items(kind: str, minimum: int) -> None:
    assert Counter(entry["kind"] for entry in ITEMS)[kind] >= minimum


def test_detailed_feedback_covers_every_store_with_praise_and_complaints() -> None:
    detailed = [entry for entry in ITEMS if entry["kind"] in DETAILED]
    assert len(detailed) >= 16
    assert {(entry["store"], entry["kind"]) for entry in detailed} == {
        (store, kind) for store in corpus()["stores"] for kind in DETAILED
    }


@pytest.mark.parametrize("store", ["grocery", "cafe", "hardware"])
def test_each_store_builds_a_complete_business_context(store: str) -> None:
    context = business_context(store)
    assert context.timezone == "Europe/Stockholm"
    assert len(context.operating_hours) == 7
    assert context.completeness().score == Decimal("1.00")


@each_item
def test_item_belongs_to_a_store_of_the_corpus(entry: Mapping[str, Any]) -> None:
    assert entry["store"] in corpus()["stores"]
    assert entry["id"].startswith(f"{entry['store']}-")


@each_item
def test_purchase_is_in_november_2026_in_stockholm_winter_time(entry: Mapping[str, Any]) -> None:
    moment = transaction_time(entry)
    assert (moment.year, moment.month) == (2026, 11)
    assert moment.utcoffset() == STOCKHOLM_NOVEMBER


@each_item
def test_store_is_closed_at_the_purchase_exactly_when_the_label_says_so(
    entry: Mapping[str, Any],
) -> None:
    is_open = business_context(entry["store"]).is_open_at(transaction_time(entry))
    flagged = Indicator.BUSINESS_HOURS_VIOLATION in entry["label"]["fraud_indicators"]
    assert is_open is not flagged


@each_item
def test_call_opens_with_the_agent_and_both_sides_speak(entry: Mapping[str, Any]) -> None:
    speakers = [message["speaker"] for message in entry["messages"]]
    assert speakers[0] == "ai"
    assert set(speakers) == {"ai", "customer"}


@each_item
def test_turns_are_timed_in_order_within_the_call(entry: Mapping[str, Any]) -> None:
    times = [message["timestamp_ms"] for message in entry["messages"]]
    assert times[0] == 0
    assert all(before < after for before, after in pairwise(times))
    assert times[-1] / 1000 <= entry["total_duration_seconds"]


@each_item
def test_no_turn_is_spoken_faster_than_three_words_a_second(entry: Mapping[str, Any]) -> None:
    messages = entry["messages"]
    ends = [m["timestamp_ms"] for m in messages[1:]] + [entry["total_duration_seconds"] * 1000]
    for message, end in zip(messages, ends, strict=True):
        words = len(re.findall(r"\w+", message["content"]))
        assert words <= FASTEST_WORDS_PER_SECOND * (end - message["timestamp_ms"]) / 1000


@each_item
def test_analysable_calls_last_between_60_and_120_seconds(entry: Mapping[str, Any]) -> None:
    seconds = entry["total_duration_seconds"]
    if entry["kind"] == "too_short":
        assert seconds < 60
    elif entry["label"]["analysable"]:
        assert 60 <= seconds <= 120


@each_item
def test_domain_agrees_on_whether_the_call_is_analysable(entry: Mapping[str, Any]) -> None:
    verdict = AnalysabilityPolicy().evaluate(transcript_of(entry))
    assert verdict.analysable is entry["label"]["analysable"]
    expected = {"english": EndReason.LANGUAGE_BARRIER, "too_short": EndReason.TOO_SHORT}
    assert verdict.reason == expected.get(entry["kind"])


@each_item
def test_label_fields_agree_with_each_other(entry: Mapping[str, Any]) -> None:
    label = entry["label"]
    fraud = label["fraud_indicators"]
    assert {Indicator(name) for name in fraud} <= set(Indicator)
    if fraud or not label["analysable"]:
        assert label["qualifies"] is False
    if not label["analysable"]:
        assert fraud == []
    assert (label["reward_band"] is None) is (not label["qualifies"])
    assert label["reward_band"] in {*BANDS, None}
    assert label["note"].strip()


@each_item
def test_label_follows_the_kind(entry: Mapping[str, Any]) -> None:
    kind, label = entry["kind"], entry["label"]
    expected_fraud = [INDICATOR_OF_KIND[kind]] if kind in INDICATOR_OF_KIND else []
    assert label["fraud_indicators"] == expected_fraud
    assert label["qualifies"] is (kind in ALWAYS_QUALIFY)
    assert label["analysable"] is (kind not in {"english", "too_short"})
