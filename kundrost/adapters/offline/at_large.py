"""At large: a sentence about a trade or about shops in general, not this store.

Customers give advice for a whole trade: "handeln behöver satsa mer på upplevelser",
"restaurangbranschen i stort behöver bli bättre", "alla butiker borde tänka mer på
hållbarhet", "småföretag måste hitta sin nisch". The subject is the trade ("branschen",
"-branschen", "handeln", "detaljhandeln") or shops as a kind (a bare or "alla" plural of a
shop's word, "butiker", "småföretag", "padelhallar"), with a verb in the present or a modal
after it: a rule for every shop, which observes nothing of this visit. A sentence that also
speaks of this store ("alla butiker borde ha det ni har") is not at large, nor is a
definite shop ("järnhandeln", "butiken"), which may be this one.

The old days told of anyone are at large too: "förr i tiden fick man en kasse mat för
hundralappen, nu får man knappt en liter mjölk" says what money bought once, not what this
store did. The sentence names the old days ("förr i tiden", "förr i världen") and "man", and
no word for this store or the speaker ("här", "ni", "jag", "vi"): the old days of this store
("förr i tiden kapade ni virket gratis") or of the customer's own visits are still told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.patterns import listed

_LEAD = re.compile(
    r"^(?:(?:och|men|så|ja|nej) )?(?:jag (?:tycker|tror|menar|anser|tänker|känner)"
    r"(?: \w+){0,2}? att |det är (?:\w+ ){0,2}?(?:viktigt|avgörande) att )?"
)
"""An opening that gives the speaker's view before its subject: "jag tycker generellt att"."""
_LEAD_WORDS = listed("och men så ja nej jag det")
"""The words an opening `_LEAD` reads starts with: a sentence opening otherwise has none."""
_TRADE = re.compile(
    r"\w*branschen|handeln|detaljhandeln|dagligvaruhandeln|livsmedelshandeln|e-handeln"
)
_KINDS = re.compile(
    r"\w*butiker|\w*affärer|\w*företag|\w*kedjor|\w*restauranger|\w*hallar|\w*anläggningar|"
    r"\w*verksamheter|\w*handlare|\w*kiosker|\w*studior|\w*salonger"
)
"""Shops as a kind: the indefinite plural of a shop's word ("företag" is both numbers)."""
_SUBJECT_ENDS = (
    "branschen", "handeln", "butiker", "affärer", "företag", "kedjor", "restauranger", "hallar",
    "anläggningar", "verksamheter", "handlare", "kiosker", "studior", "salonger",
)  # fmt: skip
"""How every word `_TRADE` or `_KINDS` matches whole ends, tested before either pattern
(tests/analyzer/test_offline_gates.py)."""
_GENERIC_OPENERS = listed("hela den svenska alla")
_MODALS = listed("borde bör måste ska skall kan behöver får")
_HERE = listed("här hit ni er ert era eran")
_OLD_DAYS = re.compile(r"\bförr i (?:tiden|världen)\b")
_OLD_DAYS_WORDS = listed("förr man")
_SPEAKER = listed("jag mig min mitt mina vi oss vår vårt våra")
_VERB_WITHIN = 3
"""Words after the subject within which its verb comes ("restaurangbranschen i stort
behöver")."""


def at_large(tokens: Sequence[str]) -> bool:
    """Whether the sentence of `tokens` is about a trade or shops in general (module
    docstring)."""
    if not _HERE.isdisjoint(tokens):
        return False
    if _old_days(tokens):
        return True
    opening = None if _LEAD_WORDS.isdisjoint(tokens[:1]) else _LEAD.match(" ".join(tokens))
    skipped = len(opening.group(0).split()) if opening else 0
    rest = list(tokens[skipped:])
    while rest and rest[0] in _GENERIC_OPENERS:
        rest = rest[1:]
    if not rest:
        return False
    subject = rest[0]
    if not subject.endswith(_SUBJECT_ENDS) or not (
        _TRADE.fullmatch(subject) or _KINDS.fullmatch(subject)
    ):
        return False
    return any(
        word in _MODALS or (word.endswith("r") and len(word) > 3)
        for word in rest[1 : 1 + _VERB_WITHIN]
    )


def _old_days(tokens: Sequence[str]) -> bool:
    """The old days told of anyone, not of the speaker (module docstring)."""
    return (
        set(tokens) >= _OLD_DAYS_WORDS
        and _SPEAKER.isdisjoint(tokens)
        and _OLD_DAYS.search(" ".join(tokens)) is not None
    )
