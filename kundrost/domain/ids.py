"""Typed identifiers: UUIDs that cannot be mixed up with one another by mypy."""

from __future__ import annotations

from typing import NewType
from uuid import UUID

CallSessionId = NewType("CallSessionId", UUID)
VerificationId = NewType("VerificationId", UUID)
StoreId = NewType("StoreId", UUID)
TranscriptId = NewType("TranscriptId", UUID)
AssessmentId = NewType("AssessmentId", UUID)
ReportId = NewType("ReportId", UUID)
AnalysisJobId = NewType("AnalysisJobId", UUID)
FraudCheckId = NewType("FraudCheckId", UUID)
