"""Usefulness: how much the store can act on what the customer said.

Per sentence: a wish or a suggestion about something in particular (a topic, product or
department, or the concrete sentence it points back at: "Ni borde lägga till dom i listan")
earns 1 point, a vaguer one 0.4; a complaint about something in particular 0.6,
and 0.4 more when the customer says why ("eftersom", "för att"); a vague complaint 0.15;
praise of something in particular 0.4 (it tells the store what to keep, up to 1.2 in
all); a comparison 0.2. A sentence earns at most 1.4. Points saturate:
usefulness = 1 − e^(−points/1.5).
"""

from __future__ import annotations

import math

from kundrost.adapters.offline.evidence import ClauseEvidence, Evidence

COMPLAINT = 0.5


def is_complaint(clause: ClauseEvidence) -> bool:
    return clause.negative >= COMPLAINT and clause.negative > clause.positive


def is_praise(clause: ClauseEvidence) -> bool:
    return clause.positive >= COMPLAINT and clause.positive > clause.negative


def action_points(evidence: Evidence) -> float:
    total = praise = 0.0
    for index, cues in enumerate(evidence.cues):
        clauses = evidence.in_sentence(index)
        concrete = cues.refers_back or any(c.concrete for c in clauses)
        points = 0.0
        if cues.actionable:
            points += 1.0 if concrete else 0.4
        for clause in clauses:
            if is_complaint(clause):
                points += (0.6 + (0.4 if cues.cause else 0.0)) if clause.concrete else 0.15
            elif is_praise(clause) and clause.concrete:
                praise += 0.4
        if cues.comparison:
            points += 0.2
        total += min(1.4, points)
    return total + min(1.2, praise)


def usefulness(evidence: Evidence) -> float:
    return 1 - math.exp(-action_points(evidence) / 1.5)
