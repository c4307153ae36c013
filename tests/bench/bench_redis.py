"""How many cache and queue operations a second the Redis adapters do, beside bare
redis.asyncio GET and SET in the same run.

Run with `python -m tests.bench.bench_redis [--ops N] [--tasks 64] [--url redis://...]`
(the URL defaults to KUNDROST_TEST_REDIS_URL, else redis://127.0.0.1:6379/0). Each figure
is N operations spread over `--tasks` concurrent asyncio tasks on one client (one process,
one core, plain asyncio): bare GET and SET of a small value; the session store's `set`
(SET PX), `get` and `increment` (a Lua script); the job queue's `enqueue` (SAQ's enqueue
script; each job new) and, separately, how fast one worker in this process runs
enqueued no-op jobs. Each figure is the better of two rounds; reads are compared with the
bare GET, writes with the bare SET. Keys live under a prefix of their own and are deleted
at the end.
Not a test: pytest collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta

from kundrost.adapters.redis import RedisConnection, RedisJobQueue, RedisSessionStore
from kundrost.adapters.system import SystemClock
from kundrost.ports.job_queue import Job, JobKind
from tests.adapters.redis_fixtures import delete_keys

MINUTE = timedelta(minutes=1)
VALUE = "in_progress:question=3"


ROUNDS = 2
"""Each figure is the better of two rounds: the machine is shared and noisy."""


async def rate(ops: int, tasks: int, operation: Callable[[int], Awaitable[object]]) -> float:
    """Operations a second: `ops` calls of `operation(i)` over `tasks` concurrent tasks."""

    async def worker(start: int) -> None:
        for i in range(start, ops, tasks):
            await operation(i)

    best = 0.0
    for _ in range(ROUNDS):
        began = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(tasks)))
        best = max(best, ops / (time.perf_counter() - began))
    return best


async def worker_rate(connection: RedisConnection, jobs: int) -> float:
    """Jobs a second that one worker (10 at a time) runs, from the first enqueue to the last
    job's end."""
    queue = RedisJobQueue(connection, SystemClock(), name="bench-worker")
    done = asyncio.Event()
    finished = 0

    async def handle(job: Job) -> None:
        nonlocal finished
        finished += 1
        if finished == jobs:
            done.set()

    queue.register(JobKind.ANALYSE_FEEDBACK, handle)
    for n in range(jobs):
        await queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"analysis_id": str(n)}))
    began = time.perf_counter()
    await queue.start()
    await done.wait()
    elapsed = time.perf_counter() - began
    await queue.close()
    return jobs / elapsed


async def measure(url: str, ops: int, tasks: int) -> dict[str, float]:
    connection = RedisConnection(url, prefix=f"kundrost-bench:{secrets.token_hex(4)}:")
    await connection.start()
    client, store = connection.client, RedisSessionStore(connection)
    queue = RedisJobQueue(connection, SystemClock(), worker=False)
    await queue.start()
    bare = connection.key("bare:")
    figures: dict[str, float] = {}
    try:
        await rate(tasks * 20, tasks, lambda i: client.ping())  # opens the pool's connections
        figures["bare SET"] = await rate(ops, tasks, lambda i: client.set(f"{bare}{i}", VALUE))
        figures["bare GET"] = await rate(ops, tasks, lambda i: client.get(f"{bare}{i}"))
        figures["SessionStore.set"] = await rate(
            ops, tasks, lambda i: store.set(f"s:{i}", VALUE, MINUTE)
        )
        figures["SessionStore.get"] = await rate(ops, tasks, lambda i: store.get(f"s:{i}"))
        figures["SessionStore.increment"] = await rate(
            ops, tasks, lambda i: store.increment(f"n:{i % 1000}", MINUTE)
        )
        figures["JobQueue.enqueue"] = await rate(
            ops, tasks, lambda i: queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"n": str(i)}))
        )
        figures["worker runs (no-op jobs)"] = await worker_rate(connection, max(ops // 10, 100))
    finally:
        await queue.close()
        await delete_keys(connection)
        await connection.close()
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=20_000, help="operations per figure")
    parser.add_argument("--tasks", type=int, default=64, help="concurrent tasks")
    parser.add_argument(
        "--url",
        default=os.environ.get("KUNDROST_TEST_REDIS_URL") or "redis://127.0.0.1:6379/0",
    )
    args = parser.parse_args(argv)
    figures = asyncio.run(measure(args.url, args.ops, args.tasks))
    print(f"{args.ops:,} operations per figure, {args.tasks} tasks, one client, plain asyncio")
    for name, per_second in figures.items():
        bare = "bare GET" if name.endswith(".get") else "bare SET"
        share = "" if name.startswith("bare") else f"  ({per_second / figures[bare]:.0%} of {bare})"
        print(f"{name:<26} {per_second:>9,.0f} ops/s{share}")


if __name__ == "__main__":
    main()
