"""Recorded calls at Lindqvists Livs, stored as the call flow leaves them, for analysis tests."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from itertools import count

from attrs import frozen

from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import CallSessionId, StoreId, TranscriptId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.transcript import Transcript
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.unit.grading_builders import STORE_ID, a_store_context, at
from tests.unit.transcript_builders import AI, CUSTOMER, SWEDISH_TALK, Turn, messages_of

STARTED_AT = at("2026-05-12 14:30")
"""A Tuesday afternoon in Stockholm, when the store is open 08:00–20:00."""
DAYTIME_PURCHASE = at("2026-05-12 14:05")
NIGHT_PURCHASE = at("2026-05-12 02:00")

ANSWER_SETS: tuple[tuple[str, ...], ...] = (
    (
        "Köttdisken var fantastisk och personalen visste allt om styckdetaljerna.",
        "Det var lång kö i kassan vid femtiden, bara en kassa var öppen.",
        "Nej, annars var allt bra.",
    ),
    (
        "Surdegsbrödet från bageriet var riktigt gott och fortfarande varmt.",
        "Bananerna var lite för gröna, det har varit så flera veckor nu.",
        "Kassörskan var vänlig och snabb trots att det var fullt.",
    ),
    (
        "Jag hittade inte havregrynen, de hade flyttat hyllan utan skylt.",
        "Personalen i kassan hjälpte mig att leta, det var snällt.",
        "Det skulle vara bra med fler skyltar vid torrvarorna.",
    ),
    (
        "Frukten såg fräsch ut men jordgubbarna var mögliga i två askar.",
        "Jag sa till i kassan och fick pengarna tillbaka direkt.",
        "Tack, det var allt jag ville säga om besöket.",
    ),
    (
        "Det var rent och snyggt i butiken och lätt att hitta allt.",
        "Självscanningen krånglade två gånger, jag fick be om hjälp.",
        "Annars är jag nöjd, jag handlar där varje vecka.",
    ),
)
"""Answers of different customers: no two sets alike, so none passes for a copy of another."""


def talk(answers: tuple[str, ...]) -> tuple[Turn, ...]:
    questions = [text for speaker, text in SWEDISH_TALK if speaker is AI]
    turns: list[Turn] = []
    for question, answer in zip(questions, answers, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    return (*turns, (AI, questions[-1]))


class Calls:
    """Stores calls as they end: completed with an analysable transcript by default, each
    from its own number and with its own answers unless told otherwise."""

    def __init__(self, new_uow: UnitOfWorkFactory, clock: Clock, ids: IdGenerator) -> None:
        self._new_uow = new_uow
        self._clock = clock
        self._ids = ids
        self._serial = count()

    async def store_context(self) -> None:
        async with self._new_uow() as uow:
            await uow.contexts.put(a_store_context())
            await uow.commit()

    async def recorded(
        self,
        *,
        transaction_time: datetime = DAYTIME_PURCHASE,
        phone: str | None = None,
        answers: tuple[str, ...] | None = None,
        duration: int = 95,
        status: CallStatus = CallStatus.COMPLETED,
        with_transcript: bool = True,
        store_id: StoreId = STORE_ID,
    ) -> CallSession:
        serial = next(self._serial)
        now = self._clock.now()
        session = CallSession.initiate(
            CallSessionId(self._ids.new()),
            VerificationId(self._ids.new()),
            store_id,
            PhoneNumber(phone or f"+4670{serial:07d}"),
            transaction_time,
            Decimal("249.90"),
            now,
        ).connected(now)
        if status is CallStatus.COMPLETED:
            session = session.completed(duration, now)
        elif status is CallStatus.ABANDONED:
            session = session.abandoned(EndReason.CUSTOMER_HANGUP, now, duration)
        else:
            session = session.failed(FailureReason.TECHNICAL_FAILURE, now)
        chosen = answers or ANSWER_SETS[serial % len(ANSWER_SETS)]
        transcript = Transcript(
            TranscriptId(self._ids.new()),
            session.id,
            messages_of(talk(chosen), duration),
            duration,
            now,
        )
        async with self._new_uow() as uow:
            await uow.sessions.add(session)
            if with_transcript:
                await uow.transcripts.add(transcript)
            await uow.commit()
        return session


@frozen
class Stored:
    """What storage holds of one call after the use case under test."""

    transcript: Transcript | None
    assessment: QualityAssessment | None
    fraud_records: list[FraudRecord]


async def stored(new_uow: UnitOfWorkFactory, session_id: CallSessionId) -> Stored:
    async with new_uow() as uow:
        return Stored(
            await uow.transcripts.for_session(session_id),
            await uow.assessments.for_session(session_id),
            await uow.fraud_records.for_session(session_id),
        )
