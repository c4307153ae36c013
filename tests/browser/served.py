"""The real app served by uvicorn on 127.0.0.1 in a thread, over memory storage that holds
five weeks of reports of one store and nothing of another."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID, uuid4

import uvicorn
from attrs import frozen

from kundrost.container import build_container
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.ids import StoreId
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.pages.builders import STORE, STORE_NAME, five_weeks
from tests.pages.stored import with_their_calls
from tests.services import free_port


@frozen
class Served:
    url: str
    reports: tuple[WeeklyReport, ...]
    empty_store: StoreId
    secret: str

    def bearer(self, *stores: UUID) -> dict[str, str]:
        token = issue_token(self.secret, "business", store_ids=stores)
        return {"Authorization": f"Bearer {token}"}

    def token(self, *stores: UUID) -> str:
        return issue_token(self.secret, "business", store_ids=stores)


@contextmanager
def served_app() -> Iterator[Served]:
    settings = Settings.embedded(seed=19)
    container = build_container(settings)
    reports = tuple(five_weeks())
    empty = StoreId(uuid4())
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(container, settings),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="on",
        )
    )

    async def serve() -> None:
        await container.put_context()(BusinessContext(STORE, store_name=STORE_NAME))
        async with container.new_uow()() as uow:
            await with_their_calls(uow, reports)
            await uow.commit()
        await server.serve()

    thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise AssertionError("the app did not start")
        time.sleep(0.05)
    try:
        yield Served(f"http://127.0.0.1:{port}", reports, empty, settings.jwt_secret)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
