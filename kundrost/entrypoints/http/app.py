"""The Litestar application: settings and a container in, the whole HTTP API out.

`create_app` composes; controllers translate HTTP to use cases and back and hold no rules.
The app's lifespan starts the chosen adapters' connections and workers and stops them.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, Request
from litestar.datastructures import State
from litestar.middleware.rate_limit import RateLimitConfig, get_remote_address
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template import TemplateConfig

from kundrost.adapters.html.environment import new_environment
from kundrost.container import Container, close_resources, connect, open_resources
from kundrost.entrypoints.http.admission import FairAdmission
from kundrost.entrypoints.http.allow import install_exact_allow
from kundrost.entrypoints.http.dependencies import dependencies
from kundrost.entrypoints.http.errors import EXCEPTION_HANDLERS
from kundrost.entrypoints.http.health import OUTAGES, HealthController
from kundrost.entrypoints.http.known_query import refuse_unknown_query
from kundrost.entrypoints.http.observability import (
    MetricsController,
    install_request_log,
    instrument,
    with_prometheus,
)
from kundrost.entrypoints.http.openapi import openapi_config
from kundrost.entrypoints.http.rate_limit import WindowedRateLimitMiddleware
from kundrost.entrypoints.http.routes import ROUTE_HANDLERS
from kundrost.entrypoints.http.security import Principal, jwt_auth
from kundrost.entrypoints.http.strict_body import StrictRequest
from kundrost.entrypoints.http.unavailable import (
    gate_redis,
    outage_log,
    refuse_while_storage_is_away,
    service_unavailable,
)
from kundrost.entrypoints.lost_enqueues import lost_enqueues_swept
from kundrost.ports.availability import Unavailable
from kundrost.settings import Settings

log = logging.getLogger("kundrost.http")

RATE_LIMIT_EXEMPT = ["^/health", "^/metrics", "^/schema"]


def rate_limit_subject(request: Request[Any, Any, Any]) -> str:
    """The limit is per token subject; a request without a valid token counts by address."""
    user = request.scope.get("user")
    if isinstance(user, Principal):
        return f"sub:{user.subject}"
    return f"ip:{get_remote_address(request)}"


async def checked_before_handler(request: Request[Any, Any, Any]) -> None:
    """Litestar's one `before_request` hook: a request is refused at once while storage is
    known to be away, then for a query parameter its handler does not take."""
    refuse_while_storage_is_away(request)
    await refuse_unknown_query(request)


def create_app(container: Container, settings: Settings) -> Litestar:
    """The API over `container`, configured by `settings` (JWT secret, rate limit, flags)."""

    outages = outage_log()
    gate_redis(container, outages)

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        connect(container)
        await open_resources(container, migrate=settings.auto_migrate)
        try:
            async with lost_enqueues_swept(container, runs_jobs=settings.queue_worker):
                yield
        finally:
            await outages.close()
            await close_resources(container)

    auth = jwt_auth(settings.jwt_secret)
    rate_limit = RateLimitConfig(
        rate_limit=(settings.rate_limit.unit, settings.rate_limit.requests),  # type: ignore[arg-type]
        identifier_for_request=rate_limit_subject,
        exclude=RATE_LIMIT_EXEMPT,
        middleware_class=WindowedRateLimitMiddleware,
    )
    app = Litestar(
        route_handlers=[HealthController, MetricsController, *ROUTE_HANDLERS],
        dependencies=dependencies(container),
        exception_handlers={**EXCEPTION_HANDLERS, Unavailable: service_unavailable},
        on_app_init=[auth.on_app_init, with_prometheus],
        middleware=[rate_limit.middleware],
        state=State({"container": container, "settings": settings, OUTAGES: outages}),
        openapi_config=openapi_config(),
        request_class=StrictRequest,
        before_request=checked_before_handler,
        lifespan=[lifespan],
        logging_config=None,
        on_startup=[instrument(container)],
        template_config=TemplateConfig(
            engine=JinjaTemplateEngine.from_environment(new_environment())
        ),
    )
    app = install_exact_allow(app)
    app.asgi_handler = FairAdmission(app.asgi_handler, settings.http_concurrency)
    return install_request_log(app)
