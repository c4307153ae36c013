"""46elks as it connects to kundrost's voice socket: one answered call, speaking the realtime
voice protocol exactly (JSON messages keyed by `t`).

It opens the socket, says `hello {callid, from, to}`, and streams the shopper's sound as
`audio` every 20 ms in real time from then on (µ-law silence, or speech while the script
says so), once kundrost has said `listening`. What kundrost sends after `sending` is played
in real time, however fast it arrives; `sync` is answered once everything sent before it
has been played; `interrupt` drops what is queued (outstanding syncs are answered at once)
and ignores audio until the next `sending`; kundrost's `bye` is answered with
`bye {reason: done}` and the socket closed, unless `answers_bye` is off. The shopper's
script: `Say`, `Pause`, `AgentSpeaks` (wait until kundrost's sound plays, then some),
`AgentQuiet` (wait until it has played out), `HangUp` (`bye {reason: hangup}`), `Drop`
(the connection is cut without a word).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from typing import Any

from attrs import define, field
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

FRAME_S = 0.02
SILENCE = base64.b64encode(b"\xff" * 160).decode()
SPEECH = base64.b64encode(b"\x30" * 160).decode()


@define
class Say:
    ms: int


@define
class Pause:
    ms: int


@define
class AgentSpeaks:
    after_ms: int = 0


@define
class AgentQuiet:
    gap_ms: int = 200


@define
class HangUp:
    pass


@define
class Drop:
    pass


Step = Say | Pause | AgentSpeaks | AgentQuiet | HangUp | Drop


@define
class ElksCall:
    """One call as 46elks sees it; times are the event loop's, in seconds."""

    url: str
    callid: str
    caller: str
    callee: str
    script: list[Step] = field(factory=list)
    answers_bye: bool = True
    received: list[dict[str, Any]] = field(factory=list)
    hello_at: float = 0.0
    first_sound_at: float | None = None
    sound_ms: int = 0
    dropped_ms: int = 0
    interrupts: int = 0
    bye_at: float | None = None
    close_code: int | None = None
    refused: bool = False
    timed_out: bool = False
    _socket: ClientConnection | None = None
    _listening: bool = False
    _sending: bool = False
    _play_end: float = 0.0
    _speak_until: float = 0.0
    _syncs: list[asyncio.TimerHandle] = field(factory=list)
    _sending_syncs: set[asyncio.Future[None]] = field(factory=set)
    _done: asyncio.Event = field(factory=asyncio.Event)

    def kinds(self) -> list[str]:
        return [message["t"] for message in self.received]

    def playing(self) -> bool:
        return asyncio.get_running_loop().time() < self._play_end

    async def run(self, timeout: float = 30.0) -> ElksCall:
        """The whole call: until kundrost closes it or the script drops it; after `timeout`
        46elks hangs up without a word (`timed_out`)."""
        try:
            self._socket = await connect(self.url, max_size=None)
        except Exception:
            self.refused = True
            return self
        loop = asyncio.get_running_loop()
        hello = {"t": "hello", "callid": self.callid, "from": self.caller, "to": self.callee}
        self.hello_at = loop.time()
        await self._socket.send(json.dumps(hello))
        tasks = [asyncio.create_task(self._receive()), asyncio.create_task(self._stream())]
        script = asyncio.create_task(self._play_script())
        try:
            await asyncio.wait_for(self._done.wait(), timeout)
        except TimeoutError:
            self.timed_out = True
        finally:
            for task in (*tasks, script):
                task.cancel()
            await asyncio.gather(*tasks, script, return_exceptions=True)
            with contextlib.suppress(Exception):
                await self._socket.close()
        return self

    def speak(self, ms: int) -> None:
        """The shopper speaks for `ms` from now (what a `Say` step does)."""
        self._speak_until = asyncio.get_running_loop().time() + ms / 1000

    async def hang_up(self) -> None:
        """The shopper hangs up (what a `HangUp` step does)."""
        assert self._socket is not None
        await self._socket.send(json.dumps({"t": "bye", "reason": "hangup"}))
        await self._socket.close()

    async def _receive(self) -> None:
        assert self._socket is not None
        loop = asyncio.get_running_loop()
        try:
            async for raw in self._socket:
                message = json.loads(raw)
                self._on(message, loop.time())
                if message["t"] == "bye":
                    self.bye_at = loop.time()
                    if self.answers_bye:
                        await self._socket.send(json.dumps({"t": "bye", "reason": "done"}))
                        await self._socket.close()
                        break
        except ConnectionClosed:
            pass
        self.close_code = self._socket.close_code
        self._done.set()

    def _on(self, message: dict[str, Any], now: float) -> None:
        kind = message["t"]
        if kind == "audio":
            ms = len(base64.b64decode(message["data"])) // 8
            if not self._sending:
                self.dropped_ms += ms
                return
            self.received.append({"t": "audio", "ms": ms})
            self.first_sound_at = self.first_sound_at or max(now, self._play_end)
            self._play_end = max(now, self._play_end) + ms / 1000
            self.sound_ms += ms
            return
        self.received.append(message)
        if kind == "listening":
            self._listening = message.get("format") == "ulaw"
        elif kind == "sending":
            self._sending = message.get("format") == "ulaw"
        elif kind == "sync":
            delay = max(0.0, self._play_end - now)
            self._syncs.append(asyncio.get_running_loop().call_later(delay, self._answer_sync))
        elif kind == "interrupt":
            self.interrupts += 1
            self._sending, self._play_end = False, now
            for handle in self._syncs:
                if not handle.cancelled():
                    handle.cancel()
                    self._answer_sync()
            self._syncs.clear()

    def _answer_sync(self) -> None:
        if self._socket is not None:
            task = asyncio.ensure_future(self._quietly(self._socket.send('{"t": "sync"}')))
            self._sending_syncs.add(task)
            task.add_done_callback(self._sending_syncs.discard)

    async def _stream(self) -> None:
        """A frame every 20 ms from `listening` on, on a schedule that does not drift."""
        assert self._socket is not None
        loop = asyncio.get_running_loop()
        while not self._listening:
            await asyncio.sleep(0.002)
        next_at = loop.time()
        while True:
            sound = SPEECH if loop.time() < self._speak_until else SILENCE
            await self._socket.send(f'{{"t":"audio","data":"{sound}"}}')
            next_at += FRAME_S
            await asyncio.sleep(max(0.0, next_at - loop.time()))

    async def _play_script(self) -> None:
        assert self._socket is not None
        loop = asyncio.get_running_loop()
        for step in self.script:
            if isinstance(step, Say):
                self.speak(step.ms)
                await asyncio.sleep(step.ms / 1000)
            elif isinstance(step, Pause):
                await asyncio.sleep(step.ms / 1000)
            elif isinstance(step, AgentSpeaks):
                while not self.playing():
                    await asyncio.sleep(0.005)
                await asyncio.sleep(step.after_ms / 1000)
            elif isinstance(step, AgentQuiet):
                while not self.playing():
                    await asyncio.sleep(0.005)
                while loop.time() < self._play_end + step.gap_ms / 1000:
                    await asyncio.sleep(0.01)
            elif isinstance(step, HangUp):
                return await self.hang_up()
            elif isinstance(step, Drop):
                self._socket.transport.abort()
                return

    @staticmethod
    async def _quietly(sending: Any) -> None:
        with contextlib.suppress(ConnectionClosed):
            await sending
