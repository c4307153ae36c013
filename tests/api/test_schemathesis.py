"""Schemathesis against the OpenAPI document the app serves, with every check: no 5xx, every
response as documented (status, content type, body, headers), every schema-valid request
accepted, every schema-violating one refused, `Allow` listing each method of a path.

The app is the real one on the backend the API tests run on (`KUNDROST_TEST_BACKEND`: the
embedded adapters, or PostgreSQL and Redis in a schema and key prefix of this module's own),
with an admin token (admins may call every guarded operation) and a rate limit the run never
reaches. The rules that relate two values, or a value and the clock, are documented in the
operations' descriptions; `schemathesis_hooks` teaches them to the generator. Examples are
bounded per operation and shrinking is off, so the run stays within a minute or two.
`.ci/run` also runs the command line (all phases, stateful included) against a served
kundrost on both backends.

The public operations (health, the Prometheus scrape, the 46elks webhook) are documented
with `security: [{}]`, so the auth checks hold them to needing no bearer token.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings

import tests.api.schemathesis_hooks  # noqa: F401  (registers the hooks)
from kundrost.container import build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import PUBLIC_PATHS, issue_token
from kundrost.settings import RateLimit, Settings
from tests import services
from tests.api.conftest import BACKEND


def backend_settings() -> Settings:
    common = {"seed": 48, "rate_limit": RateLimit(1_000_000)}
    if BACKEND == "memory":
        return Settings.embedded(**common)  # type: ignore[arg-type]
    return Settings.embedded(
        **common,  # type: ignore[arg-type]
        storage="postgres",
        database_url=services.database_url(),
        database_schema=services.schema_name("schemathesis"),
        auto_migrate=True,
        cache="redis",
        queue="redis",
        redis_url=services.redis_url(),
        redis_prefix=services.key_prefix("schemathesis"),
    )


SETTINGS = backend_settings()
APP = create_app(build_container(SETTINGS), SETTINGS)
ADMIN = {
    "Authorization": f"Bearer {issue_token(SETTINGS.jwt_secret, 'admin', ttl=timedelta(hours=6))}"
}


schema = schemathesis.openapi.from_asgi("/schema/openapi.json", APP)
"""Loaded through the app itself, as a client fetches it; Schemathesis keeps the app's lifespan
(its connections) running on one event loop for every case."""
DOCUMENT: dict[str, Any] = schema.raw_schema

PUBLIC_OPERATIONS = sorted(
    (path, method)
    for path, operations in DOCUMENT["paths"].items()
    if any(re.match(pattern, path) for pattern in PUBLIC_PATHS)
    for method in operations
)
"""The operations that need no bearer token (`security.PUBLIC_PATHS`): health, the Prometheus
scrape, and the 46elks webhooks, which check their own per-call token."""


@pytest.fixture(scope="module", autouse=True)
def cleaned_up() -> Iterator[None]:
    """The module's PostgreSQL schema and Redis keys are removed after its cases."""
    yield
    if BACKEND != "memory":
        assert SETTINGS.database_url is not None
        assert SETTINGS.redis_url is not None
        asyncio.run(
            services.remove_schema_and_keys(
                SETTINGS.database_url,
                SETTINGS.database_schema,
                SETTINGS.redis_url,
                SETTINGS.redis_prefix,
            )
        )


@schema.parametrize()
@settings(
    max_examples=8,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_document(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=ADMIN)


def test_the_public_operations_are_documented_without_a_token() -> None:
    assert PUBLIC_OPERATIONS
    for path, method in PUBLIC_OPERATIONS:
        assert DOCUMENT["paths"][path][method].get("security") == [{}], (method, path)
