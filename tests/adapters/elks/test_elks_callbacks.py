"""Reading 46elks' hang-up callback, and what it means for a call session."""

from __future__ import annotations

import pytest

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.elks.callbacks import (
    ElksCallState,
    HangUp,
    event_for,
    voice_token,
    voice_url,
)
from kundrost.domain.call_events import Failed
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.errors import InvalidValue
from tests.adapters.elks.fake_elks import hangup_callback
from tests.unit.call_builders import SESSION_ID, a_call_session

CALL_ID = "c3f1a1b2c3d4e5f60718293a4b5c6d7e8"
NUMBER = "+46701234567"


def a_hangup(state: str, *, answered: bool, duration: int = 0) -> HangUp:
    return HangUp.from_form(
        hangup_callback(CALL_ID, NUMBER, state=state, answered=answered, duration=duration)
    )


def test_a_callback_is_read_without_its_phone_numbers() -> None:
    hangup = a_hangup("success", answered=True, duration=94)
    assert hangup == HangUp(CALL_ID, ElksCallState.SUCCESS, answered=True, duration_seconds=94)
    assert NUMBER not in repr(hangup)
    assert hangup.event_id == f"46elks:{CALL_ID}:success"


def test_a_call_that_never_rang_through_is_not_answered() -> None:
    hangup = a_hangup("failed", answered=False)
    assert (hangup.state, hangup.answered) == (ElksCallState.FAILED, False)


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"state": "failed"}, "id"),
        ({"id": CALL_ID}, "state"),
        ({"id": CALL_ID, "state": "exploded"}, "state"),
        ({"id": CALL_ID, "state": "ongoing"}, "state"),
        ({"id": CALL_ID, "state": "success", "duration": "ninety"}, "duration"),
    ],
)
def test_a_callback_46elks_would_not_send_is_refused(form: dict[str, str], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        HangUp.from_form(form)
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("state", "answered", "event"),
    [
        ("failed", False, Failed(FailureReason.NO_ANSWER)),
        ("busy", False, Failed(FailureReason.BUSY)),
        ("success", True, Failed(FailureReason.TECHNICAL_FAILURE)),
        ("failed", True, Failed(FailureReason.TECHNICAL_FAILURE)),
    ],
)
def test_a_pending_call_that_ended_fails_for_its_reason(
    state: str, answered: bool, event: Failed
) -> None:
    assert event_for(a_hangup(state, answered=answered), a_call_session()) == event


@pytest.mark.parametrize("state", ["success", "failed", "busy"])
def test_a_call_in_progress_is_left_to_its_transcript(state: str) -> None:
    in_progress = a_call_session(CallStatus.IN_PROGRESS)
    assert event_for(a_hangup(state, answered=state == "success"), in_progress) is None


@pytest.mark.parametrize("status", [CallStatus.COMPLETED, CallStatus.ABANDONED, CallStatus.FAILED])
def test_an_ended_session_is_not_moved_again(status: CallStatus) -> None:
    assert event_for(a_hangup("failed", answered=False), a_call_session(status)) is None


def test_the_hang_up_of_an_earlier_attempt_changes_nothing() -> None:
    retried = a_call_session(attempt=2).with_provider_call("c-second-attempt")
    assert event_for(a_hangup("busy", answered=False), retried) is None
    same_call = a_call_session(attempt=2).with_provider_call(CALL_ID)
    assert event_for(a_hangup("busy", answered=False), same_call) == Failed(FailureReason.BUSY)


def test_the_voice_url_keeps_a_path_prefix_of_the_public_url() -> None:
    assert voice_url("https://example.se/kundrost/", "t0k+n", SESSION_ID) == (
        f"wss://example.se/kundrost/voice/46elks/{SESSION_ID}?token=t0k%2Bn"
    )


def test_the_websocket_numbers_voice_url_names_no_session() -> None:
    assert voice_url("http://localhost:8000", "abc") == "ws://localhost:8000/voice/46elks?token=abc"


def test_voice_tokens_are_keyed_digests_per_session_and_for_the_deployment() -> None:
    cipher, other_key = AesGcmCipher(bytes(range(32))), AesGcmCipher(bytes(32))
    deployment = voice_token(cipher)
    assert deployment == voice_token(AesGcmCipher(bytes(range(32))))
    assert deployment != voice_token(other_key)
    assert voice_token(cipher, SESSION_ID) not in (deployment, voice_token(other_key, SESSION_ID))
    assert len(deployment) >= 32
