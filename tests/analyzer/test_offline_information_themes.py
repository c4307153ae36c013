"""A sentence about what the store shows or tells (allergens, ingredients, labels, origin) is
themed "Information och märkning", not by the product it names on the way; a wish for more of
a product, a verdict on it, or "märkt" meaning noticed stays about the product.

Written for this file at the four town stores and a grocery, no labelled set's words.
"""

from __future__ import annotations

from kundrost.domain.analysis import Category, FeedbackAnalysis
from kundrost.domain.business_context import Department
from tests.analyzer.test_offline_echo import analyse
from tests.analyzer.town_stores import context
from tests.unit.context_builders import a_business_context

INFORMATION = "Information och märkning"
GROCERY = a_business_context(
    departments=(Department("Chark", ("charken", "köttdisken")), Department("Kassa", ("kassan",)))
)


def _at(store: str, said: str) -> FeedbackAnalysis:
    return analyse((said,), GROCERY if store == "livs" else context(store))


def _labels(analysis: FeedbackAnalysis) -> list[str]:
    return [theme.label for theme in analysis.themes]


def test_a_wish_for_information_is_themed_by_it_not_by_the_product_named() -> None:
    for store, said, department in (
        (
            "bageri",
            "Det hade varit bra om ni skrev ut allergenerna på tavlan eftersom jag fick "
            "fråga två gånger om nötter.",
            None,
        ),
        ("bageri", "Ni borde märka vilka bullar som innehåller nötter.", None),
        ("bageri", "Ni borde skriva ut ingredienserna i kanelbullarna.", None),
        (
            "blommor",
            "Jag önskar att ni skrev ut på etiketterna vilka krukväxter som är giftiga för katter.",
            "Krukväxter",
        ),
        (
            "järn",
            "Jag önskar att det stod på etiketten vilken pensel som passar till lasyren.",
            "Färg",
        ),
        ("cykel", "Det hade varit bra med en etikett på hjälmarna om vilken storlek de är.", None),
        ("livs", "Ni borde skriva ut ursprungslandet på köttfärsen.", "Chark"),
    ):
        analysis = _at(store, said)
        assert _labels(analysis) == [INFORMATION], said
        theme = analysis.themes[0]
        assert theme.category is Category.SERVICE, said
        if department:
            assert theme.department == department, said
        (item,) = analysis.actionable_items
        assert " om information och märkning: " in item.description, said
        assert item.category is Category.SERVICE, said


def test_praise_beside_a_wish_for_information_stays_and_the_wish_is_about_information() -> None:
    said = "Kanelbullarna var underbara men ni borde skriva ut ingredienserna."
    analysis = _at("bageri", said)
    assert _labels(analysis) == ["Bröd och bakverk", INFORMATION]
    (item,) = analysis.actionable_items
    assert item.description.startswith("Förslag om information och märkning: ")


def test_the_product_itself_stays_the_theme() -> None:
    for store, said, label in (
        ("bageri", "Jag önskar att ni hade fler bullar med nötter.", "Bröd och bakverk"),
        ("bageri", "Kanelbullarna med nötter var underbara.", "Bröd och bakverk"),
        ("bageri", "Jag har märkt att bullarna blivit godare.", "Bröd och bakverk"),
        ("järn", "Ni borde ha fler penslar i färgdisken.", "Färg och tapet"),
        ("järn", "Penslarna var jättedåliga fast etiketten lovade mycket.", "Färg och tapet"),
        ("livs", "Jag önskar att ni hade mer köttfärs på lördagar.", "Kött och chark"),
    ):
        analysis = _at(store, said)
        assert _labels(analysis)[:1] == [label], said
        assert INFORMATION not in _labels(analysis), said


def test_a_complaint_about_the_nuts_beside_a_sign_is_about_the_nuts() -> None:
    said = "Bullarna med nötter var jättedåliga, men skylten var tydlig."
    analysis = _at("bageri", said)
    assert _labels(analysis)[0] == "Bröd och bakverk"
    assert analysis.actionable_items[0].description.startswith("Åtgärda bröd och bakverk: ")
