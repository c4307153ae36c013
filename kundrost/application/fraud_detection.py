"""DetectFraud: run chosen fraud checks on one call's feedback, or recall what they found."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from attrs import field, frozen

from kundrost.application.fraud_evidence import DUPLICATE_WINDOW, gather_evidence
from kundrost.application.recorded_feedback import recorded_feedback
from kundrost.domain.fraud import CheckType, FraudCheck, FraudVerdict, selection
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import CallSessionId, FraudCheckId
from kundrost.ports.analyzer import FeedbackAnalyzer, FeedbackInput
from kundrost.ports.errors import NotFound
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class DetectFraud:
    """The verdict of the selected checks on a session's feedback.

    While the transcript is kept, the feedback is analysed again and the checks run on the
    same evidence as in the analysis job; the verdict is stored as a fraud record. Once the
    transcript is gone (deleted as fraudulent or low-grade, or never kept) there is nothing
    to read, so the answer is recalled from the stored fraud records: for each selected
    check, its latest stored run, combined into one verdict by the policy.
    """

    new_uow: UnitOfWorkFactory
    analyzer: FeedbackAnalyzer
    clock: Clock
    ids: IdGenerator
    fraud_policy: FraudPolicy = field(factory=FraudPolicy)
    duplicate_window: timedelta = DUPLICATE_WINDOW

    async def __call__(
        self, session_id: CallSessionId, check_types: Iterable[str | CheckType]
    ) -> FraudVerdict:
        selected = selection(check_types)
        async with self.new_uow() as uow:
            feedback = await recorded_feedback(uow, session_id, self.clock)
            if feedback.transcript is None:
                records = await uow.fraud_records.for_session(session_id)
                return self._recalled(session_id, records, selected)
        transcript, session = feedback.transcript, feedback.session
        analysis = await self.analyzer.analyse(
            FeedbackInput(transcript, feedback.context, feedback.session.transaction_time)
        )
        async with self.new_uow() as uow:
            evidence = await gather_evidence(
                uow,
                session,
                transcript,
                analysis,
                feedback.context,
                policy=self.fraud_policy,
                duplicate_window=self.duplicate_window,
            )
            verdict = self.fraud_policy.evaluate(evidence, selected)
            await uow.fraud_records.add(
                FraudRecord.of(FraudCheckId(self.ids.new()), session, verdict, self.clock.now())
            )
            await uow.commit()
        return verdict

    def _recalled(
        self,
        session_id: CallSessionId,
        records: list[FraudRecord],
        selected: tuple[CheckType, ...],
    ) -> FraudVerdict:
        latest: dict[CheckType, FraudCheck] = {}
        for record in reversed(records):
            for check in record.verdict.checks:
                latest.setdefault(check.check_type, check)
        checks = [latest[check_type] for check_type in selected if check_type in latest]
        if not checks:
            raise NotFound("fraud checks", session_id)
        return FraudVerdict.combine(checks, self.fraud_policy.suspicious_at_confidence)
