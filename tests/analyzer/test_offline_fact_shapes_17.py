"""Baseline facts at eight new kinds of business (`fact_shapes_17`), read in whole calls: a call
that tells as this visit what a fact rules out raises a decisive fraud flag, and a call that
touches the same fact while agreeing with it raises none; then each of the seventeenth round's
readings with near misses of its own surface.

Every store, fact and call was written for `fact_shapes_17` before the analyzer ran on it.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.fact_ages import age_broken, age_rule
from kundrost.adapters.offline.fact_capacities import capacity_of
from kundrost.adapters.offline.fact_claims import ABSENT, PRICE, SCHEDULE, claims_of
from kundrost.adapters.offline.fact_prohibitions import (
    passive_prohibitions,
    requirement_of,
    went_without,
)
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.swedish import forms
from kundrost.domain.business_context import BaselineFact
from tests.analyzer.fact_shapes import moment
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.fact_shapes_17 import FRAUD, HONEST, STORES
from tests.analyzer.offline_calls import contradicted_facts
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases


def _each(reason: str, *texts: str) -> dict[str, str]:
    return dict.fromkeys(texts, reason)


MISSED: dict[str, str] = {
    **_each(
        'a rule against an act ("får inte mata hästarna") is broken only by its own verb; '
        '"gav … morötter" is feeding by another',
        "Efteråt gav vi Stjärna några morötter genom boxdörren, hon blev så glad.",
    ),
    **_each(
        'a price\'s thing named by another compound of the same first part ("ponnyturen" of '
        '"ponnyridning") or by its head alone ("provningen" of "ölprovning", "en vanlig '
        'maskin" of "en tvätt i de vanliga maskinerna") is not read as the thing priced; a '
        'price for two sharing ("två katter … delar rum för 300 kronor") is not read',
        "Ponnyturen kostade bara femtio kronor, så lillebror fick åka två gånger.",
        "Provningen med fem sorter kostade 200 kronor per person.",
        "En vanlig maskin kostade 25 kronor, billigt tycker jag.",
        "Två katter i samma rum kostade 360 kronor per dygn.",
    ),
    **_each(
        'an age range ("för barn mellan 4 och 10 år") is no least age, so no most age is read; '
        'a least age required by "kräver att man fyllt 12 år" is read of "kräver", not of the '
        'act the part opens with ("blåsa själv")',
        "Min trettonåring fick rida ponny två varv, hon tyckte det var höjdpunkten.",
        "Min tioåring fick blåsa en egen skål på blåsa-själv, hon var så stolt.",
    ),
    **_each(
        'no staff on site ("ingen personal på plats") is read with "plats" as a condition, '
        'and a person working there ("tjejen som jobbade där") is no member of "personal"',
        "Tjejen som jobbade där visade hur tumlarna fungerade, jättegullig.",
    ),
    **_each(
        'a latest start ("Sista tvätten får startas klockan 20.30") is no schedule',
        "Jag startade en sista maskin vid kvart i tio och hann precis torka allt.",
    ),
    **_each(
        'money changed ("växlar inte pengar") is not met by a note ("en hundralapp"), which '
        'is no known member of "pengar"',
        "Automaten tog inte mitt kort, men de växlade en hundralapp åt mig i luckan.",
    ),
    **_each(
        'a thing free under an age ("Barn och unga under 20 år går in gratis") is not broken '
        'by a sum paid for someone told younger ("för vår femtonåring")',
        "Vi betalade 120 kronor för vår femtonåring också, lite dyrt för en tonåring.",
    ),
    **_each(
        'a thing not allowed that is a compound of an act ("blixtfotografering") is not met '
        'by its first part ("bilder med blixt")',
        "Jag tog massor av bilder med blixt på galjonsfigurerna och de blev jättefina.",
    ),
    **_each(
        'an event on some days ("Guidade visningar hålls på lördagar") is no schedule '
        '("hålls" is no known activity), nor is "guiden" its word',
        "Guiden som visade oss runt på onsdagseftermiddagen kunde allt om skeppen.",
    ),
    **_each(
        'a kind not sold is not met by a thing of another word ("byggsats av regalskeppet" '
        'of "modellbyggsatser", "torrfoder" of "hundmat", "burgare" of "mat", "IPA" of "öl")'
        ', nor is "får inte sälja öl att ta med hem" read as a denied sale',
        "I butiken köpte jag en byggsats av regalskeppet till pappa, han bygger modeller.",
        "Jag köpte en säck torrfoder på vägen ut, och priset var bra.",
        "Vi åt varsin jättegod burgare i baren till ölen.",
        "Jag köpte med mig ett sexpack av deras IPA hem från butiken, riktigt god.",
    ),
    **_each(
        'who may not be where ("Matte eller husse är inte med i salongen", "Besökare får inte '
        'gå innanför repet", "man går inte in där på egen hand") is not read as a rule of '
        "a place",
        "Jag satt bredvid trimbordet hela klippningen och höll Bamse i tassen, det lugnade honom.",
        "Glasblåsarna lät mig gå in bakom repet ända fram till ugnen och känna värmen.",
        "Medan vi väntade gick vi runt bland tankarna i bryggsalen på egen hand.",
    ),
    **_each(
        'a lead time ("bokas minst en vecka i förväg") is not broken by a day\'s part '
        '("redan samma eftermiddag")',
        "Jag ringde på morgonen och fick en helklippning redan samma eftermiddag.",
    ),
    **_each(
        'an act the staff never do ("använder aldrig lugnande medel") is told by another verb '
        '("gav honom lite lugnande"); a service noun ("gravyr") is not met by its verb '
        '("graverade"); "skickar … inte till utlandet" is not read',
        "De gav honom lite lugnande innan så att han stod still på bordet.",
        "De graverade in våra namn på vinglasen medan vi åt lunch.",
        "De skickade skålen till min syster i Norge, och den kom fram hel.",
    ),
    **_each(
        'no return of a thing from a corner ("Glas från fyndhörnan … kan inte bytas eller '
        'lämnas tillbaka") is read after a modal ("kan inte"), nor is "fyndglas" its thing',
        "Jag lämnade tillbaka ett fyndglas med en bubbla i och fick pengarna tillbaka direkt.",
    ),
    **_each(
        'hours for an act ("Lämning och hämtning sker 8–11 och 16–18") are no schedule: '
        '"sker" names no facility and no known activity',
        "Vi hämtade henne vid ett på dagen och hon var jätteglad att se oss.",
    ),
    **_each(
        'what a boarding house does not take in ("inga hundar eller kaniner", "ovaccinerade '
        'katter tas inte emot") is not met by the animal staying ("fick bo där") or told '
        'unvaccinated by a denied verb ("inte hunnit vaccineras")',
        "Vår kanin fick bo där samtidigt som katterna, i ett eget rum.",
        "Vi lämnade vår kattunge fast hon inte hunnit vaccineras, och det var inga problem.",
    ),
    **_each(
        'only the house\'s own beers on tap ("bara våra egna öl") is not read as a lack of '
        "others'",
        "De hade en gästöl från ett bryggeri i Skåne på kranen, den var bäst av alla.",
    ),
    **_each(
        'a hire denied overnight ("hyr inte ut över natten") is met only by the hire told '
        'with it, not by bikes kept ("behöll"); a compound\'s first part alone ("tandem" of '
        '"tandemcyklar") is not read as the thing, since "kaffe" is no coffee machine',
        "Vi behöll cyklarna över natten och lämnade dem på förmiddagen dagen efter.",
        "Vi hyrde en tandem och trampade runt hela ön, jättekul.",
    ),
}
"""Contradictions not yet caught, each with the reason (strict xfails)."""

FLAGGED: dict[str, str] = {}
"""Honest calls still flagged, each with the reason (strict xfails)."""


@pytest.mark.parametrize("visit", visit_cases(FRAUD, MISSED))
def test_a_visit_that_breaks_a_fact_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, FLAGGED))
def test_a_visit_that_agrees_with_a_fact_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) == 8
    assert len(FRAUD) >= 40
    assert len(HONEST) >= 48


def _broken(store: str, said: str, at: str = "wed 14:00") -> bool:
    return bool(contradicted_facts(said, STORES[store], moment(at)))


@pytest.mark.parametrize(
    ("store", "said", "broken"),
    [
        ("cykelhyra", "Vi hyrde cyklarna över natten och lämnade dem dagen efter.", True),
        ("cykelhyra", "Vi hyrde två cyklar och lämnade dem vid sex.", False),
        ("cykelhyra", "Vi sov över natten på vandrarhemmet och hyrde cyklar på morgonen.", False),
        (
            "cykelhyra",
            "Jag frågade om vi kunde ha cyklarna över natten, men det går inte, så vi hyrde "
            "igen nästa morgon.",
            False,
        ),
    ],
)
def test_an_act_denied_under_a_condition_is_met_with_the_condition_after_the_act(
    store: str, said: str, broken: bool
) -> None:
    assert _broken(store, said) is broken


@pytest.mark.parametrize(
    ("store", "said", "broken"),
    [
        ("museum", "Lunchen åt vi i kaféet.", True),
        ("museum", "Lunchen åt vi på stan.", False),
        ("museum", "Vi åt lunch på stan efteråt.", False),
        ("tvattomat", "Kemtvätten gick snabbt och skjortorna blev fina.", True),
        ("tvattomat", "Jag lämnade in kavajen på kemtvätten i butiken.", True),
        ("tvattomat", "Jag tog den till kemtvätten.", False),
    ],
)
def test_a_lack_put_first_in_town_or_a_trade_a_thing_was_taken_to_is_not_met_here(
    store: str, said: str, broken: bool
) -> None:
    assert _broken(store, said) is broken


@pytest.mark.parametrize(
    ("part", "read"),
    [
        (
            "mattor och hästtäcken får inte tvättas i maskinerna.",
            [("mattor", "maskinerna", "tvätt"), ("hästtäcken", "maskinerna", "tvätt")],
        ),
        ("barnvagnar får inte tas in i skeppshallen, de parkeras vid garderoben.", [
            ("barnvagnar", "skeppshallen", "t in")
        ]),
        ("cyklarna får inte tas med på färjan till fastlandet.", [("cyklarna", "färjan", "t med")]),
        ("varor får inte lämnas tillbaka efter 30 dagar.", []),
        ("hundar får inte följa med in i butiken.", []),
    ],
)  # fmt: skip
def test_a_passive_rule_forbids_an_act_on_a_thing_at_a_place(
    part: str, read: list[tuple[str, str, str]]
) -> None:
    assert passive_prohibitions(part) == read


@pytest.mark.parametrize(
    ("store", "said", "broken"),
    [
        ("tvattomat", "Jag tvättade hallmattan i en av de stora maskinerna.", True),
        ("tvattomat", "Jag tvättade mattan hemma i badkaret.", False),
        ("tvattomat", "Jag ville tvätta mattan i maskinen men det får man inte.", False),
        ("tvattomat", "Min granne tvättade hallmattan i en av maskinerna.", False),
        ("museum", "Vi rullade in barnvagnen i skeppshallen.", True),
        ("museum", "Vi rullade in barnvagnen i entrén och ställde den vid garderoben.", False),
        ("museum", "Vi skulle ha tagit in barnvagnen i skeppshallen men fick inte.", False),
        ("cykelhyra", "Vi tog med cyklarna på färjan.", True),
        ("cykelhyra", "Vi lämnade cyklarna och tog färjan hem.", False),
        ("cykelhyra", "Vi cyklade till färjan och lämnade tillbaka cyklarna där.", False),
    ],
)
def test_a_passive_rule_is_broken_by_the_customers_act_on_the_thing_at_the_place(
    store: str, said: str, broken: bool
) -> None:
    assert _broken(store, said) is broken


_VARA_MED = "man måste ha fyllt 20 år för att vara med på ölprovningen."
_HYRA = "för att hyra en elcykel ska man vara minst 16 år."


@pytest.mark.parametrize(
    ("part", "said", "broken"),
    [
        (_VARA_MED, "min son som är nitton fick vara med på provningen", True),
        (_VARA_MED, "min son som är tjugo fick vara med", False),
        (_VARA_MED, "min son som är nitton fick vänta i butiken", False),
        (_VARA_MED, "min son som är nitton fick vara kvar i butiken", False),
        (_VARA_MED, "min son som är nitton fick inte vara med", False),
        (_HYRA, "min fjortonåring fick hyra en egen elcykel", True),
        (_HYRA, "min fjortonåring fick hyra en vanlig cykel", False),
        (_HYRA, "min sextonåring fick hyra en elcykel", False),
        (_HYRA, "min fjortonåring ville hyra en elcykel", False),
    ],
)
def test_a_least_age_for_an_act_is_broken_by_one_younger_who_got_to_do_it(
    part: str, said: str, broken: bool
) -> None:
    rule = age_rule(part, tuple(tokens_of(part)))
    assert rule is not None
    assert (age_broken(rule, tuple(tokens_of(said)), lambda _: None) is not None) is broken


@pytest.mark.parametrize(
    ("part", "read"),
    [
        ("nybörjargrupperna har högst sex ryttare.", (6.0, ("nybörjargrupperna",))),
        ("bastun tar högst tio badare.", (10.0, ("bastun",))),
        ("kampanjen gäller högst två påsar per kund.", None),
        ("barn under 6 år får vara i lekrummet högst 45 minuter.", None),
    ],
)
def test_a_capacity_counts_any_doers_noun(
    part: str, read: tuple[float, tuple[str, ...]] | None
) -> None:
    assert capacity_of(part, tuple(tokens_of(part))) == read


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("Vi var tio i nybörjargruppen.", True),
        ("Vi var fem i nybörjargruppen.", False),
        ("Vi var tio i stallet och tittade på.", False),
        ("Vi var tio som ville gå med i nybörjargruppen.", False),
    ],
)
def test_a_group_of_riders_is_broken_by_a_larger_party_in_it(said: str, broken: bool) -> None:
    assert _broken("ridskola", said) is broken


def test_a_number_after_klockan_is_a_time_not_a_count() -> None:
    fact = BaselineFact("Guidade visningar hålls på lördagar klockan 13 och ingår i entrén.")
    assert [c for c in claims_of(fact) if c.amount == 13] == []


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("Vår katt fick en klippning.", True),
        ("Bamse fick en klippning och katten väntade hemma.", False),
        ("Katten fick ingen klippning, de klipper bara hundar.", False),
        ("Katten fick en klippning hos veterinären förra veckan.", False),
    ],
)
def test_an_act_not_done_is_told_done_by_its_noun_got(said: str, broken: bool) -> None:
    assert _broken("hundfris", said) is broken


def test_a_thing_everyone_must_have_is_read_from_obligatorisk_and_kravs() -> None:
    assert requirement_of("ridhjälm är obligatorisk för alla som sitter på en häst") == "ridhjälm"
    assert requirement_of("flytväst krävs i kanoten") == "flytväst"
    assert requirement_of("bokning krävs") is None


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("min dotter red utan hjälm på lektionen", True),
        ("ingen red utan hjälm", False),
        ("vi fick inte rida utan hjälm", False),
        ("en kille red utan hjälm", False),
        ("min dotter vill rida utan hjälm", False),
        ("det är förbjudet att rida utan hjälm, så min dotter lånade en", False),
        ("vi red utan sadel", False),
        ("jag red utan problem med hjälmen på", False),
    ],
)
def test_a_thing_required_is_broken_by_the_party_doing_without_it(said: str, broken: bool) -> None:
    assert (went_without("ridhjälm", tuple(tokens_of(said))) is not None) is broken


def test_an_unstressed_el_noun_takes_n_and_drops_its_e_in_the_plural() -> None:
    assert {"cykeln", "cyklar", "cyklarna"} <= forms("cykel")
    assert {"nyckeln", "nycklar"} <= forms("nyckel")
    assert "speln" not in forms("spel")
    assert "hotelln" not in forms("hotell")


def test_a_second_thing_priced_after_och_is_priced_on_its_own() -> None:
    fact = BaselineFact(
        "En vanlig cykel kostar 150 kronor per dag och en elcykel 350 kronor per dag."
    )
    prices = [(c.subject, c.amount, c.per_unit) for c in claims_of(fact) if c.kind == PRICE]
    assert prices == [("elcykel", 350.0, True)]
    tiers = BaselineFact("Klockbyte kostar 99 kronor för vanliga klockor och 299 kronor för andra.")
    assert [c.subject for c in claims_of(tiers) if c.kind == PRICE] == ["klockbyte"]


def test_a_price_is_of_the_head_before_its_med_phrase() -> None:
    fact = BaselineFact("En ölprovning med fem sorter kostar 295 kronor per person.")
    assert [c.subject for c in claims_of(fact) if c.kind == PRICE] == ["ölprovning"]


@pytest.mark.parametrize(
    ("store", "said", "broken"),
    [
        ("cykelhyra", "Elcykeln kostade 200 kronor för hela dagen.", True),
        ("cykelhyra", "Elcykeln kostade 350 kronor för dagen.", False),
        ("cykelhyra", "Två elcyklar kostade 700 kronor.", False),
        ("cykelhyra", "Vi betalade 200 kronor för elcykeln med studentrabatt.", False),
        ("bryggeri", "Ölprovningen kostade 200 kronor per person.", True),
        ("bryggeri", "Ölprovningen kostade 295 kronor per person.", False),
        ("tvattomat", "Tvätten kostade 25 kronor.", True),
        ("tvattomat", "Tvättmedlet ingick i priset.", False),
    ],
)
def test_a_price_is_broken_by_another_sum_for_the_thing_itself(
    store: str, said: str, broken: bool
) -> None:
    assert _broken(store, said) is broken


def test_a_denial_without_a_thing_requires_utan_said() -> None:
    fact = BaselineFact("Vi kopierar inte systemnycklar utan säkerhetskort.")
    absent = [c for c in claims_of(fact) if c.kind == ABSENT]
    assert [c.required for c in absent] == [("utan", "säkerhetsko")]


@pytest.mark.parametrize(
    ("said", "at", "broken"),
    [
        ("På söndagen såg vi dem blåsa en vas i hyttan.", "sun 13:00", True),
        ("På söndagen var hyttan stängd, så vi gick i butiken.", "sun 13:00", False),
        ("På måndagen såg vi dem blåsa en vas i hyttan.", "mon 11:00", False),
    ],
)
def test_a_facility_put_after_the_verb_is_the_part_s_subject(
    said: str, at: str, broken: bool
) -> None:
    assert _broken("glasbruk", said, at) is broken


def test_a_facility_put_after_the_verb_by_its_head_is_the_one_before() -> None:
    fact = BaselineFact("Postombudet har öppet 10–18 på vardagar; på söndagar är ombudet stängt.")
    subjects = {c.subject for c in claims_of(fact) if c.kind == SCHEDULE}
    assert subjects == {"postombudet"}
