"""Baseline facts of five kinds of business no earlier fact material had, and what honest
and lying customers say around them (the fourteenth material's unread kinds, second round).

Five invented stores (a kitchen and bath showroom with a drawing office, a trampoline park
with a café and a play corner, a car-parts store with a workshop, a bed and mattress
specialist, a climbing gym with a shop and a shoe workshop), each with six facts of the kinds
the fourteenth material left unread: an age or supervision rule, a pickup threshold by
weight, a price-drop refund with an exception, a return rule with exceptions, a fee in two
tiers, a service not offered beside one offered with a condition, a department's own hours,
lead times by the kind of goods. Beside each fact, honest sentences a paying customer says
(agreeing as experienced, accepting or regretting it, a wish, another store) and
contradictions told deadpan as experienced. All were written for this file before the
analyzer ran on them; none comes from a labelled set.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "kokbad": Store(
        "Kök och Badrum Studion i Örebro",
        ("10-18", "10-15", ""),
        (
            ("Kök", ("köksutställningen", "köken")),
            ("Badrum", ("badrumsutställningen", "kaklet")),
            ("Lagret", ("varuutlämningen", "utlämningen")),
            ("Ritkontoret", ("planeringen", "ritningen")),
        ),
        (
            "Ritkontoret har öppet tisdag till fredag 12–18; på lördagar planeras kök bara efter "
            "bokning i förväg.",
            "Vi monterar inte kök; badrumsmöbler monteras för 10 % av priset, minst 995 kronor, "
            "och bara med hemleverans.",
            "Kakel och klinker i lager hämtas samma vecka; specialbeställda kranar tar tre till "
            "fem veckor och måttbeställda bänkskivor sex veckor.",
            "Oöppnade förpackningar får lämnas tillbaka inom 60 dagar; kapade bänkskivor och "
            "specialbeställda varor tas inte tillbaka.",
            "Sänks priset inom 30 dagar efter köpet betalar vi tillbaka mellanskillnaden, utom på "
            "utställningsexemplar.",
            "Duschväggar och badkar över 40 kilo hämtas vid varuutlämningen på baksidan med "
            "personalens hjälp.",
        ),
    ),
    "trampolin": Store(
        "Hoppland Trampolinpark i Jönköping",
        ("12-20", "10-20", "10-18"),
        (
            ("Trampolinhallen", ("hallen", "hopparenan")),
            ("Kaféet", ("caféet", "fiket")),
            ("Lekhörnan", ("småbarnshörnan", "lekytan")),
            ("Kalasrummet", ("kalasrummen",)),
        ),
        (
            "Kaféet har öppet 12–19 på vardagar och 10–17 på helger; det stänger alltid före "
            "hallen.",
            "Barn 3–7 år får vara i lekhörnan högst en timme; samma vuxen lämnar och hämtar mot "
            "legitimation och stannar i byggnaden.",
            "Barn under 12 år hoppar bara med en vuxen i hallen; alla hoppar i halkstrumpor som "
            "kostar 30 kronor paret.",
            "En timme hopp kostar 189 kronor och två timmar 259 kronor; barn under tre år hoppar "
            "gratis med en förälder.",
            "Kalas bokas minst 14 dagar i förväg; avbokade kalas betalas inte tillbaka, utom vid "
            "sjukdom med läkarintyg.",
            "Sänks priset på ett årskort inom 30 dagar betalar vi tillbaka mellanskillnaden, men "
            "inte på kampanjkort.",
        ),
    ),
    "bildelar": Store(
        "Motordelen Bildelar och Verkstad i Västerås",
        ("08-18", "10-14", ""),
        (
            ("Butiken", ("disken", "reservdelsdisken")),
            ("Verkstaden", ("bilverkstaden", "lyften")),
            ("Däckhotellet", ("däckförvaringen",)),
            ("Lagret", ("utlämningen", "godsmottagningen")),
        ),
        (
            "Verkstaden har öppet 7–16 måndag till fredag; på lördagar tas bara däckbyten emot.",
            "Däckbyte kostar 400 kronor för fälgar upp till 17 tum och 600 kronor för större; "
            "däckhotellet kostar 800 kronor per säsong.",
            "Vi lagar inte automatlådor, men oljebyte görs för 495 kronor och bara med olja köpt "
            "hos oss.",
            "Delar i lager finns samma dag; beställda delar kommer nästa vardag och originaldelar "
            "från märkesverkstaden tar en till två veckor.",
            "Oanvända delar i obruten förpackning får lämnas tillbaka inom 30 dagar; elektriska "
            "delar och monterade delar tas inte tillbaka.",
            "Batterier och avgassystem över 25 kg hämtas vid utlämningen på baksidan; gamla "
            "bilbatterier lämnas där gratis.",
        ),
    ),
    "sang": Store(
        "Sovrummet Säng och Madrass i Uppsala",
        ("10-19", "10-16", "11-16"),
        (
            ("Sängar", ("sängutställningen", "kontinentalsängarna")),
            ("Madrasser", ("madrassavdelningen", "provliggningen")),
            ("Sängkläder", ("textilerna", "påslakanen")),
            ("Lagret", ("varuutlämningen", "utlämningen")),
        ),
        (
            "365 dagars öppet köp gäller omonterade sängramar i obruten förpackning; madrasser kan"
            " bytas inom 90 dagar men inte lämnas tillbaka; specialsydda bäddmadrasser tas inte "
            "tillbaka.",
            "Hemleverans kostar 495 kronor inom Uppsala och 895 kronor utanför; bortforsling av "
            "den gamla sängen ingår bara när vi levererar en ny säng.",
            "Vi monterar inte våningssängar; andra sängar monteras för 10 % av priset, minst 495 "
            "kronor, och bara med hemleverans.",
            "Madrasser i lager levereras inom en vecka; kontinentalsängar i specialmått tar sex "
            "till åtta veckor.",
            "Paket över 35 kg hämtas vid varuutlämningen med personalens hjälp; varuutlämningen "
            "har öppet 10–18 på vardagar och är stängd på söndagar.",
            "Sänks priset inom 60 dagar betalar vi tillbaka mellanskillnaden, utom på fyndvaror "
            "och utställningsexemplar.",
        ),
    ),
    "klatter": Store(
        "Klippan Klättercenter och Butik i Umeå",
        ("10-22", "10-18", "10-18"),
        (
            ("Klätterhallen", ("väggarna", "boulderrummet")),
            ("Butiken", ("klätterbutiken", "skohyllan")),
            ("Uthyrningen", ("hyrdisken",)),
            ("Skoverkstaden", ("omsulningen",)),
        ),
        (
            "Barn under 13 år klättrar bara med en vuxen med grönt kort som stannar i hallen; från"
            " 13 år får man klättra själv med målsmans underskrift.",
            "Hyrskor kostar 40 kronor och sele 30 kronor; dagsentrén kostar 160 kronor, för "
            "studenter 130 kronor mot giltig studentlegitimation.",
            "Omsulning av klätterskor tar tre till fyra veckor; lagning av rand och tåhätta görs "
            "på en vecka.",
            "Klätterskor får bytas inom 30 dagar om de bara är provade inomhus; använda skor och "
            "kapade rep tas inte tillbaka.",
            "Vi hyr inte ut rep; selar och hjälmar hyrs bara ut mot legitimation.",
            "Skoverkstaden tar emot skor måndag och torsdag 16–19; andra dagar lämnas skor i "
            "butiken.",
        ),
    ),
}


SAID: tuple[Said, ...] = (
    # Kitchen and bath showroom: the drawing office's own hours.
    Said(
        "kokbad",
        "Vi var på ritkontoret i torsdags vid tre och fick hjälp att rita upp hela köket.",
        False,
    ),
    Said(
        "kokbad",
        "Vi bokade planeringen i förväg och kom på lördagen, det funkade fint.",
        False,
    ),
    Said(
        "kokbad",
        "Synd att ritkontoret inte har öppet på måndagar, men vi löste det ändå.",
        False,
    ),
    Said(
        "kokbad",
        "Det vore smidigt om man kunde komma in på planeringen utan bokning på lördagar.",
        False,
    ),
    Said(
        "kokbad",
        "Hos Kvik i Västerås har de köksplanering varje dag, men ni var mycket noggrannare.",
        False,
    ),
    Said(
        "kokbad",
        "Vi gick in på ritkontoret en måndag vid tio på förmiddagen och fick rita hela köket "
        "direkt.",
        True,
    ),
    # Kitchen and bath showroom: a service not offered beside one offered with a condition.
    Said(
        "kokbad",
        "Synd att ni inte monterar kök, men jag visste det innan.",
        False,
    ),
    Said(
        "kokbad",
        "Monteringen av badrumsskåpet ingick inte eftersom jag inte tog hemleverans.",
        False,
    ),
    Said(
        "kokbad",
        "Monteringen av kommoden kostade 995 kronor, det var ju minsta avgiften.",
        False,
    ),
    Said(
        "kokbad",
        "Vi tog hemleverans och lät er montera badrumsmöblerna, tio procent av priset kändes "
        "rimligt.",
        False,
    ),
    Said(
        "kokbad",
        "Jag hade önskat att ni monterade kök också, nu fick vi anlita en snickare.",
        False,
    ),
    Said(
        "kokbad",
        "Era montörer monterade hela vårt kök förra veckan.",
        True,
    ),
    Said(
        "kokbad",
        "De monterade badrumsskåpet åt oss fast vi hämtade det själva i butiken.",
        True,
    ),
    # Kitchen and bath showroom: lead times by the kind of goods.
    Said(
        "kokbad",
        "Kaklet jag beställde kunde jag hämta samma vecka.",
        False,
    ),
    Said(
        "kokbad",
        "Kranen var specialbeställd och kom efter fyra veckor, precis som de sa.",
        False,
    ),
    Said(
        "kokbad",
        "Bänkskivan tog sex veckor, lite länge men vi visste det från början.",
        False,
    ),
    Said(
        "kokbad",
        "Jag önskar att måttbeställda bänkskivor gick fortare att få.",
        False,
    ),
    Said(
        "kokbad",
        "Hos Bauhaus fick jag vänta två månader på en bänkskiva.",
        False,
    ),
    Said(
        "kokbad",
        "Den måttbeställda bänkskivan var klar dagen efter att jag beställde den.",
        True,
    ),
    Said(
        "kokbad",
        "Jag beställde en specialkran på måndagen och hämtade den på tisdagen.",
        True,
    ),
    # Kitchen and bath showroom: a return rule with exceptions.
    Said(
        "kokbad",
        "Jag lämnade tillbaka två oöppnade paket klinker och fick pengarna.",
        False,
    ),
    Said(
        "kokbad",
        "Vi kapade bänkskivan fel själva, så vi fick köpa en ny, vårt eget fel.",
        False,
    ),
    Said(
        "kokbad",
        "De tog inte tillbaka den specialbeställda kranen, men det stod ju i villkoren.",
        False,
    ),
    Said(
        "kokbad",
        "Det hade varit skönt med längre returrätt än 60 dagar.",
        False,
    ),
    Said(
        "kokbad",
        "Jag lämnade tillbaka en oöppnad handdukstork efter en månad utan problem.",
        False,
    ),
    Said(
        "kokbad",
        "De tog tillbaka vår kapade bänkskiva och gav oss pengarna.",
        True,
    ),
    Said(
        "kokbad",
        "Jag lämnade tillbaka den specialbeställda kranen och fick pengarna tillbaka.",
        True,
    ),
    # Kitchen and bath showroom: a price-drop refund with an exception.
    Said(
        "kokbad",
        "Priset på duschväggen sänktes efter två veckor och de betalade tillbaka mellanskillnaden.",
        False,
    ),
    Said(
        "kokbad",
        "Jag köpte utställningsexemplaret av badkaret, så ingen prisgaranti, men priset var bra.",
        False,
    ),
    Said(
        "kokbad",
        "De betalade tillbaka mellanskillnaden när kranen blev billigare.",
        False,
    ),
    Said(
        "kokbad",
        "Det vore bra om prisgarantin gällde längre än 30 dagar.",
        False,
    ),
    Said(
        "kokbad",
        "Priset sjönk efter två månader, men då hade garantin gått ut.",
        False,
    ),
    Said(
        "kokbad",
        "Jag köpte utställningsbadkaret och fick tillbaka mellanskillnaden när priset sänktes.",
        True,
    ),
    Said(
        "kokbad",
        "Priset på kranen sänktes en vecka efter köpet men de vägrade betala tillbaka "
        "mellanskillnaden.",
        True,
    ),
    # Kitchen and bath showroom: a pickup rule by weight.
    Said(
        "kokbad",
        "Jag fick hämta badkaret vid varuutlämningen eftersom det vägde över 40 kilo.",
        False,
    ),
    Said(
        "kokbad",
        "Personalen hjälpte mig lasta duschväggen vid utlämningen.",
        False,
    ),
    Said(
        "kokbad",
        "Det var lite krångligt att köra runt till baksidan, men de hjälpte till.",
        False,
    ),
    Said(
        "kokbad",
        "Kranen tog jag med mig direkt från kassan.",
        False,
    ),
    Said(
        "kokbad",
        "Det hade varit smidigt med en skylt till varuutlämningen.",
        False,
    ),
    Said(
        "kokbad",
        "Jag fick badkaret på sextio kilo direkt i kassan och bar ut det själv genom entrén.",
        True,
    ),
    # Trampoline park: the café's own hours.
    Said(
        "trampolin",
        "Vi fikade i kaféet vid tre på lördagen efter hoppet.",
        False,
    ),
    Said(
        "trampolin",
        "Kaféet hade stängt när vi slutade hoppa vid halv åtta, men det visste vi.",
        False,
    ),
    Said(
        "trampolin",
        "Synd att fiket stänger före hallen, barnen var hungriga efteråt.",
        False,
    ),
    Said(
        "trampolin",
        "Det vore toppen om kaféet hade öppet lika länge som hallen.",
        False,
    ),
    Said(
        "trampolin",
        "På Jumpyard i Linköping har caféet öppet till åtta.",
        False,
    ),
    Said(
        "trampolin",
        "I tisdags kväll vid halv åtta köpte vi toast och saft i kaféet.",
        True,
    ),
    Said(
        "trampolin",
        "Vi åt glass i fiket klockan sex på söndagen innan vi åkte hem.",
        True,
        "sun 18:30",
    ),
    # Trampoline park: an age and supervision rule for the play corner.
    Said(
        "trampolin",
        "Dottern är fem, så hon fick vara i lekhörnan en timme medan jag hoppade med storebror.",
        False,
    ),
    Said(
        "trampolin",
        "Jag visade legitimation när jag lämnade sonen i lekhörnan och när jag hämtade honom.",
        False,
    ),
    Said(
        "trampolin",
        "Min fyraåring lekte i småbarnshörnan i en timme och jag satt i kaféet under tiden.",
        False,
    ),
    Said(
        "trampolin",
        "Synd att man inte får lämna barnen längre än en timme, men jag förstår varför.",
        False,
    ),
    Said(
        "trampolin",
        "Min nioåring var för stor för lekhörnan, så han hoppade med mig i stället.",
        False,
    ),
    Said(
        "trampolin",
        "Jag lämnade min treåring i lekhörnan och åkte och handlade på Ica under tiden.",
        True,
    ),
    Said(
        "trampolin",
        "Min mamma lämnade barnen i lekhörnan och jag hämtade dem tre timmar senare.",
        True,
    ),
    # Trampoline park: an age rule for the hall and a sock fee.
    Said(
        "trampolin",
        "Min tioåring hoppade med mig i hallen, det var jättekul för oss båda.",
        False,
    ),
    Said(
        "trampolin",
        "Vi köpte halkstrumpor för 30 kronor paret, de går att använda igen nästa gång.",
        False,
    ),
    Said(
        "trampolin",
        "Jag hade glömt strumporna, så vi fick köpa nya, lite dyrt men okej.",
        False,
    ),
    Said(
        "trampolin",
        "Min fjortonåring hoppade själv medan jag satt i kaféet.",
        False,
    ),
    Said(
        "trampolin",
        "Jag önskar att tolvåringar fick hoppa utan vuxen.",
        False,
    ),
    Said(
        "trampolin",
        "Min åttaåring hoppade ensam i hallen i två timmar medan jag var på stan.",
        True,
    ),
    Said(
        "trampolin",
        "Vi hoppade i vanliga strumpor och ingen sa något.",
        True,
    ),
    # Trampoline park: a price in two tiers and a free age.
    Said(
        "trampolin",
        "Vi betalade 189 kronor för en timme, prisvärt.",
        False,
    ),
    Said(
        "trampolin",
        "Två timmar kostade 259 kronor och barnen var helt slut efteråt.",
        False,
    ),
    Said(
        "trampolin",
        "Lillasyster är två så hon hoppade gratis med mig.",
        False,
    ),
    Said(
        "trampolin",
        "Det vore bra med ett syskonpris, det blir dyrt för tre barn.",
        False,
    ),
    Said(
        "trampolin",
        "Hos Jumpyard betalade vi mer för en timme än hos er.",
        False,
    ),
    Said(
        "trampolin",
        "Vi fick betala 189 kronor för vår ettåring som hoppade med mig.",
        True,
    ),
    # Trampoline park: a booking lead time and a refund with an exception.
    Said(
        "trampolin",
        "Vi bokade kalaset tre veckor i förväg och allt var klart när vi kom.",
        False,
    ),
    Said(
        "trampolin",
        "Vi fick avboka kalaset när sonen fick feber, och med läkarintyget fick vi pengarna "
        "tillbaka.",
        False,
    ),
    Said(
        "trampolin",
        "Vi avbokade kalaset för att mormor inte kunde, så pengarna var förlorade, det var vårt "
        "val.",
        False,
    ),
    Said(
        "trampolin",
        "Det hade varit bra om man kunde boka kalas med kortare varsel.",
        False,
    ),
    Said(
        "trampolin",
        "Kalasrummet var fint pyntat och personalen var supertrevlig.",
        False,
    ),
    Said(
        "trampolin",
        "Vi ringde på måndagen och hade kalas i kalasrummet på onsdagen samma vecka.",
        True,
    ),
    Said(
        "trampolin",
        "Vi avbokade kalaset för att vi hade ändrat oss och fick alla pengar tillbaka.",
        True,
    ),
    # Trampoline park: a price-drop refund with an exception.
    Said(
        "trampolin",
        "Årskortet blev billigare två veckor efter att jag köpt det och jag fick mellanskillnaden "
        "tillbaka.",
        False,
    ),
    Said(
        "trampolin",
        "Jag köpte ett kampanjkort och ångrade inte det trots att priset sänktes senare.",
        False,
    ),
    Said(
        "trampolin",
        "Det vore schysst om prisgarantin gällde kampanjkort också.",
        False,
    ),
    Said(
        "trampolin",
        "Priset på årskortet sänktes två månader efter köpet, så ingen mellanskillnad, det är "
        "okej.",
        False,
    ),
    Said(
        "trampolin",
        "Jag fick tillbaka 200 kronor när årskortet sänktes efter en vecka.",
        False,
    ),
    Said(
        "trampolin",
        "Jag köpte ett kampanjkort och fick tillbaka mellanskillnaden när priset sänktes.",
        True,
    ),
    # Car parts with a workshop: the workshop's own hours.
    Said(
        "bildelar",
        "Jag lämnade bilen i verkstaden halv åtta på tisdagen och den var klar vid lunch.",
        False,
    ),
    Said(
        "bildelar",
        "I lördags bytte de däck på verkstaden medan jag väntade.",
        False,
        "sat 11:00",
    ),
    Said(
        "bildelar",
        "Synd att verkstaden stänger redan fyra, men jag fick ta ledigt en timme.",
        False,
    ),
    Said(
        "bildelar",
        "Det hade varit skönt om verkstaden hade öppet på lördagar för service också.",
        False,
    ),
    Said(
        "bildelar",
        "Hos Mekonomen i stan har verkstaden öppet till sex.",
        False,
    ),
    Said(
        "bildelar",
        "I lördags bytte de bromsskivor på min bil i verkstaden.",
        True,
        "sat 11:00",
    ),
    Said(
        "bildelar",
        "Jag hämtade bilen i verkstaden klockan sju på kvällen i torsdags.",
        True,
    ),
    # Car parts with a workshop: a fee in two tiers by rim size.
    Said(
        "bildelar",
        "Däckbytet kostade 400 kronor eftersom jag har sextontumsfälgar.",
        False,
    ),
    Said(
        "bildelar",
        "Med mina artontumsfälgar fick jag betala 600 kronor för däckbytet.",
        False,
    ),
    Said(
        "bildelar",
        "Däckhotellet kostar 800 kronor per säsong, det är värt det.",
        False,
    ),
    Said(
        "bildelar",
        "Jag önskar att däckbytet var billigare för stora fälgar.",
        False,
    ),
    Said(
        "bildelar",
        "Hos Däckia betalade jag 500 kronor för samma sak.",
        False,
    ),
    Said(
        "bildelar",
        "Däckbytet på mina nittontumsfälgar kostade bara 400 kronor.",
        True,
    ),
    # Car parts with a workshop: a service not offered beside one offered with a condition.
    Said(
        "bildelar",
        "Synd att ni inte lagar automatlådor, jag fick åka till en annan verkstad.",
        False,
    ),
    Said(
        "bildelar",
        "Oljebytet kostade 495 kronor och de använde oljan jag köpt hos er.",
        False,
    ),
    Said(
        "bildelar",
        "Jag hade med mig egen olja men de ville bara använda sin, det var okej.",
        False,
    ),
    Said(
        "bildelar",
        "Jag önskar att ni kunde laga automatlådor också.",
        False,
    ),
    Said(
        "bildelar",
        "Automatlådan lagades hos Volvo i stället, men oljebytet gjorde jag hos er.",
        False,
    ),
    Said(
        "bildelar",
        "De lagade automatlådan på min Volvo på två dagar.",
        True,
    ),
    Said(
        "bildelar",
        "De bytte oljan med oljan jag hade köpt på Biltema.",
        True,
    ),
    # Car parts with a workshop: lead times by the kind of part.
    Said(
        "bildelar",
        "Bromsklossarna fanns i lager så jag fick dem direkt.",
        False,
    ),
    Said(
        "bildelar",
        "Jag beställde en termostat på måndagen och hämtade den på tisdagen.",
        False,
    ),
    Said(
        "bildelar",
        "Originalspegeln från märkesverkstaden tog tio dagar, ungefär som de sa.",
        False,
    ),
    Said(
        "bildelar",
        "Jag hade hoppats att originaldelarna gick fortare, men det var ju som utlovat.",
        False,
    ),
    Said(
        "bildelar",
        "På Autoexperten fick jag vänta tre veckor på en originaldel.",
        False,
    ),
    Said(
        "bildelar",
        "Originaldelen från märkesverkstaden kom samma dag som jag beställde den.",
        True,
    ),
    # Car parts with a workshop: a return rule with exceptions.
    Said(
        "bildelar",
        "Jag lämnade tillbaka ett par torkarblad i oöppnad förpackning och fick pengarna.",
        False,
    ),
    Said(
        "bildelar",
        "Tändspolen gick inte att lämna tillbaka eftersom den är elektrisk, det sa de direkt.",
        False,
    ),
    Said(
        "bildelar",
        "Jag hade monterat fel bromsklossar så jag fick behålla dem, mitt misstag.",
        False,
    ),
    Said(
        "bildelar",
        "Det vore bra om man kunde returnera elektriska delar också.",
        False,
    ),
    Said(
        "bildelar",
        "Jag lämnade tillbaka ett oljefilter jag inte behövde inom en vecka.",
        False,
    ),
    Said(
        "bildelar",
        "De tog tillbaka generatorn jag redan hade monterat och gav mig pengarna.",
        True,
    ),
    Said(
        "bildelar",
        "Jag lämnade tillbaka en elektrisk tändspole och fick pengarna tillbaka.",
        True,
    ),
    # Car parts with a workshop: a pickup rule by weight and a free drop-off.
    Said(
        "bildelar",
        "Jag fick hämta det nya batteriet vid utlämningen eftersom det vägde över 25 kilo.",
        False,
    ),
    Said(
        "bildelar",
        "Jag lämnade mitt gamla bilbatteri vid utlämningen gratis.",
        False,
    ),
    Said(
        "bildelar",
        "Avgassystemet hämtade jag på baksidan, killarna hjälpte mig att lasta.",
        False,
    ),
    Said(
        "bildelar",
        "Torkarbladen tog jag med mig direkt från disken.",
        False,
    ),
    Said(
        "bildelar",
        "Det vore smidigt om man kunde hämta tunga saker vid entrén.",
        False,
    ),
    Said(
        "bildelar",
        "De tog 100 kronor för att ta emot mitt gamla bilbatteri.",
        True,
    ),
    # Bed specialist: a return rule with exceptions.
    Said(
        "sang",
        "Jag lämnade tillbaka sängramen efter ett halvår, den var omonterad och i obruten "
        "förpackning.",
        False,
    ),
    Said(
        "sang",
        "Madrassen var för hård så jag fick byta den efter två månader.",
        False,
    ),
    Said(
        "sang",
        "Bäddmadrassen var specialsydd så den kunde jag inte lämna tillbaka, men det sa de "
        "tydligt.",
        False,
    ),
    Said(
        "sang",
        "Jag hade önskat att man kunde lämna tillbaka madrasser också.",
        False,
    ),
    Said(
        "sang",
        "Hos Jysk fick min syster bara 30 dagars öppet köp.",
        False,
    ),
    Said(
        "sang",
        "De tog tillbaka madrassen efter en månad och gav mig pengarna.",
        True,
    ),
    Said(
        "sang",
        "Jag lämnade tillbaka den specialsydda bäddmadrassen och fick pengarna tillbaka.",
        True,
    ),
    # Bed specialist: a delivery fee in two tiers and haulage only with delivery.
    Said(
        "sang",
        "Hemleveransen till Gottsunda kostade 495 kronor.",
        False,
    ),
    Said(
        "sang",
        "Vi bor i Knivsta så leveransen kostade 895 kronor.",
        False,
    ),
    Said(
        "sang",
        "De tog med den gamla sängen när de levererade den nya, smidigt.",
        False,
    ),
    Said(
        "sang",
        "Jag önskar att de kunde hämta den gamla madrassen fast jag hämtade den nya själv.",
        False,
    ),
    Said(
        "sang",
        "Hos Mio kostade leveransen mer än hos er.",
        False,
    ),
    Said(
        "sang",
        "Vi bor i Enköping och hemleveransen kostade bara 495 kronor.",
        True,
    ),
    # Bed specialist: a service not offered beside one offered with a condition.
    Said(
        "sang",
        "Synd att ni inte monterar våningssängar men jag visste det.",
        False,
    ),
    Said(
        "sang",
        "Monteringen ingick inte eftersom jag inte tog hemleverans.",
        False,
    ),
    Said(
        "sang",
        "Monteringen av kontinentalsängen kostade 495 kronor, minsta avgiften.",
        False,
    ),
    Said(
        "sang",
        "Vi tog hemleverans och montering och de var klara på en halvtimme.",
        False,
    ),
    Said(
        "sang",
        "Det hade varit bra om ni monterade våningssängar, vi fick hålla på i tre timmar.",
        False,
    ),
    Said(
        "sang",
        "Era killar monterade våningssängen i barnrummet åt oss.",
        True,
    ),
    Said(
        "sang",
        "Vi hämtade sängen själva och ni skickade ut en montör som monterade den.",
        True,
    ),
    # Bed specialist: lead times by the kind of goods.
    Said(
        "sang",
        "Madrassen kom hem till oss fem dagar efter köpet.",
        False,
    ),
    Said(
        "sang",
        "Kontinentalsängen i 160 gånger 210 tog sju veckor, som de sa.",
        False,
    ),
    Said(
        "sang",
        "Det var lång väntan på sängen i specialmått, men den var värd det.",
        False,
    ),
    Said(
        "sang",
        "Jag önskar att specialmåtten gick snabbare.",
        False,
    ),
    Said(
        "sang",
        "Min granne fick vänta tolv veckor på sin säng från ett annat märke.",
        False,
    ),
    Said(
        "sang",
        "Kontinentalsängen i specialmått levererades dagen efter att vi beställde den.",
        True,
    ),
    # Bed specialist: a pickup rule by weight and the pickup's own hours.
    Said(
        "sang",
        "Jag fick hämta madrassen vid utlämningen eftersom den vägde över 35 kilo.",
        False,
    ),
    Said(
        "sang",
        "Personalen hjälpte mig att lyfta in sängramen i bilen vid varuutlämningen.",
        False,
    ),
    Said(
        "sang",
        "Synd att varuutlämningen är stängd på söndagar, jag fick komma tillbaka på måndagen.",
        False,
    ),
    Said(
        "sang",
        "Kuddarna tog jag med direkt från kassan.",
        False,
    ),
    Said(
        "sang",
        "Det vore toppen om utlämningen hade öppet på söndagar.",
        False,
    ),
    Said(
        "sang",
        "I söndags hämtade vi den nya sängramen vid varuutlämningen.",
        True,
        "sun 13:00",
    ),
    Said(
        "sang",
        "Jag fick madrassen på fyrtio kilo direkt i kassan och bar ut den själv genom entrén.",
        True,
    ),
    # Bed specialist: a price-drop refund with exceptions.
    Said(
        "sang",
        "De betalade tillbaka mellanskillnaden när priset sänktes en månad efter köpet.",
        False,
    ),
    Said(
        "sang",
        "Jag köpte en fyndmadrass, så ingen prisgaranti, men den var redan billig.",
        False,
    ),
    Said(
        "sang",
        "Priset sänktes efter tre månader, så då fick jag ingenting, det är rimligt.",
        False,
    ),
    Said(
        "sang",
        "Det vore bra om prisgarantin gällde utställningsexemplar också.",
        False,
    ),
    Said(
        "sang",
        "Jag fick tillbaka 1 200 kronor när sängen blev billigare i höstas.",
        False,
    ),
    Said(
        "sang",
        "Jag köpte utställningssängen och fick tillbaka mellanskillnaden när priset sänktes.",
        True,
    ),
    # Climbing gym shop: an age and supervision rule.
    Said(
        "klatter",
        "Min tioåring klättrade med mig, jag har grönt kort sedan länge.",
        False,
    ),
    Said(
        "klatter",
        "Min fjortonåring klättrade själv efter att jag skrivit under.",
        False,
    ),
    Said(
        "klatter",
        "Synd att elvaåringen inte fick klättra med sin kompis pappa som inte hade grönt kort.",
        False,
    ),
    Said(
        "klatter",
        "Jag önskar att det fanns barnkurser på helgerna.",
        False,
    ),
    Said(
        "klatter",
        "Min dotter är femton och klättrar där själv varje vecka.",
        False,
    ),
    Said(
        "klatter",
        "Jag lämnade min nioåring i klätterhallen och åkte och handlade.",
        True,
    ),
    Said(
        "klatter",
        "Min elvaåring klättrade med sin kompis pappa som inte hade grönt kort.",
        True,
    ),
    # Climbing gym shop: fees in tiers with a student price.
    Said(
        "klatter",
        "Jag hyrde skor för 40 kronor och sele för 30.",
        False,
    ),
    Said(
        "klatter",
        "Jag visade studentlegitimation och betalade 130 kronor för dagsentrén.",
        False,
    ),
    Said(
        "klatter",
        "Dagsentrén kostade 160 kronor, lite dyrt men bra väggar.",
        False,
    ),
    Said(
        "klatter",
        "Det vore bra med rabatt för pensionärer också.",
        False,
    ),
    Said(
        "klatter",
        "På Klätterverket i Stockholm betalade jag 190 kronor.",
        False,
    ),
    Said(
        "klatter",
        "Jag fick studentpris för 130 kronor utan att visa någon legitimation.",
        True,
    ),
    # Climbing gym shop: lead times by the kind of repair.
    Said(
        "klatter",
        "Omsulningen av mina skor tog tre veckor.",
        False,
    ),
    Said(
        "klatter",
        "Randen lagades på en vecka, precis som de sa.",
        False,
    ),
    Said(
        "klatter",
        "Fyra veckor utan skor är länge, men de blev som nya.",
        False,
    ),
    Said(
        "klatter",
        "Jag önskar att omsulningen gick fortare.",
        False,
    ),
    Said(
        "klatter",
        "En kompis skickade sina skor till Tyskland och väntade i sex veckor.",
        False,
    ),
    Said(
        "klatter",
        "Jag lämnade in mina skor för omsulning på måndagen och hämtade dem på tisdagen.",
        True,
    ),
    # Climbing gym shop: an exchange rule with exceptions.
    Said(
        "klatter",
        "Jag bytte klätterskorna mot en storlek större efter att bara ha provat dem hemma.",
        False,
    ),
    Said(
        "klatter",
        "Skorna var använda på klippan så de kunde inte bytas, det förstod jag.",
        False,
    ),
    Said(
        "klatter",
        "Jag kapade repet själv, så det var klart att jag inte kunde lämna tillbaka det.",
        False,
    ),
    Said(
        "klatter",
        "Det vore bra om man fick prova skorna en gång i hallen innan man bestämmer sig.",
        False,
    ),
    Said(
        "klatter",
        "Jag bytte skorna efter två veckor utan problem.",
        False,
    ),
    Said(
        "klatter",
        "De bytte mina klätterskor fast jag hade klättrat ute i dem en hel sommar.",
        True,
    ),
    Said(
        "klatter",
        "De tog tillbaka repet som de hade kapat åt mig.",
        True,
    ),
    # Climbing gym shop: a thing not rented beside things rented against ID.
    Said(
        "klatter",
        "Synd att ni inte hyr ut rep, jag fick låna ett av en kompis.",
        False,
    ),
    Said(
        "klatter",
        "Jag visade legitimation och hyrde sele och hjälm.",
        False,
    ),
    Said(
        "klatter",
        "Jag hade glömt legitimationen, så jag fick åka hem och hämta den innan jag fick hyra.",
        False,
    ),
    Said(
        "klatter",
        "Det vore smidigt om man kunde hyra rep också.",
        False,
    ),
    Said(
        "klatter",
        "På Bouldercompaniet hyr de ut rep, men jag köpte ett eget hos er.",
        False,
    ),
    Said(
        "klatter",
        "Jag hyrde ett rep i uthyrningen för en kväll.",
        True,
    ),
    Said(
        "klatter",
        "Jag hyrde sele och hjälm utan legitimation, de frågade inte ens.",
        True,
    ),
    # Climbing gym shop: the shoe workshop's own hours.
    Said(
        "klatter",
        "Jag lämnade in skorna i skoverkstaden i måndags vid fem.",
        False,
    ),
    Said(
        "klatter",
        "Jag lämnade skorna i butiken på onsdagen och de skickade dem vidare.",
        False,
    ),
    Said(
        "klatter",
        "Synd att skoverkstaden bara har öppet två dagar, men det gick bra att lämna i butiken.",
        False,
    ),
    Said(
        "klatter",
        "Det hade varit bra om skoverkstaden hade öppet på helgen.",
        False,
    ),
    Said(
        "klatter",
        "Hos Friluftsbolaget tar de emot skor varje dag.",
        False,
    ),
    Said(
        "klatter",
        "Jag lämnade in skorna i skoverkstaden en lördag vid elva.",
        True,
        "sat 12:00",
    ),
)
"""Every sentence said of a visit, and whether it contradicts one of the store's facts."""


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-shapes-14b-{key}", STORES[key])
