"""Sifting a call's words by a pure test of one word, each word tested once per process.

A rule that asks whether any of a call's words is of a kind (a grading word, a trade's
word, gibberish) used to call its test on every word of every call. `Sifted` keeps the words
found not to be of the kind and sets them all aside with one set difference, so that only a
word never seen before is tested: a per-word memo, never a per-call cache, so the result
is the test's own over the words given.
"""

from __future__ import annotations

from collections.abc import Callable

_LIMIT = 65_536
"""Words remembered at most before the memo starts again, as `lru_cache` sizes elsewhere."""


class Sifted:
    """The words of a set that pass `test`; a word that failed it once is not tested again."""

    def __init__(self, test: Callable[[str], object]) -> None:
        self._test = test
        self._failed: set[str] = set()
        self._passed: set[str] = set()

    def of(self, words: frozenset[str]) -> frozenset[str]:
        """Those of `words` for which `test` is true."""
        if len(self._failed) > _LIMIT or len(self._passed) > _LIMIT:
            self._failed.clear()
            self._passed.clear()
        rest = words - self._failed
        if not rest:
            return rest
        new = rest - self._passed
        if not new:
            return rest
        for word in new:
            (self._passed if self._test(word) else self._failed).add(word)
        return rest - self._failed
