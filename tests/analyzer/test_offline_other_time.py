"""Another day or visit than this one, or a habit (`state_reading.OTHER_TIME`), the one
reading shared by declared states, visit accounts, a closed store, a facility's schedule and
a department avoided."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.state_reading import OTHER_TIME


@pytest.mark.parametrize(
    "said",
    [
        "jag var där i måndags",
        "i går var kön lång",
        "förra veckan var det stängt",
        "sist jag var där var hyllan tom",
        "senast vi handlade fanns det ingen mjölk",
        "nästa gång tar jag bilen",
        "vi brukar handla på fredagar",
        "jag brukade köpa bröd där",
        "i somras var det fullt",
        "det var en gång en kassa till",
        "för tre veckor sen köpte jag en cykel",
        "för många år sedan jobbade jag där",
    ],
)
def test_another_day_or_a_habit_is_another_time(said: str) -> None:
    assert OTHER_TIME.search(said)


@pytest.mark.parametrize(
    "said",
    [
        "jag var där i förmiddags",
        "vi kom dit i eftermiddags",
        "till sist hittade vi kaffet",
        "jag åt tre bullar på en gång",
        "nästa kund fick vänta",
        "kön var lång i dag",
    ],
)
def test_earlier_today_or_within_the_visit_is_not(said: str) -> None:
    assert not OTHER_TIME.search(said)
