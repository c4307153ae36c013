"""Gathering the fraud evidence of one feedback: the same evidence for every run of the checks."""

from __future__ import annotations

from datetime import timedelta

from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.fraud import FraudEvidence
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.transcript import Transcript
from kundrost.ports.unit_of_work import UnitOfWork

DUPLICATE_WINDOW = timedelta(days=30)
"""How far back other sessions' transcripts are compared for near-duplicates; transcripts
live 90 days at most, and copied feedback is sent in bursts, not months apart."""


async def gather_evidence(
    uow: UnitOfWork,
    session: CallSession,
    transcript: Transcript,
    analysis: FeedbackAnalysis,
    context: BusinessContext | None,
    *,
    policy: FraudPolicy,
    duplicate_window: timedelta = DUPLICATE_WINDOW,
) -> FraudEvidence:
    """The evidence the four checks read for `session`.

    Texts are compared as the customer's words only (`Transcript.customer_text`; the
    similarity normalises case and punctuation itself, so no second pass is spent), against
    other sessions' transcripts recorded from `duplicate_window` before this one. The phone
    velocity counts the other sessions from the same number created from the policy's
    `velocity_window` before this session; an erased number counts none.
    """
    others = await uow.transcripts.recorded_since(
        transcript.recorded_at - duplicate_window, excluding=session.id
    )
    calls = 0
    if session.phone is not None:
        calls = await uow.sessions.count_from_phone(
            session.phone,
            session.created_at - policy.velocity_window,
            until=session.created_at,
            excluding=session.id,
        )
    return FraudEvidence(
        transaction_time=session.transaction_time,
        analysis=analysis,
        context=context,
        transcript_text=transcript.customer_text(),
        other_transcript_texts=tuple(other.customer_text() for other in others),
        calls_from_phone_last_window=calls,
    )
