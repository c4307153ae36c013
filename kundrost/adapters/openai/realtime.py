"""OpenAIRealtime: the realtime model leg on the OpenAI Realtime API (GA), over the openai SDK.

One WebSocket per call, opened by `client.realtime.connect(model=…)`; the SDK's own
reconnection stays off, because a new session would not know the conversation. Events are
read as raw JSON (`recv_bytes`) and sent as raw JSON (`send_raw`): the SDK's typed models
cost about 0.4 ms an event, too much for fifty sound frames a second in each of hundreds
of calls. The sound frames themselves go straight to the connection's WebSocket: the
SDK's send queue, which only matters while it reconnects (never, here), costs a third of
a frame's relay. Sound passes through as the base64 µ-law text it arrives in.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import openai

from kundrost.adapters.openai.realtime_session import clarity, session_update, usage
from kundrost.adapters.ulaw import ulaw_ms
from kundrost.domain.call_script import END_CALL_TOOL, CallScript, say_exactly
from kundrost.ports.live_call import (
    AgentAudio,
    AgentDone,
    AgentText,
    Audio,
    EndCallRequested,
    ModelEvent,
    ModelLost,
    ModelUnavailable,
    ShopperSaid,
    SpeechStarted,
    SpeechStopped,
)

log = logging.getLogger("kundrost.voice.openai")
FRAMES = logging.getLogger("kundrost.voice.openai.frames")
"""The WebSocket library's own log of the realtime connection: at DEBUG it prints every
frame, and frames carry the shopper's sound and words, so it never goes below INFO."""
FRAMES.setLevel(logging.INFO)

CONNECT_SECONDS = 10.0


class OpenAIRealtime:
    """`ports.RealtimeModel`: one SDK client for the process, one `OpenAIModelLeg` per call.
    `websocket_url` is the realtime root (`wss://api.openai.com/v1` by default)."""

    def __init__(
        self,
        *,
        api_key: str,
        model: str = "gpt-realtime-mini",
        websocket_url: str | None = None,
        connect_seconds: float = CONNECT_SECONDS,
    ) -> None:
        self.model = model
        self.connect_seconds = connect_seconds
        self._client = openai.AsyncOpenAI(
            api_key=api_key, websocket_base_url=websocket_url, max_retries=0
        )

    def leg(self) -> OpenAIModelLeg:
        return OpenAIModelLeg(self._client, self.model, self.connect_seconds)

    async def start(self) -> None:
        """Each call opens its own connection; the SDK's realtime modules are loaded now, so
        the first call's greeting does not wait for them."""
        _ = self._client.realtime

    async def close(self) -> None:
        await self._client.close()


class OpenAIModelLeg:
    def __init__(self, client: openai.AsyncOpenAI, model: str, connect_seconds: float) -> None:
        self._client, self._model, self._connect_seconds = client, model, connect_seconds
        self._connection: Any = None
        self._sound: Any = None
        self._closing = False
        self._responding = False

    async def connect(self) -> None:
        manager = self._client.realtime.connect(
            model=self._model,
            websocket_connection_options={"logger": FRAMES},  # type: ignore[typeddict-unknown-key]
        )
        try:
            self._connection = await asyncio.wait_for(manager.enter(), self._connect_seconds)
        except Exception as error:
            raise ModelUnavailable(_code(error)) from None
        # the SDK's websocket, not part of its typed surface
        socket: Any = getattr(self._connection, "_connection", None)
        self._sound = socket.send if callable(getattr(socket, "send", None)) else None

    async def start(self, script: CallScript) -> None:
        await self._send(json.dumps(session_update(script, model=self._model)))

    async def hear(self, audio: Audio) -> None:
        append = f'{{"type":"input_audio_buffer.append","audio":"{audio.payload}"}}'
        if self._sound is None or self._closing:
            return await self._send(append)
        try:
            await self._sound(append)
        except Exception as error:
            log.debug("a sound frame was not sent: %s", _code(error))

    async def say(self, line: str) -> None:
        await self._respond({"instructions": say_exactly(line)})

    async def respond(self) -> None:
        await self._respond({})

    async def instruct(self, text: str) -> None:
        item = {
            "type": "message",
            "role": "system",
            "content": [{"type": "input_text", "text": text}],
        }
        await self._send(json.dumps({"type": "conversation.item.create", "item": item}))

    async def stop(self, item_id: str, heard_ms: int) -> None:
        if self._responding:
            await self._send('{"type":"response.cancel"}')
        if item_id:
            truncate = {
                "type": "conversation.item.truncate",
                "item_id": item_id,
                "content_index": 0,
                "audio_end_ms": max(0, heard_ms),
            }
            await self._send(json.dumps(truncate))

    async def end_turn(self) -> None:
        await self._send('{"type":"input_audio_buffer.commit"}')

    async def events(self) -> AsyncIterator[ModelEvent]:
        connection = self._connection
        while connection is not None:
            try:
                raw = await connection.recv_bytes()
            except Exception as error:
                if not self._closing:
                    yield ModelLost(_code(error))
                return
            event = self._read(json.loads(raw))
            if event is not None:
                yield event

    async def close(self) -> None:
        self._closing = True
        if self._connection is not None:
            try:
                await self._connection.close()
            except Exception as error:
                log.debug("closing the realtime connection failed: %s", _code(error))

    async def _respond(self, response: dict[str, Any]) -> None:
        self._responding = True
        await self._send(json.dumps({"type": "response.create", "response": response}))

    async def _send(self, message: str) -> None:
        """Send, or do nothing on a lost connection: `events` reports the loss."""
        if self._connection is None or self._closing:
            return
        try:
            await self._connection.send_raw(message)
        except Exception as error:
            log.debug("a realtime event was not sent: %s", _code(error))

    def _read(self, event: dict[str, Any]) -> ModelEvent | None:
        kind = event.get("type")
        if kind == "response.output_audio.delta":
            delta = event["delta"]
            return AgentAudio(event["item_id"], Audio(delta, ulaw_ms(delta)))
        if kind == "input_audio_buffer.speech_started":
            return SpeechStarted(event["item_id"], int(event["audio_start_ms"]))
        if kind == "input_audio_buffer.speech_stopped":
            return SpeechStopped(event["item_id"], int(event["audio_end_ms"]))
        if kind == "conversation.item.input_audio_transcription.completed":
            words = event.get("transcript") or ""
            return ShopperSaid(event["item_id"], words, clarity(event.get("logprobs")))
        if kind == "conversation.item.input_audio_transcription.failed":
            log.warning("a shopper turn could not be transcribed: %s", _error_code(event))
            return ShopperSaid(event["item_id"], "", None)
        if kind == "response.output_audio_transcript.delta":
            return AgentText(event["item_id"], event.get("delta") or "")
        if kind == "response.output_audio_transcript.done":
            return AgentText(event["item_id"], event.get("transcript") or "", final=True)
        if kind == "response.function_call_arguments.done" and event.get("name") == END_CALL_TOOL:
            return EndCallRequested()
        if kind == "response.created":
            self._responding = True
        elif kind == "response.done":
            self._responding = False
            return AgentDone(*usage(event.get("response")))
        elif kind == "error":
            log.warning("the realtime model reported an error: %s", _error_code(event))
        return None


def _error_code(event: dict[str, Any]) -> str:
    """The error's type and code, never its message: it may quote what was said."""
    error = event.get("error") or {}
    return f"{error.get('type')}/{error.get('code')}"


def _code(error: BaseException) -> str:
    status = getattr(getattr(error, "response", None), "status_code", None)
    return f"{type(error).__name__}{f' {status}' if status else ''}"
