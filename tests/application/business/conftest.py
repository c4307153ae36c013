"""Business-analysis use cases on the embedded store, with a manual clock and seeded ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kundrost.adapters.memory import MemoryStore
from kundrost.adapters.system import ManualClock
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from tests.application.business.doubles import InterleavingUnitOfWork

MONDAY_AFTER_WEEK_48 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
"""03:00 in Stockholm on the Monday of week 49, when the scheduler reports week 48."""


@pytest.fixture
def racing_uow(store: MemoryStore) -> UnitOfWorkFactory:
    """Units of work on the same store whose commits wait a turn, for concurrency tests."""

    def new() -> UnitOfWork:
        return InterleavingUnitOfWork(store)

    return new


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MONDAY_AFTER_WEEK_48)
