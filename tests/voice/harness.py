"""A served kundrost between both fakes: 46elks connects to its voice socket, and it talks to
a local OpenAI Realtime server.

`VoiceService` serves the real app (uvicorn, in this process) with 46elks telephony (its REST
API faked at the HTTP level by `FakeElks`) and the `openai` voice pointed at `FakeRealtime`.
Live-call times are scaled down (a ten-second call, a two-second silence) and so is the
analysable length, so each journey takes seconds; the rules at their real numbers are
proven on the offline legs in `tests/application/live`.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4

import httpx
import uvicorn
from attrs import define, field
from dependency_injector import providers

from kundrost.adapters.elks.callbacks import voice_token
from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.container import Container, build_container
from kundrost.domain.analysability import AnalysabilityPolicy
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId, VerificationId
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.transcript import Transcript
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.corked import CorkedHttpToolsProtocol
from kundrost.settings import Settings
from tests.adapters.elks.fake_elks import FROM_NUMBER, FakeElks, an_elks_telephony, elks_settings
from tests.adapters.elks.fake_elks_socket import ElksCall, Step
from tests.adapters.openai.fake_realtime import API_KEY, FakeRealtime
from tests.unit.context_builders import STOCKHOLM, STORE_ID, a_business_context

SHOPPER = "+46701234567"
WEBSOCKET_NUMBER = "+46766861999"
FAST = LiveCallPolicy(
    max_seconds=10,
    wrap_up_seconds=8,
    silence_seconds=2,
    answer_seconds=2,
    voicemail_seconds=20,
    goodbye_seconds=4,
    hang_up_seconds=1,
)
SHORT_CALLS = AnalysabilityPolicy(min_seconds=1, max_seconds=10)


def voice_settings(model: FakeRealtime, **changes: Any) -> Settings:
    return elks_settings(
        voice="openai",
        openai_api_key=API_KEY,
        openai_realtime_url=model.url,
        elks_websocket_number=WEBSOCKET_NUMBER,
        **changes,
    )


def voice_container(settings: Settings, elks: FakeElks, policy: LiveCallPolicy = FAST) -> Container:
    container = build_container(settings)
    telephony = an_elks_telephony(
        transport=httpx.MockTransport(elks), websocket_number=WEBSOCKET_NUMBER
    )
    container.telephony.override(providers.Object(telephony))
    container.live_call_policy.override(providers.Object(policy))
    container.record_transcript.add_kwargs(analysability=SHORT_CALLS)
    return container


async def place_call(container: Container, phone: str = SHOPPER) -> CallSession:
    """The call about a verified purchase made at the builders' store earlier today.

    An hour ago, or at the stroke of midnight when the Stockholm day is younger than that,
    so the agent says "i dag" at whatever instant the suite runs.
    """
    now = container.clock().now()
    return await container.initiate_call()(
        InitiateCallCommand(
            verification_id=VerificationId(uuid4()),
            store_id=STORE_ID,
            phone=PhoneNumber(phone),
            transaction_time=earlier_today(now),
            transaction_value=None,
        )
    )


def earlier_today(now: datetime) -> datetime:
    local = now.astimezone(STOCKHOLM)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return max(now - timedelta(hours=1), midnight)


@define
class VoiceService:
    container: Container
    settings: Settings
    elks: FakeElks
    model: FakeRealtime
    port: int = 0
    _server: uvicorn.Server | None = None
    _task: asyncio.Task[None] | None = None
    calls: list[ElksCall] = field(factory=list)

    async def start(self) -> None:
        app = create_app(self.container, self.settings)
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            http=CorkedHttpToolsProtocol,  # as `kundrost serve`: WebSockets upgrade through it
            log_config=None,
            lifespan="on",
        )
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            await asyncio.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        await self.container.put_context()(a_business_context())

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def voice_url(self, session_id: CallSessionId | None = None, token: str | None = None) -> str:
        token = token or voice_token(self.container.cipher(), session_id)
        path = "" if session_id is None else f"/{session_id}"
        return f"ws://127.0.0.1:{self.port}/voice/46elks{path}?token={token}"

    async def place_call(self, phone: str = SHOPPER) -> CallSession:
        """A verified purchase an hour ago, called through (fake) 46elks: pending."""
        return await place_call(self.container, phone)

    def answer(self, session: CallSession, script: list[Step], **changes: Any) -> ElksCall:
        """46elks connects the answered call to the websocket number's URL."""
        settings: dict[str, Any] = {
            "url": self.voice_url(),
            "callid": session.provider_call_id,
            "caller": FROM_NUMBER,
            "callee": SHOPPER,
            "script": script,
            **changes,
        }
        call = ElksCall(**settings)
        self.calls.append(call)
        return call

    async def session(self, session_id: CallSessionId) -> CallSession:
        return (await self.container.call_status()(session_id)).session

    async def transcript(self, session_id: CallSessionId) -> Transcript | None:
        async with self.container.new_uow()() as uow:
            return await uow.transcripts.for_session(session_id)

    async def quality(self, session_id: CallSessionId) -> CallQualityMetrics | None:
        async with self.container.new_uow()() as uow:
            return await uow.quality_metrics.for_session(session_id)

    async def settled(self, session_id: CallSessionId, timeout: float = 5.0) -> CallSession:
        """The session once its live call has ended (no longer in progress)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            session = await self.session(session_id)
            if not session.is_live or loop.time() > deadline:
                return session
            await asyncio.sleep(0.02)
