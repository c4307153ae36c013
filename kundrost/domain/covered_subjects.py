"""Covered subjects: what a planned question is about, and whether the customer already told.

A customer who says "köttdisken var fantastisk, och kön i kassan var kort" has answered
"Hur var väntetiden i kassan?" before it is asked; asking it anyway tells them nobody
listened, and spends seconds of a two-minute call. A question's subject is a few word
stems: its department's name and aliases ("Kött & Chark", "köttdisken"), the words a
store's own question is about ("väntetiden", "kassan"), a campaign's name. A question is
covered when a word the customer said begins with one of them: "kassan", "kassorna" and
"kassakön" all tell of "kassa". The stems are four letters, where Swedish inflection and
compounds mostly leave a word alone. General questions ("Vad tyckte du fungerade bra?")
are about no subject and are never covered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

STEM_LETTERS = 4
"""How many letters of a word make its stem: "kassan" → "kass"."""

_WORD = re.compile(r"[^\W\d_]+")

_FRAMING = """
    allt alla andra annat besök besöket bättre blev bra butiken butikens dagens dina ditt
    efter eller fanns fick finns från gång gången hade handla handlade idag kunde många
    mycket något några någon sämre skulle till tycka tycker tyckte tänker under upplevde
    upplever upplevelse varför vilka vilken vilket
"""
QUESTION_WORDS = frozenset(_FRAMING.split())
"""Words of a question's framing, not its subject: "Hur upplevde du köttdisken?" is about
"köttdisken" alone."""


def stems(text: str) -> frozenset[str]:
    """The stems of a text's words of at least `STEM_LETTERS` letters, but for
    `QUESTION_WORDS`: what the text is about."""
    words = (word.casefold() for word in _WORD.findall(text))
    return frozenset(
        word[:STEM_LETTERS]
        for word in words
        if len(word) >= STEM_LETTERS and word not in QUESTION_WORDS
    )


def subject_of(*texts: str | None) -> frozenset[str]:
    """The subject of a question from what names it (its words, its department's name and
    aliases, a campaign's name)."""
    return frozenset().union(*(stems(text) for text in texts if text))


def is_covered(subject: frozenset[str], said: Iterable[str]) -> bool:
    """Whether the customer, in `said`, told of the subject: a word of theirs begins with
    one of its stems. A question about no subject is never covered."""
    if not subject:
        return False
    return any(
        word.casefold()[:STEM_LETTERS] in subject
        for text in said
        for word in _WORD.findall(text)
        if len(word) >= STEM_LETTERS
    )
