"""Talk about the feedback call rather than the visit.

Reward requests: cashback, "återbäring", a percentage or a top grade asked for or said to
be deserved ("jag förtjänar högsta betyg", "tio procent för det här", "räcker det för
återbäringen?"). A sentence that asks for the reward tells nothing of the visit.

Grading words (`GRADING_WORDS`): words that grade the feedback itself ("konkret",
"konstruktiv", "detaljerad", "feedback") describe nothing in the store, whatever they are
said of ("personalen var konstruktiv och konkret").

The call itself (`THE_CALL`): the store phoning ("ni ringer", "sluta ringa folk"), its voice
agent ("robotarna", "AI:n"), whoever grades it ("den som läser det här"), the survey or this
conversation ("enkäten", "de här samtalen"). A
sentence about the call observes and asks nothing of the visit: "sluta ringa" is no
suggestion to the store, and "grejen är att ni ringer folk" no detail of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from kundrost.adapters.offline.sifted import Sifted

_FOR_THE_TELLING = (
    r"(?:det|detta|den|denna|dessa|de|dom|mig|min|mitt|mina|att|samtal\w*|svar\w*|"
    r"feedback\w*|en|ett|så|sånt|allt|all|alla|hela|besvär\w*|tid\w*|hjälp\w*)\b"
)
"""What a share is asked for when it is a reward: this, the call, the answers, my time ("tio
procent för det här", "femton procent för mina svar"); a share for a bare noun is a quantity
of goods ("la till tio procent för spill")."""
REWARD = re.compile(
    r"\b(?:återbäring\w*|cashback|belöning\w*|(?:högsta|max\w*|full\w*|hela) (?:betyg\w*|"
    r"poäng(?!en med)\w*|procent\w*|återbäring\w*|pott\w*|belöning\w*|nivå\w*)|maxbetyg\w*|"
    r"full pott|"
    r"procent\w* tillbaka|(?:förtjänar|värd|värt|ge mig|vill ha|hoppas på) (?:\w+ ){0,3}"
    r"(?:procent\w*|betyg\w*|poäng\w*|max\w*)|(?:femton|fjorton|tretton|"
    r"tolv|elva|tio|1[0-5]) procent (?:tillbaka|för(?! (?!" + _FOR_THE_TELLING + r")\w+)|"
    r"i återbäring|på det här)|"
    r"(?:ge mig|vill ha|hoppas (?:på|att jag får|jag får)|förtjänar|räcker (?:det|detta)|"
    r"hur mycket (?:får jag|blir det)|sätt in|borde ge|få (?:den |en )?(?:högre|högsta|max\w*|"
    r"full\w*))(?: \w+){0,5}? (?:pengar tillbaka|mycket tillbaka|återbetalning\w*|"
    r"utdelning\w*|bonus\w*|max\w*|belopp\w*)|"
    r"\bmaxbelopp\w*|full utdelning|pengar tillbaka för (?:bra|detaljerade|långa) svar|"
    r"räck(?:er|a)(?: \w+){0,3}? för (?:\w+ ){0,2}(?:procent\w*|bonus\w*|utdelning\w*|"
    r"återbäring\w*)(?! av\b))"
)
"""Also in other words: "hoppas jag får maxbeloppet", "det här borde ge full utdelning",
"räcker det här för att få bonusen", "räcker det för femton procent?", "det bör väl räcka
för en rejäl bonus" — not a refund ("jag vill ha pengarna tillbaka för osten"), nor what a
thing is enough for ("tårtan räcker för max tio personer")."""
_REWARD_WORDS = (
    "återbäring", "cashback", "belöning", "betyg", "poäng", "procent", "pott", "nivå",
    "tillbaka", "återbetalning", "utdelning", "bonus", "max", "belopp",
)  # fmt: skip
"""Every phrase of `REWARD` holds one of these, so a text without them asks for no reward."""
_REWARD_WORD = re.compile("|".join(_REWARD_WORDS))
"""Any of `_REWARD_WORDS`, wherever in a word: one scan of the text instead of one a word."""


def asks_reward(text: str) -> bool:
    """Whether `REWARD` matches `text`, its words looked for first."""
    return _REWARD_WORD.search(text) is not None and REWARD.search(text) is not None


_REWARDING = Sifted(lambda word: _REWARD_WORD.search(word) is not None)
"""The words holding one of `_REWARD_WORDS`, each word looked at once (`sifted`)."""


def call_asks_reward(words: frozenset[str], phrases: Sequence[str]) -> bool:
    """`asks_reward` of a call's sentences joined, given all its words: a reward word lies
    within one word, so the words are sifted for one instead of the whole text scanned."""
    return bool(_REWARDING.of(words)) and REWARD.search(" ".join(phrases)) is not None


GRADING_PREFIXES = (
    "konkret", "specifik", "detaljerad", "utförlig", "förbättringsförslag",
    "förbättringsområde", "förbättringspotential", "systematisk", "åtgärdsplan", "konsekvens",
    "analys", "feedback", "återkoppling", "konstruktiv", "värdefull", "insikt", "relevant",
    "åtgärd", "förbättringar", "kvalitetshöj", "optimer", "effektiviser", "kundupplevelse",
    "helhetsupplevelse",
)  # fmt: skip
"""The beginnings of the words that grade the feedback itself (a word is one when it begins
with one of them)."""
GRADING_WORDS = re.compile(r"\b(?:" + "|".join(GRADING_PREFIXES) + r")\w*")


@lru_cache(maxsize=65_536)
def _grades(token: str) -> bool:
    return token.startswith(GRADING_PREFIXES)


def grading_words(tokens: Iterable[str]) -> int:
    """How many of the words are grading words: what `GRADING_WORDS` finds in them joined by
    spaces, counted a word at a time."""
    return sum(map(_grades, tokens))


GRADING = Sifted(_grades)
"""The grading words among a call's words, each word tested once (`sifted`)."""


def grades_any(words: Iterable[str]) -> bool:
    """Whether any of the words is a grading word (`GRADING_WORDS` finds one)."""
    return any(map(_grades, words))


THE_CALL = re.compile(
    r"\b(?:(?:att )?ni (?:ringer|ringde|ringa)|ringer ni|ringde ni|(?:sluta|slutar) ringa|"
    r"ai|(?:den|du|ni) som (?:läser|bedömer|lyssnar|analyserar|betygsätter)|"
    r"robot(?:en|ar|arna)?|enkät\w*|(?:det här|detta|de här|dom här|era|ert) samtal\w*|"
    r"samtalen)\b"
)

TO_THE_GRADER = frozenset({"ai", "läser", "bedömer", "lyssnar", "analyserar", "betygsätter"})
"""Words one of which a sentence speaking to the agent or the grader holds (`THE_CALL`)."""


def games(rewarded: bool, to_the_call: Iterable[bool]) -> bool:
    """Whether the call plays for the reward: it asks for it (`rewarded`, `asks_reward` of
    all its words) or speaks to the call or its grader (`THE_CALL`). Such a call earns no
    credit for a rich telling alone — a person by what they did, things placed by each
    other, a large sum — since that is what it would say to be paid."""
    return rewarded or any(to_the_call)
