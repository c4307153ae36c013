"""WeeklyFeedback: one graded feedback as the weekly report sees it, without personal data."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

from attrs import Factory, field, frozen

from kundrost.domain.analysis import ActionableItem, Theme
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.errors import InvalidValue
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.ids import AssessmentId, CallSessionId
from kundrost.domain.validation import (
    aware,
    decimal_between,
    each,
    frozen_tuple,
    instance_of,
    unit_interval,
)


@frozen
class WeeklyFeedback:
    """One graded feedback as the weekly report sees it: scores, grade, themes and items,
    never a phone number or a transcript. Qualifying feedback has a reward and is never
    fraudulent, as grading decides. The themes' quotes are kept apart from them, in
    `quotes` (one per theme), which a reader may keep sealed until a report samples one;
    themes given with their quotes are split so."""

    assessment_id: AssessmentId = field(validator=instance_of(UUID))
    call_session_id: CallSessionId = field(validator=instance_of(UUID))
    """The call the feedback came from: the report's quotes of it live as long as its words."""
    created_at: datetime = field(validator=[instance_of(datetime), aware])
    qualifies: bool = field(validator=instance_of(bool))
    is_fraudulent: bool = field(validator=instance_of(bool))
    overall_score: Decimal = field(validator=unit_interval)
    reward_percentage: Decimal | None = field(
        default=None, validator=decimal_between(Decimal(0), Decimal(100))
    )
    themes: tuple[Theme, ...] = field(default=(), converter=frozen_tuple, validator=each(Theme))
    actionable_items: tuple[ActionableItem, ...] = field(
        default=(), converter=frozen_tuple, validator=each(ActionableItem)
    )
    usage: AnalysisUsage = field(factory=AnalysisUsage, validator=instance_of(AnalysisUsage))
    """The language model's tokens and their cost for this feedback (zero offline)."""
    quotes: FeedbackQuotes = field(
        default=Factory(lambda self: FeedbackQuotes(t.quote for t in self.themes), takes_self=True),
        validator=instance_of(FeedbackQuotes),
    )
    """The themes' quotes; by default those the given themes carry."""

    @classmethod
    def from_assessment(cls, assessment: QualityAssessment) -> WeeklyFeedback:
        """The report's view of a stored assessment (kept, deleted or anonymised content)."""
        metadata = assessment.analysis_metadata
        return cls(
            assessment_id=assessment.id,
            call_session_id=assessment.call_session_id,
            created_at=assessment.created_at,
            qualifies=assessment.qualifies,
            is_fraudulent=assessment.is_fraudulent,
            overall_score=assessment.scores.overall,
            reward_percentage=assessment.reward_percentage,
            themes=assessment.themes,
            actionable_items=assessment.actionable_items,
            usage=AnalysisUsage.of(
                [(metadata.prompt_tokens, metadata.completion_tokens, metadata.cost_usd)]
            ),
            quotes=FeedbackQuotes(
                (theme.quote for theme in assessment.themes), metadata.redaction_rules
            ),
        )

    def __attrs_post_init__(self) -> None:
        if len(self.quotes) != len(self.themes):
            raise InvalidValue("quotes", "one quote (or none) per theme")
        for theme in self.themes:
            if theme.quote is not None:
                self._unquote_themes()
                break
        if self.qualifies and self.is_fraudulent:
            raise InvalidValue("qualifies", "fraudulent feedback never qualifies")
        if self.qualifies != (self.reward_percentage is not None):
            raise InvalidValue(
                "reward_percentage", "qualifying feedback, and only it, has a reward"
            )

    def _unquote_themes(self) -> None:
        """Themes given with their quotes keep them in `quotes` only."""
        if self.quotes.opened() != tuple(theme.quote for theme in self.themes):
            raise InvalidValue("quotes", "differ from those the themes carry")
        unquoted = tuple(theme.without_quote() for theme in self.themes)
        object.__setattr__(self, "themes", unquoted)  # frozen: set once, while built
