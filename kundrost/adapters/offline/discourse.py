"""Discourse: things the customer named in their own words stay things for the rest of the call.

A customer who says "Men truckarna i brädgården" has named something of this store in a word
no lexicon knows; when they go on "en truck backade ut från ett av facken", the truck is
still that thing, so the clause is about the visit like any that names a product or a
place. A definite noun of the customer's own ("truckarna", "styckdetaljerna") said in a
sentence that names something of the store's introduces it; a later clause that names it
again, in any form, names it at a topic's strength ("n:" referents). Nothing is carried out
of talk about another store, and words that fit any visit are never carried.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from attrs import evolve

from kundrost.adapters.offline.evidence_types import TOPIC, ClauseEvidence
from kundrost.adapters.offline.swedish import lemmas
from kundrost.adapters.offline.topics import GENERAL_WORDS

MIN_STEM = 4


@lru_cache(maxsize=65_536)
def _stem(token: str) -> str:
    return lemmas(token)[-1]


def carried(clauses: Sequence[ClauseEvidence], away: Sequence[bool]) -> tuple[ClauseEvidence, ...]:
    """The clauses, those that name a thing introduced earlier made concrete (module doc)."""
    if not any(clause.own_nouns for clause in clauses):
        return tuple(clauses)
    introduced: set[str] = set()
    concrete_sentences = {c.clause.sentence for c in clauses if c.concrete}
    result: list[ClauseEvidence] = []
    for clause in clauses:
        sentence = clause.clause.sentence
        if away[sentence]:
            result.append(clause)
            continue
        if not clause.concrete and introduced:
            stems = map(_stem, clause.clause.tokens)
            named = next((stem for stem in stems if stem in introduced), None)
            if named is not None:
                referents = (*clause.referents, ("n:" + named, TOPIC))
                clause = evolve(clause, referents=referents, concrete=True)
        if sentence in concrete_sentences:
            introduced |= {
                stem
                for noun in clause.own_nouns
                if noun not in GENERAL_WORDS and len(stem := _stem(noun)) >= MIN_STEM
            }
        result.append(clause)
    return tuple(result)
