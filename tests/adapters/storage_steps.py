"""Steps the storage contracts share: store records in one committed unit of work, read back,
build the spring week's report row by row."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import NamedTuple, TypeVar

from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.weekly_aggregation import build_weekly_report
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.new_sessions import NewSessions
from kundrost.ports.placed_calls import PlacedCalls
from kundrost.ports.status_reads import StatusReads
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import SPRING, SPRING_NOW

T = TypeVar("T")
UowFactory = Callable[[], UnitOfWork]


class OutsideUnits(NamedTuple):
    """A store's units of work and the ports that reach it outside any unit of work."""

    new_uow: UowFactory
    status_reads: StatusReads
    placed_calls: PlacedCalls
    new_sessions: NewSessions


async def committed(new_uow: UowFactory, change: Callable[[UnitOfWork], Awaitable[object]]) -> None:
    async with new_uow() as uow:
        await change(uow)
        await uow.commit()


async def stored(new_uow: UowFactory, *sessions: CallSession) -> None:
    async with new_uow() as uow:
        for session in sessions:
            await uow.sessions.add(session)
        await uow.commit()


async def read(new_uow: UowFactory, query: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    """What a fresh unit of work sees: only committed state."""
    async with new_uow() as uow:
        return await query(uow)


async def row_by_row(new_uow: UowFactory, report_id: ReportId, store_id: StoreId) -> WeeklyReport:
    """The spring week's report of `store_id` built, as before the weekly read, from the
    week's whole assessments read row by row."""
    start, end = SPRING.bounds("Europe/Stockholm")
    async with new_uow() as uow:
        whole = await uow.assessments.between(start, end, store_id=store_id)
    feedback = [WeeklyFeedback.from_assessment(a) for a in whole]
    return build_weekly_report(
        report_id, store_id, SPRING, feedback, [], SPRING_NOW, "Europe/Stockholm"
    )
