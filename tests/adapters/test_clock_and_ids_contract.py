"""Clock and IdGenerator contracts, and the manual clock's and seeded ids' own promises."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import RFC_4122

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.adapters.system import ManualClock, SeededIds, SystemClock, UuidGenerator
from kundrost.adapters.system import clocks as clocks_module
from kundrost.ports.system import Clock, IdGenerator
from tests.adapters.storage_builders import START


@pytest.fixture(params=["system", "manual"])
def any_clock(request: pytest.FixtureRequest) -> Clock:
    return SystemClock() if request.param == "system" else ManualClock(START)


@pytest.fixture(params=["uuid4", "seeded"])
def ids(request: pytest.FixtureRequest) -> IdGenerator:
    return UuidGenerator() if request.param == "uuid4" else SeededIds(2026)


def test_a_clock_answers_aware_utc_times_that_never_go_back(any_clock: Clock) -> None:
    times = [any_clock.now() for _ in range(1000)]
    assert all(t.utcoffset() == timedelta(0) for t in times)
    assert times == sorted(times)


def test_an_id_generator_never_repeats_itself_and_makes_version_4_uuids(
    ids: IdGenerator,
) -> None:
    made = [ids.new() for _ in range(10_000)]
    assert len(set(made)) == len(made)
    assert {(u.version, u.variant) for u in made} == {(4, RFC_4122)}


def test_the_system_clock_is_close_to_the_system_time() -> None:
    assert abs(SystemClock().now() - datetime.now(UTC)) < timedelta(seconds=1)


def test_the_system_clock_holds_still_while_the_system_time_is_stepped_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readings = iter([START, START - timedelta(seconds=5), START + timedelta(seconds=1)])

    class SteppedBack(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return next(readings)

    monkeypatch.setattr(clocks_module, "datetime", SteppedBack)
    clock = SystemClock()
    assert [clock.now() for _ in range(3)] == [START, START, START + timedelta(seconds=1)]


def test_a_manual_clock_starts_where_told_in_utc() -> None:
    stockholm = datetime.fromisoformat("2026-03-02T10:00:00+01:00")
    now = ManualClock(stockholm).now()
    assert now == stockholm
    assert now.tzinfo is UTC


def test_a_manual_clock_moves_only_forwards() -> None:
    clock = ManualClock(START)
    assert clock.advance(timedelta(minutes=5)) == START + timedelta(minutes=5)
    assert clock.set(START + timedelta(hours=1)) == clock.now()
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(timedelta(seconds=-1))
    with pytest.raises(ValueError, match="backwards"):
        clock.set(START)
    assert clock.now() == START + timedelta(hours=1)


def test_a_manual_clock_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="aware"):
        ManualClock(datetime(2026, 3, 2, 10, 0))
    with pytest.raises(ValueError, match="aware"):
        ManualClock(START).set(datetime(2026, 3, 3, 10, 0))


@given(st.lists(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400))))
def test_a_manual_clock_advanced_by_any_steps_lands_on_their_sum(steps: list[timedelta]) -> None:
    clock = ManualClock(START)
    for step in steps:
        clock.advance(step)
    assert clock.now() == START + sum(steps, timedelta(0))


@given(st.integers())
def test_seeded_ids_repeat_the_same_sequence_for_the_same_seed(seed: int) -> None:
    first, second = SeededIds(seed), SeededIds(seed)
    assert [first.new() for _ in range(5)] == [second.new() for _ in range(5)]


def test_seeded_ids_differ_between_seeds() -> None:
    assert SeededIds(1).new() != SeededIds(2).new()
