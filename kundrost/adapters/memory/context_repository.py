"""Business contexts in the embedded store: versioned, so concurrent edits cannot both win."""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.adapters.memory.overlay import Guard, Overlay
from kundrost.adapters.memory.store import MemoryStore
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.ids import StoreId
from kundrost.ports.errors import ContextConflict


def _conflict(store_id: StoreId, stored: int, offered: int) -> ContextConflict:
    return ContextConflict(
        "the business context was changed since it was read",
        store_id=str(store_id),
        stored_version=stored,
        version=offered,
    )


class MemoryBusinessContextRepository:
    """`ports.BusinessContextRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[StoreId, BusinessContext] = Overlay(store.contexts)
        self._read_versions: dict[StoreId, int] = {}

    async def get(self, store_id: StoreId) -> BusinessContext | None:
        self._guard()
        return self._rows.get(store_id)

    async def put(self, context: BusinessContext) -> None:
        self._guard()
        current = self._rows.get(context.store_id)
        stored = 0 if current is None else current.version
        if context.version != stored + 1:
            raise _conflict(context.store_id, stored, context.version)
        self._read_versions.setdefault(context.store_id, stored)
        self._rows.put(context.store_id, context)

    async def store_ids(self) -> list[StoreId]:
        self._guard()
        return sorted(self._rows.visible_keys())

    async def get_many(self, store_ids: Sequence[StoreId]) -> dict[StoreId, BusinessContext]:
        self._guard()
        found = {store_id: self._rows.get(store_id) for store_id in store_ids}
        return {store_id: context for store_id, context in found.items() if context is not None}

    def check_commit(self) -> None:
        for store_id, read in self._read_versions.items():
            committed = self._store.contexts.get(store_id)
            stored = 0 if committed is None else committed.version
            if stored != read:
                offered = self._rows.pending[store_id]
                raise _conflict(store_id, stored, offered.version if offered else 0)

    def apply_commit(self) -> None:
        for store_id, context in self._rows.pending.items():
            if context is not None:
                self._store.contexts[store_id] = context
