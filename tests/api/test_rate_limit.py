"""The rate limit: per token subject (`KUNDROST_RATE_LIMIT`), 429 with `Retry-After`, never
on health, metrics or the OpenAPI document, and never per store."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from uuid import uuid4

import httpx
import pytest
from attrs import evolve
from dependency_injector import providers
from litestar import Litestar
from litestar.testing import AsyncTestClient, TestClient

from kundrost.adapters.memory import MemorySessionStore
from kundrost.adapters.system import ManualClock
from kundrost.container import build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.rate_limit import KEY_PREFIX
from kundrost.entrypoints.http.security import issue_token
from kundrost.entrypoints.http.window_leases import most_at_once
from kundrost.ports.session_store import WindowCount
from kundrost.settings import RateLimit, Settings
from tests import services
from tests.api.calls_builders import CALLS, STORE, an_initiate_body
from tests.api.conftest import NOW
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
LIMIT = 5


@pytest.fixture
def limited() -> Settings:
    return Settings.embedded(seed=48, rate_limit=RateLimit(LIMIT, "minute"))


@pytest.fixture
def api(limited: Settings) -> Iterator[Client]:
    with TestClient(create_app(build_container(limited, ManualClock(NOW)), limited)) as client:
        yield client


def bearer(settings: Settings, subject: str, role: str = "service") -> dict[str, str]:
    stores = [STORE] if role == "business" else []
    signed = issue_token(settings.jwt_secret, role, subject=subject, store_ids=stores)
    return {"Authorization": f"Bearer {signed}"}


def test_a_subject_over_its_limit_gets_a_429_with_retry_after(
    api: Client, limited: Settings
) -> None:
    headers = bearer(limited, "verification-system")
    statuses = [
        api.get(f"{CALLS}/{uuid4()}/status", headers=headers).status_code for _ in range(LIMIT)
    ]

    refused = api.get(f"{CALLS}/{uuid4()}/status", headers=headers)

    assert statuses == [404] * LIMIT
    assert refused.status_code == 429
    assert_envelope(refused.json(), "RATE_LIMITED")
    assert 0 < int(refused.headers["Retry-After"]) <= 60


def test_the_limit_counts_each_subject_on_its_own(api: Client, limited: Settings) -> None:
    for _ in range(LIMIT + 1):
        api.get(f"{CALLS}/{uuid4()}/status", headers=bearer(limited, "busy-bridge"))

    other = api.get(f"{CALLS}/{uuid4()}/status", headers=bearer(limited, "quiet-bridge"))

    assert other.status_code == 404


def test_initiating_calls_for_many_stores_counts_only_the_subject(
    api: Client, limited: Settings
) -> None:
    headers = bearer(limited, "verification-system")
    statuses = [
        api.post(
            f"{CALLS}/initiate", json=an_initiate_body(store_id=str(uuid4())), headers=headers
        ).status_code
        for _ in range(LIMIT + 1)
    ]
    assert statuses == [202] * LIMIT + [429]


@pytest.mark.parametrize("path", ["/health", "/health/ready", "/metrics", "/schema/openapi.json"])
def test_operations_paths_are_never_limited(api: Client, path: str) -> None:
    statuses = {api.get(path).status_code for _ in range(LIMIT * 2)}
    assert statuses == {200}


@pytest.fixture
def shared_redis() -> Iterator[Settings]:
    """Settings of API processes that count in one Redis, under a prefix of the test's own."""
    url, prefix = services.redis_url(), services.key_prefix("ratelimit")
    yield Settings.embedded(
        seed=48,
        rate_limit=RateLimit(LIMIT, "minute"),
        cache="redis",
        redis_url=url,
        redis_prefix=prefix,
    )
    asyncio.run(services.delete_keys(url, prefix))


async def through_two_processes(
    settings: Settings, subject: str, each: int
) -> list[httpx.Response]:
    """`each` status requests of `subject` through each of two API processes, all at once."""
    headers = bearer(settings, subject)
    first_app = create_app(build_container(settings), settings)
    second_app = create_app(build_container(settings), settings)
    async with AsyncTestClient(first_app) as first, AsyncTestClient(second_app) as second:
        return await asyncio.gather(
            *(
                client.get(f"{CALLS}/{uuid4()}/status", headers=headers)
                for _ in range(each)
                for client in (first, second)
            )
        )


async def test_two_api_processes_on_redis_share_one_exact_limit(
    shared_redis: Settings,
) -> None:
    """Requests of one subject sent through two API processes at once count together:
    exactly LIMIT get through. (That the count is exact under a real race of processes is
    the Redis counter's own contract, tested with two connections.)"""
    answers = await through_two_processes(shared_redis, "verification-system", LIMIT * 2)
    statuses = Counter(answer.status_code for answer in answers)
    assert statuses == {404: LIMIT, 429: LIMIT * 3}
    refused = next(answer for answer in answers if answer.status_code == 429)
    assert 0 < int(refused.headers["Retry-After"]) <= 60


async def test_two_api_processes_taking_runs_of_counts_never_let_more_through(
    shared_redis: Settings,
) -> None:
    """A limit of 320 a minute, counted in runs of up to 10 (a thirty-second of it): 200
    requests through each of two processes at once. No more than 320 get through, and no
    fewer than 320 less the 9 counts the other process may hold unused."""
    limit = 320
    settings = evolve(shared_redis, rate_limit=RateLimit(limit, "minute"))
    answers = await through_two_processes(settings, "busy-bridge", 200)
    through = sum(answer.status_code == 404 for answer in answers)
    assert limit - (most_at_once(limit) - 1) <= through <= limit
    assert through + sum(answer.status_code == 429 for answer in answers) == 400


def test_a_limited_answer_says_what_is_left_of_the_window(api: Client, limited: Settings) -> None:
    headers = bearer(limited, "dashboard")
    answers = [api.get(f"{CALLS}/{uuid4()}/status", headers=headers) for _ in range(2)]
    assert [answer.headers["RateLimit-Remaining"] for answer in answers] == [
        str(LIMIT - 1),
        str(LIMIT - 2),
    ]
    assert answers[0].headers["RateLimit-Limit"] == str(LIMIT)
    assert 0 < int(answers[1].headers["RateLimit-Reset"]) <= 60


def test_a_busy_subject_is_counted_exactly_with_a_round_trip_for_a_run_of_requests() -> None:
    """1200 a minute allowed: a hundred requests in a row are told 1199 down to 1100 left,
    one by one, while the cache is asked ten times (runs of 1, 2, 4, 8, then 16)."""
    settings = Settings.embedded(seed=48, rate_limit=RateLimit(1200, "minute"))
    container = build_container(settings, ManualClock(NOW))
    cache = CountingCache(ManualClock(NOW))
    container.session_store.override(providers.Object(cache))
    headers = bearer(settings, "verification-system")
    with TestClient(create_app(container, settings)) as api:
        left = [
            api.get(f"{CALLS}/{uuid4()}/status", headers=headers).headers["RateLimit-Remaining"]
            for _ in range(100)
        ]
    assert left == [str(1200 - count) for count in range(1, 101)]
    assert cache.asked == [1, 2, 4, 8, 16, 16, 16, 16, 16, 16]


async def test_concurrent_requests_of_one_process_get_exactly_the_limit() -> None:
    settings = Settings.embedded(seed=48, rate_limit=RateLimit(64, "minute"))
    headers = bearer(settings, "verification-system")
    async with AsyncTestClient(create_app(build_container(settings), settings)) as api:
        answers = await asyncio.gather(
            *(api.get(f"{CALLS}/{uuid4()}/status", headers=headers) for _ in range(80))
        )
    assert Counter(answer.status_code for answer in answers) == {404: 64, 429: 16}


class CountingCache(MemorySessionStore):
    """The memory cache, remembering how many events each window count asked for."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__(clock)
        self.asked: list[int] = []

    async def count_in_window(self, key: str, window: timedelta, events: int = 1) -> WindowCount:
        if key.startswith(KEY_PREFIX):
            self.asked.append(events)
        return await super().count_in_window(key, window, events)
