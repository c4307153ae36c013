"""Content flags: nonsense, impossible claims, unlisted departments, contradicted facts,
offensive language and generic content, each with its evidence and confidence.

Flags the fraud checks act on (nonsense, impossible, unknown department, contradicted fact)
are raised at 0.7 or more only when the evidence is clear, since at 0.7 the feedback is
fraudulent; `unlisted` tells when a department the store lacks counts. Offensive language —
slurs and insults (1 each) and swearing (0.5 each) — is flagged from 1 point (0.6, up to
0.95). Generic content is flagged (0.8) when the customer named fewer concrete details than
one department and one topic together (detail points under 1.5) and neither wished for nor
complained about anything in particular — a fault counts as a complaint ("fanns inte med i
listan"), and a wish that points back at a concrete sentence ("Ni borde lägga till dom")
counts as one about something in particular.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from kundrost.adapters.offline.calendar_dates import calendar_date_points
from kundrost.adapters.offline.capacity import capacity_points
from kundrost.adapters.offline.carried_loads import carried_load_points
from kundrost.adapters.offline.child_stages import child_stage_points
from kundrost.adapters.offline.claims import claim_points, impossible_confidence
from kundrost.adapters.offline.consistency import consistency_points
from kundrost.adapters.offline.declared_states import declared_state_points
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.facilities import avoided_yet_used, facility_flags
from kundrost.adapters.offline.facts import contradicted_facts
from kundrost.adapters.offline.far_trips import far_trip_points
from kundrost.adapters.offline.goods_limits import goods_limit_points
from kundrost.adapters.offline.item_prices import item_price_points
from kundrost.adapters.offline.left_behind import left_behind_points
from kundrost.adapters.offline.light_burdens import light_burden_points
from kundrost.adapters.offline.magnitudes import magnitude_points
from kundrost.adapters.offline.month_days import month_day_points
from kundrost.adapters.offline.nonsense import nonsense_confidence
from kundrost.adapters.offline.offensive import offensive
from kundrost.adapters.offline.person_ages import person_age_points
from kundrost.adapters.offline.physical_limits import physical_limit_points
from kundrost.adapters.offline.recounted import recounted_points
from kundrost.adapters.offline.room_temperatures import room_temperature_points
from kundrost.adapters.offline.scale_limits import scale_limit_points
from kundrost.adapters.offline.scenes import trade_scene_flags
from kundrost.adapters.offline.shared_counts import shared_count_points
from kundrost.adapters.offline.surreal import surreal_content
from kundrost.adapters.offline.thing_limits import thing_limit_points
from kundrost.adapters.offline.timeline import timeline_points
from kundrost.adapters.offline.toddlers import toddler_points
from kundrost.adapters.offline.told_counts import told_count_points
from kundrost.adapters.offline.told_totals import told_total_points
from kundrost.adapters.offline.unlisted import unlisted_departments
from kundrost.adapters.offline.unrelated import unrelated_confidence
from kundrost.adapters.offline.usual_goods import usual_goods_points
from kundrost.adapters.offline.visit_clashes import visit_account_points
from kundrost.adapters.offline.visit_people import visit_people_points
from kundrost.adapters.offline.visit_scene import visit_scene_points
from kundrost.adapters.offline.visit_service import visit_service_points
from kundrost.adapters.offline.world_limits import world_limit_points
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.rubric import Rubric

_RETOLD = "Besöket beskrivs på två sätt som inte kan vara sanna samtidigt."
_UNRELATED = "Svaren handlar om annat än besöket."
_GIBBERISH = "Påhittade ord, tangentbordsslag eller ord utan sammanhang."


def is_generic(features: Rubric) -> bool:
    """Nothing specific observed and nothing concrete asked for."""
    return not features.within(features.specific_observations) and not features.suggestions


def content_flags(
    evidence: Evidence,
    store: StoreDepartments,
    features: Rubric,
    context: BusinessContext | None,
    visited_at: datetime | None = None,
) -> tuple[ContentFlag, ...]:
    flags: list[ContentFlag] = []
    gibberish = nonsense_confidence(evidence.reading)
    surreal = surreal_content(evidence, store) if gibberish is None else None
    if gibberish is not None:
        flags.append(ContentFlag(FlagKind.NONSENSICAL, _GIBBERISH, gibberish))
    elif surreal is not None:
        confidence, said = surreal
        text = f"Overkligt innehåll: {said}"[:500]
        flags.append(ContentFlag(FlagKind.NONSENSICAL, text, confidence))
    elif (unrelated := unrelated_confidence(evidence)) is not None:
        flags.append(ContentFlag(FlagKind.NONSENSICAL, _UNRELATED, unrelated))
    claimed, said = claim_points(evidence)
    inconsistent, told = consistency_points(evidence, context, visited_at)
    untimely, timed = timeline_points(evidence, context, visited_at)
    beyond, held = capacity_points(evidence)
    loaded, load = carried_load_points(evidence)
    cheap, priced = item_price_points(evidence)
    shared, shares = shared_count_points(evidence)
    burdened, burden = light_burden_points(evidence)
    far, trip = far_trip_points(evidence, context.store_name if context else None)
    heated, heat = room_temperature_points(evidence)
    avoided, used = avoided_yet_used(evidence, store)
    vast, amount = magnitude_points(evidence)
    twice, recounted = recounted_points(evidence)
    beyond_food, food = goods_limit_points(evidence)
    contrary, stated = declared_state_points(evidence)
    physical, limit = physical_limit_points(evidence)
    worldly, known = world_limit_points(evidence)
    grown, counted = told_count_points(evidence)
    retold = (
        visit_account_points(evidence)
        + visit_people_points(evidence)
        + usual_goods_points(evidence)
        + told_total_points(evidence)
        + left_behind_points(evidence)
        + visit_service_points(evidence)
        + visit_scene_points(evidence)
    )
    scaled, framed = scale_limit_points(evidence, visited_at)
    undated, dated = calendar_date_points(evidence)
    aged, old = person_age_points(evidence, visited_at)
    measured, measure = thing_limit_points(evidence)
    young, child = toddler_points(evidence)
    early, picked = month_day_points(evidence)
    staged, stage = child_stage_points(evidence)
    impossible = impossible_confidence(
        claimed
        + inconsistent
        + untimely
        + beyond
        + loaded
        + cheap
        + shared
        + burdened
        + far
        + heated
        + avoided
        + vast
        + twice
        + beyond_food
        + contrary
        + physical
        + worldly
        + grown
        + retold
        + scaled
        + undated
        + aged
        + measured
        + young
        + early
        + staged
    )
    if impossible is not None:
        text = (
            said
            or told
            or held
            or load
            or priced
            or shares
            or burden
            or trip
            or heat
            or timed
            or used
            or amount
            or recounted
            or food
            or stated
            or limit
            or known
            or counted
            or (_RETOLD if retold else "")
            or framed
            or dated
            or old
            or measure
            or child
            or picked
            or stage
        )[:500] or "-"
        flags.append(ContentFlag(FlagKind.IMPOSSIBLE_CLAIM, text, impossible))
    flags += (
        unlisted_departments(evidence, store, context.store_name if context else None)
        or facility_flags(evidence, context)
        or trade_scene_flags(evidence, store, context)
    )
    flags += contradicted_facts(evidence, context, visited_at, store)
    rude = offensive(evidence)
    if rude is not None:
        flags.append(rude)
    if gibberish is None and surreal is None and is_generic(features):
        flags.append(
            ContentFlag(FlagKind.GENERIC, "Inga konkreta detaljer om besöket.", Decimal("0.8"))
        )
    return tuple(flags)
