"""Four invented stores, each named for its town, that the grading tests of `offline-18` and
`offline-19` put calls to (`test_offline_dev7_unpaid`, `test_offline_*_19`): a hardware
shop, a florist, a bakery and a bicycle shop; and a call's answers graded or analysed at one
of them, each answer after its question, the way a call goes (`shaped_grading`)."""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.domain import BusinessContext, Grade
from kundrost.domain.rubric import Rubric
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.shaped_grading import analysed, graded

STORES = {
    "järn": Store(
        "Järnboden i Kopparberg",
        ("08-18", "09-14", ""),
        (("Verktyg", ("verktygsväggen",)), ("Färg", ("färgdisken",)), ("Kassa", ("kassan",))),
        (),
    ),
    "blommor": Store(
        "Blomsterboden i Sala",
        ("09-18", "10-15", "11-15"),
        (("Snittblommor", ("buketterna",)), ("Krukväxter", ("krukorna",)), ("Kassa", ())),
        (),
    ),
    "bageri": Store(
        "Stenugnsbageriet i Ljusdal",
        ("07-18", "08-15", "09-14"),
        (("Bageri", ("bakdisken", "ugnen")), ("Kafé", ("kaféet", "borden")), ("Kassa", ())),
        (),
    ),
    "cykel": Store(
        "Cykelhörnan i Mora",
        ("10-18", "10-14", ""),
        (("Verkstad", ("verkstaden",)), ("Tillbehör", ("hjälmarna",)), ("Kassa", ())),
        (),
    ),
}


def context(key: str) -> BusinessContext:
    return store_context(key, STORES[key])


def graded_at(key: str, questions: Sequence[str], answers: Sequence[str]) -> Grade:
    """The grade of `answers` at the store `key`, each after its question."""
    return graded(answers, context(key), questions[: len(answers)])


def rubric_at(key: str, questions: Sequence[str], answers: Sequence[str]) -> Rubric:
    """The rubric of `answers` at the store `key`, each after its question."""
    return analysed(answers, context(key), questions[: len(answers)]).rubric
