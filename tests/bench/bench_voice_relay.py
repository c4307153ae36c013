"""The relay process of `bench_voice`: kundrost's voice bridge, or a bare WebSocket relay.

`python -m tests.bench.bench_voice_relay {kundrost|bare} PORT MODEL_URL CALLS PLAN_FILE`
serves on PORT and writes PLAN_FILE once it listens: the URL the phones connect to (with
`PORT` in it) and the call id each phone says in its `hello`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import uvicorn
from dependency_injector import providers

from kundrost.adapters.elks.callbacks import voice_token, voice_url
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.container import build_container
from kundrost.domain.ids import StoreId, VerificationId
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.domain.phone import PhoneNumber
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings
from tests.bench.bench_voice_stamps import Stamps, stamp_kundrost

STORE = StoreId(uuid4())
NEVER_ENDING = LiveCallPolicy(
    max_seconds=3600, wrap_up_seconds=3500, silence_seconds=3600, answer_seconds=60
)
"""No rule of ours ends a call during the measurement: the phones hang up."""


def kundrost(model_url: str, calls: int, plan: Path, stamps: Stamps | None) -> Any:
    settings = Settings.embedded(
        voice="openai", openai_api_key="sk-bench", openai_realtime_url=model_url
    )
    container = build_container(settings)
    container.telephony.override(providers.Object(SimulatedTelephony()))
    container.live_call_policy.override(providers.Object(NEVER_ENDING))
    app = create_app(container, settings)

    async def place_calls() -> None:
        now = container.clock().now()
        call_ids = []
        for n in range(calls):
            session = await container.initiate_call()(
                InitiateCallCommand(
                    verification_id=VerificationId(uuid4()),
                    store_id=STORE,
                    phone=PhoneNumber(f"+4670{n:07d}"),
                    transaction_time=now - timedelta(hours=1),
                    transaction_value=None,
                )
            )
            call_ids.append(session.provider_call_id)
        url = voice_url("http://127.0.0.1:PORT", voice_token(container.cipher()))
        plan.write_text(json.dumps({"url": url, "calls": call_ids}))

    app.on_startup.append(place_calls)
    if stamps is not None:
        stamp_kundrost(stamps)

        async def write_stamps() -> None:
            app.state.stamps = asyncio.create_task(stamps.write_when_done())

        app.on_startup.append(write_stamps)
    return app


def bare(model_url: str, calls: int, plan: Path, stamps: Stamps | None) -> Any:
    """Accept, answer the hello, then pass every text frame through untouched both ways."""
    from websockets.asyncio.client import connect

    tasks: set[asyncio.Task[None]] = set()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (event := await receive())["type"] != "lifespan.shutdown":
                if event["type"] == "lifespan.startup":
                    ids = [f"bare-{n}" for n in range(calls)]
                    plan.write_text(json.dumps({"url": "ws://127.0.0.1:PORT/", "calls": ids}))
                    if stamps is not None:
                        tasks.add(asyncio.create_task(stamps.write_when_done()))
                    await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "websocket":
            return
        await receive()
        await send({"type": "websocket.accept"})
        await receive()
        await send({"type": "websocket.send", "text": '{"t":"listening","format":"ulaw"}'})
        upstream_url = f"{model_url}/realtime?model=bare"
        async with connect(upstream_url, max_size=None, compression=None) as upstream:

            async def downlink() -> None:
                async for message in upstream:
                    assert isinstance(message, str), "the model speaks in text frames"
                    if stamps is not None:
                        stamps.received(message, "delta")
                    await send({"type": "websocket.send", "text": message})
                    if stamps is not None:
                        stamps.sent(message, "delta", stamps.downlink)

            down = asyncio.create_task(downlink())
            while (event := await receive())["type"] == "websocket.receive":
                text = event.get("text") or ""
                if text.startswith('{"t":"bye"'):
                    break
                if stamps is not None:
                    stamps.received(text, "data")
                await upstream.send(text)
                if stamps is not None:
                    stamps.sent(text, "data", stamps.uplink)
            down.cancel()

    return app


def main(argv: list[str]) -> int:
    """`KUNDROST_BENCH_STAMPS=T0:T1:FILE` times each frame inside the relay
    (`bench_voice_stamps`). With `KUNDROST_BENCH_PROFILE=<file>` kundrost's relay runs
    under cProfile, saved `KUNDROST_BENCH_PROFILE_SECONDS` (20) after it starts."""
    kind, port, model_url, calls, plan = argv
    logging.getLogger("kundrost").setLevel(logging.WARNING)
    build = kundrost if kind == "kundrost" else bare
    window = os.environ.get("KUNDROST_BENCH_STAMPS")
    stamps = None
    if window:
        t0, t1, out = window.split(":", 2)
        stamps = Stamps(int(t0), int(t1), Path(out))
    app = build(model_url, int(calls), Path(plan), stamps)
    profile_to = os.environ.get("KUNDROST_BENCH_PROFILE")
    if profile_to and kind == "kundrost":
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()

        async def dump_later() -> None:
            await asyncio.sleep(float(os.environ.get("KUNDROST_BENCH_PROFILE_SECONDS", "20")))
            profiler.disable()
            profiler.dump_stats(profile_to)

        async def start_dump() -> None:
            app.state.profile_dump = asyncio.create_task(dump_later())

        app.on_startup.append(start_dump)
    if os.environ.get("KUNDROST_BENCH_GC") and kind == "kundrost":
        _watch_collections(app)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=int(port),
        loop=os.environ.get("KUNDROST_BENCH_LOOP", "uvloop"),
        http="httptools",
        lifespan="on",
        access_log=False,
        log_level="warning",
    )
    return 0


def _watch_collections(app: Any) -> None:
    """Reports the garbage collector's pauses 16 s after startup (`KUNDROST_BENCH_GC=1`)."""
    import gc
    import time

    pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    started: list[float] = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses[info["generation"]].append((time.perf_counter() - started[0]) * 1000)

    async def report_later() -> None:
        await asyncio.sleep(16)
        for generation, times in pauses.items():
            if times:
                print(
                    f"gc gen{generation}: {len(times)} pauses, max {max(times):.1f} ms, "
                    f"total {sum(times):.0f} ms",
                    file=sys.stderr,
                )

    async def start() -> None:
        gc.callbacks.append(watch)
        app.state.gc_report = asyncio.create_task(report_later())

    app.on_startup.append(start)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
