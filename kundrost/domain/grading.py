"""Grading: the quality scores of a feedback, whether it qualifies, and the cashback it earns."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.fraud import FraudVerdict
from kundrost.domain.rubric import Rubric
from kundrost.domain.rubric_scoring import RubricPolicy, RubricScores
from kundrost.domain.validation import (
    decimal,
    decimal_between,
    each,
    frozen_tuple,
    text_length,
    unit_interval,
)

OVERALL_PLACES = Decimal("0.0001")


@frozen
class QualityScores:
    """The analyzer's three scores and the weighted overall, each in [0, 1].

    `overall` is stored rounded half-up to 4 places; the qualification and the reward are
    decided on the exact weighted sum, so a stored 0.3000 may stand for 0.29999 that did
    not qualify.
    """

    legitimacy: Decimal = field(validator=unit_interval)
    depth: Decimal = field(validator=unit_interval)
    usefulness: Decimal = field(validator=unit_interval)
    overall: Decimal = field(validator=unit_interval)


class ReasonCode(StrEnum):
    QUALIFIES = "QUALIFIES"
    FRAUDULENT = "FRAUDULENT"
    LEGITIMACY_BELOW_MINIMUM = "LEGITIMACY_BELOW_MINIMUM"
    OVERALL_BELOW_MINIMUM = "OVERALL_BELOW_MINIMUM"


@frozen
class GradeReason:
    """Why a feedback did or did not qualify: a stable code, a sentence, fraud indicators."""

    code: ReasonCode
    message: str = field(validator=text_length(1, 500))
    indicators: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=each(str))


@frozen
class Grade:
    """A graded feedback. It qualifies exactly when it earns a reward; its reasons name
    every rule it failed, or the single reason it qualifies; `explanation` names the rubric
    features the scores came from."""

    scores: QualityScores
    reward_percentage: Decimal | None = field(validator=decimal)
    reasons: tuple[GradeReason, ...] = field(converter=frozen_tuple, validator=each(GradeReason))
    explanation: str = field(default="", validator=text_length(0, 1000))

    def __attrs_post_init__(self) -> None:
        if not self.reasons:
            raise InvalidValue("reasons", "a grade explains itself with at least one reason")

    @property
    def qualifies(self) -> bool:
        return self.reward_percentage is not None

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return tuple(reason.code for reason in self.reasons)


@frozen
class GradingPolicy:
    """overall = 0.4·legitimacy + 0.3·depth + 0.3·usefulness, the weights summing to 1.

    The three scores come from the analysis's rubric features by `rubric` (see
    `RubricPolicy`). A feedback qualifies when it is not fraudulent, its legitimacy is at
    least 0.5 and its overall at least 0.30. It then earns 2 + 13·(overall − 0.30)/(1 − 0.30)
    % cashback, rounded half-up to the cent and kept within 2.00–15.00: the floor at the threshold,
    the ceiling at a perfect 1.0, rising steadily in between so better feedback never
    earns less.
    """

    legitimacy_weight: Decimal = field(default=Decimal("0.4"), validator=unit_interval)
    depth_weight: Decimal = field(default=Decimal("0.3"), validator=unit_interval)
    usefulness_weight: Decimal = field(default=Decimal("0.3"), validator=unit_interval)
    min_legitimacy: Decimal = field(default=Decimal("0.5"), validator=unit_interval)
    min_overall: Decimal = field(default=Decimal("0.30"), validator=unit_interval)
    reward_floor: Decimal = field(
        default=Decimal("2.00"), validator=decimal_between(Decimal(0), Decimal(100))
    )
    reward_ceiling: Decimal = field(
        default=Decimal("15.00"), validator=decimal_between(Decimal(0), Decimal(100))
    )
    rubric: RubricPolicy = field(factory=RubricPolicy)

    def __attrs_post_init__(self) -> None:
        total = self.legitimacy_weight + self.depth_weight + self.usefulness_weight
        if total != 1:
            raise InvalidValue("weights", f"must sum to 1, got {total}")
        if self.min_overall >= 1:
            raise InvalidValue("min_overall", "must be below 1 for the reward to rise")
        if self.reward_floor > self.reward_ceiling:
            raise InvalidValue("reward_floor", "must not exceed the reward ceiling")

    def scores(self, analysis: FeedbackAnalysis) -> RubricScores:
        """The three scores of an analysis, from its rubric features and content flags."""
        return self.rubric.scores(analysis.rubric, analysis.content_flags)

    def overall(self, scores: RubricScores) -> Decimal:
        """The exact weighted sum of the three scores."""
        return (
            self.legitimacy_weight * scores.legitimacy
            + self.depth_weight * scores.depth
            + self.usefulness_weight * scores.usefulness
        )

    def reward_for(self, overall: Decimal) -> Decimal | None:
        """The cashback percentage for an overall quality, None below the threshold."""
        if overall < self.min_overall:
            return None
        span = self.reward_ceiling - self.reward_floor
        raw = self.reward_floor + span * (overall - self.min_overall) / (1 - self.min_overall)
        return min(max(rounded(raw), self.reward_floor), self.reward_ceiling)

    def grade(self, analysis: FeedbackAnalysis, verdict: FraudVerdict) -> Grade:
        """Grade one analysed feedback against the fraud verdict on it."""
        return self.judge(self.scores(analysis), verdict, analysis.rubric)

    def judge(
        self, scored: RubricScores, verdict: FraudVerdict, rubric: Rubric | None = None
    ) -> Grade:
        """Grade three scores against a fraud verdict, explained by the rubric they came from."""
        overall = self.overall(scored)
        scores = QualityScores(
            scored.legitimacy, scored.depth, scored.usefulness, rounded(overall, OVERALL_PLACES)
        )
        explanation = rubric.describe() if rubric is not None else ""
        reasons = self._failures(scored, overall, verdict)
        reward = None if reasons else self.reward_for(overall)
        if reward is None:
            return Grade(scores, None, reasons, explanation)
        earns = f"Overall quality {scores.overall} earns {reward} % cashback."
        return Grade(scores, reward, (GradeReason(ReasonCode.QUALIFIES, earns),), explanation)

    def _failures(
        self, analysis: RubricScores, overall: Decimal, verdict: FraudVerdict
    ) -> tuple[GradeReason, ...]:
        reasons: list[GradeReason] = []
        if verdict.is_fraudulent:
            found = ", ".join(verdict.indicators) or "no indicator named"
            message = f"Fraud detected ({found}): fraudulent feedback earns nothing."
            reasons.append(GradeReason(ReasonCode.FRAUDULENT, message, verdict.indicators))
        if analysis.legitimacy < self.min_legitimacy:
            message = (
                f"Legitimacy {analysis.legitimacy} is below the minimum {self.min_legitimacy}."
            )
            reasons.append(GradeReason(ReasonCode.LEGITIMACY_BELOW_MINIMUM, message))
        if overall < self.min_overall:
            exact = f"{overall.normalize():f}"
            message = f"Overall quality {exact} is below the minimum {self.min_overall}."
            reasons.append(GradeReason(ReasonCode.OVERALL_BELOW_MINIMUM, message))
        return tuple(reasons)
