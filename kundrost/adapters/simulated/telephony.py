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

    It keeps what it did (`placed`, `hung_up`, `delivered`) for tests to read. With
    `remember`, only that many of each are kept, and of the waiting events and the
    sessions' attempt counts: a served process whose calls wait for clients to report them
    runs for days, and would otherwise hold every call it ever placed (and make the garbage
    collector scan them all, again and again).
    """

    def __init__(
        self,
        outcome: OutcomeRule = everyone_answers,
        listener: CallEventListener | None = None,
        *,
        autodeliver: bool = False,
        remember: int | None = None,
    ) -> None:
        if remember is not None and remember < 1:
            raise ValueError("remember must be at least 1, or None to keep everything")
        self.outcome = outcome
        self.listener = listener
        self.autodeliver = autodeliver
        self.remember = remember
        self.placed: list[PlacedCall] = []
        self._placed_ids: set[str] = set()
        self.hung_up: list[str] = []
        self.delivered: list[tuple[CallSessionId, CallEvent]] = []
        self._pending: deque[_Pending] = deque(maxlen=remember)
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
        self._forget_the_oldest()
        self._pending.append(_Pending(call_id, session_id, outcome.event()))
        log.debug("placed simulated call %s for session %s to %s", call_id, session_id, to.masked())
        if self.autodeliver:
            task = asyncio.get_running_loop().create_task(self._deliver_in_background())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return call_id

    async def hang_up(self, provider_call_id: str) -> None:
        if provider_call_id not in self._placed_ids or provider_call_id in self.hung_up:
            return
        self.hung_up.append(provider_call_id)
        self._forget_the_oldest()
        for item in [p for p in self._pending if p.provider_call_id == provider_call_id]:
            self._pending.remove(item)
        log.info("hung up simulated call %s", provider_call_id)

    def _forget_the_oldest(self) -> None:
        """Within `remember`: the oldest placed call (and its id), hang-up, delivery and
        attempt count go first."""
        keep = self.remember
        if keep is None:
            return
        while len(self.placed) > keep:
            self._placed_ids.discard(self.placed.pop(0).provider_call_id)
        del self.hung_up[:-keep]
        del self.delivered[:-keep]
        while len(self._attempts) > keep:
            del self._attempts[next(iter(self._attempts))]

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
            self._forget_the_oldest()
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
