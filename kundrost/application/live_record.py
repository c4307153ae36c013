"""What the end of a live call means for its session, and the call's one log line."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from kundrost.application.calls_common import failed_if_live, update_attempt
from kundrost.application.live_ending import Ending, LiveOutcome
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import RecordTranscript
from kundrost.domain.call_events import Abandoned, Failed
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import FailureReason
from kundrost.domain.errors import DomainError
from kundrost.ports.availability import Unavailable
from kundrost.ports.live_call import Hello
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.voice")
T = TypeVar("T")
PATIENCE_MS = 60_000
"""How long the end of a call waits for storage that is away: the words exist nowhere else."""


async def record_live_outcome(
    session: CallSession,
    outcome: LiveOutcome,
    record_event: RecordCallEvent,
    record_transcript: RecordTranscript,
    new_uow: UnitOfWorkFactory,
    clock: Clock,
) -> str:
    """Record how the call ended; returns what became of the session, for the log line.

    A failure ending (a voicemail, a broken model) fails the call. What was said is
    recorded as a posted transcript would be, with the call's quality, so analysability
    decides. With nothing said, a hang-up or a no abandons the call, anything else fails
    it as `technical_failure`. A refused recording leaves the call failed, not in progress.
    Storage or cache away (`Unavailable`) is waited out for up to a minute, retrying with
    growing pauses, since what was said is held nowhere else.
    """
    ending, seconds = outcome.ending, outcome.duration_seconds

    async def record() -> CallSession:
        if ending.failure is not None:
            return await record_event(session.id, Failed(ending.failure))
        if outcome.messages:
            recorded = await record_transcript(
                session.id, outcome.messages, seconds, outcome.quality, end_reason=ending.end_reason
            )
            return recorded.session
        if ending in (Ending.SHOPPER_HUNG_UP, Ending.DECLINED):
            return await record_event(session.id, Abandoned(ending.end_reason, seconds))
        return await record_event(session.id, Failed(FailureReason.TECHNICAL_FAILURE))

    try:
        moved = await patiently(record, session)
    except DomainError as refusal:
        change = failed_if_live(FailureReason.TECHNICAL_FAILURE, record_transcript.retention)
        moved = await update_attempt(new_uow, clock, session, change)
        return f"{moved.status} (recording refused: {refusal.code})"
    return f"{moved.status} ({moved.failure_reason or moved.end_reason})"


async def patiently(attempt: Callable[[], Awaitable[T]], session: CallSession) -> T:
    """`attempt()`, again after 0.5, 1, 2, 4 and then every 5 s (real time, whatever time
    the call ran on) while a service is away, until `PATIENCE_MS` have passed."""
    pause, waited = 500, 0
    while True:
        try:
            return await attempt()
        except Unavailable as away:
            if waited >= PATIENCE_MS:
                raise
            log.warning("live call %s waits to be recorded: %s", session.id, away)
            await asyncio.sleep(pause / 1000)
            waited += pause
            pause = min(pause * 2, 5000)


def log_live_call(session: CallSession, hello: Hello, outcome: LiveOutcome, result: str) -> None:
    stats = outcome.stats
    fields = {
        "call_session_id": str(session.id),
        "provider_call_id": hello.call_id,
        "ending": str(outcome.ending),
        "session": result,
        "duration_ms": outcome.duration_ms,
        "first_audio_ms": stats.first_audio_ms,
        "latency_p50_ms": stats.latency_p50,
        "latency_max_ms": stats.latency_max,
        "barge_ins": stats.barge_ins,
        "messages": len(outcome.messages),
        "input_tokens": stats.input_tokens,
        "output_tokens": stats.output_tokens,
    }
    log.info(
        "live call %(call_session_id)s (provider call %(provider_call_id)s) ended %(ending)s "
        "after %(duration_ms)d ms: %(session)s; first audio %(first_audio_ms)s ms, latency "
        "p50 %(latency_p50_ms)s ms, max %(latency_max_ms)s ms, %(barge_ins)d barge-ins, "
        "%(messages)d messages, %(input_tokens)d input and %(output_tokens)d output tokens",
        fields,
        extra={"live_call": fields},
    )
