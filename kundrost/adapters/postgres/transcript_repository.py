"""Transcripts in PostgreSQL: one per call session, every message's text encrypted, with a
keyed signature of the customer's words for the near-duplicate check."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.postgres.transaction import Transaction, positive_limit
from kundrost.domain.ids import CallSessionId, StoreId, TranscriptId
from kundrost.domain.similarity import Signature, signature
from kundrost.domain.transcript import Message, MessageType, Speaker, Transcript
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import NotFound, TranscriptAlreadyRecorded

TRANSCRIPT = "transcript"
"""The cipher purpose of what was said in a call."""
SHINGLE = "shingle"
"""The cipher purpose of the fingerprints a transcript's signature is made of."""

_INSERT = (
    "INSERT INTO transcripts (call_session_id, id, total_duration_seconds, recorded_at, "
    "store_id, signature) "
    "SELECT $1, $2, $3, $4, store_id, $5 FROM call_sessions WHERE id = $1 "
    "ON CONFLICT DO NOTHING RETURNING call_session_id"
)
_SIGNATURES = (
    "SELECT signature FROM (SELECT signature, recorded_at, call_session_id FROM transcripts "
    "WHERE store_id = $1 AND recorded_at >= $2 "
    "AND signature IS NOT NULL AND ($3::uuid IS NULL OR call_session_id <> $3) "
    "ORDER BY recorded_at DESC, call_session_id DESC LIMIT $4) newest "
    "WHERE octet_length(signature) >= $5 "
    "AND ($6::integer IS NULL OR octet_length(signature) <= $6) "
    "ORDER BY recorded_at DESC, call_session_id DESC"
)
"""Read backwards through `transcripts_store_signed`: one store's window, newest first; of
those, only the signatures of a size within reach leave the database (8 bytes a digest)."""


def keyed_signature(cipher: Cipher, transcript: Transcript) -> bytes:
    """The signature of the customer's words with each shingle's digest the first 8 bytes of
    its keyed fingerprint (HMAC), packed as sorted 64-bit numbers."""

    def digest(shingle: str) -> int:
        return int(cipher.fingerprint(shingle, SHINGLE)[:16], 16)

    numbers = sorted(signature(transcript.customer_text(), digest))
    return struct.pack(f">{len(numbers)}Q", *numbers)


def unpacked(packed: bytes) -> Signature:
    return frozenset(struct.unpack(f">{len(packed) // 8}Q", packed))


_INSERT_MESSAGES = (
    "INSERT INTO transcript_messages (call_session_id, message_order, speaker, content, "
    "timestamp_ms, message_type, confidence_score, language_detected, interrupted) "
    "SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::bytea[], $5::integer[], "
    "$6::text[], $7::numeric[], $8::text[], $9::boolean[])"
)
_MESSAGES = (
    "SELECT call_session_id, message_order, speaker, content, timestamp_ms, message_type, "
    "confidence_score, language_detected, interrupted FROM transcript_messages "
    "WHERE call_session_id = ANY($1::uuid[]) ORDER BY call_session_id, message_order"
)


class PostgresTranscriptRepository:
    """`ports.TranscriptRepository` in `transcripts` and `transcript_messages`."""

    def __init__(self, transaction: Transaction, cipher: Cipher) -> None:
        self._transaction = transaction
        self._cipher = cipher
        self._unpacked: dict[bytes, Signature] = {}
        """The signatures this unit of work unpacked: a batch of analyses of one store reads
        mostly the same ones for each of its items."""

    async def add(self, transcript: Transcript) -> None:
        session_id = transcript.call_session_id
        connection = await self._transaction.connection()
        if await connection.fetchval(
            "SELECT 1 FROM transcripts WHERE call_session_id = $1", session_id
        ):
            raise TranscriptAlreadyRecorded(session_id)
        messages = self._message_columns(transcript.messages)
        signed = keyed_signature(self._cipher, transcript)

        async def insert(connection: PoolConnectionProxy) -> None:
            inserted = await connection.fetchval(
                _INSERT,
                session_id,
                transcript.id,
                transcript.total_duration_seconds,
                transcript.recorded_at,
                signed,
            )
            if inserted is None:
                if not await connection.fetchval(
                    "SELECT 1 FROM call_sessions WHERE id = $1", session_id
                ):
                    raise NotFound("call session", session_id)
                raise TranscriptAlreadyRecorded(session_id)
            await connection.execute(_INSERT_MESSAGES, session_id, *messages)

        self._transaction.defer(insert)

    async def for_session(self, session_id: CallSessionId) -> Transcript | None:
        found = await self._transcripts(
            "SELECT id, call_session_id, total_duration_seconds, recorded_at FROM transcripts "
            "WHERE call_session_id = $1",
            session_id,
        )
        return found[0] if found else None

    async def for_sessions(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, Transcript]:
        found = await self._transcripts(
            "SELECT id, call_session_id, total_duration_seconds, recorded_at FROM transcripts "
            "WHERE call_session_id = ANY($1::uuid[])",
            list(session_ids),
        )
        return {transcript.call_session_id: transcript for transcript in found}

    async def delete_for_session(self, session_id: CallSessionId) -> bool:
        connection = await self._transaction.connection()
        status: str = await connection.execute(
            "DELETE FROM transcripts WHERE call_session_id = $1", session_id
        )
        return status != "DELETE 0"

    async def signature(self, session_id: CallSessionId) -> Signature | None:
        connection = await self._transaction.connection()
        packed = await connection.fetchval(
            "SELECT signature FROM transcripts WHERE call_session_id = $1", session_id
        )
        return None if packed is None else unpacked(packed)

    async def signatures(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, Signature]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            "SELECT call_session_id, signature FROM transcripts "
            "WHERE call_session_id = ANY($1::uuid[]) AND signature IS NOT NULL",
            list(session_ids),
        )
        return {CallSessionId(row["call_session_id"]): unpacked(row["signature"]) for row in rows}

    async def signatures_since(
        self,
        store_id: StoreId,
        since: datetime,
        *,
        excluding: CallSessionId | None = None,
        limit: int = 1000,
        sizes: tuple[int, int | None] | None = None,
    ) -> list[Signature]:
        positive_limit(limit)
        fewest, most = sizes or (0, None)
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            _SIGNATURES,
            store_id,
            since,
            excluding,
            limit,
            fewest * 8,
            None if most is None else most * 8,
        )
        known = self._unpacked
        found: list[Signature] = []
        for row in rows:
            packed = row["signature"]
            signature = known.get(packed)
            if signature is None:
                signature = known[packed] = unpacked(packed)
            found.append(signature)
        return found

    async def session_ids(
        self, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSessionId]:
        positive_limit(limit)
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            "SELECT call_session_id FROM transcripts WHERE ($1::uuid IS NULL OR "
            "call_session_id > $1) ORDER BY call_session_id LIMIT $2",
            after,
            limit,
        )
        return [CallSessionId(row["call_session_id"]) for row in rows]

    async def _transcripts(self, query: str, *arguments: Any) -> list[Transcript]:
        """The transcripts `query` selects, in its order, with their messages (one more query).

        Each statement reads its own snapshot, so a transcript deleted by a unit of work that
        committed between the two has no messages left: it is read as deleted, as it is.
        """
        connection = await self._transaction.connection()
        heads = await connection.fetch(query, *arguments)
        if not heads:
            return []
        by_session: dict[Any, list[Message]] = {head["call_session_id"]: [] for head in heads}
        for row in await connection.fetch(_MESSAGES, list(by_session)):
            by_session[row["call_session_id"]].append(self._message(row))
        return [
            Transcript(
                id=TranscriptId(head["id"]),
                call_session_id=CallSessionId(head["call_session_id"]),
                messages=tuple(by_session[head["call_session_id"]]),
                total_duration_seconds=head["total_duration_seconds"],
                recorded_at=head["recorded_at"],
            )
            for head in heads
            if by_session[head["call_session_id"]]
        ]

    def _message_columns(self, messages: Sequence[Message]) -> tuple[list[Any], ...]:
        return (
            [m.message_order for m in messages],
            [m.speaker.value for m in messages],
            [self._cipher.encrypt(m.content, TRANSCRIPT) for m in messages],
            [m.timestamp_ms for m in messages],
            [None if m.message_type is None else m.message_type.value for m in messages],
            [m.confidence_score for m in messages],
            [m.language_detected for m in messages],
            [m.interrupted for m in messages],
        )

    def _message(self, row: asyncpg.Record) -> Message:
        kind = row["message_type"]
        return Message(
            speaker=Speaker(row["speaker"]),
            content=self._cipher.decrypt(row["content"], TRANSCRIPT),
            timestamp_ms=row["timestamp_ms"],
            message_order=row["message_order"],
            message_type=None if kind is None else MessageType(kind),
            confidence_score=row["confidence_score"],
            language_detected=row["language_detected"],
            interrupted=row["interrupted"],
        )
