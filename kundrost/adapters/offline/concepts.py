"""Concepts: the everyday words that show a customer met a facility a fact is about.

A store's fact names a facility by a general word ("alkoholrättigheter", "bordsservering",
"kontanter", "kapservice"); a customer names what they met ("ett glas rödvin", "servitören
kom till bordet", "jag betalade med en hundralapp", "kapningen"). `FactTerms` recognises a
fact's words in every inflected and compound form, the verb and noun of a service compound
("kapservice" → "kapa", "kapade", "kapningen"), and the members of a few general concepts
when a fact's word begins with the concept: alcohol (wine, beer, spirits, cider...), table
service (waiters), cash (notes, coins, change), home delivery and self-service checkouts.
"""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.adapters.offline.patterns import WordPatterns
from kundrost.adapters.offline.swedish import Vocabulary, lemmas

_MEMBERS = {
    "alkohol": """vin vinet viner vinerna *vin *vinet rödvin* vitvin* rosévin* mousserande öl
        ölen ölet *öl *ölen sprit* drink drinken drinkar* cider* champagne* cava prosecco* snaps*
        whisky* vodka* gin cocktail* alkohol*""",
    "bordsservering": "servitör* servitris* bordsservering* bordsbeställning*",
    "servering": "servitör* servitris*",
    "kontant": """kontant* sedel sedlar* hundralapp* femhundralapp* tjugolapp* femtiolapp*
        mynt mynten växel växeln växelpengar*""",
    "hemleverans": "hemleverans* hemkörning* levererade* budet budbil*",
    "självscanning": "självscanning* självskanning* självutcheckning* skannern scannern",
}
_SERVICE_HEADS = ("service", "tjänst", "hjälp")
_DERIVATIONS = ("a", "ar", "ade", "at", "as", "ning", "ningen", "ningar", "ningarna")


class FactTerms:
    """The words that show a customer speaks of what a fact names."""

    def __init__(self, terms: Sequence[str]) -> None:
        self._words: Vocabulary[str] = Vocabulary((t, t) for t in terms)
        extra: list[tuple[str, str]] = []
        for term in terms:
            for lemma in lemmas(term):
                for head in _SERVICE_HEADS:
                    stem = lemma[: -len(head)]
                    if lemma.endswith(head) and len(stem) >= 3:
                        extra += [(stem + ending, term) for ending in _DERIVATIONS]
            for concept, members in _MEMBERS.items():
                if term.startswith(concept) or term.endswith(concept):
                    extra += [(pattern, term) for pattern in members.split()]
        self._related: WordPatterns[str] = WordPatterns(extra)

    def lookup(self, token: str) -> str | None:
        return self._words.lookup(token) or self._related.lookup(token)
