"""Nonsense: speech that is not meaningful feedback — keyboard mash, made-up words, word salad.

A word of four letters or more is gibberish when it has no vowel ("sdfgh"), a run of five
consonants, two different letters of q, w, x, z ("qwerty"), a letter four times in a row, a
keyboard run ("asdf", "jkl"), or is a filler like "bla". The account is nonsense when at
least 30 % of its words of three letters or more are gibberish (confidence 0.7 rising to
1.0 at 70 %), or when twelve or more
words hold under 12 % of the function words every Swedish sentence needs ("och", "att",
"det", "var", "jag") — a pile of different words that says nothing (0.75) — unless they are mostly
goods and topics: a shopping list ("mjölk, bröd, ost, smör…") is terse, not nonsense.
A real word said over and over ("bra, bra, bra") is not nonsense either: it says nothing,
so it does not qualify, but it is no sign of fraud. Nor is minimal talk: a hum or answer word
drawn out ("hmmm", "mmmm", "jaaa") is no keyboard mash, answer words ("ja", "nej", "tack",
"mm", "okej") count as the language they are, and answers of one or two words in a sentence of
their own ("Bra.", "Nej nej.", a child's "Dadada!" beside the phone) make no pile of words.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.reading import Reading
from kundrost.adapters.offline.scores import unit
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.topics import TOPIC_WORDS

VOWELS = frozenset("aeiouyåäöéèüáà")
_RARE = frozenset("qwxz")
_KEYBOARD = re.compile(r"asdf|sdfg|dfgh|fghj|ghjk|hjkl|jklö|qwer|wert|erty|zxcv|xcvb|cvbn|jkl")
_CONSONANT_RUN = re.compile(r"[^aeiouyåäöéèüáà\d]{5,}")
_SAME_LETTER = re.compile(r"(.)\1\1\1")
_RUN = re.compile(r"(.)\1+")
ANSWER_WORDS = listed(
    """ja jo japp jaa jaha jajamen jadå jorå aa nej nä nää nja nope okej ok okey
    okay tack tackar hej hejdå hejsan mm mmm mhm hm hmm eh ehm äh öh öhm ah aha oj åh asså
    typ liksom va vet"""
)
"""Words that answer a question or fill a pause: language, though no function words."""
_HUMS = listed("m mh hm mhm eh ehm äh öh öhm ah aha oh oj åh ja jo nä ne nej bra pf ps sch")
"""Hums and answer words as they sound drawn out, each run of one letter squeezed to one."""
_FILLER_NOISE = listed("bla blabla blablabla blaha trallala lalala tjosan hoppsan")
FUNCTION_WORDS = listed(
    """och att det som en ett är var jag inte på med för till av den de du vi om så men kan
    ska har hade mig min mitt sig där här när hur vad också eller bara man ni hon han något
    någon alla allt mycket lite blev fick finns fanns tycker tyckte gick kom köpte handlade
    skulle kunde vill ville dom dem er ert era mina sina inga ingen inget nog väl ju då från
    efter under över vid mot utan hos"""
)


@lru_cache(maxsize=65_536)
def is_gibberish(token: str) -> bool:
    if token in _FILLER_NOISE:
        return True
    if len(token) < 4 or token.isdigit():
        return False
    mash = (
        not any(letter in VOWELS for letter in token)
        or len(_RARE.intersection(token)) >= 2
        or bool(_CONSONANT_RUN.search(token) or _SAME_LETTER.search(token))
        or bool(_KEYBOARD.search(token))
    )
    return mash and _RUN.sub(r"\1", token) not in _HUMS


_COUNTED, _GIBBERISH = (True, False), (True, True)
"""A counted word that is language, and one that is gibberish (`_read_word`)."""
_PLAIN_WORDS = FUNCTION_WORDS | ANSWER_WORDS
"""Function and answer words, which a pile of words hardly holds (`_a_pile_of_words`)."""


@lru_cache(maxsize=65_536)
def _read_word(token: str) -> tuple[bool, bool]:
    """Whether the word counts towards the share of gibberish and whether it is gibberish:
    read once per word, not once per call."""
    counted = len(token) >= 3 and not token.isdigit()
    return counted, counted and is_gibberish(token)


_GIBBERISH_WORDS = Sifted(lambda token: _read_word(token) == _GIBBERISH)
"""A call's counted gibberish words, each word tested once: a call without one has no share
of gibberish, and its words are not read one by one."""


def nonsense_confidence(reading: Reading) -> Decimal | None:
    """How sure the account is nonsense, or None when it reads as language."""
    tokens = reading.tokens
    if _GIBBERISH_WORDS.of(frozenset(tokens)):
        read_words = list(map(_read_word, tokens))
        gibberish = read_words.count(_GIBBERISH)
        words = gibberish + read_words.count(_COUNTED)
        share = gibberish / words
        if share >= 0.3:
            return unit(0.7 + 0.3 * min(1.0, (share - 0.3) / 0.4))
    if len(tokens) >= 12 and _a_pile_of_words(tokens):
        said = _said_at_length(reading)
        if len(said) >= 12 and _a_pile_of_words(said):
            return Decimal("0.75")
    return None


def _a_pile_of_words(tokens: tuple[str, ...]) -> bool:
    """Varied words, hardly a function or answer word among them, and mostly no goods."""
    function = sum(map(_PLAIN_WORDS.__contains__, tokens))
    if function / len(tokens) >= 0.12 or len(set(tokens)) * 2 < len(tokens):
        return False
    listed_goods = sum(1 for t in tokens if PRODUCT_WORDS.lookup(t) or TOPIC_WORDS.lookup(t))
    return listed_goods * 2 < len(tokens)


def _said_at_length(reading: Reading) -> tuple[str, ...]:
    """The words of sentences of three words or more: shorter ones are answers, not a pile."""
    by_sentence: dict[int, list[str]] = {}
    for clause in reading.clauses:
        by_sentence.setdefault(clause.sentence, []).extend(clause.tokens)
    return tuple(t for words in by_sentence.values() if len(words) >= 3 for t in words)
