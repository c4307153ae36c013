"""Repositories: where the unit of work keeps each kind of record.

Every method is async and sees the unit of work's own uncommitted changes. Records go in
and come out as domain objects, equal to what was stored. Time ranges are half-open,
`[start, end)`; lists are ordered as each method says, so every adapter answers alike.
Batch sizes (`limit`) are at least 1, else `ValueError`. Equal times are ordered by id;
`signatures_since` by session id, descending; `latest_for_session` by insertion order.

A call's words are erased when it is cancelled or expires; every repository that keeps
something derived from them (transcript, signature, assessment words, report words) lets
it go with them, so nothing a customer said outlives their call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import (
    AnalysisJobId,
    AssessmentId,
    CallSessionId,
    ReportId,
    StoreId,
    VerificationId,
)
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.similarity import Signature
from kundrost.domain.transcript import Transcript
from kundrost.domain.week import IsoWeek
from kundrost.domain.week_tally import WeekTally
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.tallies import AssessmentTally, SessionTally


class CallSessionRepository(Protocol):
    async def add(self, session: CallSession, *, checked_at_commit: bool = False) -> None:
        """Raises `CallAlreadyExists` (naming the existing session) when a session for the
        same verification exists or is being added by a concurrent unit of work; in a race
        exactly one of them commits. A session already stored is found by `add` itself,
        or with `checked_at_commit` by the commit at the latest: for a unit of work that
        commits at once, which is then spared a read."""
        ...

    async def get(
        self, session_id: CallSessionId, *, for_update: bool = False
    ) -> CallSession | None:
        """With `for_update`, other units of work asking for the same session for update
        wait until this one ends, so two deliveries of one event are applied one by one."""
        ...

    async def by_verification(self, verification_id: VerificationId) -> CallSession | None: ...

    async def get_many(
        self, session_ids: Sequence[CallSessionId], *, for_update: bool = False
    ) -> dict[CallSessionId, CallSession]:
        """The sessions found among `session_ids`. With `for_update`, as `get` does for each,
        taken in ascending id order, so two units of work locking overlapping sets never
        wait for each other in a circle."""
        ...

    async def save(self, session: CallSession) -> None:
        """Replaces the stored session with the same id; raises `NotFound` if there is none."""
        ...

    async def set_provider_call(
        self, session_id: CallSessionId, attempt: int, provider_call_id: str
    ) -> None:
        """Records the provider's id of the call placed for `attempt`, unless the session has
        moved on to another attempt or is gone (then nothing changes); written with the
        unit of work's other writes, without reading the session first."""
        ...

    async def count_from_phone(
        self,
        phone: PhoneNumber,
        since: datetime,
        *,
        until: datetime | None = None,
        excluding: CallSessionId | None = None,
    ) -> int:
        """Sessions with this phone number created in `[since, until)` (no end when None),
        so re-checking an old feedback does not count the number's later calls."""
        ...

    async def between(
        self, start: datetime, end: datetime, *, store_id: StoreId | None = None
    ) -> list[CallSession]:
        """Sessions created in `[start, end)`, of one store or all, oldest first."""
        ...

    async def pending_by_provider_call(self, provider_call_id: str) -> CallSession | None:
        """The pending session whose placed call the provider named `provider_call_id`."""
        ...

    async def newest_pending_to(self, phone: PhoneNumber) -> CallSession | None:
        """The pending session calling `phone` created last (ties: the greatest id); found
        by the number's keyed fingerprint where numbers are stored encrypted."""
        ...

    async def tally(
        self, start: datetime, end: datetime, *, store_id: StoreId | None, now: datetime
    ) -> SessionTally:
        """Counts the sessions created in `[start, end)`, of one store or all, that are not
        expired at `now` (`CallSession.is_expired`), as if retention had already run."""
        ...

    async def store_ids_between(self, start: datetime, end: datetime) -> list[StoreId]:
        """Stores with at least one session created in `[start, end)`, in ascending id order,
        so the weekly job finds every store that had feedback without loading the sessions."""
        ...

    async def failed(
        self,
        *,
        attempts_below: int,
        after: CallSessionId | None = None,
        limit: int = 1000,
    ) -> list[CallSession]:
        """Failed sessions with fewer than `attempts_below` attempts, in ascending id order,
        starting after `after`: the candidates for an automatic retry, read page by page."""
        ...

    async def live_before(
        self, changed_before: datetime, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSession]:
        """Live sessions (pending, in progress) last changed before `changed_before`, in
        ascending id order after `after`: the candidates for giving up a call without news."""
        ...

    async def delete_expired(self, now: datetime, limit: int) -> int:
        """Deletes up to `limit` sessions whose `expires_at` ≤ `now` and that are not live,
        earliest `expires_at` first, with their transcripts and signatures and the report
        words of their calls; their assessments are anonymised in the same change. Returns
        how many sessions it deleted."""
        ...


class TranscriptRepository(Protocol):
    async def add(self, transcript: Transcript) -> None:
        """Stores the transcript of a stored session with its signature: the signature
        (`similarity.signature`) of `customer_text()` under a digest of the adapter's own,
        keyed where the adapter keeps data at rest, so it reveals no words. Raises
        `TranscriptAlreadyRecorded` when the session already has one."""
        ...

    async def for_session(self, session_id: CallSessionId) -> Transcript | None: ...

    async def for_sessions(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, Transcript]:
        """`for_session` of each session that has a transcript, in one read."""
        ...

    async def delete_for_session(self, session_id: CallSessionId) -> bool:
        """Deletes the transcript and its signature; whether there was one to delete."""
        ...

    async def signature(self, session_id: CallSessionId) -> Signature | None:
        """The signature stored with the session's transcript; None without one."""
        ...

    async def signatures(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, Signature]:
        """`signature` of each session whose transcript has one, in one read."""
        ...

    async def signatures_since(
        self,
        store_id: StoreId,
        since: datetime,
        *,
        excluding: CallSessionId | None = None,
        limit: int = 1000,
        sizes: tuple[int, int | None] | None = None,
    ) -> list[Signature]:
        """Signatures of the store's transcripts recorded at or after `since`, newest first,
        at most `limit`: what a near-duplicate check compares with, read through one index
        whatever the other stores hold. With `sizes` (fewest, most digests; None: no most),
        only those of the newest `limit` whose size is within them."""
        ...

    async def session_ids(
        self, *, after: CallSessionId | None = None, limit: int = 1000
    ) -> list[CallSessionId]:
        """Sessions that have a transcript, in ascending id order, starting after `after`."""
        ...


class AssessmentRepository(Protocol):
    async def put_many(self, assessments: Sequence[QualityAssessment]) -> None:
        """`put` of each, in one write."""
        ...

    async def put(self, assessment: QualityAssessment) -> None:
        """Stores the assessment, replacing an earlier one of the same call session."""
        ...

    async def get(self, assessment_id: AssessmentId) -> QualityAssessment | None: ...

    async def for_session(self, session_id: CallSessionId) -> QualityAssessment | None: ...

    async def for_sessions(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, QualityAssessment]: ...

    async def between(
        self, start: datetime, end: datetime, *, store_id: StoreId | None = None
    ) -> list[QualityAssessment]:
        """Assessments created in `[start, end)`, of one store or all, oldest first."""
        ...

    async def weekly_feedback(
        self, start: datetime, end: datetime, *, store_id: StoreId
    ) -> list[WeeklyFeedback]:
        """`WeeklyFeedback.from_assessment` of each of the store's assessments created in
        `[start, end)`, oldest first, reading only what a report needs (no summary)."""
        ...

    async def weekly_feedback_of(
        self, weeks: Mapping[StoreId, tuple[datetime, datetime]]
    ) -> dict[StoreId, list[WeeklyFeedback]]:
        """`weekly_feedback(start, end, store_id=store)` of every store in `weeks`, each
        with its own `(start, end)`, read together (an empty list for a store without any)."""
        ...

    async def weekly_tallies_of(
        self, weeks: Mapping[StoreId, tuple[datetime, datetime]], *, quote_candidates: int
    ) -> dict[StoreId, WeekTally]:
        """`week_tally(weekly_feedback_of(weeks)[store])` of every store in `weeks`, counted
        together; a theme group's quote candidates may stop at its newest
        `quote_candidates` (then not `complete`)."""
        ...

    async def tally(
        self, start: datetime, end: datetime, *, store_id: StoreId | None
    ) -> AssessmentTally:
        """Counts the assessments created in `[start, end)`, of one store or all; sums exact."""
        ...

    async def anonymise_created_before(self, cutoff: datetime, limit: int) -> int:
        """Anonymises (`QualityAssessment.anonymised`) up to `limit` assessments created
        before `cutoff` that are not anonymised yet; returns how many it changed."""
        ...


class FraudRecordRepository(Protocol):
    async def add(self, record: FraudRecord) -> None: ...

    async def add_many(self, records: Sequence[FraudRecord]) -> None:
        """`add` of each, in one write."""
        ...

    async def for_session(self, session_id: CallSessionId) -> list[FraudRecord]:
        """Oldest first."""
        ...

    async def delete_created_before(self, cutoff: datetime, limit: int) -> int: ...


class CallQualityRepository(Protocol):
    async def put(self, metrics: CallQualityMetrics) -> None:
        """One per call session; a later measurement replaces the earlier one."""
        ...

    async def for_session(self, session_id: CallSessionId) -> CallQualityMetrics | None: ...

    async def delete_recorded_before(self, cutoff: datetime, limit: int) -> int: ...


class BusinessContextRepository(Protocol):
    async def get(self, store_id: StoreId) -> BusinessContext | None: ...

    async def put(self, context: BusinessContext) -> None:
        """Stores a new version: `context.version` must be one more than the stored one (1
        for a new store), else `ContextConflict`, so two concurrent edits cannot both win."""
        ...

    async def store_ids(self) -> list[StoreId]:
        """Every store with a context, in ascending id order."""
        ...

    async def get_many(self, store_ids: Sequence[StoreId]) -> dict[StoreId, BusinessContext]:
        """`get` of each store, read together; stores without a context are left out."""
        ...


class WeeklyReportRepository(Protocol):
    """Reports are kept forever, the customers' words in them (`domain.report_words`) only
    as long as their calls: a report reads back without the words of a call that has been
    erased or deleted since, and equal to what was stored otherwise."""

    async def add(self, report: WeeklyReport) -> None:
        """Raises `ReportExists` (naming it) when the store already has a report for the week."""
        ...

    async def add_all(self, reports: Sequence[WeeklyReport]) -> None:
        """`add` of each report (of different stores or weeks), written together: when any
        store already has a report for its week, `ReportExists` names one, here or at the
        commit, and the unit of work stores none of them."""
        ...

    async def replace(self, report: WeeklyReport) -> None:
        """Stores the report in place of any earlier report of its store and week. Racing
        replacements of a week, or a replacement racing a first `add` of it or a call's
        erasure, end as they would one after the other: the last to commit is kept."""
        ...

    async def get(self, report_id: ReportId) -> WeeklyReport | None: ...

    async def for_week(self, store_id: StoreId, week: IsoWeek) -> WeeklyReport | None: ...

    async def for_store(
        self, store_id: StoreId, *, since: IsoWeek | None = None, until: IsoWeek | None = None
    ) -> list[WeeklyReport]:
        """The store's reports for weeks in `[since, until]` (either end open when None),
        newest week first."""
        ...

    async def for_stores(
        self, store_ids: Sequence[StoreId], *, since: IsoWeek, until: IsoWeek
    ) -> dict[StoreId, list[WeeklyReport]]:
        """`for_store(store, since=since, until=until)` of every store, read together (an
        empty list for a store without any)."""
        ...

    async def erase_words_of(self, session_id: CallSessionId) -> None:
        """Erases from every report the words of this call (`report_words`): its quotes go,
        a recommendation worded by it keeps only its neutral description. Reports stored
        later keep no words of an erased or deleted session either, also when they were
        built before the erasure committed."""
        ...


class AnalysisJobRepository(Protocol):
    async def add(self, job: AnalysisJob) -> None: ...

    async def get(self, job_id: AnalysisJobId) -> AnalysisJob | None: ...

    async def get_many(self, job_ids: Sequence[AnalysisJobId]) -> dict[AnalysisJobId, AnalysisJob]:
        """The jobs found among `job_ids`, in one read."""
        ...

    async def save(self, job: AnalysisJob) -> None:
        """Replaces the stored job with the same id; raises `NotFound` if there is none."""
        ...

    async def save_many(self, jobs: Sequence[AnalysisJob]) -> None:
        """`save` of each, in one write; `NotFound` (and none saved) if one is missing."""
        ...

    async def latest_for_session(self, session_id: CallSessionId) -> AnalysisJob | None:
        """The most recently created job of the session."""
        ...

    async def stalled(self, updated_before: datetime, limit: int) -> list[AnalysisJob]:
        """Unfinished jobs (queued or processing) last updated before `updated_before`,
        oldest update first (ties by id): the jobs a lost worker left behind."""
        ...
