"""Information: talk about what a store shows or tells of its goods, not of the goods.

Allergens, ingredients, origin, labels, signs, menus and prices shown ("skriv ut allergenerna
på tavlan", "märk vilka bullar som innehåller nötter", "det stod på etiketten") are one
theme, "Information och märkning", whatever product the sentence names on the way: what the
customer asks of the store is to be told, not other nuts. Only the themes read it; the
rubric's topics are `topics.TOPIC_WORDS`.
"""

from __future__ import annotations

from kundrost.adapters.offline.patterns import WordPatterns, listed

INFORMATION = "information"
"""The theme's topic key (`topics.TOPICS`)."""

_WORDS: WordPatterns[bool] = WordPatterns(
    (pattern, True)
    for pattern in listed(
        """allergen* ingrediens* innehållsförteckning* innehållsdeklaration* varudeklaration*
        näringsinnehåll* näringsvärde* kaloriinnehåll* ursprungsland* ursprungsmärk*
        märkning* märka märkta omärkt* uppmärk* etikett* skylt* prislapp* prisskylt*
        prismärk* hyllkant* information* info infon menytavla*"""
    )
)
""""märkt" and "märkte" are left out, also "noticed" ("jag har märkt att"), and "menyn", also
what a café serves ("bra meny")."""
_WRITE = listed("skriva skriv skriver skrev skrivit skrivet skrivna")
"""Written out ("skrev ut allergenerna"): with "ut" after it, a thing made known ("skrev upp"
is noted down for oneself)."""


def tells(tokens: tuple[str, ...]) -> bool:
    """Whether words speak of information about goods (module doc)."""
    for index, token in enumerate(tokens):
        if _WORDS.lookup(token):
            return True
        if token in _WRITE and index + 1 < len(tokens) and tokens[index + 1] == "ut":
            return True
    return False
