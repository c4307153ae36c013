"""Builders for fraud, grading and assessment tests: an honest visit to Lindqvists Livs."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from kundrost.domain.analysis import (
    ActionableItem,
    Category,
    ContentFlag,
    FeedbackAnalysis,
    FlagKind,
    Sentiment,
    Theme,
)
from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Department,
    OpeningHours,
    Weekday,
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
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.ids import AssessmentId, CallSessionId, StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.rubric import Reach, Rubric, Stakes
from kundrost.domain.rubric_scoring import RubricScores
from kundrost.domain.similarity import signature

STORE_ID = StoreId(UUID("5e0d1c1a-7f3b-4c2e-9a51-2f6b8d4c3a10"))
CALL_SESSION_ID = CallSessionId(UUID("0c6f4a52-3d1e-4b8a-9f27-6e5d4c3b2a19"))
ASSESSMENT_ID = AssessmentId(UUID("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"))
STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = ZoneInfo("UTC")

CUSTOMER_TEXT = (
    "Köttdisken var fantastisk, personalen visste allt om styckdetaljerna och gav mig "
    "ett tips om hur jag skulle steka entrecôten. Däremot var det lång kö i kassan vid "
    "femtiden, bara en kassa var öppen och flera fick vänta i tio minuter."
)
OTHER_CUSTOMER_TEXT = (
    "Jag handlade frukt och bröd. Bananerna var lite för gröna men surdegsbrödet från "
    "bageriet var riktigt gott, och kassörskan var vänlig och snabb trots att det var fullt."
)


def at(text: str, zone: ZoneInfo = STOCKHOLM) -> datetime:
    """An aware datetime from "2026-05-12 14:30" read as a wall-clock time in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def d(value: str | Decimal) -> Decimal:
    return Decimal(value)


def a_store_context(**overrides: Any) -> BusinessContext:
    """Open 08:00–20:00 every day in Stockholm, closed on Christmas Day, no fish counter."""
    fields: dict[str, Any] = {
        "store_id": STORE_ID,
        "operating_hours": {day: OpeningHours(time(8), time(20)) for day in Weekday},
        "closed_dates": frozenset({date(2026, 12, 25)}),
        "departments": (
            Department("Kött", ("köttdisken", "chark")),
            Department("Kassan", ("kassa", "kassorna")),
            Department("Bageriet", ("bröd",)),
        ),
        "baseline_facts": (BaselineFact("Butiken har ingen fiskdisk.", "fisk"),),
        "store_name": "Lindqvists Livs",
    }
    return BusinessContext(**(fields | overrides))


def a_theme(department: str | None = "Kött", **overrides: Any) -> Theme:
    fields: dict[str, Any] = {
        "label": "Köttdisken",
        "sentiment": Sentiment.POSITIVE,
        "category": Category.PRODUCT,
        "department": department,
        "quote": "Köttdisken var fantastisk.",
    }
    return Theme(**(fields | overrides))


def a_flag(kind: FlagKind, confidence: str = "0.9") -> ContentFlag:
    evidence = {
        FlagKind.NONSENSICAL: "Hallonen sjöng i kylen.",
        FlagKind.IMPOSSIBLE_CLAIM: "Butiken borde köpa flygande elefanter.",
        FlagKind.CONTRADICTS_FACT: "Fiskdisken hade färsk lax.",
        FlagKind.UNKNOWN_DEPARTMENT: "Apoteksavdelningen var stängd.",
    }.get(kind, "Bra.")
    return ContentFlag(kind, evidence, Decimal(confidence))


def a_rubric(**overrides: Any) -> Rubric:
    """Praise for the meat counter and a queue at five with one till open, and a fix."""
    fields: dict[str, Any] = {
        "observations": 3,
        "specific_observations": 3,
        "located_observations": 2,
        "timed_observations": 1,
        "causes": 1,
        "suggestions": 1,
        "problems": 1,
        "reach": Reach.RECURRING,
        "stakes": Stakes.MEDIUM,
        "padding_share": Decimal("0.2"),
    }
    return Rubric(**(fields | overrides))


def a_generic_rubric() -> Rubric:
    """ "Allt var bra, trevlig personal": one verdict on the checkout and nothing specific."""
    return a_rubric(
        observations=1,
        specific_observations=0,
        timed_observations=0,
        causes=0,
        suggestions=0,
        problems=0,
        reach=Reach.NONE,
        stakes=Stakes.LOW,
        generic_statements=3,
        padding_share=Decimal("0.8"),
    )


def an_analysis(**overrides: Any) -> FeedbackAnalysis:
    """Praise for the meat counter, a complaint about the queue; it qualifies on its own."""
    fields: dict[str, Any] = {
        "rubric": a_rubric(),
        "themes": (
            a_theme(),
            a_theme(
                "kassan",
                label="Kö i kassan",
                sentiment=Sentiment.NEGATIVE,
                category=Category.SERVICE,
                quote="Det var lång kö i kassan vid femtiden.",
            ),
        ),
        "actionable_items": (
            ActionableItem(
                Category.SERVICE, "Öppna en extra kassa kl. 17–18.", Priority.HIGH, "Kassan"
            ),
        ),
        "summary": "Kunden berömde köttdisken men klagade på kön i kassan vid femtiden.",
        "analyzer": "offline",
        "model_version": "heuristics-1",
    }
    return FeedbackAnalysis(**(fields | overrides))


def a_low_grade_analysis() -> FeedbackAnalysis:
    """Generic feedback: it does not qualify (legitimacy 0.32, four words in five being
    padding; overall 0.1490)."""
    return an_analysis(rubric=a_generic_rubric())


def scored(legitimacy: str, depth: str, usefulness: str) -> RubricScores:
    return RubricScores(d(legitimacy), d(depth), d(usefulness))


def evidence(**overrides: Any) -> FraudEvidence:
    """A Tuesday-afternoon purchase in an open store, told in the customer's own words;
    `other_transcript_texts` are other calls' texts, given to the checks as signatures."""
    fields: dict[str, Any] = {
        "transaction_time": at("2026-05-12 14:30"),
        "analysis": an_analysis(),
        "context": a_store_context(),
        "transcript_text": CUSTOMER_TEXT,
        "other_transcript_texts": (OTHER_CUSTOMER_TEXT,),
        "calls_from_phone_last_window": 0,
    } | overrides
    fields["transcript_signature"] = signature(fields["transcript_text"])
    fields["other_signatures"] = [signature(text) for text in fields.pop("other_transcript_texts")]
    return FraudEvidence(**fields)


def a_check(
    check_type: CheckType = CheckType.CONTENT,
    confidence: str = "0.9",
    *severities: Severity,
) -> FraudCheck:
    """A check with one violation per severity given; none means a clean check."""
    violations = [
        Violation(Indicator.IMPOSSIBLE_CLAIM, severity, "Flygande elefanter.")
        for severity in severities
    ]
    return FraudCheck(check_type, Decimal(confidence), "Granskat.", violations)


def a_clean_verdict() -> FraudVerdict:
    return FraudPolicy().evaluate(evidence())


def a_fraudulent_verdict() -> FraudVerdict:
    """A purchase at four in the morning: the timing check finds it critical."""
    return FraudPolicy().evaluate(evidence(transaction_time=at("2026-05-12 04:00")))


def metadata() -> AnalysisMetadata:
    """Read by a model: 1,200 tokens in and 300 out, 0.000360 dollars at gpt-4o-mini's prices."""
    return AnalysisMetadata(
        "openai",
        "gpt-4o-mini/kundrost-analysis-2",
        840,
        prompt_tokens=1200,
        completion_tokens=300,
        cost_usd=Decimal("0.000360"),
        rubric=a_rubric(),
    )


def an_assessment(
    analysis: FeedbackAnalysis | None = None, verdict: FraudVerdict | None = None
) -> QualityAssessment:
    """Recorded at 15:00 on the day of the purchase, graded by the default policy."""
    analysis = analysis or an_analysis()
    verdict = verdict or a_clean_verdict()
    grade = GradingPolicy().grade(analysis, verdict)
    return QualityAssessment.record(
        ASSESSMENT_ID,
        CALL_SESSION_ID,
        STORE_ID,
        analysis,
        verdict,
        grade,
        metadata(),
        at("2026-05-12 15:00"),
    )
