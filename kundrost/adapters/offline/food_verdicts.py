"""Food verdicts: a word of a place's dirt or of a sour mood said of food judges the goods.

"Äcklig" and a smell ("luktade", "stank", "stinker") are cleanliness words, and "sur" is
said of a person: said of a food ("nötterna i kakan var äckliga", "köttfärsen stank", "sur
mjölk", "mjölken var sur") they tell the goods were bad, so the theme is the goods' freshness
and quality, not the store's cleanliness. Said of a place or a fixture ("golvet var äckligt",
"toaletten var äcklig", "det luktade illa vid kassan") or of a person ("kassörskan var sur")
they stay what they were. Sour is off only in goods that sour when they spoil (dairy, bread,
meat, fish, cooked food): sour sweets and sour apples are a taste. The food judged is the
noun right after the word ("äckliga bullar", "sur mjölk") or the subject last said before it
(`subjects`). Only the themes read this: the rubric's topics stay the clause's own.
"""

from __future__ import annotations

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import ClauseEvidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import Subjects, food_group
from kundrost.adapters.offline.topics import TOPIC_WORDS

CLEANLINESS, FRESHNESS = "cleanliness", "freshness"
_FOUL = ("äckl", "lukt", "stank", "stink")
"""Cleanliness words that fit food too; "smutsig", "städat" and the like keep a clause about
the place too ("smörgåsen var äcklig och golvet var smutsigt")."""
_SOUR = listed("sur surt sura surare surnat surnad surnade surnar")
_SOURING = frozenset(
    {"Mejeri och ägg", "Bröd och bakverk", "Kött och chark", "Fisk och skaldjur",
     "Lunch och färdigmat"}
)  # fmt: skip


def _judged_food(subjects: Subjects, index: int) -> str | None:
    """The food group of what the word at `index` is said of (module doc)."""
    tokens = subjects.tokens
    after = index + 1
    if after < len(tokens):
        group = food_group(tokens[after])
        if group is not None:
            return group
    at = subjects.subject_of(index, finite=False)
    return None if at is None else food_group(tokens[at])


def themed_topics(clause: ClauseEvidence, store: StoreDepartments) -> tuple[str, ...]:
    """The clause's topics as its themes read them (module doc)."""
    tokens, topics = clause.clause.tokens, clause.topics
    cleaning = [i for i, t in enumerate(tokens) if TOPIC_WORDS.lookup(t) == CLEANLINESS]
    foul = [i for i in cleaning if tokens[i].startswith(_FOUL)]
    sour = [i for i, t in enumerate(tokens) if t in _SOUR]
    if not (foul or sour):
        return topics
    subjects = Subjects(tokens, clause.clause.text, store)
    foods = [i for i in foul if _judged_food(subjects, i)]
    if foods and len(foods) == len(cleaning):
        topics = tuple(t for t in topics if t != CLEANLINESS)
    if foods or any(_judged_food(subjects, i) in _SOURING for i in sour):
        topics = tuple(dict.fromkeys((*topics, FRESHNESS)))
    return topics
