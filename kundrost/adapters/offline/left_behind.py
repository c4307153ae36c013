"""Left behind: a means of paying the customer did not have that day, and then used.

Unlike a lasting state (`payment_states`: "jag har aldrig haft en mobil"), these hold for
the day of the visit: the wallet or the phone left at home ("jag hade glömt plånboken hemma",
"mobilen låg på laddning hemma"), the phone dead ("mobilen hade dött", "batteriet var helt
slut"), the card lost and not replaced ("jag hade tappat bankkortet"), no cash on one ("jag
hade inga kontanter"). Then in another sentence the speaker uses that very thing: takes the
wallet out, swishes or scans with the phone, draws or taps the card, pays with a note. One
point towards an impossible claim (`claims`).

Not when the same sentence turns the state ("men jag betalade med mobilen", "så min fru
betalade"), bounds it ("när vi kom", "först") or it was only believed ("jag trodde att jag
hade glömt plånboken"), nor when the thing is found or replaced ("fått ett nytt", "hittade",
"bankomat", "tog ut").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import NEGATED
from kundrost.adapters.offline.visit_accounts import told_sentences

_WALLET = "plånbok"
_PHONE = "mobil"
_CARD = "kort"
_CASH = "kontant"

_LEFT = (
    (
        re.compile(
            r"\b(?:glömt|glömde) (?:min |mitt )?(?P<t>plånbok\w*|mobil\w*|telefon\w*|\w*kortet)|"
            r"\b(?P<u>plånbok\w*|mobil\w*|telefon\w*) (?:låg|var|stod) (?:kvar )?(?:\w+ ){0,2}?"
            r"hemma\b"
        ),
        "",
    ),
    (
        re.compile(
            r"\b(?:mobilen|telefonen) hade (?:dött|laddat ur)|\bbatteriet (?:i (?:mobilen|"
            r"telefonen) )?var (?:helt )?(?:slut|dött)"
        ),
        _PHONE,
    ),
    (re.compile(r"\b(?:tappat|tappade|blivit av med|blev av med) (?:mitt )?\w*kortet\b"), _CARD),
    (
        re.compile(r"\b(?:jag|vi) hade (?:inga|inte några|inte nåt|inget) (?:kontanter|kontant)"),
        _CASH,
    ),
)
_LEFT_WORDS = listed("glömt glömde hemma dött ur slut tappat tappade av kontanter kontant")
_TURNED = re.compile(
    r"\b(?:men|så (?:min|mitt|hans|hennes|vår|han|hon|de|dom)|när (?:jag|vi) kom|först|"
    r"fått (?:ett |något )?nytt(?! än)|trodde|hittade|bankomat\w*|tog ut|lånade|lånat)\b"
)
_FOUND = re.compile(r"\b(?:hittade|bankomat\w*|tog (?:jag |vi )?ut|lånade|lånat|fick låna)\b")

_USE = {
    _WALLET: re.compile(r"\b(?:tog|plockade|drog) (?:jag |vi )?(?:upp|fram) plånboken\b"),
    _PHONE: re.compile(
        r"\b(?:jag|vi) swishade\b|\bswishade (?:jag|vi)\b|\b(?:jag|vi) (?:\w+ ){0,3}?"
        r"(?:med|i) mobilen\b|\b(?:med|i) mobilen (?:\w+ )?(?:jag|vi)\b|\b(?:jag|vi) (?:\w+ )?"
        r"höll mobilen\b"
    ),
    _CARD: re.compile(
        r"\b(?:drog|blippade) (?:jag |vi )?(?:mitt |vårt )?\w*kort\b|\b(?:jag|vi) (?:drog|"
        r"blippade) (?:mitt |vårt )?\w*kort\b|\b(?:jag|vi) betalade (?:\w+ ){0,3}?med "
        r"(?:mitt )?\w*kort\b"
    ),
    _CASH: re.compile(
        r"\bbetalade (?:jag |vi )?(?:\w+ ){0,3}?med (?:en |två |tre )?\w+lapp\w*|"
        r"\b(?:jag|vi) betalade (?:\w+ ){0,3}?kontant"
    ),
}


def _kind(thing: str) -> str:
    if thing.startswith(_WALLET):
        return _WALLET
    if thing.startswith(("mobil", "telefon")):
        return _PHONE
    return _CARD


def _left(evidence: Evidence) -> tuple[int, str] | None:
    for index, _, text in told_sentences(evidence, _LEFT_WORDS):
        if _TURNED.search(text):
            continue
        for pattern, kind in _LEFT:
            found = pattern.search(text)
            if found is not None:
                thing = found.groupdict().get("t") or found.groupdict().get("u")
                return index, kind or _kind(thing or "")
    return None


def left_behind_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    if _LEFT_WORDS.isdisjoint(evidence.words):
        return 0.0
    left = _left(evidence)
    if left is None or _FOUND.search(" ".join(evidence.phrases)):
        return 0.0
    at, kind = left
    for _, tokens, text in told_sentences(evidence, besides=at):
        if NEGATED.isdisjoint(tokens) and _USE[kind].search(text):
            return 1.0
    return 0.0
