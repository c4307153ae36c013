"""Sealing the rows of earlier releases: what SQL migrations cannot do without the key.

Migration 0002 left two kinds of rows to finish: assessments whose actionable items were
stored in clear (now in `legacy_actionable_items`), and transcripts with no signature.
`seal_legacy_rows` encrypts the one and signs the other, a batch per transaction, rows that
another process is sealing skipped; running it again finds nothing left. `kundrost
migrate` runs it after the SQL files, and so does `KUNDROST_AUTO_MIGRATE`.
"""

from __future__ import annotations

import logging

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from attrs import frozen

from kundrost.adapters.postgres.assessment_repository import ITEMS
from kundrost.adapters.postgres.database import PostgresDatabase
from kundrost.adapters.postgres.migrations import checked_schema
from kundrost.adapters.postgres.transcript_repository import keyed_signature
from kundrost.domain.ids import CallSessionId
from kundrost.ports.cipher import Cipher

log = logging.getLogger(__name__)

_UNSEALED_ITEMS = """
SELECT id, legacy_actionable_items::text AS items FROM quality_assessments
WHERE legacy_actionable_items IS NOT NULL LIMIT $1 FOR UPDATE SKIP LOCKED
"""
_UNSIGNED = """
SELECT call_session_id FROM transcripts WHERE signature IS NULL LIMIT $1 FOR UPDATE SKIP LOCKED
"""
COUNT_UNSEALED = """
SELECT (SELECT count(*) FROM quality_assessments WHERE legacy_actionable_items IS NOT NULL)
     + (SELECT count(*) FROM transcripts WHERE signature IS NULL)
"""
"""How many rows wait to be sealed: the customer's words in clear, or an unsigned transcript."""


@frozen
class SealedRows:
    assessments: int
    transcripts: int


async def _seal_items(connection: PoolConnectionProxy, cipher: Cipher, batch: int) -> int:
    rows = await connection.fetch(_UNSEALED_ITEMS, batch)
    await connection.executemany(
        "UPDATE quality_assessments SET actionable_items = $2, legacy_actionable_items = NULL "
        "WHERE id = $1",
        [(row["id"], cipher.encrypt(row["items"], ITEMS)) for row in rows],
    )
    return len(rows)


async def _sign(database: PostgresDatabase, cipher: Cipher, batch: int) -> int:
    async with database.unit_of_work() as uow:
        connection = await uow.connection()
        session_ids = [row["call_session_id"] for row in await connection.fetch(_UNSIGNED, batch)]
        for session_id in session_ids:
            transcript = await uow.transcripts.for_session(CallSessionId(session_id))
            signed = b"" if transcript is None else keyed_signature(cipher, transcript)
            await connection.execute(
                "UPDATE transcripts SET signature = $2 WHERE call_session_id = $1",
                session_id,
                signed,
            )
        await uow.commit()
    return len(session_ids)


async def seal_legacy_rows(
    database: PostgresDatabase, cipher: Cipher, *, batch: int = 500
) -> SealedRows:
    """Seals every row left in clear by earlier releases; returns how many of each."""
    assessments = transcripts = 0
    while True:
        async with database.unit_of_work() as uow:
            sealed = await _seal_items(await uow.connection(), cipher, batch)
            await uow.commit()
        assessments += sealed
        if sealed < batch:
            break
    while (signed := await _sign(database, cipher, batch)) > 0:
        transcripts += signed
        if signed < batch:
            break
    if assessments or transcripts:
        log.info(
            "sealed the rows of earlier releases: %d assessments' actionable items encrypted, "
            "%d transcripts signed",
            assessments,
            transcripts,
        )
    return SealedRows(assessments, transcripts)


async def unsealed_rows(dsn: str, *, schema: str) -> int:
    """How many rows of `schema` wait to be sealed; it needs no key to count them."""
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(f"SET search_path TO {checked_schema(schema)}")
        count: int = await connection.fetchval(COUNT_UNSEALED)
    finally:
        await connection.close()
    return count


async def seal(dsn: str, cipher: Cipher, *, schema: str) -> SealedRows:
    """`seal_legacy_rows` on a pool of its own, for `kundrost migrate`."""
    database = PostgresDatabase(dsn, cipher, schema=schema, max_size=2)
    await database.start()
    try:
        return await seal_legacy_rows(database, cipher)
    finally:
        await database.close()
