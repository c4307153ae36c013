"""Batched maintenance: short committed units of work, or one rolled-back dry run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from attrs import frozen

from kundrost.application.arguments import whole_number
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory

MAX_BATCH_SIZE = 10_000
"""Batches of up to 10,000 rows keep each statement short (PERFORMANCE.md: aim < 50 ms)."""

Batch = Callable[[UnitOfWork, int], Awaitable[int]]
"""One batch of work over at most `limit` records in a unit of work; returns how many it
took. A batch that takes `limit` records is full, and the work goes on with another."""


def checked_batch_size(value: object) -> int:
    """1–10,000, else `InvalidValue("batch_size")`."""
    return whole_number("batch_size", value, 1, MAX_BATCH_SIZE)


def valid_batch_size(_instance: object, _attribute: Any, value: object) -> None:
    checked_batch_size(value)


def elapsed_ms(started: datetime, ended: datetime) -> int:
    return max(ended - started, timedelta(0)) // timedelta(milliseconds=1)


@frozen
class BatchCount:
    """How many records a work took, in how many batches that took at least one."""

    done: int = 0
    batches: int = 0


async def run_batches(
    new_uow: UnitOfWorkFactory, works: Sequence[Batch], size: int, *, dry_run: bool
) -> list[BatchCount]:
    """Each work, in order, repeated while its batches come back full.

    For real, every batch is its own unit of work and commit, so locks stay short and what
    is done stays done if a later batch fails. A dry run does the same batches in one unit of
    work that is rolled back at the end: each batch sees the ones before it, so the counts
    are exactly those of a real run at the same moment, and nothing changes.
    """
    if not dry_run:
        return [await _repeat(partial(_committed, new_uow, work), size) for work in works]
    async with new_uow() as uow:
        counts = [await _repeat(partial(work, uow), size) for work in works]
        await uow.rollback()
    return counts


async def _committed(new_uow: UnitOfWorkFactory, work: Batch, limit: int) -> int:
    async with new_uow() as uow:
        count = await work(uow, limit)
        await uow.commit()
    return count


async def _repeat(step: Callable[[int], Awaitable[int]], size: int) -> BatchCount:
    done = batches = 0
    while True:
        count = await step(size)
        done, batches = done + count, batches + (count > 0)
        if count < size:
            return BatchCount(done, batches)
