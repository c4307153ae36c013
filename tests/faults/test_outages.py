"""The fault suite: the production layout (`kundrost serve` that only enqueues, and a
`kundrost worker`) on a PostgreSQL and a Redis of its own, under steady traffic, while the
database stops and starts again, the worker is killed mid-analysis, and Redis stops and
starts again. Every answer is a success, a client error or a 503; no analysis is lost or
left unfinished more than a minute after its services are back; each outage is one log
line when it starts and one when it ends, without a traceback.

It needs the PostgreSQL server binaries and redis-server; without them it skips (fails
under KUNDROST_REQUIRE_SERVICES=1). About a minute.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis

from kundrost.adapters.crypto import generate_key_text
from kundrost.entrypoints.http.security import issue_token
from tests import services
from tests.faults.throwaway import Missing, ThrowawayPostgres, ThrowawayRedis
from tests.faults.traffic import Traffic
from tests.services import free_port

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parents[2]
SECRET = "kundrost-fault-suite-secret-long-enough-for-hs256"
OUTAGE_SECONDS = 8.0
RECOVERY_SECONDS = 60.0
"""The promise: every analysis finished within a minute of its services being back."""


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ThrowawayPostgres, ThrowawayRedis]]:
    try:
        postgres, cache = ThrowawayPostgres(), ThrowawayRedis()
    except Missing as missing:
        message = f"the fault suite needs its own servers: {missing}"
        if services.required():
            pytest.fail(f"{message} (KUNDROST_REQUIRE_SERVICES=1)", pytrace=False)
        pytest.skip(message)
    try:
        postgres.init()
        postgres.start()
        cache.start()
        yield postgres, cache
    finally:
        cache.remove()
        postgres.remove()


class Processes:
    """The kundrost processes of the test, each logging to a file of its own."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env = env
        self.logs = logs
        self.running: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        with (self.logs / f"{name}.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "kundrost", *args],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.running.append(process)
        return process

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def stop_all(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.running:
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for(url: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer 200 within {seconds} s")


def started(processes: Processes, name: str, process: subprocess.Popen[bytes]) -> None:
    """Waits for a worker's start line: the outage must come after its start-up check, which
    refuses to start without a database (a loaded machine can take seconds to get there)."""
    deadline = time.monotonic() + 60
    while "worker started" not in processes.log(name):
        assert process.poll() is None, (f"{name} exited", processes.log(name)[-3000:])
        assert time.monotonic() < deadline, f"{name} did not start within 60 s"
        time.sleep(0.2)


def eventually(count: Callable[[], int], seconds: float) -> int:
    """`count()` once it is above zero, or its last value after `seconds`."""
    deadline = time.monotonic() + seconds
    while not (found := count()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


def active_jobs(cache: ThrowawayRedis) -> int:
    client = redis.Redis.from_url(cache.url)
    try:
        return int(client.llen("kundrost:jobs:active"))
    finally:
        client.close()


def where(traffic: Traffic, cache: ThrowawayRedis, analyses: list[str]) -> dict[str, object]:
    """What the API and the queue say of each unfinished analysis, for a failure's message."""
    client = redis.Redis.from_url(cache.url)
    try:
        with traffic.client() as api:
            return {
                analysis_id: (
                    api.get(f"/api/ai/analysis/{analysis_id}").text[:300],
                    client.get(f"kundrost:jobs:job:analysis:{analysis_id}"),
                )
                for analysis_id in analyses
            }
    finally:
        client.close()


def test_outages_of_storage_and_cache_and_a_killed_worker_lose_nothing(
    servers: tuple[ThrowawayPostgres, ThrowawayRedis], tmp_path: Path
) -> None:
    postgres, cache = servers
    port = free_port()
    env = {
        **os.environ,
        "KUNDROST_DATABASE_URL": postgres.url,
        "KUNDROST_AUTO_MIGRATE": "1",
        "KUNDROST_REDIS_URL": cache.url,
        "KUNDROST_JWT_SECRET": SECRET,
        "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
        "KUNDROST_QUEUE_WORKER": "0",
        "KUNDROST_RATE_LIMIT": "1000000/minute",
        "KUNDROST_LOG_LEVEL": "INFO",
    }
    processes = Processes(env, tmp_path)
    base = f"http://127.0.0.1:{port}"
    traffic = Traffic(base, {"Authorization": f"Bearer {issue_token(SECRET, 'service')}"})
    try:
        serve = processes.start("serve", "serve", "--port", str(port))
        wait_for(f"{base}/health/ready", serve)
        worker = processes.start("worker-1", "worker")
        started(processes, "worker-1", worker)
        traffic.start()
        time.sleep(3)

        # The database goes while analyses are in the worker, and the worker is killed
        # while they wait for it; its replacement starts once the database is back (a
        # worker that cannot reach its database at start-up refuses to start).
        with traffic.client() as client:
            ready = [traffic.in_progress(client) for _ in range(8)]
            worker.send_signal(signal.SIGSTOP)
            burst = [traffic.record(client, session) for session in ready if session]
        database_went = time.monotonic()
        postgres.stop()
        worker.send_signal(signal.SIGCONT)
        in_flight = eventually(lambda: active_jobs(cache), seconds=10)
        time.sleep(0.5)
        worker.kill()
        worker.wait()
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - database_went)))
        postgres.start()
        database_back = time.monotonic()
        started(processes, "worker-2", processes.start("worker-2", "worker"))
        stranded_after_database = traffic.wait_until_finished(RECOVERY_SECONDS)
        database_settled = time.monotonic()
        database_story = where(traffic, cache, stranded_after_database)
        print("after the database outage:", database_story)

        # Redis goes: reads that need only the database go on, the rate limit lets them
        # through, recorded calls keep their analyses queued in the database.
        cache_went = time.monotonic()
        cache.stop()
        time.sleep(OUTAGE_SECONDS)
        cache.start()
        cache_back = time.monotonic()
        time.sleep(2)
        traffic.stop()
        stranded_after_cache = traffic.wait_until_finished(RECOVERY_SECONDS)
        cache_settled = time.monotonic()
        cache_story = where(traffic, cache, stranded_after_cache)
        print("after the Redis outage:", cache_story)
        after_database, after_cache = database_settled - database_back, cache_settled - cache_back
        print(
            f"{len(traffic.analyses)} analyses; all completed {after_database:.1f} s after the"
            f" database was back, {after_cache:.1f} s after Redis was"
        )
    finally:
        traffic.stop()
        processes.stop_all()

    answers = traffic.statuses()
    server_errors = {key: n for key, n in answers.items() if key[1] is None or key[1] >= 500}
    during_database = traffic.statuses(database_went, database_back)
    during_cache = traffic.statuses(cache_went + 0.5, cache_back)
    serve_log = processes.log("serve")

    assert len(burst) == 8
    assert all(burst), "the burst before the outage was not recorded"
    assert in_flight >= 1, "the worker was not mid-analysis when it was killed"
    assert set(server_errors) <= {(route, 503) for route, _ in server_errors}, server_errors
    assert sum(n for (_, status), n in during_database.items() if status == 503) > 0
    assert during_cache[("status", 200)] > 0, during_cache
    assert during_cache[("transcript", 201)] > 0, during_cache
    assert not [key for key in during_cache if key[1] == 503 and key[0] != "ready"]
    assert stranded_after_database == [], database_story
    assert database_settled - database_back < RECOVERY_SECONDS
    assert stranded_after_cache == [], cache_story
    assert cache_settled - cache_back < RECOVERY_SECONDS
    assert len(traffic.analyses) > len(burst)
    for line in ("storage is unavailable", "storage is back", "cache is unavailable"):
        assert serve_log.count(line) == 1, (line, serve_log[-3000:])
    assert serve_log.count("cache is back") == 1, serve_log[-3000:]
    assert "Traceback" not in serve_log, serve_log[-3000:]
    worker_log = processes.log("worker-2")
    assert "Traceback" not in worker_log, worker_log[-3000:]
    for line in ("queue is unavailable", "queue is back"):
        assert worker_log.count(line) == 1, (line, worker_log[-3000:])
