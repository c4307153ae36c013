"""Initiating calls under a race: one session per verification, no limit per store."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from kundrost.container import Container
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings
from tests.api.calls_builders import CALLS, an_initiate_body
from tests.api.conftest import TokenMaker

Client = AsyncTestClient[Litestar]


@pytest.fixture
async def api(container: Container, settings: Settings) -> AsyncIterator[Client]:
    async with AsyncTestClient(create_app(container, settings)) as client:
        yield client


async def test_a_hundred_racing_initiates_of_one_verification_make_one_call(
    api: Client, token: TokenMaker
) -> None:
    body = an_initiate_body()
    headers = token("service")

    responses = await asyncio.gather(
        *(api.post(f"{CALLS}/initiate", json=body, headers=headers) for _ in range(100))
    )

    statuses = Counter(response.status_code for response in responses)
    assert statuses == {202: 1, 409: 99}
    created = next(r.json()["call_session_id"] for r in responses if r.status_code == 202)
    refusals = [r.json() for r in responses if r.status_code == 409]
    assert {r["error"] for r in refusals} == {"CALL_ALREADY_EXISTS"}
    assert {r["details"]["call_session_id"] for r in refusals} == {created}


async def test_fifty_racing_initiates_for_one_store_are_all_accepted(
    api: Client, token: TokenMaker
) -> None:
    headers = token("service")

    responses = await asyncio.gather(
        *(
            api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=headers)
            for _ in range(50)
        )
    )

    assert [response.status_code for response in responses] == [202] * 50
    assert len({response.json()["call_session_id"] for response in responses}) == 50
