"""Visit clashes: two things said of how one visit went that cannot both be true.

Each is one point towards an impossible claim (`claims`), read only in sentences told of this
visit (`visit_accounts.told`): card paid yet cash change (`paid_change`), transit yet one's
own car and two ways there (`way_there`), morning and evening (`visit_hours`), leaving
empty-handed yet goods bought (`left_empty`), one thing bought in two colours or sizes
(`bought_looks`), and waiting the whole visit yet going away and back (`stayed_put`).
"""

from __future__ import annotations

from kundrost.adapters.offline.bought_looks import bought_two_ways
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.left_empty import left_empty_yet_bought
from kundrost.adapters.offline.paid_change import card_yet_change
from kundrost.adapters.offline.stayed_put import stayed_yet_away
from kundrost.adapters.offline.visit_hours import early_and_late
from kundrost.adapters.offline.way_there import transit_yet_car, two_ways_there


def visit_account_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    return (
        card_yet_change(evidence)
        + transit_yet_car(evidence)
        + two_ways_there(evidence)
        + early_and_late(evidence)
        + left_empty_yet_bought(evidence)
        + bought_two_ways(evidence)
        + stayed_yet_away(evidence)
    )
