"""RedisConnection: one client for the cache, the queue and the rate limit, under one key prefix."""

from __future__ import annotations

from types import TracebackType
from typing import Literal
from urllib.parse import urlsplit

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ReadOnlyError, RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from kundrost.ports.availability import Unavailable

TIMEOUT_SECONDS = 5.0
"""How long a connection may take to open, and a command to be answered on an open one, by
default (`Settings.redis_timeout`): bounded, so a Redis behind a link that swallows packets
fails a command with a `TimeoutError` instead of holding a request or a job for good."""
HEALTH_CHECK_SECONDS = 30


AWAY = (RedisConnectionError, RedisTimeoutError, ReadOnlyError, OSError)
"""What redis-py raises when Redis is away: refused, reset, timed out, loading, failing over."""


class RedisUnavailable(RuntimeError):
    """Redis does not answer at the configured address (the message never shows a password)."""


class Reaching:
    """`with Reaching("cache"):` turns Redis being away into the port's `Unavailable`
    (redis-py's error kept as its cause); every other error passes unchanged. A plain
    class, not a generator: it wraps every cache command, the rate limit's among them."""

    __slots__ = ("service",)

    def __init__(self, service: Literal["cache", "queue"]) -> None:
        self.service: Literal["cache", "queue"] = service

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> Literal[False]:
        if isinstance(exc, AWAY):
            raise Unavailable(self.service, exc) from exc
        return False


def safe_url(url: str) -> str:
    """`url` without its credentials, fit for a log line or an error message."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"


class RedisConnection:
    """A `redis.asyncio` client (a lazy pool: nothing connects before the first command) and
    the prefix every key of kundrost starts with, so several deployments or test runs can
    share one Redis and an operator can find, limit (ACL `~prefix*`) or delete them all.

    `start` checks that Redis answers, so a wrong URL stops the process at start-up rather
    than at its first job; `close` closes the pool. The client is built at construction
    because Litestar's rate-limit store needs it before the application starts. Every
    connect and every command gives up after `timeout` seconds, whatever the redis-py
    version's default (redis-py 5, which the project allows, waits for ever unless told).
    """

    def __init__(
        self, url: str, *, prefix: str = "kundrost:", timeout: float = TIMEOUT_SECONDS
    ) -> None:
        if not prefix:
            raise ValueError("a Redis key prefix must not be empty")
        if not timeout > 0:
            raise ValueError(f"a Redis timeout must be a positive number of seconds, got {timeout}")
        self.url = url
        self.prefix = prefix
        self._client: aioredis.Redis = aioredis.Redis.from_url(
            url,
            socket_connect_timeout=timeout,
            socket_timeout=timeout,
            health_check_interval=HEALTH_CHECK_SECONDS,
        )

    @property
    def client(self) -> aioredis.Redis:
        """The shared client; answers bytes (the queue library reads them as bytes)."""
        return self._client

    def key(self, name: str) -> str:
        return self.prefix + name

    async def start(self) -> None:
        await self.ping()

    async def ping(self) -> None:
        """Raises `RedisUnavailable` when Redis cannot be reached (used by `/health/ready`)."""
        try:
            await self._client.ping()
        except (RedisError, OSError) as error:
            raise RedisUnavailable(
                f"Redis at {safe_url(self.url)} does not answer ({type(error).__name__})"
            ) from error

    async def close(self) -> None:
        await self._client.aclose()

    def __repr__(self) -> str:
        return f"RedisConnection({safe_url(self.url)!r}, prefix={self.prefix!r})"
