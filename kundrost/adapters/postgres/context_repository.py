"""Business contexts in PostgreSQL: every version kept, the highest one current."""

from __future__ import annotations

from collections.abc import Sequence

from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.transaction import Transaction
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


class PostgresBusinessContextRepository:
    """`ports.BusinessContextRepository` in `business_contexts`, keyed by (store, version).

    A put inserts the next version; the primary key lets only one of two concurrent edits
    of the same version in, and the other learns it at its commit (`ContextConflict`).
    Old versions stay, so an operator can see what a store's context was on any day.
    """

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    async def get(self, store_id: StoreId) -> BusinessContext | None:
        connection = await self._transaction.connection()
        body = await connection.fetchval(
            "SELECT body FROM business_contexts WHERE store_id = $1 ORDER BY version DESC LIMIT 1",
            store_id,
        )
        return None if body is None else CONVERTER.structure(body, BusinessContext)

    async def get_many(self, store_ids: Sequence[StoreId]) -> dict[StoreId, BusinessContext]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            "SELECT DISTINCT ON (store_id) store_id, body FROM business_contexts "
            "WHERE store_id = ANY($1::uuid[]) ORDER BY store_id, version DESC",
            list(store_ids),
        )
        return {
            StoreId(row["store_id"]): CONVERTER.structure(row["body"], BusinessContext)
            for row in rows
        }

    async def put(self, context: BusinessContext) -> None:
        store_id, version = context.store_id, context.version
        stored = await self._version(await self._transaction.connection(), store_id)
        if version != stored + 1:
            raise _conflict(store_id, stored, version)
        body = CONVERTER.unstructure(context)

        async def insert(connection: PoolConnectionProxy) -> None:
            inserted = await connection.fetchval(
                "INSERT INTO business_contexts (store_id, version, store_name, body) "
                "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING version",
                store_id,
                version,
                context.store_name,
                body,
            )
            if inserted is None:
                raise _conflict(store_id, await self._version(connection, store_id), version)

        self._transaction.defer(insert)

    async def store_ids(self) -> list[StoreId]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            "SELECT DISTINCT store_id FROM business_contexts ORDER BY store_id"
        )
        return [StoreId(row["store_id"]) for row in rows]

    @staticmethod
    async def _version(connection: PoolConnectionProxy, store_id: StoreId) -> int:
        version: int = await connection.fetchval(
            "SELECT coalesce(max(version), 0) FROM business_contexts WHERE store_id = $1",
            store_id,
        )
        return version
