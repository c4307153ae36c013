"""Things of the trade: the store's own words for its things name a particular thing of this
store in the customer's mouth too, in any form.

Beside a department's name a store lists the words its customers use for it: ("Tillbehör",
("batterierna", "domarna", "filtren")), ("Rangen", ("bollautomaten", "rangebollarna")). Those
aliases are the trade's own goods, fixtures and rooms. A customer who says one of them as a
definite noun — inflected ("pendeln" of "pendlarna"), or as the head or the first part of one
("automaten" of "bollautomaten") — names a particular thing of this store (an "a:" referent
at a topic's strength), not only the department at large. It is a detail when the clause
tells something of it beyond a verdict (`observations`): "domarna skaver i högra örat" does,
"knivarna är i världsklass" does not.

A department's own name in any form or compound ("Kurser" and "kurserna", "frukten" of
"Frukt & grönt", "cykelverkstaden" of "Verkstaden") stays the department at large; words
every store has ("kassa", "hyllorna", "disken", "personalen"), abstract nouns
("justeringen") and a kind at large in the indefinite ("lampor är dyra") name nothing
particular.

A thing placed at the customer's home ("vi renoverar badrummet hemma") is theirs, not the
store's: the word names no department of this store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from attrs import evolve

from kundrost.adapters.offline.cues import DETAIL_WORDS, PLACE
from kundrost.adapters.offline.evidence_types import SPECIFIC, TOPIC, ClauseEvidence
from kundrost.adapters.offline.lexicon import is_verdict
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.swedish import VOWELS, abstract_noun, definite_noun, lemmas
from kundrost.adapters.offline.topics import GENERAL_WORDS

MIN_STEM = 4
"""Letters at least of a stem shared whole ("boll" of "bollar" and "rangebollarna")."""
MIN_PART = 5
"""Letters at least of a customer's stem read as the head or first part of a store's
compound: "komm" of "kommer" is no part of "kommoderna"."""
MIN_REST = 3
"""Letters a compound keeps beside the part the customer said ("boll" + "automat")."""
THING = "a:"
"""The referent kind of a thing of the trade."""
_HOME = listed("hemma hemmavid")
_EVERY_STORE = listed(
    """kassa kassan kassor kassorna butik butiken affär affären personal personalen
    entré entrén ingång ingången golv golvet vägg väggen dörr dörren rum rummet sortiment
    sortimentet utbud utbudet vara varor varorna pris priset priser priserna"""
)


@lru_cache(maxsize=65_536)
def stems(word: str) -> frozenset[str]:
    """The dictionary forms a word may come from, with a vowel dropped before "l" put back
    ("speglarna", "spegeln" → "spegel", as "nyckel" and "cykel" inflect)."""
    found = set(lemmas(word))
    for lemma in tuple(found):
        if lemma.endswith("eln") and len(lemma) >= 6:
            found.add(lemma[:-1])
        if len(lemma) >= 4 and lemma[-1] == "l" and lemma[-2] not in VOWELS | {"l", "r"}:
            found.add(lemma[:-1] + "el")
    return frozenset(s for s in found if len(s) >= MIN_STEM)


def _syncopated(token: str) -> bool:
    """A definite noun of a stem in "-el" ("spegeln", "pendeln"), which `definite_noun` does
    not guess."""
    return len(token) >= 6 and token.endswith("eln")


def _thing(word: str) -> bool:
    return not (
        word in GENERAL_WORDS
        or word in _EVERY_STORE
        or DETAIL_WORDS.lookup(word) == PLACE
        or abstract_noun(word)
        or is_verdict(word)
    )


def _of_a_name(word: frozenset[str], named: set[str]) -> bool:
    """Whether a word is a department's own name in some form, or a compound of it
    ("cykelverkstaden" of "Verkstaden", "gitarrväggen" of "Gitarrer")."""
    return any(
        stem == name or (len(name) >= MIN_STEM and (stem.startswith(name) or stem.endswith(name)))
        for stem in word
        for name in named
    )


class TradeWords:
    """The stems of a store's own words for its things (module docstring)."""

    def __init__(self, aliases: Iterable[str], names: Iterable[str]) -> None:
        named = {stem for name in names for word in name.casefold().split() for stem in stems(word)}
        self._stems = frozenset(
            stem
            for alias in aliases
            for word in alias.casefold().split()
            if len(word) >= MIN_STEM and _thing(word) and not _of_a_name(stems(word), named)
            for stem in stems(word)
        )
        self._memo: dict[str, str | None] = {}
        self._things = Sifted(self.thing)

    def __bool__(self) -> bool:
        return bool(self._stems)

    def things_in(self, words: frozenset[str]) -> frozenset[str]:
        """Those of a call's words that name a thing (`thing`): a clause holding none of them,
        and no word of home, is read as it was."""
        return self._things.of(words)

    def thing(self, token: str) -> str | None:
        """The store's stem `token` names a thing of, if it names one."""
        try:
            return self._memo[token]
        except KeyError:
            pass
        found = None
        if (definite_noun(token) or _syncopated(token)) and _thing(token):
            found = next((s for s in sorted(stems(token)) if self._part_of(s)), None)
        self._memo[token] = found
        return found

    def _part_of(self, stem: str) -> bool:
        if stem in self._stems:
            return True
        if len(stem) < MIN_PART:
            return False
        return any(
            (s.endswith(stem) or s.startswith(stem)) and len(s) - len(stem) >= MIN_REST
            for s in self._stems
        )


def at_home(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is placed at the customer's home ("badrummet hemma")."""
    return tokens[index + 1 : index + 2] in (("hemma",), ("hemmavid",)) or (
        tokens[index + 1 : index + 3] == ("där", "hemma")
    )


def with_trade_things(
    clauses: Sequence[ClauseEvidence],
    words: TradeWords,
    named: Callable[[str], str | None],
    said: frozenset[str],
) -> tuple[ClauseEvidence, ...]:
    """The clauses, each word of the trade's things a referent of its own, and each
    department named only by a thing at the customer's home taken away (module docstring).
    `named` gives the department a word names, if it names one; `said` is every word of the
    call."""
    if not words:
        return tuple(clauses)
    things = words.things_in(said)
    if not things and _HOME.isdisjoint(said):
        return tuple(clauses)
    return tuple(
        clause
        if things.isdisjoint(clause.clause.tokens) and _HOME.isdisjoint(clause.clause.tokens)
        else _read(clause, words, named)
        for clause in clauses
    )


def _read(
    clause: ClauseEvidence, words: TradeWords, named: Callable[[str], str | None]
) -> ClauseEvidence:
    tokens = clause.clause.tokens
    homes = (
        {named(t) for i, t in enumerate(tokens) if at_home(tokens, i)}
        if not _HOME.isdisjoint(tokens)
        else set()
    )
    things = {}
    for i, token in enumerate(tokens):
        stem = words.thing(token)
        if stem is not None and not at_home(tokens, i):
            things[token] = stem
    if not things and not homes - {None}:
        return clause
    referents = dict(clause.referents)
    departments = clause.departments
    for home in homes - {None}:
        referents.pop(f"d:{home}", None)
        departments = tuple(d for d in departments if d != home)
    for stem in things.values():
        referents.setdefault(THING + stem, TOPIC)
    names = tuple(dict.fromkeys((*clause.names, *things)))
    return evolve(
        clause,
        referents=tuple(referents.items()),
        departments=departments,
        names=names,
        concrete=bool(referents) and max(referents.values()) >= SPECIFIC,
    )
