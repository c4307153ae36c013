"""The demo's week of purchases: who buys what, when, and what kind of shopper they are.

Everything follows from the seed, so `kundrost demo --seed N` replays the same week.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from attrs import frozen

from kundrost.adapters.offline.simulated_customer import (
    EnglishCustomer,
    GenericCustomer,
    ScriptedCustomer,
    SimulatedCustomer,
)
from kundrost.domain import PhoneNumber, VerificationId
from kundrost.entrypoints.cli.demo_stores import ENGLISH_ANSWERS, STORES, DemoStore

WEEK_MONDAY = date(2026, 11, 16)
"""ISO week 47 of 2026: Monday 16 to Sunday 22 November."""


class Shopper(StrEnum):
    DETAILED = "detailed"
    GENERIC = "generic"
    NONSENSE = "nonsense"
    IMPOSSIBLE = "impossible claim"
    ENGLISH = "English speaker"
    CLOSED = "bought at 02:00"
    NO_ANSWER = "no answer, retried"
    REPEATER = "same phone again"


@frozen
class Purchase:
    """One verified purchase and the shopper who will be called about it."""

    store: DemoStore
    shopper: Shopper
    bought_at: datetime
    value: Decimal
    phone: PhoneNumber
    verification_id: VerificationId
    answers: tuple[str, ...]

    def customer(self, seed: int) -> SimulatedCustomer:
        if self.shopper is Shopper.ENGLISH:
            return EnglishCustomer(seed)
        if self.answers:
            return ScriptedCustomer(self.answers)
        return GenericCustomer(seed)


def _mix(rng: random.Random, count: int) -> list[Shopper]:
    """Half detailed, a quarter generic, the rest split over the kinds worth catching."""
    kinds = [Shopper.NONSENSE, Shopper.IMPOSSIBLE]
    kinds += [Shopper.GENERIC] * (count // 4)
    kinds += [Shopper.DETAILED] * (count - len(kinds))
    rng.shuffle(kinds)
    return kinds


def _moment(rng: random.Random, store: DemoStore, day: date) -> datetime:
    hours = store.context.hours_on(day)
    opens = hours.open.hour if hours else 9
    closes = hours.close.hour if hours and not hours.overnight else 18
    minute = rng.randrange((opens + 1) * 60, (closes - 1) * 60)
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=store.context.zone)


class _Answers:
    """Deals each shopper of a store their own answers: detailed shoppers get a combination
    of an experience, a suggestion and a remark that no other shopper of the week gets, as
    real customers do not repeat each other word for word (the duplicate check would
    rightly catch them)."""

    def __init__(self, rng: random.Random, store: DemoStore) -> None:
        self.rng = rng
        self.store = store
        combinations = list(itertools.product(*zip(*store.detailed, strict=True)))
        rng.shuffle(combinations)
        self.detailed = iter(combinations)
        self.generic = [phrase for answers in store.generic for phrase in answers]

    def for_shopper(self, shopper: Shopper) -> tuple[str, ...]:
        match shopper:
            case Shopper.GENERIC:
                return tuple(self.rng.sample(self.generic, 3))
            case Shopper.NONSENSE:
                return self.rng.choice(self.store.nonsense)
            case Shopper.IMPOSSIBLE:
                return self.rng.choice(self.store.impossible)
            case Shopper.ENGLISH:
                return ENGLISH_ANSWERS
        return next(self.detailed)


PER_STORE = (22, 18, 14)
"""Purchases per store besides the special cases; each store's answers suffice for them."""


def plan_week(seed: int) -> list[Purchase]:
    """About 60 purchases over the week in the three stores, in the order they happen.

    Besides detailed, generic, nonsense and impossible feedback, the week holds one
    purchase at 02:00 when the grocery store is closed, one English speaker, two shoppers
    who do not answer the first call, and a café regular whose number calls in a fifth
    time within seven days.
    """
    rng = random.Random(seed)
    dealers = {store.context.store_id: _Answers(rng, store) for store in STORES}
    purchases: list[Purchase] = []
    serial = 0

    def add(store: DemoStore, shopper: Shopper, at: datetime, phone: str | None = None) -> None:
        nonlocal serial
        serial += 1
        number = phone or f"+4670{rng.randrange(10**7):07d}"
        purchases.append(
            Purchase(
                store=store,
                shopper=shopper,
                bought_at=at,
                value=Decimal(rng.randrange(3500, 240000)) / 100,
                phone=PhoneNumber(number),
                verification_id=VerificationId(UUID(int=rng.getrandbits(128), version=4)),
                answers=dealers[store.context.store_id].for_shopper(shopper),
            )
        )

    for store, count in zip(STORES, PER_STORE, strict=True):
        for shopper in _mix(rng, count):
            day = WEEK_MONDAY + timedelta(days=rng.randrange(7))
            add(store, shopper, _moment(rng, store, day))
    grocery, cafe, _hardware = STORES
    night = datetime.combine(
        WEEK_MONDAY + timedelta(days=2), time(2, 4), tzinfo=grocery.context.zone
    )
    add(grocery, Shopper.CLOSED, night)
    add(cafe, Shopper.ENGLISH, _moment(rng, cafe, WEEK_MONDAY + timedelta(days=3)))
    for store in (grocery, STORES[2]):
        add(store, Shopper.NO_ANSWER, _moment(rng, store, WEEK_MONDAY + timedelta(days=4)))
    regular = f"+4673{rng.randrange(10**7):07d}"
    for weekday in range(5):
        day = WEEK_MONDAY + timedelta(days=weekday)
        add(cafe, Shopper.REPEATER, _moment(rng, cafe, day), regular)
    return sorted(purchases, key=lambda purchase: purchase.bought_at)
