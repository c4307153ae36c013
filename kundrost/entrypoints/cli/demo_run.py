"""Runs the demo's week through the real use cases on the embedded adapters.

Only time and the shoppers are simulated: a manual clock walks through the week, the
simulated telephony connects or rings out, and the offline voice agent talks to a
scripted shopper. Everything else — sessions, transcripts, analysis, fraud checks,
grading, deletion and the weekly reports — is what `kundrost serve` does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from decimal import Decimal

from attrs import frozen
from dependency_injector import providers

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.offline.simulated_customer import SimulatedCustomer
from kundrost.adapters.offline.voice_agent import OfflineVoiceAgent
from kundrost.adapters.simulated import CallOutcome, SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.container import Container, build_container, connect
from kundrost.domain import (
    CallSession,
    CallSessionId,
    IsoWeek,
    PhoneNumber,
    QualityAssessment,
    RetryPolicy,
    WeeklyReport,
)
from kundrost.entrypoints.cli.demo_stores import STORES, DemoStore
from kundrost.entrypoints.cli.demo_week import WEEK_MONDAY, Purchase, Shopper, plan_week
from kundrost.settings import Settings

CALL_DELAY = timedelta(minutes=2)
"""How long after the purchase the verification arrives and the call is placed."""


@frozen
class CallRow:
    """One line of the demo's call table."""

    purchase: Purchase
    session: CallSession
    assessment: QualityAssessment | None
    fraud_indicators: tuple[str, ...]


@frozen
class DemoResult:
    calls: tuple[CallRow, ...]
    reports: tuple[tuple[DemoStore, WeeklyReport], ...]
    week: IsoWeek


class _Shoppers:
    """Who answers each call: the telephony asks whether the phone is picked up, the voice
    agent asks who is speaking."""

    def __init__(self, purchases: list[Purchase], seed: int) -> None:
        self.seed = seed
        self.unanswered_first = {p.phone for p in purchases if p.shopper is Shopper.NO_ANSWER}
        self.by_session: dict[CallSessionId, SimulatedCustomer] = {}

    def outcome(self, phone: PhoneNumber, _session: CallSessionId, attempt: int) -> CallOutcome:
        if phone in self.unanswered_first and attempt == 0:
            return CallOutcome.NO_ANSWER
        return CallOutcome.ANSWER

    def customer(self, session_id: CallSessionId) -> SimulatedCustomer:
        return self.by_session[session_id]


def _start(purchases: list[Purchase]) -> datetime:
    zone = STORES[0].context.zone
    return min(datetime.combine(WEEK_MONDAY, time(0), tzinfo=zone), purchases[0].bought_at)


async def simulate_week(seed: int, on_call: Callable[[], None] = lambda: None) -> DemoResult:
    """The week of `seed`: every purchase called, analysed and graded, then the reports."""
    purchases = plan_week(seed)
    shoppers = _Shoppers(purchases, seed)
    clock = ManualClock(_start(purchases))
    queue = InProcessJobQueue(clock, autostart=False)
    telephony = SimulatedTelephony(shoppers.outcome)
    container = build_container(Settings.embedded(seed=seed))
    container.clock.override(providers.Object(clock))
    container.job_queue.override(providers.Object(queue))
    container.telephony.override(providers.Object(telephony))
    container.voice_agent.override(
        providers.Object(OfflineVoiceAgent(shoppers.customer, seed=seed))
    )
    connect(container)
    for store in STORES:
        await container.put_context()(store.context)

    async def settle() -> None:
        await telephony.deliver()
        await queue.drain()

    calls = []
    for purchase in purchases:
        clock.set(max(clock.now(), purchase.bought_at + CALL_DELAY))
        session = await container.initiate_call()(
            InitiateCallCommand(
                verification_id=purchase.verification_id,
                store_id=purchase.store.context.store_id,
                phone=purchase.phone,
                transaction_time=purchase.bought_at,
                transaction_value=purchase.value,
            )
        )
        shoppers.by_session[session.id] = purchase.customer(seed)
        await settle()
        if purchase.shopper is Shopper.NO_ANSWER:
            clock.advance(RetryPolicy().backoff[0])
            await container.retry_call()(session.id)
            await settle()
        calls.append(await _row(container, purchase, session.id))
        on_call()
    week = IsoWeek.from_monday(WEEK_MONDAY)
    clock.set(datetime.combine(week.next().monday, time(3), tzinfo=STORES[0].context.zone))
    reports = []
    for store in STORES:
        report = await container.generate_report()(store.context.store_id, week)
        reports.append((store, report))
    return DemoResult(tuple(calls), tuple(reports), week)


async def _row(container: Container, purchase: Purchase, session_id: CallSessionId) -> CallRow:
    view = await container.call_status()(session_id)
    async with container.new_uow()() as uow:
        assessment = await uow.assessments.for_session(session_id)
        records = await uow.fraud_records.for_session(session_id)
    indicators = records[-1].verdict.indicators if records else ()
    return CallRow(purchase, view.session, assessment, indicators)


def total_reward(rows: tuple[CallRow, ...]) -> Decimal:
    """Cashback paid out in kronor: each qualifying purchase's value times its percentage."""
    paid = Decimal(0)
    for row in rows:
        if row.assessment and row.assessment.reward_percentage is not None:
            paid += row.purchase.value * row.assessment.reward_percentage / 100
    return paid.quantize(Decimal("0.01"))
