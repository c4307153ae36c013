"""SessionStore contract: latest value until its TTL passes, atomic add and increment."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from datetime import timedelta
from typing import Generic, TypeVar

import pytest
from attrs import frozen

from kundrost.ports.session_store import SessionStore

MINUTE = timedelta(minutes=1)
SHORT = timedelta(milliseconds=200)
PAST_SHORT = 0.3
REFRESHED = timedelta(milliseconds=400)
MARGIN = 0.02
"""Seconds allowed between this process's clock and the store's, either way."""
ATTEMPTS = 5
TTL_REFUSAL = r"(?i)\bttl\b|time to live"
"""A refusal names the TTL, whichever way the adapter spells it."""
T = TypeVar("T")


@frozen
class Timed(Generic[T]):
    """What a call returned, and when (monotonic seconds) it began and ended."""

    value: T
    began: float
    ended: float


async def timed(call: Awaitable[T]) -> Timed[T]:
    began = time.monotonic()
    value = await call
    return Timed(value, began, time.monotonic())


async def test_a_value_set_reads_back_exactly_as_given(session_store: SessionStore) -> None:
    value = "  Köttdisken, kön & kassan: 5/5 \n"
    await session_store.set("samtal:1", value, MINUTE)
    assert await session_store.get("samtal:1") == value


async def test_a_key_never_set_reads_as_none(session_store: SessionStore) -> None:
    assert await session_store.get("samtal:okänt") is None


async def test_setting_again_replaces_the_value(session_store: SessionStore) -> None:
    await session_store.set("jobb:1", "queued", MINUTE)
    await session_store.set("jobb:1", "processing", MINUTE)
    assert await session_store.get("jobb:1") == "processing"


async def test_a_value_is_gone_once_its_ttl_has_passed(session_store: SessionStore) -> None:
    await session_store.set("kort", "snart borta", SHORT)
    await session_store.set("lång", "kvar", MINUTE)
    assert await session_store.get("kort") == "snart borta"
    await asyncio.sleep(PAST_SHORT)
    assert await session_store.get("kort") is None
    assert await session_store.get("lång") == "kvar"


async def test_a_deleted_key_reads_as_none_and_deleting_again_is_harmless(
    session_store: SessionStore,
) -> None:
    await session_store.set("nyckel", "värde", MINUTE)
    await session_store.delete("nyckel")
    await session_store.delete("nyckel")
    assert await session_store.get("nyckel") is None


async def test_add_stores_only_when_the_key_is_absent(session_store: SessionStore) -> None:
    assert await session_store.add("idem:1", "first", MINUTE) is True
    assert await session_store.add("idem:1", "second", MINUTE) is False
    assert await session_store.get("idem:1") == "first"


async def test_add_succeeds_again_once_the_earlier_value_expired(
    session_store: SessionStore,
) -> None:
    assert await session_store.add("idem:2", "first", SHORT) is True
    await asyncio.sleep(PAST_SHORT)
    assert await session_store.add("idem:2", "second", MINUTE) is True
    assert await session_store.get("idem:2") == "second"


async def test_of_fifty_concurrent_adds_of_one_key_exactly_one_wins(
    session_store: SessionStore,
) -> None:
    results = await asyncio.gather(
        *(session_store.add("idem:race", f"request {n}", MINUTE) for n in range(50))
    )
    assert results.count(True) == 1
    winner = results.index(True)
    assert await session_store.get("idem:race") == f"request {winner}"


async def test_increment_counts_from_one_and_reads_as_text(session_store: SessionStore) -> None:
    assert [await session_store.increment("fråga:7", MINUTE) for _ in range(3)] == [1, 2, 3]
    assert await session_store.get("fråga:7") == "3"


async def test_fifty_concurrent_increments_each_get_their_own_count(
    session_store: SessionStore,
) -> None:
    counts = await asyncio.gather(*(session_store.increment("räknare", MINUTE) for _ in range(50)))
    assert sorted(counts) == list(range(1, 51))


async def test_an_expired_counter_starts_again_from_one(session_store: SessionStore) -> None:
    await session_store.increment("räknare:kort", SHORT)
    await asyncio.sleep(PAST_SHORT)
    assert await session_store.increment("räknare:kort", MINUTE) == 1


async def test_increment_refreshes_the_counters_ttl(session_store: SessionStore) -> None:
    """The counter is read once its first TTL has surely passed and its refreshed one surely
    has not, as measured around each call; a run the machine delayed past those bounds
    proves nothing either way, so it is done again under a new key."""
    seconds = REFRESHED.total_seconds()
    for attempt in range(ATTEMPTS):
        key = f"räknare:förnyad:{attempt}"
        first = await timed(session_store.increment(key, REFRESHED))
        await asyncio.sleep(seconds / 2)
        second = await timed(session_store.increment(key, REFRESHED))
        await asyncio.sleep(max(first.ended + seconds + MARGIN - time.monotonic(), 0))
        read = await timed(session_store.get(key))
        if (
            second.ended + MARGIN < first.began + seconds
            and read.began > first.ended + seconds + MARGIN
            and read.ended + MARGIN < second.began + seconds
        ):
            assert (first.value, second.value, read.value) == (1, 2, "2")
            return
    pytest.fail(f"no run of {ATTEMPTS} kept within the TTL's bounds: the machine is too busy")


@pytest.mark.parametrize("ttl", [timedelta(0), timedelta(seconds=-1)])
async def test_a_ttl_that_is_not_positive_is_refused(
    session_store: SessionStore, ttl: timedelta
) -> None:
    with pytest.raises(ValueError, match=TTL_REFUSAL):
        await session_store.set("k", "v", ttl)
    with pytest.raises(ValueError, match=TTL_REFUSAL):
        await session_store.add("k", "v", ttl)
    with pytest.raises(ValueError, match=TTL_REFUSAL):
        await session_store.increment("k", ttl)
    assert await session_store.get("k") is None


async def test_a_window_counts_from_one_and_says_how_long_it_has_left(
    session_store: SessionStore,
) -> None:
    first = await session_store.count_in_window("gräns:tjänst", MINUTE)
    second = await session_store.count_in_window("gräns:tjänst", MINUTE)
    assert (first.count, second.count) == (1, 2)
    assert timedelta(seconds=58) < second.remaining <= first.remaining <= MINUTE
    assert await session_store.get("gräns:tjänst") == "2"


async def test_a_window_is_not_extended_by_later_events(session_store: SessionStore) -> None:
    """The later event is counted while the window is surely open, and the one after it once
    the window has surely closed, as measured around each call; a run the machine delayed
    past those bounds proves nothing either way, so it is done again under a new key."""
    seconds = REFRESHED.total_seconds()
    for attempt in range(ATTEMPTS):
        key = f"gräns:fast:{attempt}"
        first = await timed(session_store.count_in_window(key, REFRESHED))
        await asyncio.sleep(seconds * 3 / 4)
        later = await timed(session_store.count_in_window(key, REFRESHED))
        await asyncio.sleep(max(first.ended + seconds + MARGIN - time.monotonic(), 0))
        after = await timed(session_store.count_in_window(key, REFRESHED))
        if later.ended + MARGIN < first.began + seconds:
            assert later.value.count == 2
            left = first.ended + seconds + MARGIN - later.began
            assert later.value.remaining <= timedelta(seconds=left)  # not a new window
            assert after.value.count == 1  # the window closed when the first one's did
            return
    pytest.fail(f"no run of {ATTEMPTS} kept within the window's bounds: the machine is too busy")


async def test_fifty_concurrent_events_of_one_window_each_get_their_own_count(
    session_store: SessionStore,
) -> None:
    windows = await asyncio.gather(
        *(session_store.count_in_window("gräns:rusning", MINUTE) for _ in range(50))
    )
    assert sorted(window.count for window in windows) == list(range(1, 51))


async def test_a_window_counts_several_events_at_once(session_store: SessionStore) -> None:
    first = await session_store.count_in_window("gräns:block", MINUTE, events=8)
    second = await session_store.count_in_window("gräns:block", MINUTE)
    third = await session_store.count_in_window("gräns:block", MINUTE, events=3)
    assert (first.count, second.count, third.count) == (8, 9, 12)
    assert third.remaining <= first.remaining <= MINUTE
    assert await session_store.get("gräns:block") == "12"


async def test_concurrent_runs_of_events_share_no_count(session_store: SessionStore) -> None:
    """Each call owns the counts from its answer less its events, plus one, to its answer:
    the runs of concurrent calls never overlap and together leave no gap."""
    sizes = [1, 4, 2, 8, 1, 16, 3, 1, 5, 2] * 3
    windows = await asyncio.gather(
        *(session_store.count_in_window("gräns:block-rusning", MINUTE, n) for n in sizes)
    )
    owned = sorted(
        count
        for window, n in zip(windows, sizes, strict=True)
        for count in range(window.count - n + 1, window.count + 1)
    )
    assert owned == list(range(1, sum(sizes) + 1))


@pytest.mark.parametrize("events", [0, -2, True, 1.5])
async def test_a_window_counts_one_event_or_more(session_store: SessionStore, events: int) -> None:
    with pytest.raises(ValueError, match="one event or more"):
        await session_store.count_in_window("gräns:inget", MINUTE, events)
    assert await session_store.get("gräns:inget") is None


async def test_a_window_over_a_value_that_is_not_a_counter_is_refused(
    session_store: SessionStore,
) -> None:
    await session_store.set("gräns:text", "köttdisken", MINUTE)
    with pytest.raises(ValueError, match="not a counter"):
        await session_store.count_in_window("gräns:text", MINUTE)


@pytest.mark.parametrize("window", [timedelta(0), timedelta(seconds=-1)])
async def test_a_window_that_is_not_positive_is_refused(
    session_store: SessionStore, window: timedelta
) -> None:
    with pytest.raises(ValueError, match=TTL_REFUSAL):
        await session_store.count_in_window("gräns:noll", window)
    assert await session_store.get("gräns:noll") is None
