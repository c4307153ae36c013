"""How many analyses a second `kundrost worker` completes on PostgreSQL and Redis, beside the
offline analyzer alone on the same transcripts, measured in the same run.

Run with `python -m tests.bench.bench_worker [--calls N] [--rounds R] [--workers W]` and
`KUNDROST_TEST_DATABASE_URL`, `KUNDROST_TEST_REDIS_URL` set. Each round seeds N recorded
calls of one store through the product's own use cases, exactly as `kundrost serve` does
for each verified purchase (initiate; the simulated telephony connects the call and the
offline agent holds the planned conversation; the transcript is recorded, which stores the
analysis job and enqueues it on Redis), with no worker running. Then W `kundrost worker`
processes start on the production layout (a schema and a key prefix of the bench's own,
removed at the end) and drain the queue. The figure is the analyses completed per second
from the first analysis taken up to the last finished (process start-up excluded: a
worker's first batch finishes all its analyses at once, so counting from the first
completion would leave that batch's work out), and the workers' CPU
per analysis over the same span (the figure that holds on a machine shared with other
load: 1000 / CPU ms is what a worker with a core of its own completes). The baseline is the
offline analyzer alone, in this process, over the same N transcripts: the work a job
cannot avoid, its rate and its CPU per analysis. Rounds interleave the
two; ratios of medians.
With `--profile FILE`, the first round's worker runs under py-spy (installed separately): a
flame graph, or collapsed stacks when FILE ends in `.txt`.
Not a test: pytest collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import uuid4

import asyncpg
from dependency_injector import providers

from kundrost.adapters.crypto import generate_key_text
from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.adapters.postgres import migrate
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application import InitiateCallCommand
from kundrost.container import build_container, close_resources, connect, open_resources
from kundrost.domain import PhoneNumber, VerificationId
from kundrost.entrypoints.cli.demo_stores import GROCERY
from kundrost.ports.analyzer import FeedbackInput
from kundrost.settings import Settings
from tests.services import remove_schema_and_keys

ROOT = Path(__file__).resolve().parents[2]
STORE = GROCERY.context
FINISHED = "SELECT count(*) FROM analysis_jobs WHERE status IN ('completed', 'failed')"
TAKEN_UP = (
    "SELECT count(*) FILTER (WHERE status <> 'queued'), "
    "count(*) FILTER (WHERE status IN ('completed', 'failed')) FROM analysis_jobs"
)


def environment(schema: str, prefix: str, batch: int | None = None) -> dict[str, str]:
    database = os.environ.get("KUNDROST_TEST_DATABASE_URL", "").strip()
    redis = os.environ.get("KUNDROST_TEST_REDIS_URL", "").strip()
    if not database or not redis:
        raise SystemExit("set KUNDROST_TEST_DATABASE_URL and KUNDROST_TEST_REDIS_URL")
    return {
        "KUNDROST_DATABASE_URL": database,
        "KUNDROST_DATABASE_SCHEMA": schema,
        "KUNDROST_REDIS_URL": redis,
        "KUNDROST_REDIS_PREFIX": prefix,
        "KUNDROST_JWT_SECRET": secrets.token_urlsafe(32),
        "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
        "KUNDROST_QUEUE_WORKER": "0",
        "KUNDROST_LOG_LEVEL": "WARNING",
    } | ({} if batch is None else {"KUNDROST_QUEUE_BATCH": str(batch)})


def opening_morning() -> datetime:
    """Yesterday 08:00 in Stockholm: every purchase of the run falls within opening hours,
    and every session is alive for the worker, whose clock is the system's."""
    return datetime.now(UTC).replace(hour=7, minute=0, second=0, microsecond=0) - timedelta(days=1)


async def seed(env: dict[str, str], calls: int, first_phone: int) -> list[FeedbackInput]:
    """Records `calls` conversations and queues their analyses; returns the analyzer's inputs."""
    clock = ManualClock(opening_morning())
    container = build_container(Settings.from_env(env))
    container.clock.override(providers.Object(clock))
    container.telephony.override(providers.Object(SimulatedTelephony()))
    connect(container)
    await open_resources(container)
    inputs: list[FeedbackInput] = []
    try:
        await container.put_context()(STORE)
        initiate, telephony = container.initiate_call(), container.telephony()
        for number in range(calls):
            clock.advance(timedelta(seconds=30))
            session = await initiate(
                InitiateCallCommand(
                    verification_id=VerificationId(uuid4()),
                    store_id=STORE.store_id,
                    phone=PhoneNumber(f"+4670{first_phone + number:07d}"),
                    transaction_time=clock.now() - timedelta(minutes=2),
                    transaction_value=Decimal("199.00"),
                )
            )
            await telephony.deliver()
            async with container.new_uow()() as uow:
                transcript = await uow.transcripts.for_session(session.id)
            if transcript is not None:
                inputs.append(FeedbackInput(transcript, STORE, session.transaction_time))
    finally:
        await close_resources(container)
    return inputs


async def analyzer_alone(inputs: Sequence[FeedbackInput]) -> tuple[float, float]:
    """(analyses a second, CPU ms an analysis) of the offline analyzer over `inputs`."""
    analyzer = OfflineFeedbackAnalyzer()
    started, cpu = time.perf_counter(), time.process_time()
    for given in inputs:
        await analyzer.analyse(given)
    spent = time.process_time() - cpu
    return len(inputs) / (time.perf_counter() - started), spent * 1000 / len(inputs)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drain(
    env: dict[str, str], jobs: int, workers: int, profile: str | None
) -> tuple[float, float]:
    """Starts the workers and waits for `jobs` finished analyses: (per second, CPU ms each)."""
    connection = await asyncpg.connect(
        env["KUNDROST_DATABASE_URL"],
        server_settings={"search_path": env["KUNDROST_DATABASE_SCHEMA"]},
    )
    before = await connection.fetchval(FINISHED)
    command = [sys.executable, "-m", "kundrost", "worker"]
    processes = []
    for index in range(workers):
        prefix: list[str] = []
        if profile is not None and index == 0:
            raw = ["--format", "raw"] if profile.endswith(".txt") else []
            prefix = ["py-spy", "record", "-o", profile, "-r", "200", *raw, "--"]
        processes.append(
            subprocess.Popen(
                [*prefix, *command],
                cwd=ROOT,
                env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    try:
        first = last = None
        done = before
        deadline = time.monotonic() + 600
        while done < before + jobs and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
            counts = await connection.fetchrow(TAKEN_UP)
            assert counts is not None, "an aggregate query returns a row"
            taken, done = counts
            if first is None and taken > before:
                first, first_done = time.perf_counter(), before
                first_cpu = sum(cpu_seconds(p.pid) for p in processes)
        last = time.perf_counter()
        cpu = sum(cpu_seconds(p.pid) for p in processes) - first_cpu
        failed = await connection.fetchval(
            "SELECT count(*) FROM analysis_jobs WHERE status = 'failed'"
        )
    finally:
        for process in processes:
            process.send_signal(signal.SIGINT if profile else signal.SIGTERM)
        for process in processes:
            process.wait(timeout=60)
        await connection.close()
    if done < before + jobs:
        raise SystemExit(f"only {done - before} of {jobs} analyses finished in 600 s")
    if failed:
        raise SystemExit(f"{failed} analyses failed")
    assert first is not None
    rate = (done - first_done) / (last - first)
    return rate, cpu * 1000 / (done - first_done)


async def round_trip(
    calls: int, workers: int, phone: int, profile: str | None, batch: int | None = None
) -> tuple[float, float, float, float]:
    schema = f"bench_worker_{secrets.token_hex(3)}"
    prefix = f"bench-worker-{secrets.token_hex(3)}:"
    env = environment(schema, prefix, batch)
    await migrate(env["KUNDROST_DATABASE_URL"], schema=schema)
    try:
        inputs = await seed(env, calls, phone)
        bare, bare_cpu = await analyzer_alone(inputs)
        rate, cpu = await drain(env, len(inputs), workers, profile)
        return rate, cpu, bare, bare_cpu
    finally:
        await remove_schema_and_keys(
            env["KUNDROST_DATABASE_URL"], schema, env["KUNDROST_REDIS_URL"], prefix
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000, help="analyses per round (1,000)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (3)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (1)")
    parser.add_argument("--profile", help="py-spy flame graph of the first round's worker")
    parser.add_argument(
        "--batch", type=int, help="KUNDROST_QUEUE_BATCH for the run (the setting's default)"
    )
    args = parser.parse_args(argv)
    if args.profile and not shutil.which("py-spy"):
        raise SystemExit("--profile needs py-spy on the PATH (pip install py-spy)")
    batch = "default" if args.batch is None else args.batch
    print(
        f"worker benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {args.workers} worker(s), "
        f"batch {batch}, load average {os.getloadavg()[0]:.1f}"
    )
    rates, cpus, bares, bare_cpus = [], [], [], []
    for number in range(args.rounds):
        profile = args.profile if number == 0 else None
        rate, cpu, bare, bare_cpu = asyncio.run(
            round_trip(args.calls, args.workers, number * args.calls, profile, args.batch)
        )
        rates.append(rate)
        bares.append(bare)
        bare_cpus.append(bare_cpu)
        if not profile:
            cpus.append(cpu)
        cpu_text = f"{cpu:.2f} ms CPU each" if not profile else "profiled"
        print(
            f"round {number + 1}: {args.workers} worker(s) {rate:,.0f} analyses/s ({cpu_text}); "
            f"analyzer alone {bare:,.0f} /s ({bare_cpu:.2f} ms CPU each)"
        )
    rate, bare = statistics.median(rates), statistics.median(bares)
    print(
        f"median: {rate:,.0f} analyses/s end to end beside the analyzer alone {bare:,.0f} /s "
        f"({rate / bare:.1%})"
    )
    if not cpus:
        print("CPU an analysis: not measured (the only round was profiled)")
        return
    cpu, bare_cpu = statistics.median(cpus), statistics.median(bare_cpus)
    print(
        f"CPU an analysis: workers {cpu:.2f} ms beside the analyzer {bare_cpu:.2f} ms "
        f"({cpu / bare_cpu:.1f}x); a worker with a core of its own: {1000 / cpu:,.0f} analyses/s"
    )


if __name__ == "__main__":
    main()
