"""Unrelated answers: a call whose answers at length share nothing with the visit asked about.

The agent asks about the visit; a customer who answers every question at length with something
else ("Min moster har en husvagn i Dalarna", "Jupiter har fler månar än man tror", "Jag röstade
inte i förra valet") tells the store nothing of it, in fluent Swedish. A sentence touches the
visit when it names something of the store or of a shop visit (a department, a topic such as
staff, price or checkout, a thing named before, a dealing such as ordering, fetching or paying,
a serving trade's person: "montören"), speaks to or of the store ("ni", "butiken",
"kundupplevelsen"), passes a verdict ("bra", "trevlig", "väldigt quick";
not one on a thing it names right after: "bra bilar", "aldrig gillat fotboll"), says back a
word of substance of the agent's questions (`echo`), or speaks of the call; a product alone
does not (the "sill" of a recipe is no purchase), but a short answer naming one ("Tulpaner.")
answers what was bought. From three sentences of three words of substance or more, none
touching the visit, and no answer at all that does, the call is nonsense (0.7). Minimal
answers ("Bra.", "Byxor.") are too short to count, and a customer who touches the visit once
merely wanders.
"""

from __future__ import annotations

from decimal import Decimal

from kundrost.adapters.offline.echo import echoes
from kundrost.adapters.offline.evidence_types import ClauseEvidence, Evidence
from kundrost.adapters.offline.lexicon import polarity
from kundrost.adapters.offline.nonsense import ANSWER_WORDS, FUNCTION_WORDS
from kundrost.adapters.offline.patterns import listed

_AT_LENGTH = 3
"""Words of substance a sentence needs to count as an answer at length."""
_ANSWERS = 3
"""Answers at length, none touching the visit, that make the call unrelated."""
_UNRELATED = Decimal("0.7")
_PLAIN = FUNCTION_WORDS | ANSWER_WORDS
_DEALINGS = listed(
    """köpa köper köpte köpt köpta handlade handlat handla beställa beställer beställde
    beställt beställning beställningen lämna lämnade lämnat hämta hämtade hämtat betala
    betalade betalat boka bokade bokat besökte besökt provade provat hyrde hyrt montering
    monteringen leverans leveransen levererade levererat kvitto kvittot"""
)
"""What a customer does with a store, which tells of the visit whatever it names: "Vi hade
beställt montering av köket"."""
_THE_STORE = listed("ni er era ert butiken affären stället butik affär")
_OF_THE_STORE = ("butik", "kund")
"""Speaking to the store or of it ("levererar ni", "Butiken har en stark positionering",
"kundupplevelsen") is about it, however empty."""
_SERVING = "ören"
"""The ending of a serving trade's person ("montören", "frisören", "chauffören")."""
_DEGREE = listed("väldigt ganska riktigt jätte super very really quite pretty")
"""Degree words, which make a verdict of any word they grade ("väldigt quick")."""


def unrelated_confidence(evidence: Evidence) -> Decimal | None:
    """0.7 when every answer at length is about something else than the visit, else None."""
    if evidence.rewarded or len(evidence.sentences) < _ANSWERS:
        return None
    at_length = 0
    for clauses, cues, tokens in zip(
        evidence.sentences, evidence.cues, evidence.sentence_tokens, strict=True
    ):
        if cues.about_call or any(map(_names, clauses)):
            return None
        if any(echoes(t, evidence.echo) for t in tokens if t not in _PLAIN and len(t) > 3):
            return None
        if (
            not _DEALINGS.isdisjoint(tokens)
            or not _THE_STORE.isdisjoint(tokens)
            or any(t.endswith(_SERVING) or t.startswith(_OF_THE_STORE) for t in tokens)
        ):
            return None
        if sum(1 for t in tokens if t not in _PLAIN) >= _AT_LENGTH:
            if not _DEGREE.isdisjoint(tokens) or any(map(_judges, clauses)):
                return None
            at_length += 1
    return _UNRELATED if at_length >= _ANSWERS else None


def _names(clause: ClauseEvidence) -> bool:
    """Whether the clause names something of the visit: a department, a topic, a thing named
    before; a product only in a short answer ("Tulpaner.")."""
    return bool(
        clause.departments
        or clause.topics
        or any(not referent.startswith("p:") for referent, _ in clause.referents)
        or (clause.products and len(clause.clause.tokens) < _AT_LENGTH)
    )


def _judges(clause: ClauseEvidence) -> bool:
    """Whether the clause passes a verdict that may be on what was asked: one said of a thing
    it names right after ("bra bilar", "vackra djur", "gillat fotboll") judges that thing."""
    if not (clause.judging_words or clause.positive or clause.negative):
        return False
    tokens = clause.clause.tokens
    return any(
        polarity(token) and not _of_a_thing(tokens[index + 1 : index + 2])
        for index, token in enumerate(tokens)
    ) or not any(map(polarity, tokens))


def _of_a_thing(after: tuple[str, ...]) -> bool:
    """Whether the word after a verdict is a thing it judges: a word of substance, no verdict
    or degree word itself."""
    return bool(after) and after[0] not in _PLAIN and not polarity(after[0]) and len(after[0]) > 2
