"""Coalesced reads: one goes alone at once, those asked meanwhile go together after it, each
answered its own; a fetch's error reaches only the reads it was for."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest

from kundrost.adapters.coalesced import Coalesced


class Gated:
    """A fetch that answers `key * 10` for each key once `open` is set, and keeps the keys
    of every call; the calls numbered in `failing` (from 0) raise their error instead."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []
        self.open = asyncio.Event()
        self.failing: dict[int, Exception] = {}

    async def __call__(self, keys: list[int]) -> Mapping[int, int]:
        number = len(self.calls)
        self.calls.append(keys)
        await self.open.wait()
        if number in self.failing:
            raise self.failing[number]
        return {key: key * 10 for key in keys if key >= 0}


async def settled() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def one_then_more(
    reads: Coalesced[int, int], first: int, *more: int
) -> tuple[asyncio.Task[int | None], list[asyncio.Task[int | None]]]:
    """A read of `first` on its way, and reads of `more` asked meanwhile, all unanswered."""
    alone = asyncio.ensure_future(reads.get(first))
    await settled()
    waiting = [asyncio.ensure_future(reads.get(key)) for key in more]
    await settled()
    return alone, waiting


async def test_a_lone_read_is_fetched_at_once_and_alone() -> None:
    fetch = Gated()
    fetch.open.set()
    assert await Coalesced(fetch).get(4) == 40
    assert await Coalesced(fetch).get(-1) is None
    assert fetch.calls == [[4], [-1]]


async def test_reads_asked_while_one_is_on_its_way_are_fetched_together() -> None:
    fetch = Gated()
    reads = Coalesced(fetch)
    first, later = await one_then_more(reads, 1, 2, 3, 2, -5)
    assert fetch.calls == [[1]]

    fetch.open.set()

    assert await first == 10
    assert [await read for read in later] == [20, 30, 20, None]
    assert fetch.calls == [[1], [2, 3, -5]]
    assert await reads.get(7) == 70  # nothing waiting: the next read goes alone
    assert fetch.calls[-1] == [7]


async def test_a_fetch_that_fails_fails_its_reads_only() -> None:
    fetch = Gated()
    reads = Coalesced(fetch)
    first, batch = await one_then_more(reads, 1, 2, 3)
    fetch.failing = {0: ConnectionResetError("gone"), 2: ConnectionResetError("gone again")}
    fetch.open.set()

    with pytest.raises(ConnectionResetError):
        await first
    assert [await read for read in batch] == [20, 30]
    with pytest.raises(ConnectionResetError):
        await reads.get(4)
    assert await reads.get(5) == 50


async def test_a_batch_that_fails_raises_in_each_of_its_reads() -> None:
    fetch = Gated()
    reads = Coalesced(fetch)
    first, batch = await one_then_more(reads, 1, 2, 3)
    fetch.failing = {1: TimeoutError("no connection")}
    fetch.open.set()

    assert await first == 10
    results = await asyncio.gather(*batch, return_exceptions=True)

    assert [type(result) for result in results] == [TimeoutError, TimeoutError]
    assert await reads.get(6) == 60


async def test_a_read_cancelled_while_it_waits_leaves_the_others_their_answers() -> None:
    fetch = Gated()
    reads = Coalesced(fetch)
    first, (gone, kept) = await one_then_more(reads, 1, 2, 2)
    gone.cancel()
    fetch.open.set()

    assert await first == 10
    assert await kept == 20
    assert gone.cancelled()
