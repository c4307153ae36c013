"""The Redis connection: one prefix for every key, and a clear refusal when Redis is away."""

from __future__ import annotations

import socket

import pytest

from kundrost.adapters.redis import RedisConnection, RedisUnavailable


def a_closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_every_key_starts_with_the_prefix() -> None:
    assert RedisConnection("redis://127.0.0.1:6379/0", prefix="butik-a:").key("jobs") == (
        "butik-a:jobs"
    )


def test_an_empty_prefix_is_refused() -> None:
    with pytest.raises(ValueError, match="prefix"):
        RedisConnection("redis://127.0.0.1:6379/0", prefix="")


async def test_a_redis_that_does_not_answer_is_named_without_its_password() -> None:
    url = f"redis://kundrost:hemligt-lösen@127.0.0.1:{a_closed_port()}/0"
    connection = RedisConnection(url)
    try:
        with pytest.raises(RedisUnavailable) as refusal:
            await connection.start()
    finally:
        await connection.close()
    assert "127.0.0.1" in str(refusal.value)
    assert "hemligt" not in str(refusal.value)
    assert "hemligt" not in repr(connection)


async def test_a_started_connection_answers_its_ping(connection: RedisConnection) -> None:
    await connection.ping()
    assert await connection.client.exists(connection.key("nothing-yet")) == 0
