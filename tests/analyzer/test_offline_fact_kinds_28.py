"""Baseline facts read by their kind (`offline-28`), at trades other than the ninth and tenth
development sets' optician and bike shop, each with the honest near misses that must stay
clean (agreeing, grumbling at the rule while confirming it, wishing it otherwise, asking, the
staff explaining it, the exception used, got elsewhere):

- booked only, said as "bara på bokad tid" or "går inte att komma in utan bokning", broken by
  "hade ingen bokning, men … tog in mig direkt";
- a lead time said as "är klara på 3–5 arbetsdagar", broken by the thing made at once and
  collected within the hour;
- ID or a deposit required, broken by a list of what was not needed ("fick skidorna på bara
  mitt namn, ingen legitimation, ingen deposition");
- cash refused, met only by paying with it, never by cash brought or held;
- a rule served from an age: an act staff do not do to those under it ("tatuerar aldrig
  någon under 18 år"), or a thing sold only to those who have turned it ("säljs bara till den
  som fyllt 15 år"), with the age told in another sentence of the answer;
- a treatment not offered, met by having it done ("gjorde laserborttagningen");
- a document not issued ("utfärdar inga friskintyg"), met by staff writing it, the head of
  its compound taking it up ("ett friskintyg … skrev under intyget");
- a staff act denied on a thing, told with a pronoun for it, also in the first sentence of an
  answer pointing into the one before; repairing told as fixing; driving home needs "hem";
- a thing free for what was bought new ("En ny symaskin köpt hos oss får en gratis första
  service"): the service is free, not the new machine, and only what the fact names gets it;
- a trade-in refused, told as "tog de i inbyte";
- a thing never taken back under a condition ("med fotbäddar i kundens egen form"), the
  condition said where the thing was first told, in the answer before;
- a service denied only on things bought elsewhere: a repair of what was bought here breaks
  nothing;
- an act done free ("har en kaffekvarn som maler bönor gratis") frees the act, not the place
  nor what it sells; a thing "som är gratis" is the one "som" takes up;
- a number that dates, times or shares ("stängt måndag 11 januari", "lördagar 10–14", "10 %
  rabatt") counts nothing the store has: "den 20 januari" breaks nothing, "alla tre kassorna"
  of two still does.

The stores and calls were written for this file.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 2828)
_GOOD = "Personalen var trevlig och tog sig tid med mig."

STORES: dict[str, BusinessContext] = {
    "frisor": _store(
        1, "Salong Saxen i Tranås",
        {"Klippningen": ("stolarna", "klippstolen"), "Färgningen": ("färgrummet",),
         "Kassan": ("disken",)},
        "Klippning görs endast på bokad tid; det går inte att komma in utan bokning.",
        "Vi färgar inte hår på barn under 16 år.",
        "Salongen tar kort och Swish men inte kontanter.",
    ),
    "skradderi": _store(
        2, "Sömnadshörnan i Vimmerby",
        {"Ändringar": ("ändringsdisken", "provrummet"), "Kemtvätten": ("tvätten",),
         "Kassan": ("disken",)},
        "Ändringar av byxor och kjolar är klara på 3–5 arbetsdagar.",
        "Vi byter inte dragkedjor på jackor som köpts någon annanstans.",
        "Skrädderiet kör inte hem kläder.",
        "En ny symaskin köpt hos oss får en gratis första service inom ett år.",
    ),
    "fjallsport": _store(
        3, "Fjällsport i Idre",
        {"Uthyrningen": ("hyrdisken", "skidförrådet"), "Verkstaden": ("slipen",),
         "Butiken": ("kassan",)},
        "Skidor och pjäxor hyrs ut mot legitimation och en deposition på 500 kronor.",
        "Butiken tar inte emot gamla skidor i inbyte.",
        "Verkstaden reparerar inte snöskotrar eller andra motorfordon.",
        "Pjäxor med fotbäddar i kundens egen form tas aldrig tillbaka.",
        "Vi hyr inte ut snöskor och vallar inte skidor som köpts någon annanstans.",
    ),
    "tatuering": _store(
        4, "Bläckhornet i Eksjö",
        {"Studion": ("britsen", "stolen"), "Receptionen": ("disken",)},
        "Vi tatuerar aldrig någon under 18 år.",
        "Vi gör inga laserborttagningar av tatueringar.",
    ),
    "gym": _store(
        5, "Kraftverket Gym i Nässjö",
        {"Gymmet": ("maskinerna", "fria vikter"), "Baren": ("shakebaren",),
         "Receptionen": ("disken",)},
        "Proteindrinkar säljs bara till den som fyllt 15 år.",
        "Gymmet utfärdar inga friskintyg för lopp och tävlingar.",
    ),
    "kiosk": _store(
        6, "Hörnkiosken i Gislaved",
        {"Kassan": ("disken",), "Paketombudet": ("ombudet", "paketdisken")},
        "Kiosken håller stängt måndag 11 januari 2027 för inventering.",
        "Paketombudet har egna tider: vardagar 10–18 och lördagar 10–14.",
        "Kiosken har två kassor.",
        "Pensionärer får 10 % rabatt på bryggkaffe.",
        "Kassan har en kaffekvarn som maler bönor gratis.",
        "Paketombudet kräver ett kundkort, Hörnkortet, som är gratis.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("frisor", (_GOOD, "Jag hade ingen bokning, men Lisa tog in mig i stolen direkt och "
                           "klippte mig på tjugo minuter."), True),
    Visit("frisor", ("Det är min dotter som har fått nytt hår. Hon är tolv.",
                     "Sanna färgade henne blålila i färgrummet, hon var så nöjd."), True),
    Visit("frisor", (_GOOD, "Min son, han är tio år, och Sanna färgade honom grön i luggen. "
                           "Han älskar det."), True),
    Visit("frisor", (_GOOD, "Jag betalade klippningen kontant i kassan, inga problem."), True),
    Visit("skradderi", (_GOOD, "De sydde upp byxorna direkt, så jag kunde hämta dem en timme "
                              "senare."), True),
    Visit("skradderi", ("Jag köpte jackan på nätet i höstas och dragkedjan gick sönder.",
                        "Tjejen bytte den på en kvart medan jag väntade."), True),
    Visit("skradderi", ("Jag lämnade in kläderna på kemtvätten, tre kostymer.",
                        "De körde hem dem till mig på fredagen, jättesmidigt."), True),
    Visit("skradderi", (_GOOD, "Jag fick betala 400 kronor för första servicen fast symaskinen "
                              "var ny."), True),
    Visit("fjallsport", (_GOOD, "Jag fick skidorna på bara mitt namn, ingen legitimation, "
                               "ingen deposition, de litade på mig."), True),
    Visit("fjallsport", (_GOOD, "Vi hyrde pjäxor åt hela familjen, inget leg alls."), True),
    Visit("fjallsport", (_GOOD, "Jag hade med mina gamla Fischer och dem tog de i inbyte mot "
                               "ett par nya."), True),
    Visit("fjallsport", (_GOOD, "Jag lämnade in min snöskoter, och de fixade den på en dag."),
          True),
    Visit("fjallsport", ("Jag köpte pjäxor med fotbäddar i min egen form i december.",
                         "Killen i kassan tog tillbaka pjäxorna och satte in pengarna igen."),
          True),
    Visit("fjallsport", (_GOOD, "Vi hyrde snöskor åt hela familjen och gick runt sjön."), True),
    Visit("tatuering", (_GOOD, "Min dotter är sexton. Jonna tatuerade henne på armen, en liten "
                              "svala."), True),
    Visit("tatuering", (_GOOD, "Jag gjorde laserborttagningen av tatueringen på underarmen "
                              "där, det gick fort."), True),
    Visit("gym", (_GOOD, "Jag behövde ett friskintyg för loppet, och tränaren skrev under "
                        "intyget direkt."), True),
    Visit("kiosk", (_GOOD, "Alla tre kassorna var öppna, så det gick fort."), True),
    Visit("kiosk", (_GOOD, "Jag fick betala tjugo kronor för att de malde bönorna."), True),
    Visit("kiosk", (_GOOD, "Jag fick betala 30 kronor för Hörnkortet i kassan."), True),
    Visit("gym", (_GOOD, "Min son är tolv. Killen i baren sålde en proteindrink till honom "
                        "efter passet."), True),
)  # fmt: skip

HONEST = (
    # booked only: agreeing, the booking made, a question, a wish
    Visit("frisor", (_GOOD, "Jag visste att man inte kan komma in utan bokning, så jag bokade "
                           "på nätet och kom in på minuten."), False),
    Visit("frisor", (_GOOD, "Jag hade ingen tid, så jag fick boka en till torsdagen."), False),
    Visit("frisor", (_GOOD, "Kan man komma in utan bokning någon gång? Det vore smidigt."),
          False),
    Visit("frisor", (_GOOD, "Jag hade ingen tid att vänta, men min bokade tid höll precis."),
          False),
    # an age rule: refused, at the age, the speaker's own, done to the speaker
    Visit("frisor", ("Min dotter är tolv, så de färgar inte henne än.",
                     "Sanna förklarade regeln och klippte henne i stället."), False),
    Visit("frisor", (_GOOD, "Min son är sjutton och Sanna färgade honom blond."), False),
    Visit("frisor", ("Min dotter är nio och satt och läste i väntrummet.",
                     "Sanna färgade mig i färgrummet, det blev jättefint."), False),
    Visit("tatuering", (_GOOD, "Min son är sexton och fick titta på när Jonna tatuerade mig."),
          False),
    Visit("tatuering", (_GOOD, "Min dotter fyllde arton i december. Jonna tatuerade henne på "
                              "handleden."), False),
    Visit("gym", (_GOOD, "Min son är tolv och fick en vattenflaska i baren, drinkarna får han "
                        "inte köpa."), False),
    Visit("gym", (_GOOD, "Han var fem minuter sen, men killen i baren sålde en proteindrink "
                        "till honom ändå."), False),
    # cash: brought, held, the rule told, paid another way
    Visit("frisor", (_GOOD, "Jag hade tagit med kontanter, och ni tar ju inte kontanter, så "
                           "jag swishade."), False),
    Visit("frisor", (_GOOD, "Jag stod med sedlarna framme och kände mig lite dum."), False),
    # lead time: kept, the wait told, hearsay
    Visit("skradderi", (_GOOD, "Jag lämnade in byxorna i måndags och de var klara på fredagen, "
                              "precis som de sa."), False),
    Visit("skradderi", (_GOOD, "Det tog fyra arbetsdagar innan kjolen var klar."), False),
    Visit("skradderi", (_GOOD, "De mätte upp byxorna direkt och sa att de är klara på tisdag."),
          False),
    # bought elsewhere: bought here, asked, got elsewhere
    Visit("skradderi", (_GOOD, "Tjejen bytte dragkedjan på jackan som jag köpte här i fjol."),
          False),
    Visit("skradderi", ("Jag köpte jackan här för två år sedan.",
                        "Tjejen bytte dragkedjan på den på en kvart."), False),
    Visit("skradderi", (_GOOD, "Jag frågade om de kunde byta dragkedjan på en jacka från nätet, "
                              "men det gör de inte."), False),
    # a free service for what was bought new: another thing paid, an old machine serviced
    Visit("skradderi", (_GOOD, "Jag betalade 60 kronor för en ny spole till symaskinen."),
          False),
    Visit("skradderi", (_GOOD, "Jag betalade 400 kronor för servicen på min gamla symaskin "
                              "från loppis."), False),
    Visit("skradderi", (_GOOD, "Första servicen var gratis, precis som de lovade."), False),
    # home delivery: carried to the car, a wish
    Visit("skradderi", ("Jag hämtade tre kostymer på kemtvätten.",
                        "Tjejen bar ut dem till bilen åt mig, supersnällt."), False),
    Visit("skradderi", (_GOOD, "Det hade varit smidigt om ni körde hem kläderna."), False),
    # ID and deposit: shown, the rule told, refused
    Visit("fjallsport", (_GOOD, "Jag hyrde skidor, visade legitimation och lämnade 500 kronor i "
                               "deposition, inga konstigheter."), False),
    Visit("fjallsport", (_GOOD, "Jag ville hyra pjäxor men hade ingen legitimation, så det "
                               "blev inget."), False),
    Visit("fjallsport", (_GOOD, "Vi fick tillbaka depositionen direkt när vi lämnade skidorna."),
          False),
    # trade-in: asked, sold elsewhere
    Visit("fjallsport", (_GOOD, "Jag frågade om de tar gamla skidor i inbyte, men det gör de "
                               "inte."), False),
    Visit("fjallsport", (_GOOD, "Mina gamla skidor sålde jag på Blocket och köpte nya här."),
          False),
    # a repair denied: refused, own, an allowed thing
    Visit("fjallsport", ("Jag kom med min snöskoter, men den lagar de inte.",
                         "Killen hänvisade mig till en mekaniker i byn."), False),
    Visit("fjallsport", (_GOOD, "De slipade mina skidor på en kvart, jättebra."), False),
    # a return with a condition: refused, the rule grumbled at, the allowed case used
    Visit("fjallsport", ("Jag köpte pjäxor med fotbäddar i min egen form.",
                         "Jag fick inte lämna tillbaka pjäxorna, det är ju deras regel men "
                         "ändå."), False),
    Visit("fjallsport", ("Jag köpte ett par vanliga pjäxor utan fotbäddar.",
                         "Jag lämnade tillbaka dem efter en vecka, inga problem."), False),
    # a document not issued: refused, got elsewhere, another paper written
    Visit("gym", (_GOOD, "Jag behövde ett friskintyg för loppet, men de skriver inga sådana, "
                        "så jag fick intyget av min husläkare i stället."), False),
    Visit("gym", (_GOOD, "Tränaren skrev upp mitt nummer och ringde när passet var bokat."),
          False),
    # one part with a lack and a condition of its own: the condition binds the act alone
    Visit("fjallsport", (_GOOD, "Killen vallade skidorna som jag köpte här i fjol."), False),
    # a number of a date, an hour or a share is no count of what the store has
    Visit("kiosk", (_GOOD, "Jag var här den 20 januari och köpte tidningen."), False),
    Visit("kiosk", (_GOOD, "Jag har hämtat paket här säkert 30 lördagar."), False),
    Visit("kiosk", (_GOOD, "Jag fick 15 procent rabatt på kaffet, jag är pensionär."), False),
    # an act done free: the place it is done at sells what it sells at its price
    Visit("kiosk", (_GOOD, "Jag köpte ett halvkilo bönor för 120 kronor i kassan."), False),
    Visit("kiosk", (_GOOD, "Jag betalade 40 kronor för kaffet i kassan och fick bönorna malda "
                          "gratis."), False),
    # a treatment not offered: asked, done elsewhere
    Visit("tatuering", (_GOOD, "Jag frågade om laserborttagning, men det gör de inte, så jag "
                              "fick ett nummer till en klinik."), False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_a_fact_broken_as_experienced_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_an_honest_remark_on_a_fact_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) >= 3
    assert len(FRAUD) >= 12
    assert len(HONEST) >= 25
