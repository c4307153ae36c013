"""Impossible magnitudes told deadpan (`offline-28`), at trades beyond the training stores:
a load set by its count of sacks, crates or reams and carried on a bicycle or in one hand
(`carried_loads`); a job done on the spot and timed in the next answer (`world_limits`);
things bought at a price a piece no market has (`item_prices`); more handed out in shares
than there was (`shared_counts`); a light thing told as a burden for a pallet jack or two
men (`light_burdens`); a trip to one of the three cities and back within minutes from a town
the store's name gives (`far_trips`); a cycle ride's speed with the distance as "milen".

Each impossible call is flagged (impossible claim or nonsense, decisive); each honest near
miss — large but true amounts, idioms, a count corrected, a sale, a gift card, a cargo bike,
a delivery, a heavy thing beside the light one — is not. All were written for this file.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.adapters.offline.numbers import quantities
from kundrost.adapters.offline.reading import tokens_of
from kundrost.domain.analysis import FlagKind
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.offline_calls import DECISIVE
from tests.unit.context_builders import at
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
_TOWNS = {
    "järn": "Järnboden i Kopparberg",
    "blommor": "Blomsterboden i Sala",
    "bageri": "Stenugnsbageriet i Ljusdal",
    "solna": "Järnhandeln i Solna",
    "kiosk": "Kiosken vid torget",
}


def _flagged(answers: Sequence[str], store: str | None = None) -> bool:
    """Whether the answers, each after a question (a string ending in "?" is the caller's
    own question), at an invented store named for its town, are flagged decisively as
    impossible or nonsense."""
    turns: list[Turn] = [(AI, "Hej! Har du tid en stund?"), (CUSTOMER, "Ja, det går bra.")]
    asked = False
    for said in answers:
        if said.endswith("?"):
            turns.append((AI, said))
            asked = True
            continue
        if not asked:
            turns.append((AI, "Berätta om ditt besök."))
        turns.append((CUSTOMER, said))
        asked = False
    context = None
    if store is not None:
        context = store_context(store, Store(_TOWNS[store], ("08-18", "09-14", ""), (), ()))
    analysis = ANALYZER.analyse_now(
        FeedbackInput(a_transcript(turns), context, at("2026-03-04 12:00"))
    )
    return any(
        flag.kind in (FlagKind.IMPOSSIBLE_CLAIM, FlagKind.NONSENSICAL)
        and flag.confidence >= DECISIVE
        for flag in analysis.content_flags
    )


Call = tuple[str, str | None, tuple[str, ...]]

IMPOSSIBLE: tuple[Call, ...] = (
    # a load set by its count, carried on a bicycle or in one hand
    ("grocery: 18 sacks of potatoes on the carrier", None, (
        "Jag köpte arton säckar potatis och cyklade hem med alla på pakethållaren.",)),
    ("hardware: 12 sacks of cement cycled home", None, (
        "Jag köpte tolv säckar cement och cyklade hem med dem på en gång.",)),
    ("hardware: cement sacks as a compound, cycled in the next answer", None, (
        "Jag köpte femton cementsäckar till altanen.", "Hur tog du dem hem?",
        "Jag cyklade hem med alltihop på pakethållaren, det gick fint.")),
    ("garden: 40 sacks of soil in one hand", None, (
        "Fyrtio säckar planteringsjord, jag bar hem dem i ena handen.",)),
    ("garden: 30 sacks under the arm, 'not heavy' after", None, (
        "Vi köpte trettio säckar blomjord till pallkragarna.",
        "Jag bar hem dem under armen, det var inte tungt.")),
    ("pet shop: 12 sacks of dog food in the bike basket", None, (
        "Tolv säckar hundfoder på kampanj, jag cyklade hem dem i cykelkorgen.",)),
    ("drinks: 15 crates of soda on the carrier", None, (
        "Jag tog femton flak läsk och cyklade hem med dem på pakethållaren.",)),
    ("drinks: 20 crates in one hand", None, (
        "Jag tog tjugo flak läsk till festen och bar dem i ena handen hela vägen hem.",)),
    ("office: 30 reams of 500 sheets in one hand", None, (
        "Kopieringspapper, trettio paket á femhundra ark.",
        "Jag höll kartongen i ena handen och styrde cykeln med den andra.")),
    ("office: 40 packs of copy paper in one hand", None, (
        "Till kontoret köpte jag fyrtio paket kopieringspapper.",
        "Jag tog dem i ena handen och cyklade hem.")),
    ("paint: 12 buckets of paint on the handlebars", None, (
        "Jag köpte tolv hinkar fasadfärg och cyklade hem med dem på styret.",)),
    ("firewood: 10 sacks of wood in one trip", None, (
        "Jag köpte tio säckar ved och cyklade hem med dem, en enda vända.",)),
    # a job done on the spot, timed after it
    ("bakery: a princess cake from scratch in a minute", None, (
        "Jag beställde en prinsesstårta och hon bakade den från början medan jag väntade.",
        "Hur lång tid tog det?", "Kanske en minut.")),
    ("tailor: a suit while I stood there, two minutes", None, (
        "Skräddaren sydde en kostym åt mig medan jag stod där.", "Hur lång tid tog det?",
        "Två minuter ungefär.")),
    ("hair salon: cut and colour in thirty seconds", None, (
        "Hon klippte och färgade håret på plats medan jag väntade.", "Hur lång tid tog det?",
        "Trettio sekunder, max.")),
    ("tyre shop: four tyres in ten seconds", None, (
        "De bytte alla fyra däcken medan jag väntade i butiken.", "Hur lång tid tog det?",
        "Typ tio sekunder.")),
    ("painter: the living room while I had coffee, a minute", None, (
        "Målaren målade om hela vardagsrummet medan jag satt där och drack kaffe.",
        "Det tog en minut.")),
    ("bakery: a loaf from scratch in half a minute", None, (
        "Bagaren bakade en limpa från grunden åt mig.", "Hur länge fick du vänta?",
        "En halv minut ungefär.")),
    # a price a piece no market has
    ("bookshop: 45 paperbacks for 19 kronor", None, (
        "Jag tog fyrtiofem pocketböcker med tre för två, och i kassan blev det nitton "
        "kronor totalt.",)),
    ("shoe shop: six pairs of boots for twelve kronor", None, (
        "Jag köpte sex par vinterkängor och betalade tolv kronor för allihop.",)),
    ("shoe shop: four pairs of trainers for eight kronor", None, (
        "Jag köpte fyra par gympaskor till barnen för åtta kronor.",)),
    ("clothes: three winter jackets for six kronor in all", None, (
        "Tre vinterjackor, och jag betalade sex kronor totalt.",)),
    ("electronics: three phones for fifteen kronor", None, (
        "Jag köpte tre mobiltelefoner för femton kronor.",)),
    ("electronics: five computers, twenty kronor altogether", None, (
        "Jag köpte fem datorer till kontoret och det blev tjugo kronor sammanlagt.",)),
    ("bike shop: two bikes at ten kronor each", None, (
        "Vi köpte två cyklar till barnen, tio kronor styck.",)),
    ("bakery: twenty cakes for five kronor", None, (
        "Vi köpte tjugo prinsesstårtor för fem kronor.",)),
    ("pizzeria: six pizzas, five kronor for all", None, (
        "Vi beställde sex pizzor och betalade fem kronor för alla.",)),
    # shares beyond the whole
    ("bakery: six buns shared by five, twelve each", None, (
        "Sex lussekatter för fyrtiofem. Jag köpte en påse.",
        "Vi delade lika på fem personer hemma, tolv var, och det blev inte en enda över.")),
    ("café: a box of ten shared by four, six each", None, (
        "Vi köpte en ask med tio chokladbollar och delade på fyra, sex var.",)),
    ("pizzeria: eight slices, three of us, five slices each", None, (
        "Vi köpte en pizza i åtta bitar, vi var tre och åt fem bitar var.",)),
    ("sweets: twenty toffees, five children got ten each", None, (
        "En påse med tjugo kolor, och fem barn fick tio var.",)),
    ("bakery: six buns among four, three each", None, (
        "Vi köpte sex kanelbullar och delade mellan fyra, tre vardera.",)),
    ("florist: twelve roses to six friends, four each", None, (
        "Jag köpte tolv rosor och delade ut dem till sex vänner, fyra var.",)),
    # a light thing told as a burden
    ("post agent: a small envelope fetched with the pallet jack", None, (
        "Jag hämtade ett paket. Det var bara ett litet kuvert, ett vadderat, med ett par "
        "örhängen i till min dotter.",
        "Ronja fick hämta det med pallyften från lagret eftersom det var så tungt, och två "
        "killar hjälpte mig att bära ut det till bilen.")),
    ("pharmacy: a small pill box carried by two staff", None, (
        "Jag hämtade ut ett brev med mitt recept och en liten ask tabletter.",
        "Den var så tung att två i personalen fick bära ut den till bilen.")),
    ("jeweller: a wedding ring taken out by fork-lift", None, (
        "Jag köpte en vigselring till min fru.",
        "De fick köra ut den till bilen med gaffeltrucken.")),
    ("post agent: a postcard of forty kilos", None, (
        "Jag hämtade ut ett vykort som min syster skickat.",
        "Det vägde fyrtio kilo, så de fick hämta det med trucken.")),
    ("cosmetics: a lipstick carried by three men", None, (
        "Jag köpte ett läppstift.", "Tre killar i personalen bar ut det åt mig.")),
    ("locksmith: a key two men lifted", None, (
        "Låssmeden gjorde en ny nyckel åt mig.",
        "Den var så tung att två man fick lyfta den in i bilen.")),
    # a far trip within minutes, and a ride's speed
    ("hardware in Kopparberg: Stockholm and back in a quarter", "järn", (
        "Killen som kör ut varor sa att han skulle till Stockholm med en leverans.",
        "Han var tillbaka en kvart senare, han hade kört fram och tillbaka på femton minuter.")),
    ("florist in Sala: to Göteborg and back in twenty minutes", "blommor", (
        "Budet körde buketten till Göteborg och var tillbaka på tjugo minuter.",)),
    ("bakery in Ljusdal: at Malmö in ten minutes", "bageri", (
        "Bagaren åkte ner till Malmö efter mjöl och var framme i Malmö på tio minuter.",)),
    ("bike shop: fifty kilometres by bike in a quarter", None, (
        "Jag cyklade de fem milen hem på en kvart.",)),
    # acts counted in a time, one at a time
    ("gift shop: forty presents wrapped in two minutes", None, (
        "Hon slog in fyrtio julklappar åt mig på två minuter.",)),
    ("toy shop: thirty presents with ribbons in a minute", None, (
        "Tjejen i kassan paketerade trettio presenter på en minut, med rosett och allt.",)),
    ("hair salon: fifty customers cut in an hour", None, (
        "Frisören klippte femtio kunder på en timme, helt ensam.",)),
    ("dog groomer: twelve dogs in half an hour", None, (
        "Hon trimmade tolv hundar på en halvtimme.",)),
    ("tyre shop: tyres on twenty cars in ten minutes", None, (
        "De bytte däck på tjugo bilar på tio minuter.",)),
    ("tailor: ten suits in a quarter", None, ("Skräddaren sydde tio kostymer på en kvart.",)),
    ("nail studio: twenty customers' nails in a quarter", None, (
        "Hon gjorde naglarna på tjugo kunder på en kvart.",)),
    # a tenure beyond the age, a piece too dear, a room too hot or cold
    ("grocery: twenty-five and shopped here forty years", None, (
        "Jag är tjugofem år och har handlat här i fyrtio år.",)),
    ("hardware: thirty, a regular for fifty years", None, (
        "Jag är trettio.", "Jag har varit stamkund här i femtio år och aldrig varit missnöjd.")),
    ("gym: trained sixty years, turned forty", None, (
        "Jag har tränat på gymmet i sextio år, och jag fyllde fyrtio i våras.",)),
    ("café: a bun for three thousand", None, (
        "En kanelbulle kostade tretusen kronor, men den var god.",)),
    ("café: forty thousand a cup", None, ("Kaffet kostade fyrtiotusen kronor koppen.",)),
    ("kiosk: a sausage for five thousand, mustard free", None, (
        "Korven kostade femtusen kronor, men senapen var gratis.",)),
    ("shop: fifty degrees inside", None, (
        "Det var femtio grader varmt inne i butiken, men personalen var glad.",)),
    ("café: thirty below inside", None, (
        "Inne i kaféet var det minus trettio grader, men bullarna var goda.",)),
    ("hair salon: seventy degrees", None, (
        "I salongen var det sjuttio grader, så vi svettades lite.",)),
    # a trip's distance and time side by side, one dear thing for next to nothing
    ("optician: nine mil by bike, there twenty minutes later", None, (
        "Jag var på jobbet i Göteborg, så jag hoppade på cykeln och var framme hos er tjugo "
        "minuter senare. Det är nio mil, så jag fick trampa på.",)),
    ("sports shop: ran five mil, here in a quarter", None, (
        "Jag sprang hit från Mora, det är fem mil, och var här på en kvart.",)),
    ("car dealer: thirty mil home, twenty minutes later", None, (
        "Jag körde hem efteråt, det är trettio mil, och var hemma tjugo minuter senare.",)),
    ("bike shop: the thermometer on the wall at seventy-five", None, (
        "Det var så varmt vid cykelkläderna. Fläkten ovanför dörren blåser rakt ner där, och "
        "termometern på väggen visade sjuttiofem grader.",)),
    ("optician: varifocal glasses for twelve kronor", None, (
        "Ja, och priset var otroligt. Kompletta progressiva glasögon med antireflex och "
        "titanbåge för tolv kronor.",)),
    ("bike shop: an e-bike, paid thirty-nine kronor for it", None, (
        "Ja, precis den jag ville ha. En elcykel med mittmotor, i mörkblått.",
        "Vad bra. Hur var köpet?",
        "Smidigt. Jag betalade trettionio kronor för den, med kampanjen.")),
    ("electronics: a phone that cost five kronor", None, (
        "Jag köpte en ny mobiltelefon.", "Den kostade fem kronor, helt otroligt.")),
    # number words the amounts are read in
    ("hardware: a couple of hundred kilos of gravel in one hand", None, (
        "Jag bar hem ett par hundra kilo grus i ena handen.",)),
    ("hardware: 1 000 kilos carried home", None, (
        "Jag bar hem 1 000 kilo cement själv från butiken.",)),
    ("bakery: two dozen buns shared by six, ten each", None, (
        "Vi köpte två dussin bullar och delade mellan sex, tio var.",)),
    ("garden: some fifty sacks of soil on the carrier", None, (
        "Jag köpte ett femtiotal säckar jord och cyklade hem med dem på pakethållaren.",)),
)  # fmt: skip

HONEST: tuple[Call, ...] = (
    ("grocery: two sacks of potatoes on the carrier", None, (
        "Två säckar potatis på pakethållaren, det gick bra att cykla hem.",)),
    ("pet shop: forty kilos of dog food on a trolley", None, (
        "Fyrtio kilo hundmat, två säckar, jag drog dem på kundvagnen till bilen.",)),
    ("pet shop: forty kilos rolled out on the trolley", None, (
        "Jag köpte fyrtio kilo hundmat och rullade ut det på kundvagnen.",)),
    ("hardware: twenty sacks of cement delivered, I cycled", None, (
        "Jag köpte tjugo säckar cement och de levererade dem hem med lastbilen.",
        "Jag cyklade själv hem.")),
    ("office: twenty reams in a cargo bike", None, (
        "Tjugo paket papper till föreningen, jag tog dem hem i lådcykeln.",)),
    ("garden: cycled there, the soil fetched with a trailer", None, (
        "Jag cyklade dit och köpte tolv säckar jord, sen hämtade min man dem med släpet.",)),
    ("drinks: crates driven home by the shop", None, (
        "Vi cyklade dit och köpte tjugo flak läsk som de körde hem åt oss.",)),
    ("household: twenty bin bags on the bike", None, (
        "Jag köpte tjugo sopsäckar och tio plasthinkar och cyklade hem med dem.",)),
    ("outdoor: twenty sleeping bags for the scouts in one hand", None, (
        "Vi köpte tjugo sovsäckar till scouterna, jag bar påsen i ena handen.",)),
    ("sweets: three bags on the bike", None, (
        "Jag köpte tre påsar lösgodis och cyklade hem med dem i korgen.",)),
    ("grocery: one sack in one hand, five kilos", None, (
        "En säck potatis bar jag i ena handen, den vägde fem kilo.",)),
    ("garden: ten sacks cycled home in five trips", None, (
        "Jag köpte tio säckar jord och cyklade hem dem på fem vändor.",)),
    ("office: eight reams under the arm to the bike", None, (
        "Jag köpte åtta paket papper och bar dem under armen till cykeln.",)),
    ("bakery: a cake from scratch took two days", None, (
        "Jag beställde en tårta och de bakade den från grunden.", "Hur lång tid tog det?",
        "Två dagar, jag hämtade den på lördagen.")),
    ("tyre shop: a quarter of an hour", None, (
        "De bytte däcken medan jag väntade.", "Hur lång tid tog det?", "En kvart ungefär.")),
    ("hair salon: half an hour", None, (
        "Hon klippte håret medan jag väntade.", "En halvtimme.")),
    ("bakery: baked that morning, a minute at the till", None, (
        "Tårtan var bakad samma morgon.", "Hur länge fick du vänta i kassan?", "En minut.")),
    ("hair salon: twenty-five minutes, no, twenty", None, (
        "Hon klippte håret medan jag väntade.", "Hur lång tid tog det?",
        "Tjugofem minuter, nej tjugo.")),
    ("bookshop: three paperbacks for a hundred", None, (
        "Tre pocketböcker för hundra kronor, bra kampanj.",)),
    ("bookshop: two books for two hundred", None, (
        "Jag köpte två böcker för tvåhundra kronor.",)),
    ("bookshop: 28 copies of the class novel at 120 each", None, (
        "Jag beställde tjugoåtta exemplar av klassromanen till skolan, hundratjugo kronor "
        "styck.",)),
    ("bookshop: a bag for two kronor beside three books", None, (
        "Tre böcker, och en kasse för två kronor.",)),
    ("flea market: twenty books for ten kronor", None, (
        "På loppisen köpte jag tjugo böcker för tio kronor.",)),
    ("bookshop: a gift card paid most", None, (
        "Fyra böcker, och i kassan blev det nitton kronor eftersom jag hade ett presentkort.",)),
    ("bookshop: the till's mistake, told as one", None, (
        "Kassan slog bara in tio kronor för sex böcker, så jag sa till.",)),
    ("hardware: ten screws for five kronor", None, ("Tio skruvar för fem kronor.",)),
    ("bakery: ten buns for fifty", None, ("Tio kanelbullar för femtio kronor.",)),
    ("electronics: three phone cases for thirty", None, ("Tre mobilskal för trettio kronor.",)),
    ("bakery: six buns, three of us, two each", None, ("Sex lussekatter, vi var tre, två var.",)),
    ("sweets: twenty toffees, five children, four each", None, (
        "En påse med tjugo kolor, fem barn fick fyra var.",)),
    ("bakery: two bags of unknown size", None, (
        "Två påsar lussekatter, vi var fem, tre var.",)),
    ("bakery: twelve buns, four of us, three each", None, (
        "Vi köpte tolv bullar, och vi var fyra, så det blev tre var.",)),
    ("bakery: six more bought", None, (
        "Vi köpte sex bullar och sen köpte jag sex till. Vi var fyra och åt tre var.",)),
    ("grocery: six of ten eggs broken", None, ("Vi köpte tio ägg och sex var sönder.",)),
    ("pizzeria: two pizzas, half each", None, (
        "Vi var fyra och beställde två pizzor, en halv var.",)),
    ("post agent: a dishwasher fetched with the pallet jack", None, (
        "Jag hämtade ett paket med en ny diskmaskin, det hämtade de med pallyften.",)),
    ("post agent: an envelope and a chest of drawers", None, (
        "Jag hämtade ett litet kuvert och en byrå.",
        "Byrån hämtade de med pallyften, två killar bar ut den.")),
    ("jeweller: a heavy gold ring", None, ("Ringen var tung och fin, massivt guld.",)),
    ("post agent: a thick envelope carried myself", None, (
        "Kuvertet var tjockt men jag bar det själv.",)),
    ("post agent: a letter, then soil carried by two", None, (
        "Jag postade ett brev.",
        "Sen köpte jag fem säckar jord, två killar bar ut dem till bilen.")),
    ("box office: tickets, then a heavy bag", None, (
        "Jag köpte biljetter till konserten.",
        "Kön var så lång och väskan var så tung att jag fick ställa ner den.")),
    ("hardware in Solna: Stockholm and back in a quarter", "solna", (
        "Killen körde till Stockholm med en leverans och var tillbaka på en kvart.",)),
    ("hardware in Kopparberg: Stockholm this morning, five minutes in the queue", "järn", (
        "Jag åkte till Stockholm i morse, och här i butiken fick jag vänta fem minuter.",)),
    ("florist in Sala: Göteborg and back five hours later", "blommor", (
        "Budet körde till Göteborg och var tillbaka fem timmar senare.",)),
    ("kiosk with no town: Stockholm and back in a quarter", "kiosk", (
        "Han körde till Stockholm och var tillbaka på en kvart.",)),
    ("a drive of fifty kilometres in forty minutes", None, (
        "Vi körde de fem milen hem på fyrtio minuter.",)),
    ("a ride of five kilometres in a quarter", None, (
        "Jag cyklade de fem kilometerna hem på en kvart.",)),
    ("grocery: seventy, shopped here forty years", None, (
        "Jag är sjuttio år och har handlat här i fyrtio år.",)),
    ("grocery: twenty, shopped twenty years with mum", None, (
        "Jag är tjugo och har handlat här i tjugo år, med mamma först.",)),
    ("grocery: my mother's forty years", None, (
        "Jag är tjugo, och mamma är sjuttio och har handlat här i femtio år.",)),
    ("grocery: five minutes away, ten years a customer", None, (
        "Jag är fem minuter från butiken och har handlat här i tio år.",)),
    ("bakery: a cake for three thousand", None, (
        "Tårtan kostade tretusen kronor, men den räckte till femtio personer.",)),
    ("café: a coffee machine for three thousand", None, (
        "Kaffemaskinen kostade tretusen kronor.",)),
    ("café: coffee and buns for the office", None, (
        "Kaffe och bullar till kontoret, det kostade tretusen kronor.",)),
    ("café: fifty buns for three thousand", None, ("Femtio kanelbullar kostade tretusen kronor.",)),
    ("gym: a sauna at ninety", None, ("Bastun höll nittio grader, skönt efter passet.",)),
    ("grocery: the freezer room at minus twenty", None, (
        "Inne i frysrummet var det minus tjugo grader.",)),
    ("grocery: twenty below outside, warm inside", None, (
        "Det var minus tjugo grader ute men varmt inne i butiken.",)),
    ("pizzeria: the oven at four hundred", None, (
        "Stenugnen håller fyrahundra grader, pizzan var perfekt.",)),
    ("shop: twenty-five degrees inside", None, (
        "Det var tjugofem grader varmt inne i butiken, lite för varmt.",)),
    ("electronics: a charger included, nothing paid", None, (
        "Den kostade noll kronor, den ingick när jag köpte telefonen.",)),
    ("café: five of us, two buns each, ten bought", None, (
        "Vi var fem vid bordet och åt två bullar var, vi hade köpt tio.",)),
    ("bike shop: a new inner tube for forty", None, (
        "Jag köpte en cykel i fjol, och i dag bytte de slangen för fyrtio kronor.",)),
    ("electronics: a TV, then a cable for thirty", None, (
        "Vi köpte en tv. Sen betalade jag trettio kronor för en kabel.",)),
    ("post agent: a sofa in the parcel, two men carried it", None, (
        "Jag hämtade ett paket. Det var en ny soffa, så två killar bar ut den.",)),
    ("gym: six years old, three years at gymnastics", None, (
        "Min dotter är sex år och har gått på gymnastik här i tre år.",)),
    ("bike shop: two mil, then ten minutes at the till", None, (
        "Jag cyklade hit, det är två mil. Jag fick vänta tio minuter i kassan.",)),
    ("car: ten mil, here an hour later", None, (
        "Jag körde hit, det är tio mil, och var här en timme senare.",)),
    ("winter: the thermometer at twenty below at home", None, (
        "Termometern visade minus tjugo grader när jag gick hemifrån.",)),
    ("bike shop: a repair for forty", None, ("Jag lagade cykeln för fyrtio kronor.",)),
    ("electronics: a phone case for forty", None, (
        "Jag köpte ett skal till mobilen för fyrtio kronor.",)),
    ("electronics: twelve kronor a month", None, ("Telefonen kostade tolv kronor i månaden.",)),
    ("bike shop: a bike rented for forty", None, ("Vi hyrde en cykel för fyrtio kronor.",)),
    ("optician: a cleaning cloth for twenty", None, (
        "Jag hämtade glasögonen och köpte en putsduk för tjugo kronor.",)),
    ("pharmacy: reading glasses for twenty", None, ("Jag köpte läsglasögon för tjugo kronor.",)),
    ("bike shop: a bike, then a lock for forty", None, (
        "Jag köpte en cykel.", "Sen köpte jag ett lås för fyrtio kronor till den.")),
    ("copy shop: two hundred pages in five minutes", None, (
        "De kopierade tvåhundra sidor åt mig på fem minuter.",)),
    ("gift shop: three presents in ten minutes", None, (
        "Hon slog in tre julklappar åt mig på tio minuter.",)),
    ("post agent: thirty parcels scanned in a minute", None, (
        "Hon slog in trettio paket i systemet på en minut.",)),
    ("tyre shop: all four tyres in twenty minutes", None, (
        "De bytte alla fyra däcken på tjugo minuter.",)),
    ("hair salon: five hairdressers, thirty customers in an hour", None, (
        "Salongen har fem frisörer som klippte trettio kunder på en timme.",)),
    ("hair salon: ten of us in five hours", None, (
        "Vi var tio personer och frisören klippte oss alla på fem timmar.",)),
    ("tailor: two trousers in an hour", None, ("Skräddaren sydde upp två byxor på en timme.",)),
    ("bakery: two dozen buns among six, four each", None, (
        "Vi köpte två dussin bullar och delade mellan sex, fyra var.",)),
    ("hardware: opening hours 10-18 and a delivery in 2-5 days", None, (
        "De har öppet 10-18 och leveransen tar 2-5 dagar, jag cyklade dit.",)),
    ("department store: a three-hour queue on Black Friday", None, (
        "Kön på Black Friday var tre timmar, men personalen var trevlig.",)),
    ("idioms: an eternity, a thousand times", None, (
        "Det tog en evighet i kassan, jag har sagt det tusen gånger.",)),
)  # fmt: skip


@pytest.mark.parametrize(("store", "answers"), [pytest.param(s, a, id=n) for n, s, a in IMPOSSIBLE])
def test_an_impossible_magnitude_is_flagged(store: str | None, answers: tuple[str, ...]) -> None:
    assert _flagged(answers, store)


@pytest.mark.parametrize(("store", "answers"), [pytest.param(s, a, id=n) for n, s, a in HONEST])
def test_a_large_but_true_amount_is_not(store: str | None, answers: tuple[str, ...]) -> None:
    assert not _flagged(answers, store)


@pytest.mark.parametrize(
    ("said", "amounts"),
    [
        ("ett par hundra kilo", ((200.0, "kilo"),)),
        ("två dussin bullar", ((24.0, "bullar"),)),
        ("ett tjog ägg", ((20.0, "ägg"),)),
        ("ett hundratal personer", ((100.0, "personer"),)),
        ("ett femtiotal säckar", ((50.0, "säckar"),)),
        ("1 000 kilo", ((1000.0, "kilo"),)),
        ("2 500 kronor", ((2500.0, "kronor"),)),
        ("en halv ton sand", ((0.5, "ton"),)),
        ("ett par skor", ((1.0, "par"),)),
        ("ett årtal", ((1.0, "årtal"),)),
        ("noll kronor", ((0.0, "kronor"),)),
        ("öppet 10 18", ((10.0, "18"), (18.0, ""))),
    ],
)
def test_number_words_are_read_as_amounts(said: str, amounts: tuple[object, ...]) -> None:
    assert quantities(tokens_of(said)) == amounts
