"""Guards of kundrost's route decorators are given the handler itself, not a copy per request."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.exceptions import PermissionDeniedException
from litestar.testing import TestClient

from kundrost.entrypoints.http.handlers import UncopiedGuardsRouteHandler, get, post

seen: list[Any] = []


async def remember(_connection: Any, handler: Any) -> None:
    seen.append(handler)


@get("/guarded", guards=[remember, remember], sync_to_thread=False)
def guarded() -> dict[str, str]:
    return {"status": "ok"}


async def refuse(_connection: Any, _handler: Any) -> None:
    raise PermissionDeniedException("no")


@post("/no", guards=[remember, refuse], sync_to_thread=False)
def refused() -> None:
    raise AssertionError("not reached")


def test_every_guard_of_every_request_sees_the_one_handler_and_a_refusal_still_refuses() -> None:
    seen.clear()
    with TestClient(Litestar([guarded, refused])) as client:
        assert client.get("/guarded").status_code == 200
        assert client.get("/guarded").status_code == 200
        assert client.post("/no").status_code == 403
    assert len(seen) == 5
    assert all(handler is seen[0] for handler in seen[:4])
    assert isinstance(seen[0], UncopiedGuardsRouteHandler)
    assert seen[0].http_methods == {"GET"}
    assert seen[4].http_methods == {"POST"}
