"""Request and response bodies of `/api/ai/analysis`, and their conversion from the domain.

Scores and confidences are numbers in 0–1 (4 decimals); percentages are numbers with 2
decimals. The shapes differ from the domain's (`scores.overall` is `overall_quality_score`,
`summary` is `analysis_summary`), so small explicit functions convert them.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated
from uuid import UUID

import msgspec

from kundrost.application.cleanup_low_grade import LowGradeCleanup
from kundrost.application.get_analysis import AnalysisView
from kundrost.application.metrics import FeedbackMetrics
from kundrost.application.summarize import FeedbackSummary, SummaryLength
from kundrost.domain.analysis import ActionableItem, Category, Level
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage, JobStatus
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.fraud import CheckType, FraudCheck, FraudVerdict, Severity
from kundrost.domain.priority import Priority
from kundrost.entrypoints.http.metadata_models import (
    AnalysisMetadataBody,
    AnalysisUsageBody,
    metadata_body,
    usage_body,
)

SESSION_EXAMPLE = "6f1c2a4e-8d3b-4f5a-9c7e-2b1d0a9e8f71"
ANALYSIS_EXAMPLE = "0b7d5c3a-1e2f-4a6b-8c9d-7e6f5a4b3c21"

SessionIdField = Annotated[
    UUID, msgspec.Meta(description="The call session.", examples=[SESSION_EXAMPLE])
]
Score = Annotated[float, msgspec.Meta(ge=0, le=1, description="0–1, 4 decimals.")]
Percentage = Annotated[float, msgspec.Meta(ge=0, le=100, description="Percent, 2 decimals.")]


QUALITY_EXAMPLE = {"call_session_id": SESSION_EXAMPLE, "force": False}
FRAUD_EXAMPLE = {"call_session_id": SESSION_EXAMPLE, "check_types": ["timing", "content"]}
SUMMARIZE_EXAMPLE = {"call_session_id": SESSION_EXAMPLE, "target_length": "brief"}


def number(value: Decimal) -> float:
    return float(value)


def optional_number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


class QualityRequest(msgspec.Struct, forbid_unknown_fields=True):
    """Grade a completed call's feedback; `force` re-analyses one already graded."""

    call_session_id: SessionIdField
    force: bool = False


class AnalysisQueued(msgspec.Struct):
    analysis_id: UUID
    call_session_id: UUID
    status: JobStatus


class Scores(msgspec.Struct):
    legitimacy_score: Score
    depth_score: Score
    usefulness_score: Score
    overall_quality_score: Score


class ActionableItemBody(msgspec.Struct):
    category: Category
    description: Annotated[
        str, msgspec.Meta(examples=["Öppna fler kassor mellan 16 och 18 på vardagar"])
    ]
    priority: Priority
    department: Annotated[str, msgspec.Meta(examples=["Kassan"])] | None
    estimated_impact: Level
    implementation_complexity: Level


class Assessment(msgspec.Struct):
    """A graded feedback. Content (summary, items) is kept only while the feedback
    qualifies; fraudulent or low-grade feedback keeps its scores and fraud reasons only."""

    assessment_id: UUID
    call_session_id: UUID
    scores: Scores
    qualifies: bool
    reward_percentage: Annotated[float, msgspec.Meta(ge=2, le=15)] | None
    is_fraudulent: bool
    fraud_reasons: Annotated[list[str], msgspec.Meta(examples=[["business_hours_violation"]])]
    analysis_summary: (
        Annotated[
            str,
            msgspec.Meta(
                examples=[
                    "Positivt: Köttdisken hade fantastisk service. Negativt: Kö i kassan vid "
                    "femtiden."
                ]
            ),
        ]
        | None
    )
    business_actionable_items: list[ActionableItemBody]
    analysis_metadata: AnalysisMetadataBody
    created_at: datetime


class AnalysisStatus(msgspec.Struct):
    """A polled analysis: `assessment` is present once it completed (null before, or when
    retention has since removed the assessment)."""

    analysis_id: UUID
    call_session_id: UUID
    status: JobStatus
    current_stage: AnalysisStage
    error_message: str | None
    assessment: Assessment | None


CheckTypes = Annotated[
    list[CheckType],
    msgspec.Meta(
        min_length=1,
        max_length=4,
        description="Which checks to run; each at most once is enough.",
        examples=[["timing", "content", "context", "pattern"]],
    ),
]


class FraudRequest(msgspec.Struct, forbid_unknown_fields=True):
    call_session_id: SessionIdField
    check_types: CheckTypes


class Violation(msgspec.Struct):
    indicator: str
    severity: Severity
    detail: str


class FraudResult(msgspec.Struct):
    check_type: CheckType
    is_suspicious: bool
    confidence_level: Score
    fraud_indicators: list[str]
    context_violations: list[Violation]
    decision_reasoning: str


class FraudResponse(msgspec.Struct):
    fraud_results: list[FraudResult]
    overall_is_fraudulent: bool
    confidence_level: Score
    should_exclude_from_rewards: bool


class SummarizeRequest(msgspec.Struct, forbid_unknown_fields=True):
    call_session_id: SessionIdField
    target_length: SummaryLength = SummaryLength.STANDARD


class SummaryResponse(msgspec.Struct):
    summary_text: Annotated[
        str, msgspec.Meta(examples=["Köttdisken hade fantastisk service, slaktaren hjälpte till."])
    ]
    key_insights: Annotated[
        list[str], msgspec.Meta(examples=[["Köttdisken (positive, Kött)", "Kö (negative, Kassan)"]])
    ]
    actionable_items: list[ActionableItemBody]


class LowGradeCleanupResponse(msgspec.Struct):
    deleted_count: int
    anonymized_count: int
    preserved_count: int
    execution_time_ms: int
    dry_run: bool


class MetricsResponse(msgspec.Struct):
    """Rates are percentages; averages are null when there is nothing to average. The
    language model's tokens and their cost (US dollars) are summed over the assessments."""

    total_calls: int
    completed_calls: int
    call_success_rate: Percentage | None
    average_duration_seconds: float | None
    total_assessments: int
    qualifying_feedback_count: int
    qualification_rate: Percentage | None
    fraud_detected_count: int
    fraud_rate: Percentage | None
    average_quality_score: Score | None
    average_reward_percentage: Percentage | None
    quality_distribution: dict[str, int]
    analysis_usage: AnalysisUsageBody


def queued_body(job: AnalysisJob) -> AnalysisQueued:
    return AnalysisQueued(
        analysis_id=job.id, call_session_id=job.call_session_id, status=job.status
    )


def item_body(item: ActionableItem) -> ActionableItemBody:
    return ActionableItemBody(
        category=item.category,
        description=item.description,
        priority=item.priority,
        department=item.department,
        estimated_impact=item.estimated_impact,
        implementation_complexity=item.implementation_complexity,
    )


def assessment_body(assessment: QualityAssessment) -> Assessment:
    scores = assessment.scores
    return Assessment(
        assessment_id=assessment.id,
        call_session_id=assessment.call_session_id,
        scores=Scores(
            legitimacy_score=number(scores.legitimacy),
            depth_score=number(scores.depth),
            usefulness_score=number(scores.usefulness),
            overall_quality_score=number(scores.overall),
        ),
        qualifies=assessment.qualifies,
        reward_percentage=optional_number(assessment.reward_percentage),
        is_fraudulent=assessment.is_fraudulent,
        fraud_reasons=list(assessment.fraud_reasons),
        analysis_summary=assessment.summary,
        business_actionable_items=[item_body(item) for item in assessment.actionable_items],
        analysis_metadata=metadata_body(assessment.analysis_metadata),
        created_at=assessment.created_at,
    )


def status_body(view: AnalysisView) -> AnalysisStatus:
    job = view.job
    return AnalysisStatus(
        analysis_id=job.id,
        call_session_id=job.call_session_id,
        status=job.status,
        current_stage=job.stage,
        error_message=job.error_message,
        assessment=assessment_body(view.assessment) if view.assessment else None,
    )


def fraud_result(check: FraudCheck) -> FraudResult:
    return FraudResult(
        check_type=check.check_type,
        is_suspicious=check.is_suspicious,
        confidence_level=number(check.confidence),
        fraud_indicators=list(check.indicators),
        context_violations=[
            Violation(indicator=v.indicator, severity=v.severity, detail=v.detail)
            for v in check.violations
        ],
        decision_reasoning=check.reasoning,
    )


def fraud_body(verdict: FraudVerdict) -> FraudResponse:
    return FraudResponse(
        fraud_results=[fraud_result(check) for check in verdict.checks],
        overall_is_fraudulent=verdict.is_fraudulent,
        confidence_level=number(verdict.confidence),
        should_exclude_from_rewards=verdict.should_exclude_from_rewards,
    )


def summary_body(summary: FeedbackSummary) -> SummaryResponse:
    return SummaryResponse(
        summary_text=summary.summary_text,
        key_insights=list(summary.key_insights),
        actionable_items=[item_body(item) for item in summary.actionable_items],
    )


def cleanup_body(cleanup: LowGradeCleanup) -> LowGradeCleanupResponse:
    return LowGradeCleanupResponse(
        deleted_count=cleanup.deleted_count,
        anonymized_count=cleanup.anonymized_count,
        preserved_count=cleanup.preserved_count,
        execution_time_ms=cleanup.execution_time_ms,
        dry_run=cleanup.dry_run,
    )


def metrics_body(metrics: FeedbackMetrics) -> MetricsResponse:
    return MetricsResponse(
        total_calls=metrics.total_calls,
        completed_calls=metrics.completed_calls,
        call_success_rate=optional_number(metrics.call_success_rate),
        average_duration_seconds=optional_number(metrics.average_duration_seconds),
        total_assessments=metrics.total_assessments,
        qualifying_feedback_count=metrics.qualifying_feedback_count,
        qualification_rate=optional_number(metrics.qualification_rate),
        fraud_detected_count=metrics.fraud_detected_count,
        fraud_rate=optional_number(metrics.fraud_rate),
        average_quality_score=optional_number(metrics.average_quality_score),
        average_reward_percentage=optional_number(metrics.average_reward_percentage),
        quality_distribution=dict(metrics.quality_distribution),
        analysis_usage=usage_body(metrics.analysis_usage),
    )
