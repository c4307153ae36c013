"""A service away: 503 SERVICE_UNAVAILABLE with Retry-After instead of a 500, one log line
when it goes and one when it is back, reads that need only storage going on while the
cache is away (the rate limit fails open), and recovery without a restart."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from asyncpg import DeadlockDetectedError
from dependency_injector import providers
from litestar import Litestar
from litestar.testing import TestClient
from prometheus_client import REGISTRY

from kundrost.adapters.memory import MemorySessionStore, MemoryStore, MemoryUnitOfWork
from kundrost.adapters.memory.job_queue import InProcessJobQueue
from kundrost.container import Container, build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.ports.availability import Contended, Unavailable
from kundrost.ports.job_queue import Job
from kundrost.ports.session_store import WindowCount
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWork
from kundrost.settings import RateLimit, Settings
from tests.api.calls_builders import CALLS, a_transcript_body, an_initiate_body, quiet_phone
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
REFUSED = ConnectionRefusedError(111, "Connect call failed ('10.0.0.5', 5432)")


class Switch:
    down = False
    refusal = Unavailable("storage", REFUSED)


class SwitchableStorage:
    """Memory storage that refuses to open units of work while its switch is down."""

    def __init__(self, switch: Switch) -> None:
        self.store = MemoryStore()
        self.switch = switch
        self.asked_while_down = 0

    def __call__(self) -> UnitOfWork:
        if self.switch.down:
            self.asked_while_down += 1
            raise self.switch.refusal
        return MemoryUnitOfWork(self.store)


class SwitchableCache(MemorySessionStore):
    def __init__(self, switch: Switch) -> None:
        super().__init__()
        self.switch = switch
        self.asked_while_down = 0

    def _refuse_while_down(self) -> None:
        if self.switch.down:
            self.asked_while_down += 1
            raise Unavailable("cache", ConnectionResetError())

    async def set(self, key: str, value: str, ttl: timedelta) -> None:
        self._refuse_while_down()
        await super().set(key, value, ttl)

    async def add(self, key: str, value: str, ttl: timedelta) -> bool:
        self._refuse_while_down()
        return await super().add(key, value, ttl)

    async def count_in_window(self, key: str, window: timedelta, events: int = 1) -> WindowCount:
        self._refuse_while_down()
        return await super().count_in_window(key, window, events)


class SwitchableQueue(InProcessJobQueue):
    def __init__(self, switch: Switch, clock: Clock) -> None:
        super().__init__(clock)
        self.switch = switch
        self.asked_while_down = 0

    async def enqueue(self, job: Job) -> bool:
        if self.switch.down:
            self.asked_while_down += 1
            raise Unavailable("queue", TimeoutError())
        return await super().enqueue(job)


@pytest.fixture
def settings() -> Settings:
    return Settings.embedded(seed=18, rate_limit=RateLimit(1000, "minute"))


@pytest.fixture
def storage() -> Switch:
    return Switch()


@pytest.fixture
def cache() -> Switch:
    return Switch()


@pytest.fixture
def queue() -> Switch:
    return Switch()


@pytest.fixture
def switchable(storage: Switch) -> SwitchableStorage:
    return SwitchableStorage(storage)


@pytest.fixture
def switchable_cache(cache: Switch) -> SwitchableCache:
    return SwitchableCache(cache)


@pytest.fixture
def container(
    settings: Settings, switchable: SwitchableStorage, switchable_cache: SwitchableCache
) -> Container:
    container = build_container(settings)
    container.new_uow.override(providers.Object(switchable))
    container.session_store.override(providers.Object(switchable_cache))
    return container


@pytest.fixture
def api(container: Container, settings: Settings) -> Iterator[Client]:
    with TestClient(create_app(container, settings)) as client:
        yield client


@pytest.fixture
def admin(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_token(settings.jwt_secret, 'admin')}"}


def unchecked() -> float:
    return REGISTRY.get_sample_value("kundrost_rate_limit_unchecked_total") or 0.0


def answered_503(service: str) -> float:
    sample = "kundrost_unavailable_responses_total"
    return REGISTRY.get_sample_value(sample, {"service": service}) or 0.0


def eventually(condition: object, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.05)


def outage_lines(caplog: pytest.LogCaptureFixture, service: str) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.getMessage().startswith(f"{service} is ")
    ]


def test_storage_away_is_a_503_with_retry_after_logged_once_and_over_when_it_is_back(
    api: Client, storage: Switch, admin: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    before = answered_503("storage")
    status = f"{CALLS}/{uuid4()}/status"
    with caplog.at_level(logging.INFO, logger="kundrost"):
        storage.down = True
        refused = [api.get(status, headers=admin) for _ in range(20)]
        ready = api.get("/health/ready")
        storage.down = False
        eventually(lambda: len(outage_lines(caplog, "storage")) == 2)
        after = api.get(status, headers=admin)

    assert {response.status_code for response in refused} == {503}
    body = refused[0].json()
    assert_envelope(body, "SERVICE_UNAVAILABLE")
    assert body["details"] == {"service": "storage"}
    assert "10.0.0.5" not in refused[0].text
    assert refused[0].headers["Retry-After"] == "5"
    assert ready.status_code == 503
    assert after.status_code == 404
    went, back = outage_lines(caplog, "storage")
    assert went.startswith("storage is unavailable (ConnectionRefusedError): answering 503")
    assert back.startswith("storage is back after")
    assert "met 21 times" in back
    assert not [record for record in caplog.records if record.exc_info]
    assert answered_503("storage") - before == 20


def test_once_storage_is_known_away_requests_are_refused_without_asking_it(
    api: Client, storage: Switch, switchable: SwitchableStorage, admin: dict[str, str]
) -> None:
    status = f"{CALLS}/{uuid4()}/status"
    storage.down = True
    started = time.monotonic()
    refused = [api.get(status, headers=admin) for _ in range(30)]
    probes = int(time.monotonic() - started) + 1
    live, metrics = api.get("/health"), api.get("/metrics")
    storage.down = False
    eventually(lambda: api.get(status, headers=admin).status_code == 404)

    assert {response.status_code for response in refused} == {503}
    assert {response.json()["details"]["service"] for response in refused} == {"storage"}
    assert switchable.asked_while_down <= 1 + probes, "each request asked the storage"
    assert (live.status_code, metrics.status_code) == (200, 200)


def test_a_transaction_given_up_in_a_conflict_is_a_503_but_no_outage(
    api: Client, storage: Switch, admin: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    status = f"{CALLS}/{uuid4()}/status"
    storage.refusal = Contended("storage", DeadlockDetectedError("deadlock detected"))
    with caplog.at_level(logging.INFO, logger="kundrost"):
        storage.down = True
        refused = api.get(status, headers=admin)
        storage.down = False
        after = api.get(status, headers=admin)

    assert refused.status_code == 503
    assert refused.headers["Retry-After"] == "5"
    assert refused.json()["details"] == {"service": "storage"}
    assert after.status_code == 404, "the next request was refused as in an outage"
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("storage ")]
    assert line.startswith("storage gave up a transaction in a conflict with another")
    assert "(DeadlockDetectedError)" in line


def test_reads_that_need_only_storage_go_on_while_the_cache_is_away(
    api: Client, cache: Switch, admin: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    before = unchecked()
    status = f"{CALLS}/{uuid4()}/status"
    counted = api.get(status, headers=admin)
    with caplog.at_level(logging.INFO, logger="kundrost"):
        cache.down = True
        reads = [api.get(status, headers=admin) for _ in range(10)]
        cache.down = False
        eventually(lambda: len(outage_lines(caplog, "cache")) == 2)
        again = api.get(status, headers=admin)

    assert counted.headers["RateLimit-Remaining"] == "999"
    assert [response.status_code for response in reads] == [404] * 10
    assert not any("RateLimit-Limit" in response.headers for response in reads)
    assert unchecked() - before == 10
    went, back = outage_lines(caplog, "cache")
    assert went.startswith("cache is unavailable (ConnectionResetError)")
    assert back.startswith("cache is back after")
    assert again.status_code == 404
    assert again.headers["RateLimit-Remaining"] == "998"


def a_call_in_progress(api: Client, headers: dict[str, str]) -> str:
    bought = (datetime.now(UTC) - timedelta(minutes=20)).isoformat()
    started = api.post(
        f"{CALLS}/initiate", json=an_initiate_body(transaction_time=bought), headers=headers
    )
    session_id: str = started.json()["call_session_id"]
    answered = api.patch(f"{CALLS}/{session_id}", json={"status": "in_progress"}, headers=headers)
    assert answered.status_code == 200, answered.text
    return session_id


def test_once_the_cache_is_known_away_a_call_event_is_refused_without_asking_it(
    container: Container,
    settings: Settings,
    cache: Switch,
    switchable_cache: SwitchableCache,
    admin: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    quiet_phone(container)
    with TestClient(create_app(container, settings)) as api:
        calls = [a_call_in_progress(api, admin) for _ in range(2)]
        busy = {"status": "failed", "failure_reason": "busy"}
        with caplog.at_level(logging.INFO, logger="kundrost"):
            cache.down = True
            started = time.monotonic()
            refused = [
                api.patch(f"{CALLS}/{calls[0]}", json={**busy, "event_id": f"e-{n}"}, headers=admin)
                for n in range(20)
            ]
            probes = int(time.monotonic() - started) + 1
            cache.down = False
            eventually(lambda: len(outage_lines(caplog, "cache")) == 2)
        after = api.patch(f"{CALLS}/{calls[1]}", json={**busy, "event_id": "e-back"}, headers=admin)

    assert {response.status_code for response in refused} == {503}
    assert {response.headers["Retry-After"] for response in refused} == {"5"}
    assert {response.json()["details"]["service"] for response in refused} == {"cache"}
    assert switchable_cache.asked_while_down <= 1 + probes, "each request asked the cache"
    went, back = outage_lines(caplog, "cache")
    assert went.startswith("cache is unavailable (ConnectionResetError): answering 503")
    assert back.startswith("cache is back after")
    assert after.status_code == 200, after.text


def test_once_the_queue_is_known_away_a_transcript_is_recorded_without_asking_it(
    container: Container,
    settings: Settings,
    queue: Switch,
    admin: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    quiet_phone(container)
    switchable_queue = SwitchableQueue(queue, container.clock())
    container.job_queue.override(providers.Object(switchable_queue))
    with TestClient(create_app(container, settings)) as api:
        calls = [a_call_in_progress(api, admin) for _ in range(12)]
        with caplog.at_level(logging.INFO, logger="kundrost"):
            queue.down = True
            started = time.monotonic()
            recorded = [
                api.post(f"{CALLS}/{call}/transcript", json=a_transcript_body(), headers=admin)
                for call in calls
            ]
            probes = int(time.monotonic() - started) + 1

    assert [response.status_code for response in recorded] == [201] * 12
    assert all(response.json()["analysis_queued"] for response in recorded)
    assert switchable_queue.asked_while_down <= 1 + probes, "each request asked the queue"
    [went] = outage_lines(caplog, "queue")
    assert went.startswith("queue is unavailable (TimeoutError): analyses stay stored as queued")
