"""`kundrost serve` runs the API; `kundrost token` signs tokens that the server accepts when
both are given the same KUNDROST_JWT_SECRET, and refuses to guess a secret."""

from __future__ import annotations

import base64
import gc
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypedDict
from uuid import uuid4

import attrs
import httpx
import jwt
import pytest
from litestar.testing import TestClient

from kundrost.entrypoints import preflight
from kundrost.entrypoints.cli import serve, token
from kundrost.entrypoints.http.corked import CorkedHttpToolsProtocol
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.services import free_port

SECRET = "kundrost-test-secret-that-is-long-enough-for-hs256"
STORE = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("KUNDROST_JWT_SECRET", SECRET)
    return SECRET


def make_token(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert token.main(list(argv)) == 0
    printed = capsys.readouterr().out.strip()
    assert "\n" not in printed
    return printed


def test_token_prints_a_jwt_signed_with_the_servers_secret(
    secret: str, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = jwt.decode(make_token(capsys, "--role", "service"), secret, algorithms=["HS256"])

    assert claims["role"] == "service"
    assert claims["sub"].startswith("service-")
    lifetime = datetime.fromtimestamp(claims["exp"], UTC) - datetime.now(UTC)
    assert timedelta(minutes=59) < lifetime <= timedelta(hours=1)


def test_a_business_token_names_its_stores_subject_and_lifetime(
    secret: str, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = make_token(
        capsys, "--role", "business", "--store", STORE, "--ttl", "15m", "--subject", "ica-arsta"
    )

    claims = jwt.decode(printed, secret, algorithms=["HS256"])
    assert (claims["role"], claims["sub"], claims["store_ids"]) == (
        "business",
        "ica-arsta",
        [STORE],
    )
    assert claims["exp"] - claims["iat"] == 15 * 60


def test_without_a_secret_token_refuses_and_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KUNDROST_JWT_SECRET", raising=False)

    assert token.main(["--role", "admin"]) == 2

    output = capsys.readouterr()
    assert output.out == ""
    assert "KUNDROST_JWT_SECRET" in output.err
    assert "same secret" in output.err


@pytest.mark.parametrize(
    "argv",
    [
        ["--role", "business"],
        ["--role", "admin", "--store", STORE],
    ],
)
def test_store_ids_belong_to_business_tokens_only(
    secret: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert token.main(argv) == 2
    assert "store" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["--role", "owner"],
        ["--role", "business", "--store", "ica-arsta"],
        ["--role", "admin", "--ttl", "a week"],
        ["--role", "admin", "--ttl", "0s"],
    ],
)
def test_malformed_arguments_are_refused_with_usage(
    secret: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        token.main(argv)
    assert exit_.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_a_token_from_the_command_is_accepted_by_a_server_with_the_same_secret(
    secret: str, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_token(capsys, "--role", "admin")
    others = {"KUNDROST_JWT_SECRET": "another-secret-another-secret-another-secret"}

    with TestClient(serve.app_from_env({"KUNDROST_JWT_SECRET": secret})) as api:
        same = api.get(f"/api/ai/calls/{uuid4()}/status", headers=bearer(signed))
    with TestClient(serve.app_from_env(others)) as api:
        other = api.get(f"/api/ai/calls/{uuid4()}/status", headers=bearer(signed))

    assert (same.status_code, other.status_code) == (404, 401)


def a_purchase() -> dict[str, str]:
    return {
        "customer_verification_id": str(uuid4()),
        "store_id": STORE,
        "phone_number": "+46701234567",
        "transaction_time": (datetime.now(UTC) - timedelta(minutes=10)).isoformat(),
    }


def bearer(signed: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {signed}"}


def test_several_workers_on_memory_storage_are_refused(
    secret: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert serve.main(["--workers", "2"]) == 2
    error = capsys.readouterr().err
    assert "own memory" in error
    assert "KUNDROST_DATABASE_URL" in error


class SharedServices(TypedDict):
    """The settings that put every worker on the same PostgreSQL and Redis."""

    storage: str
    cache: str
    queue: str
    database_url: str
    redis_url: str


def test_several_workers_need_shared_storage_a_shared_secret_and_a_shared_key() -> None:
    shared: SharedServices = {
        "storage": "postgres",
        "cache": "redis",
        "queue": "redis",
        "database_url": "postgresql://kundrost@db/kundrost",
        "redis_url": "redis://cache:6379/0",
    }
    with_secret = Settings(**shared, encryption_key=bytes(32), jwt_secret=SECRET)
    without_secret = Settings.embedded(**shared)
    without_key = Settings(
        **shared, encryption_key=bytes(32), encryption_key_generated=True, jwt_secret=SECRET
    )

    assert serve.refusal(with_secret, 4, "converse") is None
    assert "KUNDROST_JWT_SECRET" in str(serve.refusal(without_secret, 4, "converse"))
    assert "KUNDROST_ENCRYPTION_KEY" in str(serve.refusal(without_key, 4, "converse"))
    assert "KUNDROST_JWT_SECRET" not in str(serve.refusal(without_key, 4, "converse"))
    assert serve.refusal(with_secret, 1, "converse") is None


def test_the_event_loop_is_the_one_that_bounded_the_tail_on_its_storage(
    secret: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    started: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **options: started.update(options))
    postgres = Settings(
        storage="postgres",
        database_url="postgresql://kundrost@db/kundrost",
        encryption_key=bytes(32),
        jwt_secret=SECRET,
    )

    assert serve.main(["--port", str(free_port())]) == 0

    assert started["loop"] == "asyncio"  # the embedded defaults: memory storage
    assert started["http"] is CorkedHttpToolsProtocol  # httptools, a response in one write
    assert serve.event_loop(postgres) == "uvloop"
    assert serve.event_loop(attrs.evolve(postgres, http_loop="asyncio")) == "asyncio"
    monkeypatch.setenv("KUNDROST_HTTP_LOOP", "uvloop")
    assert serve.main(["--port", str(free_port())]) == 0
    restarted = dict(started)  # the options of this second run
    assert restarted["loop"] == "uvloop"


def test_workers_get_time_to_import_the_service_before_their_first_health_check(
    secret: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    started: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **options: started.update(options))
    monkeypatch.setattr(preflight, "ready", lambda _command, _settings: True)
    monkeypatch.setenv("KUNDROST_DATABASE_URL", "postgresql://kundrost@db/kundrost")
    monkeypatch.setenv("KUNDROST_REDIS_URL", "redis://cache:6379/0")
    monkeypatch.setenv("KUNDROST_ENCRYPTION_KEY", base64.urlsafe_b64encode(bytes(32)).decode())

    assert serve.main(["--port", str(free_port()), "--workers", "2"]) == 0

    assert started["workers"] == 2
    assert started["timeout_worker_healthcheck"] == serve.WORKER_START_SECONDS >= 30


def test_an_unknown_event_loop_is_refused_naming_the_variable(
    secret: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KUNDROST_HTTP_LOOP", "trio")

    assert serve.main([]) == 2
    assert "KUNDROST_HTTP_LOOP must be one of auto, uvloop, asyncio, got 'trio'" in (
        capsys.readouterr().err
    )


def test_ring_mode_leaves_calls_for_the_client_to_report(secret: str) -> None:
    settings = Settings.from_env({"KUNDROST_JWT_SECRET": secret})
    headers = bearer(issue_token(secret, "service", subject="bridge"))

    with TestClient(serve.build_app(settings, "ring")) as api:
        session_id = api.post("/api/ai/calls/initiate", json=a_purchase(), headers=headers).json()[
            "call_session_id"
        ]
        time.sleep(0.2)
        status = api.get(f"/api/ai/calls/{session_id}/status", headers=headers).json()

    assert status["status"] == "pending"


def test_a_serving_process_freezes_its_start_up_heap_once_started(secret: str) -> None:
    settings = Settings.from_env({"KUNDROST_JWT_SECRET": secret})
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(serve.build_app(settings, "ring", freeze_heap=True)) as api:
            frozen = gc.get_freeze_count()
            assert api.get("/health").status_code == 200
        assert frozen > 10_000  # the modules and adapters, all alive since the start
    finally:
        gc.unfreeze()
    with TestClient(serve.build_app(settings, "ring")) as api:  # as tests build it: no freeze
        assert api.get("/health").status_code == 200
    assert gc.get_freeze_count() == 0


def test_converse_mode_lets_simulated_shoppers_answer_and_talk(secret: str) -> None:
    settings = Settings.from_env({"KUNDROST_JWT_SECRET": secret})
    headers = bearer(issue_token(secret, "service"))

    with TestClient(serve.build_app(settings, "converse")) as api:
        session_id = api.post("/api/ai/calls/initiate", json=a_purchase(), headers=headers).json()[
            "call_session_id"
        ]
        for _ in range(50):
            status = api.get(f"/api/ai/calls/{session_id}/status", headers=headers).json()
            if status["status"] == "completed":
                break
            time.sleep(0.05)

    assert (status["status"], status["end_reason"]) == ("completed", "completed")


def test_serve_runs_the_api_until_it_is_stopped() -> None:
    port = free_port()
    env = {**os.environ, "KUNDROST_JWT_SECRET": SECRET}
    server = subprocess.Popen(
        [sys.executable, "-m", "kundrost.entrypoints.cli.serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        health = wait_for_health(f"http://127.0.0.1:{port}/health", server)
        signed = issue_token(SECRET, "admin")
        unknown = httpx.get(
            f"http://127.0.0.1:{port}/api/ai/calls/{uuid4()}/status", headers=bearer(signed)
        )
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=15)

    assert health["status"] == "ok"
    assert unknown.status_code == 404
    assert unknown.headers["x-request-id"]
    assert f"http://127.0.0.1:{port}/schema" in out
    assert "kundrost token" in out
    assert server.returncode == 0
    assert '"route":"/api/ai/calls/{call_session_id}/status","status":404' in err


def wait_for_health(url: str, server: subprocess.Popen[str]) -> dict[str, str]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"serve exited: {server.communicate()}")
        try:
            body: dict[str, str] = httpx.get(url, timeout=1).json()
            return body
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("serve did not answer /health within 30 s")
