"""How fast the HTTP API answers, beside a bare Litestar endpoint served the same way.

Run with `python -m tests.bench.bench_http [--rounds 3] [--duration 10] [--connections 64]
[--workers 1]`. Each app runs in its own process under uvicorn (`--workers`, httptools):
kundrost exactly as `kundrost serve` runs it on the embedded defaults (request logs on,
written to /dev/null; the event loop `kundrost serve` picks, asyncio's on memory storage
unless `KUNDROST_HTTP_LOOP` says otherwise), and a bare Litestar app on uvloop whose one
GET returns a small JSON dict. Every load is warmed up for 2 s, then measured once per
round, the order reversed every other round; the figures are medians over the rounds and
ratios of those medians. The load comes from `wrk` when it is installed (Lua scripts send
distinct verification ids and rotate the tokens), else from an httpx load generator in
another process, which is slower than the server: the run then prints a FALLBACK line
first. Measured:
`GET /api/ai/calls/{id}/status` over 500 sessions and `POST /api/ai/calls/initiate` with a
new verification each time.

Tokens rotate over 1,024 subjects, so the per-subject rate limit (1200 a minute by default)
stays in the path without refusing the load: the figures include rate limiting, JWT
checks, the request log and the Prometheus middleware. Not a test: pytest collects
`test_*.py`, not `bench_*.py`.

With `--backend postgres`, kundrost is served on PostgreSQL storage and the Redis cache,
queue and rate limit instead (`--database-url`, `--redis-url`; a schema and a key prefix of
its own, both removed at the end, also after a failure), and the baseline is a bare
Litestar app served the same way (`bare_database_app`) with a pool of kundrost's size,
doing one primary-key SELECT (beside status) or one single-row INSERT (beside initiate)
per request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
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
from collections.abc import Coroutine, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from itertools import takewhile
from pathlib import Path
from statistics import median
from typing import Any, TypeVar
from uuid import uuid4

import asyncpg
import httpx
import uvloop
from litestar import Litestar, get
from redis.asyncio import Redis

from kundrost.adapters.crypto import generate_key_text
from kundrost.entrypoints.cli.serve import event_loop
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.bench.bare_database_app import create_table
from tests.services import free_port

SECRET = "bench-secret-bench-secret-bench-secret-0123"
STORE = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
SUBJECTS = 1024
SESSIONS = 500
TARGET_P99_MS = 50.0
DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"
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
    server_cpu: float = 0.0
    """CPU seconds the server's processes spent over the measurement (user and system)."""

    @property
    def cpu_us(self) -> float:
        """Server CPU a request, in microseconds: unlike the rate, it barely moves when other
        work shares the machine, so it compares the two servers on a busy one too."""
        return 1e6 * self.server_cpu / max(self.requests, 1)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


@contextmanager
def served(
    port: int, command: list[str], env: dict[str, str], log: str = os.devnull
) -> Iterator[str]:
    """A server process on `port`, up once it answers `/health` at all, stopped after; its
    output goes to `log`."""
    with open(log, "w") as sink:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=sink)
        base = f"http://127.0.0.1:{port}"
        SERVERS[base] = process.pid
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


SERVERS: dict[str, int] = {}
"""The process id of the server at each base URL (its workers are its children)."""

TICKS = os.sysconf("SC_CLK_TCK")


def server_cpu(base: str) -> float:
    """CPU seconds (user and system) of the server at `base` and its child processes so far,
    from /proc."""
    root = SERVERS[base]
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS)
    tree, total = {root}, 0.0
    for pid in sorted(stats):  # a child's id is higher than its parent's unless ids wrapped
        parent, cpu = stats[pid]
        if pid in tree or parent in tree:
            tree.add(pid)
            total += cpu
    return total


def kundrost_server(
    port: int, workers: int = 1, services: dict[str, str] | None = None
) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "KUNDROST_JWT_SECRET": SECRET, **(services or {})}
    command = [sys.executable, "-m", "kundrost.entrypoints.cli.serve", "--port", str(port)]
    print(f"kundrost: `kundrost serve` on {served_loop(env)}")
    return [*command, "--workers", str(workers)], env


def served_loop(env: dict[str, str]) -> str:
    """The event loop `kundrost serve` picks with `env`, its settings read without their
    warnings (the server prints its own)."""
    logging.disable(logging.WARNING)
    try:
        return event_loop(Settings.from_env(env))
    finally:
        logging.disable(logging.NOTSET)


def bare_server(
    port: int, workers: int = 1, factory: str = "tests.bench.bench_http:bare_app"
) -> tuple[list[str], dict[str, str]]:
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        factory,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    return command, dict(os.environ)


def bare_database_server(
    port: int, workers: int, services: Services
) -> tuple[list[str], dict[str, str]]:
    command, env = bare_server(port, workers, "tests.bench.bare_database_app:bare_database_app")
    env.update(
        BENCH_DATABASE_URL=services.database_url,
        BENCH_TABLE=services.bare_table,
        BENCH_POOL_SIZE=str(services.pool_size()),
    )
    return command, env


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
        "transaction_time": purchase_time(),
        "transaction_value": 349.5,
    }


def purchase_time() -> str:
    """An hour ago: initiate refuses purchases in the future or older than a week."""
    return (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")


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
  return wrk.format("GET", "%(prefix)s" .. id .. "%(suffix)s",
    {["Authorization"] = "Bearer " .. next_token()})
end
"""

LUA_POST = """
local run = "%(run)s"
local template = '{"customer_verification_id":"%%s","store_id":"%(store)s",' ..
  '"phone_number":"+46701234567","transaction_time":"%(time)s",' ..
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
  return wrk.format("POST", "%(path)s",
    {["Authorization"] = "Bearer " .. next_token(), ["Content-Type"] = "application/json"},
    string.format(template, uuid()))
end
"""

PATHS = {"get": ("/api/ai/calls/", "/status"), "rows-get": ("/rows/", "")}
"""The GET kinds: the path before and after the id."""

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
    if kind in PATHS:
        prefix, suffix = PATHS[kind]
        body = LUA_GET % {
            "ids": ",".join(json.dumps(i) for i in ids),
            "prefix": prefix,
            "suffix": suffix,
        }
    elif kind in ("post", "rows-post"):
        path = "/rows" if kind == "rows-post" else "/api/ai/calls/initiate"
        body = LUA_POST % {
            "store": STORE,
            "run": uuid4().hex[:8],
            "path": path,
            "time": purchase_time(),
        }
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
                if kind in PATHS:
                    prefix, suffix = PATHS[kind]
                    path = f"{prefix}{random.choice(ids)}{suffix}"
                    response = await client.get(path, headers=headers)
                elif kind in ("post", "rows-post"):
                    path = "/rows" if kind == "rows-post" else "/api/ai/calls/initiate"
                    response = await client.post(path, json=purchase(), headers=headers)
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


def measure(
    kind: str, base: str, args: argparse.Namespace, ids: Sequence[str], duration: int
) -> Result:
    token_list = tokens()
    if uses_wrk(args):
        return load_with_wrk(base, lua(kind, token_list, ids), duration, args.connections)
    return load_with_httpx(base, kind, token_list, ids, duration, args.connections)


def uses_wrk(args: argparse.Namespace) -> bool:
    return shutil.which("wrk") is not None and not args.httpx


@dataclass(frozen=True)
class Target:
    """One load to measure: `kind` of request against the server at `base`."""

    name: str
    kind: str
    base: str
    ids: Sequence[str] = ()


def interleaved(targets: Sequence[Target], args: argparse.Namespace) -> dict[str, list[Result]]:
    """Every target once per round after 2 s of warm-up each, the order reversed every other
    round, so a drift of the machine's speed falls on baseline and kundrost alike."""
    for target in targets:
        measure(target.kind, target.base, args, target.ids, 2)
    results: dict[str, list[Result]] = {target.name: [] for target in targets}
    for number in range(args.rounds):
        ordered = targets if number % 2 == 0 else list(reversed(targets))
        for target in ordered:
            before = server_cpu(target.base)
            result = measure(target.kind, target.base, args, target.ids, args.duration)
            result = replace(result, server_cpu=server_cpu(target.base) - before)
            results[target.name].append(result)
            print(
                f"  round {number + 1}: {target.name:38} {result.rate:8.0f} req/s "
                f"p50 {result.p50_ms:6.2f} ms p99 {result.p99_ms:7.2f} ms "
                f"server CPU {result.cpu_us:5.0f} µs a request",
                flush=True,
            )
    return results


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

    @property
    def bare_table(self) -> str:
        """The baseline's table, in a schema of its own beside kundrost's."""
        return f"{self.schema}_bare.rows"

    async def create_bare_table(self) -> None:
        connection = await asyncpg.connect(self.database_url)
        try:
            await connection.execute(f"CREATE SCHEMA {self.schema}_bare")
            await create_table(connection, self.bare_table)
        finally:
            await connection.close()


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
        await connection.execute(f"DROP SCHEMA IF EXISTS {services.schema}_bare CASCADE")
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers, every server")
    parser.add_argument("--httpx", action="store_true", help="use the httpx load generator")
    parser.add_argument(
        "--backend",
        choices=("embedded", "postgres"),
        default="embedded",
        help="embedded (default): memory adapters beside bare Litestar; postgres: PostgreSQL "
        "and Redis beside bare Litestar doing one asyncpg statement per request",
    )
    parser.add_argument("--database-url", default=DATABASE_URL, help="for --backend postgres")
    parser.add_argument("--redis-url", default=REDIS_URL, help="for --backend postgres")
    args = parser.parse_args(argv)
    if uses_wrk(args):
        tool = "wrk, 2 threads"
    else:
        tool = "httpx in 1 process"
        reason = "--httpx given" if args.httpx else "wrk is not installed (apt-get install wrk)"
        print(
            f"FALLBACK: {reason}; the httpx load generator is slower than the servers, so "
            "every figure below is the load generator's limit as much as the server's"
        )
    print(
        f"load: {tool}, {args.connections} connections, {args.rounds} interleaved rounds of "
        f"{args.duration} s after 2 s of warm-up; servers: uvicorn {args.workers} worker(s), "
        f"httptools, the bare apps on uvloop; tokens over {SUBJECTS} subjects (rate limit "
        "1200/minute each)"
    )
    if args.backend == "postgres":
        return main_postgres(args)
    port, middleware_port, kundrost_port = free_port(), free_port(), free_port()
    with (
        served(port, *bare_server(port, args.workers)) as bare_base,
        served(
            middleware_port,
            *bare_server(middleware_port, args.workers, "tests.bench.bench_http:middleware_app"),
        ) as middleware_base,
        served(kundrost_port, *kundrost_server(kundrost_port, args.workers)) as base,
    ):
        ids = seed_sessions(base, tokens()[0])
        results = interleaved(
            [
                Target(BARE, "bare", bare_base),
                Target(MIDDLEWARE, "guarded", middleware_base),
                Target(STATUS, "get", base, ids),
                Target(INITIATE, "post", base),
            ],
            args,
        )
    report(results, {MIDDLEWARE: BARE, STATUS: BARE, INITIATE: BARE}, {})
    return 0


BARE = "bare Litestar GET /bare"
MIDDLEWARE = "Litestar JWT+rate limit+Prometheus"
STATUS = "GET /api/ai/calls/{id}/status"
INITIATE = "POST /api/ai/calls/initiate"
BARE_SELECT = "bare SELECT GET /rows/{id}"
BARE_INSERT = "bare INSERT POST /rows"
GOALS = {STATUS: 0.60, INITIATE: 0.40}
"""The share of its baseline each endpoint should reach on PostgreSQL + Redis (issue 20)."""


def main_postgres(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, lambda number, _frame: sys.exit(128 + number))
    with provisioned(args.database_url, args.redis_url) as services:
        print(
            f"backend: PostgreSQL {safe(services.database_url)} schema {services.schema} "
            f"(pool {services.pool_size()} per process), Redis {safe(services.redis_url)} "
            f"prefix {services.prefix}; baseline: bare Litestar + asyncpg, same pool, table "
            f"{services.bare_table}"
        )
        run_async(services.create_bare_table())
        bare_port, port = free_port(), free_port()
        command, env = kundrost_server(port, args.workers, services.env())
        with tempfile.NamedTemporaryFile("r", suffix=".log") as log:
            try:
                with (
                    served(
                        bare_port, *bare_database_server(bare_port, args.workers, services)
                    ) as bare_base,
                    served(port, command, env, log.name) as base,
                ):
                    ids = seed_sessions(base, tokens()[0])
                    rows = seed_rows(bare_base)
                    results = interleaved(
                        [
                            Target(BARE_SELECT, "rows-get", bare_base, rows),
                            Target(STATUS, "get", base, ids),
                            Target(BARE_INSERT, "rows-post", bare_base),
                            Target(INITIATE, "post", base),
                        ],
                        args,
                    )
            except Exception:
                print("the server's last log lines:", file=sys.stderr)
                sys.stderr.writelines(log.readlines()[-20:])
                raise
            lines = log.readlines()
        report(results, {STATUS: BARE_SELECT, INITIATE: BARE_INSERT}, GOALS)
        report_log(lines)
    return 0


def seed_rows(base: str) -> list[str]:
    """Rows for the bare SELECT, made through the bare app's INSERT."""
    with httpx.Client(base_url=base) as client:
        return [str(client.post("/rows", json=purchase()).json()["id"]) for _ in range(SESSIONS)]


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


def report(
    results: dict[str, list[Result]], baselines: dict[str, str], goals: dict[str, float]
) -> None:
    """Medians over the rounds, and each endpoint's ratio of medians to its baseline."""
    print(
        f"{'median of the rounds':38} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
        f"{'ratio':>7} {'CPU µs':>7} {'CPU ratio':>9}  baseline"
    )
    for name, rounds in results.items():
        rate = median(result.rate for result in rounds)
        cpu = median(result.cpu_us for result in rounds)
        baseline = baselines.get(name)
        ratio = cpu_ratio = ""
        if baseline is not None:
            ratio = f"{rate / _rate(results[baseline]):7.1%}"
            cpu_ratio = f"{median(r.cpu_us for r in results[baseline]) / cpu:9.1%}"
        print(
            f"{name:38} {rate:8.0f} {median(r.p50_ms for r in rounds):8.2f} "
            f"{median(r.p99_ms for r in rounds):8.2f} {sum(r.errors for r in rounds):7d} "
            f"{ratio:>7} {cpu:7.0f} {cpu_ratio:>9}  {baseline or ''}"
        )
    print(
        "CPU µs: the server's CPU a request; CPU ratio: the baseline's CPU a request over "
        "kundrost's, the ratio the rates approach when the server process is the bottleneck "
        "(it holds on a busy machine, where the rates do not)"
    )
    for name, goal in goals.items():
        share = _rate(results[name]) / _rate(results[baselines[name]])
        p99 = median(result.p99_ms for result in results[name])
        met = share >= goal and p99 < TARGET_P99_MS
        print(
            f"{name}: {'meets' if met else 'MISSES'} the goal (>= {goal:.0%} of "
            f"{baselines[name]}, p99 < {TARGET_P99_MS:.0f} ms): {share:.1%}, p99 {p99:.1f} ms"
        )


def _rate(rounds: Sequence[Result]) -> float:
    return median(result.rate for result in rounds)


if __name__ == "__main__":
    sys.exit(main())
