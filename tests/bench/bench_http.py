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
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
from litestar import Litestar, get

from kundrost.entrypoints.http.security import issue_token

SECRET = "bench-secret-bench-secret-bench-secret-0123"
STORE = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
SUBJECTS = 256
SESSIONS = 500
TARGET_P99_MS = 50.0
TARGET_SHARE = 0.40


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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def served(command: list[str], port: int, env: dict[str, str]) -> Iterator[str]:
    """A server process on `port`, up once it answers `/health` at all, stopped after."""
    with open(os.devnull, "w") as sink:
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


def kundrost_server(port: int) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "KUNDROST_JWT_SECRET": SECRET}
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--httpx", action="store_true", help="use the httpx load generator")
    args = parser.parse_args(argv)
    tool = "wrk 2 threads" if shutil.which("wrk") and not args.httpx else "httpx (1 process)"
    print(
        f"load: {tool}, {args.connections} connections, {args.duration} s each after 2 s of "
        f"warm-up; servers: uvicorn 1 worker, uvloop + httptools; tokens over {SUBJECTS} "
        "subjects (default rate limit 1200/minute each)"
    )
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
