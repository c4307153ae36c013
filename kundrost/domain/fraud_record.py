"""FraudRecord: a stored fraud verdict, kept a year so that repeat fraud can be seen."""

from __future__ import annotations

from datetime import datetime

from attrs import field, frozen

from kundrost.domain.call_session import CallSession
from kundrost.domain.fraud import FraudVerdict
from kundrost.domain.ids import CallSessionId, FraudCheckId, StoreId
from kundrost.domain.retention import RecordKind, RetainedRecord
from kundrost.domain.validation import aware, instance_of


@frozen(kw_only=True)
class FraudRecord:
    """The verdict of one run of the fraud checks on one call's feedback. It holds
    indicators and reasoning, never the customer's words (see `Violation`)."""

    id: FraudCheckId
    call_session_id: CallSessionId
    store_id: StoreId
    verdict: FraudVerdict = field(validator=instance_of(FraudVerdict))
    created_at: datetime = field(validator=aware)

    @classmethod
    def of(
        cls, id: FraudCheckId, session: CallSession, verdict: FraudVerdict, now: datetime
    ) -> FraudRecord:
        """The record of `verdict`, reached at `now` on the feedback of `session`."""
        return cls(
            id=id,
            call_session_id=session.id,
            store_id=session.store_id,
            verdict=verdict,
            created_at=now,
        )

    def retained_record(self) -> RetainedRecord:
        return RetainedRecord(RecordKind.FRAUD_CHECK, self.id, self.created_at)
