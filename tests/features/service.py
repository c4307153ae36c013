"""The kundrost service a feature talks to: the app in this process, or a deployed one.

Steps speak HTTP only, through `Service.http` (an httpx client: Litestar's test client in
process, a plain one for a deployment). What HTTP cannot do — move the service's clock, run
the scheduler's retention job, switch a feature flag — only the in-process service can; a
scenario that needs it carries the tag `moves_clock` or `changes_settings`, and is skipped
with that reason against a deployment.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import UTC, datetime
from typing import Any, Protocol
from uuid import UUID

import attrs
import httpx
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import Role, issue_token
from kundrost.settings import Settings

BASE_URL_VARIABLE = "KUNDROST_FEATURES_BASE_URL"
SECRET_VARIABLE = "KUNDROST_JWT_SECRET"
TELEPHONY_VARIABLE = "KUNDROST_FEATURES_TELEPHONY"

IN_PROCESS_TAGS = {
    "moves_clock": "moves the service's clock, which only the in-process service allows",
    "changes_settings": "changes the service's settings, which only the in-process service allows",
}
"""Tags of scenarios that a deployment cannot run, with the reason a skipped one reports."""

Request = Callable[[httpx.Client], httpx.Response]


def deployed_url() -> str | None:
    """The deployment under test, from `KUNDROST_FEATURES_BASE_URL`; None runs in process."""
    url = os.environ.get(BASE_URL_VARIABLE, "").strip()
    return url.rstrip("/") or None


class Service(Protocol):
    """What a step may ask of the service under test."""

    http: httpx.Client

    def now(self) -> datetime:
        """The service's time: what it will stamp a call made now with."""
        ...

    def token(self, role: Role | str, stores: Sequence[UUID] = ()) -> dict[str, str]:
        """The Authorization header of a fresh token the service accepts."""
        ...

    def at_once(self, requests: Sequence[Request]) -> list[httpx.Response]:
        """Sends the requests at the same moment, each on its own thread; answers in order."""
        ...

    def made_call(self, session_id: str) -> None:
        """Notes a call this scenario made, for the service to erase when it ends."""
        ...


def _at_once(http: httpx.Client, requests: Sequence[Request]) -> list[httpx.Response]:
    start = threading.Barrier(len(requests))

    def send(request: Request) -> httpx.Response:
        start.wait()
        return request(http)

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        return list(pool.map(send, requests))


@attrs.define
class InProcessService:
    """The app on this process's event loop, over `container` (memory, or PostgreSQL and
    Redis), with a manual clock the scenario moves and settings it may change."""

    container: Container
    settings: Settings
    clock: ManualClock
    http: TestClient = attrs.field(init=False)  # type: ignore[type-arg]
    _running: ExitStack = attrs.field(init=False, factory=ExitStack)

    def __attrs_post_init__(self) -> None:
        self.http = self._start(self.settings)

    def _start(self, settings: Settings) -> TestClient:  # type: ignore[type-arg]
        client = TestClient(create_app(self.container, settings))
        return self._running.enter_context(client)

    def now(self) -> datetime:
        return self.clock.now()

    def token(self, role: Role | str, stores: Sequence[UUID] = ()) -> dict[str, str]:
        signed = issue_token(self.settings.jwt_secret, role, store_ids=stores)
        return {"Authorization": f"Bearer {signed}"}

    def at_once(self, requests: Sequence[Request]) -> list[httpx.Response]:
        return _at_once(self.http, requests)

    def made_call(self, session_id: str) -> None:
        """Nothing to erase: the scenario's storage goes with it."""

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """Runs a coroutine function on the app's event loop (a scheduler job, say)."""
        return self.http.blocking_portal.call(function, *args)

    def reconfigure(self, **changes: Any) -> None:
        """Restarts the app over the same storage with `changes` to its settings."""
        self._running.close()
        self.settings = attrs.evolve(self.settings, **changes)
        self.http = self._start(self.settings)

    def close(self) -> None:
        self._running.close()


@attrs.define
class DeployedService:
    """A running kundrost at `base_url`, reached over the network. Tokens are signed with
    the secret it checks (`KUNDROST_JWT_SECRET`). The calls a scenario made are cancelled
    when it ends, which erases their phone numbers and words, so a deployment keeps no
    personal data from QA runs and a rerun's feedback is not taken for a copy."""

    base_url: str
    secret: str
    http: httpx.Client = attrs.field(init=False)
    _made: list[str] = attrs.field(init=False, factory=list)

    def __attrs_post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.base_url, timeout=30.0)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def token(self, role: Role | str, stores: Sequence[UUID] = ()) -> dict[str, str]:
        signed = issue_token(self.secret, role, store_ids=stores)
        return {"Authorization": f"Bearer {signed}"}

    def at_once(self, requests: Sequence[Request]) -> list[httpx.Response]:
        """On a client of their own that keeps a connection for each request alive: with
        httpx's default of 20 kept alive, httpcore's sync pool may close a surplus idle
        connection it has just handed to another thread's request (encode/httpcore#1110),
        which then fails with "Bad file descriptor" (seen once with 50 at once)."""
        limits = httpx.Limits(
            max_connections=len(requests), max_keepalive_connections=len(requests)
        )
        with httpx.Client(base_url=self.base_url, timeout=30.0, limits=limits) as http:
            return _at_once(http, requests)

    def made_call(self, session_id: str) -> None:
        self._made.append(session_id)

    def close(self) -> None:
        try:
            if self._made:
                admin = self.token(Role.ADMIN)
                for session_id in self._made:
                    self.http.delete(f"/api/ai/calls/{session_id}", headers=admin)
        finally:
            self.http.close()


def deployed(base_url: str) -> DeployedService:
    """The deployment at `base_url`. Refused without the secret to sign with, and unless QA
    states that its telephony is simulated: the scenarios call made-up Swedish mobile
    numbers, which a deployment on 46elks would really phone."""
    telephony = os.environ.get(TELEPHONY_VARIABLE, "").strip()
    if telephony != "simulated":
        raise RuntimeError(
            f"{BASE_URL_VARIABLE} is set: the features place calls to made-up Swedish mobile "
            f"numbers, so run them only against a deployment with simulated telephony "
            f"(KUNDROST_TELEPHONY=simulated), and say so with {TELEPHONY_VARIABLE}=simulated"
        )
    secret = os.environ.get(SECRET_VARIABLE, "").strip()
    if not secret:
        raise RuntimeError(
            f"{BASE_URL_VARIABLE} is set, so the features need {SECRET_VARIABLE}: the JWT "
            f"secret of the service at {base_url}, to sign the tokens it accepts"
        )
    service = DeployedService(base_url, secret)
    try:
        health = service.http.get("/health")
    except httpx.HTTPError as error:
        service.http.close()
        raise RuntimeError(f"{BASE_URL_VARIABLE}={base_url} does not answer: {error}") from error
    if health.status_code != 200:
        service.http.close()
        raise RuntimeError(f"{base_url}/health answers {health.status_code}, not 200")
    return service
