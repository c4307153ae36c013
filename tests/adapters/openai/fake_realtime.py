"""A local OpenAI Realtime server (GA interface), scripted so a call replays the same.

It speaks the protocol as VOICE.md describes it: `ws://…/v1/realtime?model=…` with a bearer
key; `session.update` → `session.updated`; `input_audio_buffer.append` of base64 µ-law runs
server VAD on the sound itself (a frame with any byte other than µ-law silence is speech;
`silence_duration_ms` of silence ends a turn) → `input_audio_buffer.speech_started`,
`speech_stopped`, `committed`, `conversation.item.added`, then the transcription of the
n-th turn (`shopper_words[n]`, with log-probabilities); `response.create` → a response
(`ms_per_char` of sound per character, unless the reply says otherwise)
whose audio (`response.output_audio.delta`, 20 ms frames sent `speed` times faster than
real time) and transcript say the line of a say-exactly instruction, or the next of
`replies`; a reply may end by calling the hang-up tool. `response.cancel`,
`conversation.item.truncate` and `conversation.item.create` are answered as the API does.
Faults: a refused handshake (`refuse_status`), a model that never speaks (`silent`), a
connection that drops (`drop_after_ms`).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from attrs import define, field
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from kundrost.domain.call_script import END_CALL_TOOL

API_KEY = "sk-realtime-test"
FRAME_MS = 20
SPEECH_BYTE = 0x30
AGENT_BYTE = 0x2A
_SILENCE = {0xFF, 0x7F}
_SAY_EXACTLY = re.compile(r'Säg exakt följande.*?: "(.*)"$', re.DOTALL)


@define
class Reply:
    text: str
    ends_call: bool = False
    ms_per_char: int | None = None
    """How long each character takes to say; the server's `ms_per_char` by default."""


@define
class FakeSession:
    """One connection: what it was sent, and its VAD and response state."""

    model: str
    received: list[dict[str, Any]] = field(factory=list)
    appended_ms: int = 0
    truncations: list[tuple[str, int]] = field(factory=list)
    instructions: list[str] = field(factory=list)
    in_speech: bool = False
    silence_ms: int = 0
    speech_end_ms: int = 0
    user_item: str = ""
    response: asyncio.Task[None] | None = None
    cancelled: bool = False

    def kinds(self) -> list[str]:
        return [event["type"] for event in self.received]

    def config(self) -> dict[str, Any]:
        updates = [e["session"] for e in self.received if e["type"] == "session.update"]
        return updates[-1] if updates else {}


@define
class FakeRealtime:
    shopper_words: list[str] = field(factory=list)
    replies: list[Reply | str] = field(factory=list)
    ms_per_char: int = 10
    first_audio_ms: int = 60
    transcribe_ms: int = 40
    speed: float = 4.0
    refuse_status: int | None = None
    silent: bool = False
    drop_after_ms: int | None = None
    sessions: list[FakeSession] = field(factory=list)
    _server: Server | None = None
    _ids: Any = field(factory=itertools.count)
    _turn: int = 0
    _reply: int = 0

    @property
    def url(self) -> str:
        assert self._server is not None
        port = next(iter(self._server.sockets)).getsockname()[1]
        return f"ws://127.0.0.1:{port}/v1"

    async def start(self) -> None:
        self._server = await serve(
            self._handle, "127.0.0.1", 0, process_request=self._check, max_size=None
        )

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def _check(self, connection: ServerConnection, request: Request) -> Response | None:
        url = urlsplit(request.path)
        if self.refuse_status is not None:
            return connection.respond(self.refuse_status, "refused\n")
        if url.path != "/v1/realtime" or not parse_qs(url.query).get("model"):
            return connection.respond(404, "no such endpoint\n")
        if request.headers.get("Authorization") != f"Bearer {API_KEY}":
            return connection.respond(401, "invalid api key\n")
        return None

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):04d}"

    async def _handle(self, socket: ServerConnection) -> None:
        model = parse_qs(urlsplit(socket.request.path).query)["model"][0]  # type: ignore[union-attr]
        session = FakeSession(model)
        self.sessions.append(session)
        await self._send(socket, {"type": "session.created", "session": {"model": model}})
        try:
            async for raw in socket:
                event = json.loads(raw)
                session.received.append(event)
                await self._on(socket, session, event)
        except ConnectionClosed:
            pass
        finally:
            if session.response is not None:
                session.response.cancel()

    async def _on(self, socket: ServerConnection, session: FakeSession, event: dict[str, Any]):
        kind = event["type"]
        if kind == "session.update":
            await self._send(socket, {"type": "session.updated", "session": event["session"]})
            if self.drop_after_ms is not None:
                asyncio.get_running_loop().call_later(
                    self.drop_after_ms / 1000, socket.transport.abort
                )
        elif kind == "input_audio_buffer.append":
            sound = base64.b64decode(event["audio"])
            event["audio"] = f"<{len(sound)} bytes>"
            await self._hear(socket, session, sound)
        elif kind == "input_audio_buffer.commit":
            if session.in_speech:
                session.in_speech = False
                await self._turn_ended(socket, session, stopped=False)
        elif kind == "response.create":
            await self._respond(socket, session, event.get("response") or {})
        elif kind == "response.cancel":
            if session.response is None or session.response.done():
                error = {"type": "invalid_request_error", "code": "response_cancel_not_active"}
                await self._send(socket, {"type": "error", "error": error})
            else:
                session.cancelled = True
        elif kind == "conversation.item.truncate":
            session.truncations.append((event["item_id"], event["audio_end_ms"]))
            await self._send(socket, {**event, "type": "conversation.item.truncated"})
        elif kind == "conversation.item.create":
            session.instructions.append(event["item"]["content"][0]["text"])
            await self._send(socket, {"type": "conversation.item.added", "item": event["item"]})

    async def _hear(self, socket: ServerConnection, session: FakeSession, sound: bytes) -> None:
        """Server VAD on the sound's own bytes, one 20 ms frame at a time."""
        silence_ms = session.config().get("audio", {}).get("input", {})
        silence_ms = silence_ms.get("turn_detection", {}).get("silence_duration_ms", 500)
        for start in range(0, len(sound), 160):
            frame = sound[start : start + 160]
            at = session.appended_ms
            session.appended_ms += len(frame) // 8
            if any(byte not in _SILENCE for byte in frame):
                session.silence_ms = 0
                session.speech_end_ms = session.appended_ms
                if not session.in_speech:
                    session.in_speech, session.user_item = True, self._id("item")
                    await self._send(
                        socket,
                        {
                            "type": "input_audio_buffer.speech_started",
                            "audio_start_ms": at,
                            "item_id": session.user_item,
                        },
                    )
            elif session.in_speech:
                session.silence_ms += len(frame) // 8
                if session.silence_ms >= silence_ms:
                    session.in_speech = False
                    await self._turn_ended(socket, session)

    async def _turn_ended(
        self, socket: ServerConnection, session: FakeSession, *, stopped: bool = True
    ) -> None:
        item = session.user_item
        if stopped:
            end = {"type": "input_audio_buffer.speech_stopped", "item_id": item}
            await self._send(socket, {**end, "audio_end_ms": session.speech_end_ms})
        await self._send(socket, {"type": "input_audio_buffer.committed", "item_id": item})
        user = {"id": item, "type": "message", "role": "user", "content": []}
        await self._send(socket, {"type": "conversation.item.added", "item": user})
        words = self.shopper_words[self._turn] if self._turn < len(self.shopper_words) else ""
        self._turn += 1
        asyncio.get_running_loop().call_later(
            self.transcribe_ms / 1000,
            lambda: asyncio.ensure_future(self._transcribed(socket, item, words)),
        )

    async def _transcribed(self, socket: ServerConnection, item: str, words: str) -> None:
        logprobs = [{"token": w, "logprob": -0.05, "bytes": []} for w in words.split()]
        completed = {
            "type": "conversation.item.input_audio_transcription.completed",
            "item_id": item,
            "content_index": 0,
            "transcript": words,
            "logprobs": logprobs,
        }
        await self._send(socket, completed)

    async def _respond(
        self, socket: ServerConnection, session: FakeSession, response: dict[str, Any]
    ) -> None:
        said = _SAY_EXACTLY.search(response.get("instructions") or "")
        if said is not None:
            reply = Reply(said.group(1))
        elif self._reply < len(self.replies):
            next_reply = self.replies[self._reply]
            reply = next_reply if isinstance(next_reply, Reply) else Reply(next_reply)
            self._reply += 1
        else:
            reply = Reply("Tack så mycket, ha en fin dag!", ends_call=True)
        session.cancelled = False
        session.response = asyncio.create_task(self._speak(socket, session, reply))

    async def _speak(self, socket: ServerConnection, session: FakeSession, reply: Reply) -> None:
        response_id, item = self._id("resp"), self._id("item")
        await self._send(socket, {"type": "response.created", "response": {"id": response_id}})
        if self.silent:
            return
        await asyncio.sleep(self.first_audio_ms / 1000)
        assistant = {"id": item, "type": "message", "role": "assistant", "content": []}
        await self._send(socket, {"type": "conversation.item.added", "item": assistant})
        pace = reply.ms_per_char or self.ms_per_char
        frames = max(1, len(reply.text) * pace // FRAME_MS)
        words = reply.text.split()
        delta = base64.b64encode(bytes([AGENT_BYTE]) * 160).decode()
        status = "completed"
        for number in range(frames):
            if session.cancelled:
                status = "cancelled"
                break
            common = {"response_id": response_id, "item_id": item, "content_index": 0}
            await self._send(
                socket, {"type": "response.output_audio.delta", **common, "delta": delta}
            )
            share = words[number * len(words) // frames : (number + 1) * len(words) // frames]
            if share:
                text = " ".join(share) + " "
                await self._send(
                    socket,
                    {"type": "response.output_audio_transcript.delta", **common, "delta": text},
                )
            await asyncio.sleep(FRAME_MS / 1000 / self.speed)
        common = {"response_id": response_id, "item_id": item}
        if status == "completed":
            await self._send(socket, {"type": "response.output_audio.done", **common})
            done = {"type": "response.output_audio_transcript.done", **common}
            await self._send(socket, {**done, "transcript": reply.text})
            if reply.ends_call:
                call = {"type": "response.function_call_arguments.done", "response_id": response_id}
                await self._send(
                    socket,
                    {**call, "call_id": self._id("call"), "name": END_CALL_TOOL, "arguments": "{}"},
                )
        usage = {"input_tokens": 120, "output_tokens": frames, "total_tokens": 120 + frames}
        body = {"id": response_id, "status": status, "usage": usage}
        await self._send(socket, {"type": "response.done", "response": body})

    async def _send(self, socket: ServerConnection, event: dict[str, Any]) -> None:
        event.setdefault("event_id", self._id("event"))
        with contextlib.suppress(ConnectionClosed):
            await socket.send(json.dumps(event))
