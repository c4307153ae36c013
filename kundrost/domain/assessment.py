"""QualityAssessment: the graded record of one feedback and what it keeps of the words."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import evolve, field, frozen

from kundrost.domain.analysis import ActionableItem, FeedbackAnalysis, Theme
from kundrost.domain.errors import InvalidValue
from kundrost.domain.fraud import FraudVerdict
from kundrost.domain.grading import Grade, QualityScores
from kundrost.domain.ids import AssessmentId, CallSessionId, StoreId
from kundrost.domain.rubric import Rubric
from kundrost.domain.validation import (
    at_least,
    aware,
    decimal_between,
    each,
    frozen_tuple,
    instance_of,
    text_length,
)

_COST = decimal_between(Decimal(0), Decimal(1000))


@frozen
class AnalysisMetadata:
    """Which analyzer read the feedback, how long it took, the tokens it used and what they
    cost if known, the rubric features it counted (no words of the customer's: they stay
    when the content goes, so a grade can always be explained), and the redaction rules its
    words were kept under."""

    analyzer: str = field(validator=text_length(1, 100))
    model_version: str = field(validator=text_length(1, 100))
    analysis_duration_ms: int = field(validator=at_least(0))
    prompt_tokens: int | None = field(default=None, validator=at_least(0))
    completion_tokens: int | None = field(default=None, validator=at_least(0))
    cost_usd: Decimal | None = field(default=None, validator=_COST)
    rubric: Rubric | None = field(default=None, validator=instance_of(Rubric, optional=True))
    redaction_rules: int | None = field(default=None, validator=at_least(1))
    """The version of the redaction rules (`redaction.REDACTION_RULES`) its words were
    redacted under before they were kept; None when not known (kept by an earlier release),
    and then they are redacted again before they are shown."""


@frozen(kw_only=True)
class QualityAssessment:
    """The grade of one feedback with what the store may read of it.

    Only qualifying feedback keeps content (summary, themes with quotes, actionable
    items). Fraudulent or low-grade feedback keeps its scores, grade and fraud reasons,
    anonymised, for metrics. `fraud_reasons` are the fraud indicators, stable names such
    as `business_hours_violation`.
    """

    id: AssessmentId
    call_session_id: CallSessionId
    store_id: StoreId
    scores: QualityScores
    qualifies: bool
    reward_percentage: Decimal | None = field(validator=decimal_between(Decimal(0), Decimal(100)))
    is_fraudulent: bool
    fraud_reasons: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=each(str))
    summary: str | None = field(default=None, validator=text_length(1, 2000))
    themes: tuple[Theme, ...] = field(default=(), converter=frozen_tuple, validator=each(Theme))
    actionable_items: tuple[ActionableItem, ...] = field(
        default=(), converter=frozen_tuple, validator=each(ActionableItem)
    )
    analysis_metadata: AnalysisMetadata
    created_at: datetime = field(validator=aware)
    content_deleted: bool = False
    is_anonymised: bool = False

    def __attrs_post_init__(self) -> None:
        if self.qualifies != (self.reward_percentage is not None):
            raise InvalidValue("reward_percentage", "exactly a qualifying assessment has one")
        if self.qualifies and self.is_fraudulent:
            raise InvalidValue("qualifies", "fraudulent feedback never qualifies")
        if self.fraud_reasons and not self.is_fraudulent:
            raise InvalidValue("fraud_reasons", "only fraudulent feedback has fraud reasons")
        if not self.qualifies and not self.content_deleted:
            raise InvalidValue("content_deleted", "feedback that does not qualify keeps no content")
        if self.content_deleted and (self.summary or self.themes or self.actionable_items):
            raise InvalidValue("content_deleted", "deleted content cannot be present")
        quoted = any(theme.quote is not None for theme in self.themes)
        if self.is_anonymised and (self.summary or quoted or self.actionable_items):
            raise InvalidValue("is_anonymised", "an anonymised assessment keeps no words")

    @classmethod
    def record(
        cls,
        id: AssessmentId,
        call_session_id: CallSessionId,
        store_id: StoreId,
        analysis: FeedbackAnalysis,
        verdict: FraudVerdict,
        grade: Grade,
        metadata: AnalysisMetadata,
        now: datetime,
    ) -> QualityAssessment:
        """The assessment of a graded feedback, made at `now`.

        Qualifying feedback keeps its content. Fraudulent or low-grade feedback gets no
        reward and its content is deleted at once: it is recorded already without it.
        """
        keeps = grade.qualifies
        return cls(
            id=id,
            call_session_id=call_session_id,
            store_id=store_id,
            scores=grade.scores,
            qualifies=grade.qualifies,
            reward_percentage=grade.reward_percentage,
            is_fraudulent=verdict.is_fraudulent,
            fraud_reasons=verdict.indicators if verdict.is_fraudulent else (),
            summary=(analysis.summary.strip() or None) if keeps else None,
            themes=analysis.themes if keeps else (),
            actionable_items=analysis.actionable_items if keeps else (),
            analysis_metadata=metadata,
            created_at=now,
            content_deleted=not keeps,
            is_anonymised=not keeps,
        )

    def without_content(self) -> QualityAssessment:
        """Summary, themes and items deleted; scores, grade and fraud reasons stay."""
        return evolve(
            self,
            summary=None,
            themes=(),
            actionable_items=(),
            content_deleted=True,
            is_anonymised=True,
        )

    def anonymised(self) -> QualityAssessment:
        """What retention keeps after 90 days (`ASSESSMENT_FIELDS_KEPT_ON_ANONYMISATION`):
        scores, grade, fraud reasons and themes without their quotes; the summary and the
        actionable items go."""
        return evolve(
            self,
            summary=None,
            themes=tuple(theme.without_quote() for theme in self.themes),
            actionable_items=(),
            is_anonymised=True,
        )
