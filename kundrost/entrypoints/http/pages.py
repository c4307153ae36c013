"""The store owner's pages: a store's weekly reports, listed by week, each linking to its
report page (`GET /api/ai/business/reports/{id}` as HTML). The same role and store checks
as the API; a bearer header or a signed-in browser's cookie both work."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from litestar import Controller, Request, get
from litestar.params import FromPath
from litestar.response import Template
from litestar.types import Guard

from kundrost.adapters.html.report_view import store_title, week_rows
from kundrost.domain.ids import StoreId
from kundrost.entrypoints.http.browser_errors import BROWSER_ERRORS
from kundrost.entrypoints.http.dependencies import ContainerDep, PrincipalDep
from kundrost.entrypoints.http.features import feature
from kundrost.entrypoints.http.report_formats import page_response, signed_in
from kundrost.entrypoints.http.security import Role, allow, require_store


class StorePagesController(Controller):
    path = "/stores"
    include_in_schema = False
    guards: Sequence[Guard] = [feature("business_analysis"), allow(Role.ADMIN, Role.BUSINESS)]
    exception_handlers = BROWSER_ERRORS

    @get("/{store_id:str}/reports")
    async def reports(
        self,
        store_id: FromPath[UUID],
        request: Request[Any, Any, Any],
        container: ContainerDep,
        principal: PrincipalDep,
    ) -> Template:
        """The store's weeks, newest first; a store without reports gets a friendly page."""
        require_store(principal, store_id)
        found = await container.read_store_reports()(StoreId(store_id))
        return page_response(
            "store_reports.html.j2",
            store_name=store_title(found.store_name),
            weeks=week_rows(found),
            signed_in=signed_in(request),
        )
