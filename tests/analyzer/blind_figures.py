"""The blind holdout's figures: how the API's verdicts compare with the store manager's labels.

Each figure is a count out of its own population, so a reader sees both the rate and how many
calls it rests on. Rank correlations are Spearman's (ties get their average rank).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.analyzer.blind_drive import Outcome

CONTENT_INDICATORS = frozenset(
    {"nonsensical_content", "impossible_claim", "unknown_department", "contradicts_baseline_fact"}
)
TIMING_INDICATOR = "business_hours_violation"
BANDS = ("low", "medium", "high")
BAND_CENTRE = {"low": 4.0, "medium": 8.0, "high": 12.5}
"""Midpoints of the README's bands: low ≈ 2–6 %, medium ≈ 6–10 %, high ≈ 10–15 %."""


def band_of(reward: float) -> str:
    """The band a reward percentage falls in: below 6 low, below 10 medium, else high."""
    return "low" if reward < 6 else "medium" if reward < 10 else "high"


@dataclass(frozen=True)
class Share:
    hits: int
    of: int

    @property
    def rate(self) -> float | None:
        return self.hits / self.of if self.of else None

    def __str__(self) -> str:
        rate = "–" if self.rate is None else f"{100 * self.rate:.0f} %"
        return f"{self.hits}/{self.of} ({rate})"


def _share(pairs: Iterable[bool]) -> Share:
    values = list(pairs)
    return Share(sum(values), len(values))


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rank correlation; None for fewer than 3 pairs or a constant side."""
    if len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    return statistics.correlation(_ranks(xs), _ranks(ys))


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


@dataclass(frozen=True)
class Figures:
    """Aggregate agreement of one run with the labels (no call is named)."""

    n: int
    analysable: Share
    qualify_agreement: Share
    false_rewards: Share
    refused_payables: Share
    content_fraud_recall: Share
    content_fraud_named: Share
    honest_flagged: Share
    timing_caught: Share
    rank_honest: float | None
    rank_all: float | None
    band_agreement: Share
    reward_error: float | None
    mean_reward: dict[str, float | None] = field(default_factory=dict)

    def lines(self) -> list[str]:
        def rho(value: float | None) -> str:
            return "–" if value is None else f"{value:.2f}"

        error = "–" if self.reward_error is None else f"{self.reward_error:.2f} points"
        means = ", ".join(
            f"{band} {'–' if value is None else f'{value:.2f} %'}"
            for band, value in self.mean_reward.items()
        )
        return [
            f"calls                                   {self.n}",
            f"analysable as labelled                  {self.analysable}",
            f"qualify agreement                       {self.qualify_agreement}",
            f"false rewards (paid, label says not)    {self.false_rewards}",
            f"refused payables                        {self.refused_payables}",
            f"content-fraud recall (is_fraudulent)    {self.content_fraud_recall}",
            f"  with the labelled indicator           {self.content_fraud_named}",
            f"honest calls flagged as fraud           {self.honest_flagged}",
            f"timing fraud caught                     {self.timing_caught}",
            f"Spearman overall vs value, honest       {rho(self.rank_honest)}",
            f"Spearman overall vs value, all analysed {rho(self.rank_all)}",
            f"reward band agreement (both qualify)    {self.band_agreement}",
            f"mean |reward − band centre|             {error}",
            f"mean reward by labelled band            {means}",
        ]


def figures(items: Sequence[dict[str, Any]], outcomes: Sequence[Outcome]) -> Figures:
    """Compare each item's label with its outcome (same order, same ids)."""
    pairs = list(zip(items, outcomes, strict=True))
    for item, outcome in pairs:
        if item["id"] != outcome.item_id:
            raise ValueError(f"outcome {outcome.item_id} does not belong to item {item['id']}")
    labels = [(item["label"], outcome) for item, outcome in pairs]
    content = [
        (lab, out) for lab, out in labels if CONTENT_INDICATORS & set(lab["fraud_indicators"])
    ]
    honest = [
        (lab, out) for lab, out in labels if lab["analysable"] and not lab["fraud_indicators"]
    ]
    rewarded = [
        (lab["reward_band"], out.reward)
        for lab, out in labels
        if lab["qualifies"] and out.reward is not None
    ]
    return Figures(
        n=len(labels),
        analysable=_share(lab["analysable"] == out.analysed for lab, out in labels),
        qualify_agreement=_share(lab["qualifies"] == out.qualifies for lab, out in labels),
        false_rewards=_share(out.qualifies for lab, out in labels if not lab["qualifies"]),
        refused_payables=_share(not out.qualifies for lab, out in labels if lab["qualifies"]),
        content_fraud_recall=_share(out.is_fraudulent for _, out in content),
        content_fraud_named=_share(
            bool(set(lab["fraud_indicators"]) & set(out.fraud_reasons)) for lab, out in content
        ),
        honest_flagged=_share(out.is_fraudulent for _, out in honest),
        timing_caught=_share(
            out.is_fraudulent for lab, out in labels if TIMING_INDICATOR in lab["fraud_indicators"]
        ),
        rank_honest=_rank(honest),
        rank_all=_rank(labels),
        band_agreement=_share(band_of(reward) == band for band, reward in rewarded),
        reward_error=_mean(abs(reward - BAND_CENTRE[band]) for band, reward in rewarded),
        mean_reward={
            band: _mean(
                out.reward
                for lab, out in labels
                if lab["reward_band"] == band and out.reward is not None
            )
            for band in BANDS
        },
    )


def _rank(pairs: Iterable[tuple[dict[str, Any], Outcome]]) -> float | None:
    """Spearman of the overall score against the manager's value, over the scored calls
    whose label gives one (the older sets' labels have none, or leave it null: those calls
    are left out, and a set with none of them has no rank)."""
    points = [
        (out.overall, lab["value"])
        for lab, out in pairs
        if out.overall is not None and lab.get("value") is not None
    ]
    return spearman([score for score, _ in points], [value for _, value in points])


def _mean(values: Iterable[float]) -> float | None:
    collected = list(values)
    return statistics.fmean(collected) if collected else None
