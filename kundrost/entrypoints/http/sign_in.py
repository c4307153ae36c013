"""A browser's sign-in: the store owner pastes the business token once, and the browser
keeps it in a cookie that scripts cannot read and other sites cannot make it send.

The cookie is `Secure` (HTTPS only; browsers allow it on http://localhost), `HttpOnly`
(no script reads it), `SameSite=Strict` (a request started from another site carries no
cookie, which is the defence against cross-site request forgery) and lives as long as the
token. It counts for reading only (GET and HEAD, see security.py): whatever changes data
needs the bearer header. Signing in and out refuse a form posted from another site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any
from urllib.parse import urlsplit

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotAuthorizedException
from litestar.params import Body, QueryParameter
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER

from kundrost.entrypoints.http.report_formats import page_response
from kundrost.entrypoints.http.security import (
    ALGORITHM,
    SESSION_COOKIE,
    KundrostToken,
    Role,
    principal_from_token,
)
from kundrost.settings import Settings

FORM = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]


def session_cookie(value: str, max_age: int) -> Cookie:
    """The session cookie, kept `max_age` seconds (0: gone at once)."""
    return Cookie(
        key=SESSION_COOKIE,
        value=value,
        max_age=max_age,
        path="/",
        secure=True,
        httponly=True,
        samesite="strict",
    )


def lifetime(token: KundrostToken) -> int:
    """How long the browser keeps the cookie: the token's own lifetime (`exp` − `iat`),
    read from its claims, so no clock is needed; a cookie that outlives its token only
    earns a trip back to the sign-in page."""
    return max(int((token.exp - token.iat).total_seconds()), 0)


def local_path(target: str | None, default: str) -> str:
    """`target` when it is a path on this site, else `default`: never a redirect elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else default


def from_this_site(request: Request[Any, Any, Any]) -> bool:
    """A form posted from one of our own pages: the browser says so in `Sec-Fetch-Site`
    and `Origin` (a client that sends neither is not a browser another site can drive)."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host", "")


class SignInController(Controller):
    path = ""
    include_in_schema = False
    tags: Sequence[str] = ["Pages"]

    @get("/sign-in")
    async def form(
        self, next_: Annotated[str | None, QueryParameter(name="next")] = None
    ) -> Response[Any]:
        return page_response("sign_in.html.j2", error=None, next=local_path(next_, ""))

    @post("/sign-in", status_code=HTTP_303_SEE_OTHER)
    async def sign_in(self, request: Request[Any, Any, Any], data: FORM) -> Response[Any]:
        target = local_path(request.query_params.get("next"), "")

        def refused(status: int, error: str) -> Response[Any]:
            return page_response("sign_in.html.j2", status, error=error, next=target)

        if not from_this_site(request):
            return refused(403, "Logga in från den här sidan.")
        settings: Settings = request.app.state.settings
        try:
            token = KundrostToken.decode(
                (data.get("token") or "").strip(), settings.jwt_secret, ALGORITHM
            )
            principal = await principal_from_token(token, request)
        except NotAuthorizedException:
            return refused(401, "Nyckeln gick inte att använda: den är fel eller har gått ut.")
        if principal.role is not Role.BUSINESS or not principal.store_ids:
            return refused(403, "Nyckeln hör inte till någon butik.")
        return Redirect(
            target or f"/stores/{min(principal.store_ids)}/reports",
            status_code=HTTP_303_SEE_OTHER,
            cookies=[session_cookie(data["token"].strip(), lifetime(token))],
        )

    @post("/sign-out", status_code=HTTP_303_SEE_OTHER)
    async def sign_out(self, request: Request[Any, Any, Any]) -> Response[Any]:
        if not from_this_site(request):
            return page_response(
                "sign_in.html.j2", 403, error="Logga ut från den här sidan.", next=""
            )
        return Redirect("/sign-in", status_code=HTTP_303_SEE_OTHER, cookies=[session_cookie("", 0)])
