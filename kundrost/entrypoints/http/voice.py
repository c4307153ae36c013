"""`WS /voice/46elks`: the 46elks realtime voice socket of an answered call.

Two URLs lead here. The websocket number's `voice_start` is `wss://<host>/voice/46elks?token=…`
with the deployment's token (`kundrost voice-url` prints it); its `hello` is matched to the
pending call by 46elks' call id or, failing that, the numbers. Without a websocket number a
call connects straight to `wss://<host>/voice/46elks/{call_session_id}?token=…` with the
session's own token. No bearer token (46elks has none): a wrong or missing token closes the
socket before it is accepted (policy violation, 1008), which 46elks' caller hears as busy.
The conversation itself is `TakeCall`'s; this handler only authenticates and hands over.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any
from uuid import UUID

from litestar import WebSocket, websocket
from litestar.params import FromPath, FromQuery
from litestar.status_codes import WS_1008_POLICY_VIOLATION, WS_1013_TRY_AGAIN_LATER

from kundrost.adapters.elks.callbacks import voice_token
from kundrost.adapters.elks.phone_leg import ElksPhoneLeg
from kundrost.domain.errors import DomainError
from kundrost.domain.ids import CallSessionId
from kundrost.entrypoints.http.dependencies import ContainerDep
from kundrost.ports.live_call import PhoneRefused

log = logging.getLogger("kundrost.voice.46elks")


@websocket("/voice/46elks", name="elks_voice")
async def elks_voice(
    socket: WebSocket[Any, Any, Any], container: ContainerDep, token: FromQuery[str | None] = None
) -> None:
    await _take(socket, container, token, None)


@websocket("/voice/46elks/{call_session_id:uuid}", name="elks_session_voice")
async def elks_session_voice(
    socket: WebSocket[Any, Any, Any],
    container: ContainerDep,
    call_session_id: FromPath[UUID],
    token: FromQuery[str | None] = None,
) -> None:
    await _take(socket, container, token, CallSessionId(call_session_id))


async def _take(
    socket: WebSocket[Any, Any, Any],
    container: ContainerDep,
    token: str | None,
    session_id: CallSessionId | None,
) -> None:
    expected = voice_token(container.cipher(), session_id)
    if token is None or not hmac.compare_digest(expected.encode(), token.encode()):
        log.warning("46elks voice socket refused: wrong or missing token")
        await socket.close(code=WS_1008_POLICY_VIOLATION, reason="token")
        return
    if container.realtime_model() is None:
        log.warning("46elks voice socket refused: no realtime model (set KUNDROST_VOICE=openai)")
        await socket.close(code=WS_1013_TRY_AGAIN_LATER, reason="no voice")
        return
    await socket.accept()
    phone = ElksPhoneLeg(socket)
    try:
        await container.take_call()(phone, session_id=session_id)
    except PhoneRefused as refusal:
        log.warning("46elks voice socket closed: %s", refusal)
    except DomainError:
        pass  # TakeCall logged the refusal and hung up
    finally:
        await phone.close()


VOICE_HANDLERS = [elks_voice, elks_session_voice]
