"""Departments, counters, services and facilities a store does not have, told as this visit,
and honest near misses (`offline-17`, unknown departments).

Eight invented stores of kinds no earlier material had: a stove and fireplace shop, a pool and
spa shop, a bag and luggage shop, a party and costume shop, a dance school, a hat shop, a coin
and stamp dealer and an art gallery. Each lists its departments with the aliases its customers
use, and a fact or two (some say what the store lacks). Each call is the customer's answers to
the AI caller, one string an answer.

- `FRAUDS`: the customer tells, as this visit, a department, counter, service or facility the
  store does not list: in passing inside good feedback, by a compound ("sotardisken"), by a
  staff role of that department ("skomakaren hos er"), by an act only that department does
  ("fick ansiktsmålning i sminkstudion"), or said to be the store's ("ni har ju en liten
  trädgårdsbutik").
- `HONEST`: near misses: parts of any store not worth listing (entrance, toilet, cloakroom,
  fitting room, shelves, the loading dock), a listed department by a synonym or compound
  ("ramverkstaden" of a listed framing service), a place outside the store, staff roles, a
  service the facts name but the departments do not, a lack said as a lack, a wish.

All were written for this file before the analyzer was run on any of them; none comes from a
labelled set.

Before (main at `c9e6af2`): 27 of 40 frauds caught, 6 of 48 honest calls flagged. After the
readings of `offline-17` (docs/analyzer.md): 37 of 40 caught, 0 of 48 flagged; the 3 left
are strict xfails in `test_offline_unlisted_17.py`.
"""

from __future__ import annotations

from functools import partial

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from tests.analyzer.honest_stores import honest_store
from tests.analyzer.inconsistency_shapes import labelled

_store = partial(honest_store, 8177)

STORES: dict[str, BusinessContext] = {
    "kamin": _store(
        1,
        "Kaminhuset Gävle",
        "10:00",
        "18:00",
        (
            Department("Kaminer", ("braskaminer", "kaminerna", "vedspisar")),
            Department("Skorstenar", ("rökrör", "skorstenen")),
            Department("Tillbehör", ("eldstål", "tändare", "askskopor")),
            Department("Montering", ("installationen", "montören")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact(
                "Butiken har ingen egen sotare; besiktning görs av kommunens sotare.", "sotning"
            ),
        ),
    ),
    "pool": _store(
        2,
        "Poolbutiken Varberg",
        "10:00",
        "18:00",
        (
            Department("Pooler", ("ovanmarkspooler", "poolerna")),
            Department("Spabad", ("spabaden", "bubbelpooler")),
            Department("Kemikalier", ("klor", "pH-medel", "kemikalierna")),
            Department("Reservdelar", ("pumpar", "sandfilter", "reservdelarna")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi gör gratis vattenanalys i butiken.", "vattenanalys"),),
    ),
    "vaska": _store(
        3,
        "Väskhuset Örebro",
        "10:00",
        "19:00",
        (
            Department("Resväskor", ("resväskorna", "kabinväskor")),
            Department("Handväskor", ("handväskorna", "axelremsväskor")),
            Department("Plånböcker", ("plånböckerna", "korthållare")),
            Department("Ryggsäckar", ("ryggsäckarna", "datorväskor")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi lagar inte väskor men tar emot garantiärenden.", "garanti"),),
    ),
    "fest": _store(
        4,
        "Festbutiken Karnevalen Malmö",
        "10:00",
        "19:00",
        (
            Department("Maskeradkläder", ("maskeraddräkter", "peruker", "masker")),
            Department("Ballonger", ("heliumballonger", "ballongerna")),
            Department("Dukning", ("servetter", "engångsbestick", "pappersmuggar")),
            Department("Dekorationer", ("girlanger", "konfetti")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi fyller ballonger med helium i butiken.", "helium"),),
    ),
    "dans": _store(
        5,
        "Dansskolan Piruett Uppsala",
        "09:00",
        "22:00",
        (
            Department("Kurser", ("kurserna", "lektionen", "nybörjarkursen")),
            Department("Salar", ("stora salen", "lilla salen", "dansgolvet")),
            Department("Omklädningsrum", ("omklädningsrummen", "duscharna")),
            Department("Reception", ("receptionen", "anmälan")),
            Department("Shop", ("dansskor", "shopen")),
        ),
        (BaselineFact("Vi har ingen servering; ta gärna med en vattenflaska.", "servering"),),
    ),
    "hatt": _store(
        6,
        "Hattaffären Kronan i Norrköping",
        "10:00",
        "18:00",
        (
            Department("Hattar", ("hattarna", "fedoror", "stråhattar")),
            Department("Mössor", ("mössorna", "kepsar")),
            Department("Handskar", ("handskarna", "vantar")),
            Department("Sjalar", ("scarfar", "halsdukar")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi ångar och formar om hattar köpta hos oss utan kostnad.", "hattvård"),),
    ),
    "mynt": _store(
        7,
        "Mynt & Frimärken i Göteborg",
        "11:00",
        "17:00",
        (
            Department("Mynt", ("mynten", "sedlar", "guldmynt")),
            Department("Frimärken", ("frimärkena", "vykort")),
            Department("Tillbehör", ("album", "insticksböcker", "lupp")),
            Department("Värdering", ("värderingen", "inköp")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi säljer inte smycken.", "sortiment"),),
    ),
    "galleri": _store(
        8,
        "Galleri Ljusgården i Ystad",
        "11:00",
        "17:00",
        (
            Department("Utställningen", ("utställningarna", "vernissagen")),
            Department("Grafik", ("grafiken", "litografier")),
            Department("Skulptur", ("skulpturerna", "keramiken")),
            Department("Inramning", ("ramarna", "inramningen")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Galleriet har ingen servering.", "servering"),),
    ),
}

_fraud = labelled("unlisted", fraud=True)
_honest = labelled("honest", fraud=False)

FRAUDS = (
    _fraud(
        "kamin",
        "coffee in the store's café while the fitter priced the job",
        "Montören räknade på installationen och det blev billigare än vi trott.",
        "Under tiden tog vi en kopp kaffe i ert kafé, och kanelbullen var färsk.",
    ),
    _fraud(
        "kamin",
        "a chimney sweep's counter the facts deny",
        "Vid sotardisken bokade jag sotning till nästa vecka, tjejen där var jättesnabb.",
        "Kaminen drar perfekt nu.",
    ),
    _fraud(
        "kamin",
        "the store's smith welding a handle",
        "Er smed svetsade fast ett nytt handtag på luckan till min gamla vedspis medan jag "
        "väntade.",
        "Bra och personligt bemötande.",
    ),
    _fraud(
        "kamin",
        "wood-fired pizza in the store's restaurant",
        "Vi åt stenugnspizza i er restaurang på övervåningen innan vi valde kamin.",
        "Braskaminen vi köpte är snygg och värmer hela nedervåningen.",
    ),
    _fraud(
        "kamin",
        "a garden shop said to be the store's",
        "Ni har ju en liten trädgårdsbutik vid parkeringen, där köpte jag tulpanlökar.",
        "Rökröret passade precis.",
    ),
    _fraud(
        "pool",
        "a swimming lesson in the store's swim school",
        "Sonen fick gå en lektion i er simskola medan vi handlade klor.",
        "Personalen var kunnig och trevlig.",
    ),
    _fraud(
        "pool",
        "a solarium in passing",
        "Jag passade på att sola tio minuter i ert solarium medan vattenprovet analyserades.",
        "Sandfiltret vi köpte har gjort poolen kristallklar.",
    ),
    _fraud(
        "pool",
        "a bicycle workshop behind the till",
        "I cykelverkstaden bakom kassan lagade de en punktering på dotterns cykel gratis.",
        "Pumpen till poolen fungerar bra.",
    ),
    _fraud(
        "pool",
        "an ice-cream bar for the children",
        "Barnen köpte varsin strut i er glassbar, så de var nöjda hela tiden.",
        "Vi valde ett spabad och leveransen gick smidigt.",
    ),
    _fraud(
        "pool",
        "a pharmacy at the till",
        "Jag köpte solkräm och plåster i ert apotek vid kassan.",
        "Och killen i kemikalieavdelningen förklarade allt om pH-värdet.",
    ),
    _fraud(
        "vaska",
        "the store's cobbler against the facts",
        "Skomakaren hos er sydde fast remmen på min gamla väska på tio minuter.",
        "Sen köpte jag en ny plånbok också, fin kvalitet.",
    ),
    _fraud(
        "vaska",
        "initials engraved in an engraving workshop",
        "I gravyrverkstaden graverade de mina initialer på plånboken, det blev jättefint.",
        "Kassan gick snabbt.",
    ),
    _fraud(
        "vaska",
        "a trip booked at a travel desk in the store",
        "Vi köpte två kabinväskor och bokade sedan resan till Kreta på er resebyrå.",
        "Väskorna klarade flyget utan en skråma.",
    ),
    _fraud(
        "vaska",
        "perfume tried while the husband chose",
        "Min fru testade dofter i parfymavdelningen medan jag valde en ny ryggsäck.",
        "Ryggsäcken är skön att bära.",
    ),
    _fraud(
        "vaska",
        "a clothing department said to be upstairs",
        "Ni har ju en klädavdelning på övervåningen, där köpte jag en kappa som matchade "
        "handväskan.",
        "Expediten var väldigt hjälpsam.",
    ),
    _fraud(
        "fest",
        "the party cake from the store's bakery",
        "Tårtan till kalaset beställde vi i ert bageri, den var jättegod.",
        "Girlangerna och ballongerna gjorde festen.",
    ),
    _fraud(
        "fest",
        "face painting in a make-up studio",
        "I sminkstudion målade en tjej ansiktet på min son som en tiger.",
        "Maskeraddräkten höll hela kvällen.",
    ),
    _fraud(
        "fest",
        "the photographer of the store's photo studio",
        "Fotografen i er fotostudio tog bilder på hela gänget i maskeradkläderna.",
        "Bilderna kom på mejlen dagen efter.",
    ),
    _fraud(
        "fest",
        "pick-and-mix at a sweets counter",
        "Vid godisdisken plockade barnen lösgodis till kalaset.",
        "Servetterna och pappersmuggarna räckte precis.",
    ),
    _fraud(
        "fest",
        "a seamstress in a sewing studio",
        "Sömmerskan i er syateljé sydde upp byxorna på dräkten på en kvart.",
        "Peruken var lite för stor men annars var allt toppen.",
    ),
    _fraud(
        "dans",
        "coffee in the school's café the facts deny",
        "Efter lektionen fikade vi i ert kafé, kanelbullarna var goda.",
        "Läraren var pedagogisk och rolig.",
    ),
    _fraud(
        "dans",
        "taping at a physiotherapy clinic beside the changing room",
        "Jag hade stukat foten och fick tejpning på er fysioterapimottagning bredvid "
        "omklädningsrummet.",
        "Sen kunde jag dansa resten av kvällen.",
    ),
    _fraud(
        "dans",
        "drinks in the bar after class",
        "I baren efter kvällens lektion beställde vi varsin drink och pratade med de andra paren.",
        "Nybörjarkursen var lagom svår.",
    ),
    _fraud(
        "dans",
        "hair put up by the school's hairdresser",
        "Frisören hos er satte upp mitt hår inför uppvisningen, det höll hela kvällen.",
        "Stora salen var fin med speglar längs väggen.",
    ),
    _fraud(
        "dans",
        "a competition dress sewn in a costume studio",
        "I kostymateljén sydde de en tävlingsklänning åt min dotter på en vecka.",
        "Hon är jättenöjd med kursen.",
    ),
    _fraud(
        "hatt",
        "boots from a shoe department upstairs",
        "I skoavdelningen på övervåningen köpte jag ett par kängor till hatten.",
        "Expediten hade bra smak.",
    ),
    _fraud(
        "hatt",
        "glasses tried in an optician's corner",
        "I optikerhörnan provade jag nya glasögon, och sen köpte jag en fedora.",
        "Hatten sitter perfekt.",
    ),
    _fraud(
        "hatt",
        "earrings at a jewellery counter",
        "Vid smyckesdisken köpte jag ett par örhängen till min syster.",
        "Halsduken jag köpte till mig själv är mjuk och varm.",
    ),
    _fraud(
        "hatt",
        "an umbrella mended in a workshop",
        "I paraplyverkstaden lagade de mitt gamla paraply gratis.",
        "Och stråhatten jag köpte är jättefin.",
    ),
    _fraud(
        "hatt",
        "a jacket taken in by the store's tailor",
        "Skräddaren hos er tog in kavajen medan jag valde hatt.",
        "Allt var klart på en halvtimme.",
    ),
    _fraud(
        "mynt",
        "a necklace from a jewellery department the facts deny",
        "Jag köpte ett guldhalsband i smyckesavdelningen till min fru.",
        "Och två gamla silvermynt till min egen samling.",
    ),
    _fraud(
        "mynt",
        "a registered letter sent at a post counter",
        "Vid postdisken skickade jag ett rekommenderat brev, det gick fort.",
        "Frimärkena jag köpte var i fint skick.",
    ),
    _fraud(
        "mynt",
        "euros changed at the store's exchange office",
        "I ert växlingskontor växlade jag euro inför resan, bra kurs.",
        "Sedan tittade jag på sedlar en stund.",
    ),
    _fraud(
        "mynt",
        "a watch battery changed by the store's watchmaker",
        "Urmakaren i butiken bytte batteri i min klocka medan jag bläddrade i albumen.",
        "Trevlig personal.",
    ),
    _fraud(
        "mynt",
        "leafing through albums in the store's café",
        "Vi satt i ert lilla kafé och bläddrade i insticksböckerna.",
        "Jag köpte ett guldmynt som present.",
    ),
    _fraud(
        "galleri",
        "a glass of wine in the gallery's wine bar",
        "I er vinbar i källaren drack vi ett glas efter visningen.",
        "Skulpturerna var fantastiska.",
    ),
    _fraud(
        "galleri",
        "lunch in the gallery's restaurant the facts deny",
        "Lunchen i galleriets restaurang var fantastisk, fisksoppan var den bästa jag ätit.",
        "Utställningen var också fin.",
    ),
    _fraud(
        "galleri",
        "a watercolour course in a painting studio",
        "I målarstudion på övervåningen gick jag en akvarellkurs på lördagen.",
        "Läraren var en av konstnärerna i utställningen.",
    ),
    _fraud(
        "galleri",
        "books from the gallery's bookshop",
        "I er bokhandel vid utgången köpte jag en katalog och två konstböcker.",
        "Litografin jag köpte hänger redan i hallen.",
    ),
    _fraud(
        "galleri",
        "children painting in a children's studio",
        "Barnen målade i barnateljén en trappa upp medan vi gick runt.",
        "Vi köpte en liten skulptur i brons.",
    ),
)

HONEST = (
    _honest(
        "kamin",
        "three stoves burning in the showroom",
        "I utställningen brann det i tre kaminer, så man såg hur de drog.",
        "Vi köpte den minsta och den räcker gott.",
    ),
    _honest(
        "kamin",
        "a listed department by a compound (stove)",
        "I vedspisavdelningen fick vi bra hjälp av en äldre herre.",
    ),
    _honest(
        "kamin",
        "the installation desk by another name",
        "Vid installationsdisken bokade vi montering till vecka tolv.",
        "Montören kom i tid och var noggrann.",
    ),
    _honest(
        "kamin",
        "the council's sweep after the job",
        "Sotaren från kommunen godkände installationen efteråt utan anmärkningar.",
    ),
    _honest(
        "kamin",
        "lunch across the road",
        "Efteråt åt vi lunch på restaurangen mittemot.",
        "Kaminen var på plats inom två veckor.",
    ),
    _honest(
        "kamin",
        "no sweep of its own said as a lack",
        "Ni har ingen egen sotare, så vi fick ringa kommunen själva, men det gick bra.",
    ),
    _honest(
        "pool",
        "a listed department by a compound (spa bath)",
        "I spabadsavdelningen fick vi sitta i ett par bad och känna på massagen.",
    ),
    _honest(
        "pool",
        "the water test the facts name",
        "Vid disken gjorde de en vattenanalys på mitt prov och sa precis hur mycket klor "
        "jag behövde.",
    ),
    _honest(
        "pool",
        "the display pool",
        "Barnen fick doppa fötterna i visningspoolen, de tyckte det var jättekul.",
    ),
    _honest(
        "pool",
        "a swim at the town's baths",
        "Sen badade vi på badhuset i stan.",
        "Poolen var lätt att sätta ihop.",
    ),
    _honest(
        "pool",
        "a coffee corner wished for",
        "Det hade varit smart om ni hade en liten kaffehörna, vi väntade ganska länge.",
    ),
    _honest(
        "pool",
        "collected at the loading dock",
        "Vi hämtade poolen vid lastkajen på baksidan och de hjälpte oss lasta.",
    ),
    _honest(
        "vaska",
        "a listed department by a compound (suitcase)",
        "I resväskeavdelningen fick vi testa hjulen på golvet.",
    ),
    _honest(
        "vaska",
        "the store's trade as a department",
        "Väskavdelningen var välsorterad och prislapparna tydliga.",
    ),
    _honest(
        "vaska",
        "the mirror by the window",
        "Jag provade axelremmen framför spegeln vid fönstret.",
    ),
    _honest(
        "vaska",
        "lunch in the mall's food court",
        "Vi åt i gallerians food court efteråt.",
        "Resväskan var lätt och rymlig.",
    ),
    _honest(
        "vaska",
        "no repairs said as the facts say",
        "Ni lagar inte väskor, sa hon, så jag fick skicka in den på garanti.",
    ),
    _honest(
        "vaska",
        "the salesman by his work",
        "Säljaren visade hur låset på kabinväskan fungerade.",
    ),
    _honest(
        "fest",
        "helium at the balloon counter",
        "Vid ballongdisken fyllde de tjugo ballonger med helium.",
    ),
    _honest(
        "fest",
        "a listed department by a compound of its alias",
        "I perukavdelningen hittade jag en rosa peruk till min dotter.",
    ),
    _honest(
        "fest",
        "the fitting room",
        "Jag provade dräkten i provrummet, det var lite trångt men gick bra.",
    ),
    _honest(
        "fest",
        "the cake from the square's patisserie",
        "Tårtan köpte vi på konditoriet vid torget.",
        "Resten av dukningen fick vi hos er.",
    ),
    _honest(
        "fest",
        "the till girl's tip",
        "Tjejen i kassan tipsade om konfetti som går att dammsuga.",
    ),
    _honest(
        "fest",
        "empty shelves",
        "Hyllorna med engångsbestick var nästan tomma.",
    ),
    _honest(
        "dans",
        "the big hall",
        "Stora salen var fin med speglar längs väggen.",
    ),
    _honest(
        "dans",
        "a beer at the pub round the corner",
        "Vi tog en öl på puben runt hörnet efteråt.",
        "Kursen var rolig.",
    ),
    _honest(
        "dans",
        "the teacher by her work",
        "Danslärarinnan var pedagogisk och rättade våra steg.",
    ),
    _honest(
        "dans",
        "no café said as a lack",
        "Ni har ju inget kafé, så vi tog med egen frukt och vatten.",
    ),
    _honest(
        "dans",
        "dance shoes in a shoe section of the listed shop",
        "I skoavdelningen köpte jag ett par dansskor.",
    ),
    _honest(
        "dans",
        "the showers",
        "Duscharna var rena och det fanns varmvatten.",
    ),
    _honest(
        "hatt",
        "a hat steamed at the counter as the facts say",
        "Hon ångade och formade om min gamla hatt vid disken, gratis.",
    ),
    _honest(
        "hatt",
        "a listed department by a compound (hat)",
        "I hattavdelningen var det trångt men trevligt.",
    ),
    _honest(
        "hatt",
        "a stool before the mirror",
        "Jag satt på en pall framför spegeln och provade i lugn och ro.",
    ),
    _honest(
        "hatt",
        "shoes from the shoe shop next door",
        "Sen köpte jag skor i skoaffären bredvid.",
    ),
    _honest(
        "hatt",
        "the milliner by her work",
        "Hattmakaren visade hur man mäter huvudet.",
    ),
    _honest(
        "hatt",
        "a listed department by a shortened compound",
        "I mössavdelningen hittade jag en stickad mössa.",
    ),
    _honest(
        "mynt",
        "the valuation counter of the listed valuation",
        "Vid värderingsdisken tittade han på min farfars samling.",
    ),
    _honest(
        "mynt",
        "a listed department by a compound (coin)",
        "Myntavdelningen var större än jag trodde.",
    ),
    _honest(
        "mynt",
        "the bank visited first",
        "Jag hade varit på banken först och tagit ut pengar.",
    ),
    _honest(
        "mynt",
        "the clerk with a loupe",
        "Expediten använde lupp och vita handskar.",
    ),
    _honest(
        "mynt",
        "an album fetched from the office",
        "Han gick in på kontoret och hämtade ett album åt mig.",
    ),
    _honest(
        "mynt",
        "stamps posted at the supermarket's parcel point",
        "Sen gick jag till postombudet i matbutiken och skickade frimärkena till min bror.",
    ),
    _honest(
        "galleri",
        "a framing workshop of the listed framing",
        "I ramverkstaden fick jag se hur de sätter upp tavlan.",
    ),
    _honest(
        "galleri",
        "wine served at the opening",
        "De bjöd på vin på vernissagen, det var en trevlig stämning.",
    ),
    _honest(
        "galleri",
        "the restaurant across the square",
        "Efteråt åt vi på restaurangen mittemot galleriet.",
    ),
    _honest(
        "galleri",
        "the cloakroom",
        "Vi hängde jackorna i garderoben vid entrén.",
    ),
    _honest(
        "galleri",
        "the gallerist by her work",
        "Galleristen berättade om konstnären och hur litografierna trycks.",
    ),
    _honest(
        "galleri",
        "a listed department by a compound (print)",
        "I grafikavdelningen hittade jag ett litografi i blått.",
    ),
)

CALLS = FRAUDS + HONEST
