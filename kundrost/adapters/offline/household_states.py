"""Declared households (`declared_states`): none of a kind of pet or kin ("vi har aldrig
haft husdjur", "jag har inga barn", "jag är ogift"), and "vår katt", "mina barn valde", "min
man bar ut" — not one lost or gone ("min man dog", "inga barn hemma längre"), nor a sister's
child."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import CHANGED, MY, OTHER_TIME, REPORTED

_HAVE_NONE = re.compile(
    r"\b(?:jag|vi) (?:har|hade) (?:aldrig haft|inte haft|inga|inget|ingen|aldrig ägt|inte "
    r"(?:några|någon|något)) (?:egna |egen |eget |några |någon |något )?(\w+)|"
    r"\b(?:jag|vi) är (?:\w+ )?(ogift|singel)\b"
)
_PETS = ("hund", "katt", "kanin", "marsvin", "papegoj", "undulat", "häst", "hamster", "valp")
_CHILDREN = listed(
    "barn barnen barnet son sonen söner sönerna dotter dottern döttrar döttrarna ungar ungarna"
)
_SPOUSES = listed("fru frun man mannen make maken maka makan")
_PARTNERS = _SPOUSES | listed("sambo sambon partner pojkvän flickvän")
_KINDS_HAD: dict[str, Callable[[str], bool]] = {
    "husdjur": lambda word: word.startswith(_PETS),
    "djur": lambda word: word.startswith(_PETS),
    "hund": lambda word: word.startswith("hund"),
    "katt": lambda word: word.startswith("katt"),
    "barn": lambda word: word in _CHILDREN,
    "ogift": lambda word: word in _SPOUSES,
    "singel": lambda word: word in _PARTNERS,
    **{spouse: (lambda word: word in _SPOUSES) for spouse in ("fru", "man", "make", "maka")},
    **{other: (lambda word: word in _PARTNERS) for other in ("sambo", "partner")},
}
"""What a customer may say they have none of, and the words of one of them."""
_GONE_BY = re.compile(
    r"\b(?:dog|död\w*|avlid\w*|bortgång\w*|gick bort|före detta|ex\w*|förra|gamla|framlidn\w*|"
    r"sålde|längre|skild\w*|separer\w*)\b"
)
"""A loss or a change: "min man dog för två år sedan", "inga barn hemma längre"."""
_LOST = re.compile(
    r"\b(?:dog|död\w*|avlid\w*|bortgång\w*|gick bort|framlidn\w*|skild\w*|separer\w*|"
    r"före detta)\b"
)


def had_points(evidence: Evidence, said: Sequence[int]) -> float:
    """None of a kind of pet or kin declared ("vi har inga barn", "jag är ogift"), and one
    of them, the speaker's, told of ("mina barn valde", "min man bar ut")."""
    for index in said:
        text = evidence.phrases[index]
        if CHANGED.search(text) or OTHER_TIME.search(text) or _GONE_BY.search(text):
            continue
        for found in _HAVE_NONE.finditer(text):
            of_kind = _KINDS_HAD.get(found.group(1) or found.group(2))
            if of_kind is not None and any(
                _possessed(evidence, other, of_kind) for other in said if other != index
            ):
                return 1.0
    return 0.0


def _possessed(evidence: Evidence, index: int, of_kind: Callable[[str], bool]) -> bool:
    text = evidence.phrases[index]
    if OTHER_TIME.search(text) or _LOST.search(text) or REPORTED.search(text):
        return False
    tokens = evidence.sentence_tokens[index]
    return any(t in MY and of_kind(tokens[i + 1]) for i, t in enumerate(tokens[:-1]))
