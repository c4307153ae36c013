"""Transcripts in the embedded store: at most one per call session, with its signature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from kundrost.adapters.memory.overlay import Guard, Overlay, positive_limit
from kundrost.adapters.memory.store import MemoryStore, StoredSignature
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.domain.similarity import Signature, signature, stable_digest
from kundrost.domain.transcript import Transcript
from kundrost.ports.errors import NotFound, TranscriptAlreadyRecorded

SessionLookup = Callable[[CallSessionId], CallSession | None]


class MemoryTranscriptRepository:
    """`ports.TranscriptRepository` over a `MemoryStore`, inside one unit of work.

    Signatures use the unkeyed `stable_digest`: they never leave the process, which holds
    the transcripts themselves in clear anyway.
    """

    def __init__(self, store: MemoryStore, guard: Guard, session_of: SessionLookup) -> None:
        self._store = store
        self._guard = guard
        self._session_of = session_of
        self._rows: Overlay[CallSessionId, Transcript] = Overlay(store.transcripts)
        self._signatures: Overlay[CallSessionId, StoredSignature] = Overlay(store.signatures)
        self._fresh: set[CallSessionId] = set()

    async def add(self, transcript: Transcript) -> None:
        self._guard()
        session_id = transcript.call_session_id
        if self._rows.get(session_id) is not None:
            raise TranscriptAlreadyRecorded(session_id)
        session = self._session_of(session_id)
        if session is None:
            raise NotFound("call session", session_id)
        self._rows.put(session_id, transcript)
        stored = StoredSignature(
            session.store_id,
            transcript.recorded_at,
            signature(transcript.customer_text(), stable_digest),
        )
        self._signatures.put(session_id, stored)
        if session_id not in self._store.transcripts:
            self._fresh.add(session_id)

    async def for_session(self, session_id: CallSessionId) -> Transcript | None:
        self._guard()
        return self._rows.get(session_id)

    async def for_sessions(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, Transcript]:
        self._guard()
        found = {session_id: self._rows.get(session_id) for session_id in session_ids}
        return {session_id: found for session_id, found in found.items() if found is not None}

    async def delete_for_session(self, session_id: CallSessionId) -> bool:
        self._guard()
        if self._rows.get(session_id) is None:
            return False
        self.cascade_delete(session_id)
        return True

    async def signature(self, session_id: CallSessionId) -> Signature | None:
        self._guard()
        stored = self._signatures.get(session_id)
        return None if stored is None else stored.signature

    async def signatures(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, Signature]:
        self._guard()
        found = {session_id: self._signatures.get(session_id) for session_id in session_ids}
        return {key: stored.signature for key, stored in found.items() if stored is not None}

    async def signatures_since(
        self,
        store_id: StoreId,
        since: datetime,
        *,
        excluding: CallSessionId | None = None,
        limit: int = 1000,
        sizes: tuple[int, int | None] | None = None,
    ) -> list[Signature]:
        self._guard()
        positive_limit(limit)
        found = [
            (stored.recorded_at, session_id, stored.signature)
            for session_id, stored in self._signatures.items()
            if stored.store_id == store_id
            and stored.recorded_at >= since
            and session_id != excluding
        ]
        found.sort(key=lambda row: (row[0], row[1]), reverse=True)
        fewest, most = sizes or (0, None)
        return [
            row[2]
            for row in found[:limit]
            if fewest <= len(row[2]) and (most is None or len(row[2]) <= most)
        ]

    async def session_ids(
        self, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSessionId]:
        self._guard()
        positive_limit(limit)
        ids = sorted(key for key in self._rows.visible_keys() if after is None or key > after)
        return ids[:limit]

    def cascade_delete(self, session_id: CallSessionId) -> None:
        """The transcript goes (its session is being deleted, or its words erased): its
        signature goes with it."""
        self._rows.delete(session_id)
        self._signatures.delete(session_id)

    def check_commit(self) -> None:
        for session_id in self._fresh:
            if self._rows.pending.get(session_id) and session_id in self._store.transcripts:
                raise TranscriptAlreadyRecorded(session_id)

    def apply_commit(self) -> None:
        self._rows.apply()
        self._signatures.apply()
