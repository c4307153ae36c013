"""SimulatedTelephony: a phone network in memory, for the embedded profile, the demo and tests."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from uuid import uuid4

from attrs import frozen

from kundrost.adapters.simulated.outcomes import CallOutcome, OutcomeRule, everyone_answers
from kundrost.domain.call_events import CallEvent
from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.telephony import TelephonyError

log = logging.getLogger(__name__)

CallEventListener = Callable[[CallSessionId, CallEvent], Awaitable[None]]
CLOSE_GRACE = 20.0


@frozen
class PlacedCall:
    """A call the simulated network accepted. `to` prints masked; keep it out of logs anyway."""

    provider_call_id: str
    session_id: CallSessionId
    to: PhoneNumber
    attempt: int
    outcome: CallOutcome

    @property
    def to_masked(self) -> str:
        return self.to.masked()


@frozen
class _Pending:
    provider_call_id: str
    session_id: CallSessionId
    event: CallEvent


class SimulatedTelephony:
    """`ports.Telephony` without a network: `outcome` decides each call, events come later.

    As on a real network, a call's event never arrives inside `place_call`: it waits until
    `deliver()` is awaited or, with `autodeliver`, until a background task hands it to the
    listener. Hanging up a call whose event is still waiting cancels that event, as hanging
    up a ringing phone does. The listener may be set after construction, since what it
    calls usually needs this telephony first.
    """

    def __init__(
        self,
        outcome: OutcomeRule = everyone_answers,
        listener: CallEventListener | None = None,
        *,
        autodeliver: bool = False,
    ) -> None:
        self.outcome = outcome
        self.listener = listener
        self.autodeliver = autodeliver
        self.placed: list[PlacedCall] = []
        self._placed_ids: set[str] = set()
        self.hung_up: list[str] = []
        self.delivered: list[tuple[CallSessionId, CallEvent]] = []
        self._pending: deque[_Pending] = deque()
        self._attempts: Counter[CallSessionId] = Counter()
        self._tasks: set[asyncio.Task[None]] = set()

    async def place_call(self, to: PhoneNumber, session_id: CallSessionId) -> str:
        attempt = self._attempts[session_id]
        self._attempts[session_id] += 1
        outcome = self.outcome(to, session_id, attempt)
        if outcome is CallOutcome.UNREACHABLE:
            log.info("simulated network refused the call for session %s", session_id)
            raise TelephonyError(f"the network refused the call for session {session_id}")
        call_id = f"sim-{uuid4().hex}"
        self.placed.append(PlacedCall(call_id, session_id, to, attempt, outcome))
        self._placed_ids.add(call_id)
        self._pending.append(_Pending(call_id, session_id, outcome.event()))
        log.info("placed simulated call %s for session %s to %s", call_id, session_id, to.masked())
        if self.autodeliver:
            task = asyncio.get_running_loop().create_task(self._deliver_in_background())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return call_id

    async def hang_up(self, provider_call_id: str) -> None:
        if provider_call_id not in self._placed_ids or provider_call_id in self.hung_up:
            return
        self.hung_up.append(provider_call_id)
        for item in [p for p in self._pending if p.provider_call_id == provider_call_id]:
            self._pending.remove(item)
        log.info("hung up simulated call %s", provider_call_id)

    @property
    def pending_events(self) -> int:
        return len(self._pending)

    async def deliver(self) -> int:
        """Hand every waiting event to the listener, in the order the calls were placed,
        including events of calls placed by the listener meanwhile; returns how many.

        An error raised by the listener propagates; its event counts as delivered.
        """
        delivered = 0
        while self._pending:
            item = self._pending.popleft()
            self.delivered.append((item.session_id, item.event))
            delivered += 1
            if self.listener is not None:
                await self.listener(item.session_id, item.event)
        return delivered

    async def idle(self) -> None:
        """Wait until the background deliveries of `autodeliver` have finished."""
        while self._tasks:
            await asyncio.gather(*self._tasks)

    async def start(self) -> None:
        """Nothing to connect: the network is in this process."""

    async def close(self) -> None:
        """Lets the calls under way end (their conversations, transcripts and what those
        enqueue) before the process lets go of storage, so that a process that stops — a
        `scheduler --once` among them — leaves no call half held. Up to `CLOSE_GRACE`
        seconds; then the deliveries left are cancelled."""
        if not self._tasks:
            return
        _done, pending = await asyncio.wait(set(self._tasks), timeout=CLOSE_GRACE)
        for task in pending:
            task.cancel()
        if pending:
            log.warning("%d simulated call(s) cut off at close", len(pending))

    async def _deliver_in_background(self) -> None:
        while self._pending:
            try:
                await self.deliver()
            except Exception:
                log.exception("a simulated call event was not handled")
