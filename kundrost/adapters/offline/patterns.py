"""Word patterns: exact words, "prefix*" and "*suffix" patterns mapped to what they signal.

The lexicons of topics, products and places are written as patterns: "kundvagn*" covers
"kundvagnen" and "kundvagnarna", "*kön" covers "kassakön". An exact word wins over a
pattern, and a longer pattern over a shorter one. Lookups are memoised per word.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K")
MIN_COMPOUND_MODIFIER = 2
"""A suffix pattern ("*vin") matches a compound's head: the word must have a first part of two
letters or more before it, with a vowel, so "avin" (a notice) is no wine, "skön" no queue and
"mjöl" no beer."""
_VOWELS = frozenset("aeiouyåäöé")


def _parted(modifier: str, head: str) -> bool:
    """Whether a word may part there: the first part holds a vowel, and it does not end in a
    consonant and "j" before a head opening with a vowel, which is a syllable's onset ("mj" of
    "vetemjöl" is no beer's first part, as "folk" of "folköl" is)."""
    if _VOWELS.isdisjoint(modifier):
        return False
    return not (
        head[0] in _VOWELS
        and modifier[-1] == "j"
        and len(modifier) > 1
        and modifier[-2] not in _VOWELS
    )


def listed(text: str) -> frozenset[str]:
    """The words of a whitespace-separated word list."""
    return frozenset(text.split())


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `parts` anywhere: the cheap test before a pattern every
    phrase of which holds one. A loop, not `any` over a generator, whose frame costs more
    than the tests it makes."""
    for part in parts:
        if part in text:
            break
    else:
        return False
    return True


class TokenLookup(Generic[K]):
    """Something that tells what a single token signals, and so what a run of tokens does.

    Answers are remembered per token (up to 50,000, then forgotten at once): speech repeats
    its words, and the suffix and prefix search behind `_find` is the analyzer's hot path.
    """

    _memo: dict[str, K | None]

    def lookup(self, token: str) -> K | None:
        try:
            return self._memo[token]
        except KeyError:
            pass
        found = self._find(token)
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[token] = found
        return found

    def _find(self, token: str) -> K | None:
        raise NotImplementedError

    def keys_in(self, tokens: Iterable[str]) -> list[K]:
        """What the tokens signal, each once, in order of first mention."""
        found: dict[K, None] = {}
        for token in tokens:
            key = self.lookup(token)
            if key is not None:
                found.setdefault(key)
        return list(found)


class WordPatterns(TokenLookup[K]):
    def __init__(self, entries: Iterable[tuple[str, K]]) -> None:
        self._exact: dict[str, K] = {}
        self._prefixes: dict[str, K] = {}
        self._suffixes: dict[str, K] = {}
        for pattern, key in entries:
            if pattern.endswith("*"):
                self._prefixes.setdefault(pattern[:-1], key)
                if pattern.endswith("a*") and len(pattern) > 5:
                    # a first-declension plural: "limpa*" → "limpor", "limporna"
                    self._prefixes.setdefault(pattern[:-2] + "or", key)
            elif pattern.startswith("*"):
                self._suffixes.setdefault(pattern[1:], key)
            else:
                self._exact.setdefault(pattern, key)
        self._prefix_sizes = sorted({len(p) for p in self._prefixes}, reverse=True)
        self._suffix_sizes = sorted({len(s) for s in self._suffixes}, reverse=True)
        self._memo: dict[str, K | None] = {}

    @classmethod
    def of(cls, table: dict[K, str]) -> WordPatterns[K]:
        """Patterns from `{key: "pattern pattern ..."}`; the first key listed wins a tie."""
        return cls((pattern, key) for key, words in table.items() for pattern in words.split())

    def _find(self, token: str) -> K | None:
        exact = self._exact.get(token)
        if exact is not None:
            return exact
        for size in self._prefix_sizes:
            if size <= len(token):
                key = self._prefixes.get(token[:size])
                if key is not None:
                    return key
        for size in self._suffix_sizes:
            if size + MIN_COMPOUND_MODIFIER <= len(token):
                key = self._suffixes.get(token[-size:])
                if key is not None and _parted(token[:-size], token[-size:]):
                    return key
        return None
