"""Telephony contract: every adapter of ports.Telephony, then what the simulated network adds."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from uuid import UUID

import httpx
import pytest
from attrs import define, field

from kundrost.adapters.simulated import (
    CallOutcome,
    CallScript,
    SeededOutcomes,
    SimulatedTelephony,
    everyone_answers,
)
from kundrost.domain.call_events import CallEvent, Connected, Failed
from kundrost.domain.call_status import FailureReason
from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports import Telephony, TelephonyError
from tests.adapters.elks.fake_elks import FakeElks, an_elks_telephony

NUMBER = "+46701234567"
PHONE = PhoneNumber(NUMBER)
OTHER_PHONE = PhoneNumber("+46739876543")

Event = tuple[CallSessionId, CallEvent]


def session(number: int) -> CallSessionId:
    return CallSessionId(UUID(int=number))


@define
class Network:
    """An adapter under test with what the suite needs around it: the events it reports,
    a way to wait until the calls placed so far have reported, and what it placed."""

    telephony: Telephony
    settle: Callable[[], Awaitable[object]]
    placed: Callable[[], Sequence[str]]
    events: list[Event] = field(factory=list)


def _simulated(refusing: bool) -> Network:
    outcome = CallScript((), then=CallOutcome.UNREACHABLE) if refusing else everyone_answers
    telephony = SimulatedTelephony(outcome)
    network = Network(
        telephony, telephony.deliver, lambda: [c.provider_call_id for c in telephony.placed]
    )

    async def listen(session_id: CallSessionId, event: CallEvent) -> None:
        network.events.append((session_id, event))

    telephony.listener = listen
    return network


def _elks(refusing: bool) -> Network:
    elks = FakeElks(refusing=(403, "Not enough credits to make this call.") if refusing else None)
    telephony = an_elks_telephony(transport=httpx.MockTransport(elks))
    return Network(telephony, elks.answer_all, elks.placed_ids, elks.events)


NETWORKS: dict[str, Callable[[bool], Network]] = {"simulated": _simulated, "elks": _elks}
"""Each adapter as a factory of a `Network` where everyone answers, or (True) the network
refuses every call; a production adapter joins by name here when it can run."""


@pytest.fixture(params=sorted(NETWORKS))
def network_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def network(network_kind: str) -> Network:
    return NETWORKS[network_kind](False)


@pytest.fixture
def refusing_network(network_kind: str) -> Network:
    return NETWORKS[network_kind](True)


async def test_every_placed_call_gets_its_own_provider_id(network: Network) -> None:
    ids = [await network.telephony.place_call(PHONE, session(n)) for n in range(5)]
    ids.append(await network.telephony.place_call(OTHER_PHONE, session(0)))
    assert len(set(ids)) == 6
    assert all(isinstance(call_id, str) and call_id for call_id in ids)


async def test_a_placed_call_reports_an_event_for_its_own_session(network: Network) -> None:
    await network.telephony.place_call(PHONE, session(1))
    await network.telephony.place_call(OTHER_PHONE, session(2))
    await network.settle()
    assert sorted(network.events, key=lambda e: e[0].int) == [
        (session(1), Connected()),
        (session(2), Connected()),
    ]


async def test_hanging_up_twice_is_not_an_error(network: Network) -> None:
    call_id = await network.telephony.place_call(PHONE, session(1))
    await network.settle()
    await network.telephony.hang_up(call_id)
    await network.telephony.hang_up(call_id)


async def test_hanging_up_an_unknown_call_is_not_an_error(network: Network) -> None:
    await network.telephony.hang_up("no-such-call")


async def test_a_refused_call_raises_and_places_nothing(refusing_network: Network) -> None:
    with pytest.raises(TelephonyError):
        await refusing_network.telephony.place_call(PHONE, session(1))
    await refusing_network.settle()
    assert refusing_network.placed() == []
    assert refusing_network.events == []


# What the simulated network adds to the contract.


@define
class Recorder:
    events: list[Event] = field(factory=list)

    async def __call__(self, session_id: CallSessionId, event: CallEvent) -> None:
        self.events.append((session_id, event))


async def test_simulated_events_wait_until_they_are_delivered() -> None:
    recorder = Recorder()
    telephony = SimulatedTelephony(listener=recorder)
    await telephony.place_call(PHONE, session(1))
    assert recorder.events == []
    assert telephony.pending_events == 1
    assert await telephony.deliver() == 1
    assert recorder.events == [(session(1), Connected())]
    assert await telephony.deliver() == 0


@pytest.mark.parametrize(
    ("outcome", "event"),
    [
        (CallOutcome.ANSWER, Connected()),
        (CallOutcome.NO_ANSWER, Failed(FailureReason.NO_ANSWER)),
        (CallOutcome.BUSY, Failed(FailureReason.BUSY)),
        (CallOutcome.DROPPED, Failed(FailureReason.TECHNICAL_FAILURE)),
    ],
)
async def test_simulated_outcomes_report_their_call_event(
    outcome: CallOutcome, event: CallEvent
) -> None:
    recorder = Recorder()
    telephony = SimulatedTelephony(CallScript((outcome,)), recorder)
    await telephony.place_call(PHONE, session(1))
    await telephony.deliver()
    assert recorder.events == [(session(1), event)]


async def test_a_call_script_counts_attempts_per_session_refusals_included() -> None:
    telephony = SimulatedTelephony(CallScript((CallOutcome.UNREACHABLE, CallOutcome.BUSY)))
    with pytest.raises(TelephonyError):
        await telephony.place_call(PHONE, session(1))
    await telephony.place_call(PHONE, session(1))
    await telephony.place_call(PHONE, session(1))
    with pytest.raises(TelephonyError):
        await telephony.place_call(PHONE, session(2))
    assert [(c.session_id, c.attempt, c.outcome) for c in telephony.placed] == [
        (session(1), 1, CallOutcome.BUSY),
        (session(1), 2, CallOutcome.ANSWER),
    ]


async def test_delivery_includes_calls_the_listener_places_meanwhile() -> None:
    delivered: list[Event] = []
    telephony = SimulatedTelephony(CallScript((CallOutcome.NO_ANSWER,)))

    async def retry_failed(session_id: CallSessionId, event: CallEvent) -> None:
        delivered.append((session_id, event))
        if isinstance(event, Failed):
            await telephony.place_call(PHONE, session_id)

    telephony.listener = retry_failed
    await telephony.place_call(PHONE, session(1))
    assert await telephony.deliver() == 2
    assert delivered == [(session(1), Failed(FailureReason.NO_ANSWER)), (session(1), Connected())]


async def test_without_a_listener_delivered_events_are_still_recorded() -> None:
    telephony = SimulatedTelephony()
    await telephony.place_call(PHONE, session(1))
    await telephony.deliver()
    assert telephony.delivered == [(session(1), Connected())]


async def test_autodelivery_hands_events_over_without_being_asked() -> None:
    recorder = Recorder()
    telephony = SimulatedTelephony(listener=recorder, autodeliver=True)
    await telephony.place_call(PHONE, session(1))
    await telephony.place_call(PHONE, session(2))
    assert recorder.events == []
    await telephony.idle()
    assert sorted(recorder.events, key=lambda e: e[0].int) == [
        (session(1), Connected()),
        (session(2), Connected()),
    ]


async def test_autodelivery_logs_a_failing_listener_and_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[CallSessionId] = []

    async def fragile(session_id: CallSessionId, event: CallEvent) -> None:
        seen.append(session_id)
        if session_id == session(1):
            raise RuntimeError("listener broke")

    telephony = SimulatedTelephony(listener=fragile, autodeliver=True)
    await telephony.place_call(PHONE, session(1))
    await telephony.place_call(PHONE, session(2))
    with caplog.at_level(logging.ERROR):
        await telephony.idle()
    assert seen == [session(1), session(2)]
    assert "not handled" in caplog.text


async def test_a_failing_listener_raises_from_deliver() -> None:
    async def broken(session_id: CallSessionId, event: CallEvent) -> None:
        raise RuntimeError("listener broke")

    telephony = SimulatedTelephony(listener=broken)
    await telephony.place_call(PHONE, session(1))
    with pytest.raises(RuntimeError, match="listener broke"):
        await telephony.deliver()


async def test_hanging_up_a_ringing_call_cancels_its_event() -> None:
    recorder = Recorder()
    telephony = SimulatedTelephony(listener=recorder)
    ringing = await telephony.place_call(PHONE, session(1))
    await telephony.place_call(PHONE, session(2))
    await telephony.hang_up(ringing)
    await telephony.deliver()
    assert recorder.events == [(session(2), Connected())]


async def test_hang_ups_are_recorded_once_and_only_for_placed_calls() -> None:
    telephony = SimulatedTelephony()
    call_id = await telephony.place_call(PHONE, session(1))
    await telephony.hang_up(call_id)
    await telephony.hang_up(call_id)
    await telephony.hang_up("sim-unknown")
    assert telephony.hung_up == [call_id]


async def test_simulated_provider_ids_start_with_sim() -> None:
    assert (await SimulatedTelephony().place_call(PHONE, session(1))).startswith("sim-")


async def test_placed_calls_show_and_log_only_the_masked_number(
    caplog: pytest.LogCaptureFixture,
) -> None:
    telephony = SimulatedTelephony(CallScript((CallOutcome.ANSWER, CallOutcome.UNREACHABLE)))
    with caplog.at_level(logging.DEBUG):
        call_id = await telephony.place_call(PHONE, session(1))
        with pytest.raises(TelephonyError) as refused:
            await telephony.place_call(PHONE, session(1))
        await telephony.hang_up(call_id)
        await telephony.deliver()
    (placed,) = telephony.placed
    assert placed.to == PHONE
    assert placed.to_masked == "+46*******67"
    shown = f"{telephony.placed!r} {placed} {caplog.text} {refused.value}"
    assert NUMBER not in shown
    assert "701234567" not in shown
    assert "+46*******67" in caplog.text


async def test_seeded_outcomes_do_not_depend_on_the_order_of_calls() -> None:
    rule = SeededOutcomes(seed=7, no_answer_percent=30, busy_percent=20, unreachable_percent=10)
    forward = [rule(PHONE, session(n), 0) for n in range(200)]
    backward = [rule(PHONE, session(n), 0) for n in reversed(range(200))][::-1]
    assert forward == backward
    assert set(forward) == {
        CallOutcome.ANSWER,
        CallOutcome.NO_ANSWER,
        CallOutcome.BUSY,
        CallOutcome.UNREACHABLE,
    }


async def test_seeded_outcomes_with_no_shares_always_answer() -> None:
    rule = SeededOutcomes(seed=1, no_answer_percent=0, busy_percent=0)
    assert {rule(PHONE, session(n), a) for n in range(50) for a in range(3)} == {CallOutcome.ANSWER}


@pytest.mark.parametrize("shares", [{"no_answer_percent": -1}, {"busy_percent": 96}])
def test_seeded_outcomes_refuse_shares_that_are_not_percentages(shares: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="percentages"):
        SeededOutcomes(**shares)


def test_an_unreachable_outcome_reports_no_event() -> None:
    with pytest.raises(ValueError, match="never placed"):
        CallOutcome.UNREACHABLE.event()


async def test_many_concurrent_calls_all_report() -> None:
    recorder = Recorder()
    telephony = SimulatedTelephony(listener=recorder, autodeliver=True)
    await asyncio.gather(*(telephony.place_call(PHONE, session(n)) for n in range(100)))
    await telephony.idle()
    assert sorted(s.int for s, _ in recorder.events) == list(range(100))


async def test_a_simulated_network_that_remembers_a_few_calls_forgets_the_oldest() -> None:
    telephony = SimulatedTelephony(remember=3)
    ids = [await telephony.place_call(PHONE, session(number)) for number in range(1, 11)]
    await telephony.hang_up(ids[0])  # forgotten: nothing to hang up
    await telephony.hang_up(ids[-1])
    assert [call.provider_call_id for call in telephony.placed] == ids[-3:]
    assert telephony.hung_up == [ids[-1]]
    assert telephony.pending_events == 2  # the hung-up call's event went with it
    assert await telephony.deliver() == 2
    assert telephony.delivered == [(session(8), Connected()), (session(9), Connected())]
    retried = await telephony.place_call(PHONE, session(9))
    assert telephony.placed[-1].provider_call_id == retried
    assert telephony.placed[-1].attempt == 1  # its second: session 9's count is remembered


def test_remembering_no_call_is_refused() -> None:
    with pytest.raises(ValueError, match="remember"):
        SimulatedTelephony(remember=0)


async def test_a_forgotten_session_counts_its_attempts_afresh() -> None:
    telephony = SimulatedTelephony(remember=2)
    for number in (1, 2, 3):
        await telephony.place_call(PHONE, session(number))
    await telephony.place_call(PHONE, session(1))
    assert telephony.placed[-1].attempt == 0
