"""The two far ends of `bench_voice`'s calls, each run as processes of their own.

`python -m tests.bench.bench_voice_ends model PORT_FILE T0 T1 OUT` serves the realtime
model until it is sent SIGTERM: from a call's first message on it streams a 20 ms frame
every 20 ms (a model talking without pause), and it times every frame that arrives.

`python -m tests.bench.bench_voice_ends phones PLAN_FILE FIRST COUNT SECONDS RAMP T0 T1
OUT` makes COUNT calls as 46elks does (`hello`, then a frame every 20 ms, every `sync`
answered at once) and times every frame that arrives.

Every frame carries its send time (monotonic nanoseconds, one clock for every process on
the machine) in its first sound bytes; only frames sent between T0 and T1 are kept, as
milliseconds of trip, in OUT (JSON).
"""

from __future__ import annotations

import asyncio
import base64
import json
import signal
import struct
import sys
import time
from pathlib import Path
from typing import Any

import uvloop
from websockets.asyncio.client import connect
from websockets.asyncio.server import serve

FRAME_S = 0.02
SOUND = bytes([0x55]) * 152


def stamped_frame() -> str:
    """160 bytes of µ-law whose first 8 carry the send time, as base64."""
    return base64.b64encode(struct.pack(">Q", time.monotonic_ns()) + SOUND).decode()


class Trips:
    """Trips of frames sent between `t0` and `t1` (monotonic nanoseconds), in ms."""

    def __init__(self, t0: int, t1: int) -> None:
        self.t0, self.t1 = t0, t1
        self.ms: list[float] = []

    def time(self, message: str, *keys: str) -> None:
        for key in keys:
            start = message.find(f'"{key}":"')
            if start >= 0:
                at = start + len(key) + 4
                sent = struct.unpack(">Q", base64.b64decode(message[at : at + 12])[:8])[0]
                if self.t0 <= sent <= self.t1:
                    self.ms.append((time.monotonic_ns() - sent) / 1e6)
                return


async def model(port_file: Path, trips: Trips, out: Path) -> None:
    async def call(socket: Any) -> None:
        streaming: asyncio.Task[None] | None = None

        async def stream() -> None:
            next_at = time.monotonic()
            while True:
                await socket.send(
                    '{"type":"response.output_audio.delta","response_id":"r1","item_id":"i1",'
                    f'"content_index":0,"delta":"{stamped_frame()}"}}'
                )
                next_at += FRAME_S
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))

        try:
            async for message in socket:
                if streaming is None:
                    await socket.send('{"type":"session.created","session":{}}')
                    streaming = asyncio.create_task(stream())
                trips.time(message, "audio", "data")
        except Exception:
            pass
        finally:
            if streaming is not None:
                streaming.cancel()

    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with serve(call, "127.0.0.1", 0, max_size=None, compression=None) as server:
        port_file.write_text(str(next(iter(server.sockets)).getsockname()[1]))
        await stop.wait()
    out.write_text(json.dumps(trips.ms))


async def phone(url: str, call_id: str, seconds: float, trips: Trips) -> bool:
    """One call; True when it streamed until it hung up."""
    async with connect(url, max_size=None, compression=None) as socket:
        await socket.send(json.dumps({"t": "hello", "callid": call_id, "from": "", "to": ""}))
        if json.loads(await socket.recv()).get("t") != "listening":
            return False

        async def listen() -> None:
            async for message in socket:
                assert isinstance(message, str), "46elks speaks in text frames"
                if message.startswith('{"t":"sync"'):
                    await socket.send('{"t":"sync"}')
                else:
                    trips.time(message, "data", "delta")

        listener = asyncio.create_task(listen())
        loop = asyncio.get_running_loop()
        end, next_at = loop.time() + seconds, loop.time()
        while loop.time() < end and not listener.done():
            await socket.send(f'{{"t":"audio","data":"{stamped_frame()}"}}')
            next_at += FRAME_S
            await asyncio.sleep(max(0.0, next_at - loop.time()))
        finished = not listener.done()
        await socket.send('{"t":"bye","reason":"hangup"}')
        listener.cancel()
        return finished


async def phones(
    plan_file: Path, first: int, count: int, seconds: float, ramp: float, trips: Trips, out: Path
) -> None:
    plan = json.loads(plan_file.read_text())

    async def call(n: int) -> bool:
        await asyncio.sleep(ramp * n / max(1, count))
        try:
            return await phone(plan["url"], plan["calls"][first + n], seconds, trips)
        except Exception:
            return False

    finished = await asyncio.gather(*(call(n) for n in range(count)))
    out.write_text(json.dumps({"finished": sum(finished), "trips": trips.ms}))


def main(argv: list[str]) -> int:
    if argv[0] == "model":
        port_file, t0, t1, out = argv[1:]
        uvloop.run(model(Path(port_file), Trips(int(t0), int(t1)), Path(out)))
    else:
        plan, first, count, seconds, ramp, t0, t1, out = argv[1:]
        trips = Trips(int(t0), int(t1))
        calls = phones(
            Path(plan), int(first), int(count), float(seconds), float(ramp), trips, Path(out)
        )
        uvloop.run(calls)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
