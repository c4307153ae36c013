"""Every controller of the API, in the order the OpenAPI document lists them."""

from __future__ import annotations

from typing import Any

ROUTE_HANDLERS: list[Any] = []
