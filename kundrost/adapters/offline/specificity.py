"""Depth: how specific the customer was about this visit.

Points come from what the customer named (see `evidence`): each distinct referent counts
its strength — a department 1, a product 0.8, a topic or a place 0.6, a general word like
"service" 0.25 — in full when a clause judged it or gave a number, and at 0.4 when it was
only mentioned in passing ("jag gick förbi bageriet"), up to 4.5 in all. Sentences about
the visit add their times (0.3 each, up to 0.6), numbers and units (0.35 each, up to 1.4),
causes and consequences (0.5 per sentence, up to 1), comparisons (0.3, up to 0.6) and
judging words (0.1 each, up to 0.5); small talk adds nothing. Points saturate,
specificity = 1 − e^(−points/4), and a short account is less deep than a long one with
the same details: depth = specificity · (0.5 + 0.5 · min(1, words about the visit / 60)).
"""

from __future__ import annotations

import math

from kundrost.adapters.offline.evidence import Evidence

PASSING = 0.4


def referent_points(evidence: Evidence) -> float:
    """The strengths of distinct referents, judged ones in full, passing mentions at 0.4."""
    best: dict[str, float] = {}
    for clause in evidence.clauses:
        weight = 1.0 if clause.judged or evidence.cues[clause.clause.sentence].cause else PASSING
        for key, strength in clause.referents:
            best[key] = max(best.get(key, 0.0), strength * weight)
    return sum(best.values())


def detail_points(evidence: Evidence) -> float:
    visit = list(evidence.visit_clauses())
    cues = [c for c in evidence.cues if c.about_visit]
    return (
        min(4.5, referent_points(evidence))
        + min(0.6, 0.3 * sum(c.times for c in visit))
        + min(1.4, 0.35 * sum(c.numbers for c in visit))
        + min(1.0, 0.5 * sum(c.cause for c in cues))
        + min(0.6, 0.3 * sum(c.comparison for c in cues))
        + min(0.5, 0.1 * sum(c.judging_words for c in visit))
    )


def visit_words(evidence: Evidence) -> int:
    return sum(c.words for c in evidence.cues if c.about_visit)


def depth(evidence: Evidence) -> float:
    specificity = 1 - math.exp(-detail_points(evidence) / 4)
    return specificity * (0.5 + 0.5 * min(1.0, visit_words(evidence) / 60))
