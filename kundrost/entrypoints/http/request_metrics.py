"""Litestar's Prometheus middleware with its per-request work cut to a dict lookup.

Litestar's `PrometheusMiddleware` builds a `Request` and its URL, a label dict, and asks
prometheus_client for the labelled child of each metric (a lock and a lookup each) four
times per request. The metrics, names and labels stay Litestar's; this subclass reads the
labels from the ASGI scope and keeps each label set's children, found once.
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

from litestar.enums import ScopeType
from litestar.plugins.prometheus import PrometheusMiddleware
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR
from litestar.types import ASGIApp, Message, Receive, Scope, Send

Children = tuple[Any, Any]
"""The request counter and the duration histogram of one label set."""


class ScopeLabelledPrometheusMiddleware(PrometheusMiddleware):
    """Counts as Litestar's middleware does, with labels method, path (the route template:
    `group_path` is required), status code and app name; no extra labels or exemplars."""

    _in_progress: ClassVar[dict[tuple[str, str], Any]] = {}
    _children: ClassVar[dict[tuple[str, str, int], Children]] = {}

    def __init__(self, app: ASGIApp, config: Any) -> None:
        if not config.group_path or config.labels or config.exemplars:
            raise ValueError("needs group_path, and no extra labels or exemplars")
        super().__init__(app, config)
        self._app_name = config.app_name

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"] if scope["type"] == ScopeType.HTTP else scope["type"]
        if method in (self._config.excluded_http_methods or ()):
            await self.app(scope, receive, send)
            return
        path = scope["path_template"]
        in_progress = self._in_progress.get((method, path))
        if in_progress is None:
            labels = self._labels(method, path, 200)
            in_progress = self.requests_in_progress(labels).labels(*labels.values())
            self._in_progress[(method, path)] = in_progress
        started = time.perf_counter()
        span = [200, 0.0]

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                span[0] = message["status"]
            elif message["type"] == "http.response.body":
                span[1] = time.perf_counter() - started
            await send(message)

        in_progress.inc()
        try:
            await self.app(scope, receive, counting_send)
        finally:
            in_progress.dec()
            status = int(span[0])
            count, duration = self._children_of(method, path, status)
            if status >= HTTP_500_INTERNAL_SERVER_ERROR:
                labels = self._labels(method, path, status)
                self.requests_error_count(labels).labels(*labels.values()).inc()
            count.inc()
            duration.observe(span[1])

    def _children_of(self, method: str, path: str, status: int) -> Children:
        key = (method, path, status)
        children = self._children.get(key)
        if children is None:
            labels = self._labels(method, path, status)
            values = [*labels.values()]
            children = (
                self.request_count(labels).labels(*values),
                self.request_time(labels).labels(*values),
            )
            self._children[key] = children
        return children

    def _labels(self, method: str, path: str, status: int) -> dict[str, str | int | float]:
        return {"method": method, "path": path, "status_code": status, "app_name": self._app_name}
