"""The privacy suite: the served API on PostgreSQL and Redis (a schema and key prefix of each
test's own), a manual clock, and everything it keeps scanned after each journey.

It runs whenever `KUNDROST_TEST_DATABASE_URL` and `KUNDROST_TEST_REDIS_URL` are set (so in
the README's `pytest` under `.ci/run`) and skips with a line saying so otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings
from tests.api.conftest import NOW
from tests.api.test_analysis import quiet_container
from tests.privacy.journeys import Journeys
from tests.service_settings import on_services


@pytest.fixture
def settings() -> Iterator[Settings]:
    with on_services("privacy", seed=16) as settings:
        yield settings


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture
def journeys(
    container: Container,
    settings: Settings,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> Iterator[Journeys]:
    """The app over its own PostgreSQL schema and Redis prefix, with every log line of every
    logger captured from the start."""
    caplog.set_level(logging.DEBUG)
    with TestClient(create_app(container, settings)) as api:
        yield Journeys(api, container, settings, clock, caplog)
