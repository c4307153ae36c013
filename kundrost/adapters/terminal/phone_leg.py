"""TerminalPhoneLeg: the shopper's phone as a terminal — the agent's words printed, the
shopper's typed.

Typed words are the "sound" the leg sends (see `OfflineRealtimeModel`): a moment's silence
for thought, then the line, lasting its speaking time. The call runs on `SpeechTime`: each
printed line moves it by the time the words take to say, each typed line by the thought and
its speaking time once the line has been taken in, so the 120-second budget counts speech,
not typing. An empty line is `pause_ms` of silence; `/lägg på` or the end of the input hangs
up. The next line is read once the agent has finished its turn (nothing printed for
`quiet_seconds`), as a person waits for a question before answering it.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable

from kundrost.adapters.offline.speaking_pace import SpeakingPace
from kundrost.adapters.offline.speech_time import SpeechTime
from kundrost.ports.live_call import (
    Audio,
    Hello,
    PhoneClose,
    PhoneClosed,
    PhoneEvent,
    Played,
    ShopperAudio,
)

HANG_UP = "/lägg på"
ENDED = "— samtalet är avslutat —"
THINK_MS = 1000
Lines = Callable[[], Awaitable[str | None]]
"""The next line typed, without its newline, or None at the end of the input."""


def stdin_lines() -> Lines:
    """Lines of standard input, read by a daemon thread so that a call that ends while a
    person is still typing does not keep the program waiting for Enter."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\n"))
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=read, name="kundrost-talk-stdin", daemon=True).start()
    return queue.get


class TerminalPhoneLeg:
    """`ports.PhoneLeg` at a terminal; `show` prints a line for the person."""

    def __init__(
        self,
        hello: Hello,
        lines: Lines,
        show: Callable[[str], None],
        time: SpeechTime,
        *,
        pace: SpeakingPace | None = None,
        echo: bool = False,
        pause_ms: int = 5000,
        quiet_seconds: float = 0.1,
    ) -> None:
        self.hello, self.lines, self.show, self.time = hello, lines, show, time
        self.pace = pace or SpeakingPace()
        self.echo, self.pause_ms, self.quiet_seconds = echo, pause_ms, quiet_seconds
        self._events: asyncio.Queue[PhoneEvent] = asyncio.Queue()
        self._plays = 0
        self._last_play = 0.0
        self._closed = False
        self._reader: asyncio.Task[None] | None = None

    async def answer(self) -> Hello:
        self._reader = asyncio.create_task(self._read())
        return self.hello

    async def events(self) -> AsyncIterator[PhoneEvent]:
        while True:
            event = await self._events.get()
            yield event
            if isinstance(event, PhoneClosed):
                return

    async def play(self, audio: Audio) -> None:
        if self._closed:
            return
        self.show(f"Agent: {audio.payload}")
        self.time.advance(audio.ms)
        self._plays += 1
        self._last_play = asyncio.get_running_loop().time()

    async def mark(self) -> None:
        if not self._closed:
            self._events.put_nowait(Played())

    async def interrupt(self) -> None:
        """Every line is printed whole at once: nothing is ever queued to drop."""

    async def hang_up(self) -> None:
        if not self._closed:
            self.show(ENDED)
        self._close(PhoneClose.DONE)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()

    async def _read(self) -> None:
        plays_before: int | None = 0
        while not self._closed:
            await self._agent_finished(plays_before)
            if self._closed:
                return
            self.show("Du:")
            line = await self.lines()
            if line is None or line.strip() == HANG_UP:
                return self._close(PhoneClose.HANGUP)
            text = line.strip()
            if self.echo:
                self.show(f"  {text}")
            if not text:
                plays_before = None
                self.time.advance(self.pause_ms)
                await asyncio.sleep(self.quiet_seconds)
                continue
            plays_before = self._plays
            speaking = self.pace.speaking_ms(text)
            self._events.put_nowait(ShopperAudio(Audio("", THINK_MS)))
            self._events.put_nowait(ShopperAudio(Audio(text, speaking)))
            await asyncio.sleep(self.quiet_seconds)
            self.time.advance(THINK_MS + speaking)

    async def _agent_finished(self, plays_before: int | None) -> None:
        """Until the agent has said something since `plays_before` (when given) and then
        nothing for `quiet_seconds`."""
        loop = asyncio.get_running_loop()
        while plays_before is not None and self._plays == plays_before and not self._closed:
            await asyncio.sleep(self.quiet_seconds / 4)
        while loop.time() - self._last_play < self.quiet_seconds and not self._closed:
            await asyncio.sleep(self.quiet_seconds / 4)

    def _close(self, reason: PhoneClose) -> None:
        if not self._closed:
            self._closed = True
            self._events.put_nowait(PhoneClosed(reason))
