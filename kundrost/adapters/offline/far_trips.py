"""Far trips: a drive to one of the three cities and back within minutes, from a store whose
name places it elsewhere.

"Han skulle till Stockholm med en beställning … Han var tillbaka i Bergkvara en kvart
senare, han hade kört upp och ner på femton minuter" tells of some 800 kilometres in a
quarter of an hour. The distance between two towns is not known in general, but the store's
own town is (its name, "Skärboden i Bergkvara"), and Stockholm, Göteborg and Malmö are known
with the towns around them. One point towards an impossible claim when an answer names one
of the three as where someone went ("till Stockholm", "i Göteborg") and the same answer or
the next times the trip: there and back ("upp och ner", "fram och tillbaka", "tur och
retur", "var tillbaka … en kvart senare") within twenty-five minutes, or there ("var framme
i Malmö på tio minuter") within twelve — from a town that is not the city nor one around it,
no road is that short. A store with no town in its name, a trip told as a wish or of another
store, and a town of the city's own ring ("Butiken i Solna") are not read.

Any trip whose distance and time are told side by side in one answer is read against what
carried it, though neither sentence holds both: "hoppade på cykeln och var framme hos er
tjugo minuter senare. Det är nio mil" is 270 km/h on a bicycle (a bicycle 60 km/h, on foot
25, a car 250), the time told as the trip's ("var framme", "kom hit", "tog det", "N minuter
senare"), not a wait at the counter.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import quantities
from kundrost.adapters.offline.patterns import listed

_CITIES = {
    "stockholm": listed(
        """stockholm solna sundbyberg nacka lidingö danderyd täby sollentuna huddinge järfälla
        bromma hägersten farsta skärholmen vällingby kista spånga tyresö haninge botkyrka
        tumba vallentuna österåker åkersberga värmdö gustavsberg saltsjöbaden ekerö
        upplands-väsby väsby sigtuna märsta norrtälje södertälje salem"""
    ),
    "göteborg": listed(
        """göteborg mölndal partille kungälv lerum härryda mölnlycke hisingen torslanda
        kungsbacka öckerö ale nödinge lindome landvetter stenungsund"""
    ),
    "malmö": listed(
        """malmö lund burlöv arlöv staffanstorp vellinge svedala lomma bjärred oxie
        trelleborg höllviken"""
    ),
}
"""Each city with the towns around it, from which a quick trip there is a short drive."""
_GOING = re.compile(r"\b(?:till|i|upp till|ner till|in till|ned till) (stockholm|göteborg|malmö)\b")
_BOTH_WAYS = re.compile(
    r"\b(?:upp och ner|upp och ned|fram och tillbaka|tur och retur|dit och tillbaka|dit och "
    r"hem|tillbaka|hemma igen|åter)\b"
)
_MINUTES = {"sekund": 1 / 60, "sekunder": 1 / 60, "minut": 1.0, "minuter": 1.0, "kvart": 15.0,
            "halvtimme": 30.0, "timme": 60.0}  # fmt: skip
BOTH_WAYS_MINUTES, ONE_WAY_MINUTES = 25.0, 12.0
_TOWN = re.compile(r"\bi\s+([A-ZÅÄÖ][\w'-]+)")
_CUES = listed("stockholm göteborg malmö")
_TRIP = re.compile(
    r"\b(?:körde|kört|åkte|åkt|cyklade|var tillbaka|kom tillbaka|var hemma igen|var framme|"
    r"kom fram|var där|tur och retur|fram och tillbaka|upp och ner)\b"
)
_THERE = re.compile(r"\b(?:var framme|kom fram|var där|var i (?:stockholm|göteborg|malmö))\b")


def store_town(store_name: str | None) -> str | None:
    """The town a store's name places it in: "Skärboden i Bergkvara" is in Bergkvara."""
    found = _TOWN.search(store_name or "")
    return found.group(1).casefold() if found else None


_KILOMETRES = {"mil": 10.0, "milen": 10.0, "kilometer": 1.0, "km": 1.0, "kilometern": 1.0}
_MODES = (
    (listed("cykeln cyklade cyklat cykel cyklar cykla"), 60.0),
    (listed("sprang gick promenerade joggade springa gå"), 25.0),
    (listed("körde kört bilen åkte åkt"), 250.0),
)
"""What carried the trip and the most km/h it goes: a bicycle 60, on foot 25, a car 250."""
_TRIP_TIME = re.compile(
    r"\b(?:var (?:framme|här|där|hemma|tillbaka)|kom (?:fram|hit|dit|hem)|tog (?:det|mig) "
    r"(?:bara )?|hemma igen|\w+ (?:minuter|minut|sekunder) senare)\b"
)
"""A time told as the trip's: arrived, back, "tog det", "tjugo minuter senare"."""
_TRIP_CUES = frozenset(_KILOMETRES)


def _told_trip(evidence: Evidence, indices: list[int]) -> int | None:
    """An answer's trip too fast for what carried it: the distance in one sentence, the time
    in it or the one beside it ("var framme hos er tjugo minuter senare. Det är nio mil",
    on a bike), the time told as the trip's (`_TRIP_TIME`). The index of the sentence timed."""
    for at, index in enumerate(indices):
        amounts = evidence.sentence_amounts[index]
        distance = sum(v * _KILOMETRES[u] for v, u in amounts if u in _KILOMETRES)
        if not distance:
            continue
        for near in indices[max(0, at - 1) : at + 2]:
            text = evidence.phrases[near]
            if _TRIP_TIME.search(text) is None:
                continue
            minutes = [v * _MINUTES[u] for v, u in evidence.sentence_amounts[near] if u in _MINUTES]
            words = set(evidence.sentence_tokens[index]) | set(evidence.sentence_tokens[near])
            fastest = next((most for modes, most in _MODES if not modes.isdisjoint(words)), None)
            if minutes and fastest and distance / (min(minutes) / 60) > fastest:
                return near
    return None


def far_trip_points(evidence: Evidence, store_name: str | None) -> tuple[float, str]:
    """One point for a trip to a city timed below any road, or a trip whose distance and
    time are told side by side faster than what carried it (module docstring)."""
    if not _TRIP_CUES.isdisjoint(evidence.words):
        answers: dict[int, list[int]] = {}
        for index, turn in enumerate(evidence.reading.sentence_turns):
            cues = evidence.cues[index]
            if not (cues.elsewhere or cues.wish or felt(evidence.sentence_tokens[index])):
                answers.setdefault(turn, []).append(index)
        for indices in answers.values():
            timed = _told_trip(evidence, indices)
            if timed is not None:
                return 1.0, evidence.reading.sentences[timed]
    if _CUES.isdisjoint(evidence.words):
        return 0.0, ""
    town = store_town(store_name)
    if town is None:
        return 0.0, ""
    turns = evidence.reading.sentence_turns
    went: dict[int, str] = {}
    for index, text in enumerate(evidence.phrases):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish:
            continue
        turn = turns[index]
        found = _GOING.search(text)
        if found and town not in _CITIES[found.group(1)]:
            went[turn] = found.group(1)
        if turn not in went and turn - 1 not in went:
            continue
        minutes = [
            value * _MINUTES[unit]
            for value, unit in quantities(evidence.sentence_tokens[index])
            if unit in _MINUTES
        ]
        if not minutes or _TRIP.search(text) is None:
            continue
        if _BOTH_WAYS.search(text):
            most = BOTH_WAYS_MINUTES
        elif _THERE.search(text):
            most = ONE_WAY_MINUTES
        else:
            continue
        if min(minutes) < most:
            return 1.0, evidence.reading.sentences[index]
    return 0.0, ""
