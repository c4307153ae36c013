"""Summary: an overview of the themes by sentiment, then the customer's most telling sentences.

Extractive: the analyzer writes no claims of its own. Sentences are ranked by what they
carry — a wish or suggestion (3), each concrete clause (1), a cause or comparison (1), a
judgement (0.5) — and the best three are kept in the order they were said, each cut at
300 characters.
"""

from __future__ import annotations

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.domain.analysis import Sentiment, Theme

SENTENCES = 3
SENTENCE_CHARS = 300
_SIDES = (
    (Sentiment.POSITIVE, "Positivt"),
    (Sentiment.NEGATIVE, "Negativt"),
    (Sentiment.MIXED, "Blandat"),
)


def _weights(evidence: Evidence) -> list[float]:
    """What each sentence carries (module docstring), its clauses read in one walk; every
    part is a multiple of a half, so the sum is exact in any order."""
    weights = [
        3.0 * cues.actionable + 1.0 * (cues.cause or cues.comparison) for cues in evidence.cues
    ]
    for clause in evidence.clauses:
        weights[clause.clause.sentence] += clause.concrete + 0.5 * bool(
            clause.positive or clause.negative
        )
    return weights


def summarise(evidence: Evidence, themes: tuple[Theme, ...]) -> str:
    parts = []
    for sentiment, word in _SIDES:
        labels = [t.label for t in themes if t.sentiment is sentiment]
        if labels:
            parts.append(f"{word}: {', '.join(dict.fromkeys(labels))}.")
    if not parts:
        parts.append("Kunden tog inte upp något särskilt.")
    weights = _weights(evidence)
    # Heaviest first: a reversed sort is stable, so sentences of one weight stay in order.
    ranked = sorted(range(len(weights)), key=weights.__getitem__, reverse=True)
    chosen = sorted(i for i in ranked[:SENTENCES] if weights[i] >= 1.0)
    quoted = [evidence.reading.sentences[i][:SENTENCE_CHARS] for i in chosen]
    if quoted:
        parts.append("Kunden: " + " ".join(f"\u201d{s}\u201d" for s in quoted))
    return " ".join(parts)[:2000]
