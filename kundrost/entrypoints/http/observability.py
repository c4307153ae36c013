"""What an operator sees of the running API: one structured log line per request, and
Prometheus metrics of requests and of the business (calls by status, analyses, rewards).

The request log names the route template, never the path or query string a client typed,
and never a body: phone numbers and the words of a call must not reach a log. Every request
gets a request id (the client's `X-Request-ID` when it is a plain token, else a new one),
echoed in the response and attached to every log line written while it is handled.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from litestar import Litestar, Response, get
from litestar.config.app import AppConfig
from litestar.enums import ScopeType
from litestar.openapi.spec import SecurityRequirement
from litestar.plugins.prometheus import PrometheusConfig, PrometheusController
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
)

from kundrost.container import Container
from kundrost.domain.call_events import CallEvent, Connected
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import CallSessionId
from kundrost.entrypoints.http.request_metrics import ScopeLabelledPrometheusMiddleware
from kundrost.entrypoints.http.security import Principal
from kundrost.entrypoints.logs import request_id as request_id_var
from kundrost.entrypoints.metrics import count_call, counting_analysis
from kundrost.ports.job_queue import JobKind

request_log = logging.getLogger("kundrost.http.requests")
log = logging.getLogger("kundrost.http")

REQUEST_ID_HEADER = b"x-request-id"
TEXT_FORMAT = CONTENT_TYPE_LATEST.replace("; charset=utf-8", "")
"""Prometheus's text format; Litestar adds the charset itself."""
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")


def current_request_id() -> str:
    """The id of the request being handled in this context, `-` outside any request."""
    return request_id_var.get()


class RequestLog:
    """ASGI middleware around the whole app (404s of unknown routes included): request id in
    and out, and one log line per HTTP request when it has been answered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        request_id = _request_id_of(scope)
        token = request_id_var.set(request_id)
        status = 500
        header = (REQUEST_ID_HEADER, request_id.encode())
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if request_log.isEnabledFor(logging.INFO):
                log_request(scope, status, (time.perf_counter() - started) * 1000, request_id)
            request_id_var.reset(token)


def _request_id_of(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == REQUEST_ID_HEADER:
            text = value.decode("latin-1")
            if _CLIENT_ID.fullmatch(text):
                return text
            break
    return os.urandom(16).hex()


def log_request(scope: Scope, status: int, duration_ms: float, request_id: str) -> None:
    """The request's line: its route template (never the path or query a client typed),
    status, duration, id and token subject; `logs.JsonLinesFormatter` writes it as it is."""
    user = scope.get("user")
    request_log.info(
        {
            "event": "request",
            "method": scope.get("method"),
            "route": scope.get("path_template") or None,
            "status": status,
            "duration_ms": round(duration_ms, 2),
            "request_id": request_id,
            "subject": user.subject if isinstance(user, Principal) else None,
        }
    )


def prometheus_config() -> PrometheusConfig:
    """Requests by method, route template and status, and their latencies; the route
    template keeps the label set small (a session id is never a label)."""
    return PrometheusConfig(
        app_name="kundrost",
        prefix="kundrost_http",
        group_path=True,
        exclude=["^/metrics"],
        exclude_unhandled_paths=True,
        middleware_class=ScopeLabelledPrometheusMiddleware,
    )


def with_prometheus(app_config: AppConfig) -> AppConfig:
    """An `on_app_init` hook, after the JWT one: the Prometheus middleware goes outermost, so
    refused requests (401, 429) are counted too."""
    app_config.middleware.insert(0, prometheus_config().middleware)
    return app_config


class MetricsController(PrometheusController):
    """`GET /metrics`: Litestar's Prometheus endpoint, documented, and without a token
    (scraped inside the deployment's network; it holds counts, never personal data)."""

    path = "/metrics"
    tags: Sequence[str] = ["Operations"]
    security: Sequence[SecurityRequirement] = [{}]

    @get(
        "/",
        media_type=TEXT_FORMAT,
        operation_id="GetPrometheusMetrics",
        summary="Prometheus metrics",
        description=(
            "Prometheus text format: `kundrost_http_requests_total` and "
            "`kundrost_http_request_duration_seconds` by method, route template and status; "
            "`kundrost_calls_total{status}`, `kundrost_analyses_total{outcome}`, "
            "`kundrost_rewards_granted_total` and `kundrost_reward_percentage`."
        ),
    )
    async def get(self) -> Response[bytes]:
        registry: CollectorRegistry = REGISTRY
        if "PROMETHEUS_MULTIPROC_DIR" in os.environ or "prometheus_multiproc_dir" in os.environ:
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return Response(generate_latest(registry), media_type=TEXT_FORMAT)


def install_request_log(app: Litestar) -> Litestar:
    """Wrap the app's whole ASGI handler, so unknown routes and early refusals are logged."""
    app.asgi_handler = RequestLog(app.asgi_handler)
    return app


def instrument(container: Container) -> Callable[[], Awaitable[None]]:
    """A startup hook: count what the app's own background work finishes.

    After `connect` (the app's lifespan), the in-process queue's analysis handler is wrapped
    to count each finished analysis and reward, and an in-process telephony's event listener
    (the simulated network) to count the statuses its calls reach. A queue that runs jobs in
    another process (`kundrost worker`) is counted there, not here.
    """

    async def hook() -> None:
        queue = container.job_queue()
        if hasattr(queue, "register"):
            queue.register(JobKind.ANALYSE_FEEDBACK, counting_analysis(container))
        telephony = container.telephony()
        listener = getattr(telephony, "listener", None)
        if listener is not None and not isinstance(listener, _CountingListener):
            telephony.listener = _CountingListener(listener, container)

    return hook


class _CountingListener:
    """A telephony listener that counts where each reported event left its session."""

    def __init__(self, inner: Callable[..., Awaitable[None]], container: Container) -> None:
        self.inner = inner
        self.container = container

    async def __call__(self, session_id: CallSessionId, event: CallEvent, **kw: Any) -> None:
        before = await self._status(session_id)
        await self.inner(session_id, event, **kw)
        after = await self._status(session_id)
        if after is None or after is before:
            return
        if isinstance(event, Connected) and before is CallStatus.PENDING:
            count_call(CallStatus.IN_PROGRESS)
        if after is not CallStatus.IN_PROGRESS:
            count_call(after)

    async def _status(self, session_id: CallSessionId) -> CallStatus | None:
        try:
            return (await self.container.call_status().outline(session_id)).session.status
        except Exception as error:  # the call's own handling logs what went wrong
            log.debug("call %s: not counted (%s)", session_id, type(error).__name__)
            return None
