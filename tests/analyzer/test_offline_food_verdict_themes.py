"""A cleanliness word ("äcklig", a smell) or "sur" said of food is themed the goods' freshness
and quality; said of a place, a fixture or a person it stays cleanliness or staff. Rancid,
musty and soured goods are judged bad, not neutral.

Written for this file at the four town stores and a grocery, no labelled set's words.
"""

from __future__ import annotations

from kundrost.domain.analysis import FeedbackAnalysis, Sentiment
from tests.analyzer.test_offline_echo import analyse
from tests.analyzer.test_offline_information_themes import GROCERY
from tests.analyzer.town_stores import context

FRESHNESS = "Varornas fräschhet och kvalitet"
CLEANLINESS = "Renlighet och ordning"


def _at(store: str, said: str) -> FeedbackAnalysis:
    return analyse((said,), GROCERY if store == "livs" else context(store))


def _labels(analysis: FeedbackAnalysis) -> list[str]:
    return [theme.label for theme in analysis.themes]


def test_disgusting_or_sour_food_is_about_the_goods_quality() -> None:
    for store, said in (
        ("bageri", "Nötterna i kakan var äckliga."),
        ("bageri", "Det var äckliga bullar."),
        ("livs", "Köttfärsen stank."),
        ("livs", "Mjölken var sur."),
        ("livs", "Sur mjölk i kylen igen."),
        ("livs", "Fläskfilén luktade surt."),
        ("järn", "Korven vid kassan luktade äckligt."),
        ("cykel", "Kaffet i verkstaden smakade äckligt."),
    ):
        analysis = _at(store, said)
        assert _labels(analysis) == [FRESHNESS], said
        assert analysis.themes[0].sentiment is Sentiment.NEGATIVE, said
        (item,) = analysis.actionable_items
        assert item.description.startswith("Åtgärda varornas fräschhet och kvalitet: "), said


def test_a_disgusting_place_or_a_sour_person_stays_what_it_was() -> None:
    for store, said, label in (
        ("bageri", "Golvet var äckligt.", CLEANLINESS),
        ("bageri", "Golvet vid bullarna var äckligt.", CLEANLINESS),
        ("järn", "Det luktade äckligt vid kassan.", CLEANLINESS),
        ("järn", "Golvet i färgdisken var smutsigt och äckligt.", CLEANLINESS),
        ("cykel", "Verkstaden var äcklig.", CLEANLINESS),
        ("blommor", "Krukorna var äckliga.", CLEANLINESS),
        ("bageri", "Kassörskan var sur.", "Personalens bemötande"),
        ("livs", "Ni borde ha fler sura godisar.", "Godis och snacks"),
        ("livs", "Äpplena var sura.", "Frukt och grönt"),
    ):
        analysis = _at(store, said)
        assert _labels(analysis)[:1] == [label], said
        assert FRESHNESS not in _labels(analysis), said
    assert CLEANLINESS in _labels(_at("bageri", "Toaletten var äcklig."))


def test_food_and_a_place_in_one_clause_are_both_themes() -> None:
    said = "Smörgåsen var äcklig och golvet var smutsigt."
    assert _labels(_at("bageri", said)) == [CLEANLINESS, FRESHNESS]
    said = "Yoghurten var sur och kassörskan var sur."
    assert _labels(_at("livs", said)) == ["Personalens bemötande", FRESHNESS]


def test_rancid_musty_and_soured_goods_are_bad() -> None:
    for store, said in (
        ("bageri", "Nötterna i bullarna var härskna."),
        ("bageri", "Kanelbullarna var unkna."),
        ("livs", "Köttfärsen luktade unket."),
        ("livs", "Smöret var härsket."),
        ("livs", "Mjölken hade surnat."),
        ("livs", "Osten var möglig."),
    ):
        analysis = _at(store, said)
        assert _labels(analysis) == [FRESHNESS], said
        assert analysis.themes[0].sentiment is Sentiment.NEGATIVE, said
    (theme,) = _at("livs", "Osten var inte härsken.").themes
    assert theme.sentiment is not Sentiment.NEGATIVE
