"""Ports: what the application needs from the world, as `typing.Protocol`s with contracts.

Each port's docstring states what every adapter must do; `tests/adapters` holds one
contract suite per port, run against every adapter.
"""

from kundrost.ports.analyzer import AnalyzerError, FeedbackAnalyzer, FeedbackInput
from kundrost.ports.availability import Unavailable
from kundrost.ports.call_time import CallTime
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import (
    CallAlreadyExists,
    ContextConflict,
    DecryptionFailed,
    NotFound,
    ReportExists,
    TranscriptAlreadyRecorded,
)
from kundrost.ports.job_queue import Handlers, Job, JobHandler, JobKind, JobQueue, JobRunner
from kundrost.ports.model_leg import ModelLeg, RealtimeModel
from kundrost.ports.phone_leg import PhoneLeg
from kundrost.ports.repositories import (
    AnalysisJobRepository,
    AssessmentRepository,
    BusinessContextRepository,
    CallQualityRepository,
    CallSessionRepository,
    FraudRecordRepository,
    TranscriptRepository,
    WeeklyReportRepository,
)
from kundrost.ports.session_store import SessionStore, WindowCount
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.tallies import AssessmentTally, SessionTally
from kundrost.ports.telephony import Telephony, TelephonyError
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from kundrost.ports.voice import ConversationEnded, VoiceAgent

__all__ = [
    "AnalysisJobRepository",
    "AnalyzerError",
    "AssessmentRepository",
    "AssessmentTally",
    "BusinessContextRepository",
    "CallAlreadyExists",
    "CallQualityRepository",
    "CallSessionRepository",
    "CallTime",
    "Cipher",
    "Clock",
    "ContextConflict",
    "ConversationEnded",
    "DecryptionFailed",
    "FeedbackAnalyzer",
    "FeedbackInput",
    "FraudRecordRepository",
    "Handlers",
    "IdGenerator",
    "Job",
    "JobHandler",
    "JobKind",
    "JobQueue",
    "JobRunner",
    "ModelLeg",
    "NotFound",
    "PhoneLeg",
    "RealtimeModel",
    "ReportExists",
    "SessionStore",
    "SessionTally",
    "Telephony",
    "TelephonyError",
    "TranscriptAlreadyRecorded",
    "TranscriptRepository",
    "Unavailable",
    "UnitOfWork",
    "UnitOfWorkFactory",
    "VoiceAgent",
    "WeeklyReportRepository",
    "WindowCount",
]
