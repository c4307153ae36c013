"""Declared cars (`declared_states`): no car that day ("bilen stod på verkstaden", "har ingen
bil", "sålde bilen"), and washing, filling, parking or driving one — not a car borrowed, hired
or back again, nor a trolley pushed ("körde kundvagnen"); an electric car filled with petrol
or diesel."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.state_reading import OTHER_TIME, REPORTED, state_and_act

_CAR_AWAY = re.compile(
    r"\b(?:(?:jag|vi) (?:har|hade) (?:ingen|inte någon|inte nån) bil|(?:jag|vi) (?:var|är) "
    r"utan bil|bilen (?:var|stod) (?:kvar )?på (?:verkstad\w*|service\w*|reparation\w*|lagning)|"
    r"(?:jag|vi) sålde (?:min |vår )?bil\w*)\b"
)
_CAR_ACT = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ ){0,2}?(?:tvättade|tankade|dammsög|parkerade|körde|lastade|vaxade)|"
    r"(?:tvättade|tankade|dammsög|parkerade|körde|lastade|vaxade) (?:jag|vi))\b.*\b"
    r"(?:bil|bilen|bilarna|tvätthall\w*|tvättgata\w*|biltvätt\w*|bagageluckan)\b"
)
_OTHER_CAR = re.compile(
    r"\b(?:hyrbil\w*|lånebil\w*|lånade|hyrde|taxi\w*|bilpool\w*|grannens|\w+s bil\w*|"
    r"hans bil|hennes bil|deras bil|ersättningsbil\w*|tillbaka|hämtade)\b"
)


def car_points(evidence: Evidence, said: Sequence[int]) -> float:
    """No car of one's own that day, and washing, filling or driving one; a car borrowed,
    hired or back from the garage is another."""
    if not any(
        "bil" in evidence.phrases[i] and _CAR_AWAY.search(evidence.phrases[i]) for i in said
    ):
        return 0.0
    if any(_OTHER_CAR.search(text) for text in evidence.phrases):
        return 0.0
    return state_and_act(evidence, said, _CAR_AWAY, _car_act)


def _car_act(tokens: tuple[str, ...], text: str) -> bool:
    return (
        _CAR_ACT.search(text) is not None
        and _CAR_AWAY.search(text) is None
        and not REPORTED.search(text)
        and not OTHER_TIME.search(text)
    )


_ELECTRIC = re.compile(r"\b(?:kör|kört|har|äger|köpte) (?:en |min |vår )?(?:\w+ )?elbil\w*\b")
_FUELLED = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ )?(?:tankade|fulltankade|fyllde|tankat)|"
    r"(?:tankade|fulltankade|fyllde) (?:jag|vi))\b"
)
_FUEL_SAID = re.compile(r"\b(?:bensin|diesel|etanol|e85|hvo|liter|full tank|fullt|fulltankade)\b")
"""A car filled: its fuel, litres or a full tank said, not windscreen fluid or air."""
_OTHER_VEHICLES = re.compile(
    r"\b(?:gräsklippar\w*|dunk\w*|båt\w*|moped\w*|motorsåg\w*|lastbil\w*|släp\w*|husbil\w*|"
    r"traktor\w*|hyrbil\w*|bensinbil\w*|dieselbil\w*|hybrid\w*|andra bil\w*|två bilar|"
    r"(?:hans|hennes|deras) bil\w*|motorcykel\w*|snöskoter\w*|aggregat\w*)\b"
)


def fuel_points(evidence: Evidence, said: Sequence[int]) -> float:
    texts = [evidence.phrases[i] for i in said]
    whole = " . ".join(texts)
    if "elbil" not in whole or _OTHER_VEHICLES.search(whole):
        return 0.0
    if not any(_ELECTRIC.search(t) or ("elbil" in t and _FUELLED.search(t)) for t in texts):
        return 0.0
    return 1.0 if any(_FUELLED.search(t) and _FUEL_SAID.search(t) for t in texts) else 0.0
