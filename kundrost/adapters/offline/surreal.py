"""Surreal content: an account that reads as Swedish but cannot be about a real visit.

Three kinds of evidence, read clause by clause, make it nonsensical content:

- Fantastic beings and magic: dragons, unicorns, ghosts, aliens, teleporting, time machines
  (0.7 each); exotic animals such as elephants or giraffes (0.6 each). Words that are also
  praise or idiom ("magiskt gott", "personalen var osynlig", "flygande jakob") are not listed.
- Things that act like people or fly: a product, an object or a department ("osten",
  "stolarna", "hammaren", "den") as the subject of speaking, wanting, planning, remembering,
  marrying, running, flying or feeling afraid or sad ("osten började prata", "sa den",
  "stolen sprang ut"), described as flying, talking or singing ("flygande elefanter",
  "talande bananer"), or said to be a mayor, a captain or a boat ("kanelbullen var
  borgmästare") — 0.7 each. Signs, screens, apps and receipts may "say" things, and a
  machine that "ville inte" just failed: those are ordinary speech, not surreal.

From 1 point the account is nonsense, with confidence 0.7, rising by 0.1 per further point
up to 0.95: one talking cheese is a figure of speech, a cheese that talks and has demands is
not feedback.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence import Evidence
from kundrost.adapters.offline.patterns import WordPatterns, listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.scores import unit
from kundrost.adapters.offline.topics import TOPIC_WORDS

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
_ACTS = listed(
    """prata pratade pratar pratat sa sade säger berättade viskade skrek ropade sjöng sjunger
    sjunga sjungit tänker tänkte planerar planerade glömt glömde minns mindes lovade bad
    bestämde applåderade tittade sprang springa springer dansade dansar skrattade skrattar
    grät gråter simmade ledsen ledsna rädd rädda arg arga trött trötta kär bröllop
    gifte gift vill ville flög flyger flyga flugit svävade svävar"""
)
_PARTICIPLES = listed("flygande svävande talande pratande sjungande dansande")
_WANTS = frozenset({"vill", "ville"})
_NEEDS_SIG = frozenset({"gift", "gifte"})
_SPEECH = listed("sa sade säger berättade")
_ROLES = listed(
    """borgmästare borgmästaren kapten kaptenen styrman styrmannen president presidenten kung
    kungen drottning drottningen brud bruden brudgum präst båt båten skepp ubåt raket"""
)
_OBJECTS = listed(
    """den stol stolen stolar stolarna bord bordet borden sko skor skorna skon lampa lampan
    maskin maskinen vagn vagnen vagnar vagnarna kundvagn kundvagnen hylla hyllan hyllor
    hyllorna sten stenar stenarna dörr dörren dörrarna"""
)
_PEOPLE = listed("jag du han hon vi ni man dom de någon alla folk kunden kunderna")
_INFO = listed(
    """skylt skylten skyltar lapp lappen appen app skärm skärmen display displayen kvitto
    kvittot etikett etiketten prislapp prislappen hemsidan termometer termometern"""
)
_COPULA = frozenset({"var", "är", "blev"})
_PREPOSITIONS = listed(
    "i på vid från till med av för om under över bakom bredvid mot hos efter genom"
)


@lru_cache(maxsize=65_536)
def _kind_of_word(token: str) -> str | None:
    if token in _PEOPLE or TOPIC_WORDS.lookup(token) == "staff":
        return "person"
    if token in _INFO:
        return "info"
    if token in _OBJECTS or PRODUCT_WORDS.lookup(token):
        return "thing"
    return None


def _kind(token: str, store: StoreDepartments) -> str | None:
    """ "thing", "info" or "person" for a word that can be a subject, else None."""
    kind = _kind_of_word(token)
    if kind is None and store.named(token):
        return "thing"
    return kind


def _acting_things(tokens: tuple[str, ...], store: StoreDepartments) -> int:
    subject: str | None = None
    found = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in _ACTS:
            if token in _WANTS and following == "inte":
                continue
            if token in _NEEDS_SIG and following != "sig":
                continue
            actor = subject
            inverted = _kind(following, store)
            if inverted is not None:
                actor = inverted
            if actor == "thing" or (actor == "info" and token not in _SPEECH):
                found += 1
        else:
            playing_role = (
                token in _ROLES and subject == "thing" and _COPULA.intersection(tokens[:index])
            )
            flying_thing = token in _PARTICIPLES and (
                _kind(following, store) == "thing" or _CREATURES.lookup(following) == EXOTIC
            )
            found += bool(playing_role or flying_thing)
        if index and tokens[index - 1] in _PREPOSITIONS:
            continue
        kind = _kind(token, store)
        if kind is not None:
            subject = kind
    return found


def surreal_points(evidence: Evidence, store: StoreDepartments) -> tuple[float, str]:
    """The points of the whole account and the first clause that earned any."""
    points = 0.0
    first = ""
    for clause in evidence.clauses:
        tokens = clause.clause.tokens
        found = 0.0
        for token in tokens:
            kind = _CREATURES.lookup(token)
            found += 0.7 if kind == FANTASTIC else 0.6 if kind == EXOTIC else 0.0
        if not (_ACTS.isdisjoint(tokens) and _ROLES.isdisjoint(tokens)) or not (
            _PARTICIPLES.isdisjoint(tokens)
        ):
            found += 0.7 * _acting_things(tokens, store)
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
