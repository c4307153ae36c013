"""`/api/ai/business`: weekly reports, search, trends, recommendations and the store's context.

Business users see only their own stores: a handler checks the store as soon as it knows it
(for a report by id, from the report). Admins see every store; the service role may
generate reports and read contexts (the caller needs them to place calls).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from litestar import Controller, Request
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Example
from litestar.params import Body, FromPath, Parameter, QueryParameter
from litestar.status_codes import HTTP_202_ACCEPTED
from litestar.types import Guard

from kundrost.application.search_scoring import SearchPolicy
from kundrost.domain.analysis import Category
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.priority import Priority
from kundrost.entrypoints.http.browser_errors import BROWSER_ERRORS
from kundrost.entrypoints.http.business_models import (
    CONTEXT_EXAMPLE,
    GENERATE_EXAMPLE,
    ContextBody,
    ContextSavedBody,
    GenerateRequest,
    RecommendationsResponse,
    ReportAccepted,
    ReportList,
    SearchResponse,
    StoredContext,
    TrendsResponse,
    WeeklyReportBody,
    context_body,
    context_from_body,
    recommendations_body,
    report_body,
    saved_body,
    search_body,
    trends_body,
)
from kundrost.entrypoints.http.dependencies import ContainerDep, PrincipalDep
from kundrost.entrypoints.http.errors_doc import error_spec, feature_errors
from kundrost.entrypoints.http.features import feature
from kundrost.entrypoints.http.handlers import get, post, put
from kundrost.entrypoints.http.limits import QUERY_PATTERN, check_days, day_schema
from kundrost.entrypoints.http.report_formats import (
    Format,
    NegotiatedReport,
    actions_csv_response,
    chosen_format,
    report_page_response,
)
from kundrost.entrypoints.http.security import Role, allow, require_store

BAD_INPUT = error_spec("VALIDATION_ERROR or INVALID_VALUE: `details` names each offending field.")
GUARDED = feature_errors("business_analysis")

MAX_QUERY_CHARACTERS = SearchPolicy().max_query_chars
StoreQuery = Annotated[UUID, Parameter(description="The store.")]
Period = Literal["4_weeks", "8_weeks", "12_weeks", "26_weeks"]


def responses(specs: dict[int, ResponseSpec]) -> dict[int, ResponseSpec]:
    """The handler's own error answers beside those every guarded handler here can give."""
    return {**GUARDED, **specs}


READERS = allow(Role.ADMIN, Role.BUSINESS)


class BusinessController(Controller):
    path = "/api/ai/business"
    tags: Sequence[str] = ["Business"]
    guards: Sequence[Guard] = [feature("business_analysis")]

    @post(
        "/reports/generate",
        status_code=HTTP_202_ACCEPTED,
        guards=[allow(Role.ADMIN, Role.SERVICE, Role.BUSINESS)],
        summary="Generate a weekly report",
        description=(
            "Builds the report of the ISO week starting on `analysis_week` (a Monday) from "
            "the week's graded feedback; read it at `GET /reports/{report_id}`. A week that "
            "has begun may be generated as a partial report. A complete week's report exists "
            "once: generating it again needs `force`, which rebuilds it under the same id."
        ),
        operation_id="generateWeeklyReport",
        responses=responses(
            {
                400: error_spec("`analysis_week` is not a Monday, or the week has not begun."),
                409: error_spec("REPORT_EXISTS: the week has a report; `details.report_id`."),
            }
        ),
    )
    async def generate(
        self,
        data: Annotated[GenerateRequest, Body(examples=[Example(value=GENERATE_EXAMPLE)])],
        container: ContainerDep,
        principal: PrincipalDep,
    ) -> ReportAccepted:
        require_store(principal, data.store_id)
        report = await container.generate_report()(
            StoreId(data.store_id), data.analysis_week, force=data.force
        )
        return ReportAccepted(report_id=report.id, status=report.status)

    @get(
        "/reports/{report_id:str}",
        guards=[READERS],
        summary="Read a weekly report",
        description=(
            "One weekly report: counts, averages, trends, issues, recommendations. "
            "`Accept: text/html` (or `format=html`) answers the store owner's page in Swedish, "
            "`Accept: text/csv` (or `format=csv`) the week's actions for a spreadsheet."
        ),
        operation_id="getWeeklyReport",
        operation_class=NegotiatedReport,
        exception_handlers=BROWSER_ERRORS,
        responses=responses(
            {400: BAD_INPUT, 404: error_spec("NOT_FOUND: no report with that id.")}
        ),
    )
    async def get_report(
        self,
        report_id: FromPath[UUID],
        request: Request[Any, Any, Any],
        container: ContainerDep,
        principal: PrincipalDep,
        format_: Annotated[
            Format | None,
            QueryParameter(name="format", description="Overrides `Accept`: json, html or csv."),
        ] = None,
    ) -> WeeklyReportBody:
        wanted = chosen_format(request, format_)
        if wanted == "json":
            report = await container.get_report()(ReportId(report_id))
            require_store(principal, report.store_id)
            return report_body(report)
        page = await container.read_report_page()(ReportId(report_id))
        require_store(principal, page.report.store_id)
        if wanted == "csv":
            return actions_csv_response(page)  # type: ignore[return-value]
        return report_page_response(page)  # type: ignore[return-value]

    @get(
        "/reports",
        guards=[READERS],
        summary="List a store's weekly reports",
        description=(
            "The store's reports of the last `weeks_back` weeks (this week included, in the "
            "store's time zone), newest first; weeks without a report are left out."
        ),
        operation_id="listWeeklyReports",
        responses=responses({400: BAD_INPUT}),
    )
    async def list_reports(
        self,
        store_id: StoreQuery,
        container: ContainerDep,
        principal: PrincipalDep,
        weeks_back: Annotated[int, Parameter(ge=1, le=104, description="Weeks to look back.")] = 12,
    ) -> ReportList:
        require_store(principal, store_id)
        reports = await container.list_reports()(StoreId(store_id), weeks_back)
        return ReportList(reports=[report_body(report) for report in reports])

    @get(
        "/search",
        guards=[READERS],
        summary="Search a store's feedback",
        description=(
            "Finds the store's kept feedback (summaries, themes with quotes, actions of "
            "qualifying feedback) that matches `q`, by words and by meaning, best first. "
            "Dates are whole days in the store's zone, both included; default the last 90 days."
        ),
        operation_id="searchFeedback",
        responses=responses({400: error_spec("An empty or wordless `q`, or a bad date or limit.")}),
    )
    async def search(
        self,
        store_id: StoreQuery,
        container: ContainerDep,
        principal: PrincipalDep,
        q: Annotated[
            str,
            Parameter(
                description="What to look for, e.g. `kassakö` or `köttdisken`: at least one "
                "letter or digit.",
                min_length=1,
                max_length=MAX_QUERY_CHARACTERS,
                pattern=QUERY_PATTERN,
            ),
        ],
        start_date: Annotated[
            date | None, Parameter(schema_extra=day_schema("First day, on or before end_date"))
        ] = None,
        end_date: Annotated[date | None, Parameter(schema_extra=day_schema("Last day"))] = None,
        limit: Annotated[int, Parameter(ge=1, le=100, description="Hits at most.")] = 20,
    ) -> SearchResponse:
        check_days(start_date=start_date, end_date=end_date)
        require_store(principal, store_id)
        results = await container.search()(
            StoreId(store_id), q, start=start_date, end=end_date, limit=limit
        )
        return search_body(results)

    @get(
        "/trends",
        guards=[READERS],
        summary="A store's trends",
        description=(
            "The weekly figures of the period's complete weeks (this week left out), the "
            "complaints that are rising or improving, and predictions."
        ),
        operation_id="getTrends",
        responses=responses({400: BAD_INPUT}),
    )
    async def trends(
        self,
        store_id: StoreQuery,
        container: ContainerDep,
        principal: PrincipalDep,
        period: Annotated[Period, Parameter(description="How many weeks.")] = "4_weeks",
    ) -> TrendsResponse:
        require_store(principal, store_id)
        return trends_body(await container.trends()(StoreId(store_id), period))

    @get(
        "/recommendations",
        guards=[READERS],
        summary="A store's recommendations",
        description=(
            "The actions the store's qualifying feedback of the last 4 weeks asks for, "
            "merged and ranked most urgent first, filtered by `priority` and `category`; "
            "`summary_stats` counts all of them before the filters."
        ),
        operation_id="getRecommendations",
        responses=responses({400: BAD_INPUT}),
    )
    async def recommendations(
        self,
        store_id: StoreQuery,
        container: ContainerDep,
        principal: PrincipalDep,
        priority: Annotated[Priority | None, Parameter(description="Only this priority.")] = None,
        category: Annotated[Category | None, Parameter(description="Only this category.")] = None,
        limit: Annotated[int, Parameter(ge=1, le=100, description="At most this many.")] = 10,
    ) -> RecommendationsResponse:
        require_store(principal, store_id)
        view = await container.recommendations()(
            StoreId(store_id), priority=priority, category=category, limit=limit
        )
        return recommendations_body(view)

    @put(
        "/context/{store_id:str}",
        guards=[READERS],
        summary="Replace a store's context",
        description=(
            "Stores the whole context as the store's next version: opening hours per weekday "
            "(local `HH:MM`), closed dates, departments with aliases, campaigns, the store's "
            "own questions and baseline facts. Answers how complete it is, naming each gap; "
            "below 0.6 each gap comes with a warning."
        ),
        operation_id="putBusinessContext",
        responses=responses(
            {
                400: BAD_INPUT,
                409: error_spec("CONTEXT_CONFLICT: another edit was stored at the same time."),
            }
        ),
    )
    async def put_context(
        self,
        store_id: FromPath[UUID],
        data: Annotated[ContextBody, Body(examples=[Example(value=CONTEXT_EXAMPLE)])],
        container: ContainerDep,
        principal: PrincipalDep,
    ) -> ContextSavedBody:
        require_store(principal, store_id)
        saved = await container.put_context()(context_from_body(StoreId(store_id), data))
        return saved_body(saved)

    @get(
        "/context/{store_id:str}",
        guards=[allow(Role.ADMIN, Role.BUSINESS, Role.SERVICE)],
        summary="Read a store's context",
        description="The store's context as stored, with its version and completeness.",
        operation_id="getBusinessContext",
        responses=responses(
            {400: BAD_INPUT, 404: error_spec("NOT_FOUND: the store has never put a context.")}
        ),
    )
    async def get_context(
        self, store_id: FromPath[UUID], container: ContainerDep, principal: PrincipalDep
    ) -> StoredContext:
        require_store(principal, store_id)
        return context_body(await container.get_context()(StoreId(store_id)))
