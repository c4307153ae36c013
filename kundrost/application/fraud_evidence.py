"""Gathering the fraud evidence of one feedback: the same evidence for every run of the checks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.fraud import FraudEvidence
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.ids import CallSessionId
from kundrost.domain.similarity import Signature, sizes_within_reach
from kundrost.domain.transcript import Transcript
from kundrost.ports.unit_of_work import UnitOfWork

DUPLICATE_WINDOW = timedelta(days=30)
"""How far back other sessions' transcripts are compared for near-duplicates; transcripts
live 90 days at most, and copied feedback is sent in bursts, not months apart."""
DUPLICATE_CANDIDATES = 1000
"""At most this many of the store's newest transcripts in the window are compared, so one
check costs the same however busy the store has been."""


async def gather_evidence(
    uow: UnitOfWork,
    session: CallSession,
    transcript: Transcript,
    analysis: FeedbackAnalysis,
    context: BusinessContext | None,
    *,
    policy: FraudPolicy,
    duplicate_window: timedelta = DUPLICATE_WINDOW,
    signatures: Mapping[CallSessionId, Signature] | None = None,
) -> FraudEvidence:
    """The evidence the four checks read for `session`.

    Texts are compared as the customer's words only (`Transcript.customer_text`), by the
    signatures stored with the transcripts: this one's against those of the same store's
    other transcripts recorded from `duplicate_window` before it (the newest
    `DUPLICATE_CANDIDATES`), of which only those of a size within reach of the policy's
    `duplicate_similarity` are read (`sizes_within_reach`). No other transcript is
    decrypted and no other store is read; a transcript stored without a signature (before
    signatures existed) compares with none. The phone velocity counts the other sessions
    from the same number created from the policy's `velocity_window` before this session;
    an erased number counts none. `signatures`, when given, are the stored signatures a
    batch read at once (a session without one there has none).
    """
    if signatures is None:
        own = await uow.transcripts.signature(session.id)
    else:
        own = signatures.get(session.id)
    others = []
    if own is not None:
        others = await uow.transcripts.signatures_since(
            session.store_id,
            transcript.recorded_at - duplicate_window,
            excluding=session.id,
            limit=DUPLICATE_CANDIDATES,
            sizes=sizes_within_reach(len(own), policy.duplicate_similarity),
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
        transcript_signature=own or frozenset(),
        other_signatures=tuple(others),
        calls_from_phone_last_window=calls,
    )
