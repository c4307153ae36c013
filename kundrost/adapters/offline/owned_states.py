"""Declared ownership (`declared_states`): never had a kind of thing, yet an old one of one's own.

"jag har aldrig haft glasögon i hela mitt liv" and, in another answer, "mina gamla glasögon
som jag haft sedan nittiotalet"; "vi har aldrig ägt en bil" and "vår gamla bil"; "jag har
aldrig burit linser" and "mina förra linser". The old one ("min gamla", "mitt förra", "de
gamla … som jag haft") is the speaker's own of the same thing, so the state and the
possession cannot both be true: one point.

Not a state: one bounded in time ("aldrig … innan jag fyllde fyrtio", "inte längre", "nu"),
a likeness or a kind ("aldrig haft så bra glasögon", "aldrig haft progressiva glasögon": the
word after "haft" must be the thing itself, not a word describing it), a source ("aldrig haft
någon gräsklippare från er"), another's old one ("min mans gamla glasögon"), or another
thing ("aldrig haft en bil" and "min gamla cykel").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed

_NEVER_HAD = re.compile(
    r"\b(?:jag|vi) (?:har|hade) (?:\w+ )?aldrig (?:\w+ )?(?:haft|ägt|burit|använt|köpt) "
    r"(?:någon |något |några |en |ett )?(\w+)(?: (\w+))?"
)
_OLD_ONE = re.compile(
    r"\b(?:min|mitt|mina|vår|vårt|våra) (?:gamla|gamle|förra|tidigare|äldre) (\w+)|"
    r"\b(?:de|den|det) (?:gamla|förra) (\w+) (?:som )?(?:jag|vi) (?:har |hade )?"
    r"(?:haft|ägt|burit|använt)"
)
_BOUNDED = listed("innan förrän tills längre nu numera förrän")
_LIKENESS = listed(
    """så sån sådan sådana sånt sådant bättre sämre riktig riktiga riktigt egen eget egna
    bra dålig dåliga fin fina ny nya dyr dyra billig billiga större mindre annan andra"""
)
_QUALIFIED = listed("från av hos härifrån med som utan")
"""What makes the thing a kind or a source: "aldrig haft någon gräsklippare från er", "aldrig
haft en bil som drog så lite"."""
OLD_WORDS = listed("gamla gamle förra tidigare äldre")


def _same(never: str, old: str) -> bool:
    """The same thing in two forms: "glasögon" and "glasögonen", "barnstol" and
    "barnstolen", not "glas" and "glasögon"."""
    short, long = sorted((never, old), key=len)
    return len(short) >= 3 and long.startswith(short[:-1]) and len(long) - len(short) <= 3


def owned_points(evidence: Evidence, said: list[int]) -> float:
    """One point when a never-had thing is also the speaker's old one (module docstring)."""
    nevers: list[tuple[str, str | None]] = []
    olds: list[str] = []
    for index in said:
        text = evidence.phrases[index]
        tokens = evidence.sentence_tokens[index]
        if "aldrig" in tokens and _BOUNDED.isdisjoint(tokens):
            for found in _NEVER_HAD.finditer(text):
                thing, after = found.group(1), found.group(2)
                if thing in _LIKENESS or after in _QUALIFIED:
                    continue
                nevers.append((thing, after))
        if not OLD_WORDS.isdisjoint(tokens):
            olds += [found.group(1) or found.group(2) for found in _OLD_ONE.finditer(text)]
    return (
        1.0
        if any(
            _same(thing, old) and (after is None or not _same(after, old))
            for thing, after in nevers
            for old in olds
        )
        else 0.0
    )
