"""An order and its pick-up told by days without a month (`month_days`): "beställde tårtan
den femtonde" … "hämtade den den tolfte" is a pick-up three days before the order. Not the
next month's day ("den tjugoåttonde" … "den tredje"), a month said, a range, a correction, a
hypothetical, a pick-up after the order.

Every sentence was written for this file (the twenty-first round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Jag beställde en tårta till dotterns student den tjugonde, och bageriet var "
            "jättetrevligt.",
            "Jag hämtade tårtan den sjuttonde på eftermiddagen, den var perfekt.",
        ),
        (
            "Receptet skickade jag till apoteket för att beställa medicinen. Jag beställde den "
            "den nionde och hämtade den den femte, farmaceuten förklarade doseringen noga.",
        ),
        (
            "Vi reserverade en släpkärra hos järnhandeln den tjugoförsta.",
            "Kärran hämtade vi den fjortonde och killen i kassan visade hur man kopplar den.",
        ),
    ],
    ids=["café", "pharmacy", "hardware"],
)
def test_a_pick_up_before_its_order_is_impossible(answers: tuple[str, ...]) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Jag beställde en tårta den tjugoåttonde, och bageriet var jättetrevligt.",
            "Jag hämtade tårtan den tredje, alltså i början av nästa månad, den var perfekt.",
        ),
        (
            "Jag beställde medicinen den femtonde november och hämtade den den tolfte december, "
            "farmaceuten förklarade doseringen noga.",
        ),
        (
            "Jag beställde medicinen den femtonde och hämtade den den tolfte nästa månad, "
            "farmaceuten förklarade doseringen noga.",
        ),
        (
            "Vi reserverade en släpkärra mellan den tolfte och den femtonde.",
            "Killen i kassan visade hur man kopplar den, mycket hjälpsamt.",
        ),
        (
            "Jag beställde tårtan den femtonde, nej förresten den tionde.",
            "Jag hämtade den den tolfte och den var perfekt, bagaren hade skrivit namnet fint.",
        ),
        (
            "Om jag hade beställt den den femtonde hade jag hämtat den den tolfte, men jag "
            "beställde den i god tid och hämtade den den tjugonde.",
            "Personalen i kassan var trevlig och tårtan var god.",
        ),
        ("Jag beställde tårtan den tolfte och hämtade den den femtonde, den var perfekt.",),
    ],
    ids=[
        "next month",
        "months said",
        "next month said",
        "range",
        "correction",
        "hypothetical",
        "in order",
    ],
)
def test_month_days_in_order_or_placed_are_clean(answers: tuple[str, ...]) -> None:
    assert not said_impossible(*answers)
