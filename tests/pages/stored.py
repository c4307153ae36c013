"""Putting a store's context and reports into the app's own storage, on the app's loop."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.container import Container
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import StoreId
from kundrost.domain.report_words import words_of
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import a_session

Client = TestClient[Litestar]


def store(
    api: Client,
    container: Container,
    reports: Sequence[WeeklyReport],
    *,
    store_id: StoreId | None = None,
    name: str | None = None,
    recipients: Sequence[str] = (),
) -> None:
    """Stores `reports` with their calls (`with_their_calls`) and, when `store_id` is given,
    the store's context (its name and report recipients)."""

    async def put() -> None:
        if store_id is not None:
            await container.put_context()(
                BusinessContext(store_id, store_name=name, report_recipients=tuple(recipients))
            )
        async with container.new_uow()() as uow:
            await with_their_calls(uow, reports)
            await uow.commit()

    api.blocking_portal.call(put)


async def with_their_calls(uow: UnitOfWork, reports: Sequence[WeeklyReport]) -> None:
    """Adds `reports` and the completed calls their quotes came from, still holding their
    words (a report keeps a call's words only while the call does)."""
    calls = {words.call_session_id for report in reports for words in words_of(report)}
    for call in sorted(calls):
        await uow.sessions.add(evolve(a_session(CallStatus.COMPLETED), id=call))
    for report in reports:
        await uow.reports.add(report)
