"""What "den", "det" and "de" point back at, when what follows them is an act of `agency`.

A pronoun opening a clause, or after "och", "sen", "så", "då", "men" or "när", with an act
right after it ("Den sjöng", "och de skvallrade"), points at the last noun before it that
agrees with it — "de"/"dom" a plural ("kikärtorna", "kängor"), "den" a common singular
("sillen", "limpan", "en limpa"), "det" a neuter one ("brödet", "ett bröd") — earlier in
its sentence, else in the sentence before in the same answer, or two before; a place after
a preposition ("i disken", "på hyllan") is passed over. It is read as that noun when the
noun is goods (the store's word for its goods in the plural, a product, goods known by
context: `goods`) or a device, department or the queue, which may then do what they do.
When the nearest agreeing noun is a person ("barnen") the pronoun stays a person; when it
is a noun of no known kind ("barnbarnen", "en pratande docka") it is read as a subject of
no kind, which the rules do not judge. "han" and "hon" point at people in honest speech as
often as at goods, so they are not read.

A clause with no subject of its own carries the subject of the one before, narrowly: only
when it opens (past "sen", "och", "så", "då") with floating off ("Limpan låg i brödhyllan.
Sen svävade iväg mot kassan.") — an act neither goods nor the customer whose "jag" is left
out can do — holds no pronoun and no noun but after a preposition ("sen svävade iväg
tankarna" has one), and the clause before in the sentence, or the sentence before in the same
answer, opens with goods. "Gick till kassan. Betalade med kort." is the customer's own act.

"en av dem", "ett av dem", "två av dem" (a part of a plural said before) opening a clause with
an act right after ("och en av dem betalade med Swish") points like "de" and is read as that
plural: one of the loaves paying is the loaves paying, one of the children paying is a child.
"""

from __future__ import annotations

from collections.abc import Callable

from kundrost.adapters.offline.cues import DETAIL_WORDS, PLACE
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import (
    GOODS_ENDINGS,
    PERSON,
    PLURAL_ENDINGS,
    THING,
    kind_of_word,
    unknown_noun,
)

_POINTERS = listed("de dom den det")
PARTITIVE = "dem"
"""The pronoun of a part of a plural ("en av dem"), read only so (module doc)."""
_PARTS = listed("en ett två tre ingen inget någon något")
_OPENERS = listed("och sen så då men när")
_NOT_NOUNS = listed(
    """mig dig oss er honom henne sig jag du han hon vi ni man den det de dom dem som där
    här"""
)
"""Pronouns and adverbs the search passes over."""
_PREPOSITIONS = listed("i på vid från till bakom bredvid under över framför")
CARRIED = listed("svävade svävar")
"""Acts a subjectless clause may carry its goods subject into (module doc)."""
_OFF = listed("iväg bort upp fram ut mot")
_PAST = listed("mot till genom av ut över upp från i på vid")
_ARTICLES = listed("en ett")
_SUBJECT_PRONOUNS = listed("jag du han hon vi ni man den det de dom")
_NEUTER_PLURAL = "en"
"""A neuter plural ("äggen") is spelt like a common singular: read so only of goods."""
_UNKNOWN = "saken"
"""What a pronoun pointing at a noun of no known kind is read as: a subject of no kind."""
_COMMON = ("en", "an", "on", "un", "in", "ln", "rn", "sn", "tn")
_NEUTER = ("et", "at", "ot", "tt")


def _agrees(pointer: str, token: str, articles: tuple[str, ...], goods: bool) -> bool:
    """Whether the noun may be what the pronoun means, by number and gender; `articles` are
    the two words before it ("en limpa", "en pratande docka")."""
    if len(token) < 4:
        return False
    if pointer in ("de", "dom"):
        return token.endswith(PLURAL_ENDINGS) or (goods and token.endswith(_NEUTER_PLURAL))
    if pointer == "den":
        return "en" in articles or (token.endswith(_COMMON) and not token.endswith("na"))
    return "ett" in articles or token.endswith(_NEUTER)


def _where(before: str, token: str, store: StoreDepartments) -> bool:
    """A place after a preposition ("i disken", "på hyllan", "i mejeriet"): where goods lay,
    not what a pronoun before an act points at."""
    if before not in _PREPOSITIONS:
        return False
    return DETAIL_WORDS.lookup(token) == PLACE or store.named(token) is not None


def _found(
    pointer: str, words: tuple[str, ...], store: StoreDepartments, goods: Callable[[str], bool]
) -> tuple[bool, str | None]:
    """Whether the search ends in these words, and with what (module doc)."""
    for at in range(len(words) - 1, -1, -1):
        token = words[at]
        if token in _NOT_NOUNS or (at and _where(words[at - 1], token, store)):
            continue
        kind = kind_of_word(token)
        named = store.named(token) is not None
        known = kind not in (None, PERSON) or goods(token)
        known = known or (named and token.endswith(GOODS_ENDINGS))
        if not _agrees(pointer, token, words[max(0, at - 2) : at], known):
            continue
        if kind == PERSON:
            return True, None
        if known:
            return True, token
        if named or unknown_noun(token) or any(a in ("en", "ett") for a in words[at - 2 : at]):
            return True, _UNKNOWN
    return False, None


def pointed(
    evidence: Evidence,
    sentence: int,
    before: tuple[str, ...],
    tokens: tuple[str, ...],
    store: StoreDepartments,
    goods: Callable[[str], bool],
    is_act: Callable[[str], bool],
) -> tuple[str, ...]:
    """The clause's words with each pronoun that points at a thing acting replaced by it;
    `before` are the words of the sentence's earlier clauses."""
    replaced: list[str | None] = list(tokens)
    for index, token in enumerate(tokens):
        if index + 1 >= len(tokens) or not is_act(tokens[index + 1]):
            continue
        opens = index - (2 if _partitive(tokens, index) else 0)
        if (token not in _POINTERS and opens == index) or opens < 0:
            continue
        if opens and tokens[opens - 1] not in _OPENERS:
            continue
        if opens < index:
            token = "de"
            replaced[opens:index] = [None] * (index - opens)
        done, noun = _found(token, before + tokens[:opens], store, goods)
        turns = evidence.reading.sentence_turns
        earlier = sentence - 1
        while not done and earlier >= max(0, sentence - 2) and turns[earlier] == turns[sentence]:
            done, noun = _found(token, evidence.sentence_tokens[earlier], store, goods)
            earlier -= 1
        if noun is not None:
            replaced[index] = noun
        elif opens < index:
            replaced[opens:index] = tokens[opens:index]
    return tuple(token for token in replaced if token is not None)


def _partitive(tokens: tuple[str, ...], index: int) -> bool:
    """Whether the word at `index` ends a part of a plural: "en av dem" (module doc)."""
    return (
        tokens[index] == PARTITIVE
        and index >= 2
        and tokens[index - 1] == "av"
        and tokens[index - 2] in _PARTS
    )


def carried(
    evidence: Evidence,
    sentence: int,
    before: tuple[str, ...],
    tokens: tuple[str, ...],
    store: StoreDepartments,
    goods: Callable[[str], bool],
) -> tuple[str, ...]:
    """The clause's words with the goods that opened the clause or sentence before put in
    as the subject of a subjectless act of floating off (module doc)."""
    start = 0
    while start < min(2, len(tokens)) and tokens[start] in _OPENERS:
        start += 1
    if start + 1 >= len(tokens) or tokens[start] not in CARRIED:
        return tokens
    if tokens[start + 1] not in _OFF or not _SUBJECT_PRONOUNS.isdisjoint(tokens):
        return tokens
    for at in range(start + 1, len(tokens)):
        token = tokens[at]
        if (kind_of_word(token) or unknown_noun(token)) and tokens[at - 1] not in _PAST:
            return tokens
    words = before
    turns = evidence.reading.sentence_turns
    if not words and sentence and turns[sentence - 1] == turns[sentence]:
        words = evidence.sentence_tokens[sentence - 1]
    opening = words[1:2] if words[:1] and words[0] in _ARTICLES else words[:1]
    noun = opening[0] if opening else ""
    if not noun or store.named(noun) is not None:
        return tokens
    if kind_of_word(noun) != THING and not goods(noun):
        return tokens
    return (*tokens[:start], noun, *tokens[start:])
