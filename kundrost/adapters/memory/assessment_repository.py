"""Assessments in the embedded store: one per call session, anonymised in batches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal

from kundrost.adapters.memory.overlay import Guard, Overlay, positive_limit
from kundrost.adapters.memory.store import MemoryStore
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.ids import AssessmentId, CallSessionId, StoreId
from kundrost.domain.week_tally import WeekTally, week_tally
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.ports.tallies import QUALITY_BANDS, AssessmentTally, quality_band_index


class MemoryAssessmentRepository:
    """`ports.AssessmentRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[CallSessionId, QualityAssessment] = Overlay(store.assessments)

    async def put_many(self, assessments: Sequence[QualityAssessment]) -> None:
        for assessment in assessments:
            await self.put(assessment)

    async def put(self, assessment: QualityAssessment) -> None:
        self._guard()
        self._rows.put(assessment.call_session_id, assessment)

    async def get(self, assessment_id: AssessmentId) -> QualityAssessment | None:
        self._guard()
        for assessment in self._rows.pending_values():
            if assessment.id == assessment_id:
                return assessment
        session_id = self._store.assessment_sessions.get(assessment_id)
        found = None if session_id is None else self._rows.get(session_id)
        return found if found is not None and found.id == assessment_id else None

    async def for_session(self, session_id: CallSessionId) -> QualityAssessment | None:
        self._guard()
        return self._rows.get(session_id)

    async def for_sessions(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, QualityAssessment]:
        self._guard()
        found = {session_id: self._rows.get(session_id) for session_id in session_ids}
        return {session_id: a for session_id, a in found.items() if a is not None}

    async def between(
        self, start: datetime, end: datetime, *, store_id: StoreId | None = None
    ) -> list[QualityAssessment]:
        self._guard()
        found = [
            a
            for a in self._rows.values()
            if start <= a.created_at < end and (store_id is None or a.store_id == store_id)
        ]
        return sorted(found, key=lambda a: (a.created_at, a.id))

    async def weekly_feedback(
        self, start: datetime, end: datetime, *, store_id: StoreId
    ) -> list[WeeklyFeedback]:
        found = await self.between(start, end, store_id=store_id)
        return [WeeklyFeedback.from_assessment(a) for a in found]

    async def weekly_feedback_of(
        self, weeks: Mapping[StoreId, tuple[datetime, datetime]]
    ) -> dict[StoreId, list[WeeklyFeedback]]:
        return {
            store_id: await self.weekly_feedback(start, end, store_id=store_id)
            for store_id, (start, end) in weeks.items()
        }

    async def weekly_tallies_of(
        self, weeks: Mapping[StoreId, tuple[datetime, datetime]], *, quote_candidates: int
    ) -> dict[StoreId, WeekTally]:
        """Each store's week counted by `week_tally`: every quote candidate at hand."""
        read = await self.weekly_feedback_of(weeks)
        return {store_id: week_tally(feedback) for store_id, feedback in read.items()}

    async def tally(
        self, start: datetime, end: datetime, *, store_id: StoreId | None
    ) -> AssessmentTally:
        self._guard()
        counted = [
            a
            for a in self._rows.values()
            if start <= a.created_at < end and (store_id is None or a.store_id == store_id)
        ]
        bands = [0] * len(QUALITY_BANDS)
        for assessment in counted:
            bands[quality_band_index(assessment.scores.overall)] += 1
        return AssessmentTally(
            total=len(counted),
            qualifying=sum(a.qualifies for a in counted),
            fraudulent=sum(a.is_fraudulent for a in counted),
            overall_sum=sum((a.scores.overall for a in counted), Decimal(0)),
            reward_percentage_sum=sum(
                (r for a in counted if a.qualifies and (r := a.reward_percentage) is not None),
                Decimal(0),
            ),
            quality_bands=tuple(bands),
            usage=AnalysisUsage.of(
                (m.prompt_tokens, m.completion_tokens, m.cost_usd)
                for m in (a.analysis_metadata for a in counted)
            ),
        )

    async def anonymise_created_before(self, cutoff: datetime, limit: int) -> int:
        self._guard()
        positive_limit(limit)
        due = sorted(
            (a for a in self._rows.values() if a.created_at < cutoff and not a.is_anonymised),
            key=lambda a: (a.created_at, a.id),
        )[:limit]
        for assessment in due:
            self._rows.put(assessment.call_session_id, assessment.anonymised())
        return len(due)

    def cascade_anonymise(self, session_id: CallSessionId) -> None:
        """The session is being deleted: its assessment keeps no words any more."""
        assessment = self._rows.get(session_id)
        if assessment is not None and not assessment.is_anonymised:
            self._rows.put(session_id, assessment.anonymised())

    def check_commit(self) -> None:
        """Last writer wins: a later assessment of a session replaces the earlier one."""

    def apply_commit(self) -> None:
        store = self._store
        for session_id, assessment in self._rows.pending.items():
            previous = store.assessments.get(session_id)
            if previous is not None:
                store.assessment_sessions.pop(previous.id, None)
            if assessment is None:
                store.assessments.pop(session_id, None)
            else:
                store.assessments[session_id] = assessment
                store.assessment_sessions[assessment.id] = session_id
