"""The conversation plan of a call about to be held: the store's context and its call counter."""

from __future__ import annotations

from datetime import timedelta

from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.conversation import ConversationPlan, Visit, plan_conversation
from kundrost.domain.conversation_policy import ConversationPolicy
from kundrost.ports.session_store import SessionStore
from kundrost.ports.system import Clock

QUESTION_COUNTER_TTL = timedelta(days=90)


def question_counter_key(session: CallSession) -> str:
    return f"questions:{session.store_id}"


async def plan_for_call(
    session: CallSession,
    context: BusinessContext | None,
    session_store: SessionStore,
    clock: Clock,
    policy: ConversationPolicy,
) -> ConversationPlan:
    """Each store counts its calls (`questions:<store>`, kept 90 days) so a question asked to
    every N-th customer is spread evenly: the first call is customer 0, who hears every
    question."""
    counter = await session_store.increment(question_counter_key(session), QUESTION_COUNTER_TTL)
    visit = Visit(session.store_id, session.transaction_time, session.transaction_value)
    return plan_conversation(context, visit, counter - 1, policy, now=clock.now())
