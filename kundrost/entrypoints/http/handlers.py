"""Litestar's route decorators, with guards that are given the handler itself.

Litestar hands each guard a copy of the route handler (`copy(self)` per guard, per request),
so that a guard cannot change the handler for the requests after it. kundrost's guards read
nothing from the handler and change nothing, and the copy cost more than the checks. The
handlers here are Litestar's `HTTPRouteHandler` with `authorize_connection` overridden and
nothing else; `get`, `post`, … make them as Litestar's decorators of those names do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from litestar.connection import ASGIConnection
from litestar.enums import HttpMethod
from litestar.handlers import HTTPRouteHandler

from kundrost.entrypoints.http.security import Guard


class UncopiedGuardsRouteHandler(HTTPRouteHandler):
    async def authorize_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> None:
        """Every guard in scope, in order, each given this handler (guards must not change it)."""
        # resolve_guards makes every guard a coroutine function; its type still says either
        for guard in cast("list[Guard]", self.resolve_guards()):
            await guard(connection, self)


def _decorator(method: HttpMethod) -> Callable[..., UncopiedGuardsRouteHandler]:
    def route(path: str | None = None, **options: Any) -> UncopiedGuardsRouteHandler:
        return UncopiedGuardsRouteHandler(path, http_method=method, **options)

    route.__name__ = method.value.lower()
    return route


get = _decorator(HttpMethod.GET)
post = _decorator(HttpMethod.POST)
put = _decorator(HttpMethod.PUT)
patch = _decorator(HttpMethod.PATCH)
delete = _decorator(HttpMethod.DELETE)
