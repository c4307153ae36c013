"""Wishes said as what would do ("det skulle räcka", "hade varit bra på helgerna") and
imperatives of outdoor upkeep are suggestions; a verdict on what was is none."""

from __future__ import annotations

from tests.analyzer.test_offline_echo import analyse


def test_a_wish_said_as_what_would_do_is_a_suggestion() -> None:
    for said in (
        "En skylt vid entrén som säger verkstaden en trappa ner, det skulle räcka.",
        "En sån nummerlapp vid reparationsdisken hade varit bra på helgerna.",
        "Men ploga gården på lördagsmorgonen, det är då alla kommer.",
    ):
        assert analyse((said,)).rubric.suggestions == 1, said


def test_a_verdict_on_what_was_is_no_suggestion() -> None:
    said = ("Cykeln hade varit bra om kedjan inte hoppat av.",)
    assert analyse(said).rubric.suggestions == 0
