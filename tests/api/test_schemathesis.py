"""Schemathesis against the OpenAPI document the app serves: no 5xx, and every response
conforms to the document (a listed status code, its content type, its body schema).

The app is the real one on the embedded adapters, with an admin token (admins may call
every guarded operation) and a rate limit the run never reaches. Examples are bounded per
operation (and shrinking is off), so the whole run stays well under a minute.

Three of Schemathesis's checks are turned off, each for a reason outside what the document
can state:

- `positive_data_acceptance` expects every schema-valid request to succeed. The API refuses
  with a documented 400 what no JSON schema can express: rules across fields or against
  stored state (message orders strictly increasing, `analysis_week` a Monday, `start_date`
  before `end_date`, a known time zone, distinct department names, the state a call is in),
  and bodies refuse unknown fields (msgspec's `forbid_unknown_fields`), which Litestar does
  not declare as `additionalProperties: false`.
- `negative_data_rejection` expects every schema-violating request to be refused. Litestar
  converts handler arguments with msgspec in non-strict mode, so a value of the wrong JSON
  type that converts without loss (`0` for `false`, a Unix time for a datetime) is accepted.
- `allow_header_conformance`: Litestar 2's automatic OPTIONS answer lists the methods of only
  one handler when several serve one path (litestar-org/litestar#4169, fixed in Litestar 3).

The public operations (health, the Prometheus scrape, the 46elks webhook) are documented
with `security: [{}]`, so the auth checks hold them to needing no bearer token.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, settings
from litestar.testing import TestClient
from schemathesis.checks import (
    allow_header_conformance,
    negative_data_rejection,
    positive_data_acceptance,
)

from kundrost.container import build_container, connect
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import PUBLIC_PATHS, issue_token
from kundrost.settings import RateLimit, Settings

SETTINGS = Settings.embedded(seed=48, rate_limit=RateLimit(1_000_000))
CONTAINER = build_container(SETTINGS)
connect(CONTAINER)
APP = create_app(CONTAINER, SETTINGS)
ADMIN = {
    "Authorization": f"Bearer {issue_token(SETTINGS.jwt_secret, 'admin', ttl=timedelta(hours=6))}"
}

NOT_EXPRESSIBLE = [positive_data_acceptance, negative_data_rejection, allow_header_conformance]


def served_document() -> dict[str, Any]:
    """The document exactly as a client fetches it from /schema/openapi.json."""
    with TestClient(APP) as client:
        response = client.get("/schema/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


DOCUMENT = served_document()
schema = schemathesis.openapi.from_dict(DOCUMENT)
schema.app = APP

PUBLIC_OPERATIONS = sorted(
    (path, method)
    for path, operations in DOCUMENT["paths"].items()
    if any(re.match(pattern, path) for pattern in PUBLIC_PATHS)
    for method in operations
)
"""The operations that need no bearer token (`security.PUBLIC_PATHS`): health, the Prometheus
scrape, and the 46elks webhooks, which check their own per-call token."""


@schema.parametrize()
@settings(
    max_examples=6,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_document(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=ADMIN, excluded_checks=NOT_EXPRESSIBLE)


def test_the_public_operations_are_documented_without_a_token() -> None:
    assert PUBLIC_OPERATIONS
    for path, method in PUBLIC_OPERATIONS:
        assert DOCUMENT["paths"][path][method].get("security") == [{}], (method, path)
