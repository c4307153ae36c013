"""Window leases: runs of a subject's counts taken from the shared window, handed out in
order by the process that holds them; exact in one process, never over the limit across
several, and refused early by no more than the counts the other processes hold."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundrost.adapters.memory import MemorySessionStore
from kundrost.adapters.system import ManualClock
from kundrost.entrypoints.http.window_leases import (
    SWEEP_EVERY,
    WindowLeases,
    most_at_once,
)
from kundrost.ports.session_store import WindowCount

MINUTE = timedelta(minutes=1)
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


class CountingStore(MemorySessionStore):
    """The memory cache, remembering the events each round trip asked for."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__(clock)
        self.asked: list[int] = []

    async def count_in_window(self, key: str, window: timedelta, events: int = 1) -> WindowCount:
        self.asked.append(events)
        return await super().count_in_window(key, window, events)


def leases_on(clock: ManualClock, limit: int) -> WindowLeases:
    return WindowLeases(limit, lambda: clock.now().timestamp())


async def counted(leases: WindowLeases, store: MemorySessionStore, key: str) -> WindowCount:
    """One request's count, the way the rate limit asks for it."""
    held = leases.take(key)
    if held is not None:
        return held
    events = leases.wanted(key)
    return leases.taken(key, await store.count_in_window(key, MINUTE, events), events)


@pytest.mark.parametrize(
    ("limit", "most"), [(1, 1), (5, 1), (63, 1), (64, 2), (100, 3), (1200, 16), (10**6, 16)]
)
def test_runs_are_a_thirty_second_of_the_limit_and_at_most_sixteen(limit: int, most: int) -> None:
    assert most_at_once(limit) == most


async def test_one_process_hands_out_every_count_in_order_in_few_round_trips() -> None:
    clock = ManualClock(START)
    store = CountingStore(clock)
    leases = leases_on(clock, 1200)

    counts = [(await counted(leases, store, "sub:bridge")).count for _ in range(100)]

    assert counts == list(range(1, 101))
    assert store.asked == [1, 2, 4, 8, 16, 16, 16, 16, 16, 16]
    assert await store.get("sub:bridge") == str(sum(store.asked))


@settings(max_examples=60, deadline=None)
@given(limit=st.integers(1, 3000), requests=st.integers(1, 300))
async def test_in_one_process_the_limit_is_exact(limit: int, requests: int) -> None:
    clock = ManualClock(START)
    store = MemorySessionStore(clock)
    leases = leases_on(clock, limit)
    counts = [(await counted(leases, store, "sub:one")).count for _ in range(requests)]
    assert counts == list(range(1, requests + 1))
    assert sum(count <= limit for count in counts) == min(requests, limit)


async def test_a_window_that_ended_starts_again_from_one_count() -> None:
    clock = ManualClock(START)
    store = CountingStore(clock)
    leases = leases_on(clock, 1200)
    for _ in range(10):
        await counted(leases, store, "sub:bridge")
    held = leases.take("sub:bridge")
    assert held is not None
    assert held.remaining == MINUTE

    clock.advance(MINUTE)

    assert leases.take("sub:bridge") is None
    assert leases.wanted("sub:bridge") == 1
    first = await counted(leases, store, "sub:bridge")
    assert (first.count, first.remaining) == (1, MINUTE)
    assert store.asked[-1] == 1


async def test_a_run_that_opens_the_window_drops_what_the_window_before_left() -> None:
    """The cache's window can end before the process sees it (another clock): a run whose
    first count is one belongs to a new window, and the old window's counts are not used."""
    clock = ManualClock(START)
    store = MemorySessionStore(clock)
    leases = leases_on(clock, 1200)
    for _ in range(4):  # runs 1, 2 and 4: counts 5, 6 and 7 held
        await counted(leases, store, "sub:bridge")
    await store.delete("sub:bridge")

    opened = leases.taken("sub:bridge", await store.count_in_window("sub:bridge", MINUTE, 8), 8)

    assert opened.count == 1
    assert [(await counted(leases, store, "sub:bridge")).count for _ in range(8)] == [
        2, 3, 4, 5, 6, 7, 8, 9,
    ]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(
    limit=st.integers(1, 400),
    extra=st.integers(0, 200),
    processes=st.integers(2, 4),
    chance=st.randoms(use_true_random=False),
)
async def test_processes_sharing_a_window_never_let_more_through_nor_refuse_much_early(
    limit: int, extra: int, processes: int, chance: random.Random
) -> None:
    """Each turn, a process drawn at random counts a request of one subject. No count is
    given twice, at most `limit` requests get through, and when one is refused, every count
    up to the limit not yet given is held by the other processes: fewer than
    `most_at_once(limit)` each."""
    clock = ManualClock(START)
    store = MemorySessionStore(clock)
    leases = [leases_on(clock, limit) for _ in range(processes)]
    given_counts: list[int] = []
    for _ in range(limit + extra):
        count = (await counted(chance.choice(leases), store, "sub:shared")).count
        given_counts.append(count)
        if count > limit:
            through = sum(given <= limit for given in given_counts)
            assert through >= limit - (processes - 1) * (most_at_once(limit) - 1)
    assert len(set(given_counts)) == len(given_counts)
    assert sum(given <= limit for given in given_counts) <= limit


async def test_a_subject_busy_at_four_processes_is_refused_at_most_45_early() -> None:
    """Requests of one subject at four processes in turn, 1200 a minute allowed: the first
    refusal comes once 1,155–1,199 have gone through, the other three holding the rest."""
    clock = ManualClock(START)
    store = MemorySessionStore(clock)
    processes = [leases_on(clock, 1200) for _ in range(4)]
    through = 0
    for turn in range(2000):
        if (await counted(processes[turn % 4], store, "sub:four")).count > 1200:
            break
        through += 1
    assert 1200 - 3 * 15 <= through < 1200


async def test_leases_of_ended_windows_are_swept() -> None:
    clock = ManualClock(START)
    store = MemorySessionStore(clock)
    leases = leases_on(clock, 1200)
    for subject in range(SWEEP_EVERY - 1):
        await counted(leases, store, f"sub:{subject}")
    assert len(leases) == SWEEP_EVERY - 1

    clock.advance(MINUTE)
    await counted(leases, store, "sub:late")

    assert len(leases) == 1
