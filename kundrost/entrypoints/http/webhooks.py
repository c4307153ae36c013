"""The 46elks webhooks: what the phone network tells kundrost about a call it placed.

`POST /webhooks/46elks/hangup/{call_session_id}?token=…` is the `whenhangup` URL of every
call `ElksTelephony` places. It needs no bearer token (46elks has none); the token in the
URL, a keyed digest of the session id, is checked in constant time instead. A repeated
delivery is a no-op, and the answer is an empty 204 at once, so 46elks has no reason to
deliver again. The callback's phone numbers are never read, so they cannot reach a log.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from litestar import Controller, post
from litestar.exceptions import HTTPException, PermissionDeniedException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.status_codes import HTTP_204_NO_CONTENT
from litestar.types import ExceptionHandlersMap

from kundrost.adapters.elks.callbacks import HangUp, event_for, hangup_token
from kundrost.domain.errors import DomainError
from kundrost.domain.ids import CallSessionId
from kundrost.entrypoints.http.dependencies import ContainerDep
from kundrost.entrypoints.http.errors import domain_error, http_exception
from kundrost.entrypoints.http.errors_doc import error_spec
from kundrost.entrypoints.metrics import count_call

log = logging.getLogger("kundrost.webhooks.46elks")


_JSON_ERRORS: ExceptionHandlersMap = {HTTPException: http_exception, DomainError: domain_error}


class ElksWebhookController(Controller):
    """Refusals are rendered here too, as the API's error envelope, so the controller answers
    the same in the app and on its own."""

    path = "/webhooks/46elks"
    tags: Sequence[str] = ["Webhooks"]
    exception_handlers = _JSON_ERRORS

    @post(
        "/hangup/{call_session_id:uuid}",
        status_code=HTTP_204_NO_CONTENT,
        operation_id="Elks46HangUp",
        security=[{}],
        summary="46elks reports that a call has ended",
        description=(
            "The `whenhangup` callback of a call placed through 46elks, form-encoded as 46elks "
            "sends it (`id`, `state`, `start`, `duration`, ...). Authenticated by the `token` "
            "in the URL kundrost gave 46elks, not by a bearer token. A call nobody answered "
            "fails (`no_answer` or `busy`) so the retry policy applies; an answered call is "
            "ended by its transcript. Safe to deliver more than once."
        ),
        responses={
            400: error_spec("INVALID_VALUE: not a hang-up callback (`details.field` names why)."),
            403: error_spec("FORBIDDEN: the `token` is missing or not this session's."),
            404: error_spec("NOT_FOUND: no such call session, or it has expired."),
        },
    )
    async def hang_up(
        self,
        call_session_id: FromPath[UUID],
        data: URLEncodedBody[dict[str, Any]],
        container: ContainerDep,
        token: FromQuery[str | None] = None,
    ) -> None:
        session_id = CallSessionId(call_session_id)
        expected = hangup_token(container.cipher(), session_id)
        if token is None or not hmac.compare_digest(expected.encode(), token.encode()):
            log.warning("46elks hang-up for call %s refused: wrong or missing token", session_id)
            raise PermissionDeniedException("the callback token is not valid")
        hangup = HangUp.from_form(data)  # InvalidValue: 400
        session = (await container.call_status()(session_id)).session  # NotFound: 404
        event = event_for(hangup, session)
        log.info(
            "46elks call %s of call %s ended %s after %s s (answered: %s): %s",
            hangup.call_id,
            session_id,
            hangup.state,
            hangup.duration_seconds,
            hangup.answered,
            "nothing to record" if event is None else f"{event.reason}",
        )
        if event is None:
            return
        try:
            moved = await container.record_call_event()(session_id, event, event_id=hangup.event_id)
        except DomainError as refusal:
            # A race with the voice bridge or a retry moved the session on: nothing to do,
            # and an error answer would only make 46elks deliver the callback again.
            log.info("46elks hang-up for call %s not recorded: %s", session_id, refusal.code)
            return
        if moved.status is not session.status:
            count_call(moved.status)
