"""kundrost.domain: the pure rules of kundrost, for embedding in other services.

Entities and policies only: standard library, attrs and cattrs; no I/O and no clock reads.
See docs/domain.md for a walk-through.
"""

from kundrost.domain.analysability import Analysability, AnalysabilityPolicy, require_analysable
from kundrost.domain.analysis import (
    ActionableItem,
    Category,
    ContentFlag,
    FeedbackAnalysis,
    FlagKind,
    Level,
    Sentiment,
    Theme,
)
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage, JobStatus
from kundrost.domain.analysis_redaction import redact_analysis
from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.business_context import (
    DEFAULT_TIMEZONE,
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
    Question,
)
from kundrost.domain.call_events import (
    Abandoned,
    CallEvent,
    Cancelled,
    Completed,
    Connected,
    Failed,
    RetryRequested,
    apply_event,
)
from kundrost.domain.call_quality import CallQualityMetrics, ConnectionQuality
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.completeness import Completeness, CompletenessPolicy, Gap
from kundrost.domain.conversation import (
    ConversationPlan,
    PlannedQuestion,
    QuestionSource,
    Visit,
    plan_conversation,
)
from kundrost.domain.conversation_policy import ConversationPolicy
from kundrost.domain.errors import (
    DomainError,
    InvalidTransition,
    InvalidValue,
    MaxAttemptsExceeded,
    NotAnalysable,
    NotQualifying,
    NotRetryable,
)
from kundrost.domain.fraud import (
    CheckType,
    FraudCheck,
    FraudEvidence,
    FraudVerdict,
    Indicator,
    Severity,
    Violation,
)
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.grading import Grade, GradeReason, GradingPolicy, QualityScores, ReasonCode
from kundrost.domain.ids import (
    AnalysisJobId,
    AssessmentId,
    CallSessionId,
    FraudCheckId,
    ReportId,
    StoreId,
    TranscriptId,
    VerificationId,
)
from kundrost.domain.language import detect_language, is_swedish
from kundrost.domain.live_calls import LiveCallPolicy
from kundrost.domain.opening_hours import OpeningHours, Weekday
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.priority import Priority
from kundrost.domain.ranking_policy import RankingPolicy
from kundrost.domain.recommendations import (
    Recommendation,
    RecommendationStats,
    filter_recommendations,
    rank_recommendations,
    summary_stats,
)
from kundrost.domain.redaction import redact, redact_names
from kundrost.domain.report_sections import (
    Comparison,
    DepartmentInsight,
    HistoricalComparison,
    InsightKind,
    IssueItem,
    PredictiveInsight,
    TrendItem,
)
from kundrost.domain.report_words import ReportWords, with_words, without_words, words_of
from kundrost.domain.retention import RecordKind, RetainedRecord, RetentionAction, RetentionPolicy
from kundrost.domain.retry import RetryPolicy
from kundrost.domain.rubric import NOTHING_SAID, Reach, Rubric, Stakes
from kundrost.domain.rubric_scoring import RubricPolicy, RubricScores
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.session_outline import SessionOutline
from kundrost.domain.similarity import jaccard, signature, similarity
from kundrost.domain.transcript import Message, MessageType, Speaker, Transcript
from kundrost.domain.transcript_limits import TranscriptLimits
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.trends import ThemeTrend, Trends, WeekPoint, trends
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_aggregation import ReportPolicy, build_weekly_report
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import ReportStatus, WeeklyReport

__all__ = [
    "DEFAULT_TIMEZONE",
    "NOTHING_SAID",
    "Abandoned",
    "ActionableItem",
    "Analysability",
    "AnalysabilityPolicy",
    "AnalysisJob",
    "AnalysisJobId",
    "AnalysisMetadata",
    "AnalysisStage",
    "AssessmentId",
    "BaselineFact",
    "BusinessContext",
    "CallEvent",
    "CallQualityMetrics",
    "CallSession",
    "CallSessionId",
    "CallStatus",
    "Campaign",
    "Cancelled",
    "Category",
    "CheckType",
    "Comparison",
    "Completed",
    "Completeness",
    "CompletenessPolicy",
    "Connected",
    "ConnectionQuality",
    "ContentFlag",
    "ConversationPlan",
    "ConversationPolicy",
    "Department",
    "DepartmentInsight",
    "DomainError",
    "EndReason",
    "Failed",
    "FailureReason",
    "FeedbackAnalysis",
    "FlagKind",
    "FraudCheck",
    "FraudCheckId",
    "FraudEvidence",
    "FraudPolicy",
    "FraudRecord",
    "FraudVerdict",
    "Gap",
    "Grade",
    "GradeReason",
    "GradingPolicy",
    "HistoricalComparison",
    "Indicator",
    "InsightKind",
    "InvalidTransition",
    "InvalidValue",
    "IsoWeek",
    "IssueItem",
    "JobStatus",
    "Level",
    "LiveCallPolicy",
    "MaxAttemptsExceeded",
    "Message",
    "MessageType",
    "NotAnalysable",
    "NotQualifying",
    "NotRetryable",
    "OpeningHours",
    "PhoneNumber",
    "PlannedQuestion",
    "PredictiveInsight",
    "Priority",
    "QualityAssessment",
    "QualityScores",
    "Question",
    "QuestionSource",
    "RankingPolicy",
    "Reach",
    "ReasonCode",
    "Recommendation",
    "RecommendationStats",
    "RecordKind",
    "ReportId",
    "ReportPolicy",
    "ReportStatus",
    "ReportWords",
    "RetainedRecord",
    "RetentionAction",
    "RetentionPolicy",
    "RetryPolicy",
    "RetryRequested",
    "Rubric",
    "RubricPolicy",
    "RubricScores",
    "SampleQuote",
    "Sentiment",
    "SessionOutline",
    "Severity",
    "Speaker",
    "Stakes",
    "StoreId",
    "Theme",
    "ThemeTrend",
    "Transcript",
    "TranscriptId",
    "TranscriptLimits",
    "TrendItem",
    "TrendPolicy",
    "Trends",
    "VerificationId",
    "Violation",
    "Visit",
    "WeekPoint",
    "Weekday",
    "WeeklyFeedback",
    "WeeklyReport",
    "apply_event",
    "build_weekly_report",
    "detect_language",
    "filter_recommendations",
    "is_swedish",
    "jaccard",
    "plan_conversation",
    "rank_recommendations",
    "redact",
    "redact_analysis",
    "redact_names",
    "require_analysable",
    "signature",
    "similarity",
    "summary_stats",
    "trends",
    "with_words",
    "without_words",
    "words_of",
]
