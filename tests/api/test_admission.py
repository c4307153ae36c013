"""Fair admission: a bounded number of HTTP requests inside the app, the rest in arrival order."""

from __future__ import annotations

import asyncio
from typing import cast

import pytest
from litestar.types import Message, Receive, ReceiveMessage, Scope, Send

from kundrost.adapters.crypto import generate_key_text
from kundrost.entrypoints.http.admission import FairAdmission
from kundrost.settings import HTTP_CONCURRENCY, Settings


class SlowApp:
    """An ASGI app that records who is inside and when each request entered."""

    def __init__(self) -> None:
        self.inside = 0
        self.most_inside = 0
        self.entered: list[int] = []
        self.release = asyncio.Event()

    async def __call__(self, scope: Scope, _receive: Receive, _send: Send) -> None:
        self.inside += 1
        self.most_inside = max(self.most_inside, self.inside)
        self.entered.append(int(scope["path"].removeprefix("/")))
        await self.release.wait()
        await asyncio.sleep(0)
        self.inside -= 1


def a_scope(kind: str, number: int) -> Scope:
    """A request's scope cut to what the test reads: FairAdmission its type, SlowApp its
    path, which carries the request's number in arrival order."""
    return cast("Scope", {"type": kind, "path": f"/{number}"})


async def never_receive() -> ReceiveMessage:
    raise AssertionError("FairAdmission and SlowApp read no request body")


async def never_send(_message: Message) -> None:
    raise AssertionError("FairAdmission and SlowApp send nothing")


async def test_at_most_the_limit_is_inside_and_the_rest_enter_in_arrival_order() -> None:
    app = SlowApp()
    admission = FairAdmission(app, 3)

    async def request(number: int) -> None:
        await admission(a_scope("http", number), never_receive, never_send)

    tasks = [asyncio.create_task(request(number)) for number in range(10)]
    await asyncio.sleep(0.01)
    assert app.inside == 3
    assert app.entered == [0, 1, 2]
    app.release.set()
    await asyncio.gather(*tasks)
    assert app.most_inside == 3
    assert app.entered == list(range(10))


async def test_websockets_are_not_held_back() -> None:
    app = SlowApp()
    admission = FairAdmission(app, 1)
    first = asyncio.create_task(admission(a_scope("http", 0), never_receive, never_send))
    socket = asyncio.create_task(admission(a_scope("websocket", 1), never_receive, never_send))
    await asyncio.sleep(0.01)
    assert app.entered == [0, 1]
    app.release.set()
    await asyncio.gather(first, socket)


def test_the_limit_is_a_setting_and_must_be_positive() -> None:
    assert Settings.from_env({}).http_concurrency == HTTP_CONCURRENCY["memory"] == 16
    on_postgres = {
        "KUNDROST_DATABASE_URL": "postgresql://db/kundrost",
        "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
    }
    assert Settings.from_env(on_postgres).http_concurrency == 64
    constructed = Settings(
        storage="postgres", database_url="postgresql://db/kundrost", encryption_key=bytes(32)
    )
    assert constructed.http_concurrency == 64
    assert Settings.from_env({"KUNDROST_HTTP_CONCURRENCY": "4"}).http_concurrency == 4
    with pytest.raises(ValueError, match="at least 1"):
        FairAdmission(SlowApp(), 0)
