"""MemoryStore: the committed state of the embedded database, one per process."""

from __future__ import annotations

import threading
from datetime import datetime
from itertools import count

from attrs import frozen

from kundrost.adapters.memory.row_locks import RowLocks
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
    FraudCheckId,
    ReportId,
    StoreId,
    VerificationId,
)
from kundrost.domain.report_words import ReportWords
from kundrost.domain.similarity import Signature
from kundrost.domain.transcript import Transcript
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport

ReportKey = tuple[StoreId, IsoWeek]


@frozen
class StoredSignature:
    """A transcript's signature with what finds it: its store and when it was recorded."""

    store_id: StoreId
    recorded_at: datetime
    signature: Signature


class MemoryStore:
    """Committed records by key, with the indexes that keep the uniqueness rules.

    Only `MemoryUnitOfWork.commit` changes it, all at once under `commit_lock` (a thread
    lock: applying a commit never awaits, so it is atomic for the event loop as well).
    Records are immutable domain objects, shared safely between readers.
    """

    def __init__(self) -> None:
        self.sessions: dict[CallSessionId, CallSession] = {}
        self.session_by_verification: dict[VerificationId, CallSessionId] = {}
        self.transcripts: dict[CallSessionId, Transcript] = {}
        self.signatures: dict[CallSessionId, StoredSignature] = {}
        self.assessments: dict[CallSessionId, QualityAssessment] = {}
        self.assessment_sessions: dict[AssessmentId, CallSessionId] = {}
        self.fraud_records: dict[FraudCheckId, FraudRecord] = {}
        self.quality_metrics: dict[CallSessionId, CallQualityMetrics] = {}
        self.contexts: dict[StoreId, BusinessContext] = {}
        self.reports: dict[ReportKey, WeeklyReport] = {}
        """Each report without its customers' words (`report_words.without_words`)."""
        self.report_words: dict[ReportId, tuple[ReportWords, ...]] = {}
        self.report_keys: dict[ReportId, ReportKey] = {}
        self.analysis_jobs: dict[AnalysisJobId, AnalysisJob] = {}
        self.analysis_job_sequence: dict[AnalysisJobId, int] = {}
        self.commit_lock = threading.Lock()
        self.session_locks: RowLocks[CallSessionId] = RowLocks()
        self._sequence = count(1)

    def next_sequence(self) -> int:
        """Insertion order, for "most recent" among records created at the same instant."""
        return next(self._sequence)
