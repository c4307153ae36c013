"""Settings: what an operator chooses through environment variables.

Read once, at startup, by `Settings.from_env(os.environ)`; nothing reads the environment
at import time. With nothing set, every port is served by its embedded adapter (memory
storage, cache and queue; offline analyzer and voice agent; simulated telephony), so the
whole product runs with no server, no key and no network. Setting a service's address or
key switches its port to the production adapter: `KUNDROST_DATABASE_URL` → postgres,
`KUNDROST_REDIS_URL` → redis cache and queue, `OPENAI_API_KEY` → openai analyzer and
realtime voice,
`ELKS_USERNAME` and `ELKS_PASSWORD` → 46elks telephony. `KUNDROST_<PORT>` names an adapter
outright and wins over what the addresses imply.
"""

from __future__ import annotations

import logging
import math
import re
import secrets
from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr
from typing import Any
from urllib.parse import urlsplit

import attrs
from attrs import field, frozen

from kundrost.adapters.crypto import key_from_text
from kundrost.domain.email_address import is_email_address

logger = logging.getLogger(__name__)

PREFIX = "KUNDROST_"

ADAPTERS: dict[str, tuple[str, ...]] = {
    "storage": ("memory", "postgres"),
    "cache": ("memory", "redis"),
    "queue": ("memory", "redis"),
    "analyzer": ("offline", "openai"),
    "voice": ("offline", "openai"),
    "telephony": ("simulated", "elks"),
}
"""The adapters each port can be served by; the first is the embedded default."""

FEATURES = ("ai_calls", "ai_analysis", "business_analysis")
"""Areas of the API an operator can switch off (`KUNDROST_<AREA>_ENABLED=0`): 503 then."""

_RATE_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the environment variable."""


def _choice(port: str) -> Any:
    def check(_instance: object, _attribute: object, value: str) -> None:
        if value not in ADAPTERS[port]:
            allowed = ", ".join(ADAPTERS[port])
            raise SettingsError(f"{PREFIX}{port.upper()} must be one of {allowed}, got {value!r}")

    return check


def _key(_instance: object, _attribute: object, value: bytes) -> None:
    if len(value) != 32:
        raise SettingsError(f"{PREFIX}ENCRYPTION_KEY must hold 32 bytes, got {len(value)}")


def decode_key(text: str) -> bytes:
    """A key as `KUNDROST_ENCRYPTION_KEY` holds it: 32 bytes in URL-safe base64."""
    try:
        return key_from_text(text)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


@frozen
class RateLimit:
    """At most `requests` per `period` for each token subject."""

    requests: int
    unit: str = "minute"

    @property
    def period(self) -> timedelta:
        return timedelta(seconds=_RATE_UNITS[self.unit])

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """`1200`, `1200/minute`, `20/second`, `50000/hour` or `1000000/day`."""
        match = re.fullmatch(r"\s*(\d+)\s*(?:/\s*(second|minute|hour|day))?\s*", text)
        if not match or int(match[1]) < 1:
            raise SettingsError(
                f"{PREFIX}RATE_LIMIT must be a positive number of requests, optionally per "
                f"second, minute, hour or day (e.g. 1200/minute), got {text!r}"
            )
        return cls(int(match[1]), match[2] or "minute")

    def __str__(self) -> str:
        return f"{self.requests}/{self.unit}"


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    text = env.get(name, "").strip().lower()
    if not text:
        return default
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise SettingsError(f"{name} must be 1/true/yes/on or 0/false/no/off, got {text!r}")


def _url(env: Mapping[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    text = env.get(name, "").strip()
    if not text:
        return None
    if not text.startswith(tuple(f"{scheme}://" for scheme in schemes)):
        allowed = " or ".join(f"{scheme}://" for scheme in schemes)
        raise SettingsError(f"{name} must start with {allowed}")
    return text


def _smtp_url(env: Mapping[str, str], name: str) -> str | None:
    url = _url(env, name, ("smtp", "smtps"))
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise SettingsError(f"{name} has a malformed port") from exc
    if not parts.hostname:
        raise SettingsError(f"{name} must name the mail server: smtp://user:password@host:587")
    return url


def _sender(env: Mapping[str, str], name: str) -> str | None:
    text = _text(env, name)
    if text is not None and not is_email_address(parseaddr(text)[1]):
        raise SettingsError(
            f"{name} must be an e-mail address, optionally with a name: "
            "kundrost <rapport@example.se>"
        )
    return text


def _port(env: Mapping[str, str], name: str) -> int | None:
    text = env.get(name, "").strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise SettingsError(f"{name} must be a port number from 1 to 65535, got {text!r}")
    return int(text)


def _text(env: Mapping[str, str], name: str, default: str | None = None) -> str | None:
    return env.get(name, "").strip() or default


def _price(env: Mapping[str, str], name: str, default: str) -> Decimal:
    text = env.get(name, "").strip() or default
    try:
        price = Decimal(text)
    except InvalidOperation:
        price = Decimal(-1)
    if not price.is_finite() or price < 0:
        raise SettingsError(f"{name} must be a price of 0 or more, got {text!r}")
    return price


HTTP_CONCURRENCY = {"memory": 16, "postgres": 64}
"""The default of `Settings.http_concurrency` on each storage, measured best at 64
connections: on PostgreSQL the requests inside the app at the same time share statements
(status reads, an initiate's two writes), so more of them make larger batches that cost
less each, in the API process and in PostgreSQL; on memory storage nothing is shared, and
16 bounded the tail (docs/performance.md)."""

QUEUE_BATCH = 20
"""The default of `Settings.queue_batch`: measured with `tests.bench.bench_worker`, larger
batches save little more CPU an analysis and hold a transaction longer."""

OPENAI_CONCURRENCY = 16
"""The default of `Settings.openai_concurrency`: a worker runs up to concurrency × batch
analyses at once (200 by default), more than a model's rate limit or a connection pool
should see from one process."""

WORKER_CONCURRENCY = 10
"""The default of `Settings.worker_concurrency`: analyses wait mostly on storage and the
analyzer's service, so a worker keeps several in flight."""


REDIS_TIMEOUT = 5.0
"""The default of `Settings.redis_timeout`: a live Redis answers in milliseconds, and the
first request to meet one that went away waits this long for its 503 (operations.md)."""
SHORTEST_REDIS_TIMEOUT = 0.5
"""A worker's wait for a job blocks in Redis for 0.25 s (`WorkerPolicy.idle_poll`): a
shorter timeout would read each wait as an outage."""


def _redis_timeout(env: Mapping[str, str], name: str) -> float:
    text = env.get(name, "").strip()
    if not text:
        return REDIS_TIMEOUT
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not SHORTEST_REDIS_TIMEOUT <= seconds < math.inf:
        raise SettingsError(
            f"{name} must be a number of seconds of at least {SHORTEST_REDIS_TIMEOUT:g}, "
            f"got {text!r}"
        )
    return seconds


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    text = env.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise SettingsError(f"{name} must be a positive whole number, got {text!r}")
    return int(text)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
HTTP_LOOPS = ("auto", "uvloop", "asyncio")
NEW_KEY_COMMAND = (
    "python -c 'from kundrost.adapters.crypto import generate_key_text as k; print(k())'"
)
"""Prints a new `KUNDROST_ENCRYPTION_KEY`."""


def _log_level(env: Mapping[str, str], name: str) -> str | None:
    text = env.get(name, "").strip().upper()
    if text and text not in LOG_LEVELS:
        raise SettingsError(f"{name} must be one of {', '.join(LOG_LEVELS)}, got {text!r}")
    return text or None


def _http_loop(env: Mapping[str, str], name: str) -> str:
    text = env.get(name, "").strip().lower() or HTTP_LOOPS[0]
    if text not in HTTP_LOOPS:
        raise SettingsError(f"{name} must be one of {', '.join(HTTP_LOOPS)}, got {text!r}")
    return text


class _Problems:
    """Reads each variable on its own, so every malformed one is reported, not just the first:
    `read` returns the parsed value, or `default` after noting what was wrong."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def read(self, parse: Any, *args: Any, default: Any = None) -> Any:
        try:
            return parse(*args)
        except SettingsError as error:
            self.found.append(str(error))
            return default

    def raise_any(self) -> None:
        if self.found:
            raise SettingsError("; ".join(dict.fromkeys(self.found)))


def _adapter(env: Mapping[str, str], port: str, implied: str | None) -> str:
    value = env.get(PREFIX + port.upper(), "").strip().lower() or implied or ADAPTERS[port][0]
    _choice(port)(None, None, value)
    return value


def _seed(env: Mapping[str, str]) -> int | None:
    text = env.get(PREFIX + "SEED", "").strip()
    try:
        return int(text) if text else None
    except ValueError:
        raise SettingsError(f"{PREFIX}SEED must be a whole number, got {text!r}") from None


def missing(values: Mapping[str, Any]) -> list[str]:
    """What the chosen adapters need and were not given, each naming its variable."""
    needs = {
        ("storage", "postgres"): ("database_url", "KUNDROST_DATABASE_URL"),
        ("cache", "redis"): ("redis_url", "KUNDROST_REDIS_URL"),
        ("queue", "redis"): ("redis_url", "KUNDROST_REDIS_URL"),
        ("analyzer", "openai"): ("openai_api_key", "OPENAI_API_KEY"),
        ("voice", "openai"): ("openai_api_key", "OPENAI_API_KEY"),
        ("telephony", "elks"): ("elks_username", "ELKS_USERNAME"),
    }
    problems = [
        f"{PREFIX}{port.upper()}={adapter} needs {variable}"
        for (port, adapter), (attribute, variable) in needs.items()
        if values.get(port) == adapter and not values.get(attribute)
    ]
    if values.get("telephony") == "elks":
        problems += [
            f"46elks telephony needs {variable}"
            for attribute, variable in (
                ("elks_password", "ELKS_PASSWORD"),
                ("elks_from_number", "ELKS_FROM_NUMBER"),
                ("public_url", "KUNDROST_PUBLIC_URL"),
            )
            if not values.get(attribute)
        ]
    if values.get("smtp_url"):
        problems += [
            f"{PREFIX}SMTP_URL needs {variable}"
            for attribute, variable in (
                ("smtp_from", "KUNDROST_SMTP_FROM"),
                ("public_url", "KUNDROST_PUBLIC_URL (the report link in the e-mail)"),
            )
            if not values.get(attribute)
        ]
    schema = values.get("database_schema", "kundrost")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
        problems.append(f"{PREFIX}DATABASE_SCHEMA must be a lower-case SQL name, got {schema!r}")
    return list(dict.fromkeys(problems))


def database_target(env: Mapping[str, str]) -> tuple[str | None, str]:
    """`KUNDROST_DATABASE_URL` and `KUNDROST_DATABASE_SCHEMA` alone: what `kundrost migrate`
    reads, as it needs no key, secret or other service."""
    problems = _Problems()
    url = problems.read(_url, env, PREFIX + "DATABASE_URL", ("postgresql", "postgres"))
    schema = _text(env, PREFIX + "DATABASE_SCHEMA", "kundrost") or "kundrost"
    problems.found += missing({"database_schema": schema})
    problems.raise_any()
    return url, schema


@frozen(kw_only=True)
class Settings:
    """Which adapter serves each port, where the services are, and the secrets they need."""

    storage: str = field(default="memory", validator=_choice("storage"))
    """`KUNDROST_STORAGE`: where sessions, transcripts, assessments and reports live."""
    cache: str = field(default="memory", validator=_choice("cache"))
    """`KUNDROST_CACHE`: live conversation state, idempotency keys, counters, rate limits."""
    queue: str = field(default="memory", validator=_choice("queue"))
    """`KUNDROST_QUEUE`: background jobs (analysis, retries, reports)."""
    analyzer: str = field(default="offline", validator=_choice("analyzer"))
    """`KUNDROST_ANALYZER`: who reads the feedback."""
    voice: str = field(default="offline", validator=_choice("voice"))
    """`KUNDROST_VOICE`: the realtime model that holds live calls (`openai`), or the offline
    one that speaks text (`kundrost talk`); the simulated network's calls are always held
    by the offline text agent."""
    telephony: str = field(default="simulated", validator=_choice("telephony"))
    """`KUNDROST_TELEPHONY`: who places the calls."""
    encryption_key: bytes = field(repr=False, validator=_key)
    """`KUNDROST_ENCRYPTION_KEY`: 32 bytes, URL-safe base64; encrypts personal data at rest."""
    encryption_key_generated: bool = False
    """True when no key was set and a throw-away development key was made at startup."""
    seed: int | None = None
    """`KUNDROST_SEED`: makes generated ids reproducible (demo and tests); unset in production."""

    database_url: str | None = field(default=None, repr=False)
    """`KUNDROST_DATABASE_URL`: `postgresql://user:password@host:5432/db` for postgres storage."""
    database_schema: str = "kundrost"
    """`KUNDROST_DATABASE_SCHEMA`: the PostgreSQL schema kundrost's tables live in."""
    database_pool_size: int = 10
    """`KUNDROST_DATABASE_POOL_SIZE`: connections per process."""
    http_concurrency: int = field(
        default=attrs.Factory(lambda settings: HTTP_CONCURRENCY[settings.storage], takes_self=True)
    )
    """`KUNDROST_HTTP_CONCURRENCY`: HTTP requests handled at once per process, the others
    admitted in arrival order; 64 on PostgreSQL storage, 16 on memory (`HTTP_CONCURRENCY`,
    docs/performance.md)."""
    http_loop: str = field(default="auto", validator=attrs.validators.in_(HTTP_LOOPS))
    """`KUNDROST_HTTP_LOOP`: the API's event loop, `auto` (uvloop on PostgreSQL storage,
    asyncio's own loop on memory storage: the one that bounded the tail of each, see
    docs/performance.md), `uvloop` or `asyncio`."""
    auto_migrate: bool = False
    """`KUNDROST_AUTO_MIGRATE=1`: apply pending migrations when a process starts."""
    redis_url: str | None = field(default=None, repr=False)
    """`KUNDROST_REDIS_URL`: `redis://host:6379/0` for the redis cache and queue."""
    redis_prefix: str = "kundrost:"
    """`KUNDROST_REDIS_PREFIX`: every key kundrost writes starts with it."""
    redis_timeout: float = REDIS_TIMEOUT
    """`KUNDROST_REDIS_TIMEOUT_SECONDS`: the longest a Redis connection takes to open and a
    command waits for its answer, so a Redis that never answers holds no request or job for
    good."""
    queue_worker: bool = True
    """`KUNDROST_QUEUE_WORKER=0`: this process only enqueues; `kundrost worker` runs the jobs."""
    worker_concurrency: int = WORKER_CONCURRENCY
    """`KUNDROST_WORKER_CONCURRENCY`: jobs a process's Redis queue worker runs at once."""
    queue_batch: int = QUEUE_BATCH
    """`KUNDROST_QUEUE_BATCH`: the most analyses one queue job carries (those enqueued while
    it waits), run in two transactions for all of them."""
    worker_metrics_port: int | None = None
    """`KUNDROST_WORKER_METRICS_PORT`: `kundrost worker` serves Prometheus metrics on it."""
    worker_metrics_host: str = "0.0.0.0"
    """`KUNDROST_WORKER_METRICS_HOST`: the address the worker's metrics listen on."""

    openai_api_key: str | None = field(default=None, repr=False)
    """`OPENAI_API_KEY`."""
    openai_base_url: str | None = None
    """`OPENAI_BASE_URL`: a compatible gateway instead of api.openai.com."""
    openai_model: str = "gpt-4o-mini"
    """`KUNDROST_OPENAI_MODEL`: the model that reads the feedback."""
    openai_embedding_model: str = "text-embedding-3-small"
    """`KUNDROST_OPENAI_EMBEDDING_MODEL`: the model that embeds feedback for search."""
    openai_concurrency: int = OPENAI_CONCURRENCY
    """`KUNDROST_OPENAI_CONCURRENCY`: the most OpenAI requests a process has open at once;
    the rest wait their turn."""
    openai_prompt_price: Decimal = Decimal("0.15")
    """`KUNDROST_OPENAI_PROMPT_PRICE`: US dollars per million tokens the model reads."""
    openai_completion_price: Decimal = Decimal("0.60")
    """`KUNDROST_OPENAI_COMPLETION_PRICE`: US dollars per million tokens the model writes."""
    openai_realtime_model: str = "gpt-realtime-mini"
    """`KUNDROST_OPENAI_REALTIME_MODEL`: the realtime model that talks with the shopper."""
    openai_realtime_url: str | None = None
    """`OPENAI_REALTIME_URL`: the realtime WebSocket root (`wss://…/v1`); by default
    `OPENAI_BASE_URL` with `ws`/`wss` for `http`/`https`."""
    voice_silence_seconds: int = 10
    """`KUNDROST_VOICE_SILENCE_SECONDS`: silence that ends a live call politely."""

    elks_username: str | None = field(default=None, repr=False)
    """`ELKS_USERNAME`: the 46elks API username."""
    elks_password: str | None = field(default=None, repr=False)
    """`ELKS_PASSWORD`: the 46elks API password."""
    elks_from_number: str | None = None
    """`ELKS_FROM_NUMBER`: the number (or 46elks virtual number) calls come from."""
    elks_api_url: str = "https://api.46elks.com/a1"
    """`ELKS_API_URL`."""
    elks_websocket_number: str | None = None
    """`ELKS_WEBSOCKET_NUMBER`: the 46elks websocket number calls connect to when answered;
    unset, they connect straight to this service's per-call WebSocket URL."""
    public_url: str | None = None
    """`KUNDROST_PUBLIC_URL`: where 46elks reaches this service (webhooks, voice stream)."""

    smtp_url: str | None = field(default=None, repr=False)
    """`KUNDROST_SMTP_URL`: `smtp://user:password@host:587` (STARTTLS) or `smtps://host:465`;
    set, the weekly job e-mails each store's report to its `report_recipients`."""
    smtp_from: str | None = None
    """`KUNDROST_SMTP_FROM`: the sender of the weekly e-mails, `rapporter@example.se` or
    `kundrost <rapporter@example.se>`."""

    jwt_secret: str = field(repr=False, default="")
    """`KUNDROST_JWT_SECRET`: signs and checks the API's bearer tokens (HS256)."""
    jwt_secret_generated: bool = False
    """True when no secret was set and a throw-away development secret was made."""
    rate_limit: RateLimit = RateLimit(1200)
    """`KUNDROST_RATE_LIMIT`: requests per token subject, `1200/minute` by default."""
    ai_calls_enabled: bool = True
    """`KUNDROST_AI_CALLS_ENABLED`."""
    ai_analysis_enabled: bool = True
    """`KUNDROST_AI_ANALYSIS_ENABLED`."""
    business_analysis_enabled: bool = True
    """`KUNDROST_BUSINESS_ANALYSIS_ENABLED`."""
    log_level: str | None = None
    """`KUNDROST_LOG_LEVEL`: DEBUG, INFO, WARNING, ERROR or CRITICAL; unset, each command's own
    default (INFO; WARNING for `scheduler --once`, which prints its result)."""

    def __attrs_post_init__(self) -> None:
        problems = missing(attrs.asdict(self, recurse=False))
        if problems:
            raise SettingsError("; ".join(problems))

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, warn: bool = True) -> Settings:
        """Settings from a mapping such as `os.environ`; unknown variables are ignored. Every
        malformed or missing variable is reported at once, in one `SettingsError`.

        Without `KUNDROST_ENCRYPTION_KEY` a random key is made and a loud warning logged:
        data encrypted with it cannot be read after a restart, so PostgreSQL storage, which
        outlives the process, refuses to start without one. The same holds for
        `KUNDROST_JWT_SECRET`: tokens signed before a restart are refused after it. A
        command that checks more before it starts passes `warn=False` and calls
        `warn_about_generated` once it starts.
        """
        problems = _Problems()
        read = problems.read
        key_text = env.get(PREFIX + "ENCRYPTION_KEY", "").strip()
        key_generated = not key_text
        jwt_secret = env.get(PREFIX + "JWT_SECRET", "").strip()
        jwt_generated = not jwt_secret
        database_url = read(_url, env, PREFIX + "DATABASE_URL", ("postgresql", "postgres"))
        redis_url = read(_url, env, PREFIX + "REDIS_URL", ("redis", "rediss", "unix"))
        openai_key = _text(env, "OPENAI_API_KEY")
        elks_username = _text(env, "ELKS_USERNAME")
        elks_password = _text(env, "ELKS_PASSWORD")
        implied = {
            "storage": "postgres" if database_url else None,
            "cache": "redis" if redis_url else None,
            "queue": "redis" if redis_url else None,
            "analyzer": "openai" if openai_key else None,
            "voice": "openai" if openai_key else None,
            "telephony": "elks" if elks_username and elks_password else None,
        }
        chosen = {
            port: read(_adapter, env, port, implied.get(port), default=options[0])
            for port, options in ADAPTERS.items()
        }
        if key_generated and chosen["storage"] == "postgres":
            problems.found.append(
                f"{PREFIX}ENCRYPTION_KEY is required with PostgreSQL storage: what one process "
                "encrypts under a made-up key, the next cannot read. Make one with "
                f"{NEW_KEY_COMMAND} and give every process the same"
            )
        rate_text = env.get(PREFIX + "RATE_LIMIT", "").strip()
        values: dict[str, Any] = dict(
            chosen,
            encryption_key=secrets.token_bytes(32)
            if key_generated
            else read(decode_key, key_text, default=secrets.token_bytes(32)),
            encryption_key_generated=key_generated,
            seed=read(_seed, env),
            database_url=database_url,
            database_schema=_text(env, PREFIX + "DATABASE_SCHEMA", "kundrost") or "kundrost",
            database_pool_size=read(
                _positive_int, env, PREFIX + "DATABASE_POOL_SIZE", 10, default=10
            ),
            http_concurrency=read(
                _positive_int,
                env,
                PREFIX + "HTTP_CONCURRENCY",
                HTTP_CONCURRENCY[chosen["storage"]],
                default=HTTP_CONCURRENCY[chosen["storage"]],
            ),
            http_loop=read(_http_loop, env, PREFIX + "HTTP_LOOP", default=HTTP_LOOPS[0]),
            auto_migrate=read(_flag, env, PREFIX + "AUTO_MIGRATE", False, default=False),
            redis_url=redis_url,
            redis_prefix=_text(env, PREFIX + "REDIS_PREFIX", "kundrost:") or "kundrost:",
            redis_timeout=read(
                _redis_timeout, env, PREFIX + "REDIS_TIMEOUT_SECONDS", default=REDIS_TIMEOUT
            ),
            queue_worker=read(_flag, env, PREFIX + "QUEUE_WORKER", True, default=True),
            worker_concurrency=read(
                _positive_int,
                env,
                PREFIX + "WORKER_CONCURRENCY",
                WORKER_CONCURRENCY,
                default=WORKER_CONCURRENCY,
            ),
            queue_batch=read(
                _positive_int, env, PREFIX + "QUEUE_BATCH", QUEUE_BATCH, default=QUEUE_BATCH
            ),
            worker_metrics_port=read(_port, env, PREFIX + "WORKER_METRICS_PORT"),
            worker_metrics_host=_text(env, PREFIX + "WORKER_METRICS_HOST", "0.0.0.0") or "0.0.0.0",
            openai_api_key=openai_key,
            openai_base_url=read(_url, env, "OPENAI_BASE_URL", ("http", "https")),
            openai_model=_text(env, PREFIX + "OPENAI_MODEL", "gpt-4o-mini") or "gpt-4o-mini",
            openai_embedding_model=_text(
                env, PREFIX + "OPENAI_EMBEDDING_MODEL", "text-embedding-3-small"
            )
            or "text-embedding-3-small",
            openai_concurrency=read(
                _positive_int,
                env,
                PREFIX + "OPENAI_CONCURRENCY",
                OPENAI_CONCURRENCY,
                default=OPENAI_CONCURRENCY,
            ),
            openai_prompt_price=_price(env, PREFIX + "OPENAI_PROMPT_PRICE", "0.15"),
            openai_completion_price=_price(env, PREFIX + "OPENAI_COMPLETION_PRICE", "0.60"),
            openai_realtime_model=_text(env, PREFIX + "OPENAI_REALTIME_MODEL", "gpt-realtime-mini")
            or "gpt-realtime-mini",
            openai_realtime_url=read(_url, env, "OPENAI_REALTIME_URL", ("ws", "wss")),
            voice_silence_seconds=read(
                _positive_int, env, PREFIX + "VOICE_SILENCE_SECONDS", 10, default=10
            ),
            elks_username=elks_username,
            elks_password=elks_password,
            elks_from_number=_text(env, "ELKS_FROM_NUMBER"),
            elks_api_url=read(_url, env, "ELKS_API_URL", ("http", "https"))
            or "https://api.46elks.com/a1",
            elks_websocket_number=_text(env, "ELKS_WEBSOCKET_NUMBER"),
            public_url=(read(_url, env, PREFIX + "PUBLIC_URL", ("http", "https")) or "").rstrip("/")
            or None,
            smtp_url=read(_smtp_url, env, PREFIX + "SMTP_URL"),
            smtp_from=read(_sender, env, PREFIX + "SMTP_FROM"),
            jwt_secret=jwt_secret or secrets.token_urlsafe(32),
            jwt_secret_generated=jwt_generated,
            rate_limit=read(RateLimit.parse, rate_text, default=RateLimit(1200))
            if rate_text
            else RateLimit(1200),
            log_level=read(_log_level, env, PREFIX + "LOG_LEVEL"),
            **{
                f"{area}_enabled": read(
                    _flag, env, f"{PREFIX}{area.upper()}_ENABLED", True, default=True
                )
                for area in FEATURES
            },
        )
        problems.found += missing(values)
        problems.raise_any()
        settings = cls(**values)
        if warn:
            settings.warn_about_generated()
        return settings

    @classmethod
    def embedded(cls, *, seed: int | None = None, **changes: Any) -> Settings:
        """The embedded defaults with a fresh development key and JWT secret, without a
        warning: for the demo and tests, whose data lives only in memory."""
        return cls(
            encryption_key=secrets.token_bytes(32),
            encryption_key_generated=True,
            jwt_secret=secrets.token_urlsafe(32),
            jwt_secret_generated=True,
            seed=seed,
            **changes,
        )

    def warn_about_generated(self) -> None:
        """Log a warning for each secret that was made up because it was not set."""
        if self.encryption_key_generated:
            logger.warning(
                "KUNDROST_ENCRYPTION_KEY is not set: using a random development key. Personal "
                "data encrypted now cannot be decrypted after a restart. Set it in production."
            )
        if self.jwt_secret_generated:
            logger.warning(
                "KUNDROST_JWT_SECRET is not set: using a random development secret. Tokens "
                "made by `kundrost token` in another process are refused. Set it in production."
            )

    @property
    def openai_websocket_url(self) -> str | None:
        """Where the realtime model is reached: `OPENAI_REALTIME_URL`, or `OPENAI_BASE_URL`
        with `ws`/`wss` for `http`/`https`, or None for the SDK's own default."""
        if self.openai_realtime_url or not self.openai_base_url:
            return self.openai_realtime_url
        scheme, rest = self.openai_base_url.split("://", 1)
        return f"{'wss' if scheme == 'https' else 'ws'}://{rest}"

    def feature_enabled(self, area: str) -> bool:
        """Whether the API area (`ai_calls`, `ai_analysis`, `business_analysis`) is on."""
        if area not in FEATURES:
            raise ValueError(f"unknown feature area {area!r}")
        enabled: bool = getattr(self, f"{area}_enabled")
        return enabled

    def as_config(self) -> dict[str, Any]:
        """The container's configuration values."""
        return {
            **{port: getattr(self, port) for port in ADAPTERS},
            "encryption_key": self.encryption_key,
            "seed": self.seed,
            "database_url": self.database_url,
            "database_schema": self.database_schema,
            "database_pool_size": self.database_pool_size,
            "redis_url": self.redis_url,
            "redis_prefix": self.redis_prefix,
            "redis_timeout": self.redis_timeout,
            "queue_worker": self.queue_worker,
            "worker_concurrency": self.worker_concurrency,
            "queue_batch": self.queue_batch,
            "openai_api_key": self.openai_api_key,
            "openai_base_url": self.openai_base_url,
            "openai_model": self.openai_model,
            "openai_embedding_model": self.openai_embedding_model,
            "openai_concurrency": self.openai_concurrency,
            "openai_prompt_price": self.openai_prompt_price,
            "openai_completion_price": self.openai_completion_price,
            "openai_realtime_model": self.openai_realtime_model,
            "openai_websocket_url": self.openai_websocket_url,
            "voice_silence_seconds": self.voice_silence_seconds,
            "elks_username": self.elks_username,
            "elks_password": self.elks_password,
            "elks_from_number": self.elks_from_number,
            "elks_api_url": self.elks_api_url,
            "elks_websocket_number": self.elks_websocket_number,
            "public_url": self.public_url,
            "mail": "smtp" if self.smtp_url else "off",
            "smtp_url": self.smtp_url,
            "smtp_from": self.smtp_from,
        }
