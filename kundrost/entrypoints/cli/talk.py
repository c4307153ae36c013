"""`kundrost talk`: a feedback call in the terminal — the offline agent asks, you answer.

The same live conversation as a phone call (`TakeCall`, the same rules: the disclosure and
the request for a minute, consent, the language rule, silence, the 120-second budget), on
the embedded adapters: the offline model leg asks the plan's Swedish questions of the
example store, you type the shopper's answers, and the call is recorded, analysed and
graded as any other. Time is speaking time (`SpeechTime`): the budget counts how long the
words take to say, not how long you take to type. An empty line is five seconds of
silence; `/lägg på` or the end of the input (Ctrl-D) hangs up. How the call ended is told
in Swedish (`call_words`); the codes stay with the API and the logs.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable
from datetime import datetime, time, timedelta
from decimal import Decimal
from uuid import uuid4

from dependency_injector import providers

from kundrost.adapters.offline.realtime_model import OfflineRealtimeModel
from kundrost.adapters.offline.speech_time import SpeechTime
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.terminal import TerminalPhoneLeg, stdin_lines
from kundrost.adapters.terminal.phone_leg import Lines
from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.container import Container, build_container, close_resources, connect, open_resources
from kundrost.domain.ids import CallSessionId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.entrypoints.cli.call_words import (
    ending_line,
    grade_line,
    reward_line,
    status_line,
)
from kundrost.entrypoints.cli.example import CONTEXT
from kundrost.ports.live_call import Hello
from kundrost.settings import Settings

SHOPPER = PhoneNumber("+46700000000")
"""A made-up number: the simulated network places the call, the terminal answers it."""
CALLER = "+46766860000"
PURCHASE_VALUE = Decimal("249.00")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "talk", help="a feedback call in the terminal: the offline agent asks, you answer"
    )
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace) -> int:
    logging.getLogger("kundrost").setLevel(logging.WARNING)
    return asyncio.run(talk(echo=not sys.stdin.isatty()))


async def talk(
    lines: Lines | None = None, show: Callable[[str], None] = print, *, echo: bool = False
) -> int:
    """Hold one call with the person at `lines`, show it with `show`, then its grade."""
    container = build_container(Settings.embedded())
    container.telephony.override(providers.Object(SimulatedTelephony()))
    connect(container)
    await open_resources(container)
    try:
        session_id, call_id = await _placed_call(container)
        speech = SpeechTime()
        hello = Hello(call_id, caller=CALLER, callee=SHOPPER.e164)
        phone = TerminalPhoneLeg(hello, lines or stdin_lines(), show, speech, echo=echo)
        take_call = container.take_call(realtime=OfflineRealtimeModel(speech), call_time=speech)
        show(
            f"Samtal från {CONTEXT.store_name}. Svara som kunden; tom rad = tystnad, "
            "/lägg på avslutar."
        )
        try:
            outcome = await take_call(phone)
        finally:
            await phone.close()
        await container.job_queue().drain()
        show(ending_line(outcome.ending, outcome.duration_seconds))
        await _show_grade(container, session_id, show)
    finally:
        await close_resources(container)
    return 0


async def _placed_call(container: Container) -> tuple[CallSessionId, str]:
    await container.put_context()(CONTEXT)
    now = container.clock().now()
    session = await container.initiate_call()(
        InitiateCallCommand(
            verification_id=VerificationId(uuid4()),
            store_id=CONTEXT.store_id,
            phone=SHOPPER,
            transaction_time=_latest_noon(now.astimezone(CONTEXT.zone)),
            transaction_value=PURCHASE_VALUE,
        )
    )
    assert session.provider_call_id is not None, "the simulated network always places a call"
    return session.id, session.provider_call_id


def _latest_noon(local_now: datetime) -> datetime:
    """Noon today when it has passed, else noon yesterday: a purchase within the example
    store's opening hours, so the timing check does not flag it."""
    noon = datetime.combine(local_now.date(), time(12), tzinfo=local_now.tzinfo)
    return noon if noon <= local_now - timedelta(minutes=10) else noon - timedelta(days=1)


async def _show_grade(
    container: Container, session_id: CallSessionId, show: Callable[[str], None]
) -> None:
    session = (await container.call_status()(session_id)).session
    reason = session.failure_reason or session.end_reason
    show(status_line(session.status, reason, session.duration_seconds))
    async with container.new_uow()() as uow:
        assessment = await uow.assessments.for_session(session_id)
    if assessment is None:
        show("Ingen bedömning: samtalet gick inte att analysera.")
        return
    show(grade_line(assessment.scores))
    if assessment.reward_percentage is not None:
        show(reward_line(assessment.reward_percentage))
    else:
        show("Ingen återbäring för det här samtalet.")
