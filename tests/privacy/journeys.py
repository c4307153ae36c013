"""Journeys through the HTTP API as the verification system, the voice bridge and a store
owner live them, and the scans that follow each one."""

from __future__ import annotations

import time as wall
from datetime import datetime
from functools import partial
from itertools import count
from typing import Any
from uuid import UUID, uuid4

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres.transcript_repository import TRANSCRIPT
from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.domain.week import IsoWeek
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.api.test_analysis import FULL_CONTEXT_JSON, STORE, transcript_json
from tests.privacy.scan import (
    Secrets,
    ciphertexts,
    decrypted,
    found_in,
    redis_values,
    tables_as_text,
)

Client = TestClient[Litestar]
CALLS, ANALYSIS, BUSINESS = "/api/ai/calls", "/api/ai/analysis", "/api/ai/business"


class Journeys:
    def __init__(
        self,
        api: Client,
        container: Container,
        settings: Settings,
        clock: ManualClock,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        self.api, self.container, self.settings = api, container, settings
        self.clock, self.caplog = clock, caplog
        self.cipher = AesGcmCipher(settings.encryption_key)
        self._phones = count(1)
        self.service = self._token("service")
        self.admin = self._token("admin")
        self.owner = self._token("business", [STORE])
        self._expect(
            self.api.put(f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON, headers=self.owner),
            200,
        )

    def _token(self, role: str, stores: list[UUID] | None = None) -> dict[str, str]:
        signed = issue_token(self.settings.jwt_secret, role, store_ids=stores or ())
        return {"Authorization": f"Bearer {signed}"}

    @staticmethod
    def _expect(response: Any, status: int) -> Any:
        assert response.status_code == status, response.text
        return response.json()

    def run(self, function: Any, *args: Any, **kwargs: Any) -> Any:
        """A coroutine function of the container, on the app's own event loop."""
        return self.api.blocking_portal.call(partial(function, *args, **kwargs))

    # --- the journey's steps ------------------------------------------------------------

    def a_phone(self) -> str:
        return f"+4670555{next(self._phones):04d}"

    def initiate(self, phone: str, transaction_time: datetime | None = None) -> str:
        when = transaction_time or self.clock.now().replace(hour=9, minute=5)
        body = {
            "customer_verification_id": str(uuid4()),
            "store_id": str(STORE),
            "phone_number": phone,
            "transaction_time": when.isoformat(),
            "transaction_value": 249.5,
        }
        return str(
            self._expect(self.api.post(f"{CALLS}/initiate", json=body, headers=self.service), 202)[
                "call_session_id"
            ]
        )

    def connect(self, session_id: str) -> None:
        body = {"status": "in_progress"}
        self._expect(self.api.patch(f"{CALLS}/{session_id}", json=body, headers=self.service), 200)

    def record(self, session_id: str, answers: tuple[str, ...]) -> str | None:
        body = transcript_json(answers, 90)
        recorded = self._expect(
            self.api.post(f"{CALLS}/{session_id}/transcript", json=body, headers=self.service), 201
        )
        return recorded["analysis_id"]

    def graded(self, analysis_id: str) -> dict[str, Any]:
        for _ in range(500):
            body: dict[str, Any] = self._expect(
                self.api.get(f"{ANALYSIS}/{analysis_id}", headers=self.service), 200
            )
            if body["status"] in ("completed", "failed"):
                return body
            wall.sleep(0.01)
        raise AssertionError(f"analysis {analysis_id} did not finish")

    def call(self, answers: tuple[str, ...], **initiate: Any) -> tuple[str, str, dict[str, Any]]:
        """A whole feedback call: (its number, its session id, its finished analysis)."""
        phone = self.a_phone()
        session_id = self.initiate(phone, **initiate)
        self.connect(session_id)
        analysis_id = self.record(session_id, answers)
        assert analysis_id is not None
        return phone, session_id, self.graded(analysis_id)

    def fraud_checks(self, session_id: str) -> dict[str, Any]:
        """The call's fraud results as an integrator reads them (stored, once words are gone)."""
        body = {"call_session_id": session_id, "check_types": ["context"]}
        return self._expect(
            self.api.post(f"{ANALYSIS}/fraud-detection", json=body, headers=self.service), 200
        )

    def cancel(self, session_id: str) -> None:
        self._expect(self.api.delete(f"{CALLS}/{session_id}", headers=self.service), 200)

    def weekly_report(self) -> dict[str, Any]:
        monday = IsoWeek.of(self.clock.now()).monday.isoformat()
        body = {"store_id": str(STORE), "analysis_week": monday, "force": True}
        accepted = self._expect(
            self.api.post(f"{BUSINESS}/reports/generate", json=body, headers=self.owner), 202
        )
        return self.report(accepted["report_id"])

    def report(self, report_id: str) -> dict[str, Any]:
        return self._expect(
            self.api.get(f"{BUSINESS}/reports/{report_id}", headers=self.owner), 200
        )

    def search(self, query: str) -> list[dict[str, Any]]:
        found = self._expect(
            self.api.get(
                f"{BUSINESS}/search",
                params={"store_id": str(STORE), "q": query},
                headers=self.owner,
            ),
            200,
        )
        return found["results"]

    def retention(self) -> None:
        self.run(self.container.cleanup())
        self.run(self.container.cleanup_low_grade())

    # --- the scans ----------------------------------------------------------------------

    async def _storage(self) -> tuple[str, dict[str, list[str]]]:
        connection = await asyncpg.connect(
            self.settings.database_url,
            server_settings={"search_path": self.settings.database_schema},
        )
        try:
            text = await tables_as_text(connection)
            sealed = decrypted(self.cipher, await ciphertexts(connection))
        finally:
            await connection.close()
        return text, sealed

    def assert_nothing_in_clear(self, secrets: Secrets) -> dict[str, list[str]]:
        """No table row, Redis value or log line shows the number, a sentence or a name;
        returns what the ciphertexts hold, by purpose."""
        text, sealed = self.run(self._storage)
        assert found_in(text, secrets) == [], "in a table, in clear"
        redis = self.run(redis_values, self.settings.redis_url, self.settings.redis_prefix)
        assert found_in(redis, secrets) == [], "in Redis"
        assert found_in(self.caplog.text, secrets) == [], "in the logs"
        return sealed

    def assert_gone(self, secrets: Secrets) -> None:
        """Nothing of the journey is kept at all, not even encrypted."""
        sealed = self.assert_nothing_in_clear(secrets)
        for purpose, texts in sealed.items():
            assert found_in("\n".join(texts), secrets) == [], f"encrypted as {purpose}"

    def assert_only_the_transcript_names_them(self, secrets: Secrets) -> None:
        """Kept feedback: the names said live only in the transcript, the raw record."""
        sealed = self.assert_nothing_in_clear(secrets)
        for purpose, texts in sealed.items():
            if purpose != TRANSCRIPT:
                assert [n for n in secrets.names if n in "\n".join(texts)] == [], purpose
