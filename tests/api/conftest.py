"""The API under test: the real app on the embedded adapters, a manual clock, and tokens.

`api` is a Litestar test client around `create_app(container, settings)`; `token(role,
stores)` signs a bearer token with the app's secret; `clock` is the container's clock
(a `ManualClock`), so a test can move time (retention, retries) without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from dependency_injector import providers
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container, build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import Role, issue_token
from kundrost.settings import Settings

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
"""A Tuesday morning in week 48 of 2026: stores are open, last week is complete."""

TokenMaker = Callable[..., dict[str, str]]


@pytest.fixture
def settings() -> Settings:
    return Settings.embedded(seed=48)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    container = build_container(settings)
    container.clock.override(providers.Object(clock))
    return container


@pytest.fixture
def api(container: Container, settings: Settings) -> Iterator[TestClient]:  # type: ignore[type-arg]
    with TestClient(create_app(container, settings)) as client:
        yield client


@pytest.fixture
def token(settings: Settings) -> TokenMaker:
    """`token("business", stores=[id])` → the Authorization header of a fresh token."""

    def make(
        role: Role | str,
        *,
        stores: list[UUID] | tuple[UUID, ...] = (),
        ttl: timedelta = timedelta(hours=1),
        subject: str | None = None,
        now: datetime | None = None,
    ) -> dict[str, str]:
        signed = issue_token(
            settings.jwt_secret, role, store_ids=stores, ttl=ttl, subject=subject, now=now
        )
        return {"Authorization": f"Bearer {signed}"}

    return make
