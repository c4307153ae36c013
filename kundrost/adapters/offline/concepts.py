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

from kundrost.adapters.offline.fact_kinds import kind_members
from kundrost.adapters.offline.patterns import WordPatterns
from kundrost.adapters.offline.swedish import Vocabulary, forms, lemmas

_MEMBERS = {
    "alkohol": """vin vinet viner vinerna *vin *vinet rödvin* vitvin* rosévin* mousserande öl
        ölen ölet *öl *ölen sprit* drink drinken drinkar* cider* champagne* cava prosecco* snaps*
        whisky* vodka* gin cocktail* alkohol*""",
    "bordsservering": "servitör* servitris* bordsservering* bordsbeställning*",
    "servering": "servitör* servitris*",
    "kontant": """kontant* sedel sedlar* hundralapp* femhundralapp* tjugolapp* femtiolapp*
        mynt mynten växel växeln växelpengar*""",
    "hemleverans": "hemleverans* hemkörning* leverera* levererat* budet budbil*",
    "självscanning": "självscanning* självskanning* självutcheckning* skannern scannern",
    "tobak": "tobak* cigarett* cigg* cigarr* snus* e-cigg* vejp* portionssnus*",
    "läkemedel": """läkemedel* medicin* tablett* *tablett *tabletter *tabletterna alvedon
        ipren panodil treo nässpray* hostmedicin* febernedsättande värktablett*""",
}
_KINDS = {
    "djur": """hund hunden hundar* valp* katt katten katter* kattung* kanin* marsvin* hamster*
        agam* *agam *agamen pyton* *gecko kattunge* kaninunge* degu* iller* chinchilla*
        undulat* papegoj* kanariefåg* fågel fågeln fåglar* ödl* orm ormen ormar* sköldpadd*
        gecko* råtta råttan råttor* möss mus musen chinchilla* guldfisk* akvariefisk*""",
    "reptil": """ödl* orm ormen ormar* sköldpadd* gecko* *gecko *geckon kameleont* leguan*
        agam* *agam *agamen pyton* *pyton *pytonen snok* *snok *snoken majsorm* kungsorm*""",
    "hund": """valp valpen valpar* *valp *valpen *valparna tax taxen taxar taxarna labrador*
        retriever* schäfer* chihuahua* mops mopsen pudel* terrier* spaniel* beagle* collie*
        bulldog* husky* rottweiler* schnauzer* dalmatin* pomeranian*""",
    "katt": """kattung* kattunge* ragdoll* perser* siames* bengal* sfinx* birma*""",
    "gnagare": "marsvin* hamster* råtta råttan råttor* möss mus musen chinchilla* ökenråtta*",
}
"""Kinds of animals by their members, for a term that ends with the kind ("levande djur",
"smådjur", "reptiler"): a word beginning with it ("djurfoder") is no animal."""
_KINDS["djur"] += _KINDS["hund"] + " " + _KINDS["katt"]
_SERVICE_HEADS = ("service", "tjänst", "hjälp")
_DERIVATIONS = ("a", "ar", "ade", "at", "as", "ning", "ningen", "ningar", "ningarna")
_GENUS_HEADS = (
    "utrustning", "tillbehör", "produkter", "varor", "artiklar", "sortiment", "prylar",
    "grejer", "kläder",
)  # fmt: skip
"""Heads that name a whole kind of goods: what a store lacks as "slalomutrustning" a
customer meets as "slalomskidor" or "slalompjäxorna"."""
_PLACE_HEADS = ("toalett", "kafé", "café", "restaurang", "apotek", "verkstad", "bar", "kök")
"""Heads that name a place of their own: what a store lacks as "kundtoalett" a customer
meets as "toaletten"."""
MIN_MODIFIER, MIN_HEAD = 4, 5


def _trade(lemma: str) -> str | None:
    """The person of a trade whose place a word names: "konditori" → "konditor", "bageri" →
    "bagare"."""
    if lemma.endswith("ori") and len(lemma) >= 7:
        return lemma[:-1]
    if lemma.endswith("eri") and len(lemma) >= 6:
        return lemma[:-3] + "are"
    return None


def singular(term: str) -> str | None:
    """The singular a syncopated plural is made on: "cyklar" → "cykel", "elcyklar" →
    "elcykel"."""
    if not term.endswith(("lar", "rar")) or len(term) < 6 or term[-4] in "aeiouyåäö":
        return None
    return term[:-3] + "e" + term[-3]


def _stems(modifier: str) -> tuple[str, ...]:
    """A compound's first part and the stem its plural is made on: "cykel", "cykl"."""
    if modifier.endswith(("el", "er")) and modifier[-3] not in "aeiouyåäö":
        return modifier, modifier[:-2] + modifier[-1]
    return (modifier,)


_PRIVATIVE_FORMS = (
    ("fritt", ("fri", "fria")),
    ("fri", ("fritt", "fria")),
    ("fria", ("fri", "fritt")),
)


def _privative_forms(term: str) -> tuple[str, ...]:
    """The other genders and the plural of an adjective in "-fri" ("glutenfritt" →
    "glutenfri", "glutenfria"): a fact says it of the neuter, a customer of a loaf."""
    for ending, others in _PRIVATIVE_FORMS:
        if term.endswith(ending) and len(term) > len(ending) + 3:
            return tuple(term[: -len(ending)] + other for other in others)
    return ()


class FactTerms:
    """The words that show a customer speaks of what a fact names.

    For what a store lacks (`absent`), also the head of a compound that names a place of its
    own ("kundtoalett" → "toaletten"), the members of a kind of goods ("slalomutrustning" →
    "slalomskidor"), the person of a trade ("konditori" → "konditorn"), and
    a compound's two parts said apart (`parts_in`: "tårtbeställningar" → "tårtan jag hade
    beställt").
    """

    def __init__(self, terms: Sequence[str], absent: bool = False, kinds: bool = False) -> None:
        self._looked: dict[str, str | None] = {}
        self._words: Vocabulary[str] = Vocabulary(
            [(t, t) for t in terms]
            + [(s, t) for t in terms if (s := singular(t))]
            + [(form, t) for t in terms for form in _privative_forms(t)]
        )
        extra: list[tuple[str, str]] = []
        self._parts: list[tuple[str, str, str]] = []
        for term in terms:
            if absent:
                extra += self._absent_forms(term)
            for lemma in lemmas(term):
                for head in _SERVICE_HEADS:
                    stem = lemma[: -len(head)]
                    if lemma.endswith(head) and len(stem) >= 3:
                        extra += [(stem + ending, term) for ending in _DERIVATIONS]
            for concept, members in _MEMBERS.items():
                if term.startswith(concept) or term.endswith(concept):
                    extra += [(pattern, term) for pattern in members.split()]
            for kind, members in _KINDS.items():
                if absent and any(lemma.endswith(kind) for lemma in lemmas(term)):
                    extra += [(pattern, term) for pattern in members.split()]
        self._kinds = [
            found
            for term in terms
            if (absent or kinds) and (found := kind_members((term, *lemmas(term), singular(term))))
        ]
        self._related: WordPatterns[str] = WordPatterns(extra)
        self._family: WordPatterns[str] = WordPatterns(
            (stem + "*", term)
            for term in (terms if absent else ())
            for head in _GENUS_HEADS
            if term.endswith(head)
            and len(modifier := term[: -len(head)].rstrip("s")) >= MIN_MODIFIER
            for stem in _stems(modifier)
        )

    def _absent_forms(self, term: str) -> list[tuple[str, str]]:
        extra: list[tuple[str, str]] = []
        lemma = lemmas(term)[-1] if term.endswith(("ar", "er", "or")) else term
        trade = _trade(lemma)
        if trade is not None:
            extra.append((trade + "*", term))
        for head in _PLACE_HEADS:
            if lemma.endswith(head) and len(lemma) - len(head) >= 3:
                extra += [(form, term) for form in forms(head)]
        for cut in range(MIN_MODIFIER, len(lemma) - MIN_HEAD + 1):
            head = lemma[cut + 1 :] if lemma[cut] == "s" and cut > MIN_MODIFIER else lemma[cut:]
            self._parts.append((lemma[:cut], head[:7], term))
        return extra

    def lookup(self, token: str) -> str | None:
        """The term the word names, remembered per word (each lookup behind it is too, but
        one answer is cheaper than four)."""
        try:
            return self._looked[token]
        except KeyError:
            pass
        found = (
            self._words.lookup(token)
            or self._related.lookup(token)
            or self.member(token)
            or self._known_member(token)
        )
        if len(self._looked) > 50_000:
            self._looked.clear()
        self._looked[token] = found
        return found

    def _known_member(self, token: str) -> str | None:
        """A term whose kind the word names a member of by world knowledge (`fact_kinds`)."""
        return next((found for kind in self._kinds if (found := kind.lookup(token))), None)

    def kind_of(self, token: str) -> str | None:
        """A term the word names as one of its members or a related word ("kattungen" of
        "katter"), whatever it shares with the term's own word."""
        return self._related.lookup(token) or self.member(token) or self._known_member(token)

    def member(self, token: str) -> str | None:
        """A lacking kind's term of which the word names a member ("slalomskidor" of
        "slalomutrustning")."""
        return self._family.lookup(token)

    def names(self, token: str) -> bool:
        """Whether the word is a form of the fact's own term, not only a related word; a
        member known by world knowledge counts as the term, so that the words narrowing the
        term must be said with it ("en begagnad laptop" of "begagnade datorer")."""
        return self._words.lookup(token) is not None or self._known_member(token) is not None

    def touches(self, token: str) -> bool:
        """Whether the word names the term, or may be one of its parts said apart."""
        return self.lookup(token) is not None or any(
            modifier in token or token.startswith(head) for modifier, head, _ in self._parts
        )

    def parts_in(self, tokens: Sequence[str]) -> str | None:
        """A term whose two parts the words say apart, each starting a word of its own."""
        for modifier, head, term in self._parts:
            first = next((t for t in tokens if modifier in t), None)
            if first is not None and any(t.startswith(head) and t != first for t in tokens):
                return term
        return None
