"""The call use cases on the embedded adapters, with a clock that moves only when told."""

from __future__ import annotations

import pytest

from kundrost.adapters.memory import (
    InProcessJobQueue,
    MemorySessionStore,
    UnitOfWorkNewSessions,
    UnitOfWorkPlacedCalls,
    UnitOfWorkStatusReads,
)
from kundrost.adapters.offline.voice_agent import OfflineVoiceAgent
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.call_flow import CallFlow
from kundrost.application.call_status import GetCallStatus
from kundrost.application.cancel_call import CancelCall
from kundrost.application.hold_conversation import HoldConversation
from kundrost.application.initiate_call import InitiateCall
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import RecordTranscript
from kundrost.application.retry_call import RetryCall
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from kundrost.ports.voice import VoiceAgent
from tests.application.calls.records import NOW


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def session_store(clock: ManualClock) -> MemorySessionStore:
    return MemorySessionStore(clock)


@pytest.fixture
def telephony() -> SimulatedTelephony:
    return SimulatedTelephony()


@pytest.fixture
def queue(clock: ManualClock) -> InProcessJobQueue:
    return InProcessJobQueue(clock, autostart=False)


@pytest.fixture
def voice_agent() -> VoiceAgent:
    return OfflineVoiceAgent()


@pytest.fixture
def initiate_call(
    new_uow: UnitOfWorkFactory, telephony: SimulatedTelephony, clock: ManualClock, ids: SeededIds
) -> InitiateCall:
    return InitiateCall(
        new_uow,
        telephony,
        clock,
        ids,
        UnitOfWorkNewSessions(new_uow),
        UnitOfWorkPlacedCalls(new_uow),
    )


@pytest.fixture
def get_call_status(new_uow: UnitOfWorkFactory, clock: ManualClock) -> GetCallStatus:
    return GetCallStatus(UnitOfWorkStatusReads(new_uow), clock)


@pytest.fixture
def record_event(
    new_uow: UnitOfWorkFactory, clock: ManualClock, session_store: MemorySessionStore
) -> RecordCallEvent:
    return RecordCallEvent(new_uow, clock, session_store)


@pytest.fixture
def record_transcript(
    new_uow: UnitOfWorkFactory, queue: InProcessJobQueue, clock: ManualClock, ids: SeededIds
) -> RecordTranscript:
    return RecordTranscript(new_uow, queue, clock, ids)


@pytest.fixture
def hold_conversation(
    new_uow: UnitOfWorkFactory,
    voice_agent: VoiceAgent,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
) -> HoldConversation:
    return HoldConversation(new_uow, voice_agent, record_transcript, session_store, clock)


@pytest.fixture
def call_flow(
    record_event: RecordCallEvent,
    hold_conversation: HoldConversation,
    telephony: SimulatedTelephony,
) -> CallFlow:
    flow = CallFlow(record_event, hold_conversation)
    telephony.listener = flow
    return flow


@pytest.fixture
def retry_call(
    new_uow: UnitOfWorkFactory, telephony: SimulatedTelephony, clock: ManualClock
) -> RetryCall:
    return RetryCall(new_uow, telephony, clock, UnitOfWorkPlacedCalls(new_uow))


@pytest.fixture
def cancel_call(
    new_uow: UnitOfWorkFactory, telephony: SimulatedTelephony, clock: ManualClock
) -> CancelCall:
    return CancelCall(new_uow, telephony, clock)
