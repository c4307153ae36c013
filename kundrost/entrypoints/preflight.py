"""Before a command starts its work: do the chosen services answer, and is the schema migrated?

`serve`, `worker` and `scheduler` ask before they print a banner or start a loop, so a wrong
address is one line naming its variable and the fix, not a traceback after "API on …".
Every problem is found in one pass (PostgreSQL and Redis are asked at the same time).
"""

from __future__ import annotations

import asyncio
import sys
from urllib.parse import urlsplit

from kundrost.entrypoints import logs
from kundrost.settings import Settings

CONNECT_SECONDS = 5.0


def safe_url(url: str) -> str:
    """`url` without its credentials, fit for an error message."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"


def why(error: BaseException) -> str:
    """A failure to connect in a few words: its type and message, never a URL's password."""
    if isinstance(error, TimeoutError):
        return f"no answer within {CONNECT_SECONDS:g} s"
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def database_unreachable(
    url: str, error: BaseException, name: str = "KUNDROST_DATABASE_URL"
) -> str:
    return (
        f"{name}: cannot reach PostgreSQL at {safe_url(url)} ({why(error)}); "
        "check the address and credentials and that the database runs"
    )


async def problems(settings: Settings, *, migrations: bool = True) -> list[str]:
    """What stops `settings` from being served: unreachable services, and (with `migrations`,
    unless `KUNDROST_AUTO_MIGRATE=1`) a schema that lacks migrations."""
    checks = []
    if settings.storage == "postgres" and settings.database_url:
        checks.append(_database(settings, migrations and not settings.auto_migrate))
    if "redis" in (settings.cache, settings.queue) and settings.redis_url:
        checks.append(_redis(settings.redis_url))
    found = await asyncio.gather(*checks)
    return [problem for problem in found if problem]


async def _database(settings: Settings, migrations: bool) -> str | None:
    from kundrost.adapters.postgres import migration_status

    assert settings.database_url is not None
    try:
        status = await asyncio.wait_for(
            migration_status(settings.database_url, schema=settings.database_schema),
            CONNECT_SECONDS,
        )
    except Exception as error:
        return database_unreachable(settings.database_url, error)
    pending = [name for name, done in status if not done]
    if migrations and pending:
        return (
            f"KUNDROST_DATABASE_SCHEMA {settings.database_schema!r} lacks {len(pending)} "
            f"migration{'s' if len(pending) > 1 else ''} ({', '.join(pending)}): run "
            "`kundrost migrate` first (or set KUNDROST_AUTO_MIGRATE=1)"
        )
    return None


async def _redis(url: str) -> str | None:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(
        url, socket_connect_timeout=CONNECT_SECONDS, socket_timeout=CONNECT_SECONDS
    )
    try:
        await asyncio.wait_for(client.ping(), CONNECT_SECONDS)
    except Exception as error:
        return (
            f"KUNDROST_REDIS_URL: cannot reach Redis at {safe_url(url)} ({why(error)}); "
            "check the address and password and that Redis runs"
        )
    finally:
        await client.aclose()
    return None


def ready(command: str, settings: Settings, *, log_level: str = "INFO") -> bool:
    """Whether `settings`' services answer: if not, one line on stderr naming each and False;
    if so, logging is configured (JSON lines, `KUNDROST_LOG_LEVEL` or `log_level`) and the
    made-up secrets are warned about."""
    unavailable = asyncio.run(problems(settings))
    if unavailable:
        print(f"kundrost {command}: {'; '.join(unavailable)}", file=sys.stderr)
        return False
    logs.configure(settings.log_level, default=log_level)
    settings.warn_about_generated()
    return True
