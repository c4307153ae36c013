"""Query parameters an API operation does not take are a 400 naming them, as unknown body
fields are: a misspelt `strat_date` must not silently search the last 90 days. An optional
parameter is left out when it has no value: `?start_date=null` is refused, not read as "no
date". A parameter that holds one value is given once: `?q=kassa&q=kö` is refused rather
than one of the two silently searched. Only the operations of the OpenAPI document are held
to it; the HTML pages a browser opens take whatever a link adds."""

from __future__ import annotations

from typing import Any

from attrs import frozen
from litestar import Litestar, Request
from litestar.exceptions import ValidationException
from litestar.handlers import BaseRouteHandler
from litestar.routes import HTTPRoute

STATE_KEY = "query_parameters"


@frozen
class QueryParameters:
    """The query parameters a handler takes, which of them are optional, and which take a
    list (given once per item)."""

    names: frozenset[str]
    optional: frozenset[str]
    lists: frozenset[str]


def query_parameters(app: Litestar) -> dict[BaseRouteHandler, QueryParameters]:
    """Each documented HTTP handler's query parameters, from the kwargs models Litestar built."""
    found: dict[BaseRouteHandler, QueryParameters] = {}
    for route in app.routes:
        if isinstance(route, HTTPRoute):
            for handler, kwargs_model in route.route_handler_map.values():
                if not handler.resolve_include_in_schema():
                    continue
                params = kwargs_model.expected_query_params
                found[handler] = QueryParameters(
                    frozenset(p.field_alias for p in params),
                    frozenset(p.field_alias for p in params if p.default is None),
                    frozenset(p.field_alias for p in params if p.is_sequence),
                )
    return found


async def refuse_unknown_query(request: Request[Any, Any, Any]) -> None:
    """A `before_request` hook: unknown query parameters, `null` for an optional one and a
    parameter of one value given twice are refused before the handler runs, named but never
    their values; a request without a query string costs one look."""
    if not request.scope["query_string"]:
        return
    state = request.app.state
    known = state.get(STATE_KEY)
    if known is None:
        known = state[STATE_KEY] = query_parameters(request.app)
    taken = known.get(request.route_handler)
    if taken is None:
        return
    refused: dict[str, str] = {}
    given: set[str] = set()
    for name, value in request.query_params.multi_items():
        if name not in taken.names:
            refused.setdefault(name, "unknown query parameter")
        elif name in taken.optional and value == "null":
            refused.setdefault(name, "leave the parameter out instead of sending null")
        elif name in given and name not in taken.lists:
            refused.setdefault(name, "given more than once; it takes one value")
        given.add(name)
    if refused:
        raise ValidationException(
            detail="the request is invalid",
            extra=[
                {"key": name, "message": message, "source": "query"}
                for name, message in refused.items()
            ],
        )
