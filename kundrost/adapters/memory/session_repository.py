"""Call sessions in the embedded store: one per verification, row locks, expiry."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from kundrost.adapters.memory.assessment_repository import MemoryAssessmentRepository
from kundrost.adapters.memory.overlay import Guard, Overlay, positive_limit
from kundrost.adapters.memory.record_repositories import MemoryCallQualityRepository
from kundrost.adapters.memory.report_repository import MemoryWeeklyReportRepository
from kundrost.adapters.memory.store import MemoryStore
from kundrost.adapters.memory.transcript_repository import MemoryTranscriptRepository
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.errors import CallAlreadyExists, NotFound
from kundrost.ports.tallies import SessionTally

LockRow = Callable[[CallSessionId], Awaitable[bool]]
UnlockRow = Callable[[CallSessionId], None]


class MemoryCallSessionRepository:
    """`ports.CallSessionRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(
        self,
        store: MemoryStore,
        guard: Guard,
        lock_row: LockRow,
        unlock_row: UnlockRow,
        transcripts: MemoryTranscriptRepository,
        assessments: MemoryAssessmentRepository,
        reports: MemoryWeeklyReportRepository,
        quality: MemoryCallQualityRepository,
        rows: Overlay[CallSessionId, CallSession] | None = None,
    ) -> None:
        """`rows`: this unit of work's view of the sessions, when other repositories read it
        too (made here otherwise)."""
        self._store = store
        self._guard = guard
        self._lock_row = lock_row
        self._unlock_row = unlock_row
        self._transcripts = transcripts
        self._assessments = assessments
        self._reports = reports
        self._quality = quality
        self._rows: Overlay[CallSessionId, CallSession] = (
            Overlay(store.sessions) if rows is None else rows
        )
        self._added: set[CallSessionId] = set()

    async def add(self, session: CallSession, *, checked_at_commit: bool = False) -> None:
        """Checks at `add` whether or not the check may wait for the commit: the port allows
        it, and in memory it costs nothing."""
        self._guard()
        existing = self._by_verification(session.verification_id)
        if existing is not None:
            raise CallAlreadyExists(existing.id)
        if self._rows.get(session.id) is not None:
            raise CallAlreadyExists(session.id)
        self._rows.put(session.id, session)
        self._added.add(session.id)

    async def get(
        self, session_id: CallSessionId, *, for_update: bool = False
    ) -> CallSession | None:
        self._guard()
        newly_locked = await self._lock_row(session_id) if for_update else False
        session = self._rows.get(session_id)
        if session is None and newly_locked:
            self._unlock_row(session_id)
        return session

    async def by_verification(self, verification_id: VerificationId) -> CallSession | None:
        self._guard()
        return self._by_verification(verification_id)

    async def get_many(
        self, session_ids: Sequence[CallSessionId], *, for_update: bool = False
    ) -> dict[CallSessionId, CallSession]:
        self._guard()
        if for_update:
            for session_id in sorted(set(session_ids)):
                await self.get(session_id, for_update=True)
        found = {session_id: self._rows.get(session_id) for session_id in session_ids}
        return {session_id: session for session_id, session in found.items() if session}

    async def save(self, session: CallSession) -> None:
        self._guard()
        if self._rows.get(session.id) is None:
            raise NotFound("call session", session.id)
        self._rows.put(session.id, session)

    async def set_provider_call(
        self, session_id: CallSessionId, attempt: int, provider_call_id: str
    ) -> None:
        self._guard()
        current = self._rows.get(session_id)
        if current is not None and current.attempt == attempt:
            self._rows.put(session_id, current.with_provider_call(provider_call_id))

    async def count_from_phone(
        self,
        phone: PhoneNumber,
        since: datetime,
        *,
        until: datetime | None = None,
        excluding: CallSessionId | None = None,
    ) -> int:
        self._guard()
        return sum(
            1
            for session in self._rows.values()
            if session.phone == phone
            and since <= session.created_at
            and (until is None or session.created_at < until)
            and session.id != excluding
        )

    async def pending_by_provider_call(self, provider_call_id: str) -> CallSession | None:
        self._guard()
        return next((s for s in self._pending() if s.provider_call_id == provider_call_id), None)

    async def newest_pending_to(self, phone: PhoneNumber) -> CallSession | None:
        self._guard()
        calling = [s for s in self._pending() if s.phone == phone]
        return max(calling, key=lambda s: (s.created_at, s.id), default=None)

    def _pending(self) -> list[CallSession]:
        return [s for s in self._rows.values() if s.status is CallStatus.PENDING]

    async def between(
        self, start: datetime, end: datetime, *, store_id: StoreId | None = None
    ) -> list[CallSession]:
        self._guard()
        found = [
            session
            for session in self._rows.values()
            if start <= session.created_at < end
            and (store_id is None or session.store_id == store_id)
        ]
        return sorted(found, key=lambda session: (session.created_at, session.id))

    async def tally(
        self, start: datetime, end: datetime, *, store_id: StoreId | None, now: datetime
    ) -> SessionTally:
        self._guard()
        counted = [
            session
            for session in self._rows.values()
            if start <= session.created_at < end
            and (store_id is None or session.store_id == store_id)
            and not session.is_expired(now)
        ]
        completed = [s for s in counted if s.status is CallStatus.COMPLETED]
        durations = [s.duration_seconds for s in completed if s.duration_seconds is not None]
        return SessionTally(
            total=len(counted),
            completed=len(completed),
            duration_seconds_sum=sum(durations),
            durations=len(durations),
        )

    async def store_ids_between(self, start: datetime, end: datetime) -> list[StoreId]:
        self._guard()
        found = {s.store_id for s in self._rows.values() if start <= s.created_at < end}
        return sorted(found)

    async def failed(
        self,
        *,
        attempts_below: int,
        after: CallSessionId | None = None,
        limit: int = 1000,
    ) -> list[CallSession]:
        return self._page(
            lambda s: s.status is CallStatus.FAILED and s.attempt < attempts_below, after, limit
        )

    async def live_before(
        self, changed_before: datetime, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSession]:
        return self._page(lambda s: s.is_live and s.updated_at < changed_before, after, limit)

    def _page(
        self, wanted: Callable[[CallSession], bool], after: CallSessionId | None, limit: int
    ) -> list[CallSession]:
        """The sessions `wanted` keeps, in ascending id order after `after`, at most `limit`."""
        self._guard()
        positive_limit(limit)
        found = (s for s in self._rows.values() if wanted(s) and (after is None or s.id > after))
        return sorted(found, key=lambda session: session.id)[:limit]

    def visible(self, session_id: CallSessionId) -> CallSession | None:
        """The session as this unit of work sees it, without a guard or a lock."""
        return self._rows.get(session_id)

    async def delete_expired(self, now: datetime, limit: int) -> int:
        self._guard()
        positive_limit(limit)
        expired = sorted(
            (s for s in self._rows.values() if not s.is_live and s.expires_at <= now),
            key=lambda session: (session.expires_at, session.id),
        )[:limit]
        for session in expired:
            self._rows.delete(session.id)
            self._transcripts.cascade_delete(session.id)
            self._assessments.cascade_anonymise(session.id)
            self._reports.cascade_erase(session.id)
        return len(expired)

    def check_commit(self) -> None:
        for session_id in self._added:
            session = self._rows.pending.get(session_id)
            if session is None:
                continue
            winner = self._store.session_by_verification.get(session.verification_id)
            if winner is not None and winner != session_id:
                raise CallAlreadyExists(winner)

    def apply_commit(self) -> None:
        store = self._store
        index = store.session_by_verification
        for session_id, session in self._rows.pending.items():
            previous = store.sessions.get(session_id)
            if previous is not None and index.get(previous.verification_id) == session_id:
                del index[previous.verification_id]
            if session is None:
                store.sessions.pop(session_id, None)
                store.transcripts.pop(session_id, None)
                store.signatures.pop(session_id, None)
            elif previous is not None or session_id in self._added:
                # a session deleted by another unit of work since it was read stays deleted
                store.sessions[session_id] = session
                index[session.verification_id] = session_id

    def _by_verification(self, verification_id: VerificationId) -> CallSession | None:
        for pending in self._rows.pending_values():
            if pending.verification_id == verification_id:
                return pending
        session_id = self._store.session_by_verification.get(verification_id)
        found = None if session_id is None else self._rows.get(session_id)
        return found if found and found.verification_id == verification_id else None
