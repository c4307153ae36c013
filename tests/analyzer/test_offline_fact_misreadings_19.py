"""Four misreadings of baseline facts that flagged honest calls (the nineteenth round, found on
the eighth development set), each at other kinds of store with the fact's true reading kept:

- a rule's scope ("rabatten gäller inte kampanjvaror") bounds the rule and lacks nothing, so
  "andra"/"kampanjvaror" said by a customer breaks nothing;
- the person a rule speaks to ("…, kunden får ett presentkort") is no thing lacked, though a
  compound of the word still is ("ingen kundtoalett");
- a strong verb's past that is also a noun, said as one ("på löpande band", "i baren"), is no
  act of "binder inte in", "bär inte ut";
- what a sentence tells of the old days ("förr i tiden betalade man kontant") is nothing met;
- found by reading every training set's honest calls against every other store's facts: a
  compound's first part has a vowel ("mjöl" is no beer of "öl"); a bare "lappen" is a slip,
  not a note of money; the customer's own buying is told with an auxiliary ("jag har köpt",
  "alla som har köpt") or an inverted subject ("i förra veckan köpte jag") too;
- and one missed reading: laminating is "plasta in", so "laminerar inte" is broken by "de
  plastade in mina diplom", not by plastic pockets bought.

The stores and calls were written for this file.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.adapters.offline.patterns import WordPatterns
from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8192)
_GOOD = "Personalen var trevlig och hittade det jag letade efter direkt."

STORES: dict[str, BusinessContext] = {
    "leksaker": _store(
        1, "Leksakshörnan i Nässjö",
        {"Pussel och spel": ("spelhyllan", "pusslen"), "Kassan": ("disken",)},
        "Pensionärsrabatten gäller inte kampanjvaror eller andra rabatter.",
        "Köpta leksaker byts inom 14 dagar; pengar betalas inte tillbaka, kunden får ett "
        "presentkort.",
        "Butiken har ingen kundtoalett.",
    ),
    "tryckeri": _store(
        2, "Snabbtryck i Ljungby",
        {"Kopieringen": ("skrivaren", "kopiatorn"), "Disken": ("kassan",)},
        "Vi binder inte in och laminerar inte; vi kopierar och skriver ut.",
        hours=("09:00", "17:00"),
    ),
    "mobler": _store(
        3, "Möbelboden i Sala",
        {"Utställningen": ("soffavdelningen", "sängarna"), "Kaféet": ("baren", "fiket")},
        "Personalen bär inte ut möbler till bilen; kärror finns vid lagret.",
        "Butiken tar kort och Swish; kontanter tas inte emot.",
    ),
    "spel": _store(
        4, "Spelbutiken i Kalmar",
        {"Konsoler": ("konsolhyllan", "tillbehören"), "Kassan": ("disken",),
         "Spelkaféet": ("kaféet", "fiket")},
        "Butiken köper inte in och säljer inga begagnade spel.",
        "Spelkaféet serverar varken vin eller öl.",
        "Butiken tar kort och Swish; kontanter tas inte emot.",
        hours=("10:00", "19:00"),
    ),
}  # fmt: skip

FRAUD = (
    Visit("spel", (_GOOD, "Vi drack varsin öl i spelkaféet under turneringen."), True),
    Visit("spel", (_GOOD, "Jag betalade med en femhundralapp i kassan."), True),
    Visit("spel", (_GOOD, "De köpte in mina begagnade spel för tvåhundra kronor."), True),
    Visit("leksaker", (_GOOD, "Jag lånade kundtoaletten medan barnen lekte i spelhörnan."),
          True),
    Visit("tryckeri", (_GOOD, "De band in min uppsats på en kvart, med blankt omslag."), True),
    Visit("tryckeri", (_GOOD, "De plastade in mina fem diplom medan jag väntade."), True),
    Visit("mobler", (_GOOD, "Två killar bar ut möblerna till bilen åt oss, supersnällt."), True),
    Visit("mobler", (_GOOD, "Jag betalade kontant i kassan, det gick snabbt."), True),
)  # fmt: skip

HONEST = (
    Visit("spel", (_GOOD, "Jag betalade i kassan och fick lappen med garantin."), False),
    Visit("spel", (_GOOD, "I förra veckan köpte jag två nya spel här, båda fungerar."), False),
    Visit("spel", (_GOOD, "Alla som har köpt konsolen får en extra handkontroll, bra."), False),
    Visit("leksaker", (_GOOD, "Jag köpte två kampanjvaror och andra småsaker till barnbarnen."),
          False),
    Visit("leksaker", (_GOOD, "Kunden före mig fick hjälp att slå in ett pussel, fint gjort."),
          False),
    Visit("tryckeri", (_GOOD, "Kopiorna kom ut på löpande band, tvåhundra sidor på nolltid."),
          False),
    Visit("tryckeri", (_GOOD, "Jag köpte plastfickor till diplomen och satte in dem hemma."),
          False),
    Visit("mobler", (_GOOD, "Efteråt satt vi i baren och drack kaffe, det var mysigt."), False),
    Visit("mobler", (_GOOD, "Förr i tiden betalade man kontant överallt, nu blippar man bara."),
          False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_the_facts_true_reading_is_kept(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_a_scope_a_person_a_noun_or_the_old_days_contradicts_nothing(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []


@pytest.mark.parametrize(
    ("word", "head"),
    [("folköl", "öl"), ("julöl", "öl"), ("lättöl", "öl"), ("mjöl", None), ("vetemjöl", None),
     ("dinkelmjöl", None), ("bordsvin", "vin"), ("avin", None)],
)  # fmt: skip
def test_a_compound_parts_where_a_first_part_can_end(word: str, head: str | None) -> None:
    assert WordPatterns([("*öl", "öl"), ("*vin", "vin")]).lookup(word) == head
