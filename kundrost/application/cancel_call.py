"""CancelCall: the call is called off and the shopper's personal data erased."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.application.calls_common import log, visible_session
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import EndReason
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retention import RetentionPolicy
from kundrost.ports.system import Clock
from kundrost.ports.telephony import Telephony
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class CancelCall:
    """A live call (pending or in progress) ends `abandoned` with end reason `cancelled` and is
    hung up; an ended call keeps its status. Either way the personal data goes at once: the
    phone number, the transcript and its signature, the words of its assessment (anonymised;
    the scores stay for metrics) and the words weekly reports quote from it. Cancelling twice
    gives the same result. The session's row lock is held from the first read to the commit,
    so an analysis or a report racing the cancel keeps none of the words either
    (`RunAnalysis`, `WeeklyReportRepository.erase_words_of`).

    The change is committed before the hang-up, so the call's own hang-up event finds the
    session already ended. A cancelled call is hung up on every cancel (hanging up is safe to
    repeat), so a hang-up that failed is done by cancelling again.
    """

    new_uow: UnitOfWorkFactory
    telephony: Telephony
    clock: Clock
    retention: RetentionPolicy = field(factory=RetentionPolicy)

    async def __call__(self, session_id: CallSessionId) -> CallSession:
        async with self.new_uow() as uow:
            session = await visible_session(uow, session_id, self.clock, for_update=True)
            if session.is_live:
                erased = session.cancelled(self.clock.now(), retention=self.retention)
            else:
                erased = session.erased()
            if erased != session:
                await uow.sessions.save(erased)
            await uow.transcripts.delete_for_session(session_id)
            assessment = await uow.assessments.for_session(session_id)
            if assessment is not None and not assessment.is_anonymised:
                await uow.assessments.put(assessment.anonymised())
            await uow.reports.erase_words_of(session_id)
            await uow.commit()
        if erased.end_reason is EndReason.CANCELLED and erased.provider_call_id is not None:
            await self.telephony.hang_up(erased.provider_call_id)
        log.info("call %s cancelled: status %s, personal data erased", session_id, erased.status)
        return erased
