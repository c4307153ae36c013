"""Rubric scoring: the three quality scores of a feedback, computed from its rubric features.

Whatever analyzer read the call, the same features give the same scores, and each score can
be traced to the features that raised or lowered it.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from attrs import field, frozen

from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.decimals import CENT, rounded
from kundrost.domain.rubric import Reach, Rubric, Stakes
from kundrost.domain.validation import decimal, unit_interval

ZERO, ONE = Decimal(0), Decimal(1)
_D = Decimal

DEFAULT_CAPS = {
    FlagKind.NONSENSICAL: _D("0.15"),
    FlagKind.IMPOSSIBLE_CLAIM: _D("0.3"),
    FlagKind.CONTRADICTS_FACT: _D("0.45"),
    FlagKind.UNKNOWN_DEPARTMENT: _D("0.45"),
    FlagKind.GENERIC: _D("0.45"),
}


def _saturating(points: Decimal, scale: Decimal) -> Decimal:
    """1 − e^(−points/scale): the first points count most, and the score never reaches 1."""
    return ONE - (-max(points, ZERO) / scale).exp()


def _unit(score: Decimal) -> Decimal:
    return rounded(min(ONE, max(ZERO, score)), CENT)


def _capped(count: int, cap: int) -> Decimal:
    return Decimal(min(max(count, 0), cap))


@frozen
class RubricScores:
    """Legitimacy, depth and usefulness, each in [0, 1] and rounded half-up to the cent."""

    legitimacy: Decimal = field(validator=unit_interval)
    depth: Decimal = field(validator=unit_interval)
    usefulness: Decimal = field(validator=unit_interval)


@frozen
class RubricPolicy:
    """Rubric features to scores.

    **Depth** — how specific: a specific observation 1 point (up to 4), any other 0.3 (up
    to 3), a placed one 0.35 (up to 3), a timed one 0.35 (up to 2), a cause 0.6 (up to 2);
    depth = points / `depth_full` (6.5), at most 1.

    **Usefulness** — what the store can act on and what it is worth: a suggestion 0.6 at low
    stakes, 1 at medium, 1.3 at high (up to 2 suggestions); a problem 0.6 (up to 3); a
    specific observation that is not a problem 0.35 (up to 4: it tells the store what to
    keep, and whom to thank), any other 0.1 (up to 2); and
    when a problem is reported, its reach (recurring 0.6, systemic 1.3) and stakes (medium
    0.3, high 0.9); usefulness = points / `usefulness_full` (5.5), at most 1.

    **Legitimacy** — an honest account of this visit, grounded in what was observed:
    grounding = specific observations + 0.1 per other one (up to 3) + 0.5 per suggestion (up
    to 2);
    legitimacy = 0.3 + 0.65·(1 − e^(−grounding/1.2)), so a call that observes nothing stays at
    0.3 and cannot qualify (0 when the customer said nothing at all), one specific
    observation reaches about 0.67, and three near 0.94.

    **Penalties.** Padding above half the words scales depth and usefulness down (by up to
    0.6 at all padding). A reward request costs 0.1 legitimacy and scales depth by 0.8 and
    usefulness by 0.6. Each observation about another store costs 0.08 legitimacy (up to
    0.24); empty mentions beyond two cost 0.05 each (up to 0.2). Content flags of confidence
    ≥ 0.7 cap legitimacy (`caps`: nonsense 0.15, an impossible claim 0.3, a contradicted fact
    or an unknown department 0.45, generic content 0.45). Offensive language costs 0.2; at
    confidence ≥ `harsh_language` (0.65: an insult, or three swear words) in a call with
    fewer than `outweighs_harsh` (3) specific observations it caps legitimacy at 0.3: abuse
    with little said is not feedback, while a detailed complaint that swears still is.
    """

    decisive_flag: Decimal = field(default=_D("0.7"), validator=unit_interval)
    padding_normal: Decimal = field(default=_D("0.7"), validator=unit_interval)
    padding_empty: Decimal = field(default=_D("0.85"), validator=unit_interval)
    harsh_language: Decimal = field(default=_D("0.65"), validator=unit_interval)
    depth_full: Decimal = field(default=Decimal("6.5"), validator=decimal)
    usefulness_full: Decimal = field(default=Decimal("5.5"), validator=decimal)
    outweighs_harsh: int = 3

    def scores(self, rubric: Rubric, flags: Iterable[ContentFlag] = ()) -> RubricScores:
        padding = ONE - _D("0.6") * max(ZERO, rubric.padding_share - _D("0.5")) / _D("0.5")
        depth = self.depth(rubric) * padding
        usefulness = self.usefulness(rubric) * padding
        legitimacy = self.legitimacy(rubric)
        if rubric.reward_request:
            depth *= _D("0.8")
            usefulness *= _D("0.6")
        legitimacy = self._flagged(legitimacy, rubric, flags)
        return RubricScores(
            *(rounded(min(ONE, max(ZERO, s)), CENT) for s in (legitimacy, depth, usefulness))
        )

    def depth(self, rubric: Rubric) -> Decimal:
        specific = rubric.within(rubric.specific_observations)
        points = (
            _capped(specific, 4)
            + _D("0.3") * _capped(rubric.observations - specific, 3)
            + _D("0.35") * _capped(rubric.within(rubric.located_observations), 3)
            + _D("0.35") * _capped(rubric.within(rubric.timed_observations), 2)
            + _D("0.6") * _capped(rubric.causes, 2)
        )
        return min(ONE, points / self.depth_full)

    def usefulness(self, rubric: Rubric) -> Decimal:
        problems = rubric.within(rubric.problems)
        specific = rubric.within(rubric.specific_observations)
        kept = max(0, specific - problems)
        per_suggestion = {Stakes.LOW: _D("0.6"), Stakes.MEDIUM: ONE, Stakes.HIGH: _D("1.3")}
        points = (
            per_suggestion[rubric.stakes] * _capped(rubric.suggestions, 2)
            + _D("0.6") * _capped(problems, 3)
            + _D("0.35") * _capped(kept, 4)
            + _D("0.1") * _capped(rubric.observations - problems - kept, 2)
        )
        if problems:
            points += {Reach.NONE: ZERO, Reach.ONE_OFF: ZERO, Reach.RECURRING: _D("0.6")}.get(
                rubric.reach, _D("1.3")
            )
            points += {Stakes.LOW: ZERO, Stakes.MEDIUM: _D("0.3"), Stakes.HIGH: _D("0.9")}[
                rubric.stakes
            ]
        return min(ONE, points / self.usefulness_full)

    def grounding(self, rubric: Rubric) -> Decimal:
        specific = rubric.within(rubric.specific_observations)
        return (
            Decimal(specific)
            + _D("0.1") * _capped(rubric.observations - specific, 3)
            + _D("0.5") * _capped(rubric.suggestions, 2)
        )

    def heard(self, rubric: Rubric) -> Decimal:
        """How much of what was observed is credited, by the share of padding: all of it up
        to `padding_normal`, none from `padding_empty` — one remark in a call about something
        else is not feedback on the visit."""
        over = rubric.padding_share - self.padding_normal
        span = self.padding_empty - self.padding_normal
        return min(ONE, max(ZERO, ONE - over / span)) if span > 0 else ONE

    def legitimacy(self, rubric: Rubric) -> Decimal:
        if rubric.says_nothing:
            return ZERO
        credit = _saturating(self.grounding(rubric), _D("1.2")) * self.heard(rubric)
        score = _D("0.3") + _D("0.65") * credit
        score -= min(_D("0.24"), _D("0.08") * rubric.off_store_observations)
        score -= min(_D("0.2"), _D("0.05") * max(0, rubric.empty_mentions - 2))
        if rubric.reward_request:
            score -= _D("0.1")
        return score

    def _flagged(
        self, legitimacy: Decimal, rubric: Rubric, flags: Iterable[ContentFlag]
    ) -> Decimal:
        flags = tuple(flags)
        kinds = {flag.kind for flag in flags if flag.confidence >= self.decisive_flag}
        for kind in kinds:
            cap = DEFAULT_CAPS.get(kind)
            if cap is not None:
                legitimacy = min(legitimacy, cap)
        rude = max((f.confidence for f in flags if f.kind is FlagKind.OFFENSIVE), default=None)
        if rude is not None:
            outweighed = rubric.within(rubric.specific_observations) < self.outweighs_harsh
            if rude >= self.harsh_language and outweighed:
                return min(legitimacy, _D("0.3"))
            legitimacy -= _D("0.2")
        return legitimacy
