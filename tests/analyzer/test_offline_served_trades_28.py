"""A department the store lacks, told only by what it served or sold (`offline-28`): staff
who made something to order ("gjorde den medan jag väntade", "filéade en gös åt mig"), a
prescription taken in and medicine handed out over two sentences, a drink at the tables, a
climbing wall with its instructor. Each is an unknown department at a store whose own words
(name, departments and aliases, campaigns, what its facts affirm) hold no such trade; a
fact that denies the trade ("Butiken har ingen manuell fiskdisk", "har ingen cykelverkstad")
outweighs goods its facts otherwise name ("fisk finns bara fryst").

Honest near misses that must stay unflagged: the goods bought from the store's own shelves,
freezer or till (flowers, frozen fish, headache tablets), a listed department of the right
kind, a fact that gives the service, a wish, a question, a regret ("synd att ni inte har"),
the service had elsewhere, the customer's own work.

All stores and calls were written for this file, before the analyzer ran on them, at kinds of
business other than the training sets' (two hardware stores, a bookshop, a sports shop, an
electronics shop, a village grocery, an interior shop, a petrol station, an optician, a
kitchen shop, a bicycle shop).
"""

from __future__ import annotations

from datetime import time

import pytest

from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
)
from kundrost.domain.opening_hours import OpeningHours
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import store_id_of
from tests.analyzer.department_shapes import DAYS, VISIT
from tests.analyzer.offline_calls import ANALYZER, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

_STORES: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]] = {
    "järn": (
        "Järnhandeln i Tranås",
        (
            ("Verktyg", ("verktygsväggen", "skruvhyllan")),
            ("Färg", ("färgdisken", "färgblandningen")),
            ("Trädgård", ("trädgårdsavdelningen", "fröhyllan")),
            ("Bygg", ("virkeslagret",)),
            ("Kassa", ("kassan",)),
        ),
        ("Vi har ingen verkstad och byter inga däck.",),
    ),
    "järn2": (
        "Bygg och Järn i Eksjö",
        (("Verktyg", ("verktygsväggen",)), ("Färg", ("färgdisken",)), ("Kassa", ("kassan",))),
        ("Vi kopierar nycklar i kassan medan du väntar.",),
    ),
    "bok": (
        "Bokhandeln i Nora",
        (
            ("Skönlitteratur", ("romanerna", "deckarhyllan")),
            ("Barnböcker", ("barnhörnan", "läshörnan")),
            ("Kontor och papper", ("pennhyllan", "kalendrarna")),
            ("Spel", ("spelhyllan",)),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
    "sport": (
        "Sporthuset i Skövde",
        (
            ("Skor", ("skoväggen", "löparskorna")),
            ("Kläder", ("jackorna", "träningskläderna")),
            ("Bollsport", ("bollhyllan",)),
            ("Friluftsliv", ("tältavdelningen", "klätterhyllan")),
            ("Kassa", ("kassan",)),
        ),
        (
            "Butiken har två våningar; skorna finns på övervåningen.",
            "Butiken säljer inga cyklar och har ingen cykelverkstad.",
        ),
    ),
    "el": (
        "Elbutiken i Falun",
        (
            ("Mobiler", ("mobilväggen", "skalen")),
            ("Datorer", ("datoravdelningen",)),
            ("TV och ljud", ("tv-väggen", "högtalarna", "skivspelarna")),
            ("Vitvaror", ("kylskåpen", "tvättmaskinerna")),
            ("Kassa", ("kassan",)),
        ),
        ("Butiken lagar inga telefoner själv; de skickas till en verkstad i Borlänge.",),
    ),
    "mat": (
        "Lanthandeln i Ör",
        (
            ("Frukt och grönt", ("grönsakerna", "fruktdisken")),
            ("Mejeri", ("mjölkkylen",)),
            ("Kolonial", ("hyllorna", "torrvarorna")),
            ("Frys", ("frysdisken", "frysboxen")),
            ("Kassa", ("kassan", "tobaksdisken")),
        ),
        (
            "Fisk finns bara fryst; butiken har ingen manuell disk.",
            "Receptfria läkemedel säljs i kassan.",
        ),
    ),
    "inred": (
        "Inredningsboden i Sala",
        (
            ("Textil", ("gardinerna", "mattorna", "kuddarna")),
            ("Belysning", ("lamporna",)),
            ("Kök", ("porslinet", "glasen")),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
    "optik": (
        "Synhörnan i Vara",
        (
            ("Synundersökning", ("syntestet", "undersökningsrummet")),
            ("Bågar", ("bågväggen", "provbågarna")),
            ("Verkstaden", ("slipverkstaden", "reparationsdisken")),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
    "kök": (
        "Köksboden i Lidköping",
        (
            ("Knivar", ("knivväggen", "knivslipen")),
            ("Kastruller", ("grytorna", "stekpannorna")),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
    "cykel": (
        "Cykelhörnan i Mora",
        (("Verkstad", ("verkstaden",)), ("Tillbehör", ("hjälmarna",)), ("Kassa", ("kassan",))),
        (),
    ),
    "mack": (
        "Macken i Hova",
        (
            ("Drivmedel", ("pumparna",)),
            ("Butik", ("hyllorna",)),
            ("Korvgrill", ("grillen", "korvkiosken")),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
}


def context(key: str) -> BusinessContext:
    name, departments, facts = _STORES[key]
    return BusinessContext(
        store_id=store_id_of(f"served-trades-28-{key}"),
        timezone="Europe/Stockholm",
        operating_hours={day: OpeningHours(time(8), time(21)) for day in DAYS},
        departments=[Department(d, aliases) for d, aliases in departments],
        baseline_facts=[BaselineFact(statement) for statement in facts],
        current_campaigns=[Campaign("Veckans erbjudande")],
        store_name=name,
    )


ABSENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "mat",
        (
            "Mannen bakom glasdisken med krossad is filéade en lax åt mig och drog av skinnet.",
            "Han tipsade om att ugnsbaka den med dill.",
        ),
    ),
    (
        "mat",
        (
            "Längst in tog en kvinna i vit rock emot mitt recept och kollade legitimationen.",
            "Hon gav mig min astmamedicin och förklarade hur jag skulle ta den.",
        ),
    ),
    (
        "mat",
        (
            "Vid utgången stod en kille vid en stekplatta och gjorde hamburgare åt oss.",
            "Han frågade om vi ville ha ost på, och det tog fem minuter.",
        ),
    ),
    (
        "mat",
        (
            "Jag köpte en tunnbrödsrulle med mos och räksallad av honom vid plattan.",
            "Han gjorde den medan jag väntade och frågade om jag ville ha rostad lök.",
        ),
    ),
    (
        "bok",
        (
            "Efter handlingen satte vi oss vid fönsterborden och drack en cortado.",
            "Det var mysigt, vi satt kvar en timme.",
        ),
    ),
    (
        "bok",
        (
            "Ja, jag hittade en deckare.",
            "Killen gjorde kaffet på den stora maskinen och ritade ett hjärta i mjölkskummet.",
        ),
    ),
    (
        "bok",
        (
            "Han ramade in min gamla karta och skar till ett passepartout medan jag väntade.",
            "Ramen blev jättefin.",
        ),
    ),
    (
        "inred",
        (
            "Vi åt varsin räksmörgås vid borden vid fönstret och fick påtår.",
            "Sedan köpte vi två kuddar.",
        ),
    ),
    (
        "inred",
        (
            "Tjejen lät mig lyssna på tre vinylskivor vid skivspelaren innan jag valde en.",
            "Hon kunde mycket om sjuttiotalsrock.",
        ),
    ),
    (
        "sport",
        (
            "Tjejen tog med mig till klätterväggen och säkrade mig medan jag klättrade två leder.",
            "Skorna satt bra på de små greppen.",
        ),
    ),
    (
        "sport",
        (
            "En kille i blåställ bytte kedjan och justerade växlarna på min cykel.",
            "Det tog bara tjugo minuter.",
        ),
    ),
    (
        "el",
        (
            "Teknikern bytte skärmen på min telefon på en halvtimme medan jag väntade.",
            "Den fungerar som ny.",
        ),
    ),
    (
        "järn",
        (
            "Medan jag handlade bytte de till vinterdäcken på bilen, och mekanikern "
            "balanserade hjulen.",
            "Det tog tjugo minuter.",
        ),
    ),
    (
        "el",
        (
            "Vi tittade på kattungarna i burarna längst in och fick hålla en valp.",
            "Sedan köpte vi en laddare.",
        ),
    ),
)
"""A department the store lacks, told by what it served, made or sold, never named."""

NEAR: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("järn", ("Tjejen i trädgårdsavdelningen band ihop en bukett tulpaner åt mig.",)),
    ("järn2", ("Killen i kassan fräste två nya nycklar åt mig på fem minuter.",)),
    ("mat", ("Jag köpte torskfilé i frysdisken och en bukett tulpaner i kassan.",)),
    ("mat", ("Synd att ni inte har en fiskdisk, jag fick köpa laxen fryst.",)),
    ("mat", ("Ni borde ha en fiskdisk där någon kan filéa fisken åt en.",)),
    ("mat", ("Jag köpte huvudvärkstabletter i kassan, bra att ni har det.",)),
    ("mat", ("På apoteket bredvid fick jag ut min medicin, sedan handlade jag här.",)),
    ("mat", ("Kassörskan slog in tulpanerna i papper åt mig.",)),
    ("mat", ("Vi köpte kaffe och kanelbullar och drack kaffet i bilen på parkeringen.",)),
    ("mat", ("Jag köpte frysta räkor och en torskfilé, och tjejen i kassan packade dem.",)),
    ("bok", ("Vi fikade på kaféet mittemot efteråt, men här hittade vi tre böcker.",)),
    ("bok", ("Jag köpte en tavelram och pennor, och killen i kassan slog in allt.",)),
    ("bok", ("Barnen satte sig i läshörnan och läste medan jag letade efter en kokbok.",)),
    ("sport", ("Finns det någon cykelverkstad i närheten? Min kedja hoppar.",)),
    ("sport", ("Jag köpte klätterskor, och killen lät mig prova dem på en liten pall.",)),
    ("sport", ("Hon mätte mina fötter och hittade rätt storlek på övervåningen.",)),
    ("el", ("Jag köpte en skivspelare, och killen kopplade in den och lät mig lyssna.",)),
    ("el", ("Killen satte på ett skärmskydd åt mig och visade hur skalet fungerar.",)),
    ("inred", ("Vi köpte två espressokoppar till vår nya espressomaskin.",)),
    ("inred", ("Tjejen berättade att gardinerna kan kortas hos en sömmerska i stan.",)),
    ("mack", ("Tjejen i korvkiosken grillade två korvar åt oss medan vi tankade.",)),
    ("mack", ("Vi drack kaffe och åt en varmkorv vid borden, och killen gjorde en till åt mig.",)),
    ("järn", ("Jag köpte en ny cykelkedja och bytte den själv hemma.",)),
    ("järn", ("Ni borde sälja grillad korv vid utgången, som macken gör.",)),
)
"""The goods from the store's own shelves, a listed department of the kind, a fact that gives
the service, a wish, a question, a regret, or the service had elsewhere."""


ABSENT_MORE: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (key, (said,))
    for key, said in (
        ("mat", "Tjejen vid osten skar upp en bit lagrad gruyère åt mig och lät mig smaka."),
        ("mat", "Hon kulade upp två kulor pistageglass i en våffelstrut åt dottern."),
        ("mat", "Sushikocken rullade åtta bitar maki åt mig medan jag väntade."),
        ("mat", "En man i förkläde styckade en lammbog åt mig och malde färsen på plats."),
        ("bok", "Damen bakom disken band en bukett med rosor och eukalyptus åt mig."),
        ("bok", "Hon vägde mitt paket, satte på en fraktsedel och gav mig ett kvitto."),
        ("sport", "Frisören klippte mig medan frun provade jackor."),
        ("sport", "Hon filade och lackade mina naglar på tjugo minuter."),
        ("järn", "Killen sydde upp fållen på mina byxor medan jag väntade."),
        ("järn", "Han lagade klacken på mina kängor och putsade dem."),
        ("el", "Optikern mätte min syn och sa att jag behöver nya glas."),
        ("el", "Hon testade min syn med bokstavstavlan och skrev ut ett recept på linser."),
        ("inred", "Han tog ett passfoto av mig och skrev ut det på en gång."),
        ("inred", "Vi åt varsin tallrik dagens lunch vid långbordet, pastan var god."),
        ("järn", "Han tvättade bilen åt mig på baksidan medan jag handlade."),
        ("bok", "Kocken lade upp en portion pad thai åt mig och jag åt den vid fönstret."),
        ("sport", "Veterinären vaccinerade vår hund medan vi handlade."),
        ("bok", "Tjejen i vit rock tog mitt blodtryck och gav mig en spruta mot influensa."),
        ("el", "Mekanikern bytte oljan på bilen medan jag tittade på tv-apparater."),
        ("mat", "Han bakade en pizza i stenugnen åt oss medan vi handlade."),
        ("mat", "Baristan gjorde en havrelatte åt mig med extra skum."),
        ("inred", "Han ramade in min tavla och skar till ett passepartout."),
        ("järn", "Hon stickade en mössa vid garnväggen och lärde mig maska av."),
        ("mat", "Vi satt vid bordet och åt varsin smörgås och drack kaffe."),
        ("sport", "Tjejen grillade två hamburgare åt oss vid utgången."),
        ("el", "Han kopierade min husnyckel på maskinen bakom disken på fem minuter."),
        ("bok", "Kvinnan bakom disken gav mig mina p-piller när jag visade receptet."),
        ("mat", "Jag hämtade ut mina tabletter mot recept längst in i butiken."),
        ("bok", "Hon gjorde en cortado åt mig, och den var god."),
        ("el", "Jag fick ett passfoto taget av killen vid kameran bakom disken."),
        ("sport", "Jag gjorde en synundersökning hos tjejen på övervåningen."),
        ("sport", "En kille i blå overall bytte till vinterdäck på min bil i garaget bakom."),
        ("inred", "Hon kortade mina byxor på symaskinen bakom disken medan jag väntade."),
        ("bok", "Killen slipade fram en kopia av min cykelnyckel i maskinen vid kassan."),
        ("järn", "Bartendern hällde upp en stor stark åt mig medan frun handlade."),
        ("sport", "Hon mixade en smoothie med mango och spenat åt mig vid entrén."),
        ("el", "Han bytte batteriet i mitt armbandsur på fem minuter."),
        ("sport", "Killen vallade mina längdskidor och slipade kanterna medan jag väntade."),
        ("bok", "Tjejen framkallade mina semesterbilder på en timme."),
        ("mat", "Tjejen i vit rock vägde mitt paket och satte på frimärken."),
        ("el", "Veterinären tittade på min katts tass och gav oss en salva."),
        ("mat", "Vi tog en massage i stolen vid utgången, hon masserade axlarna."),
        ("inred", "Barnen lekte i bollhavet medan vi tittade på soffor."),
        ("mat", "Hon skar upp ett halvt kilo rökt lax åt mig från sidan i disken."),
        ("järn", "Killen gravyrade in våra namn på ringarna."),
        ("el", "Tjejen tryckte ett namn på min tröja med en värmepress."),
        ("inred", "Kvinnan vid disken gav mig en hörapparat att prova och testade min hörsel."),
        ("inred", "Innan vi gick åt vi varsin portion köttbullar, man tar en bricka vid disken."),
        ("sport", "Han hjälpte mig att skjuta in kikarsiktet på skjutbanan i källaren."),
        ("el", "Tjejen i hörnet med alla glasögonbågar mätte mitt pupillavstånd och min syn."),
        ("mat", "Han i förklädet med alla knivar på väggen skar upp en bit fläskkarré åt mig."),
        ("mat", "Vi lämnade hunden i hundgården medan vi handlade, och de gav henne vatten."),
        ("el", "En tjej med stetoskop lyssnade på min katts hjärta och gav den en spruta."),
        ("inred", "Jag lämnade in min kavaj för kemtvätt och fick en lapp att hämta den."),
        ("sport", "Min son fick sitta i frisörstolen och få luggen klippt medan jag handlade."),
        ("mat", "Hon vägde upp trehundra gram räkor från isbädden åt mig."),
        ("mat", "Han öppnade sex ostron åt mig och lade dem på is."),
        ("bok", "Jag lämnade in mina skor och fick nya klackar på en kvart."),
        ("el", "Han rullade sushi åt oss vid disken längst in, med lax och avokado."),
        ("mat", "Killen bakom den varma disken lade upp en portion thaicurry med ris åt mig."),
        ("bok", "Jag tog en kopp te och en scones vid ett av borden i hörnet."),
        ("sport", "Tjejen tejpade min fot och masserade vaden på britsen bakom provrummen."),
        ("inred", "Vi fick varsin glasskula ur disken vid kassan, pistage och jordgubb."),
        ("mat", "Jag skickade ett rekommenderat brev vid disken, hon gav mig ett kvitto."),
        ("optik", "En kille bakom disken bytte skärmen på min mobil på en halvtimme."),
        ("optik", "Han gjorde en kopia av min bilnyckel medan jag väntade."),
        ("optik", "Han satte nya klackar på mina kängor och slipade mina köksknivar."),
        ("cykel", "Killen vid vallabänken stenslipade stålkanterna på mina längdskidor."),
        ("cykel", "Han knöt ett pimpelbete åt mig och sålde mig ett spinnspö."),
        ("el", "En tjej satte en blekskena i munnen på mig och lyste med en blå lampa."),
    )
)
"""More ways to tell the same: each trade by its staff, acts, tools, goods or service noun."""

NEAR_MORE: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (key, (said,))
    for key, said in (
        ("mat", "Jag köpte en bit lagrad gruyère och parmesan i mjölkkylen."),
        ("el", "Jag köpte en hårklippningsmaskin och killen visade hur den fungerar."),
        ("sport", "Jag köpte en massagepistol och en skumrulle."),
        ("el", "Jag köpte en kaffemaskin, och killen gjorde en espresso åt mig för att visa den."),
        ("inred", "Vi köpte en osthyvel och ett par vinglas."),
        ("bok", "Hon slog in boken och gjorde en fin rosett åt mig."),
        ("järn", "Killen skar till två glasskivor åt mig."),
        ("järn", "Han blandade färgen åt mig på två minuter."),
        ("bok", "Vi köpte en kokbok om sushi och en bambumatta."),
        ("mat", "Jag betalade för däckbytet hos Däckia innan jag handlade här."),
        ("el", "Jag bokade en synundersökning hos optikern i gallerian efteråt."),
        ("mat", "Jag köpte en ask huvudvärkstabletter och en nässpray i kassan."),
        ("mat", "Tjejen i kassan tog emot mitt paket för retur och gav mig ett kvitto."),
        ("inred", "Vi köpte en tavelram och tjejen slog in den åt oss."),
        ("mat", "Killen i kassan gav mig en gratis kaffe medan jag väntade."),
        ("bok", "Hon gjorde en sökning i datorn åt mig och beställde boken."),
        ("mat", "Vi köpte glass i frysdisken och åt den i bilen."),
        ("sport", "Killen klippte av prislappen åt mig och lade jackan i en påse."),
        ("el", "Han kopplade in tv:n åt mig och gjorde alla inställningar."),
        ("mat", "Han skar upp kartongen åt mig och hällde upp mjölken i en flaska."),
        ("sport", "Vi fick prova skorna på löpbandet, killen filmade mitt steg."),
        ("järn", "Han tog mitt mått och sågade till tre hyllplan åt mig."),
        ("el", "Jag köpte en ny telefon och killen flyttade över alla bilder åt mig."),
        ("bok", "Jag köpte ett presentkort på massage till min fru."),
        ("mat", "Vi satt i bilen och drack kaffe som vi köpt i kassan."),
        ("bok", "Kvinnan i kassan kopierade kvittot åt mig eftersom det första var suddigt."),
        ("järn", "Jag köpte en bukett tulpaner som tjejen band åt mig."),
        ("sport", "Jag köpte nya längdskidor och vallade dem själv hemma."),
        ("inred", "Vi köpte en symaskin och tyg till gardinerna."),
        ("el", "Jag köpte en värmepress för att trycka egna tröjor."),
        ("mat", "Jag köpte en smoothie i kylen och drack den i bilen."),
        ("el", "Vi köpte en mixer, och killen mixade en smoothie åt oss för att visa den."),
        ("bok", "De tappade bort min beställning men hittade den efter en stund."),
        ("järn", "Han hällde upp färg i en burk åt mig och skakade den."),
        ("mat", "Jag köpte kattmat och en ny koppel till hunden i hyllorna."),
        ("järn", "Tjejen band en krans av gran och lingonris åt mig till graven."),
        ("järn", "Han fyllde på gasolflaskan och bytte min gamla mot en ny."),
        ("mat", "Tjejen i kassan vägde upp lösgodiset åt barnen."),
        ("mat", "Jag vägde själv upp två kilo räkor från frysdisken."),
        ("mat", "Hon öppnade en ny kassa åt oss när kön blev lång."),
        ("inred", "Vi köpte en serveringsbricka och sex tallrikar."),
        ("inred", "Vi åt en portion glass hemma efteråt."),
        ("järn", "Jag skickade tillbaka en trasig borr och fick en ny."),
        ("bok", "Vi lade upp böckerna på disken och tjejen i kassan var snabb."),
        ("mat", "Vi åt en bit ost vid provsmakningsbordet vid mejeriet."),
        ("optik", "Killen i verkstaden slipade mina nya glas på en kvart."),
        ("optik", "Optikern lyste i mina ögon och mätte trycket."),
        ("cykel", "Mekanikern bytte kedjan och justerade växlarna på min cykel."),
        ("kök", "Han slipade mina köksknivar medan jag väntade."),
        ("sport", "Jag köpte ett spinnspö och några wobblers till sonen."),
    )
)
"""More near misses: goods bought (a tool, a machine, a gift card), a machine shown, the
store's own paper or packing, a service had at another named business."""

NEAR_MISSED = {
    "Tjejen i kassan värmde min lunch i mikron åt mig.": (
        "a meal warmed for the customer is read as food served (facilities), as on main"
    ),
    "Jag hämtade ut mina tabletter på apoteket och sen handlade jag här.": (
        "'på apoteket' before a later 'här' is read as this store's pharmacy (unlisted), as on main"
    ),
    "Min fru fick ett recept på blodtrycksmedicin av läkaren i går, så vi köpte mindre salt.": (
        "a prescription written by a doctor is read as one handed in here (facilities), as on main"
    ),
}
"""Honest near misses flagged on main too, left for a later round."""
_FLAGGED_ON_MAIN = tuple(("mat", said) for said in NEAR_MISSED)


def _analysed(key: str, answers: tuple[str, ...]) -> list[str]:
    turns = [(AI, "Hej! Har du tid med några frågor?"), (CUSTOMER, "Ja, det går bra.")]
    questions = ("Hur var ditt besök?", "Berätta gärna mer.", "Något vi kan göra bättre?")
    for question, answer in zip(questions, answers, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    feedback = FeedbackInput(a_transcript(turns), context(key), VISIT)
    return fraud_flags(ANALYZER.analyse_now(feedback))


def _cases(shapes: tuple[tuple[str, tuple[str, ...]], ...]) -> list[object]:
    return [
        pytest.param(
            key,
            answers,
            id=answers[0][:60],
            marks=[pytest.mark.xfail(strict=True, reason=NEAR_MISSED[answers[0]])]
            if answers[0] in NEAR_MISSED
            else [],
        )
        for key, answers in shapes
    ]


@pytest.mark.parametrize(("key", "answers"), _cases(ABSENT + ABSENT_MORE))
def test_a_lacking_department_told_by_what_it_served_is_unknown(
    key: str, answers: tuple[str, ...]
) -> None:
    assert "unknown_department" in _analysed(key, answers)


@pytest.mark.parametrize(
    ("key", "answers"), _cases(NEAR + NEAR_MORE + tuple((k, (s,)) for k, s in _FLAGGED_ON_MAIN))
)
def test_the_stores_own_goods_a_wish_or_elsewhere_is_no_fraud(
    key: str, answers: tuple[str, ...]
) -> None:
    assert _analysed(key, answers) == []


def test_the_material_spans_ten_businesses() -> None:
    assert len(_STORES) >= 10
    assert len({key for key, _ in ABSENT + ABSENT_MORE}) >= 8
    assert len(ABSENT + ABSENT_MORE) >= 80
    assert len(NEAR + NEAR_MORE) >= 70
