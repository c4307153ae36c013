"""How many feedback calls a second the embedded product runs end to end, beside the bare
conversation and analysis they contain.

Run with `python -m tests.bench.bench_feedback_flow [--calls N]`. The full flow is what
`kundrost serve` does for each verified purchase, on the embedded adapters: initiate the
call, the simulated telephony connects it, the offline agent holds the planned conversation
with a generic Swedish shopper, the transcript is recorded, the analysis job runs (analyzer,
fraud checks with phone-velocity and duplicate lookups, grading) and its results are
stored. The baseline, measured in the same run over the same number of calls, is only the
conversation and the analysis — the plan, the agent's messages, the transcript and the
analyzer — with no use case, storage, queue or telephony, so the difference is what the
use cases and the memory adapters cost. Peak memory is traced in a separate, smaller run.
Not a test: pytest collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import tracemalloc
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from uuid import UUID

from dependency_injector import providers

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.offline import OfflineFeedbackAnalyzer, OfflineVoiceAgent
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application import InitiateCallCommand
from kundrost.container import build_container, connect
from kundrost.domain import (
    CallSessionId,
    Message,
    PhoneNumber,
    Transcript,
    TranscriptId,
    VerificationId,
    Visit,
    plan_conversation,
)
from kundrost.entrypoints.cli.demo_stores import GROCERY
from kundrost.ports import ConversationEnded
from kundrost.ports.analyzer import FeedbackInput
from kundrost.settings import Settings

START = datetime.fromisoformat("2026-11-16T08:00:00+01:00")
STORE = GROCERY.context


async def full_flow(calls: int) -> int:
    """Runs `calls` purchases through the product; returns how many were graded."""
    clock = ManualClock(START)
    queue = InProcessJobQueue(clock, autostart=False)
    telephony = SimulatedTelephony()
    container = build_container(Settings.embedded(seed=1))
    container.clock.override(providers.Object(clock))
    container.job_queue.override(providers.Object(queue))
    container.telephony.override(providers.Object(telephony))
    connect(container)
    await container.put_context()(STORE)
    initiate = container.initiate_call()
    for number in range(calls):
        clock.advance(timedelta(minutes=1))
        await initiate(
            InitiateCallCommand(
                verification_id=VerificationId(UUID(int=number + 1)),
                store_id=STORE.store_id,
                phone=PhoneNumber(f"+4670{number:07d}"),
                transaction_time=clock.now() - timedelta(minutes=2),
                transaction_value=Decimal("199.00"),
            )
        )
        await telephony.deliver()
        await queue.drain()
    async with container.new_uow()() as uow:
        graded = await uow.assessments.between(START, clock.now() + timedelta(1))
    return len(graded)


async def conversation_and_analysis(calls: int) -> int:
    """The same conversations and analyses with nothing around them."""
    agent, analyzer = OfflineVoiceAgent(seed=1), OfflineFeedbackAnalyzer()
    analysed = 0
    for number in range(calls):
        now = START + timedelta(minutes=number + 1)
        session_id = CallSessionId(UUID(int=number + 1))
        visit = Visit(STORE.store_id, now - timedelta(minutes=2), Decimal("199.00"))
        plan = plan_conversation(STORE, visit, number, now=now)
        messages: list[Message] = []
        ended: ConversationEnded | None = None
        async for said in agent.converse(plan, session_id):
            if isinstance(said, ConversationEnded):
                ended = said
            else:
                messages.append(said)
        assert ended is not None
        transcript = Transcript(
            TranscriptId(session_id), session_id, messages, ended.duration_seconds, now
        )
        await analyzer.analyse(FeedbackInput(transcript, STORE))
        analysed += 1
    return analysed


def per_second(run: object, calls: int) -> tuple[float, int]:
    started = time.perf_counter()
    done = asyncio.run(run(calls))  # type: ignore[operator]
    return calls / (time.perf_counter() - started), done


def peak_bytes(calls: int) -> int:
    tracemalloc.start()
    try:
        asyncio.run(full_flow(calls))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500, help="calls per run (500)")
    calls = parser.parse_args(argv).calls
    per_second(full_flow, 20)
    flow, graded = per_second(full_flow, calls)
    bare, _ = per_second(conversation_and_analysis, calls)
    peak = peak_bytes(min(calls, 200))
    print(f"calls: {calls} verified purchases in one store, {graded} graded")
    print(f"full flow on the embedded adapters: {flow:,.0f} calls/s ({1000 / flow:.2f} ms each)")
    print(f"baseline (conversation + analysis only): {bare:,.0f} calls/s ({1000 / bare:.2f} ms)")
    print(f"use cases, storage, queue and telephony add {1000 / flow - 1000 / bare:.2f} ms a call")
    print(f"peak traced memory over {min(calls, 200)} calls: {peak / 1024:,.0f} KiB")


if __name__ == "__main__":
    main()
