"""Declared diets (`declared_states`): never eaten or drunk a kind of food, or unable to
(fish, meat, gluten, coffee, alcohol: "aldrig ätit kött", "är vegetarian", "har celiaki",
"dricker aldrig kaffe", "nykterist"), and eating, drinking or tasting it, or praising its taste
("laxsoppan … den var god"); bread said to be gluten-free is no gluten."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.state_reading import CHANGED, NEGATED, REPORTED, SPEAKER

_LIKENESS = re.compile(r"^(?:så|sådan\w*|sån\w*|något|nåt|deras|er|ert|era|den|det|denna)\b")

_OTHERS = listed(
    """han hon de dom hen barnen ungarna frun mannen sambon grannen grannarna kollegan
    kompisen vännen"""
)

_FOOD_STATE = re.compile(
    r"\b(?:(?:jag|vi) (?:har|hade)|(?:har|hade) (?:jag|vi)) (?:aldrig|inte) (?:någonsin |nånsin )?"
    r"(?:ätit|smakat|druckit|rört) (\w+)( \w+)?|"
    r"\b(?:jag|vi) (?:äter|dricker) (?:aldrig|inte|inget|ingen) (\w+)( \w+)?"
)
_DIET_STATE = {
    "fish": re.compile(r"\b(?:jag|vi) (?:är|har varit) (?:\w+ )?(?:vegan|veganer|veganska)\b"),
    "meat": re.compile(
        r"\b(?:jag|vi) (?:är|har varit) (?:\w+ )?(?:vegetarian\w*|vegan\w*)\b|"
        r"\b(?:jag|vi) (?:äter|åt) (?:aldrig|inte) (?:något |nåt )?kött\b"
    ),
    "gluten": re.compile(
        r"\b(?:jag|vi) (?:har|är) (?:\w+ )?(?:celiaki|glutenallergi\w*|glutenintoleran\w*)\b|"
        r"\b(?:jag|vi) tål (?:inte|ingen|inget) (?:gluten|vete)\b"
    ),
    "alcohol": re.compile(r"\b(?:jag|vi) (?:är|har varit) (?:\w+ )?(?:hel)?nykterist\w*\b"),
}
_KIND_OF_WORD = (
    ("fish", ("fisk",)),
    ("meat", ("kött",)),
    ("coffee", ("kaffe",)),
    ("alcohol", ("alkohol", "vin", "öl", "sprit")),
    ("gluten", ("gluten", "vete")),
)
_FISH = ("lax", "torsk", "sill", "fisk", "gös", "makrill", "strömming", "sejfil", "kolja",
         "abborr", "gädd", "röding", "tonfisk", "hälleflund", "piggvar", "rödspätt")  # fmt: skip
_MEAT = ("kött", "korv", "skinka", "bacon", "kyckling", "fläsk", "biff", "kotlett", "salami",
         "oxfilé", "entrecote", "lamm", "kalkon", "hamburgare", "köttfärs", "fårkött")  # fmt: skip
_COFFEE = ("kaffe", "cappuccino", "latte", "espresso", "cortado", "macchiato", "americano")
_ALCOHOL = ("vin", "vinet", "öl", "ölen", "sprit", "snaps", "cider", "rödvin", "vitvin", "bubbel")
_NOT_FOOD = ("disk", "avdelning", "hyll", "lukt", "bröd", "paus", "rast", "maskin", "veg", "soja")
_PLANT_BASED = re.compile(r"\b(?:veg\w*|soja\w*|havre\w*|quorn|växtbaserad\w*|oumph)\b")
_LOOKS = listed("såg ser verkade luktade doftade")
_CLAUSE_ENDS = listed("och men medan när så eller fast")
_EATING = listed(
    """åt ätit käkade smakade provsmakade smakat slukade drack druckit mumsade glufsade
    provade"""
)
_TASTY = listed(
    """god goda gott smakade smakrik smakrika läcker läckra mumsig mumsiga krämig krämiga
    saftig saftiga mör möra len"""
)


def _food_kind(token: str, kind: str) -> bool:
    if token.startswith(_NOT_FOOD) or any(part in token for part in ("disk", "hyll", "veg")):
        return False
    if kind == "fish":
        return any(stem in token for stem in _FISH)
    if kind == "meat":
        return any(stem in token for stem in _MEAT)
    if kind == "coffee":
        return any(stem in token for stem in _COFFEE) and "koffeinfri" not in token
    if kind == "alcohol":
        return token in _ALCOHOL or token.startswith(("rödvin", "vitvin", "starköl"))
    return PRODUCT_WORDS.lookup(token) == "Bröd och bakverk" or token.startswith("pizza")


def _stated_food(text: str) -> set[str]:
    kinds: set[str] = set()
    if CHANGED.search(text):
        return kinds
    for found in _FOOD_STATE.finditer(text):
        word = found.group(1) or found.group(3)
        after = (found.group(2) or found.group(4) or "").strip()
        if _LIKENESS.match(word) or after in ("så", "sådan", "sån"):
            continue
        kinds |= {kind for kind, heads in _KIND_OF_WORD if word.startswith(heads)}
    kinds |= {kind for kind, state in _DIET_STATE.items() if state.search(text)}
    if "vegan" in text:
        kinds.add("meat")
    return kinds


def _speakers_act(tokens: tuple[str, ...], index: int) -> bool:
    """Whether the verb at `index` is the speaker's, not negated."""
    near = tokens[max(0, index - 3) : index + 2]
    return not SPEAKER.isdisjoint(near) and NEGATED.isdisjoint(near)


def _object_of(tokens: tuple[str, ...], index: int, kind: str) -> bool:
    """Whether food of `kind` is what the verb at `index` took: after it in its clause ("åt
    två vanliga kanelbullar"), or just before it ("laxen som jag smakade")."""
    for token in tokens[index + 1 : index + 6]:
        if token in _CLAUSE_ENDS:
            break
        if _food_kind(token, kind):
            return True
    return any(_food_kind(t, kind) for t in tokens[max(0, index - 3) : index])


def _eats(tokens: tuple[str, ...], text: str, kind: str) -> bool:
    """Eating, drinking or tasting food of `kind`, or praising its taste, told of the visit by
    the speaker."""
    if REPORTED.search(text) or (kind == "meat" and _PLANT_BASED.search(text)):
        return False
    if kind == "gluten" and "gluten" in text:
        return False
    if kind == "alcohol" and "alkoholfri" in text:
        return False
    if not any(_food_kind(t, kind) for t in tokens):
        return False
    if any(
        t in _EATING and _speakers_act(tokens, i) and _object_of(tokens, i, kind)
        for i, t in enumerate(tokens)
    ):
        return True
    praised = (
        not _TASTY.isdisjoint(tokens) and NEGATED.isdisjoint(tokens) and _LOOKS.isdisjoint(tokens)
    )
    return kind != "gluten" and praised and _OTHERS.isdisjoint(tokens)


def food_points(evidence: Evidence, said: Sequence[int]) -> float:
    stated = [
        (i, _stated_food(evidence.phrases[i]))
        for i in said
        if not FOOD_WORDS.isdisjoint(evidence.sentence_tokens[i])
        or not DIET_WORDS.isdisjoint(evidence.sentence_tokens[i])
        or "gluten" in evidence.phrases[i]
    ]
    points = 0.0
    for kind in {k for _, kinds in stated for k in kinds}:
        where = {i for i, kinds in stated if kind in kinds}
        if any(
            _eats(evidence.sentence_tokens[i], evidence.phrases[i], kind)
            for i in said
            if i not in where or kind == "gluten"
        ):
            points += 1.0
    return points


FOOD_WORDS = listed("ätit smakat druckit rört äter dricker tål")
DIET_WORDS = listed("vegetarian vegetarianer vegan veganer veganska celiaki nykterist helnykterist")
