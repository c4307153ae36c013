"""Redaction on the training sets' customer words: they hold no personal number, card,
account, phone number, e-mail or home address, so no such mark appears, and the messages
name redaction changes are counted as measured, so a rule that takes ordinary words
(a product, a place, a department) for a name fails here first."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kundrost.domain.redaction import redact

DATA = Path(__file__).resolve().parents[1] / "data"
CHANGED_BY_NAMES = {
    "corpus": 3,
    "holdout": 2,
    "patterns": 1,
    "dev2": 4,
    "dev3_train": 4,
    "dev4_train": 5,
    "dev5_train": 2,
    "dev6_train": 5,
    "dev7_train": 14,
    "dev8_train": 14,
}
"""Customer messages whose redaction changed something, per set (of 3,512 messages): the
names said in them, and one town said without a preposition ("Det är Nora som ..."). The
ordinary words that are also names ("inga problem", "ville ha", "oliver", "klass"), the
town after "i", the apple variety and the band no longer count (143 → 54)."""
MARKS = ("[personnummer]", "[kortnummer]", "[kontonummer]", "[telefon]", "[e-post]", "[adress]")


def _customer_words(name: str) -> list[str]:
    data = json.loads((DATA / f"feedback_{name}.json").read_text("utf-8"))
    return [
        message["content"]
        for item in data["items"]
        for message in item["messages"]
        if message["speaker"] == "customer"
    ]


def test_the_training_sets_lose_no_more_words_to_redaction_than_measured() -> None:
    changed: Counter[str] = Counter()
    marked = []
    for name in CHANGED_BY_NAMES:
        for said in _customer_words(name):
            kept = redact(said)
            changed[name] += kept != said
            marked += [kept for mark in MARKS if mark in kept]
    assert marked == []
    assert dict(changed) == CHANGED_BY_NAMES
