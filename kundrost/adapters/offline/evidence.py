"""Evidence: what each clause of the customer's speech mentions, and how it judges it.

One pass over the words collects, per clause, the topics, products, departments (the
store's and unlisted ones), places, times, numbers and units, and the positive and negative
sentiment; per sentence, whether it voices a wish or a suggestion, gives a cause or makes
a comparison, and whether it points back at the sentence before. Every score, theme and
flag is read from this.

Each thing a clause names is a referent with a strength: a department 1, a product 0.8, a
topic word 0.6, a place in the store 0.6, and a word that fits any visit ("service",
"personalen", "utbudet", "butiken") 0.25. A clause that names nothing known but says
something failed or was missing ("lösviktsnötterna fanns inte med") names the noun nearest
the fault at 0.6, since a customer's own word for a thing is still a thing. A sentence is
about the visit when one of its clauses names a referent of strength 0.6 or more; small
talk about the weather or the neighbours is not.

A sentence that names nothing itself refers back when the last sentence of more than two
words was about the visit and it points at it: "dom", "den", "där", "sådana", or a bare
comparative ("ta in mognare", "ha fler"). "Ni borde lägga till dom i listan" after a
concrete complaint is then a suggestion about something in particular.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kundrost.adapters.offline.cues import (
    COMPARISON,
    COMPARISON_WORDS,
    DETAIL_WORDS,
    NUMBER,
    PLACE,
    TIME,
    UNIT,
    imperative,
    may_cause,
    may_suggest,
    may_wish,
    phrase,
)
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.discourse import carried
from kundrost.adapters.offline.elsewhere import elsewhere
from kundrost.adapters.offline.evidence_types import (
    DEPARTMENT,
    GENERAL,
    PRODUCT,
    SPECIFIC,
    TOPIC,
    ClauseEvidence,
    Evidence,
    SentenceCues,
)
from kundrost.adapters.offline.lexicon import clause_weights, polarity
from kundrost.adapters.offline.numbers import quantities, word_value
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.reading import Clause, Reading
from kundrost.adapters.offline.references import elliptic, faulted_thing, known_lack
from kundrost.adapters.offline.rewards import (
    GRADING_PREFIXES,
    THE_CALL,
    TO_THE_GRADER,
    call_asks_reward,
    games,
)
from kundrost.adapters.offline.swedish import (
    FALSE_FRIENDS,
    abstract_noun,
    definite_noun,
)
from kundrost.adapters.offline.topics import GENERAL_WORDS, TOPIC_WORDS
from kundrost.adapters.offline.trade_things import with_trade_things

FILLER_WORDS = 2
"""A sentence of two words or fewer ("Ja.", "Okej, visst.") does not break a reference back."""
_ARTICLES = frozenset({"en", "ett", "flera", "några"})
"""Numbers that are also articles: they count only before a unit (see `numbers`)."""
_NOT_TOPICS = frozenset({("på", "plats")})
"""Idioms that hold a topic word without the topic: "två personer på plats" is staffing."""
_FINDING = frozenset({"hitta", "hittade", "hittar", "hittat"})
"""Finding is about the assortment only when nothing else is found: "hitta en plats" is
about seats, "hittade inte havregrynen" about the assortment."""
_WAITED = frozenset({"stod", "väntade", "köade", "väntat", "köat", "vänta"})
"""A wait measured in minutes or hours ("stod jag tio minuter") is said of the queue."""
_DAY_PARTS = frozenset({"lunch", "middags", "frukost", "stängnings", "öppnings", "kvälls"})
_CLOCK = frozenset({"vid", "klockan", "kl", "halv", "kvart", "runt", "strax"})
"""Words before a number that make it a time of day ("vid fem", "klockan sex")."""


def _hour_of_day(token: str) -> bool:
    """ "femtiden", "niotiden", "lunchtiden": a time of day said as "-tiden"."""
    if not token.endswith("tiden") or len(token) < 8:
        return False
    head = token[:-5]
    return head in _DAY_PARTS or (head not in _ARTICLES and word_value(head) is not None)


ONE_WHO = (("hon", "som"), ("han", "som"))
"""A clause opening "hon som läste", "han som lagade punkteringen": one person of the store's,
told by what they did."""
_CALL_WORDS = ("ring", "robot", "enkät", "samtal")
"""Words one of which a sentence about the call holds (`rewards.THE_CALL`); `gather` tests
them one by one, as written out, without a loop."""
_SHARED = frozenset(("ju", "väl"))
"""Words that tell a lack as known to both (`references.known_lack`)."""
_NOT_GOODS = frozenset(t for t in FALSE_FRIENDS if t.endswith(("skött", "skötta")))
"""Participles of "sköta" only look like goods: "välskött" is no meat."""


_INERT: tuple[Any, ...] = ()
"""What a word that neither judges nor names anything is remembered as: the clause reader
skips it at once."""


@lru_cache(maxsize=65_536)
def _profile(token: str) -> tuple[bool, str | None, str | None, str | None, bool]:
    """What a word is, whatever the store: judging or not, detail kind, product, topic, and
    whether it looks like a definite noun."""
    if token.isdigit() or (token not in _ARTICLES and word_value(token) is not None):
        return False, NUMBER, None, None, False
    detail = TIME if _hour_of_day(token) else DETAIL_WORDS.lookup(token)
    judges = bool(polarity(token))
    return (
        judges,
        detail,
        None if token in _NOT_GOODS else PRODUCT_WORDS.lookup(token),
        TOPIC_WORDS.lookup(token),
        definite_noun(token) and not token.startswith(GRADING_PREFIXES),
    )


_QUANTIFIERS = frozenset(("många", "flera", "vissa", "olika", "alla", "andra"))


def _places_at_large(previous: str, token: str) -> bool:
    """ "Ställen" after a quantifier ("på många ställen", "på andra ställen") is places at
    large, the plural of "ställe", not this store's racks ("ställen" of "ställ")."""
    return token == "ställen" and previous in _QUANTIFIERS


def _clause_evidence(clause: Clause, departments: StoreDepartments) -> ClauseEvidence:
    """A department's own name is a department, not also a product or a place ("frukten",
    "mejeriet"); a topic word that is itself a verdict ("fräscht", "dyrt") names nothing in
    particular, like a general word."""
    referents: dict[str, float] = {}
    topics: list[str] = []
    products: list[str] = []
    known: list[str] = []
    unknown: list[str] = []
    times = numbers = judging = 0
    previous = ""
    own_nouns: list[str] = []
    names: list[str] = []
    memo = departments.memo
    for token, word in zip(clause.tokens, map(memo.get, clause.tokens), strict=True):
        if word is _INERT:
            previous = token
            continue
        if word is None:
            if len(memo) > 50_000:
                memo.clear()
            word = (*_profile(token), *departments.word(token))
            judges, detail, product, topic, noun, name, _, special = word
            if not (judges or detail or product or topic or noun or name or special):
                word = _INERT
            memo[token] = word
            if word is _INERT:
                previous = token
                continue
        judges, detail, product, topic, noun, name, department, special = word
        judging += judges
        if name is not None:
            known.append(name)
        elif special is not None:
            unknown.append(special)
        named = detail or product or topic or department or judges
        if name is not None or special is not None:
            names.append(token)
        if noun and not named and not abstract_noun(token):
            own_nouns.append(token)
        if detail == TIME or (detail == NUMBER and previous in _CLOCK):
            times += 1
        elif detail in (NUMBER, UNIT):
            numbers += 1
        elif detail == PLACE and not department and not _places_at_large(previous, token):
            referents.setdefault("l:" + token, TOPIC)
        if product is not None:
            products.append(product)
            if not department:
                referents.setdefault("p:" + token, PRODUCT)
        if topic is not None and (previous, token) in _NOT_TOPICS:
            topic = None
        previous = token
        if topic is not None:
            topics.append(topic)
            general = token in GENERAL_WORDS or judges
            key = ("g:" if general else "t:") + topic
            referents[key] = max(referents.get(key, 0.0), GENERAL if general else TOPIC)
    if len(topics) > 1 and not _FINDING.isdisjoint(clause.tokens):
        found = [TOPIC_WORDS.lookup(t) for t in clause.tokens if t not in _FINDING]
        if "assortment" not in found:
            topics = [t for t in topics if t != "assortment"]
    if known or unknown:
        known, unknown = list(dict.fromkeys(known)), list(dict.fromkeys(unknown))
        for name in known + unknown:
            referents["d:" + name] = DEPARTMENT
    amounts = quantities(clause.tokens) if numbers else ()
    if (
        amounts
        and not _WAITED.isdisjoint(clause.tokens)
        and any(unit.startswith(("minut", "tim", "kvart")) for _, unit in amounts)
    ):
        referents.setdefault("t:queue", TOPIC)
    if (
        not referents
        and len(clause.tokens) > 1
        and clause.tokens[1] == "som"
        and clause.tokens[:2] in ONE_WHO
    ):
        referents["t:staff"] = TOPIC
    positive, negative = clause_weights(clause.tokens, judging)
    if negative and not referents:
        failed = faulted_thing(clause.tokens)
        if failed is not None:
            referents["f:" + failed] = TOPIC
    elif not referents and "ni" in clause.tokens and not _SHARED.isdisjoint(clause.tokens):
        lacked = known_lack(clause.tokens)
        if lacked is not None:
            referents["f:" + lacked] = TOPIC
    return ClauseEvidence(
        clause,
        tuple(dict.fromkeys(topics)) if topics else (),
        tuple(dict.fromkeys(products)) if products else (),
        tuple(known) if known else (),
        tuple(unknown) if unknown else (),
        tuple(referents.items()) if referents else (),
        times,
        numbers,
        judging,
        positive,
        negative,
        amounts,
        tuple(own_nouns) if own_nouns else (),
        bool(referents) and max(referents.values()) >= SPECIFIC,
        tuple(names) if names else (),
    )


_shared_cues = lru_cache(maxsize=4096)(SentenceCues)
"""One `SentenceCues` per combination of its values, shared by every sentence that has them:
a frozen attrs object costs some 10,000 instructions to make, a look-up here a tenth of it.
Keyed by cues, never by words said, so no call's text is remembered."""


def _away(where: tuple[bool, bool], tokens: tuple[str, ...], text: str) -> bool:
    """At another store, unless the sentence asks something of this one without naming the
    other ("Beställ mer inför helgen" after "då åker jag till en annan butik")."""
    away, named = where
    return away and (named or (not may_wish(tokens, text) and not may_suggest(tokens, text)))


def gather(
    reading: Reading,
    departments: StoreDepartments,
    store_name: str | None = None,
    echo: frozenset[str] = frozenset(),
) -> Evidence:
    said = frozenset(reading.tokens)
    clauses = tuple(_clause_evidence(clause, departments) for clause in reading.clauses)
    if departments.trade:
        clauses = with_trade_things(clauses, departments.trade, departments.named, said)
    words: list[list[str]] = [[] for _ in reading.sentences]
    for clause in clauses:
        words[clause.clause.sentence].extend(clause.clause.tokens)
    tokens = tuple(tuple(sentence) for sentence in words)
    phrases = tuple(map(phrase, tokens))
    away = elsewhere(reading, tokens, store_name, lambda word: departments.named(word) is not None)
    elsewhere_said = [
        _away(where, sentence, text)
        for where, sentence, text in zip(away, tokens, phrases, strict=True)
    ]
    clauses = carried(clauses, elsewhere_said)
    grouped: list[list[ClauseEvidence]] = [[] for _ in reading.sentences]
    visit = [False] * len(reading.sentences)
    counted = [False] * len(reading.sentences)
    for clause in clauses:
        grouped[clause.clause.sentence].append(clause)
        visit[clause.clause.sentence] |= clause.concrete
        counted[clause.clause.sentence] |= bool(clause.numbers)
    graded = not TO_THE_GRADER.isdisjoint(reading.tokens)
    calls = [
        (
            "ring" in text
            or "robot" in text
            or "enkät" in text
            or "samtal" in text
            or (graded and not TO_THE_GRADER.isdisjoint(sentence))
        )
        and THE_CALL.search(text) is not None
        for text, sentence in zip(phrases, tokens, strict=True)
    ]
    rewarded = call_asks_reward(said, phrases)
    gaming = games(rewarded, calls)
    cues = []
    previous_visit = False
    for index, sentence in enumerate(words):
        text = phrases[index]
        call = calls[index]
        wish = not call and may_wish(tokens[index], text)
        suggestion = not call and (
            may_suggest(tokens[index], text) or (not gaming and imperative(tokens[index]))
        )
        cause = not call and may_cause(tokens[index], text)
        comparison = (
            not COMPARISON_WORDS.isdisjoint(sentence) or "konkurrent" in text
        ) and COMPARISON.search(text) is not None
        refers_back = previous_visit and not visit[index] and elliptic(sentence)
        cues.append(
            _shared_cues(
                wish,
                suggestion,
                cause,
                comparison,
                visit[index],
                len(sentence),
                refers_back,
                elsewhere_said[index],
                call,
            )
        )
        if len(sentence) > FILLER_WORDS:
            previous_visit = visit[index]
    return Evidence(
        reading,
        clauses,
        tuple(cues),
        tuple(tuple(group) for group in grouped),
        tokens,
        tuple(
            quantities(sentence) if numbers else ()
            for sentence, numbers in zip(words, counted, strict=True)
        ),
        phrases,
        said,
        echo,
        rewarded,
        gaming,
    )
