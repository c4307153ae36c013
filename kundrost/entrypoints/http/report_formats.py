"""One weekly report in the format the client asks for: JSON, the HTML page or CSV actions.

`Accept` decides (a browser asks for `text/html`, a spreadsheet download for `text/csv`),
and `?format=` overrides it for links that cannot set a header. Anything else is JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from litestar import MediaType, Request, Response
from litestar.openapi.spec import (
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Schema,
)
from litestar.response import Template

from kundrost.adapters.html.actions_csv import actions_csv, csv_filename
from kundrost.adapters.html.environment import page_headers
from kundrost.adapters.html.report_view import report_view
from kundrost.domain.report_page import ReportPage
from kundrost.entrypoints.http.security import SESSION_COOKIE

Format = Literal["json", "html", "csv"]
MEDIA_TYPES: dict[str, Format] = {
    "application/json": "json",
    "text/html": "html",
    "text/csv": "csv",
}
CSV = "text/csv"


def chosen_format(request: Request[Any, Any, Any], asked: Format | None) -> Format:
    if asked is not None:
        return asked
    best = request.accept.best_match(list(MEDIA_TYPES), default="application/json")
    return MEDIA_TYPES.get(best, "json")


def signed_in(request: Request[Any, Any, Any]) -> bool:
    """Whether the browser holds a session cookie (then the page offers to sign out)."""
    return SESSION_COOKIE in request.cookies


def page_response(template: str, status: int = 200, **context: Any) -> Template:
    return Template(
        template_name=template,
        context=context,
        media_type=MediaType.HTML,
        status_code=status,
        headers=page_headers(),
    )


def report_page_response(page: ReportPage) -> Template:
    return page_response("report.html.j2", view=report_view(page))


def actions_csv_response(page: ReportPage) -> Response[str]:
    return Response(
        content=actions_csv(page.report, page.zone),
        media_type=CSV,
        headers={
            "Content-Disposition": f'attachment; filename="{csv_filename(page.report)}"',
            "Cache-Control": "no-store",
        },
    )


@dataclass
class NegotiatedReport(Operation):
    """The operation of `GET /reports/{report_id}` with its browser answers documented: the
    HTML page and the CSV of actions beside the JSON that Litestar writes, the Swedish
    pages of a 403 and a 404, and the way to sign-in for a browser without a token."""

    def __post_init__(self) -> None:
        responses = self.responses if self.responses is not None else {}
        ok = responses.get("200")
        if isinstance(ok, OpenAPIResponse) and ok.content is not None:
            ok.content["text/html"] = _text("The report's page, in Swedish.")
            ok.content[CSV] = _text("The week's actions, one a row.")
        for status in ("403", "404"):
            refused = responses.get(status)
            if isinstance(refused, OpenAPIResponse) and refused.content is not None:
                refused.content["text/html"] = _text("The refusal as a page, for a browser.")
        responses["303"] = OpenAPIResponse(
            description="A browser without a token: `Location` is the sign-in page.",
            headers={"Location": OpenAPIHeader(schema=Schema(type=OpenAPIType.STRING))},
        )


def _text(description: str) -> OpenAPIMediaType:
    return OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING, description=description))
