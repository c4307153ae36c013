"""Grading labelled calls the way a real call goes: the analysability rule first (a call
that cannot be analysed does not qualify), then the offline analyzer, the fraud policy and
the grading policy; and a report of how the outcome compares with the human label."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from attrs import frozen

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import (
    AnalysabilityPolicy,
    FraudEvidence,
    FraudPolicy,
    GradingPolicy,
    Indicator,
)
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context, transaction_time, transcript_of

CONTENT_INDICATORS = {
    Indicator.NONSENSICAL_CONTENT,
    Indicator.IMPOSSIBLE_CLAIM,
    Indicator.UNKNOWN_DEPARTMENT,
    Indicator.CONTRADICTS_BASELINE_FACT,
}
BAND_FLOORS = ((Decimal("10"), "high"), (Decimal("6"), "medium"), (Decimal("0"), "low"))
"""The corpus README's bands: low ≈ 2–6 %, medium ≈ 6–10 %, high ≈ 10–15 %."""


@frozen
class Outcome:
    id: str
    kind: str
    label: Mapping[str, Any]
    qualifies: bool
    indicators: tuple[str, ...]
    reward: Decimal | None
    overall: Decimal = Decimal(0)
    fraudulent: bool = False

    @property
    def agrees(self) -> bool:
        return self.qualifies is self.label["qualifies"]

    @property
    def band(self) -> str | None:
        if self.reward is None:
            return None
        return next(band for floor, band in BAND_FLOORS if self.reward >= floor)


def graded(entry: Mapping[str, Any], stores: Mapping[str, Any] | None = None) -> Outcome:
    """One labelled call through analysability, the offline analyzer, fraud and grading;
    its store from the corpus unless `stores` is given."""
    transcript = transcript_of(entry)
    label = entry["label"]
    if not AnalysabilityPolicy().evaluate(transcript).analysable:
        return Outcome(entry["id"], entry["kind"], label, False, (), None)
    context = business_context(entry["store"], stores)
    analysis = OfflineFeedbackAnalyzer().analyse_now(FeedbackInput(transcript, context))
    verdict = FraudPolicy().evaluate(
        FraudEvidence(
            transaction_time=transaction_time(entry),
            analysis=analysis,
            context=context,
            transcript_text=transcript.customer_text(),
        )
    )
    grade = GradingPolicy().grade(analysis, verdict)
    return Outcome(
        entry["id"],
        entry["kind"],
        label,
        grade.qualifies,
        verdict.indicators,
        grade.reward_percentage,
        grade.scores.overall,
        verdict.is_fraudulent,
    )


def share(hits: int, total: int) -> Decimal:
    return (Decimal(hits) / Decimal(total)).quantize(Decimal("0.001")) if total else Decimal(1)


def report(results: tuple[Outcome, ...], name: str = "corpus") -> str:
    agreed = sum(r.agrees for r in results)
    confusion = Counter((r.label["qualifies"], r.qualifies) for r in results)
    lines = [
        f"{name} agreement on qualifies: {agreed}/{len(results)} = {share(agreed, len(results))}",
        "confusion (label → predicted): "
        + ", ".join(
            f"{'Q' if want else 'N'}→{'Q' if got else 'N'} {confusion[(want, got)]}"
            for want in (True, False)
            for got in (True, False)
        ),
    ]
    for kind in sorted({r.kind for r in results}):
        group = [r for r in results if r.kind == kind]
        hits = sum(r.agrees for r in group)
        lines.append(f"  {kind:<20} {hits}/{len(group)}")
    banded = [r for r in results if r.label["reward_band"] is not None]
    same = sum(r.band == r.label["reward_band"] for r in banded)
    lines.append(f"reward band agreement (informative): {same}/{len(banded)}")
    lines.append("mismatched: " + (", ".join(r.id for r in results if not r.agrees) or "none"))
    off_band = [
        f"{r.id} ({r.label['reward_band']}→{r.band})"
        for r in banded
        if r.band != r.label["reward_band"]
    ]
    lines.append("band differs: " + (", ".join(off_band) or "none"))
    return "\n".join(lines)


def missed_content_fraud(results: Iterable[Outcome]) -> list[str]:
    """Items labelled with a content indicator that none of the verdict's indicators match."""
    return [
        r.id
        for r in results
        if CONTENT_INDICATORS & set(r.label["fraud_indicators"])
        and not set(r.label["fraud_indicators"]) & set(r.indicators)
    ]
