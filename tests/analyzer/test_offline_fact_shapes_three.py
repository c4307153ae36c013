"""Baseline facts of ten more kinds of business (`fact_shapes_three`): an account of what a
fact rules out contradicts it; an honest near miss around the same fact does not.

Every store, fact and sentence was written for `fact_shapes_three`, not taken from a labelled
set.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.fact_kinds import kind_members
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.when import stated_hours
from kundrost.domain.analysis import FlagKind
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.fact_shapes import Said, Store, moment, store_context
from tests.analyzer.fact_shapes_three import SAID, STORES, context
from tests.analyzer.offline_calls import ANALYZER, said_cases, said_contradicts
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

MISSED: dict[str, str] = {
    "Min son på åtta år klipptes gratis.": (
        'a service priced by its noun ("barnklippning") told free by its verb ("klipptes")'
    ),
    "Han rakade mig med rakkniv och varma handdukar.": (
        'the fact\'s tool ("med kniv") said as a compound ("rakkniv"), read as a required word'
    ),
    "Jag betalade kaffet i fiket med en tjuga.": (
        '"en tjuga" (a twenty-krona note) is not known as cash'
    ),
    "Vår sjuåring badade ensam i stora bassängen medan vi satt i kaféet.": (
        'a rule with a condition ("utan en vuxen i vattnet") broken only by reading who was '
        'in the water; a child by age ("sjuåring") is not read as a child under ten'
    ),
    "Min dotter på sex år fick simma själv utan oss i vattnet.": (
        'a rule with a condition ("utan en vuxen") and a synonym of its act ("simma" for "bada")'
    ),
    "Min son hade simskola i söndags förmiddag.": (
        'what the fact lacks ("lektioner") told by the department\'s own name ("simskola")'
    ),
    "I söndags hade dottern sin simlektion klockan tio.": (
        'a lack said of one day ("inga lektioner på söndagar") is read with the day as a word'
        " the customer must say in the same form"
    ),
    "Mekanikern bytte kedjan på min moped.": (
        'a repair told by its part ("bytte kedjan"), not by a verb of repairing'
    ),
    "Jag swishade för torkarbladen vid reservdelsdisken.": (
        'a payment told by the means\' own verb ("swishade"), with no means named after it'
    ),
    "Efter servicen tvättade jag bilen i er biltvätt.": (
        "\"er\" claims the lacking facility as the store's own; a compound's parts met by the "
        'act ("tvättade … biltvätt") are not read as meeting it'
    ),
    "Servicen var klar på två timmar, jag väntade i fikarummet.": (
        'a lead time broken by a duration ("klar på två timmar") with no handing in told'
    ),
    "Jag åt soppa där vid halv fyra i går eftermiddag.": (
        '"i går" needs the call\'s date, which the fact check does not have; "där" names no '
        "facility"
    ),
    "Jag åt en ärtsoppa med fläsk.": (
        'a lacking thing narrowed by what it is made with ("rätter med fläskkött") needs both'
        " a dish and the meat"
    ),
    "Dagens soppa var med fläskkött, god.": (
        'a lacking thing narrowed by what it is made with ("rätter med fläskkött") needs both'
        " a dish and the meat"
    ),
    "Jag fick lådan till soppan utan kostnad.": (
        'a compound\'s head said alone ("lådan" of "take away-lådor") told free'
    ),
    "Vi delade en öl till lunchen.": (
        'a drink shared ("delade") is not a known way of being served'
    ),
    "Jag köpte popcorn i kiosken vid halv fyra i går.": (
        '"i går" needs the call\'s date, which the fact check does not have'
    ),
    "Vi handlade godis i kiosken kvart i elva på kvällen i går.": (
        '"i går" needs the call\'s date, which the fact check does not have'
    ),
    "Min dotter på tolv år fick se en film med femtonårsgräns utan problem.": (
        'an age rule ("visas inte för den som är under 15 år") against an age told'
    ),
    "De släppte in min son som är tretton på en film med 15-årsgräns.": (
        'an age rule ("visas inte för den som är under 15 år") against an age told'
    ),
    "Jag fick betala 30 kronor för påfyllningen av popcorn.": (
        'a free act told by its verb in the fact ("fylls på gratis") is read as free popcorn,'
        " not a free refill"
    ),
    "Jag betalade biljetterna med kort i kiosken.": (
        'payment of one thing at one place ("Biljetter betalas bara i biljettkassan") is not '
        "read as a claim"
    ),
    "I kiosken köpte jag två biljetter till kvällens film.": (
        'payment of one thing at one place ("Biljetter betalas bara i biljettkassan") is not '
        "read as a claim"
    ),
    "Efter måndagens spinning bastade jag en halvtimme.": (
        'a facility used by its own verb ("bastade"), and a day in a genitive ("måndagens")'
    ),
    "Jag gick på ett yogapass i fredags.": (
        'a lacking thing met as the first part of a compound ("yogapass")'
    ),
    "Vi parkerade utan kostnad två nätter.": (
        'a price told free by the act ("parkerade") rather than the thing ("parkeringen")'
    ),
    "Vår tax sov med oss på rummet.": (
        'a rule\'s act ("följa med in") told by another act ("sov … på rummet")'
    ),
    "Katten fick följa med upp på rummet utan problem.": (
        '"utan problem" reads as a negation of the clause'
    ),
    "Inslagningen kostade en tjuga.": (
        'a compound\'s head said alone ("inslagningen" of "presentinslagning"), and "en tjuga"'
        " as money"
    ),
    "Jag köpte ett Nintendo-spel till sonen.": (
        'a member of a kind by a brand in a hyphenated compound ("Nintendo-spel" of "tv-spel")'
    ),
    "De byggde ihop lekstugan åt mig på plats.": (
        'a synonym of the denied act ("byggde ihop" for "monterar")'
    ),
    "De bytte skärmen på min mobil på en timme.": (
        'a repair told by its part ("bytte skärmen"), not by a verb of repairing'
    ),
    "Servicedisken lagade min telefon som inte laddade.": (
        'a negation in a relative clause ("som inte laddade") reads as a negation of the act'
    ),
    "Killen från butiken hängde upp tv-apparaten på väggen i vardagsrummet.": (
        'a synonym of the denied act ("hängde upp" for "monterar")'
    ),
    "Jag fick betala 50 kronor för att lämna min gamla brödrost.": (
        'a free service ("återvinning av elprylar") told by its act ("lämna") and a member of'
        ' its kind ("brödrost")'
    ),
    "Släpet kostade en hundralapp för två timmar.": (
        'a compound\'s first part alone ("släpet" of "släpkärra")'
    ),
    "De monterade garderoben gratis.": (
        'a priced service by its noun ("montering") told free by its verb ("monterade")'
    ),
    "Personalen bar ut soffan till bilen åt oss.": (
        'a denied act\'s object read as "möbler" needs a member of furniture ("soffan")'
    ),
    "Två killar från lagret bar ut garderoben till min bil.": (
        'a denied act\'s object read as "möbler" needs a member of furniture ("garderoben")'
    ),
    "Jag beställde en soffa på förmiddagen och den levererades samma kväll.": (
        'a lead time whose subject ("Hemleverans") is read as a place that takes things, not '
        "as the thing delivered"
    ),
    "Hemleveransen kom dagen efter att jag beställt.": (
        'a lead time whose subject ("Hemleverans") is read as a place that takes things, not '
        "as the thing delivered"
    ),
}
"""Contradictions the checker does not yet catch, each with the reason."""

FLAGGED: dict[str, str] = {
    "Vi tog en öl på puben innan filmen.": (
        'another place named by its kind ("puben") is not read as elsewhere'
    ),
    "Jag betalade 65 kronor för popcornen och fyllde på en gång.": (
        'a free act told by its verb in the fact ("fylls på gratis") is read as free popcorn'
    ),
    "Jag köpte en ballongpump för 79 kronor.": (
        'a compound on the free thing ("ballongpump") is read as the free thing'
    ),
}
"""Honest near misses the checker still flags, each with the reason."""


def contradictions(said: Said) -> list[str]:
    return said_contradicts(said, context)


@pytest.mark.parametrize("said", said_cases((s for s in SAID if not s.contradicts), FLAGGED))
def test_an_honest_near_miss_contradicts_nothing(said: Said) -> None:
    assert contradictions(said) == []


@pytest.mark.parametrize("said", said_cases((s for s in SAID if s.contradicts), MISSED))
def test_an_account_of_what_a_fact_rules_out_contradicts_it(said: Said) -> None:
    assert contradictions(said)


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) >= 10
    assert all(6 <= len(store.facts) <= 8 for store in STORES.values())
    facts = sum(len(store.facts) for store in STORES.values())
    honest = [s for s in SAID if not s.contradicts]
    assert len(honest) >= 4 * facts
    assert len(SAID) - len(honest) >= 2 * facts


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("Katten fick följa med upp på rummet.", True),
        ("Vår tax fick följa med in på rummet.", True),
        ("Min ledarhund fick följa med upp på rummet.", False),
        ("Min man fick följa med upp på rummet.", False),
    ],
)
def test_a_rule_is_about_every_member_of_the_kind_it_names(text: str, broken: bool) -> None:
    assert bool(contradictions(Said("hotell", text, broken))) is broken


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("vid sextiden i går kväll", (18.0,)),
        ("vid niotiden på morgonen", (9.0,)),
        ("runt tretiden", (3.0, 15.0)),
        ("tiden gick fort", None),
    ],
)
def test_an_hour_is_also_said_as_about_that_hour(text: str, hours: tuple[float, ...]) -> None:
    assert stated_hours(tokens_of(text)) == hours


def test_a_kind_is_known_by_its_members_only_as_a_whole_word() -> None:
    phones = kind_members(("mobiltelefoner", "mobiltelefon"))
    assert phones is not None
    assert phones.lookup("iphonen")
    assert not phones.lookup("laddaren")
    assert kind_members(("husbilar", "husbil")) is None
    assert kind_members(("skinnkläder",)) is None


_PET_SHOP = Store(
    "Djurhörnan",
    ("10-18", "10-15", ""),
    (("Smådjur", ("kaninerna", "burarna")),),
    ("Levande djur tas inte tillbaka.",),
)


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("Vi köpte en kanin i våras. Den tog de tillbaka dagen efter.", True),
        ("Vi köpte två marsvin. De bråkade, så dem tog personalen tillbaka.", True),
        ("Vi köpte en kanin i våras. Den tog de inte tillbaka.", False),
        ("Vi har en kanin hemma. Den tog fodret direkt.", False),
        ("Vi köpte en kanin. Den var jättesöt.", False),
        ("Jag köpte en påse hö. Den tog de tillbaka utan problem.", False),
    ],
)
def test_a_thing_taken_back_is_pointed_at_by_a_pronoun(text: str, broken: bool) -> None:
    turns = [(AI, "Hur var ditt besök?"), (CUSTOMER, text)]
    shop = store_context("fact-shapes-three-pet-shop", _PET_SHOP)
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), shop, moment("wed 12:00")))
    assert bool(analysis.flags(FlagKind.CONTRADICTS_FACT)) is broken
