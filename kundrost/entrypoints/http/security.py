"""Who may call what: bearer JWTs (HS256) with a role, and guards that enforce API.md's matrix.

Tokens carry `sub`, `role` (`admin`, `service` or `business`), `store_ids` (business only)
and `exp`. Litestar's `JWTAuth` checks the signature and expiry (401); the guards here check
the role and, for business users, the store (403). A business token with no store may read
nothing, so a mistake in issuing one fails closed.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

import jwt
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import AuthenticationResult
from litestar.security.jwt import JWTAuth, JWTAuthenticationMiddleware, Token

from kundrost.adapters.system import SystemClock

ALGORITHM = "HS256"
PUBLIC_PATHS = [
    "^/health",
    "^/schema",
    "^/metrics",
    "^/webhooks/",
    "^/voice/",
    "^/sign-(in|out)$",
]
"""Paths that need no bearer token: liveness and readiness, the OpenAPI document, the
Prometheus scrape, the telephony webhooks and the voice socket (which check their own
tokens), and the browser's sign-in and sign-out."""

SESSION_COOKIE = "kundrost_session"
"""The cookie a browser keeps its business token in after signing in (see sign_in.py)."""
SAFE_METHODS = frozenset({"GET", "HEAD"})
"""The only requests the session cookie counts for: reading. A request that changes
anything needs the bearer header, which another site cannot make a browser send."""

TOKEN_CLOCK = SystemClock()
"""A token's lifetime is real time, whatever clock the service's rules run on: PyJWT checks
`exp` against the system time, and the token cache and `kundrost token` must agree with it."""


class Role(StrEnum):
    ADMIN = "admin"
    SERVICE = "service"
    BUSINESS = "business"


@dataclass
class KundrostToken(Token):
    """The JWT's claims: Litestar's registered claims plus `role` and `store_ids`."""

    role: str = ""
    store_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Principal:
    """The caller a valid token names."""

    subject: str
    role: Role
    store_ids: frozenset[UUID]

    def may_read_store(self, store_id: UUID) -> bool:
        return self.role is not Role.BUSINESS or store_id in self.store_ids


async def principal_from_token(
    token: KundrostToken, _connection: ASGIConnection[Any, Any, Any, Any]
) -> Principal:
    try:
        role = Role(token.role)
        store_ids = frozenset(UUID(str(store)) for store in token.store_ids)
    except ValueError as exc:
        raise NotAuthorizedException("the token's role or store_ids are malformed") from exc
    return Principal(subject=token.sub, role=role, store_ids=store_ids)


class CachingJWTMiddleware(JWTAuthenticationMiddleware):
    """Litestar's JWT middleware that checks each distinct token once and keeps the result
    until the token expires: a caller sends the same token with every request, and the
    check (PyJWT walks the token character by character) costs more than most handlers.

    Without an `Authorization` header, a GET or HEAD request may carry the token in the
    session cookie instead (a signed-in browser); never a WebSocket or a changing request."""

    cache: ClassVar[OrderedDict[tuple[str, str], tuple[int, AuthenticationResult]]] = OrderedDict()
    limit: ClassVar[int] = 10_000

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        header = connection.headers.get(self.auth_header)
        if not header and connection.scope.get("method") in SAFE_METHODS:
            cookie = connection.cookies.get(SESSION_COOKIE)
            if cookie:
                return await self.authenticate_token(cookie, connection)
        return await super().authenticate_request(connection)

    async def authenticate_token(
        self, encoded_token: str, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        key = (self.token_secret, encoded_token)  # a token checked under one secret only
        cached = self.cache.get(key)
        if cached is not None and cached[0] > TOKEN_CLOCK.now().timestamp():
            return cached[1]
        result = await super().authenticate_token(encoded_token, connection)
        self.cache[key] = (int(result.auth.exp.timestamp()), result)
        if len(self.cache) > self.limit:
            self.cache.popitem(last=False)
        return result


def jwt_auth(secret: str) -> JWTAuth[Principal, KundrostToken]:
    return JWTAuth[Principal, KundrostToken](
        retrieve_user_handler=principal_from_token,
        token_secret=secret,
        algorithm=ALGORITHM,
        token_cls=KundrostToken,
        exclude=PUBLIC_PATHS,
        description="A JWT signed with HS256 (`kundrost token` makes one for local use).",
        authentication_middleware_class=CachingJWTMiddleware,
    )


def issue_token(
    secret: str,
    role: Role | str,
    *,
    store_ids: Iterable[UUID] = (),
    ttl: timedelta = timedelta(hours=1),
    subject: str | None = None,
    now: datetime | None = None,
) -> str:
    """A signed token for `role`; business tokens must name at least one store."""
    role = Role(role)
    stores = sorted(str(store) for store in store_ids)
    if role is Role.BUSINESS and not stores:
        raise ValueError("a business token needs at least one store id")
    if role is not Role.BUSINESS and stores:
        raise ValueError("only business tokens carry store ids")
    if ttl <= timedelta(0):
        raise ValueError("the token's lifetime must be positive")
    issued = now or TOKEN_CLOCK.now()
    claims: dict[str, str | int | list[str]] = {
        "sub": subject or f"{role.value}-{secrets.token_hex(4)}",
        "role": role.value,
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
    }
    if stores:
        claims["store_ids"] = stores
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


Guard = Callable[[ASGIConnection[Any, Any, Any, Any], BaseRouteHandler], Awaitable[None]]
"""Guards are coroutines: Litestar runs a plain-function guard in a worker thread."""


def allow(*roles: Role) -> Guard:
    """A guard that lets only `roles` through (403 for any other valid token)."""
    allowed = frozenset(roles)
    names = ", ".join(sorted(role.value for role in allowed))

    async def guard(
        connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler
    ) -> None:
        principal = connection.user
        if not isinstance(principal, Principal) or principal.role not in allowed:
            raise PermissionDeniedException(f"this needs one of the roles: {names}")

    return guard


def require_store(principal: Principal, store_id: UUID) -> None:
    """403 unless the caller may read `store_id` (business users: only their own stores)."""
    if not principal.may_read_store(store_id):
        raise PermissionDeniedException("this token may not read that store")


ALL_ROLES: Sequence[Role] = (Role.ADMIN, Role.SERVICE, Role.BUSINESS)
