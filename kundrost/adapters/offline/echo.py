"""Echo: the store's own words said back to it.

The agent's questions, the questions the store configured for its calls and its campaigns'
names are the store's words, said to every caller. A customer who repeats them —
"storleken var rätt på skorna och pjäxorna" to "Fick du hjälp att hitta rätt storlek på
skor eller pjäxor?", "underställ tre för två, jättebra" of a campaign by that name — tells
the store nothing it did not say itself. A clause whose every word of substance echoes
them may observe, but is never specific (`observations`). A word echoes when it or its
stem, up to four letters shorter, is a word or stem of theirs ("skorna" of "skor",
"storleken" of "storlek"). The agent's opening line, which asks no question of the visit,
is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.reading import tokens_of

_QUESTION = re.compile(r"[^.!?]*\?")
_MIN_STEM = 3


def _stems(word: str) -> Iterable[str]:
    yield word
    for cut in (1, 2):
        if len(word) - cut >= _MIN_STEM + 2:
            yield word[:-cut]


@lru_cache(maxsize=4096)
def _said(text: str, questions_only: bool) -> frozenset[str]:
    parts = _QUESTION.findall(text) if questions_only else (text,)
    return frozenset(
        stem
        for part in parts
        for word in tokens_of(part)
        if len(word) >= 2 and word not in FUNCTION_WORDS
        for stem in _stems(word)
    )


def echo_words(
    asked: Iterable[str], configured: Iterable[str], campaign_names: Iterable[str]
) -> frozenset[str]:
    """The stems of the store's words in this call: what its agent asked (the greeting, the
    first line, left out by the caller), the questions it configured, its campaigns'
    names."""
    found: set[str] = set()
    for text in (*asked, *configured):
        found |= _said(text, True)
    for name in campaign_names:
        found |= _said(name, False)
    return frozenset(found)


@lru_cache(maxsize=65_536)
def echoes(token: str, words: frozenset[str]) -> bool:
    """Whether the word or its stem is one of `words` (a frozenset hashes once)."""
    if token in words:
        return True
    return any(token[:-cut] in words for cut in range(1, 5) if len(token) - cut >= _MIN_STEM)
