"""The evidence of one call, as `evidence` gathers it: per clause what it names and how it
judges it, per sentence its cues (see `evidence`)."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import define, frozen

from kundrost.adapters.offline.numbers import Amount
from kundrost.adapters.offline.reading import Clause, Reading

DEPARTMENT, PRODUCT, TOPIC, GENERAL = 1.0, 0.8, 0.6, 0.25
SPECIFIC = 0.6


@define
class ClauseEvidence:
    """Made positionally, once for every clause: attrs' keyword arguments cost 2 % of a pass.
    Never changed once made (`attrs.evolve` makes another), but not `frozen`: a frozen class
    sets each field through `object.__setattr__`, which made building them 4 % of a pass."""

    clause: Clause
    topics: tuple[str, ...]
    products: tuple[str, ...]
    departments: tuple[str, ...]
    unlisted: tuple[str, ...]
    referents: tuple[tuple[str, float], ...]
    times: int
    numbers: int
    judging_words: int
    positive: float
    negative: float
    amounts: tuple[Amount, ...]
    own_nouns: tuple[str, ...] = ()
    """Definite nouns no lexicon knows ("styckdetaljerna", "larmbrickan")."""
    concrete: bool = False
    """Whether the clause is about something in particular, not the visit at large."""
    names: tuple[str, ...] = ()
    """The words that named its referents ("kanelbullarna", "bageriet", "kön"): a
    description is a word beside them."""

    @property
    def judged(self) -> bool:
        return bool(self.positive or self.negative or self.numbers)


@frozen
class SentenceCues:
    """Made positionally, as `ClauseEvidence`, and shared by every sentence with the same cues
    (`evidence._CUES`)."""

    wish: bool
    suggestion: bool
    cause: bool
    comparison: bool
    about_visit: bool
    words: int
    refers_back: bool = False
    elsewhere: bool = False
    """The sentence is about another store (`elsewhere`)."""
    about_call: bool = False
    """The sentence is about the feedback call, not the visit (`rewards.THE_CALL`)."""

    @property
    def actionable(self) -> bool:
        return self.wish or self.suggestion


@define
class Evidence:
    """Not `frozen`, for the reason `ClauseEvidence` is not."""

    reading: Reading
    clauses: tuple[ClauseEvidence, ...]
    cues: tuple[SentenceCues, ...]
    sentences: tuple[tuple[ClauseEvidence, ...], ...]
    sentence_tokens: tuple[tuple[str, ...], ...]
    sentence_amounts: tuple[tuple[Amount, ...], ...]
    phrases: tuple[str, ...] = ()
    """Each sentence's words joined by single spaces, as the cue patterns read them."""
    words: frozenset[str] = frozenset()
    """Every word the customer said, so a rule can tell at once that it has nothing to read
    (`not WORDS.isdisjoint(evidence.words)`, written out: a method for it cost a third more)."""
    echo: frozenset[str] = frozenset()
    """Stems of the store's own words in this call (`echo`)."""
    rewarded: bool = False
    """The call asks for the reward (`rewards.asks_reward` of all its words)."""
    gaming: bool = False
    """The call plays for the reward (`rewards.games`): a rich telling alone earns nothing."""

    def cued_sentences(self, cues: frozenset[str]) -> Iterator[tuple[int, tuple[str, ...], str]]:
        """Each sentence holding one of `cues`: its index, tokens and phrase. Nothing is
        walked when the call says none of them, as most calls do not."""
        if not cues.isdisjoint(self.words):
            for index, tokens in enumerate(self.sentence_tokens):
                if not cues.isdisjoint(tokens):
                    yield index, tokens, self.phrases[index]

    def in_sentence(self, index: int) -> tuple[ClauseEvidence, ...]:
        return self.sentences[index]

    def visit_clauses(self) -> Iterator[ClauseEvidence]:
        return (c for c in self.clauses if self.cues[c.clause.sentence].about_visit)
