"""Feature flags: an operator switches an area of the API off, and it answers 503."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from kundrost.entrypoints.http.errors import FeatureDisabled
from kundrost.entrypoints.http.security import Guard
from kundrost.settings import Settings


def feature(area: str) -> Guard:
    """A guard that answers 503 `FEATURE_DISABLED` while `area` is switched off; settings are
    read from the app's state, so a test app can switch an area off."""

    async def guard(
        connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler
    ) -> None:
        settings: Settings = connection.app.state.settings
        if not settings.feature_enabled(area):
            raise FeatureDisabled(area)

    return guard
