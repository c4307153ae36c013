"""ElksPhoneLeg: the shopper's phone on the 46elks realtime voice WebSocket (beta).

46elks opens the socket when the shopper answers and speaks JSON messages keyed by `t`:
`hello {callid, from, to}` first, then `audio {data}` (base64), `sync` (the answer to ours,
once everything sent before it has been played) and `bye {reason}` last. We say
`listening` and `sending` with the format before sound flows (`ulaw`: 8 kHz µ-law, what
the realtime model hears and speaks), `audio`, `interrupt` (drops the queued sound; a new
`sending` must follow), `sync` and `bye`. Messages are read and written as text; the sound
is never decoded. Numbers in `hello` go to the conversation, never to a log.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from litestar import WebSocket
from litestar.exceptions import WebSocketDisconnect

from kundrost.adapters.ulaw import ulaw_ms
from kundrost.ports.live_call import (
    Audio,
    Hello,
    PhoneClose,
    PhoneClosed,
    PhoneEvent,
    PhoneRefused,
    Played,
    ShopperAudio,
)

log = logging.getLogger("kundrost.voice.46elks")

FORMAT = "ulaw"
HELLO_SECONDS = 10.0
_LISTENING = json.dumps({"t": "listening", "format": FORMAT})
_SENDING = json.dumps({"t": "sending", "format": FORMAT})
_SYNC, _INTERRUPT, _BYE = '{"t":"sync"}', '{"t":"interrupt"}', '{"t":"bye"}'
_REASONS = {reason.value: reason for reason in (PhoneClose.DONE, PhoneClose.HANGUP)}


class ElksPhoneLeg:
    """`ports.PhoneLeg` on an accepted Litestar WebSocket from 46elks."""

    def __init__(self, socket: WebSocket[Any, Any, Any], hello_seconds: float = HELLO_SECONDS):
        self._socket = socket
        self._hello_seconds = hello_seconds
        self._sending = False
        self._said_bye = False
        self._closed = False
        self._released = False

    async def answer(self) -> Hello:
        try:
            text = await asyncio.wait_for(self._socket.receive_text(), self._hello_seconds)
            message = json.loads(text)
        except (TimeoutError, WebSocketDisconnect, ValueError):
            raise PhoneRefused("no hello from 46elks") from None
        kind, call_id, caller, callee = (
            message.get(name) if isinstance(message, dict) else None for name in _HELLO
        )
        if not (
            kind == "hello"
            and isinstance(call_id, str)
            and isinstance(caller, str)
            and isinstance(callee, str)
        ):
            raise PhoneRefused("the first message was not a hello")
        await self._send(_LISTENING)
        return Hello(call_id=call_id, caller=caller, callee=callee)

    async def events(self) -> AsyncIterator[PhoneEvent]:
        while True:
            try:
                message = json.loads(await self._socket.receive_text())
            except WebSocketDisconnect:
                self._closed = True
                yield PhoneClosed(PhoneClose.LOST)
                return
            except ValueError:
                log.warning("46elks sent a message that is not JSON; ignored")
                continue
            kind = message.get("t") if isinstance(message, dict) else None
            if kind == "audio" and isinstance(data := message.get("data"), str):
                yield ShopperAudio(Audio(data, ulaw_ms(data)))
            elif kind == "sync":
                yield Played()
            elif kind == "bye":
                self._closed = True
                yield PhoneClosed(_REASONS.get(str(message.get("reason")), PhoneClose.ERROR))
                return

    async def play(self, audio: Audio) -> None:
        if not self._sending:
            self._sending = True
            await self._send(_SENDING)
        await self._send(f'{{"t":"audio","data":"{audio.payload}"}}')

    async def mark(self) -> None:
        await self._send(_SYNC)

    async def interrupt(self) -> None:
        if self._sending:
            self._sending = False
            await self._send(_INTERRUPT)

    async def hang_up(self) -> None:
        if not self._said_bye:
            self._said_bye = True
            await self._send(_BYE)

    async def close(self) -> None:
        self._closed = True
        if not self._released:
            self._released = True
            with contextlib.suppress(WebSocketDisconnect, RuntimeError, OSError):
                await self._socket.close()

    async def _send(self, text: str) -> None:
        if self._closed:
            return
        try:
            await self._socket.send_text(text)
        except (WebSocketDisconnect, RuntimeError, OSError):
            self._closed = True


_HELLO = ("t", "callid", "from", "to")
