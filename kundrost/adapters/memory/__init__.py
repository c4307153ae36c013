"""Embedded adapters: storage, cache and job queue in this process, with no setup.

They are the default of `kundrost serve` and `kundrost demo`, and they keep the same
rules as the PostgreSQL and Redis adapters (the contract suites in `tests/adapters` prove
it). State lives as long as the process.
"""

from kundrost.adapters.memory.job_queue import InProcessJobQueue
from kundrost.adapters.memory.new_sessions import UnitOfWorkNewSessions
from kundrost.adapters.memory.placed_calls import UnitOfWorkPlacedCalls
from kundrost.adapters.memory.session_store import MemorySessionStore
from kundrost.adapters.memory.status_reads import UnitOfWorkStatusReads
from kundrost.adapters.memory.store import MemoryStore
from kundrost.adapters.memory.unit_of_work import MemoryUnitOfWork

__all__ = [
    "InProcessJobQueue",
    "MemorySessionStore",
    "MemoryStore",
    "MemoryUnitOfWork",
    "UnitOfWorkNewSessions",
    "UnitOfWorkPlacedCalls",
    "UnitOfWorkStatusReads",
]
