"""`kundrost example`: three feedback calls of one store run through the domain rules."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid5

from kundrost.domain import (
    ActionableItem,
    AnalysabilityPolicy,
    BaselineFact,
    BusinessContext,
    CallSession,
    CallSessionId,
    Category,
    Department,
    FeedbackAnalysis,
    FraudEvidence,
    FraudPolicy,
    GradingPolicy,
    Message,
    OpeningHours,
    PhoneNumber,
    Priority,
    Question,
    Reach,
    Rubric,
    Sentiment,
    Speaker,
    Stakes,
    StoreId,
    Theme,
    Transcript,
    TranscriptId,
    VerificationId,
    Visit,
    Weekday,
    plan_conversation,
)

NAMESPACE = UUID("0e7f3c4a-6b0d-4d1e-8f0a-6f1c2b3d4e5f")
STORE = StoreId(uuid5(NAMESPACE, "Matbutiken Solna"))
NOW = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)

CONTEXT = BusinessContext(
    store_id=STORE,
    store_name="Matbutiken Solna",
    operating_hours={day: OpeningHours(time(8), time(20)) for day in Weekday},
    departments=[
        Department("Kött & Chark", aliases=["köttdisken", "meat counter"]),
        Department("Bageri", aliases=["bakery", "brödet"]),
    ],
    question_configuration=[
        Question("Hur upplevde du köttdisken?", Priority.HIGH, department="Kött & Chark"),
        Question("Hittade du allt du letade efter?"),
        Question("Hur var väntetiden i kassan?", frequency=3),
    ],
    baseline_facts=[BaselineFact("Butiken har ingen fiskdisk.", topic="fisk")],
)

DETAILED = FeedbackAnalysis(
    rubric=Rubric(
        observations=3,
        specific_observations=3,
        located_observations=2,
        timed_observations=1,
        causes=1,
        suggestions=1,
        problems=1,
        reach=Reach.RECURRING,
        stakes=Stakes.MEDIUM,
        padding_share=Decimal("0.2"),
    ),
    themes=[
        Theme("hjälpsam personal", Sentiment.POSITIVE, Category.STAFF, "Kött & Chark"),
        Theme("lång kö i kassan", Sentiment.NEGATIVE, Category.SERVICE),
    ],
    actionable_items=[
        ActionableItem(Category.SERVICE, "Öppna en kassa till vid 17.", Priority.HIGH)
    ],
    summary="Nöjd med köttdisken; vill ha kortare kö i kassan på eftermiddagen.",
    analyzer="handwritten example",
)

CALLS: list[dict[str, Any]] = [
    {
        "title": "Detailed Swedish feedback",
        "bought": NOW - timedelta(minutes=20),
        "seconds": 95,
        "customer": [
            "Köttdisken var fantastisk, personalen hjälpte mig välja en entrecote.",
            "Kön i kassan var lång vid femtiden, öppna gärna en kassa till.",
        ],
        "analysis": DETAILED,
    },
    {
        "title": "Purchase at 02:00 UTC, store open 08:00–20:00",
        "bought": datetime(2026, 11, 24, 2, 0, tzinfo=UTC),
        "seconds": 80,
        "customer": [
            "Köttdisken var fantastisk, personalen hjälpte mig välja en entrecote.",
            "Jag handlade mitt i natten och allt var perfekt i butiken.",
        ],
        "analysis": DETAILED,
    },
    {
        "title": "English speaker, 15 seconds",
        "bought": NOW - timedelta(minutes=5),
        "seconds": 15,
        "customer": ["Sorry, I don't speak Swedish, can we do this in English?"],
        "analysis": None,
    },
]


def register(commands: Any) -> None:
    parser = commands.add_parser("example", help=__doc__.split(":")[1].strip())
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace) -> int:
    completeness = CONTEXT.completeness()
    print(f"Store: {CONTEXT.store_name} (context completeness {completeness.score})")
    plan = plan_conversation(CONTEXT, Visit(STORE, NOW, Decimal("412.50")), counter=0, now=NOW)
    print(f"Greeting: {plan.greeting}")
    for question in plan.questions:
        print(f"  - {question.text}")
    print(f"Planned length: {plan.estimated_seconds} s")
    print("(The analyses below are written by hand, as an analyzer would return them.)\n")
    for number, call in enumerate(CALLS, start=1):
        print(f"{number}. {call['title']}")
        print(f"   {_outcome(number, call)}")
    return 0


def _outcome(number: int, call: dict[str, Any]) -> str:
    ids = uuid5(NAMESPACE, str(number))
    session = CallSession.initiate(
        id=CallSessionId(ids),
        verification_id=VerificationId(ids),
        store_id=STORE,
        phone=PhoneNumber(f"+4670123456{number}"),
        transaction_time=call["bought"],
        transaction_value=Decimal("412.50"),
        now=NOW,
    ).connected(NOW)
    transcript = _transcript(session.id, call["customer"], call["seconds"])
    verdict = AnalysabilityPolicy().evaluate(transcript)
    if verdict.reason is not None:
        ended = session.abandoned(verdict.reason, NOW, duration_seconds=call["seconds"])
        return f"{ended.status} ({ended.end_reason}): not analysed, transcript deleted"
    session = session.completed(call["seconds"], NOW)
    analysis: FeedbackAnalysis = call["analysis"]
    evidence = FraudEvidence(
        transaction_time=session.transaction_time,
        analysis=analysis,
        context=CONTEXT,
        transcript_text=transcript.customer_text(),
    )
    fraud = FraudPolicy().evaluate(evidence)
    grade = GradingPolicy().grade(analysis, fraud)
    reward = f"{grade.reward_percentage} % cashback" if grade.qualifies else "no reward"
    indicators = ", ".join(fraud.indicators) or "none"
    return (
        f"{session.status}, overall {grade.scores.overall}, {reward}; "
        f"fraud indicators: {indicators}; {grade.reasons[0].message}"
    )


def _transcript(session_id: CallSessionId, customer: list[str], seconds: int) -> Transcript:
    question = "Hur upplevde du ditt besök i dag?"
    turns = [
        turn for text in customer for turn in ((Speaker.AI, question), (Speaker.CUSTOMER, text))
    ]
    step = seconds * 1000 // len(turns)
    messages = [
        Message(speaker=speaker, content=text, timestamp_ms=i * step, message_order=i)
        for i, (speaker, text) in enumerate(turns)
    ]
    return Transcript(
        id=TranscriptId(session_id),
        call_session_id=session_id,
        messages=messages,
        total_duration_seconds=seconds,
        recorded_at=NOW,
    )
