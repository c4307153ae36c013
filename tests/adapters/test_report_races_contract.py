"""WeeklyReportRepository under concurrency: replacements of one week racing each other, a
first report of the week or a cancel's erasure of a call's words, end as they would one
after the other, with no error."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import pytest
from attrs import define, evolve

from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from tests.adapters.storage_builders import a_store
from tests.adapters.storage_steps import UowFactory, committed, read
from tests.adapters.test_customer_words_contract import WEEK, a_quoting_report, calls_of

SETTLE = 0.2
"""Long enough for a unit of work that is not blocked to run its statements and wait."""


@define
class Turn:
    """When a move of a race runs: once `after` is set (when given); it sets `done` when its
    first statements ran, then holds the rest for `hold` seconds."""

    after: asyncio.Event | None = None
    done: asyncio.Event | None = None
    hold: float = 0.0

    async def start(self) -> None:
        if self.after is not None:
            await self.after.wait()

    async def pause(self) -> None:
        if self.done is not None:
            self.done.set()
        await asyncio.sleep(self.hold)


class Race:
    """A store with two calls and a report of `WEEK` quoting both, and the moves of a race
    on it, each in a unit of work of its own."""

    def __init__(self, new_uow: UowFactory, calls: list[CallSession]) -> None:
        self.new_uow = new_uow
        self.first, self.second = calls
        self.store = self.first.store_id
        self.report = a_quoting_report(self.store, self.first, self.second)
        self.commits: list[WeeklyReport] = []

    @classmethod
    async def on(cls, new_uow: UowFactory, *, stored: bool = True) -> Race:
        race = cls(new_uow, await calls_of(new_uow, a_store(), 2))
        if stored:
            await committed(new_uow, lambda uow: uow.reports.add(race.report))
        return race

    async def replace(self, report: WeeklyReport, turn: Turn) -> None:
        await turn.start()
        async with self.new_uow() as uow:
            await uow.reports.replace(report)
            await turn.pause()
            await uow.commit()
        self.commits.append(report)

    async def cancel(self, call: CallSession, turn: Turn) -> None:
        """A cancel's storage steps: the call's row locked and erased, then its words."""
        await turn.start()
        async with self.new_uow() as uow:
            await uow.sessions.get(call.id, for_update=True)
            await uow.sessions.save(call.erased())
            await turn.pause()
            await uow.reports.erase_words_of(call.id)
            await uow.commit()

    async def kept(self) -> WeeklyReport:
        report = await read(self.new_uow, lambda uow: uow.reports.for_week(self.store, WEEK))
        assert report is not None
        return report


async def at_once(*moves: Awaitable[None]) -> list[Any]:
    return await asyncio.wait_for(asyncio.gather(*moves, return_exceptions=True), timeout=10)


def quoted_calls(report: WeeklyReport) -> set[CallSessionId]:
    """The calls whose words the report still holds: quotes and worded recommendations."""
    quotes = [q for item in report.negative_issues for q in item.sample_quotes]
    quotes += [q for item in report.positive_trends for q in item.sample_quotes]
    sources = {r.source for r in report.actionable_recommendations if r.source is not None}
    return {q.call_session_id for q in quotes} | sources


async def test_of_two_racing_replacements_of_a_week_the_later_commit_is_kept_whole(
    new_uow: UowFactory,
) -> None:
    race, replaced = await Race.on(new_uow), asyncio.Event()
    earlier = evolve(race.report, total_feedback_count=11)
    later = evolve(race.report, total_feedback_count=12)

    outcomes = await at_once(
        race.replace(earlier, Turn(done=replaced, hold=SETTLE)),
        race.replace(later, Turn(after=replaced)),
    )

    assert outcomes == [None, None]
    assert await race.kept() == race.commits[-1]


@pytest.mark.parametrize("cancel_first", [True, False], ids=["cancel-first", "replace-first"])
async def test_a_replacement_and_a_cancel_racing_it_keep_no_words_of_the_call(
    new_uow: UowFactory, cancel_first: bool
) -> None:
    """The first to start holds its locks while the other starts. With the cancel first
    (holding the call's row, erasing the call's words only after the replacement began),
    on PostgreSQL each waited for the other, a deadlock, when the replacement deleted the
    old words before it waited for the call."""
    race, began = await Race.on(new_uow), asyncio.Event()
    rebuilt = evolve(race.report, total_feedback_count=11)
    leading, following = Turn(done=began, hold=SETTLE), Turn(after=began)

    if cancel_first:
        outcomes = await at_once(race.cancel(race.first, leading), race.replace(rebuilt, following))
    else:
        outcomes = await at_once(race.replace(rebuilt, leading), race.cancel(race.first, following))

    assert outcomes == [None, None]
    assert (await race.kept()).total_feedback_count == 11
    assert quoted_calls(await race.kept()) == {race.second.id}


async def test_a_replacement_racing_a_first_report_of_the_week_is_kept(
    new_uow: UowFactory,
) -> None:
    """The first report is written (not yet committed) when the replacement deletes the
    week's report, and committed while the replacement inserts its own."""
    race, written = await Race.on(new_uow, stored=False), asyncio.Event()
    replacement = a_quoting_report(race.store, race.second, race.first)

    async def add() -> None:
        async with new_uow() as uow:
            await uow.reports.add(race.report)
            await uow.reports.for_week(race.store, WEEK.next())
            written.set()
            await asyncio.sleep(SETTLE)
            await uow.commit()

    added, replaced = await at_once(add(), race.replace(replacement, Turn(after=written)))

    assert replaced is None
    assert added is None or isinstance(added, ReportExists)
    assert await race.kept() == replacement
