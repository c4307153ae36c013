"""Surreal content: an account that reads as Swedish but cannot be about a real visit.

Three kinds of evidence, read clause by clause, make it nonsensical content:

- Fantastic beings and magic: dragons, unicorns, ghosts, aliens, teleporting, time machines
  (0.7 each); exotic animals such as elephants or giraffes (0.6 each), 0.7 more when they
  fly or talk ("flygande elefanter"). Words that are also praise or idiom ("magiskt gott",
  "personalen var osynlig", "flygande jakob") are not listed.
- Goods, fixtures and the queue doing what only people or animals do (`agency`): a cheese
  that talks or has demands, cucumbers singing in a choir, milk playing cards, a retired
  till, coffee on holiday, a bun that is mayor (0.7 each). Signs and machines that "say" or
  refuse things, and idioms ("trött sallad", "kön stod still"), are ordinary speech.
- Impossible events (`impossible_events`): paying with a snowball or getting sunsets as
  change, a queue running backwards, a freezer that is a door to Lapland, a till at the
  bottom of a lake, rain inside a latte (0.7 each).

From 1 point the account is nonsense, with confidence 0.7, rising by 0.1 per further point
up to 0.95: one talking cheese is a figure of speech, a cheese that talks and has demands is
not feedback, and every further surreal clause makes it surer.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache, reduce
from operator import or_

from kundrost.adapters.offline.agency import PARTICIPLES, acting_things, is_agency_word
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence import Evidence
from kundrost.adapters.offline.impossible_events import impossible_events, is_event_word
from kundrost.adapters.offline.patterns import WordPatterns
from kundrost.adapters.offline.scores import unit
from kundrost.adapters.offline.subjects import (
    GOODS_ENDINGS,
    PERSON,
    THING,
    kind_of_word,
    unknown_noun,
)

FANTASTIC, EXOTIC = "fantastic", "exotic"
_CREATURES: WordPatterns[str] = WordPatterns.of(
    {
        FANTASTIC: """drake draken drakar drakarna enhörning enhörningen enhörningar dinosaurie
            dinosaurien dinosaurier utomjording utomjordingen utomjordingar rymdvarelse
            rymdvarelser rymdskepp rymdskeppet ufo ufot spöke spöket spöken sjöjungfru
            sjöjungfrun trollkarl trollkarlen trollade trollstav trollstaven teleport*
            levitera* tidsmaskin tidsmaskinen tidsresa tidsresenär superkraft superkrafter
            marsian marsianer varulv varulven""",
        EXOTIC: """elefant elefanten elefanter elefanterna giraff giraffen giraffer lejon lejonet
            lejonen tiger tigern tigrar krokodil krokodilen krokodiler zebra zebran zebror
            flodhäst flodhästen noshörning noshörningen kamel kamelen kameler känguru
            kängurun gorilla gorillan pingvin pingvinen pingviner isbjörn isbjörnen""",
    }
)
CREATURE, AGENCY, EVENT = 1, 2, 4
_THEY = frozenset({"de", "dom"})
_NOT_THEM = frozenset(
    {"mig", "dig", "oss", "er", "honom", "henne", "sig", "jag", "du", "han", "hon", "vi", "ni",
     "man"}
)  # fmt: skip
"""Persons "de" cannot point at: the speaker, one person, or an object."""
EVENT_POINTS = 1.0
"""An impossible event is no figure of speech: one alone is nonsense."""


@lru_cache(maxsize=65_536)
def _marks(token: str) -> int:
    """What a word may take part in: a creature, a thing acting, an impossible event."""
    return (
        CREATURE * (_CREATURES.lookup(token) is not None)
        | AGENCY * is_agency_word(token)
        | EVENT * is_event_word(token)
    )


def _not_a_person(token: str, store: StoreDepartments) -> bool:
    """Only goods, devices, departments and the queue can act surreally; a clause without
    one of them has no subject to judge."""
    return kind_of_word(token) not in (None, PERSON) or store.named(token) is not None


def _clause_points(tokens: tuple[str, ...], text: str, store: StoreDepartments) -> float:
    marks = reduce(or_, map(_marks, tokens), 0)
    if not marks:
        return 0.0
    found = 0.0
    if marks & CREATURE:
        for index, token in enumerate(tokens):
            kind = _CREATURES.lookup(token)
            found += 0.7 if kind == FANTASTIC else 0.6 if kind == EXOTIC else 0.0
            if kind == EXOTIC and index and tokens[index - 1] in PARTICIPLES:
                found += 0.7
    if marks & AGENCY and any(_not_a_person(token, store) for token in tokens):
        found += 0.7 * acting_things(tokens, text, store)
    if marks & EVENT:
        found += EVENT_POINTS * impossible_events(tokens, store)
    return found


def _antecedent(
    evidence: Evidence, sentence: int, store: StoreDepartments, depth: int = 3
) -> str | None:
    """The goods a sentence-opening "de"/"dom" speaks of: the last plural word said in the
    sentence before, in the same answer, when it names the store's goods ("ett par kängor
    … De nynnade"), or what a "de" there spoke of; none when people were named after them
    ("barnen"; not "jag", "hon" or "mig", whom "de" cannot mean)."""
    turns = evidence.reading.sentence_turns
    if depth == 0 or sentence == 0 or turns[sentence - 1] != turns[sentence]:
        return None
    for token in reversed(evidence.sentence_tokens[sentence - 1]):
        if token in _THEY:
            return _antecedent(evidence, sentence - 1, store, depth - 1)
        if token in _NOT_THEM:
            continue
        if kind_of_word(token) == PERSON:
            return None
        goods = store.named(token) or kind_of_word(token) == THING
        if token.endswith(GOODS_ENDINGS) and len(token) > 4 and goods:
            return token
        if unknown_noun(token):
            return None
    return None


def surreal_points(evidence: Evidence, store: StoreDepartments) -> tuple[float, str]:
    """The points of the whole account and the first clause that earned any; a sentence
    opening with "de" or "dom" is read with the goods it points back at (`_antecedent`)."""
    points = 0.0
    first = ""
    for clause in evidence.clauses:
        tokens = clause.clause.tokens
        if (
            tokens[0] in _THEY
            and evidence.in_sentence(clause.clause.sentence)[0] is clause
            and reduce(or_, map(_marks, tokens), 0) & AGENCY
        ):
            goods = _antecedent(evidence, clause.clause.sentence, store)
            if goods is not None:
                tokens = (goods, *tokens[1:])
        found = _clause_points(tokens, clause.clause.text, store)
        if found and not first:
            first = clause.clause.text
        points += found
    return points, first


def surreal_content(evidence: Evidence, store: StoreDepartments) -> tuple[Decimal, str] | None:
    """Confidence and the first surreal clause, or None when the account is down to earth."""
    points, first = surreal_points(evidence, store)
    if points < 1.0:
        return None
    return unit(min(0.95, 0.7 + 0.1 * (points - 1.0))), first
