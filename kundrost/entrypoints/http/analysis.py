"""`/api/ai/analysis`: grade a call's feedback, check it for fraud, summarise it, report on it.

Grading is a job: POST /quality answers 202 with the job and the client polls GET /{id}.
The other endpoints answer at once. Only admins run the low-grade cleanup; metrics are for
admins (any store or all) and for business users (their own stores).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Annotated
from uuid import UUID
from zoneinfo import ZoneInfo

from litestar import Controller
from litestar.exceptions import PermissionDeniedException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Example
from litestar.params import Body, FromPath, Parameter
from litestar.status_codes import HTTP_200_OK, HTTP_202_ACCEPTED
from litestar.types import Guard

from kundrost.domain.business_context import DEFAULT_TIMEZONE
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import AnalysisJobId, CallSessionId, StoreId
from kundrost.entrypoints.http.analysis_models import (
    FRAUD_EXAMPLE,
    QUALITY_EXAMPLE,
    SUMMARIZE_EXAMPLE,
    AnalysisQueued,
    AnalysisStatus,
    FraudRequest,
    FraudResponse,
    LowGradeCleanupResponse,
    MetricsResponse,
    QualityRequest,
    SummarizeRequest,
    SummaryResponse,
    cleanup_body,
    fraud_body,
    metrics_body,
    queued_body,
    status_body,
    summary_body,
)
from kundrost.entrypoints.http.dependencies import ContainerDep, PrincipalDep
from kundrost.entrypoints.http.errors_doc import error_spec, feature_errors
from kundrost.entrypoints.http.features import feature
from kundrost.entrypoints.http.handlers import delete, get, post
from kundrost.entrypoints.http.limits import EARLIEST_DAY, check_days, day_schema
from kundrost.entrypoints.http.security import Role, allow, require_store

METRICS_ZONE = ZoneInfo(DEFAULT_TIMEZONE)
"""Metrics dates are whole days in Swedish time, the product's market."""

DEFAULT_METRICS_DAYS = 30


BAD_INPUT = error_spec("VALIDATION_ERROR or INVALID_VALUE: `details` names each offending field.")
NOT_FOUND = error_spec("NOT_FOUND: no such call session or analysis, or it has expired.")
GUARDED = feature_errors("ai_analysis")


def responses(specs: dict[int, ResponseSpec]) -> dict[int, ResponseSpec]:
    """The handler's own error answers beside those every guarded handler here can give."""
    return {**GUARDED, **specs}


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=METRICS_ZONE)


def metrics_period(
    start_date: date | None, end_date: date | None, today: date
) -> tuple[datetime, datetime]:
    """The instants from `start_date`'s midnight up to the midnight after `end_date` (both
    days count); by default the 30 days up to today."""
    check_days(start_date=start_date, end_date=end_date)
    last = end_date or today
    first = start_date or max(last - timedelta(days=DEFAULT_METRICS_DAYS - 1), EARLIEST_DAY)
    if first > last:
        raise InvalidValue("start_date", "must not be after end_date")
    return _day_start(first), _day_start(last + timedelta(days=1))


class AnalysisController(Controller):
    path = "/api/ai/analysis"
    tags: Sequence[str] = ["Analysis"]
    guards: Sequence[Guard] = [feature("ai_analysis")]

    @post(
        "/quality",
        status_code=HTTP_202_ACCEPTED,
        guards=[allow(Role.SERVICE, Role.ADMIN)],
        summary="Grade a call's feedback",
        description=(
            "Queues the analysis of a completed call (60–120 s of Swedish) and answers at "
            "once; poll `GET /api/ai/analysis/{analysis_id}`. Asking again returns the same "
            "job unless `force` is set, which grades the feedback anew."
        ),
        operation_id="requestQualityAnalysis",
        responses=responses(
            {
                400: BAD_INPUT,
                404: NOT_FOUND,
                409: error_spec(
                    "`NOT_ANALYSABLE`: not completed, too short or long, or not Swedish."
                ),
            }
        ),
    )
    async def request_quality(
        self,
        data: Annotated[QualityRequest, Body(examples=[Example(value=QUALITY_EXAMPLE)])],
        container: ContainerDep,
    ) -> AnalysisQueued:
        job = await container.request_analysis()(
            CallSessionId(data.call_session_id), force=data.force
        )
        return queued_body(job)

    @get(
        "/{analysis_id:str}",
        guards=[allow(Role.SERVICE, Role.ADMIN)],
        summary="Poll an analysis",
        description=(
            "Where the analysis is (`queued`, `processing` with its stage, `completed`, "
            "`failed` with a message) and, once completed, the assessment: scores, whether "
            "the feedback qualifies, the cashback percentage (2–15), fraud reasons, and for "
            "qualifying feedback its summary and actionable items."
        ),
        operation_id="getAnalysis",
        responses=responses({400: BAD_INPUT, 404: NOT_FOUND}),
    )
    async def get_analysis(
        self, analysis_id: FromPath[UUID], container: ContainerDep
    ) -> AnalysisStatus:
        return status_body(await container.get_analysis()(AnalysisJobId(analysis_id)))

    @post(
        "/fraud-detection",
        status_code=HTTP_200_OK,
        guards=[allow(Role.SERVICE, Role.ADMIN)],
        summary="Run fraud checks",
        description=(
            "Runs the chosen checks (`timing`: purchase outside opening hours; `content`: "
            "nonsense or impossible claims; `context`: unknown departments, contradicted "
            "facts; `pattern`: phone velocity, duplicates) on the call's feedback. Once the "
            "transcript is gone, the stored results of those checks are returned."
        ),
        operation_id="detectFraud",
        responses=responses(
            {
                400: error_spec("Empty or unknown `check_types`, or another invalid field."),
                404: error_spec("No such call session, or no transcript and no stored checks."),
                502: error_spec("ANALYZER_UNAVAILABLE: the analyzer did not answer."),
            }
        ),
    )
    async def detect_fraud(
        self,
        data: Annotated[FraudRequest, Body(examples=[Example(value=FRAUD_EXAMPLE)])],
        container: ContainerDep,
    ) -> FraudResponse:
        verdict = await container.detect_fraud()(
            CallSessionId(data.call_session_id), data.check_types
        )
        return fraud_body(verdict)

    @post(
        "/summarize",
        status_code=HTTP_200_OK,
        guards=[allow(Role.SERVICE, Role.ADMIN)],
        summary="Summarise a qualifying feedback",
        description=(
            "The summary of a graded, qualifying feedback: `brief` (≤ 160 characters, 2 "
            "insights), `standard` (≤ 400, 3) or `detailed` (all), cut between sentences."
        ),
        operation_id="summarizeFeedback",
        responses=responses(
            {
                400: BAD_INPUT,
                404: error_spec("The call has no assessment."),
                409: error_spec(
                    "`NOT_QUALIFYING`: the feedback did not qualify or its words are gone."
                ),
            }
        ),
    )
    async def summarize(
        self,
        data: Annotated[SummarizeRequest, Body(examples=[Example(value=SUMMARIZE_EXAMPLE)])],
        container: ContainerDep,
    ) -> SummaryResponse:
        summary = await container.summarize()(
            CallSessionId(data.call_session_id), data.target_length
        )
        return summary_body(summary)

    @delete(
        "/cleanup-low-grade",
        status_code=HTTP_200_OK,
        guards=[allow(Role.ADMIN)],
        summary="Delete transcripts that should not be kept",
        description=(
            "Deletes every transcript whose feedback was fraudulent, low-grade, or whose call "
            "did not complete, and removes the words of non-qualifying assessments, "
            "`batch_size` at a time. `dry_run` counts without changing anything."
        ),
        operation_id="cleanupLowGrade",
        responses=responses({400: BAD_INPUT}),
    )
    async def cleanup_low_grade(
        self,
        container: ContainerDep,
        dry_run: Annotated[bool, Parameter(description="Count only; change nothing.")] = False,
        batch_size: Annotated[
            int | None, Parameter(ge=1, le=10_000, description="Records per batch (1000).")
        ] = None,
    ) -> LowGradeCleanupResponse:
        result = await container.cleanup_low_grade()(dry_run=dry_run, batch_size=batch_size)
        return cleanup_body(result)

    @get(
        "/metrics",
        guards=[allow(Role.ADMIN, Role.BUSINESS)],
        summary="Call and feedback metrics",
        description=(
            "Calls created and assessments made from `start_date` to `end_date` (both "
            "included, whole days in Swedish time; default the last 30 days), for one store, "
            "or for all when an admin leaves out `store_id`. Business users must name one of "
            "their stores."
        ),
        operation_id="getFeedbackMetrics",
        responses=responses({400: BAD_INPUT}),
    )
    async def metrics(
        self,
        container: ContainerDep,
        principal: PrincipalDep,
        store_id: Annotated[
            UUID | None, Parameter(description="The store; all stores when left out (admin).")
        ] = None,
        start_date: Annotated[
            date | None,
            Parameter(schema_extra=day_schema("First day, on or before end_date, e.g. 2026-11-01")),
        ] = None,
        end_date: Annotated[
            date | None, Parameter(schema_extra=day_schema("Last day, e.g. 2026-11-30"))
        ] = None,
    ) -> MetricsResponse:
        if store_id is None:
            if principal.role is not Role.ADMIN:
                raise PermissionDeniedException("name one of this token's stores in store_id")
        else:
            require_store(principal, store_id)
        today = container.clock().now().astimezone(METRICS_ZONE).date()
        start, end = metrics_period(start_date, end_date, today)
        result = await container.metrics()(StoreId(store_id) if store_id else None, start, end)
        return metrics_body(result)
