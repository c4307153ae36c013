"""A stall or booth placed in another town (`offline-27`, `elsewhere._SHOP_IN_TOWN`), at kinds
of store other than the sixth development set's market hall: "jag köper mitt bröd i brödboden
i Hudiksvall. Där bakar de …" at a bakery in Ljusdal praises that town's stall, taken up by
"där" and named again ("boden i Hudiksvall"); a call whose observations are all of it is not
paid. Near misses that must stay paid: this store's own town named, a comparison with the
other town's stall that observes this store, a trip that passed another town on the way here.
"""

from __future__ import annotations

import pytest

from tests.analyzer.town_stores import graded_at, rubric_at

QUESTIONS = (
    "Hur var det vid disken, om du handlade där?",
    "Var det något du köpte här i dag?",
    "Finns det något vi kan göra bättre?",
)

ELSEWHERE = (
    (
        "bageri",
        (
            "Jag köper faktiskt mitt bröd i brödboden i Hudiksvall. Där bakar de allt i en "
            "gammal vedugn, och Lasse som äger den vet allt om surdeg.",
            "Bara en kaffe. Men boden i Hudiksvall har de bästa kanelbullarna i hela "
            "landskapet, och de har öppet på söndagar också.",
            "Nej, jag var bara förbi.",
        ),
    ),
    (
        "järn",
        (
            "Jag köper faktiskt mina skruvar i järnboden i Lindesberg. Där väger de upp "
            "spikarna i lösvikt, och Kalle som äger den vet allt om verktyg.",
            "Bara en tumstock. Men boden i Lindesberg har det bästa sortimentet i hela länet, "
            "och de har öppet på söndagar också.",
            "Nej, jag var bara förbi.",
        ),
    ),
)

NEAR = (
    (
        "bageri",
        (
            "Jag köper alltid mitt bröd i brödboden i Ljusdal. Där bakar de allt i en stenugn "
            "och surdegslimpan var nybakad i morse.",
            "Två kanelbullar och en limpa.",
            "Nej, det var bra.",
        ),
    ),
    (
        "järn",
        (
            "Jag handlar alltid här i järnboden i Kopparberg. Där väger de upp spikarna i "
            "lösvikt, och expediten hittade rätt skruvar på en minut.",
            "En tumstock och en ask skruv.",
            "Nej, det var bra.",
        ),
    ),
    (
        "bageri",
        (
            "Boden i Hudiksvall har godare bullar, men här var kanelbullarna nybakade och "
            "expediten snabb i kassan.",
            "Två kanelbullar och en limpa.",
            "Nej, det var bra.",
        ),
    ),
    (
        "järn",
        (
            "Vi körde förbi fiskboden i Lindesberg på vägen hit, och här hittade expediten "
            "rätt skruvar på en minut.",
            "En tumstock och en ask skruv.",
            "Nej, det var bra.",
        ),
    ),
    (
        "järn",
        (
            "Jag stannade vid kaffeboden i Lindesberg innan jag körde hit. Hos er hittade "
            "expediten rätt skruvar på en minut och kön var kort.",
            "En tumstock och en ask skruv.",
            "Nej, det var bra.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), ELSEWHERE)
def test_a_stall_in_another_town_observes_nothing_of_this_store(
    key: str, answers: tuple[str, ...]
) -> None:
    rubric = rubric_at(key, QUESTIONS, answers)
    assert rubric.observations == 0
    assert rubric.off_store_observations >= 3
    assert not graded_at(key, QUESTIONS, answers).qualifies


@pytest.mark.parametrize(("key", "answers"), NEAR)
def test_this_towns_stall_a_comparison_and_a_trip_past_stay_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert rubric_at(key, QUESTIONS, answers).observations >= 2
    assert graded_at(key, QUESTIONS, answers).qualifies
