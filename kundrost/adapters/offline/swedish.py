"""Swedish word forms: the inflected and compound forms under which a customer names a thing.

A store lists "Bageriet" or "Kassan"; a customer says "bageriet", "kassorna",
"självscanningskassan" or "kassakön". `lemmas` strips a definite or plural ending to the
dictionary forms a word may come from, `forms` inflects a dictionary form again, and a
`Vocabulary` maps a customer's word to what it names: by an inflected form, as the head of
a compound ("stenugnsbageriet"), or, for words of four letters or more, as its first part
("köttdisken"). Compound parts must leave at least three letters, so "kassa" never claims
"kass". A few words that merely begin like a store word ("fruktansvärt", "frukost") are
known false friends, and so are the bags ("kassarna") that are spelt like tills.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from kundrost.adapters.offline.patterns import TokenLookup, listed

K = TypeVar("K")

VOWELS = frozenset("aeiouyåäöé")
FALSE_FRIENDS = listed(
    """
    fruktansvärd fruktansvärt fruktansvärda fruktade frukost frukosten kassera kasserade
    kassett bröderna brödrost kötta köttig ostron ostlig ostkust fiskade fiskar fiskat
    kasse kassen kassar kassarna kassarnas skött skötta välskött välskötta misskött misskötta
    oskött oskötta
    """
)
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("orna", "a"),
    ("arna", ""),
    ("erna", ""),
    ("orn", "a"),
    ("an", "a"),
    ("or", "a"),
    ("en", ""),
    ("et", ""),
    ("ar", ""),
    ("er", ""),
    ("na", ""),
)
_NOT_NOUNS = listed(
    "borde hade kunde skulle ville sade inne ute även både heller varje inte bara sedan"
)
_FIRST_DECLENSION = ("a", "an", "or", "orna", "as", "ans", "ornas")
_VOWEL_ENDINGS = ("", "n", "t", "r", "rna", "et", "er", "erna", "s", "ns", "ts")
_CONSONANT_ENDINGS = ("", "en", "et", "ar", "arna", "er", "erna", "na", "s", "ens", "ets", "a", "t")
MIN_PART = 3
MIN_MODIFIER = 4
SUFFIX_LEMMAS = listed("ska inna")
"""Lemmas that an inflection guess can make of a word ("skor" read as the plural of "ska") but
that end Swedish words as derivational suffixes, not as compound heads: "kassörskan" is a
cashier, not a kind of shoe."""


_DEFINITE_ENDINGS = ("en", "et", "na")
_ADVERB_ENDINGS = ("igen", "ligen")
_HET = "het"
"""An abstract noun's own ending ("trygghet", "möjlighet"): indefinite; its definite form
ends in "-heten"."""
_NOT_DEFINITE_NOUNS = listed("sedan redan hemma sådana andra gärna denna ingen öppen öppna")


ABSTRACT_ENDINGS = (
    "ingen", "het", "heten", "elsen", "andet", "endet", "ionen", "iteten", "skapen", "domen",
    "nivån", "profilen", "konceptet", "upplevelsen", "potentialen", "arbetet", "läget", "känslan",
    "intrycket", "kommen", "mogen", "trogen", "tvungen", "vaken", "öppen", "egen",
)  # fmt: skip
"""Endings of abstract nouns ("helhetsupplevelsen", "kundorienteringen", "kundnöjdhet") and
of adjectives that look like definite nouns ("välkommen", "tvungen"): no thing seen."""


_ABSTRACT_LEMMAS = listed(
    """tid dag natt vardag stund själ värme glans anda atmosfär stämning känsla poäng ro idé
    vision strategi helhet resa väg sätt led liv hjärta minne tradition nivå koncept kvalitet
    mervärde erbjudande fokus perspektiv medskick intryck tanke kompetens kunskap passion
    engagemang kärlek glädje omtanke struktur fröjd målgrupp"""
)
"""Nouns of time, feeling, quality and plan: "hela tiden", "själen", "värmen", "kundresan",
"på rätt väg" name no thing of the store one could point at, nor do the skills and virtues
of an enthusiast's or a professional's praise ("kompetensen finns på plats", "en genomtänkt
struktur", "en ren fröjd för ögat", `offline-13`)."""
_STEERED = re.compile(
    r"(?:värde|värderings|kund|mål|resultat|lösnings?|process|data|service|kvalitets|"
    r"hållbarhets|affärs|behovs|relations|framtids)"
    r"(?:driv|fokuser|orienter|inrikt|styr|baser|centrer)\w*"
)
"""A management adjective on an abstract noun ("värdedrivet", "kundfokuserad",
"lösningsorienterade", "resultatinriktat"): how a business is said to work, in the words of
corporate praise (`offline-28`), no thing one could point at."""
NOT_THINGS = listed("sammantaget")
"""An adverb spelt like a definite noun: no thing is named."""


@lru_cache(maxsize=65_536)
def abstract_noun(token: str) -> bool:
    """Whether a noun names nothing one could point at: an abstract ending ("-heten",
    "-upplevelsen"), or a noun of time, feeling, quality or plan (`_ABSTRACT_LEMMAS`),
    alone or as a compound's head ("vardagen", "kundresan", "helhetsintrycket")."""
    if token.endswith(ABSTRACT_ENDINGS) or token in NOT_THINGS:
        return True
    if _STEERED.match(token) is not None:
        return True
    for lemma in lemmas(token):
        if lemma in _ABSTRACT_LEMMAS:
            return True
        for size in range(3, len(lemma) - MIN_PART + 1):
            if lemma[-size:] in _ABSTRACT_LEMMAS and len(lemma) - size >= MIN_PART:
                return True
    return False


def definite_noun(token: str) -> bool:
    """Whether a word of five letters or more looks like a definite noun ("musiken",
    "kortläsaren", "nötterna"), as a guess for words outside every lexicon; "trygghet" is
    an indefinite abstract noun (`_HET`)."""
    return (
        len(token) >= 5
        and token.endswith(_DEFINITE_ENDINGS)
        and not token.endswith(_ADVERB_ENDINGS)
        and not token.endswith(_HET)
        and token not in _NOT_DEFINITE_NOUNS
    )


@lru_cache(maxsize=65_536)
def lemmas(word: str) -> tuple[str, ...]:
    """The word itself and the dictionary forms it may be an inflection of."""
    word = word.casefold()
    found = [word]
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= MIN_PART:
            found.append(word[: len(word) - len(ending)] + replacement)
    if len(word) >= 4 and word[-1] == "n" and word[-2] in VOWELS:
        found.append(word[:-1])
    if len(word) >= 5 and word[-1] == "t" and word[-2] not in VOWELS:
        found.append(word[:-1])
    return tuple(dict.fromkeys(found))


def forms(lemma: str) -> frozenset[str]:
    """The definite, plural and genitive forms of a dictionary form."""
    if lemma.endswith("a") and len(lemma) > MIN_PART:
        return frozenset(lemma[:-1] + ending for ending in _FIRST_DECLENSION)
    endings = _VOWEL_ENDINGS if lemma[-1] in VOWELS else _CONSONANT_ENDINGS
    found = frozenset(lemma + ending for ending in endings)
    if (
        len(lemma) > MIN_PART
        and lemma.endswith("el")
        and lemma[-3] not in VOWELS
        and any(letter in VOWELS for letter in lemma[:-3])
    ):
        # an unstressed "-el" takes "-n" and drops its "e" in the plural: "cykeln", "cyklar"
        syncopated = lemma[:-2] + "l"
        found |= {lemma + "n", lemma + "ns", syncopated + "ar", syncopated + "arna"}
    return found


class Vocabulary(TokenLookup[K]):
    """Customer words to what they name, by inflection and compounding (see module doc).

    An inflected form wins over a compound head, a longer head over a shorter one, and a
    head over a first part. Lookups are memoised: customers reuse their words.
    """

    def __init__(self, entries: Iterable[tuple[str, K]], compounds: bool = True) -> None:
        self._exact: dict[str, K] = {}
        self._heads: dict[str, K] = {}
        self._modifiers: dict[str, K] = {}
        self._own: dict[str, K] = {}
        """Each entry's own word and its dictionary forms: a false friend of another word
        ("frukosten" of "frukt") still names an entry that is that very word."""
        for word, key in entries:
            for lemma in lemmas(word):
                self._own.setdefault(lemma, key)
                for form in forms(lemma) - _NOT_NOUNS:
                    self._exact.setdefault(form, key)
                    if compounds and len(lemma) >= MIN_PART and lemma not in SUFFIX_LEMMAS:
                        self._heads.setdefault(form, key)
                if compounds and len(lemma) >= MIN_MODIFIER:
                    self._modifiers.setdefault(lemma, key)
        self._head_sizes = sorted({len(h) for h in self._heads}, reverse=True)
        self._modifier_sizes = sorted({len(m) for m in self._modifiers}, reverse=True)
        self._memo: dict[str, K | None] = {}

    def exactly(self, token: str) -> bool:
        """Whether the word is an inflected form of an entry itself, not a compound of one."""
        return token in self._exact and (token not in FALSE_FRIENDS or token in self._own)

    def _find(self, token: str) -> K | None:
        if token in FALSE_FRIENDS:
            return self._own.get(token)
        exact = self._exact.get(token)
        if exact is not None:
            return exact
        for size in self._head_sizes:
            if len(token) - size >= MIN_PART:
                head = self._heads.get(token[-size:])
                if head is not None:
                    return head
        for size in self._modifier_sizes:
            if len(token) - size >= MIN_PART:
                modifier = self._modifiers.get(token[:size])
                if modifier is not None:
                    return modifier
        return None
