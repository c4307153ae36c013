"""Inside `bench_voice`'s relay process: how long each frame stays in the relay.

A frame is stamped when the relay has read it from one socket and timed when the relay has
written it to the other, so the figure is the relay's own (its code, its event loop's
queueing) without the phones' or the model's delays. The same points in both relays: for
kundrost the Litestar socket's `receive_text`/`send_text` on 46elks' side and the openai
SDK's `recv_bytes` / the WebSocket's `send` on the model's; for the bare relay the same
ASGI receive and send and the same WebSocket client. Frames are told apart by their first
base64 characters (their send time); only frames read between T0 and T1 count. A frame
that has arrived may also wait for the event loop before the relay reads it: the loop's
lag is watched too.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

KEY = 16


class Stamps:
    def __init__(self, t0: int, t1: int, out: Path) -> None:
        self.t0, self.t1, self.out = t0, t1, out
        self.read: dict[str, int] = {}
        self.uplink: list[float] = []
        self.downlink: list[float] = []
        self.lag: list[float] = []

    def received(self, text: str, key: str) -> None:
        sound = _sound(text, key)
        if sound is not None:
            self.read[sound] = time.monotonic_ns()

    def sent(self, text: str, key: str, into: list[float]) -> None:
        sound = _sound(text, key)
        read = None if sound is None else self.read.pop(sound, None)
        if read is not None and self.t0 <= read <= self.t1:
            into.append((time.monotonic_ns() - read) / 1e6)

    async def write_when_done(self) -> None:
        """Watches the event loop's lag meanwhile (how late a 10 ms sleep wakes: how long a
        frame that has arrived may wait before the relay gets to it), then writes it all."""
        while (now := time.monotonic_ns()) < self.t1 + 1_000_000_000:
            await asyncio.sleep(0.01)
            late = (time.monotonic_ns() - now) / 1e6 - 10.0
            if self.t0 <= now <= self.t1:
                self.lag.append(max(0.0, late))
        figures = {"uplink": self.uplink, "downlink": self.downlink, "lag": self.lag}
        self.out.write_text(json.dumps(figures))


def _sound(text: str | bytes, key: str) -> str | None:
    if isinstance(text, bytes):
        text = text.decode()
    start = text.find(f'"{key}":"')
    return None if start < 0 else text[start + len(key) + 4 : start + len(key) + 4 + KEY]


def stamp_kundrost(stamps: Stamps) -> None:
    """Wraps the four points of kundrost's relay path (in this process only)."""
    from litestar import WebSocket
    from openai.resources.realtime.realtime import AsyncRealtimeConnection
    from websockets.asyncio.connection import Connection

    def wrap(cls: Any, name: str, after: Callable[[Any, Any, Any], None]) -> None:
        original = getattr(cls, name)

        async def wrapped(self: Any, *args: Any, **kwargs: Any) -> Any:
            result = await original(self, *args, **kwargs)
            after(self, args, result)
            return result

        setattr(cls, name, wrapped)

    wrap(WebSocket, "receive_text", lambda _s, _a, text: stamps.received(text, "data"))
    wrap(WebSocket, "send_text", lambda _s, a, _r: stamps.sent(a[0], "data", stamps.downlink))
    wrap(AsyncRealtimeConnection, "recv_bytes", lambda _s, _a, raw: stamps.received(raw, "delta"))
    wrap(Connection, "send", lambda _s, a, _r: stamps.sent(a[0], "audio", stamps.uplink))
