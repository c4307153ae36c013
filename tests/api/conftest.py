"""The API under test: the real app on the embedded adapters, a manual clock, and tokens.

`api` is a Litestar test client around `create_app(container, settings)`; `token(role,
stores)` signs a bearer token with the app's secret; `clock` is the container's clock
(a `ManualClock`), so a test can move time (retention, retries) without sleeping.

With `KUNDROST_TEST_BACKEND=postgres` every API test runs on PostgreSQL and Redis instead
(a schema and a key prefix of the test's own, migrated by the app at start-up and removed
afterwards), so each journey is proven on the real services too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from dependency_injector import providers
from litestar.testing import TestClient

from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.container import Container, build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import Role, issue_token
from kundrost.settings import Settings
from tests.api.calls_builders import quiet_phone
from tests.service_settings import on_services

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
"""A Tuesday morning in week 48 of 2026: stores are open, last week is complete."""

TokenMaker = Callable[..., dict[str, str]]


BACKEND = os.environ.get("KUNDROST_TEST_BACKEND", "memory").strip() or "memory"
if BACKEND not in {"memory", "postgres"}:
    raise RuntimeError(f"KUNDROST_TEST_BACKEND must be memory or postgres, got {BACKEND!r}")


@pytest.fixture
def settings() -> Iterator[Settings]:
    if BACKEND == "memory":
        yield Settings.embedded(seed=48)
        return
    with on_services("api", seed=48) as settings:
        yield settings


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    container = build_container(settings)
    container.clock.override(providers.Object(clock))
    return container


@pytest.fixture
def telephony(container: Container) -> SimulatedTelephony:
    """A quiet simulated network: a call rings until the test reports what happened (or
    awaits `deliver()`). A module may override it with scripted outcomes."""
    return quiet_phone(container)


@pytest.fixture
def api(
    container: Container, settings: Settings, request: pytest.FixtureRequest
) -> Iterator[TestClient]:  # type: ignore[type-arg]
    """The app; in a module marked `quiet_phone`, over the `telephony` fixture's network."""
    if request.node.get_closest_marker("quiet_phone"):
        request.getfixturevalue("telephony")
    with TestClient(create_app(container, settings)) as client:
        yield client


@pytest.fixture
def service(token: TokenMaker) -> dict[str, str]:
    """The Authorization header of a service token (the verification system)."""
    return token("service")


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
