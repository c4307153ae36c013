"""`kundrost worker`: refuses without the Redis queue; with it, runs the queue's jobs until
SIGTERM, logs counts and never a payload."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from uuid import UUID

import pytest

from kundrost.adapters.redis import RedisConnection, RedisJobQueue
from kundrost.adapters.system import SystemClock
from kundrost.entrypoints.cli import worker
from kundrost.ports.job_queue import Job, JobKind

PHONE = "+46709876543"
RUN_WORKER = (
    "import os, sys; from kundrost.entrypoints.cli.worker import main; sys.exit(main(os.environ))"
)


def test_the_worker_command_is_registered_under_its_name() -> None:
    parser = argparse.ArgumentParser()
    worker.register(parser.add_subparsers())
    assert parser.parse_args(["worker"]).run is worker.run


def test_without_the_redis_queue_the_worker_refuses_with_status_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert worker.main({}) == 2
    message = capsys.readouterr().err
    assert "the job queue is 'memory'" in message
    assert "kundrost serve" in message
    assert "KUNDROST_REDIS_URL" in message


def test_when_redis_does_not_answer_the_worker_says_where_and_exits_with_status_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    url = f"redis://:hemligt@127.0.0.1:{closed_port}/0"
    assert worker.main({"KUNDROST_REDIS_URL": url}) == 1
    message = capsys.readouterr().err
    assert message.startswith("kundrost worker: KUNDROST_REDIS_URL: cannot reach Redis at ")
    assert f"redis://127.0.0.1:{closed_port}/0" in message
    assert message.count("\n") == 1
    assert "hemligt" not in message


def worker_environment(connection: RedisConnection) -> dict[str, str]:
    return {
        **os.environ,
        "KUNDROST_REDIS_URL": connection.url,
        "KUNDROST_REDIS_PREFIX": connection.prefix,
        "KUNDROST_DATABASE_URL": "",
        "KUNDROST_STORAGE": "memory",
        "KUNDROST_LOG_LEVEL": "INFO",
    }


async def test_the_worker_runs_queued_jobs_until_sigterm_and_logs_no_payload(
    connection: RedisConnection,
) -> None:
    producer = RedisJobQueue(connection, SystemClock(), worker=False)
    await producer.start()
    unknown_analysis = UUID(int=7)
    await producer.enqueue(
        Job(
            JobKind.ANALYSE_FEEDBACK,
            {"analysis_id": str(unknown_analysis), "phone": PHONE},
            key=f"analysis:{unknown_analysis}",
        )
    )
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_WORKER],
        env=worker_environment(connection),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while (counts := await producer.counts()).queued or counts.running:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the worker did not take the job"
            await asyncio.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        _, log = await asyncio.to_thread(process.communicate, timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        await producer.close()
    assert process.returncode == 0, log
    assert f"worker started on queue {connection.prefix}jobs" in log
    assert f"job analyse_feedback (key analysis:{unknown_analysis}) failed: NotFound" in log
    assert "SIGTERM: stopping" in log
    assert (
        "worker stopped: 0 queued, 0 running, 0 scheduled; this worker: 0 completed, 1 failed"
        in log
    )
    assert PHONE not in log
