"""Complaints: a clause that judges something worse than it praises it.

A complaint is a clause whose negative weight (`lexicon.sentiment`: judging words, faults and
excesses) is at least one half and outweighs its praise; it makes an observation a problem
and a sentence a candidate for an actionable item.
"""

from __future__ import annotations

from kundrost.adapters.offline.evidence_types import ClauseEvidence

COMPLAINT = 0.5


def is_complaint(clause: ClauseEvidence) -> bool:
    return clause.negative >= COMPLAINT and clause.negative > clause.positive
