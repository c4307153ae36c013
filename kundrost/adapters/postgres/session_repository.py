"""Call sessions in PostgreSQL: one per verification, phone numbers encrypted, expiry in batches."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.postgres.assessment_repository import ANONYMISED
from kundrost.adapters.postgres.queries import created_between
from kundrost.adapters.postgres.transaction import Transaction, positive_limit
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.priority import Priority
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import CallAlreadyExists, NotFound
from kundrost.ports.tallies import SessionTally

PHONE = "phone"
"""The cipher purpose of phone numbers, for their ciphertext and their fingerprint."""

COLUMNS = (
    "id, verification_id, store_id, phone, phone_fingerprint, transaction_time, "
    "transaction_value, priority, status, attempt, created_at, updated_at, connected_at, "
    "ended_at, duration_seconds, failure_reason, end_reason, provider_call_id, expires_at"
)
_PLACEHOLDERS = ", ".join(f"${n}" for n in range(1, 20))
INSERT = (
    f"INSERT INTO call_sessions ({COLUMNS}) VALUES ({_PLACEHOLDERS}) "
    "ON CONFLICT DO NOTHING RETURNING id"
)
_UPDATE = (
    "UPDATE call_sessions SET verification_id = $2, store_id = $3, phone = $4, "
    "phone_fingerprint = $5, transaction_time = $6, transaction_value = $7, priority = $8, "
    "status = $9, attempt = $10, created_at = $11, updated_at = $12, connected_at = $13, "
    "ended_at = $14, duration_seconds = $15, failure_reason = $16, end_reason = $17, "
    "provider_call_id = $18, expires_at = $19 WHERE id = $1"
)
_SELECT = f"SELECT {COLUMNS} FROM call_sessions"
_SET_PROVIDER_CALL = "UPDATE call_sessions SET provider_call_id = $3 WHERE id = $1 AND attempt = $2"
OUTLINE_COLUMNS = (
    "id, store_id, status, attempt, duration_seconds, failure_reason, end_reason, created_at, "
    "expires_at"
)


DELETE_EXPIRED = f"""
WITH deleted AS (
    DELETE FROM call_sessions
    WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM call_sessions
        WHERE expires_at <= $1 AND status NOT IN ('pending', 'in_progress')
        ORDER BY expires_at, id
        LIMIT $2
        FOR UPDATE SKIP LOCKED
    ))
    RETURNING id
), anonymised AS (
    UPDATE quality_assessments SET {ANONYMISED}
    WHERE call_session_id IN (SELECT id FROM deleted) AND NOT is_anonymised
)
SELECT count(*) FROM deleted
"""

TALLY = """
SELECT count(*) AS total,
    count(*) FILTER (WHERE status = 'completed') AS completed,
    coalesce(sum(duration_seconds) FILTER (WHERE status = 'completed'), 0) AS duration_sum,
    count(duration_seconds) FILTER (WHERE status = 'completed') AS durations
FROM call_sessions
WHERE created_at >= $1 AND created_at < $2 AND expires_at > $3
"""
"""Not expired is `expires_at > now`, the negation of `CallSession.is_expired`."""


def session_values(session: CallSession, cipher: Cipher) -> tuple[Any, ...]:
    """The row of `session`, in `COLUMNS` order, its phone number encrypted."""
    phone = session.phone
    return (
        session.id,
        session.verification_id,
        session.store_id,
        None if phone is None else cipher.encrypt(phone.e164, PHONE),
        None if phone is None else cipher.fingerprint(phone.e164, PHONE),
        session.transaction_time,
        session.transaction_value,
        session.priority.value,
        session.status.value,
        session.attempt,
        session.created_at,
        session.updated_at,
        session.connected_at,
        session.ended_at,
        session.duration_seconds,
        None if session.failure_reason is None else session.failure_reason.value,
        None if session.end_reason is None else session.end_reason.value,
        session.provider_call_id,
        session.expires_at,
    )


def _optional(kind: type[Any], value: str | None) -> Any:
    return None if value is None else kind(value)


def session_from_row(row: asyncpg.Record, cipher: Cipher) -> CallSession:
    phone = row["phone"]
    return CallSession(
        id=CallSessionId(row["id"]),
        verification_id=VerificationId(row["verification_id"]),
        store_id=StoreId(row["store_id"]),
        phone=None if phone is None else PhoneNumber(cipher.decrypt(phone, PHONE)),
        transaction_time=row["transaction_time"],
        transaction_value=row["transaction_value"],
        priority=Priority(row["priority"]),
        status=CallStatus(row["status"]),
        attempt=row["attempt"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        connected_at=row["connected_at"],
        ended_at=row["ended_at"],
        duration_seconds=row["duration_seconds"],
        failure_reason=_optional(FailureReason, row["failure_reason"]),
        end_reason=_optional(EndReason, row["end_reason"]),
        provider_call_id=row["provider_call_id"],
        expires_at=row["expires_at"],
    )


def outline_from_row(row: asyncpg.Record) -> SessionOutline:
    """A session's outline from a row of `OUTLINE_COLUMNS`: its phone number is not read."""
    return SessionOutline(
        id=CallSessionId(row["id"]),
        store_id=StoreId(row["store_id"]),
        status=CallStatus(row["status"]),
        attempt=row["attempt"],
        duration_seconds=row["duration_seconds"],
        failure_reason=_optional(FailureReason, row["failure_reason"]),
        end_reason=_optional(EndReason, row["end_reason"]),
        created_at=row["created_at"],
        expires_at=row["expires_at"],
    )


class PostgresCallSessionRepository:
    """`ports.CallSessionRepository` in the `call_sessions` table."""

    def __init__(self, transaction: Transaction, cipher: Cipher) -> None:
        self._transaction = transaction
        self._cipher = cipher

    async def add(self, session: CallSession, *, checked_at_commit: bool = False) -> None:
        """The insert waits for the unit of work's next statement or its commit (see the
        unit of work); with `checked_at_commit` no read looks for a stored session before
        it, and the insert's conflict finds it instead."""
        if not checked_at_commit:
            existing = await self._first(
                "WHERE verification_id = $1 OR id = $2", session.verification_id, session.id
            )
            if existing is not None:
                raise CallAlreadyExists(existing.id)
        values = session_values(session, self._cipher)

        async def insert(connection: PoolConnectionProxy) -> None:
            if await connection.fetchval(INSERT, *values) is None:
                winner = await connection.fetchval(
                    "SELECT id FROM call_sessions WHERE verification_id = $1 OR id = $2 LIMIT 1",
                    session.verification_id,
                    session.id,
                )
                raise CallAlreadyExists(winner or session.id)

        self._transaction.defer(insert)

    async def get(
        self, session_id: CallSessionId, *, for_update: bool = False
    ) -> CallSession | None:
        return await self._first(
            "WHERE id = $1 FOR UPDATE" if for_update else "WHERE id = $1", session_id
        )

    async def by_verification(self, verification_id: VerificationId) -> CallSession | None:
        return await self._first("WHERE verification_id = $1", verification_id)

    async def get_many(
        self, session_ids: Sequence[CallSessionId], *, for_update: bool = False
    ) -> dict[CallSessionId, CallSession]:
        lock = " ORDER BY id FOR UPDATE" if for_update else ""
        found = await self._all(f"WHERE id = ANY($1::uuid[]){lock}", list(session_ids))
        return {session.id: session for session in found}

    async def save(self, session: CallSession) -> None:
        connection = await self._transaction.connection()
        status = await connection.execute(_UPDATE, *session_values(session, self._cipher))
        if status == "UPDATE 0":
            raise NotFound("call session", session.id)

    async def set_provider_call(
        self, session_id: CallSessionId, attempt: int, provider_call_id: str
    ) -> None:
        async def update(connection: PoolConnectionProxy) -> None:
            await connection.execute(_SET_PROVIDER_CALL, session_id, attempt, provider_call_id)

        self._transaction.defer(update)

    async def count_from_phone(
        self,
        phone: PhoneNumber,
        since: datetime,
        *,
        until: datetime | None = None,
        excluding: CallSessionId | None = None,
    ) -> int:
        connection = await self._transaction.connection()
        count: int = await connection.fetchval(
            "SELECT count(*) FROM call_sessions WHERE phone_fingerprint = $1 "
            "AND created_at >= $2 AND ($3::timestamptz IS NULL OR created_at < $3) "
            "AND ($4::uuid IS NULL OR id <> $4)",
            self._cipher.fingerprint(phone.e164, PHONE),
            since,
            until,
            excluding,
        )
        return count

    async def pending_by_provider_call(self, provider_call_id: str) -> CallSession | None:
        return await self._first(
            "WHERE provider_call_id = $1 AND status = 'pending' LIMIT 1", provider_call_id
        )

    async def newest_pending_to(self, phone: PhoneNumber) -> CallSession | None:
        return await self._first(
            "WHERE phone_fingerprint = $1 AND status = 'pending' "
            "ORDER BY created_at DESC, id DESC LIMIT 1",
            self._cipher.fingerprint(phone.e164, PHONE),
        )

    async def between(
        self, start: datetime, end: datetime, *, store_id: StoreId | None = None
    ) -> list[CallSession]:
        return await self._all(*created_between(start, end, store_id))

    async def tally(
        self, start: datetime, end: datetime, *, store_id: StoreId | None, now: datetime
    ) -> SessionTally:
        """One aggregate over `call_sessions_created`, or `call_sessions_store_created` for
        one store; no phone number is read."""
        connection = await self._transaction.connection()
        if store_id is None:
            row = await connection.fetchrow(TALLY, start, end, now)
        else:
            row = await connection.fetchrow(f"{TALLY} AND store_id = $4", start, end, now, store_id)
        assert row is not None  # an aggregate without GROUP BY returns one row
        return SessionTally(
            total=row["total"],
            completed=row["completed"],
            duration_seconds_sum=row["duration_sum"],
            durations=row["durations"],
        )

    async def store_ids_between(self, start: datetime, end: datetime) -> list[StoreId]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            "SELECT DISTINCT store_id FROM call_sessions "
            "WHERE created_at >= $1 AND created_at < $2 ORDER BY store_id",
            start,
            end,
        )
        return [StoreId(row["store_id"]) for row in rows]

    async def failed(
        self,
        *,
        attempts_below: int,
        after: CallSessionId | None = None,
        limit: int = 1000,
    ) -> list[CallSession]:
        positive_limit(limit)
        return await self._all(
            "WHERE status = 'failed' AND attempt < $1 AND ($2::uuid IS NULL OR id > $2) "
            "ORDER BY id LIMIT $3",
            attempts_below,
            after,
            limit,
        )

    async def live_before(
        self, changed_before: datetime, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSession]:
        """Read through the partial index of live sessions, which holds only calls in flight."""
        positive_limit(limit)
        return await self._all(
            "WHERE status IN ('pending', 'in_progress') AND updated_at < $1 "
            "AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3",
            changed_before,
            after,
            limit,
        )

    async def delete_expired(self, now: datetime, limit: int) -> int:
        """One statement: the `limit` earliest expiries of ended calls, read through the
        partial `expires_at` index; rows another cleanup holds are skipped, not waited for.
        Their assessments are anonymised in the same statement; transcripts, their messages
        and signatures, and the report words of the calls go by the foreign keys' cascade."""
        positive_limit(limit)
        connection = await self._transaction.connection()
        deleted: int = await connection.fetchval(DELETE_EXPIRED, now, limit)
        return deleted

    async def _first(self, where: str, *arguments: Any) -> CallSession | None:
        connection = await self._transaction.connection(reads_only="FOR UPDATE" not in where)
        row = await connection.fetchrow(f"{_SELECT} {where}", *arguments)
        return None if row is None else session_from_row(row, self._cipher)

    async def _all(self, where: str, *arguments: Any) -> list[CallSession]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(f"{_SELECT} {where}", *arguments)
        return [session_from_row(row, self._cipher) for row in rows]
