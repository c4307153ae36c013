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
    "corpus": 16,
    "holdout": 9,
    "patterns": 9,
    "dev2": 18,
    "dev3_train": 14,
    "dev4_train": 15,
    "dev5_train": 6,
    "dev6_train": 10,
    "dev7_train": 22,
    "dev8_train": 24,
}
"""Customer messages whose redaction changed something, per set (of 3,512 messages): the
names said in them, and the ordinary words that are also listed names ("inga problem",
"ville ha", "oliver"), as of the release that added personnummer, cards and addresses."""
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
