"""Putting and getting a store's business context, with how complete it is."""

from __future__ import annotations

from attrs import evolve, field, frozen

from kundrost.domain.business_context import BusinessContext
from kundrost.domain.completeness import Completeness, CompletenessPolicy
from kundrost.domain.ids import StoreId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class ContextSaved:
    """The context as stored (with its new version) and how complete it is."""

    context: BusinessContext
    completeness: Completeness


@frozen
class PutBusinessContext:
    """Stores `context` as the store's next version: one more than the stored one, 1 for a new
    store; the version the caller sent is ignored, since a PUT replaces the whole context.
    An edit that another one committed in between raises `ContextConflict` (the repository
    refuses the version), so two concurrent edits never both count as the same version.
    A context below the completeness threshold is stored all the same, with its warnings."""

    new_uow: UnitOfWorkFactory
    completeness: CompletenessPolicy = field(factory=CompletenessPolicy)

    async def __call__(self, context: BusinessContext) -> ContextSaved:
        async with self.new_uow() as uow:
            stored = await uow.contexts.get(context.store_id)
            saved = evolve(context, version=stored.version + 1 if stored else 1)
            await uow.contexts.put(saved)
            await uow.commit()
        return ContextSaved(saved, saved.completeness(self.completeness))


@frozen
class GetBusinessContext:
    new_uow: UnitOfWorkFactory

    async def __call__(self, store_id: StoreId) -> BusinessContext:
        """Raises `NotFound` for a store that has never put a context."""
        async with self.new_uow() as uow:
            context = await uow.contexts.get(store_id)
        if context is None:
            raise NotFound("business context", store_id)
        return context
