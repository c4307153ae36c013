"""The single-store sets keep their shape, each half by the same rules (`single_store_set`,
`labelled_calls`, each call in `test_labelled_calls`), so that their figures compare.

Each file is one store no other set has:

- `feedback_dev3_train` (a sports shop) and `feedback_dev3_check` (a florist): the third
  development set, a half to tune on and a half nobody tunes on;
- `feedback_blind3` (a neighbourhood grocery): the third blind holdout, which measures a
  grader and is never tuned on; it holds the honest traps it was written for;
- `feedback_dev4_train` (a suburban supermarket): a training set of every kind;
- `feedback_dev5_train` (a coastal village grocery): a training set on content fraud, with
  honest near misses beside it and its own least count of each kind;
- `feedback_dev6_train` (a market hall of counters): a training set on false rewards, content
  fraud told as praise and honest talk that earns nothing, with honest traps beside them and
  its own least count of each kind;
- `feedback_dev7_train` (a bakery-and-grocery in a small inland mill town, with a wood-fired
  bakery, a post and Systembolaget agent and Thursday home delivery): a second training set on
  false rewards, in the sixth's mix, with its honest traps paid beside them;
- `feedback_dev8_train` (a bookshop-stationer with a post agent, an order desk and a copier):
  a third training set on false rewards, in the seventh's mix, weighted toward honest remarks
  that agree with a baseline fact, genuine contradictions and impossible claims inside
  payable-sounding feedback;
- `feedback_dev9_train` (an optician with booked eye examinations, a workshop with its own
  hours, contact lenses on subscription, a children's corner and a hearing room): a training set
  on precision, whose honest calls touch a baseline fact in many ways (each marked with a finer
  `fact_*` pattern beside `agrees_with_fact`) and whose contradictions break the same facts;
- `feedback_dev10_train` (a bicycle shop with a workshop, spare parts, clothing and helmets,
  child seats and trailers and a rental of e-bikes and cargo bikes): a training set on content
  fraud in many shapes and on honest calls of no value, with honest near misses paid beside them;
- `feedback_blind4` (a highway service station with a café, a grill and a car wash): the fourth
  blind holdout, in the third's mix and with the same honest traps, never tuned on;
- `feedback_blind5` (a pet store with a dog-grooming salon, a dog wash and a self-serve feed
  warehouse): the fifth blind holdout, in the fourth's mix and with the same honest traps,
  never tuned on;
- `feedback_blind6` (a building-supplies and hardware store with a drive-in timber yard, a
  paint counter, key cutting and tool rental): the sixth blind holdout, in the fifth's mix and
  with the same honest traps, never tuned on;
- `feedback_blind7` (a consumer-electronics store with a mobile counter, a repair desk, white
  goods delivery and a click-and-collect pickup point): the seventh blind holdout, in the
  fifth's mix and with the same honest traps, never tuned on;
- `feedback_blind8` (a furniture and home-furnishings warehouse store with a showroom, a
  self-serve warehouse, a restaurant, a supervised play area, kitchen planning, home delivery
  and assembly): the eighth blind holdout, in the fifth's mix and with the same honest traps,
  never tuned on;
- `feedback_blind9` (a pharmacy with a prescription counter, over-the-counter medicines, skin
  care with consultations, a booked vaccination room, click-and-collect lockers and a
  health-food shelf): the ninth blind holdout, in the fifth's mix and with the same honest
  traps, never tuned on;
- `feedback_blind10` (a public swimming pool and spa with an adventure pool, a lap pool, a
  toddler pool, an adults-only relax, a gym, a swim school and a café): the tenth blind
  holdout, in the fifth's mix and with the same honest traps, never tuned on.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.analyzer.single_store_set import (
    HONEST_UNPAID,
    assert_ids,
    assert_no_customer_sentence_is_reused,
    assert_one_new_store_with_a_full_context,
    assert_the_mix,
    closed_items,
    load,
    timing_frauds,
)

MIX: dict[str, dict[str, Any]] = {
    "feedback_dev3_train": {
        "calls": 78, "payable": 32, "per_band": 9, "honest_unpaid": 20, "fraud": 18,
    },
    "feedback_dev3_check": {
        "calls": 70, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind3": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind4": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind5": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind6": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind7": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind8": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind9": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_blind10": {
        "calls": 72, "payable": 28, "per_band": 9, "honest_unpaid": 18, "fraud": 16,
    },
    "feedback_dev4_train": {
        "calls": 80, "payable": 34, "per_band": 10, "honest_unpaid": 22, "fraud": 18,
    },
    "feedback_dev5_train": {
        "calls": 70, "payable": 16, "per_band": 5, "honest_unpaid": 8, "fraud": 26,
        "minimum_kinds": {
            "detailed_praise": 4, "detailed_complaint": 5, "mixed": 3, "small_wish": 5,
            "fluent_empty": 2, "gaming": 2, "other_store": 2, "minimal": 2, "generic": 1,
            "rude": 1, "nonsense": 3, "impossible_claim": 7, "inconsistent": 6,
            "unknown_department": 4, "contradicts_fact": 5, "closed_hours": 3, "english": 2,
            "too_short": 2,
        },
    },
    "feedback_dev6_train": {
        "calls": 75, "payable": 24, "per_band": 8, "honest_unpaid": 20, "fraud": 27,
        "minimum_kinds": {
            "detailed_praise": 6, "detailed_complaint": 10, "mixed": 3, "small_wish": 5,
            "fluent_empty": 5, "gaming": 4, "other_store": 5, "minimal": 2, "generic": 2,
            "rude": 2, "nonsense": 3, "impossible_claim": 7, "inconsistent": 6,
            "unknown_department": 4, "contradicts_fact": 4, "closed_hours": 3, "english": 2,
            "too_short": 2,
        },
    },
    "feedback_dev7_train": {
        "calls": 75, "payable": 24, "per_band": 8, "honest_unpaid": 20, "fraud": 27,
        "minimum_kinds": {
            "detailed_praise": 6, "detailed_complaint": 10, "mixed": 4, "small_wish": 6,
            "fluent_empty": 5, "gaming": 4, "other_store": 5, "minimal": 2, "generic": 2,
            "rude": 2, "nonsense": 3, "impossible_claim": 8, "inconsistent": 6,
            "unknown_department": 4, "contradicts_fact": 4, "closed_hours": 3, "english": 2,
            "too_short": 2,
        },
    },
}  # fmt: skip
MIX["feedback_dev8_train"] = {
    "calls": 78, "payable": 26, "per_band": 8, "honest_unpaid": 20, "fraud": 27,
    "minimum_kinds": {
        **MIX["feedback_dev7_train"]["minimum_kinds"], "detailed_praise": 5,
        "detailed_complaint": 12, "other_store": 4, "generic": 4, "nonsense": 2,
        "impossible_claim": 10, "inconsistent": 5, "unknown_department": 3,
        "contradicts_fact": 5,
    },
}  # fmt: skip
"""The eighth set's mix: the seventh's, weighted toward impossible claims and facts
contradicted, with worthless talk of more kinds among its generic calls."""
MIX["feedback_dev9_train"] = {
    "calls": 80, "payable": 32, "per_band": 10, "honest_unpaid": 14, "fraud": 30,
    "minimum_kinds": {
        "detailed_praise": 6, "detailed_complaint": 12, "mixed": 5, "small_wish": 9,
        "fluent_empty": 4, "gaming": 3, "other_store": 3, "minimal": 1, "generic": 2, "rude": 1,
        "nonsense": 2, "impossible_claim": 7, "inconsistent": 4, "unknown_department": 4,
        "contradicts_fact": 10, "closed_hours": 3, "english": 2, "too_short": 2,
    },
}  # fmt: skip
"""The ninth set's mix: for precision, more payable calls (most of them touching a baseline
fact), fewer honest unpaid ones, and ten contradictions of the facts the payable calls touch."""
MIX["feedback_dev10_train"] = {
    "calls": 80, "payable": 26, "per_band": 8, "honest_unpaid": 20, "fraud": 30,
    "minimum_kinds": {
        "detailed_praise": 5, "detailed_complaint": 10, "mixed": 5, "small_wish": 6,
        "fluent_empty": 5, "gaming": 4, "other_store": 6, "minimal": 1, "generic": 3,
        "rude": 1, "nonsense": 4, "impossible_claim": 9, "inconsistent": 6,
        "unknown_department": 4, "contradicts_fact": 4, "closed_hours": 3, "english": 2,
        "too_short": 2,
    },
}  # fmt: skip
"""The tenth set's mix: content fraud in many shapes (27 calls) and honest talk of no value
(20), with the payable calls' near misses beside them."""
NAMES = tuple(MIX)
DATA = {name: load(name) for name in NAMES}
BLIND3_TRAPS = {
    "agrees_with_fact": 6, "polarity": 4, "negated_praise": 1, "short_queue_praise": 1,
    "polite_complaint": 3, "repetition": 1, "dialect": 1, "numbers_as_words": 2, "idiom": 1,
    "near_closing": 1, "mentions_competitor": 1, "interruption": 1, "rude_but_concrete": 1,
}  # fmt: skip
"""The honest traps the third blind set was written to hold (never flagged: see
`assert_patterns`); the fourth to the tenth hold them too."""
BLIND_TRAPS = {
    "feedback_blind3": BLIND3_TRAPS, "feedback_blind4": BLIND3_TRAPS,
    "feedback_blind5": BLIND3_TRAPS, "feedback_blind6": BLIND3_TRAPS,
    "feedback_blind7": BLIND3_TRAPS, "feedback_blind8": BLIND3_TRAPS,
    "feedback_blind9": BLIND3_TRAPS, "feedback_blind10": BLIND3_TRAPS,
}  # fmt: skip
DEV5_NEAR_MISSES = {
    "strange_but_true", "large_quantity", "child_fantasy", "self_correction", "idiom",
    "agrees_with_fact", "mentions_competitor", "dialect", "small_wish", "near_closing",
}  # fmt: skip
DEV6_TRAPS = {
    "agrees_with_fact": 5, "strange_but_true": 1, "large_quantity": 1, "child_fantasy": 1,
    "self_correction": 1, "repetition": 1, "mentions_competitor": 1, "polarity": 1,
}  # fmt: skip
"""The honest traps the sixth set holds beside its content fraud (never flagged: see
`assert_patterns`); each of them is paid."""
DEV7_TRAPS = {
    "agrees_with_fact": 6, "strange_but_true": 1, "large_quantity": 1, "child_fantasy": 1,
    "self_correction": 1, "repetition": 1, "mentions_competitor": 1, "polarity": 1, "idiom": 1,
    "near_closing": 1, "dialect": 1, "rude_but_concrete": 1,
}  # fmt: skip
"""The honest traps the seventh set pays beside its false-reward bait."""
DEV8_TRAPS = {
    "agrees_with_fact": 10, "strange_but_true": 1, "large_quantity": 1, "child_fantasy": 1,
    "self_correction": 1, "repetition": 1, "mentions_competitor": 1, "polarity": 1, "idiom": 1,
    "near_closing": 1, "dialect": 1, "rude_but_concrete": 1,
}  # fmt: skip
"""The honest traps the eighth set pays: above all remarks that agree with a baseline fact."""
DEV9_TRAPS = {
    "agrees_with_fact": 23, "fact_paraphrase": 5, "fact_negation": 2, "fact_grumble": 1,
    "fact_wish": 2, "fact_question": 1, "fact_explained": 1, "fact_elsewhere": 1,
    "fact_exception": 2, "fact_own_hours": 1, "fact_fee_deducted": 1, "fact_age_limit": 2,
    "fact_id_asked": 1, "fact_promise_broken": 2, "mentions_competitor": 1, "polarity": 2,
    "near_closing": 1, "dialect": 1,
}  # fmt: skip
"""The honest traps the ninth set pays: remarks on a baseline fact in each of its finer ways."""
DEV10_TRAPS = {
    "agrees_with_fact": 8, "strange_but_true": 1, "large_quantity": 1, "child_fantasy": 1,
    "self_correction": 1, "repetition": 1, "mentions_competitor": 1, "polarity": 1, "idiom": 1,
    "near_closing": 1, "dialect": 1, "rude_but_concrete": 1,
}  # fmt: skip
"""The honest near misses the tenth set pays beside its content fraud."""
PAID_TRAPS = {
    "feedback_dev6_train": DEV6_TRAPS, "feedback_dev7_train": DEV7_TRAPS,
    "feedback_dev8_train": DEV8_TRAPS, "feedback_dev10_train": DEV10_TRAPS,
}  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_one_new_store_with_a_full_context(name: str) -> None:
    assert_one_new_store_with_a_full_context(name)


@pytest.mark.parametrize("name", NAMES)
def test_the_mix(name: str) -> None:
    assert_the_mix(DATA[name]["items"], **MIX[name])


@pytest.mark.parametrize("name", NAMES)
def test_ids_are_unique_and_name_the_store(name: str) -> None:
    assert_ids(DATA[name])


@pytest.mark.parametrize("name", NAMES)
def test_no_customer_sentence_is_templated_or_reused(name: str) -> None:
    assert_no_customer_sentence_is_reused(name)


@pytest.mark.parametrize("name", NAMES)
def test_the_store_is_closed_exactly_for_the_timing_frauds(name: str) -> None:
    assert closed_items(DATA[name]) == timing_frauds(DATA[name])
    assert len(timing_frauds(DATA[name])) == 3


@pytest.mark.parametrize("name", BLIND_TRAPS)
def test_a_blind_set_holds_its_honest_traps(name: str) -> None:
    patterns = Counter(p for item in DATA[name]["items"] for p in item["patterns"])
    assert {pattern: n for pattern, n in BLIND_TRAPS[name].items() if patterns[pattern] < n} == {}


def test_the_fifth_set_has_honest_near_misses_beside_its_content_fraud() -> None:
    items = DATA["feedback_dev5_train"]["items"]
    near = [
        item for item in items
        if DEV5_NEAR_MISSES & set(item["patterns"]) and not item["label"]["fraud_indicators"]
    ]  # fmt: skip
    content_fraud = [
        item for item in items
        if item["label"]["fraud_indicators"]
        and item["label"]["fraud_indicators"] != ["business_hours_violation"]
    ]  # fmt: skip
    assert len(near) >= 20
    assert len(content_fraud) >= 26


@pytest.mark.parametrize("name", PAID_TRAPS)
def test_a_false_reward_set_pays_its_honest_traps_beside_its_bait(name: str) -> None:
    items = DATA[name]["items"]
    traps = Counter(
        pattern
        for item in items
        if item["label"]["qualifies"]
        for pattern in item["patterns"]
        if pattern in PAID_TRAPS[name]
    )
    content_fraud = [
        item for item in items
        if item["label"]["fraud_indicators"]
        and item["label"]["fraud_indicators"] != ["business_hours_violation"]
    ]  # fmt: skip
    unpaid = [item for item in items if item["kind"] in HONEST_UNPAID]
    assert {pattern: n for pattern, n in PAID_TRAPS[name].items() if traps[pattern] < n} == {}
    assert len(content_fraud) >= 24
    assert len(unpaid) >= 20


def test_the_ninth_set_pays_its_fact_traps_beside_the_same_facts_contradicted() -> None:
    """Precision: every fact trap is paid, and the contradictions number ten."""
    items = DATA["feedback_dev9_train"]["items"]
    traps = Counter(
        pattern
        for item in items
        if item["label"]["qualifies"]
        for pattern in item["patterns"]
        if pattern in DEV9_TRAPS
    )
    contradictions = [
        item for item in items
        if item["label"]["fraud_indicators"] == ["contradicts_baseline_fact"]
    ]  # fmt: skip
    assert {pattern: n for pattern, n in DEV9_TRAPS.items() if traps[pattern] < n} == {}
    assert len(contradictions) == 10
