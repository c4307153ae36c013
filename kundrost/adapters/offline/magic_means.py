"""Magic means: a thing changed by a look, a whisper, a thought or a snap of the fingers.

A physical change to a thing — opening, filling, pulling out, mending, transforming,
drawing into the skin, lifting or moving it — told as done "genom att" look, whisper,
think, wink or snap ("öppnade dörren genom att viska till låset", "fyllde koppen bara genom
att titta på den", "drog ut tanden genom att titta på den"), or "med tanken" / "med
blicken", or at a snap ("förvandlades till mjölk när hon knäppte med fingrarna"), is magic
told deadpan: one point of nonsense. Finding, seeing or understanding by looking is how
people speak ("hittade felet bara genom att titta"), so only acts that change a thing are
read; a thing that senses ("låste upp mobilen genom att titta på den", a voice-controlled
lamp) and a feeling, a hypothetical, a joke or another's words ("min son sa att") are no
account.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import DEVICE, kind_of_word

_CHANGING = listed(
    """öppnade öppnar fyllde fyller drog lagade lagar förvandlade förvandlar förvandlades ritade
    tatuerade lyfte lyfter flyttade flyttar reparerade böjde"""
)
_MEANS = re.compile(
    r"\bgenom att (?:bara |endast |helt enkelt )?(?:titta|kolla|stirra|glo|blicka|viska|"
    r"tänka|blinka|knäppa|önska)\b|\bmed (?:tanken|blicken|tankekraft|tankens kraft|ett "
    r"fingerknäpp)\b|\bnär (?:hon|han|jag|vi|de|dom) knäppte med fingrarna\b"
)
_PULLED = re.compile(r"\bdrog (?:\w+ )?ut\b")
_SENSING = ("mobil", "telefon", "app", "ansikts", "sensor", "röst", "kamera")
"""Things made to answer a look or a voice: "låste upp mobilen genom att titta på den"."""
_NOT_SO = re.compile(
    r"\b(?:om (?:jag|vi|man|han|hon|de)|skulle|kändes|drömde|skämt\w*|skoja\w*|låtsa\w*|"
    r"sa att|sade att|berättade att|trodde att|typ)\b"
)


def _magic(tokens: tuple[str, ...], text: str) -> bool:
    if _CHANGING.isdisjoint(tokens) or not _MEANS.search(text):
        return False
    if _CHANGING.isdisjoint(set(tokens) - {"drog"}) and _PULLED.search(text) is None:
        return False  # only "drog ut" is pulling: "drog slutsatsen" is a thought
    if any(t.startswith(_SENSING) or kind_of_word(t) == DEVICE for t in tokens):
        return False
    return not (felt(tokens) or _NOT_SO.search(text))


def magic_means_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence telling a thing changed by magic, and the first such
    sentence."""
    points, first = 0.0, ""
    for index, tokens, text in evidence.cued_sentences(_CHANGING):
        if evidence.cues[index].wish or evidence.cues[index].elsewhere:
            continue
        if _magic(tokens, text):
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
