"""Search scoring: how well a piece of a store's kept feedback matches an owner's query.

A hybrid of two signals. Lexical: the share of the query's words that the text (with its
department) contains, word for word or by a shared beginning of at least `min_prefix`
letters, so "bageri" finds "bageriet" and "kassa" finds "kassakö" — Swedish adds its
articles and compounds at the end of a word. Semantic: the cosine similarity of the
analyzer's embeddings of query and text, which finds "surdeg" in a text about bread.

A query may also name one of the store's departments by any name its context gives it, in
Swedish or English: "meat section" finds feedback about the department "Kött" when the
context lists "meat section" among its aliases. The query's words that name the department
then count as found in every text about it (by its department, or by any of its names).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from attrs import field, frozen

from kundrost.domain.business_context import Department
from kundrost.domain.errors import InvalidValue
from kundrost.domain.similarity import words
from kundrost.domain.validation import at_least, decimal_between

SCORE_STEP = Decimal("0.0001")
_weight = decimal_between(Decimal(0), Decimal(1))

_STOP_WORDS = """
och att det som en ett är var varit i på med för till av den de du vi om så men kan har
hade jag inte eller från vid över under hos nu då sig sin sitt mig min mitt när hur vad
the and of a an to in on at is was for with
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
"""Words too common to tell texts apart: a query's "i" must not match every text."""


@frozen
class SearchPolicy:
    """score = lexical_weight·lexical + semantic_weight·max(cosine, 0), rounded half-up to
    4 places; the weights sum to 1, so the score lies in 0–1. A text is a hit when it shares
    a word with the query or its cosine similarity reaches `min_similarity`. Without dates
    a search covers the last `window` (90 days, the life of personal data)."""

    lexical_weight: Decimal = field(default=Decimal("0.6"), validator=_weight)
    semantic_weight: Decimal = field(default=Decimal("0.4"), validator=_weight)
    min_similarity: Decimal = field(default=Decimal("0.5"), validator=_weight)
    min_prefix: int = field(default=4, validator=at_least(1))
    window: timedelta = timedelta(days=90)
    max_query_chars: int = field(default=200, validator=at_least(1))

    def __attrs_post_init__(self) -> None:
        if self.lexical_weight + self.semantic_weight != 1:
            raise InvalidValue("search_weights", "lexical and semantic weights must sum to 1")

    def score(self, lexical: Decimal, cosine: Decimal) -> Decimal:
        raw = self.lexical_weight * lexical + self.semantic_weight * max(cosine, Decimal(0))
        return min(raw, Decimal(1)).quantize(SCORE_STEP, rounding=ROUND_HALF_UP)

    def is_hit(self, lexical: Decimal, cosine: Decimal) -> bool:
        return lexical > 0 or cosine >= self.min_similarity


def terms(query: str) -> tuple[str, ...]:
    """The query's distinct casefolded words without stop words (all of them if that is all
    it has, so that a query of common words still finds them)."""
    found = tuple(dict.fromkeys(words(query)))
    meaningful = tuple(word for word in found if word not in STOP_WORDS)
    return meaningful or found


def matches(term: str, word: str, min_prefix: int) -> bool:
    """The same word, or one begins the other and has at least `min_prefix` letters."""
    if term == word:
        return True
    shorter, longer = sorted((term, word), key=len)
    return len(shorter) >= min_prefix and longer.startswith(shorter)


def lexical(
    query_terms: Sequence[str],
    text_words: Iterable[str],
    min_prefix: int,
    covered: frozenset[str] = frozenset(),
) -> Decimal:
    """The share of `query_terms` that some word of the text matches, 0–1; a `covered` term
    (one naming a department the text is about) counts as matched."""
    if not query_terms:
        return Decimal(0)
    vocabulary = set(text_words)
    found = sum(
        t in covered or any(matches(t, w, min_prefix) for w in vocabulary) for t in query_terms
    )
    return Decimal(found) / len(query_terms)


def _name_words(name: str) -> tuple[str, ...]:
    found = words(name)
    return tuple(word for word in found if word not in STOP_WORDS) or found


@frozen
class NamedDepartment:
    """A department a query names: `covers` are the query's words that name it, and
    `vocabulary` the words of all its names, by which a text shows it is about it."""

    name: str
    covers: frozenset[str]
    vocabulary: frozenset[str]

    def concerns(self, department: str | None, text_words: Iterable[str], min_prefix: int) -> bool:
        """Whether a text (of `department`, with `text_words`) is about this department."""
        if department is not None and department.casefold() == self.name.casefold():
            return True
        return any(matches(n, w, min_prefix) for w in text_words for n in self.vocabulary)


def departments_named(
    query_terms: Sequence[str], departments: Iterable[Department], min_prefix: int
) -> tuple[NamedDepartment, ...]:
    """The departments whose name or an alias the query contains: every word of that name
    matches one of the query's terms ("meat section" needs both words)."""
    named = []
    for department in departments:
        names = [_name_words(name) for name in department.names()]
        covers = {
            term
            for name in names
            if name and all(any(matches(t, w, min_prefix) for t in query_terms) for w in name)
            for term in query_terms
            if any(matches(term, w, min_prefix) for w in name)
        }
        if covers:
            vocabulary = frozenset(word for name in names for word in name)
            named.append(NamedDepartment(department.name, frozenset(covers), vocabulary))
    return tuple(named)


def cosine(first: Sequence[float], second: Sequence[float]) -> Decimal:
    """Cosine similarity of two embeddings, -1 to 1, rounded to 6 places; 0 for a zero vector.
    The analyzer's floats become an exact number here, before they touch a score."""
    if len(first) != len(second):
        raise InvalidValue("embedding", f"vectors of {len(first)} and {len(second)} dimensions")
    norms = math.hypot(*first) * math.hypot(*second)
    if norms == 0:
        return Decimal(0)
    value = math.fsum(a * b for a, b in zip(first, second, strict=True)) / norms
    return Decimal(repr(round(max(-1.0, min(1.0, value)), 6)))
