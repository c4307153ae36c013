"""Every use case test runs on one fresh embedded store, with seeded ids; each area of use
cases sets its own clock."""

from __future__ import annotations

import pytest

from kundrost.adapters.memory import MemoryStore, MemoryUnitOfWork
from kundrost.adapters.system import SeededIds
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def new_uow(store: MemoryStore) -> UnitOfWorkFactory:
    def new() -> UnitOfWork:
        return MemoryUnitOfWork(store)

    return new


@pytest.fixture
def ids() -> SeededIds:
    return SeededIds(2026)
