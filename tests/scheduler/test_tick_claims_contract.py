"""TickClaims under contract: one winner per (job, tick), across processes; no overlapping runs.

Runs on the memory adapter, and on PostgreSQL with two adapters on separate pools (two
machines) over a fresh schema.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kundrost.adapters.memory.tick_claims import MemoryTickClaims
from kundrost.ports.tick_claims import TickClaims
from tests.scheduler.postgres import postgres_claims

TICK = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)

Machines = Callable[[], TickClaims]
"""Gives the claims as seen from another machine each time it is called."""


@pytest.fixture(params=["memory", "postgres"])
async def machines(request: pytest.FixtureRequest) -> AsyncIterator[Machines]:
    if request.param == "memory":
        shared = MemoryTickClaims()
        yield lambda: shared
        return
    async with postgres_claims() as machines:
        yield machines


async def test_of_many_concurrent_claims_of_one_tick_exactly_one_wins(machines: Machines) -> None:
    claimants = [machines() for _ in range(3)]

    won = await asyncio.gather(*(claims.claim("retention", TICK) for claims in claimants * 4))

    assert won.count(True) == 1


async def test_a_tick_is_claimed_once_also_by_its_winner(machines: Machines) -> None:
    claims = machines()

    assert await claims.claim("retries", TICK)
    assert not await claims.claim("retries", TICK)
    assert not await machines().claim("retries", TICK)


async def test_each_job_and_each_tick_is_claimed_on_its_own(machines: Machines) -> None:
    claims = machines()

    assert await claims.claim("retries", TICK)
    assert await claims.claim("retention", TICK)
    assert await machines().claim("retries", TICK + timedelta(minutes=1))


async def test_the_same_instant_in_another_zone_is_the_same_tick(machines: Machines) -> None:
    assert await machines().claim("weekly-reports", TICK)

    stockholm = TICK.astimezone(ZoneInfo("Europe/Stockholm"))
    assert not await machines().claim("weekly-reports", stockholm)


async def test_a_job_running_on_one_machine_is_not_entered_on_another(machines: Machines) -> None:
    first, second = machines(), machines()

    async with first.running("weekly-reports") as entered:
        async with second.running("weekly-reports") as also:
            assert (entered, also) == (True, False)
        async with second.running("retention") as other_job:
            assert other_job
    async with second.running("weekly-reports") as after:
        assert after


async def test_old_claims_are_forgotten_and_recent_ones_kept(machines: Machines) -> None:
    claims = machines()
    for hours in range(5):
        assert await claims.claim("retention", TICK + timedelta(hours=hours))

    forgotten = await claims.forget_before(TICK + timedelta(hours=3))

    assert forgotten == 3
    assert await claims.claim("retention", TICK)
    assert not await claims.claim("retention", TICK + timedelta(hours=3))


async def test_a_naive_tick_is_refused(machines: Machines) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await machines().claim("retention", datetime(2026, 11, 30, 3, 0))
