"""How fast the HTTP API answers, beside a bare Litestar JSON endpoint served the same way.

Run with `python -m tests.bench.bench_http [--duration 10] [--connections 64]`. Each app
runs in its own process under uvicorn (1 worker, uvloop + httptools): kundrost exactly as
`kundrost serve` runs it on the embedded defaults (request logs on, written to /dev/null),
and a bare Litestar app whose one GET returns a small JSON dict. The load comes from `wrk`
when it is installed (Lua scripts send distinct verification ids and rotate the tokens),
else from an httpx load generator in another process, which is slower than the server and
says so. Measured: `GET /api/ai/calls/{id}/status` over 500 sessions and
`POST /api/ai/calls/initiate` with a new verification each time.

Tokens rotate over 256 subjects, so the per-subject rate limit (1200 a minute by default)
stays in the path without refusing the load: the figures include rate limiting, JWT
checks, the request log and the Prometheus middleware. Not a test: pytest collects
`test_*.py`, not `bench_*.py`.

With `--backend postgres`, kundrost is served on PostgreSQL storage and the Redis cache,
queue and rate limit instead (`--database-url`, `--redis-url`; a schema and a key prefix of
its own, both removed at the end, also after a failure), and the baseline is raw asyncpg in
this process: 64 tasks over a pool as large as kundrost's, single-row INSERTs into a scratch
table and primary-key SELECTs from it, with no HTTP.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import takewhile
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID, uuid4

import asyncpg
import httpx
import uvloop
from litestar import Litestar, get
from redis.asyncio import Redis

from kundrost.adapters.crypto import generate_key_text
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.services import free_port

SECRET = "bench-secret-bench-secret-bench-secret-0123"
STORE = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
SUBJECTS = 256
SESSIONS = 500
TARGET_P99_MS = 50.0
TARGET_SHARE = 0.40
DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"
RAW_TASKS = 64
T = TypeVar("T")
STAMP = re.compile(r"\d{4}-\d\d-\d\d ")
"""How a log record's first line starts (`kundrost serve`'s format)."""


@get("/bare", sync_to_thread=False)
def bare() -> dict[str, str]:
    return {"status": "ok", "service": "bare"}


def bare_app() -> Litestar:
    """The baseline: Litestar with one JSON handler, nothing else."""
    return Litestar([bare])


@get("/guarded", sync_to_thread=False)
def guarded() -> dict[str, str]:
    return {"status": "ok", "service": "guarded"}


def middleware_app() -> Litestar:
    """The same handler behind the Litestar middlewares the API requires, configured as
    kundrost configures them: JWT auth, the rate limit per subject in a memory store, and
    the Prometheus middleware. It shows what those cost before any kundrost code runs."""
    from litestar.middleware.rate_limit import RateLimitConfig
    from litestar.stores.memory import MemoryStore

    from kundrost.entrypoints.http.app import rate_limit_subject
    from kundrost.entrypoints.http.observability import with_prometheus
    from kundrost.entrypoints.http.security import jwt_auth

    rate_limit = RateLimitConfig(
        rate_limit=("minute", 1200),
        identifier_for_request=rate_limit_subject,
        store="rate_limit",
    )
    return Litestar(
        [guarded],
        on_app_init=[jwt_auth(SECRET).on_app_init, with_prometheus],
        middleware=[rate_limit.middleware],
        stores={"rate_limit": MemoryStore()},
    )


@dataclass(frozen=True)
class Result:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


@contextmanager
def served(
    command: list[str], port: int, env: dict[str, str], log: str = os.devnull
) -> Iterator[str]:
    """A server process on `port`, up once it answers `/health` at all, stopped after; its
    output goes to `log`."""
    with open(log, "w") as sink:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=sink)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{base}/health").status_code < 500:
                        break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError(f"{command} did not start") from None
                    time.sleep(0.2)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=15)


def kundrost_server(
    port: int, services: dict[str, str] | None = None
) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "KUNDROST_JWT_SECRET": SECRET, **(services or {})}
    command = [sys.executable, "-m", "kundrost.entrypoints.cli.serve", "--port", str(port)]
    return command, env


def bare_server(port: int, factory: str = "bare_app") -> tuple[list[str], dict[str, str]]:
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        f"tests.bench.bench_http:{factory}",
        "--port",
        str(port),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    return command, dict(os.environ)


def tokens() -> list[str]:
    return [issue_token(SECRET, "service", subject=f"bench-{i}") for i in range(SUBJECTS)]


def seed_sessions(base: str, token: str) -> list[str]:
    """Sessions for the status benchmark, made through the API itself."""
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        return [
            client.post("/api/ai/calls/initiate", json=purchase()).json()["call_session_id"]
            for _ in range(SESSIONS)
        ]


def purchase() -> dict[str, Any]:
    return {
        "customer_verification_id": str(uuid4()),
        "store_id": STORE,
        "phone_number": "+46701234567",
        "transaction_time": "2026-11-24T10:12:00+01:00",
        "transaction_value": 349.5,
    }


LUA_COMMON = """
local tokens = {%(tokens)s}
local counter = 0
function next_token()
  counter = counter + 1
  return tokens[(counter %% #tokens) + 1]
end
"""

LUA_GET = """
local ids = {%(ids)s}
request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/ai/calls/" .. id .. "/status",
    {["Authorization"] = "Bearer " .. next_token()})
end
"""

LUA_POST = """
local run = "%(run)s"
local template = '{"customer_verification_id":"%%s","store_id":"%(store)s",' ..
  '"phone_number":"+46701234567","transaction_time":"2026-11-24T10:12:00+01:00",' ..
  '"transaction_value":349.5}'
local function uuid()
  return string.format("%%s-%%04x-4%%03x-a%%03x-%%06x%%06x", run, math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffffff),
    math.random(0, 0xffffff))
end
local thread_count = 0
setup = function(thread)
  thread_count = thread_count + 1
  thread:set("seed", thread_count)
end
init = function(args)
  math.randomseed((seed or 0) * 1000003 + os.time())
end
request = function()
  return wrk.format("POST", "/api/ai/calls/initiate",
    {["Authorization"] = "Bearer " .. next_token(), ["Content-Type"] = "application/json"},
    string.format(template, uuid()))
end
"""

LUA_DONE = """
done = function(summary, latency, requests)
  io.write(string.format("BENCH %%d %%d %%d %%f %%f\\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def lua(kind: str, token_list: Sequence[str], ids: Sequence[str]) -> str:
    common = LUA_COMMON % {"tokens": ",".join(json.dumps(t) for t in token_list)}
    if kind == "get":
        body = LUA_GET % {"ids": ",".join(json.dumps(i) for i in ids)}
    elif kind == "post":
        body = LUA_POST % {"store": STORE, "run": uuid4().hex[:8]}
    elif kind == "guarded":
        body = (
            "request = function() return wrk.format('GET', '/guarded', "
            "{['Authorization'] = 'Bearer ' .. next_token()}) end\n"
        )
    else:
        body = "request = function() return wrk.format('GET', '/bare') end\n"
    return common + body + LUA_DONE % {}


def load_with_wrk(url: str, script: str, duration: int, connections: int) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    try:
        output = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "-s", file.name, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        Path(file.name).unlink()
    match = re.search(r"^BENCH (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)$", output, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk said: {output}")
    requests, errors, micros = int(match[1]), int(match[2]), int(match[3])
    return Result(requests, errors, micros / 1e6, float(match[4]), float(match[5]))


def load_with_httpx(
    url: str,
    kind: str,
    token_list: Sequence[str],
    ids: Sequence[str],
    duration: int,
    connections: int,
) -> Result:
    """The fallback load: `connections` httpx tasks in one other process."""
    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(
            _httpx_load, url, kind, list(token_list), list(ids), duration, connections
        )
        return future.result()


def _httpx_load(
    url: str, kind: str, token_list: list[str], ids: list[str], duration: int, connections: int
) -> Result:
    return asyncio.run(_httpx_run(url, kind, token_list, ids, duration, connections))


async def _httpx_run(
    url: str, kind: str, token_list: list[str], ids: list[str], duration: int, connections: int
) -> Result:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=url, limits=limits) as client:
        end = time.perf_counter() + duration

        async def worker(index: int) -> None:
            nonlocal errors
            count = index
            while time.perf_counter() < end:
                count += connections
                headers = {"Authorization": f"Bearer {token_list[count % len(token_list)]}"}
                started = time.perf_counter()
                if kind == "get":
                    path = f"/api/ai/calls/{random.choice(ids)}/status"
                    response = await client.get(path, headers=headers)
                elif kind == "post":
                    response = await client.post(
                        "/api/ai/calls/initiate", json=purchase(), headers=headers
                    )
                else:
                    response = await client.get(f"/{kind}", headers=headers)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += response.status_code >= 400

        began = time.perf_counter()
        await asyncio.gather(*(worker(i) for i in range(connections)))
        seconds = time.perf_counter() - began
    latencies.sort()
    return Result(
        len(latencies),
        errors,
        seconds,
        latencies[len(latencies) // 2],
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    )


def measure(kind: str, base: str, args: argparse.Namespace, ids: Sequence[str]) -> Result:
    token_list = tokens()
    if shutil.which("wrk") and not args.httpx:
        load_with_wrk(base, lua(kind, token_list, ids), 2, args.connections)  # warm up
        return load_with_wrk(base, lua(kind, token_list, ids), args.duration, args.connections)
    load_with_httpx(base, kind, token_list, ids, 2, args.connections)
    return load_with_httpx(base, kind, token_list, ids, args.duration, args.connections)


@dataclass(frozen=True)
class Services:
    """Where the postgres run keeps its data: a schema and a Redis key prefix of its own."""

    database_url: str
    redis_url: str
    schema: str
    prefix: str
    encryption_key: str = field(repr=False)

    @classmethod
    def fresh(cls, database_url: str, redis_url: str) -> Services:
        run = secrets.token_hex(4)
        return cls(
            database_url,
            redis_url,
            schema=f"bench_{run}",
            prefix=f"kundrost-bench:{run}:",
            encryption_key=generate_key_text(),
        )

    def env(self) -> dict[str, str]:
        """What `kundrost serve` is given on top of the embedded run's environment."""
        return {
            "KUNDROST_DATABASE_URL": self.database_url,
            "KUNDROST_DATABASE_SCHEMA": self.schema,
            "KUNDROST_AUTO_MIGRATE": "1",
            "KUNDROST_REDIS_URL": self.redis_url,
            "KUNDROST_REDIS_PREFIX": self.prefix,
            "KUNDROST_ENCRYPTION_KEY": self.encryption_key,
        }

    def pool_size(self) -> int:
        """The pool one kundrost process opens with this environment."""
        env = {**os.environ, "KUNDROST_JWT_SECRET": SECRET, **self.env()}
        return Settings.from_env(env).database_pool_size


@contextmanager
def provisioned(database_url: str, redis_url: str) -> Iterator[Services]:
    """A fresh schema name and key prefix; the schema is dropped and the keys deleted when the
    block ends, however it ends (an error, Ctrl-C, SIGTERM), so a failed run leaves nothing
    behind."""
    services = Services.fresh(database_url, redis_url)
    try:
        yield services
    finally:
        keys = run_async(remove(services))
        print(f"removed schema {services.schema} and {keys} Redis keys under {services.prefix}")


async def remove(services: Services) -> int:
    connection = await asyncpg.connect(services.database_url)
    try:
        await connection.execute(f"DROP SCHEMA IF EXISTS {services.schema} CASCADE")
    finally:
        await connection.close()
    redis = Redis.from_url(services.redis_url)
    try:
        keys = [key async for key in redis.scan_iter(match=f"{services.prefix}*", count=1000)]
        for start in range(0, len(keys), 1000):
            await redis.unlink(*keys[start : start + 1000])
        return len(keys)
    finally:
        await redis.aclose()


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """On uvloop, the loop kundrost is served on. SIGTERM cancels the coroutine, so its
    `finally` blocks run, and then exits."""
    terminated = False

    async def cancellable() -> T:
        nonlocal terminated
        loop, task = asyncio.get_running_loop(), asyncio.current_task()
        assert task is not None

        def terminate() -> None:
            nonlocal terminated
            terminated = True
            task.cancel()

        loop.add_signal_handler(signal.SIGTERM, terminate)
        try:
            return await coroutine
        finally:
            loop.remove_signal_handler(signal.SIGTERM)

    handler = signal.getsignal(signal.SIGTERM)
    try:
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            return runner.run(cancellable())
    except asyncio.CancelledError:
        if terminated:
            raise SystemExit(128 + signal.SIGTERM) from None
        raise
    finally:
        signal.signal(signal.SIGTERM, handler)


async def raw_baseline(services: Services, duration: int) -> dict[str, Result]:
    """Single-row INSERTs into a scratch table in the run's schema, then SELECTs by primary key
    of the rows inserted, from `RAW_TASKS` tasks over a pool as large as kundrost's; each
    after 2 s of warm-up. The rows are about as wide as a call session's."""
    table = f"{services.schema}.raw_rows"
    pool = await asyncpg.create_pool(
        services.database_url, min_size=services.pool_size(), max_size=services.pool_size()
    )
    try:
        await pool.execute(
            f"CREATE SCHEMA IF NOT EXISTS {services.schema}; CREATE TABLE {table} ("
            " id uuid PRIMARY KEY, store_id uuid NOT NULL, phone bytea NOT NULL,"
            " status text NOT NULL, created_at timestamptz NOT NULL)"
        )
        store = UUID(STORE)
        inserted: list[UUID] = []

        async def insert() -> None:
            row = uuid4()
            await pool.execute(
                f"INSERT INTO {table} VALUES ($1, $2, $3, 'pending', $4)",
                row,
                store,
                secrets.token_bytes(60),
                datetime.now(UTC),
            )
            inserted.append(row)

        async def select() -> None:
            if await pool.fetchrow(f"SELECT * FROM {table} WHERE id = $1", random.choice(inserted)):
                return
            raise LookupError("an inserted row was not found")

        results: dict[str, Result] = {}
        for name, operation in (("INSERT one row", insert), ("SELECT by primary key", select)):
            await hammer(operation, 2)
            results[name] = await hammer(operation, duration)
    finally:
        await closed(pool)
    return results


async def closed(pool: asyncpg.Pool) -> None:
    """Closes `pool`, waiting at most 5 s for the queries of cancelled tasks to end."""
    try:
        await asyncio.wait_for(pool.close(), 5)
    except TimeoutError:
        pool.terminate()


async def hammer(operation: Callable[[], Awaitable[None]], duration: int) -> Result:
    """`RAW_TASKS` tasks calling `operation` back to back for `duration` seconds."""
    latencies: list[float] = []
    errors = 0
    end = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal errors
        while time.perf_counter() < end:
            started = time.perf_counter()
            try:
                await operation()
            except (asyncpg.PostgresError, LookupError):
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(RAW_TASKS)))
    seconds = time.perf_counter() - began
    latencies.sort()
    return Result(
        len(latencies),
        errors,
        seconds,
        latencies[len(latencies) // 2],
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--httpx", action="store_true", help="use the httpx load generator")
    parser.add_argument(
        "--backend",
        choices=("embedded", "postgres"),
        default="embedded",
        help="embedded (default): memory adapters beside bare Litestar; postgres: PostgreSQL "
        "and Redis beside raw asyncpg",
    )
    parser.add_argument("--database-url", default=DATABASE_URL, help="for --backend postgres")
    parser.add_argument("--redis-url", default=REDIS_URL, help="for --backend postgres")
    args = parser.parse_args(argv)
    tool = "wrk 2 threads" if shutil.which("wrk") and not args.httpx else "httpx (1 process)"
    print(
        f"load: {tool}, {args.connections} connections, {args.duration} s each after 2 s of "
        f"warm-up; servers: uvicorn 1 worker, uvloop + httptools; tokens over {SUBJECTS} "
        "subjects (default rate limit 1200/minute each)"
    )
    if args.backend == "postgres":
        return main_postgres(args)
    results: dict[str, Result] = {}
    port = free_port()
    command, env = bare_server(port)
    with served(command, port, env) as base:
        results["bare Litestar GET /bare"] = measure("bare", base, args, [])
    port = free_port()
    command, env = bare_server(port, "middleware_app")
    with served(command, port, env) as base:
        results["Litestar JWT+rate limit+Prometheus"] = measure("guarded", base, args, [])
    port = free_port()
    command, env = kundrost_server(port)
    with served(command, port, env) as base:
        ids = seed_sessions(base, tokens()[0])
        results["GET /api/ai/calls/{id}/status"] = measure("get", base, args, ids)
        results["POST /api/ai/calls/initiate"] = measure("post", base, args, ids)
    report(results)
    return 0


def main_postgres(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, lambda number, _frame: sys.exit(128 + number))
    with provisioned(args.database_url, args.redis_url) as services:
        print(
            f"backend: PostgreSQL {safe(services.database_url)} schema {services.schema} "
            f"(pool {services.pool_size()}), Redis {safe(services.redis_url)} prefix "
            f"{services.prefix}; raw asyncpg: {RAW_TASKS} tasks over a pool of "
            f"{services.pool_size()} in this process, no HTTP"
        )
        raw = run_async(raw_baseline(services, args.duration))
        results: dict[str, Result] = {}
        port = free_port()
        command, env = kundrost_server(port, services.env())
        with tempfile.NamedTemporaryFile("r", suffix=".log") as log:
            try:
                with served(command, port, env, log.name) as base:
                    ids = seed_sessions(base, tokens()[0])
                    results["GET /api/ai/calls/{id}/status"] = measure("get", base, args, ids)
                    results["POST /api/ai/calls/initiate"] = measure("post", base, args, ids)
            except Exception:
                print("the server's last log lines:", file=sys.stderr)
                sys.stderr.writelines(log.readlines()[-20:])
                raise
            lines = log.readlines()
        report_postgres(results, raw)
        report_log(lines)
    return 0


def report_log(lines: Sequence[str]) -> None:
    """The server's ERROR lines, apart from the client disconnects wrk causes when it stops
    with requests in flight (up to one per connection at the end of each load)."""
    errors = 0
    others: list[str] = []
    for index, line in enumerate(lines):
        if " ERROR " not in line:
            continue
        errors += 1
        following = list(takewhile(lambda text: not STAMP.match(text), lines[index + 1 :]))
        cause = following[-1].strip() if following else ""
        if not cause.endswith("client disconnected prematurely"):
            others.append(f"{line.strip()[:160]} | {cause[:160]}")
    print(
        f"server log: {errors} ERROR lines, {errors - len(others)} of them a client that "
        "disconnected with its request in flight (wrk stopping)"
    )
    for line in others[:3]:
        print(f"  {line}")


def safe(url: str) -> str:
    """`url` without a password."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def report_postgres(results: dict[str, Result], raw: dict[str, Result]) -> None:
    beside = {
        "GET /api/ai/calls/{id}/status": "SELECT by primary key",
        "POST /api/ai/calls/initiate": "INSERT one row",
    }
    print(
        f"{'kundrost on PostgreSQL + Redis':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7} {'of raw':>8}"
    )
    for name, result in results.items():
        share = result.rate / raw[beside[name]].rate
        print(
            f"{name:34} {result.rate:9.0f} {result.p50_ms:8.2f} {result.p99_ms:8.2f} "
            f"{result.errors:7d} {share:8.1%}"
        )
    print(f"{f'raw asyncpg, {RAW_TASKS} tasks':34} {'ops/s':>9}")
    for name, result in raw.items():
        print(
            f"{name:34} {result.rate:9.0f} {result.p50_ms:8.2f} {result.p99_ms:8.2f} "
            f"{result.errors:7d}"
        )
    for name, result in results.items():
        ratio = raw[beside[name]].rate / result.rate
        print(f"{name}: one request in the time of {ratio:.1f} raw {beside[name]}")


def report(results: dict[str, Result]) -> None:
    bare_rate = results["bare Litestar GET /bare"].rate
    print(f"{'endpoint':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'of bare':>8}")
    for name, result in results.items():
        share = result.rate / bare_rate
        print(
            f"{name:34} {result.rate:9.0f} {result.p50_ms:8.2f} {result.p99_ms:8.2f} "
            f"{result.errors:7d} {share:8.0%}"
        )
    for name, result in results.items():
        if "/api/" not in name:
            continue
        verdict = (
            "meets"
            if result.p99_ms < TARGET_P99_MS and result.rate / bare_rate >= TARGET_SHARE
            else "MISSES"
        )
        print(
            f"{name}: {verdict} the target (p99 < {TARGET_P99_MS:.0f} ms and "
            f">= {TARGET_SHARE:.0%} of bare)"
        )


if __name__ == "__main__":
    sys.exit(main())
