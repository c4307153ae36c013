"""FeedbackAnalysis: what an analyzer says about one conversation, before any rule is applied.

The analyzer counts the rubric's features and extracts themes, items and flags; the domain
scores and decides (`rubric_scoring`, `grading`), so every analyzer is graded by one rule.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.priority import Priority
from kundrost.domain.rubric import Rubric
from kundrost.domain.validation import (
    at_least,
    each,
    frozen_tuple,
    instance_of,
    text_length,
    unit_interval,
)


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    MIXED = "mixed"


class Category(StrEnum):
    PRODUCT = "product"
    SERVICE = "service"
    ENVIRONMENT = "environment"
    STAFF = "staff"
    PRICING = "pricing"
    ACCESSIBILITY = "accessibility"


class Level(StrEnum):
    """A three-step scale for estimated impact and implementation complexity."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FlagKind(StrEnum):
    """Content flags an analyzer may raise; their values are the fraud indicators they become."""

    NONSENSICAL = "nonsensical_content"
    IMPOSSIBLE_CLAIM = "impossible_claim"
    CONTRADICTS_FACT = "contradicts_baseline_fact"
    UNKNOWN_DEPARTMENT = "unknown_department"
    OFFENSIVE = "offensive_language"
    GENERIC = "generic_content"


@frozen
class Theme:
    """One thing the customer talked about, with how they felt about it and where."""

    label: str = field(validator=text_length(1, 200))
    sentiment: Sentiment
    category: Category
    department: str | None = field(default=None, validator=text_length(1, 100))
    quote: str | None = field(default=None, validator=text_length(1, 500))

    def without_quote(self) -> Theme:
        """The theme with the customer's own words removed, for anonymised records."""
        return Theme(self.label, self.sentiment, self.category, self.department, None)


@frozen
class ActionableItem:
    """Something the store can do, as the API shows it to the store."""

    category: Category
    description: str = field(validator=text_length(1, 500))
    priority: Priority = Priority.MEDIUM
    department: str | None = field(default=None, validator=text_length(1, 100))
    estimated_impact: Level = Level.MEDIUM
    implementation_complexity: Level = Level.MEDIUM


@frozen
class ContentFlag:
    """A problem with what was said: nonsense, an impossible claim, a contradicted fact."""

    kind: FlagKind
    evidence: str = field(validator=text_length(1, 500))
    confidence: Decimal = field(default=Decimal("0.8"), validator=unit_interval)


@frozen
class FeedbackAnalysis:
    """An analyzer's reading of one conversation: rubric features, themes, items, flags,
    summary."""

    rubric: Rubric = field(validator=instance_of(Rubric))
    themes: tuple[Theme, ...] = field(default=(), converter=frozen_tuple, validator=each(Theme))
    actionable_items: tuple[ActionableItem, ...] = field(
        default=(), converter=frozen_tuple, validator=each(ActionableItem)
    )
    content_flags: tuple[ContentFlag, ...] = field(
        default=(), converter=frozen_tuple, validator=each(ContentFlag)
    )
    summary: str = field(default="", validator=text_length(0, 2000))
    analyzer: str = "unknown"
    model_version: str = "unknown"
    prompt_tokens: int | None = field(default=None, validator=at_least(0))
    """Tokens a language model read to produce this analysis; None when none was used."""
    completion_tokens: int | None = field(default=None, validator=at_least(0))
    """Tokens a language model wrote for this analysis; None when none was used."""

    def flags(self, kind: FlagKind) -> tuple[ContentFlag, ...]:
        return tuple(flag for flag in self.content_flags if flag.kind is kind)

    def departments(self) -> frozenset[str]:
        """Departments named in themes or items, as the analyzer wrote them."""
        named = [t.department for t in self.themes] + [i.department for i in self.actionable_items]
        return frozenset(d for d in named if d)
