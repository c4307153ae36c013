"""Errors as a browser should see them: sign in when there is no token, a Swedish page
when a report is not there or not the caller's; API clients keep the JSON envelope."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from litestar import Request, Response
from litestar.exceptions import HTTPException, NotAuthorizedException, PermissionDeniedException
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER

from kundrost.domain.errors import DomainError
from kundrost.entrypoints.http.errors import domain_error, http_exception
from kundrost.entrypoints.http.report_formats import page_response

PROBLEMS = {
    403: ("Inte din butik", "Ditt konto får inte läsa den här butikens rapporter."),
    404: ("Rapporten finns inte", "Det finns ingen rapport på den här adressen."),
}


def wants_page(request: Request[Any, Any, Any]) -> bool:
    asked: str | None = request.query_params.get("format")
    if asked is not None:
        return asked == "html"
    return request.accept.best_match(["application/json", "text/html"]) == "text/html"


def sign_in_redirect(request: Request[Any, Any, Any]) -> Redirect:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return Redirect(f"/sign-in?next={quote(target, safe='/')}", status_code=HTTP_303_SEE_OTHER)


def problem_page(status: int) -> Response[Any]:
    title, text = PROBLEMS[status]
    return page_response("problem.html.j2", status, title=title, text=text)


def browser_http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    if wants_page(request):
        if isinstance(exc, NotAuthorizedException):
            return sign_in_redirect(request)
        if isinstance(exc, PermissionDeniedException):
            return problem_page(403)
    return http_exception(request, exc)


def browser_domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Any]:
    if wants_page(request) and exc.code == "NOT_FOUND":
        return problem_page(404)
    return domain_error(request, exc)


BROWSER_ERRORS: dict[type[Exception] | int, Any] = {
    HTTPException: browser_http_error,
    DomainError: browser_domain_error,
}
"""Exception handlers for the routes a browser opens; the others stay JSON only."""
