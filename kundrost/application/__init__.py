"""Use cases: one module each, a small class taking a unit-of-work factory and the ports
it needs. Embedding services call them directly; the HTTP API, the scheduler and the demo
compose them in `kundrost.container`.
"""

from kundrost.application.business_context import (
    ContextSaved,
    GetBusinessContext,
    PutBusinessContext,
)
from kundrost.application.call_flow import CallFlow
from kundrost.application.call_status import CallStatusView, GetCallStatus
from kundrost.application.cancel_call import CancelCall
from kundrost.application.cleanup import Cleanup, CleanupReport
from kundrost.application.cleanup_low_grade import CleanupLowGrade, LowGradeCleanup
from kundrost.application.fraud_detection import DetectFraud
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.get_analysis import AnalysisView, GetAnalysis
from kundrost.application.hold_conversation import (
    ConversationBroken,
    ConversationRunning,
    HoldConversation,
)
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.application.metrics import FeedbackMetrics, GetMetrics
from kundrost.application.recommendations import GetRecommendations, RecommendationsView
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import (
    AudioQuality,
    RecordTranscript,
    TranscriptRecorded,
)
from kundrost.application.reports import GetReport, ListReports
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.retry_call import RetryCall
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.application.search import HitKind, SearchFeedback, SearchHit, SearchResults
from kundrost.application.search_scoring import SearchPolicy
from kundrost.application.summarize import FeedbackSummary, Summarize, SummaryLength
from kundrost.application.trends import GetTrends

__all__ = [
    "AnalysisView",
    "AudioQuality",
    "CallFlow",
    "CallStatusView",
    "CancelCall",
    "Cleanup",
    "CleanupLowGrade",
    "CleanupReport",
    "ContextSaved",
    "ConversationBroken",
    "ConversationRunning",
    "DetectFraud",
    "FeedbackMetrics",
    "FeedbackSummary",
    "GenerateWeeklyReport",
    "GetAnalysis",
    "GetBusinessContext",
    "GetCallStatus",
    "GetMetrics",
    "GetRecommendations",
    "GetReport",
    "GetTrends",
    "HitKind",
    "HoldConversation",
    "InitiateCall",
    "InitiateCallCommand",
    "ListReports",
    "LowGradeCleanup",
    "PutBusinessContext",
    "RecommendationsView",
    "RecordCallEvent",
    "RecordTranscript",
    "RequestAnalysis",
    "RetryCall",
    "RunAnalyses",
    "RunAnalysis",
    "SearchFeedback",
    "SearchHit",
    "SearchPolicy",
    "SearchResults",
    "Summarize",
    "SummaryLength",
    "TranscriptRecorded",
]
