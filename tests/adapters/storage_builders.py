"""Records for the storage contracts: the unit builders' records, each with fresh ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

from attrs import evolve

from kundrost.domain.analysis import Category, Sentiment
from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import (
    AnalysisJobId,
    AssessmentId,
    CallSessionId,
    FraudCheckId,
    StoreId,
    TranscriptId,
    VerificationId,
)
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.transcript import Transcript
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from tests.unit.call_builders import a_call_session
from tests.unit.context_builders import a_business_context
from tests.unit.grading_builders import (
    a_clean_verdict,
    a_fraudulent_verdict,
    a_low_grade_analysis,
    a_theme,
    an_analysis,
    an_assessment,
    at,
)
from tests.unit.report_builders import a_report
from tests.unit.transcript_builders import a_transcript

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
"""Monday 2 March 2026, 10:00 in Stockholm: where every contract's time starts."""

MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)
SPRING = IsoWeek(2026, 13)
"""Monday 23 to Sunday 29 March 2026; Stockholm moves to summer time at 02:00 on the 29th."""
SPRING_NOW = at("2026-03-30 03:00")
"""The Monday after the spring week, 03:00 in Stockholm: when its reports are made."""


def a_store() -> StoreId:
    return StoreId(uuid4())


def a_session_id() -> CallSessionId:
    return CallSessionId(uuid4())


def a_session(
    status: CallStatus = CallStatus.PENDING,
    *,
    created_at: datetime = START,
    store_id: StoreId | None = None,
    phone: str = "+46701234567",
    verification_id: VerificationId | None = None,
) -> CallSession:
    """A session of its own verification, created at `created_at`, reached through the
    real transitions (a completed call lasted 90 s, so it ended two minutes later)."""
    session = a_call_session(status, now=created_at, phone=PhoneNumber(phone))
    return evolve(
        session,
        id=a_session_id(),
        verification_id=verification_id or VerificationId(uuid4()),
        store_id=store_id or session.store_id,
    )


def a_transcript_of(session_id: CallSessionId, recorded_at: datetime = START) -> Transcript:
    return evolve(
        a_transcript(recorded_at=recorded_at),
        id=TranscriptId(uuid4()),
        call_session_id=session_id,
    )


def an_assessment_of(
    session: CallSession, created_at: datetime = START, **changes: Any
) -> QualityAssessment:
    """A qualifying assessment of `session`, with its summary and quotes."""
    return evolve(
        an_assessment(),
        id=AssessmentId(uuid4()),
        call_session_id=session.id,
        store_id=session.store_id,
        created_at=created_at,
        **changes,
    )


def renewed(
    assessment: QualityAssessment, store_id: StoreId, created_at: datetime
) -> QualityAssessment:
    """`assessment` under fresh ids, of `store_id`, created at `created_at`."""
    return evolve(
        assessment,
        id=AssessmentId(uuid4()),
        call_session_id=CallSessionId(uuid4()),
        store_id=store_id,
        created_at=created_at,
    )


def graded(kind: str, created_at: datetime, n: int, store: StoreId) -> QualityAssessment:
    """The n:th feedback of `store`'s week: "good" quotes a queue and fresh bread, "low" is a
    low grade, "fraud" is found fraudulent."""
    analysis = an_analysis(
        themes=[
            a_theme(
                label=f"Kö i kassan {n % 2}",
                sentiment=Sentiment.NEGATIVE,
                category=Category.SERVICE,
                quote=f"Kön var lång, gång {n}.",
            ),
            a_theme(department="Bageri", label="Färskt bröd", quote=f"Brödet var varmt {n}."),
        ]
    )
    if kind == "low":
        analysis = a_low_grade_analysis()
    assessment = an_assessment(analysis, a_fraudulent_verdict() if kind == "fraud" else None)
    return renewed(assessment, store, created_at)


def a_fraud_record(session: CallSession, created_at: datetime = START) -> FraudRecord:
    return FraudRecord(
        id=FraudCheckId(uuid4()),
        call_session_id=session.id,
        store_id=session.store_id,
        verdict=a_clean_verdict(),
        created_at=created_at,
    )


def metrics_of(
    session_id: CallSessionId, recorded_at: datetime = START, latency_ms: int = 180
) -> CallQualityMetrics:
    return CallQualityMetrics(
        call_session_id=session_id,
        connection_quality="good",
        audio_clarity_score=Decimal("0.92"),
        latency_ms=latency_ms,
        packet_loss_percentage=Decimal("0.40"),
        recorded_at=recorded_at,
    )


def a_context(store_id: StoreId, version: int = 1, **changes: Any) -> BusinessContext:
    return a_business_context(store_id=store_id, version=version, **changes)


def a_report_of(store_id: StoreId, week: IsoWeek, total: int = 10) -> WeeklyReport:
    return a_report(week=week, store=store_id, total=total)


def a_job(session_id: CallSessionId, created_at: datetime = START) -> AnalysisJob:
    return AnalysisJob.queued(AnalysisJobId(uuid4()), session_id, created_at)
