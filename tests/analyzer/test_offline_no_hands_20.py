"""No use of the hands declared, and a deed of the hands done by the speaker (`body_states`):
"jag har gips på båda armarna" or "kan inte använda händerna alls" … "jag slog in alla
paketen själv". Not one arm, hands that are only slow, a state of another time, staff or a
companion doing it for the speaker, nor the deed denied.

Every sentence was written for this file (the twentieth round), at kinds of store other than
the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Jag har gips på båda armarna sedan tre veckor, men jag behövde färg till köket.",
            "Jag bar hem två tiolitershinkar från järnhandeln, det gick bra.",
        ),
        (
            "Jag kan inte använda händerna alls efter olyckan, men jag ville handla själv.",
            "I kassan packade jag alla varorna i kassarna och tog kvittot, kassörskan var snabb.",
        ),
        (
            "Jag har båda händerna i gips, så det är lite krångligt.",
            "Vid bordet i kaféet skrev jag ett tackkort till baristan, hon var så gullig.",
        ),
    ],
    ids=["hardware", "grocery", "café"],
)
def test_a_deed_of_the_hands_with_no_use_of_them_is_impossible(answers: tuple[str, ...]) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Jag har gips på ena armen sedan i höstas.",
            "Jag bar hem en hink färg i den andra handen, det gick bra.",
        ),
        (
            "Jag har gips på båda armarna, så det är lite krångligt.",
            "Killen i kassan packade alla varorna åt mig och bar ut dem till bilen.",
        ),
        (
            "Jag kan inte använda händerna alls, så min man skrev under kvittot.",
            "Baristan var jättetrevlig mot oss.",
        ),
        (
            "Jag hade gips på båda armarna förra året, då fick jag hjälp med allt.",
            "Nu bar jag hem två kassar själv från affären.",
        ),
        (
            "Jag har gips på båda armarna sedan i höstas.",
            "Jag bar inte hem något själv, personalen körde hem färgen.",
        ),
        (
            "Det är svårt att använda händerna med reumatism, de är stela på morgonen.",
            "Jag skrev ändå under på skärmen i apoteket, farmaceuten väntade.",
        ),
    ],
    ids=["one arm", "staff did it", "a companion did it", "another time", "denied", "only hard"],
)
def test_one_arm_help_another_time_or_a_denied_deed_is_no_claim(
    answers: tuple[str, ...],
) -> None:
    assert not said_impossible(*answers)
