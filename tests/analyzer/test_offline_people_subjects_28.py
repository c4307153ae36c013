"""`offline-28` (docs/analyzer.md): kin, company and colleagues are people. A word such as
"mormor", "kollegan" or "svärmor" was of no known kind, so in "Mormor betalade kakan" the
cake after the verb was read as an inverted subject, and a cake paying is nonsense: an
honest call was flagged. Each call here has a person of that kind doing what people do,
at a trade other than the grocery the fault was found at; the goods that act on their own
still count as nonsense.

Every sentence was written for this file, none taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.shaped_grading import flagged_at as _flags

PEOPLE_ACTING = (
    (
        "bageri",
        (
            "Vi var där i lördags och köpte en prinsesstårta till dopet.",
            "Mormor betalade tårtan och expediten skrev namnet med choklad.",
            "Det var fint gjort, men kön vid disken var lång.",
        ),
    ),
    (
        "järn",
        (
            "Vi skulle måla om altanen och köpte två burkar lasyr.",
            "Kollegan betalade färgen och killen i kassan bar ut burkarna åt oss.",
            "Bra hjälp, men kulörkartan var slut vid färgdisken.",
        ),
    ),
    (
        "apotek",
        (
            "Jag hämtade ut medicin åt min svärmor i tisdags.",
            "Svärmor betalade medicinen själv med kort, farmaceuten var tydlig.",
            "Det tog lite tid vid receptdisken men det var lugnt.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag köpte glass och tidningar på väg till stranden.",
            "Farfar valde glassen och barnbarnen fick välja godis.",
            "Tjejen i kassan var snabb och trevlig.",
        ),
    ),
    (
        "sport",
        (
            "Vi köpte längdskidor till sonen inför vintern.",
            "Min sambo provade pjäxorna och brorsan bar skidorna till bilen.",
            "Killen i skidverkstaden vallade dem gratis, jättebra.",
        ),
    ),
)
GOODS_ACTING = (
    (
        "bageri",
        (
            "Vi köpte bullar i lördags.",
            "Tårtan betalade kassören med en sång och kanelbullarna dansade på disken.",
            "Sen sjöng limporna för oss hela vägen ut.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), PEOPLE_ACTING)
def test_kin_company_and_colleagues_acting_are_no_nonsense(
    key: str, answers: tuple[str, ...]
) -> None:
    assert _flags(key, answers) == []


@pytest.mark.parametrize(("key", "answers"), GOODS_ACTING)
def test_goods_acting_on_their_own_are_still_nonsense(key: str, answers: tuple[str, ...]) -> None:
    assert "nonsensical_content" in _flags(key, answers)
