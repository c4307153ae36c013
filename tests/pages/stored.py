"""Putting a store's context and reports into the app's own storage, on the app's loop."""

from __future__ import annotations

from collections.abc import Sequence

from litestar.testing import TestClient

from kundrost.container import Container
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.ids import StoreId
from kundrost.domain.weekly_report import WeeklyReport

Client = TestClient  # type: ignore[type-arg]


def store(
    api: Client,
    container: Container,
    reports: Sequence[WeeklyReport],
    *,
    store_id: StoreId | None = None,
    name: str | None = None,
    recipients: Sequence[str] = (),
) -> None:
    """Stores `reports` and, when `store_id` is given, the store's context (its name and
    report recipients)."""

    async def put() -> None:
        if store_id is not None:
            await container.put_context()(
                BusinessContext(store_id, store_name=name, report_recipients=tuple(recipients))
            )
        async with container.new_uow()() as uow:
            for report in reports:
                await uow.reports.add(report)
            await uow.commit()

    api.blocking_portal.call(put)
