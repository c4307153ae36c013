"""The blind harness itself: purchase times keep their meaning, the statistics are right, and a
served run and an in-process run give the same figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.analyzer.blind import admin_token, evaluate_in_process, evaluate_served, load, served
from tests.analyzer.blind_domain import context_of
from tests.analyzer.blind_drive import Outcome, Purchase, closed_also, recent, schedule
from tests.analyzer.blind_figures import band_of, spearman
from tests.analyzer.blind_report import per_item_lines
from tests.analyzer.single_store_set import SETS
from tests.analyzer.single_store_set import load as load_set

BLIND = load()
STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOWS = [
    datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
    datetime(2026, 12, 31, 23, 30, tzinfo=UTC),
    datetime(2027, 1, 3, 23, 30, tzinfo=UTC),
    datetime(2027, 3, 28, 0, 30, tzinfo=UTC),
    datetime(2027, 3, 28, 1, 30, tzinfo=UTC),
    datetime(2027, 10, 31, 1, 30, tzinfo=UTC),
]
"""A plain Tuesday, the CI's libfaketime moments (New Year, a daylight-saving night) and the
night summer time ends."""


def shifted(item: dict[str, Any], now: datetime) -> datetime:
    context = BLIND["stores"][item["store"]]
    return recent(
        datetime.fromisoformat(item["transaction_time"]),
        now,
        context["timezone"],
        frozenset(context["closed_dates"]),
    )


@pytest.mark.parametrize("now", NOWS, ids=lambda now: now.isoformat())
def test_a_shifted_purchase_is_recent_and_open_or_closed_as_labelled(now: datetime) -> None:
    for item in BLIND["items"]:
        original = datetime.fromisoformat(item["transaction_time"]).astimezone(STOCKHOLM)
        moved = shifted(item, now).astimezone(STOCKHOLM)
        assert now - timedelta(weeks=3) < moved < now, item["id"]
        assert (moved.weekday(), moved.time()) == (original.weekday(), original.time())
        closed = "business_hours_violation" in item["label"]["fraud_indicators"]
        context = context_of(BLIND["stores"], item["store"])
        assert context.is_open_at(moved) is not closed, item["id"]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("now", NOWS, ids=lambda now: now.isoformat())
def test_a_scheduled_run_keeps_every_purchase_open_or_closed_as_labelled(
    name: str, now: datetime
) -> None:
    data = load_set(name)
    run = schedule(data, now)
    for item in data["items"]:
        original = datetime.fromisoformat(item["transaction_time"]).astimezone(STOCKHOLM)
        purchase = run[item["id"]]
        moved = purchase.when.astimezone(STOCKHOLM)
        assert now - timedelta(weeks=3) < moved < now, item["id"]
        assert (moved.weekday(), moved.time()) == (original.weekday(), original.time())
        closed = "business_hours_violation" in item["label"]["fraud_indicators"]
        stores = {item["store"]: closed_also(data["stores"][item["store"]], purchase.closes)}
        assert context_of(stores, item["store"]).is_open_at(moved) is not closed, item["id"]


def test_a_purchase_on_a_closed_date_is_called_about_as_one_in_the_last_week() -> None:
    christmas = {"id": "christmas", "store": "s", "transaction_time": "2026-12-25T11:00:00+01:00"}
    friday = {"id": "friday", "store": "s", "transaction_time": "2026-12-04T11:00:00+01:00"}
    store = {"closed_dates": ["2026-12-25"]}
    run = schedule(
        {"stores": {"s": store}, "items": [friday, christmas]},
        datetime(2027, 2, 20, 12, tzinfo=STOCKHOLM),
    )
    last_friday = datetime(2027, 2, 19, 11, 0, tzinfo=STOCKHOLM)
    assert run["christmas"] == Purchase(last_friday, "2027-02-19")
    assert run["friday"] == Purchase(last_friday)
    assert closed_also(store, "2027-02-19") == {"closed_dates": ["2026-12-25", "2027-02-19"]}
    assert closed_also(store, None) is store


def test_a_closed_date_is_stepped_over_by_a_week() -> None:
    christmas_eve_noon = datetime(2026, 12, 24, 12, 0, tzinfo=STOCKHOLM)
    thursday_ten = datetime(2026, 11, 19, 10, 0, tzinfo=STOCKHOLM)
    moved = recent(thursday_ten, christmas_eve_noon, "Europe/Stockholm", frozenset({"2026-12-24"}))
    assert moved == datetime(2026, 12, 17, 10, 0, tzinfo=STOCKHOLM)


def test_a_wall_clock_time_that_summer_time_skips_is_stepped_over() -> None:
    sunday_half_past_two = datetime(2026, 11, 22, 2, 30, tzinfo=STOCKHOLM)
    after_the_change = datetime(2027, 3, 28, 3, 0, tzinfo=UTC)
    moved = recent(sunday_half_past_two, after_the_change, "Europe/Stockholm", frozenset())
    assert moved == datetime(2027, 3, 21, 2, 30, tzinfo=STOCKHOLM)


def test_spearman_ranks_with_ties() -> None:
    assert spearman([0.1, 0.5, 0.9], [1, 5, 9]) == pytest.approx(1.0)
    assert spearman([0.9, 0.5, 0.1], [1, 5, 9]) == pytest.approx(-1.0)
    assert spearman([0.2, 0.2, 0.8, 0.9], [0, 1, 5, 4]) == pytest.approx(0.7379, abs=1e-4)
    assert spearman([0.5, 0.5, 0.5], [1, 2, 3]) is None
    assert spearman([0.1, 0.2], [1, 2]) is None


def test_a_set_whose_labels_give_no_value_is_measured_without_a_rank() -> None:
    holdout = load(Path(__file__).parents[1] / "data" / "feedback_holdout.json")
    assert all("value" not in item["label"] for item in holdout["items"])
    figures, outcomes = evaluate_in_process(holdout)
    assert (figures.rank_honest, figures.rank_all) == (None, None)
    assert figures.qualify_agreement.of == len(outcomes) == len(holdout["items"])


def test_calls_whose_label_leaves_the_value_null_are_left_out_of_the_rank() -> None:
    patterns = load(Path(__file__).parents[1] / "data" / "feedback_patterns.json")
    valued = [item for item in patterns["items"] if item["label"].get("value") is not None]
    assert 0 < len(valued) < len(patterns["items"])
    with_nulls, _ = evaluate_in_process(patterns)
    only_valued, _ = evaluate_in_process({**patterns, "items": valued})
    assert with_nulls.rank_all is not None
    assert with_nulls.rank_all == only_valued.rank_all


def test_reward_bands_split_at_six_and_ten_percent() -> None:
    assert [band_of(r) for r in (2.0, 5.99, 6.0, 9.99, 10.0, 15.0)] == [
        "low", "low", "medium", "medium", "high", "high",
    ]  # fmt: skip


@pytest.mark.slow
def test_served_and_in_process_runs_give_the_same_figures() -> None:
    in_process, outcomes = evaluate_in_process(BLIND)
    with served() as (url, secret):
        over_http, _ = evaluate_served(url, admin_token(secret), BLIND)
    assert over_http == in_process
    assert in_process.n == len(outcomes) == len(BLIND["items"])
    assert in_process.analysable.hits == in_process.analysable.of


def test_the_per_item_report_reads_sets_that_name_no_patterns() -> None:
    label = {"analysable": True, "qualifies": True, "reward_band": "low", "fraud_indicators": []}
    named = {"id": "a", "label": label, "patterns": ["queue"]}
    unnamed = {"id": "b", "label": label}
    paid = Outcome(item_id="a", analysed=True, qualifies=True, reward=4.0, overall=0.5)

    lines = per_item_lines([named, unnamed], [paid, replace(paid, item_id="b")])

    assert any(line.startswith("  b ") for line in lines)
    assert "  queue                  1/1" in lines
