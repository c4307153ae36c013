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
- Magic means (`magic_means`): a door opened by a whisper, a cup filled by a look (1 each).
- Voiced things (`voiced_things`): a thing with a voice, a language or a wit of its own, a
  drain that whispers to the customer, a jar humming a song (1 each).
- Clashes of kind (`clashes`): a day graded like a quality ("ganska onsdag"), silence or
  opinions handled as matter ("tvättade mina åsikter"), an act's noun doing its own verb
  ("Reparationen reparerade verkstaden"), an act undone at once ("betalade utan att betala"),
  opposites at once ("var tomt och fullt") (1 each).
- Goods dealing (`goods_dealings`): parts and goods that rent, book, pay or swap other
  things, two clauses or more ("sadeln hyrde en lampa", "punkteringen bokade kedjan") (0.5
  each).
- Impossible events (`impossible_events`): paying with a snowball or getting sunsets as
  change, a queue running backwards, a freezer that is a door to Lapland, a till at the
  bottom of a lake, rain inside a latte (0.7 each).

From 1 point the account is nonsense, with confidence 0.7, rising by 0.1 per further point
up to 0.95: one talking cheese is a figure of speech, a cheese that talks and has demands is
not feedback, and every further surreal clause makes it surer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache, reduce
from operator import or_

from kundrost.adapters.offline.agency import (
    INFORMING,
    PARTICIPLES,
    acting_things,
    is_agency_word,
    may_act,
)
from kundrost.adapters.offline.animals_as_people import animal_as_person_points
from kundrost.adapters.offline.clashes import clash_points
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import ClauseEvidence, Evidence
from kundrost.adapters.offline.goods import goods_in_context, is_goods, may_be_goods
from kundrost.adapters.offline.goods_dealings import goods_dealing_points
from kundrost.adapters.offline.imagined import STEM, imagined_beings
from kundrost.adapters.offline.impossible_events import impossible_events, is_event_word
from kundrost.adapters.offline.magic_means import magic_means_points
from kundrost.adapters.offline.patterns import WordPatterns, listed
from kundrost.adapters.offline.pointing import CARRIED, PARTITIVE, carried, pointed
from kundrost.adapters.offline.scores import unit
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.subjects import (
    PERSON,
    kind_of_word,
)
from kundrost.adapters.offline.unreal_makings import unreal_making_points
from kundrost.adapters.offline.voiced_things import voiced_thing_points

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
_POINTERS = frozenset({"de", "dom", "den", "det", PARTITIVE})
"""Pronouns that may point back at goods (`pointing`)."""
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


_UNMARKED: set[str] = set()
"""Words known to have no mark (`_marks`), set aside together by one set difference."""


def _marked(words: frozenset[str]) -> dict[str, int]:
    """The call's words that have a mark, with it: most words have none, and a word once
    found to have none is not looked up again."""
    found: dict[str, int] = {}
    if len(_UNMARKED) > 65_536:
        _UNMARKED.clear()
    for word in words.difference(_UNMARKED):
        mark = _marks(word)
        if mark:
            found[word] = mark
        else:
            _UNMARKED.add(word)
    return found


def _not_a_person(token: str, store: StoreDepartments) -> bool:
    """Only goods, devices, departments and the queue can act surreally; a clause without
    one of them has no subject to judge."""
    return kind_of_word(token) not in (None, PERSON) or store.named(token) is not None


def _acts(token: str) -> bool:
    """An act a pronoun may be read before: "det förklarade" is ordinary speech."""
    return bool(_marks(token) & AGENCY) and token not in INFORMING


_MEDIA = listed("film filmen affisch affischen omslaget leksak leksaken tecknad tecknade")
"""Films, posters, covers, toys and cartoons: what shows a being or an event that is not
there. Both readings below hold them: `_DEPICTING` as words, `_SHOWING` as word ends."""

_DEPICTING = _MEDIA | listed(
    """bild bilden bilder bilderna affischer skylt skylten skyltar filmer bok boken böcker
    sagan saga tröja tröjan leksaker gosedjur gosedjuret mjukisdjur figur figuren figurer
    maskot maskoten dräkt dräkten utklädd utklädda målning målningen teckning teckningen
    staty statyn ballong ballongen mask masken plansch planschen"""
)
"""A fantastic being in a picture, a film, a book, a toy or a costume is no account of one:
"en bild på en drake som läser", "utklädd till enhörning". Kept apart from `_SHOWING`: these
words only clear the creatures of their own clause, so a shirt, a sign, a balloon or a book
may bear a dragon while goods in the same sentence still act for themselves."""

_SHOWING = (*sorted(_MEDIA), "omslag", "serietidning")
"""Word ends of what tells a whole story ("reklamfilm" ends in "film"): every reading of the
sentence is cleared, so a sign, a shirt or a book ("plånbok" ends in "bok") is not one."""
_TOYS = ("plast", "leksaks", "mjukis", "gosedjurs")
"""Word starts of a toy compound ("plastdinosaurie", "mjukisdrake"): the being is its head,
so these are read as starts, unlike the media's own words."""
_JEST = re.compile(r"\b(?:skämtade|skämtar|skojade|skojar) om att\b|\bpå skämt\b")
_JEST_WORDS = listed("skämtade skämtar skojade skojar skämt")
"""Every phrase of `_JEST` holds one of these."""


def _showing(token: str) -> bool:
    """A word of what tells a whole story (`_SHOWING`, not "filmade") or a toy compound."""
    return (token.endswith(_SHOWING) and not token.startswith(("filmade", "filmat"))) or (
        token.startswith(_TOYS) and len(token) > 8
    )


_SHOWING_WORDS = Sifted(_showing)
"""The call's words `_showing` passes, each word tested once (`sifted`)."""


def _shown(tokens: tuple[str, ...], phrase: str, showing: frozenset[str]) -> bool:
    """A sentence telling what a film, a cover, a poster or a toy shows, or what someone said
    in jest, tells no event of the visit: "en reklamfilm där en ost pratade", "skämtade om
    att vinet mindes kungens bröllop", "en plastdinosaurie som kan prata". `showing` is the
    call's words `_showing` passes."""
    return not showing.isdisjoint(tokens) or (
        not _JEST_WORDS.isdisjoint(tokens) and _JEST.search(phrase) is not None
    )


def _clause_points(
    tokens: tuple[str, ...],
    marks: int,
    text: str,
    store: StoreDepartments,
    goods: Callable[[str], bool],
    imagined: frozenset[str] = frozenset(),
) -> float:
    if not marks:
        return 0.0
    found = 0.0
    if marks & CREATURE and _DEPICTING.isdisjoint(tokens):
        for index, token in enumerate(tokens):
            kind = _CREATURES.lookup(token)
            if kind is not None and token[:STEM] in imagined:
                continue
            found += 0.7 if kind == FANTASTIC else 0.6 if kind == EXOTIC else 0.0
            if kind == EXOTIC and index and tokens[index - 1] in PARTICIPLES:
                found += 0.7
    if (
        marks & AGENCY
        and may_act(tokens)
        and (any(_not_a_person(token, store) for token in tokens) or any(map(goods, tokens)))
    ):
        found += 0.7 * acting_things(tokens, text, store, goods)
    if marks & EVENT:
        found += EVENT_POINTS * impossible_events(tokens, store)
    return found


def surreal_points(evidence: Evidence, store: StoreDepartments) -> tuple[float, str]:
    """The points of the whole account and the first clause that earned any. Nouns the call
    speaks of as goods count as goods (`goods`), "den", "det" or "de" before an act is
    read as the goods it points back at, and goods that opened the clause before are the
    subject of a subjectless clause floating off (`pointing`)."""
    marked = _marked(evidence.words)
    if not marked:
        return 0.0, ""
    words = marked.keys()
    showing = _SHOWING_WORDS.of(evidence.words)
    known: list[frozenset[str]] = []
    asked: dict[str, bool] = {}

    def goods(token: str) -> bool:
        """Read the call's goods only once a word that may be goods is asked about."""
        answer = asked.get(token)
        if answer is None:
            answer = may_be_goods(token) and store.named(token) is None
            if answer:
                if not known:
                    known.append(goods_in_context(evidence.sentence_tokens, store))
                answer = is_goods(token, known[0])
            asked[token] = answer
        return answer

    imagined = (
        imagined_beings(evidence.sentence_tokens, lambda t: _CREATURES.lookup(t) is not None)
        if any(mark & CREATURE for mark in marked.values())
        else frozenset()
    )
    points = 0.0
    first = ""
    sentence = -1
    shown = False
    for clause in evidence.clauses:
        if words.isdisjoint(clause.clause.tokens):
            continue
        if clause.clause.sentence != sentence:
            sentence = clause.clause.sentence
            shown = _shown(evidence.sentence_tokens[sentence], evidence.phrases[sentence], showing)
        if shown:
            continue
        tokens = clause.clause.tokens
        mark = reduce(or_, map(marked.__getitem__, words & tokens))
        if mark & AGENCY and not _POINTERS.isdisjoint(tokens):
            tokens = pointed(
                evidence, sentence, _before(evidence, clause), tokens, store, goods, _acts
            )
        elif mark & AGENCY and not CARRIED.isdisjoint(tokens[:3]):
            tokens = carried(evidence, sentence, _before(evidence, clause), tokens, store, goods)
        found = _clause_points(tokens, mark, clause.clause.text, store, goods, imagined)
        if found and not first:
            first = clause.clause.text
        points += found
    return points, first


def _before(evidence: Evidence, clause: ClauseEvidence) -> tuple[str, ...]:
    """The words of the clauses of `clause`'s sentence said before it: read only for a
    pronoun or a floating act, so unmarked clauses are passed over unread."""
    words: tuple[str, ...] = ()
    for other in evidence.in_sentence(clause.clause.sentence):
        if other is clause:
            break
        words += other.clause.tokens
    return words


_READINGS: tuple[Callable[[Evidence], tuple[float, str]], ...] = (
    unreal_making_points,
    animal_as_person_points,
    magic_means_points,
    voiced_thing_points,
    clash_points,
)
"""The sentence readings beside `surreal_points`, each giving its points and first clause;
the first clause shown is the first reading's that has one, in this order."""


def surreal_content(evidence: Evidence, store: StoreDepartments) -> tuple[Decimal, str] | None:
    """Confidence and the first surreal clause, or None when the account is down to earth."""
    points, first = surreal_points(evidence, store)
    for reading in _READINGS:
        found, said = reading(evidence)
        points, first = points + found, first or said
    found, said = goods_dealing_points(evidence, store)
    points, first = points + found, first or said
    if points < 1.0:
        return None
    return unit(min(0.95, 0.7 + 0.1 * (points - 1.0))), first
