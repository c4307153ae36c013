"""Transcripts in the embedded store: at most one per call session."""

from __future__ import annotations

from datetime import datetime

from kundrost.adapters.memory.overlay import Guard, Overlay, positive_limit
from kundrost.adapters.memory.store import MemoryStore
from kundrost.domain.ids import CallSessionId
from kundrost.domain.transcript import Transcript
from kundrost.ports.errors import TranscriptAlreadyRecorded


class MemoryTranscriptRepository:
    """`ports.TranscriptRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[CallSessionId, Transcript] = Overlay(store.transcripts)
        self._fresh: set[CallSessionId] = set()

    async def add(self, transcript: Transcript) -> None:
        self._guard()
        session_id = transcript.call_session_id
        if self._rows.get(session_id) is not None:
            raise TranscriptAlreadyRecorded(session_id)
        self._rows.put(session_id, transcript)
        if session_id not in self._store.transcripts:
            self._fresh.add(session_id)

    async def for_session(self, session_id: CallSessionId) -> Transcript | None:
        self._guard()
        return self._rows.get(session_id)

    async def delete_for_session(self, session_id: CallSessionId) -> bool:
        self._guard()
        if self._rows.get(session_id) is None:
            return False
        self._rows.delete(session_id)
        return True

    async def recorded_since(
        self, since: datetime, *, excluding: CallSessionId | None = None, limit: int = 500
    ) -> list[Transcript]:
        self._guard()
        positive_limit(limit)
        found = [
            t
            for t in self._rows.values()
            if t.recorded_at >= since and t.call_session_id != excluding
        ]
        found.sort(key=lambda t: (t.recorded_at, t.call_session_id), reverse=True)
        return found[:limit]

    async def session_ids(
        self, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSessionId]:
        self._guard()
        positive_limit(limit)
        ids = sorted(key for key in self._rows.visible_keys() if after is None or key > after)
        return ids[:limit]

    def cascade_delete(self, session_id: CallSessionId) -> None:
        """The session is being deleted: its transcript goes with it."""
        self._rows.delete(session_id)

    def check_commit(self) -> None:
        for session_id in self._fresh:
            if self._rows.pending.get(session_id) and session_id in self._store.transcripts:
                raise TranscriptAlreadyRecorded(session_id)

    def apply_commit(self) -> None:
        for session_id, transcript in self._rows.pending.items():
            if transcript is None:
                self._store.transcripts.pop(session_id, None)
            else:
                self._store.transcripts[session_id] = transcript
