"""Declared states: what the customer says is so of them, and an act of the visit that needs
the opposite.

A customer who invents a visit tends to add a detail of their life that the visit cannot
have: "jag har aldrig ätit fisk" after praising the salmon soup, "jag har aldrig haft en
mobiltelefon" after paying by Swish. Each state is read as the speaker's own ("jag", "vi"),
lasting and whole: never, none, without, all, the whole visit. A state that has changed or
is bounded ("förut", "tidigare", "innan", "nu", "först", "i dag", "nästan"), a likeness ("så
god fisk"), one thing ("deras fisksoppa"), a hypothetical, a habit or another person's state
("min man har aldrig ätit fisk") is not one. The act must be the speaker's too, told of the
visit and not negated; what someone else did, said or thought ("min fru sa att den var
god") is not. Each state contradicted is one point towards an impossible claim:

- a diet: never eaten or drunk a kind of food (`diet_states`);
- a means of paying: no phone, no Swish, no bank card (`payment_states`);
- a household: none of a kind of pet or kin (`household_states`);
- a possession: never had a kind of thing, yet an old one of one's own (`owned_states`);
- a car: none that day, or an electric one filled with petrol (`vehicle_states`);
- a body: bald, never sat down all visit, or no use of the hands (`body_states`);
- company: shopping alone (`presence_states`);
- goods: sold out, none bought, or fewer bought than eaten (`goods_states`);
- a power cut in the whole store (`power_states`).
"""

from __future__ import annotations

from collections.abc import Callable

from kundrost.adapters.offline.body_states import bald_points, hands_points, seated_points
from kundrost.adapters.offline.diet_states import DIET_WORDS, FOOD_WORDS, food_points
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.goods_states import ATE, goods_points, pieces_points
from kundrost.adapters.offline.household_states import had_points
from kundrost.adapters.offline.owned_states import OLD_WORDS, owned_points
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.payment_states import card_points, phone_points
from kundrost.adapters.offline.power_states import power_points
from kundrost.adapters.offline.presence_states import LONG_KIN, alone_points
from kundrost.adapters.offline.state_reading import KIN, MY
from kundrost.adapters.offline.vehicle_states import car_points, fuel_points

_WHOLE_VISIT = listed("aldrig alls stod gång")
_HAD_NONE = ("har ing", "hade ing", "haft", "har inte", "ogift", "singel")
_PET_WORDS = listed("husdjur djur hund katt barn fru man make maka sambo partner ogift singel")
_SAT_WORDS = listed("satt satte")
_HAND_WORDS = listed("armarna händerna")
_ALONE_WORDS = listed("ensam själv ingen egen")
_SOLD_OUT = listed("slutsålda slutsåld slutsålt")
_GONE_WORDS = listed("slut tom tomma tomt")
_WHOLLY = listed("helt totalt alldeles")
_NONE_BOUGHT = listed("ingen inget inga någon något några")
"""With "köpte in…" said: "köpte ingen fisk", "köpte inte något bröd"."""
_BUY_WORDS = listed("köpte valde plockade")
_STEMS = {
    "phone": (" mobil", " smartphone", " telefon", " swish"),
    "card": ("kort",),
    "car": (" bil",),
    "bald": ("skallig",),
    "power": (" ström", "elavbrott", "kolsvart"),
    "electric": ("elbil",),
    "gluten": ("gluten",),
}
"""What the words a state needs hold ("mobiltelefonen", "glutenallergiker"), sought in the
call's words at once. The words are joined in a set's order, so a part may ask for the space
before a word but never the one after it ("smart telefon" is found by its " telefon")."""
_NO_WORDS = listed("aldrig ingen inget inga inte")


def declared_state_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and what earned them. Each reading
    is tried only when the call says the words its state needs; the call's sentences are
    joined only for the readings that look in them."""
    words = evidence.words
    joined = " " + " ".join(words)
    stems = {kind for kind, parts in _STEMS.items() for part in parts if part in joined}
    negated = not _NO_WORDS.isdisjoint(words)
    kin = not _PET_WORDS.isdisjoint(words) and not MY.isdisjoint(words)
    none_said = not _NONE_BOUGHT.isdisjoint(words)
    told = " . ".join(evidence.phrases) if kin or none_said else ""
    gone = not _SOLD_OUT.isdisjoint(words) or (
        not _GONE_WORDS.isdisjoint(words) and not _WHOLLY.isdisjoint(words)
    )
    readings: list[Callable[[list[int]], float]] = []
    if (
        (negated and not FOOD_WORDS.isdisjoint(words))
        or stems & {"gluten"}
        or not DIET_WORDS.isdisjoint(words)
    ):
        readings.append(lambda said: food_points(evidence, said))
    if negated and "phone" in stems:
        readings.append(lambda said: phone_points(evidence, said))
    if kin and any(phrase in told for phrase in _HAD_NONE):
        readings.append(lambda said: had_points(evidence, said))
    if negated and "card" in stems:
        readings.append(lambda said: card_points(evidence, said))
    if "car" in stems:
        readings.append(lambda said: car_points(evidence, said))
    if "bald" in stems:
        readings.append(lambda said: bald_points(evidence, said))
    if not _SAT_WORDS.isdisjoint(words) and not _WHOLE_VISIT.isdisjoint(words):
        readings.append(lambda said: seated_points(evidence, said))
    if not _HAND_WORDS.isdisjoint(words) and ("gips" in words or "kan" in words):
        readings.append(lambda said: hands_points(evidence, said))
    if not _ALONE_WORDS.isdisjoint(words) and (
        not KIN.isdisjoint(words) or any(w.endswith(LONG_KIN) for w in words)
    ):
        readings.append(lambda said: alone_points(evidence, said))
    none_bought = none_said and "köpte in" in told
    if not _BUY_WORDS.isdisjoint(words) and (gone or none_bought):
        readings.append(lambda said: goods_points(evidence, said))
    if "köpte" in words and not ATE.isdisjoint(words):
        readings.append(lambda said: pieces_points(evidence, said))
    if "aldrig" in words and not OLD_WORDS.isdisjoint(words):
        readings.append(lambda said: owned_points(evidence, said))
    if "power" in stems:
        readings.append(lambda said: power_points(evidence, said))
    if "electric" in stems:
        readings.append(lambda said: fuel_points(evidence, said))
    if not readings:
        return 0.0, ""
    said = [
        i
        for i in range(len(evidence.phrases))
        if not evidence.cues[i].elsewhere and not evidence.cues[i].wish
    ]
    points = sum(reading(said) for reading in readings)
    why = "Kunden säger något om sig själv som en senare handling under besöket motsäger."
    return points, why if points else ""
