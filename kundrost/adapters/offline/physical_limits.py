"""Physical limits: what no car, body or room allows, whatever the store.

`claims` and `magnitudes` read amounts against a visit; these read them against the thing
they are said of. Each is one point towards an impossible claim:

- an electric car charged from empty, or to full, in under ten minutes ("laddade bilen
  från noll till fullt på två minuter"; a fast charger needs twenty minutes or more for
  20–80 %), any other battery in under five ("mobilen laddades från noll till hundra
  procent på trettio sekunder");
- one person eating fifteen pieces or more in one go by a verb of eating up ("satte i mig
  femtio kanelbullar", "slukade tjugo semlor"), or drinking five litres or more at one meal
  — not a group ("vi", "tillsammans", "alla");
- a person older than 115 ("min morfar är hundrafyrtio år"; a store or a firm may be);
- a drive faster than 200 km/h, the distance and the time said in one sentence ("körde de
  trettio milen hem på tjugo minuter");
- a thing six metres tall or more standing in a room ("granen var fyrtio meter hög och vi
  ställde den i vardagsrummet").

A feeling ("det kändes som") and a hypothetical ("om", "skulle") claim nothing.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import Amount, word_value
from kundrost.adapters.offline.patterns import listed

_MINUTES = {"sekund": 1 / 60, "sekunder": 1 / 60, "sekunderna": 1 / 60, "minut": 1.0,
            "minuter": 1.0, "minuterna": 1.0, "kvart": 15.0, "timme": 60.0, "timmar": 60.0,
            "timmen": 60.0}  # fmt: skip
_KILOMETRES = {"mil": 10.0, "milen": 10.0, "kilometer": 1.0, "kilometern": 1.0, "km": 1.0}
_LITRES = listed("liter litern litrar")
_UNLIKELY = re.compile(r"\b(?:om (?:jag|vi|man)|skulle|kanske|nästan|typ)\b")
_UNLIKELY_WORDS = listed("om skulle kanske nästan typ")
"""Every phrase of `_UNLIKELY` opens with one of these."""
_CHARGED = listed("laddade laddades laddat laddas laddar")
_CAR = ("bil", "elbil")
_EMPTY_TO_FULL = re.compile(
    r"\b(?:från (?:noll|tomt|helt tomt|nästan noll|tomt batteri|noll procent)|till (?:fullt|full|"
    r"hundra procent|100 procent)|fulladdad\w*)\b"
)
FASTEST_FULL_CHARGE = 10.0
"""Minutes: no car charges from empty, or to full, faster than this."""
FASTEST_ANY_CHARGE = 5.0
"""Minutes: no battery at all, a phone's or a drill's, charges from empty or to full faster."""
_EATING_UP = re.compile(
    r"\b(?:satte (?:jag )?i mig|slukade|trängde i mig|glufsade i mig|vräkte i mig)\b"
)
_DRINKING = listed("drack druckit svepte hällde")
_GROUP = listed("vi tillsammans alla oss gänget familjen")
MOST_PIECES = 15
MOST_LITRES = 6.0
_SPAN = re.compile(r"\b(?:dag|dagen|dygn\w*|vecka|veckan|veckor|månad\w*|helgen)\b")
OLDEST = 115
_AGED = listed("är var blev fyller fyllde fyllt")
_PERSONS = listed(
    """jag hon han mamma pappa mormor morfar farmor farfar fru man make maka sambo granne
    grannen dotter son bror syster kassörskan kassören expediten ägaren"""
)
_DRIVEN = listed("körde kört åkte åkt")
FASTEST_DRIVE = 200.0
_ROOMS = ("vardagsrum", "sovrum", "köket", "hallen", "lägenhet", "stuga", "stugan", "rummet")
TALLEST_INDOORS = 6.0
_OUTSIDE = listed("stället ute utomhus plats inte gården trädgården bakom utanför")
_HIGH_PLACES = ("berg", "fjäll", "mast", "torn")
"""A mountain or a mast beside the cabin is not in it: "berget bakom stugan"."""


_CUES = _CHARGED | _DRINKING | _DRIVEN | listed("mig år års hög högt")
"""A sentence holds one of these before any limit is tried: "satte i mig", "slukade"."""


def _minutes(amounts: tuple[Amount, ...]) -> float | None:
    return next((v * _MINUTES[u] for v, u in amounts if u in _MINUTES), None)


def _charge(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    if _CHARGED.isdisjoint(tokens):
        return False
    car = any(t.startswith(_CAR) for t in tokens)
    least = FASTEST_FULL_CHARGE if car else FASTEST_ANY_CHARGE
    minutes = _minutes(amounts)
    return minutes is not None and minutes < least and bool(_EMPTY_TO_FULL.search(text))


def _eaten(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    if not _GROUP.isdisjoint(tokens) or "jag" not in tokens or _SPAN.search(text):
        return False
    if _EATING_UP.search(text) and any(
        v >= MOST_PIECES and u not in _MINUTES and u not in _LITRES for v, u in amounts
    ):
        return True
    return not _DRINKING.isdisjoint(tokens) and any(
        v >= MOST_LITRES and u in _LITRES for v, u in amounts
    )


def _aged(tokens: tuple[str, ...]) -> bool:
    for index, token in enumerate(tokens[:-1]):
        value = word_value(token)
        if value is None or value <= OLDEST or tokens[index + 1] not in ("år", "års"):
            continue
        before = tokens[max(0, index - 4) : index]
        if not _AGED.isdisjoint(before) and not _PERSONS.isdisjoint(before):
            return True
    return False


def _driven(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if _DRIVEN.isdisjoint(tokens):
        return False
    distance = next((v * _KILOMETRES[u] for v, u in amounts if u in _KILOMETRES), None)
    minutes = _minutes(amounts)
    return bool(distance and minutes and distance / (minutes / 60) > FASTEST_DRIVE)


def _tall_indoors(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if "hög" not in tokens and "högt" not in tokens:
        return False
    if not any(t.startswith(_ROOMS) for t in tokens) or not _OUTSIDE.isdisjoint(tokens):
        return False
    if any(t.startswith(_HIGH_PLACES) for t in tokens):
        return False
    return any(v >= TALLEST_INDOORS and u in ("meter", "m") for v, u in amounts)


def physical_limit_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and the first sentence."""
    points = 0.0
    first = ""
    for index, amounts in enumerate(evidence.sentence_amounts):
        if not amounts:
            continue
        tokens = evidence.sentence_tokens[index]
        if _CUES.isdisjoint(tokens) and "slukade" not in tokens:
            continue
        text = evidence.phrases[index]
        if evidence.cues[index].elsewhere or felt(tokens):
            continue
        if not _UNLIKELY_WORDS.isdisjoint(tokens) and _UNLIKELY.search(text):
            continue
        found = (
            _charge(tokens, text, amounts)
            + _eaten(tokens, text, amounts)
            + _aged(tokens)
            + _driven(tokens, amounts)
            + _tall_indoors(tokens, amounts)
        )
        if found and not first:
            first = evidence.reading.sentences[index]
        points += found
    return float(points), first
