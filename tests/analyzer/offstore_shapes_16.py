"""Calls about another store, fluent empty talk, and the honest calls that sit beside them, at
ten kinds of business no earlier material had: material for `test_offline_offstore_16.py`.

Written by hand for this file (`offline-16`, issue 17) before the analyzer was run on any of
it; no sentence is taken from a labelled set. Ten invented stores (`STORES`): a street grill,
a tanning studio, a driving school, a golf shop with a driving range, a coffee roastery, a
fruit and vegetable shop, an alterations tailor, a padel hall, a furniture store and a
glazier. A call is the customer's answers to the first questions of `QUESTIONS`, in spoken
Swedish as a customer answers an AI caller.

`OTHER_STORE` calls must not qualify: the concrete things the customer observed are about
another store — a competitor by name, a branch of the same chain elsewhere, "the one in
town", another chain, a web shop, the store they used to go to — sometimes with one vague
line about this store ("här var det bra", "ni var trevliga"). `FLUENT_EMPTY` calls must not
qualify: long, polite, well formed answers that say nothing of this visit — corporate praise,
"serviceinriktad personal och bra sortiment", half-English buzzwords, the question said
back, advice for shops in general.

`PAYABLE` calls are honest and must qualify with no fraud flag: a comparison with another
store that makes a concrete point about this one (`comparison`), short plain remarks that are
still specific (`plain`), specific praise told politely (`polite_praise`), a regular's
concrete observation (`regular`).

Before (main at `caa48f4`): other-store calls paid 18 of 30, fluent empty calls paid 2 of 30,
payable calls refused 10 of 60. Figures after this round are in `test_offline_offstore_16.py`'s
docstring.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.boundary_shapes_15 import QUESTIONS, Shaped
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.unpaid_shapes_13 import shaped_calls

__all__ = [
    "FLUENT_EMPTY",
    "OTHER_STORE",
    "PAYABLE",
    "QUESTIONS",
    "STORES",
    "Shaped",
    "context",
    "shaped_calls",
]

STORES: dict[str, Store] = {
    "grill": Store(
        "Grillhörnan i Hudiksvall",
        ("11-21", "12-22", "12-20"),
        (
            ("Grillen", ("hamburgarna", "korven", "tunnbrödsrullen")),
            ("Serveringen", ("borden", "uteserveringen", "bänkarna")),
            ("Kassan", ("kassa", "luckan")),
        ),
        ("Lunchmenyn serveras vardagar 11–14.",),
    ),
    "solarium": Store(
        "Solstudion Sommar i Borlänge",
        ("09-20", "10-16", "11-16"),
        (
            ("Solarier", ("solarierna", "sängarna", "ståsolariet", "rummen")),
            ("Hudvård", ("krämerna", "lotionerna", "hudvården")),
            ("Receptionen", ("disken", "kassa", "solkortet")),
        ),
        ("Solkort laddas i receptionen.", "Ingen under 18 år får sola."),
    ),
    "trafikskola": Store(
        "Körkortsbolaget Trafikskola i Skövde",
        ("08-18", "09-13", ""),
        (
            ("Körlektioner", ("lektionerna", "körlektionen", "skolbilen", "bilarna")),
            ("Teori", ("teorisalen", "teorilektionen", "handledarkursen")),
            ("Receptionen", ("disken", "bokningen", "kassa")),
        ),
        ("En körlektion är 40 minuter.", "Riskettan hålls på lördagar."),
    ),
    "golf": Store(
        "Björkhagens Golfshop i Sigtuna",
        ("08-19", "07-19", "07-19"),
        (
            ("Klubbor", ("klubborna", "drivrarna", "putters", "järnen")),
            ("Kläder", ("kläderna", "provrummet", "golfskorna")),
            ("Rangen", ("bollautomaten", "utslagsplatserna")),
            ("Kassan", ("kassa", "greenfeen")),
        ),
        ("Rangebollar köps i automaten med polett.",),
    ),
    "rosteri": Store(
        "Bönan Kafferosteri i Sundsvall",
        ("08-18", "09-16", "10-15"),
        (
            ("Rosteriet", ("kaffet", "bönorna", "kvarnen", "malningen")),
            ("Kaféet", ("baren", "borden", "kakorna")),
            ("Tillbehör", ("bryggarna", "kopparna", "filtren")),
            ("Kassan", ("kassa",)),
        ),
        ("Kaffet mals på plats om kunden vill.",),
    ),
    "gront": Store(
        "Torgets Frukt och Grönt i Karlshamn",
        ("08-18", "08-15", ""),
        (
            ("Frukt", ("frukten", "äpplena", "bananerna", "citrusen")),
            ("Grönsaker", ("grönsakerna", "rotfrukterna", "salladen", "kylen")),
            ("Kassan", ("kassa", "vågen")),
        ),
        ("Frukt och grönt vägs vid kassan.",),
    ),
    "skraddare": Store(
        "Nål och Tråd Ändringsskrädderi i Nyköping",
        ("10-18", "10-14", ""),
        (
            ("Ändringar", ("ändringarna", "uppläggningen", "provrummet")),
            ("Lagning", ("lagningen", "dragkedjorna", "lagningarna")),
            ("Disken", ("kassa", "lappen")),
        ),
        ("Uppläggning av byxor tar tre arbetsdagar.",),
    ),
    "padel": Store(
        "Smashen Padelhall i Kristianstad",
        ("06-23", "07-22", "07-22"),
        (
            ("Banorna", ("banan", "banor", "nätet", "glasväggarna")),
            ("Omklädningsrum", ("omklädningsrummen", "duscharna", "skåpen")),
            ("Shopen", ("racketarna", "bollarna", "receptionen")),
        ),
        ("Banor bokas i appen, en timme i taget.", "Racketar hyrs i receptionen för 50 kronor."),
    ),
    "mobler": Store(
        "Hemmets Möbler i Värnamo",
        ("10-19", "10-16", "11-16"),
        (
            ("Soffor", ("sofforna", "fåtöljerna", "soffavdelningen")),
            ("Sovrum", ("sängarna", "madrasserna", "sovrumsavdelningen")),
            ("Matplats", ("matborden", "stolarna", "matplatsen")),
            ("Kassan", ("kassa", "leveransen", "utlämningen")),
        ),
        ("Hemleverans bokas i kassan.",),
    ),
    "glas": Store(
        "Glasmästeriet i Piteå",
        ("07-16", "", ""),
        (
            ("Glas", ("glaset", "fönsterglaset", "rutorna", "glasskivan")),
            ("Speglar", ("speglarna", "spegeln")),
            ("Disken", ("kassa", "beställningen")),
        ),
        ("Glas skärs på mått medan kunden väntar.",),
    ),
}


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"offstore16-{key}", STORES[key])


OTHER_STORE: dict[str, tuple[Shaped, ...]] = {
    "competitor": (
        (
            "grill",
            (
                "Jo, det var bra.",
                "Men jag måste säga att Max vid motorvägen, där tog det tjugofem minuter att "
                "få en hamburgare i lördags och pommesen var kalla.",
                "Där var dom stressade.",
            ),
        ),
        (
            "gront",
            (
                "Okej.",
                "Jag handlade mest på Willys bredvid, där låg avokadorna i en låda med mögel "
                "i botten och ingen hade plockat bort dom.",
                "Nej, inget mer.",
            ),
        ),
        (
            "padel",
            (
                "Bra.",
                "Jag spelade på PDL Center i Malmö i söndags, där läckte taket över bana tre "
                "och det låg hinkar mitt på banan.",
                "Här var det väl som vanligt.",
            ),
        ),
        (
            "golf",
            (
                "Det var trevligt.",
                "Nere på Stockholms Golfcenter hade de slut på bollar i automaten två gånger "
                "samma kväll, vi stod och väntade en halvtimme.",
                "Jaa, det var väl bra hos er.",
                "Ja.",
            ),
        ),
        (
            "mobler",
            (
                "Det gick bra.",
                "Jag var på Ikea i Jönköping innan, och där hade de flyttat hela "
                "sovrumsavdelningen så man gick vilse, och kön till kassan var fyrtio minuter.",
                "Ni var trevliga.",
                "Nej, inget särskilt.",
            ),
        ),
    ),
    "branch": (
        (
            "solarium",
            (
                "Bra.",
                "Jag brukar gå till er studio i Falun, och där var ståsolariet trasigt i tre "
                "veckor och ingen satte upp någon lapp.",
                "Dom var trevliga där ändå.",
                "Nej, det var allt.",
            ),
        ),
        (
            "trafikskola",
            (
                "Helt okej.",
                "Min son tog lektioner på ert kontor i Lidköping förut, och där blev hans "
                "körlektioner inställda fyra gånger på en månad, alltid samma morgon.",
                "Här har det funkat.",
            ),
        ),
        (
            "rosteri",
            (
                "Trevligt.",
                "Ni har ju ett kafé i Härnösand också, och där var kaffet i termosen bränt och "
                "ljummet när jag var där i fredags.",
                "Jo, det var bra här.",
                "Nej.",
            ),
        ),
        (
            "grill",
            (
                "Det var bra.",
                "Men er andra kiosk nere vid hamnen, där var det en kille som stod och "
                "pratade i telefon hela tiden medan han stekte, och burgaren var rå i mitten.",
                "Säg till dom där.",
            ),
        ),
        (
            "mobler",
            (
                "Bra.",
                "Jag har köpt en soffa från ert varuhus i Gislaved tidigare och den levererades "
                "med en fläck på dynan, och det tog två månader att få en ny.",
                "Här var personalen trevlig.",
            ),
        ),
    ),
    "in_town": (
        (
            "glas",
            (
                "Det var bra.",
                "Glasmästaren inne i stan däremot, där fick jag vänta en vecka på en ruta som "
                "sen var två centimeter för kort.",
                "Ja, ni var snälla.",
            ),
        ),
        (
            "skraddare",
            (
                "Bra tack.",
                "Den där skräddaren i gallerian, där sydde de upp mina kostymbyxor fem "
                "centimeter för kort och ville ändå ha betalt.",
                "Här var dom trevliga.",
                "Ja.",
            ),
        ),
        (
            "gront",
            (
                "Det var okej.",
                "Den stora saluhallen i stan har mycket bättre utbud, där har de tio sorters "
                "tomater och egen svampdisk med kantareller hela hösten.",
                "Inget särskilt här.",
            ),
        ),
        (
            "solarium",
            (
                "Bra.",
                "Studion vid torget, den i stan, där var det dammigt i rummen och en av "
                "sängarna luktade bränt.",
                "Nä, här var det bra.",
            ),
        ),
        (
            "padel",
            (
                "Kul.",
                "Hallen inne i stan har mycket bättre omklädningsrum, med bastu och "
                "hårtorkar som faktiskt fungerar.",
                "Ni var trevliga.",
                "Nej.",
            ),
        ),
    ),
    "other_chain": (
        (
            "trafikskola",
            (
                "Bra.",
                "Jag gick på STRs trafikskola när jag tog mitt första körkort, och där hade "
                "läraren läst upp hela teorin från papper, vi somnade allihop.",
                "Det var ju längesen.",
                "Nej.",
            ),
        ),
        (
            "rosteri",
            (
                "Jo.",
                "På Espresso House vid stationen har de börjat ta betalt för havremjölk, fem "
                "kronor extra, och muggarna är mindre än förut.",
                "Här var det bra.",
            ),
        ),
        (
            "golf",
            (
                "Bra.",
                "Jag köpte mina järn på Golfhuset i Uppsala, och där fick jag ingen "
                "provsvingning alls, de bara räckte över en låda.",
                "Här är det ju trevligt.",
                "Ja.",
            ),
        ),
        (
            "glas",
            (
                "Det gick bra.",
                "När vi hade en annan firma förra året, en bilglasfirma, fick vi vänta tre "
                "veckor och de lämnade glassplitter på baksätet.",
                "Ni är nog bättre.",
            ),
        ),
        (
            "skraddare",
            (
                "Okej.",
                "Jag lämnade en jacka hos kemtvätten i Ica-huset och de tappade bort den, det "
                "tog en månad innan de hittade den i ett annat lager.",
                "Ni har varit bra.",
            ),
        ),
    ),
    "online": (
        (
            "mobler",
            (
                "Det gick bra.",
                "Jag beställde ett matbord från en nätbutik i våras, och det kom med två ben "
                "som inte passade och skruvarna saknades.",
                "Ni var trevliga här.",
                "Nej, det var nog inget mer.",
            ),
        ),
        (
            "golf",
            (
                "Okej.",
                "Jag köper mest bollar på nätet numera, där får man tre dussin för samma pris "
                "som ett dussin i butik, och de kommer på två dagar.",
                "Inget särskilt.",
            ),
        ),
        (
            "rosteri",
            (
                "Det var bra.",
                "Jag prenumererar på kaffe från ett rosteri på nätet, och förra leveransen var "
                "bönorna helt platta i smaken, rostade för länge sen.",
                "Här var det trevligt.",
            ),
        ),
        (
            "solarium",
            (
                "Jodå.",
                "Jag beställde en brun-utan-sol-kräm på nätet som gjorde mig helt orange på "
                "händerna, och de ville inte ta tillbaka den.",
                "Ni var bra.",
                "Nej.",
            ),
        ),
        (
            "padel",
            (
                "Kul som alltid.",
                "Racketen jag köpte på en sajt från Spanien gick sönder i kanten efter två "
                "veckor, och de svarar inte på mejl.",
                "Här är dom trevliga.",
            ),
        ),
    ),
    "used_to": (
        (
            "grill",
            (
                "Bra.",
                "Gatuköket där jag växte upp i Bollnäs hade världens bästa mos, de gjorde det "
                "på riktig potatis varje morgon och gav alltid extra räksallad.",
                "Det var tider det.",
            ),
        ),
        (
            "gront",
            (
                "Jo tack.",
                "Grönsakshandlaren jag gick till när vi bodde i Lund hade egen odling och "
                "sålde jordgubbar som plockats samma morgon.",
                "Ni är också bra.",
            ),
        ),
        (
            "skraddare",
            (
                "Det var bra.",
                "Min gamla skräddare i Eskilstuna, han kunde sy om en kavaj på en dag och tog "
                "bara hundra kronor, han har gått i pension nu.",
                "Ja, det var trevligt här.",
            ),
        ),
        (
            "trafikskola",
            (
                "Bra.",
                "Min förra trafikskola i Mariestad hade halkbanan alldeles intill och "
                "lärarna körde alltid ut oss dit en extra gång gratis.",
                "Jo, det har gått bra här.",
                "Nej.",
            ),
        ),
        (
            "glas",
            (
                "Jadå.",
                "Den gamla glasmästaren i Luleå, där vi bodde förut, skar alltid speglar med "
                "fasad kant utan extra kostnad.",
                "Ni var också trevliga.",
            ),
        ),
    ),
}

FLUENT_EMPTY: dict[str, tuple[Shaped, ...]] = {
    "corporate": (
        (
            "mobler",
            (
                "Mitt helhetsintryck är att ni levererar en genomgående hög kvalitet i alla "
                "led, från första kontakt till avslutat köp.",
                "Det som stack ut var den tydliga kundfokus som genomsyrar hela verksamheten.",
                "Bemötandet var professionellt, lyhört och i linje med vad man förväntar sig "
                "av en seriös aktör.",
                "Ja, jag upplever att utbudet väl motsvarar mina behov.",
                "Fortsätt att utveckla er verksamhet i den riktning ni redan har valt.",
            ),
        ),
        (
            "glas",
            (
                "Besöket motsvarade fullt ut mina förväntningar på ett seriöst företag.",
                "Det som utmärker er är helheten, att allt hänger ihop på ett naturligt sätt.",
                "Personalen visade ett gediget engagemang och en genuin vilja att hjälpa.",
                "Ja, det gjorde jag verkligen.",
                "Jag ser inga direkta förbättringsområden i nuläget, ni ligger rätt.",
            ),
        ),
        (
            "trafikskola",
            (
                "Jag vill börja med att tacka för en mycket väl genomförd helhetsupplevelse.",
                "Det som stack ut var kombinationen av kvalitet, trygghet och professionalitet.",
                "Jag upplevde bemötandet som både respektfullt och pedagogiskt i alla delar.",
                "Ja, jag fick den hjälp jag var ute efter.",
                "Jag tycker att ni ska fortsätta värna om det ni har byggt upp.",
            ),
        ),
        (
            "golf",
            (
                "Det var en mycket positiv upplevelse i sin helhet.",
                "Det som stack ut var den höga servicenivån och känslan av kvalitet.",
                "Bemötandet var förstklassigt, precis vad man kan önska sig.",
                "Ja, det gjorde jag.",
                "Ni gör redan ett utmärkt arbete, fortsätt med det.",
            ),
        ),
    ),
    "generic": (
        (
            "gront",
            (
                "Det var ett trevligt besök, precis som det ska vara.",
                "Serviceinriktad personal och bra sortiment, det är väl det man vill ha.",
                "Trevligt och hjälpsamt bemötande.",
                "Ja, jag hittade det jag behövde.",
                "Inget speciellt, fortsätt som ni gör.",
            ),
        ),
        (
            "grill",
            (
                "Det var bra, god mat och trevlig personal.",
                "Det som stack ut var att allt kändes bra rakt igenom, både maten och servicen.",
                "Personalen var trevlig och tillmötesgående.",
                "Ja, det gjorde jag.",
                "Nej, jag tycker att allt var som det skulle vara.",
            ),
        ),
        (
            "solarium",
            (
                "Besöket var bra, rent och trevligt.",
                "Bra service och en trevlig miljö, inget att klaga på.",
                "Trevliga och kunniga.",
                "Ja.",
                "Nej, det var bra som det var.",
            ),
        ),
        (
            "padel",
            (
                "Det var ett bra besök på alla sätt.",
                "Fina lokaler och bra service, och det var lätt att boka.",
                "Personalen var trevlig och hjälpsam som alltid.",
                "Ja, det fanns allt man behövde.",
                "Ni kan fortsätta som ni gör, det fungerar bra.",
            ),
        ),
        (
            "rosteri",
            (
                "Det var mysigt, bra kaffe och trevlig stämning.",
                "Det mesta var bra, både utbudet och miljön.",
                "Personalen var trevlig och kunnig om det de säljer.",
                "Ja, det gjorde jag.",
                "Jag har inga synpunkter, det var bra.",
            ),
        ),
        (
            "skraddare",
            (
                "Det var ett bra besök, allt gick smidigt.",
                "Bra kvalitet på arbetet och trevligt bemötande, det är det som räknas.",
                "Vänliga och proffsiga.",
                "Ja.",
                "Nej, fortsätt leverera kvalitet.",
            ),
        ),
    ),
    "buzzwords": (
        (
            "padel",
            (
                "Asså, hela experiencen var super smooth, verkligen next level.",
                "Vibben är så on point, det är typ community och performance i ett.",
                "Staffet var super chill och supportive.",
                "Yes, absolut.",
                "Keep up the good work, ni är on fire.",
            ),
        ),
        (
            "rosteri",
            (
                "Det var en riktig vibe, väldigt authentic liksom.",
                "Hela conceptet känns så genomtänkt, very craft, very quality.",
                "Amazing service, de är verkligen passionate.",
                "Yes.",
                "Nej, bara keep it real.",
            ),
        ),
        (
            "solarium",
            (
                "Super nice, alltså en total glow-up experience.",
                "Hela vibben är liksom self care och wellness på riktigt.",
                "Dom är så sweet och professional.",
                "Yes.",
                "Nej, just keep slaying.",
            ),
        ),
        (
            "golf",
            (
                "Det var en premium experience rakt igenom, verkligen world class.",
                "Det handlar om att hela customer journeyn sitter, från a till ö.",
                "Top notch service, helt klart.",
                "Yes, det gjorde jag.",
                "Keep doing what you do, ni har nailat det.",
            ),
        ),
        (
            "mobler",
            (
                "Det var en riktigt inspiring experience.",
                "Ni har verkligen nailat hela lifestyle-grejen, det är så on trend.",
                "Personalen var super helpful och friendly.",
                "Yes.",
                "Nej, bara keep going.",
            ),
        ),
    ),
    "restated": (
        (
            "skraddare",
            (
                "Mitt besök hos er idag var ett besök som jag skulle beskriva som ett bra besök.",
                "Det som stack ut, bra eller dåligt, var väl att det stack ut på ett bra sätt.",
                "Bemötandet från personalen upplevde jag som ett bemötande.",
                "Jag hittade det jag letade efter, ja.",
                "Om det finns något ni kan göra bättre så är det att göra det bättre.",
            ),
        ),
        (
            "glas",
            (
                "Hur mitt besök var? Det var ett besök hos er, och det var bra.",
                "Om något stack ut? Ja, något stack väl ut, både bra och dåligt, som alltid.",
                "Bemötandet från personalen upplevde jag som ett bemötande från personalen.",
                "Om jag hittade det jag letade efter? Ja, det gjorde jag.",
                "Något ni kan göra bättre, det finns det säkert.",
            ),
        ),
        (
            "gront",
            (
                "Mitt besök hos er idag, ja det var ett besök idag.",
                "Något särskilt som stack ut, det var nog det särskilda.",
                "Personalens bemötande upplevde jag som personalens bemötande.",
                "Det jag letade efter hittade jag.",
                "Ni kan göra det ni gör bättre.",
            ),
        ),
        (
            "trafikskola",
            (
                "Mitt besök var som ett besök ska vara.",
                "Något som stack ut, ja, både bra och dåligt stack ut på sitt sätt.",
                "Bemötandet upplevde jag på det sätt som man upplever ett bemötande.",
                "Ja, det jag letade efter hittade jag.",
                "Det finns alltid något man kan göra bättre.",
            ),
        ),
        (
            "grill",
            (
                "Hur var mitt besök? Mitt besök var precis det, ett besök.",
                "Det som stack ut var det som stack ut.",
                "Bemötandet var ett bemötande, helt enkelt.",
                "Jag hittade väl det jag letade efter.",
                "Ni kan säkert göra saker bättre, det kan alla.",
            ),
        ),
    ),
    "long_polite": (
        (
            "glas",
            (
                "Ja, tack så mycket för att ni ringer, det uppskattar jag verkligen, det är "
                "inte alla som bryr sig om vad kunderna tycker nuförtiden.",
                "Jag tycker att det mesta fungerade på ett bra sätt, och det kändes som att ni "
                "vet vad ni håller på med, vilket ger en trygghet som kund.",
                "Personalen var vänlig och tillmötesgående på alla sätt, och man kände sig "
                "välkommen från första stund.",
                "Ja, det tycker jag nog att jag gjorde, på det stora hela.",
                "Nej, jag kan inte komma på något just nu, men skulle jag komma på något så "
                "hör jag av mig.",
            ),
        ),
        (
            "trafikskola",
            (
                "Det har varit en lärorik och givande tid hos er, det måste jag säga, och jag "
                "är glad att jag valde just er.",
                "Det som stack ut är nog helheten, att man känner sig trygg och att man "
                "utvecklas i sin egen takt, det är viktigt tycker jag.",
                "Alla har varit trevliga och engagerade och tagit sig tid, det märks att ni "
                "bryr er om era elever.",
                "Ja, jag fick det jag behövde.",
                "Fortsätt på samma sätt, så blir det bra för alla som kommer efter mig.",
            ),
        ),
        (
            "golf",
            (
                "Det är alltid lika trevligt att komma ut till er, det är en skön miljö att "
                "vara i och man trivs.",
                "Jag tycker att ni har ett bra utbud och att det mesta håller god kvalitet, "
                "det är det viktigaste för mig som golfare.",
                "Bemötandet var som vanligt bra, trevligt och kunnigt.",
                "Ja, det gjorde jag, på det hela taget.",
                "Jag har inget direkt att komma med, ni gör ett bra jobb helt enkelt.",
            ),
        ),
        (
            "gront",
            (
                "Det var ett riktigt trevligt besök, som det brukar vara, och det är alltid "
                "roligt att handla hos er.",
                "Det mesta var fräscht och fint, och det kändes som att ni verkligen bryr er "
                "om kvaliteten på det ni säljer.",
                "Väldigt trevligt, de hälsar alltid och är hjälpsamma om man undrar något.",
                "Ja, det mesta i alla fall.",
                "Nej, ni gör det bra, jag har inget att klaga på.",
            ),
        ),
        (
            "skraddare",
            (
                "Jag är mycket nöjd med besöket, det kändes proffsigt och personligt på "
                "samma gång, vilket är ovanligt idag.",
                "Det var skönt att bli tagen på allvar som kund, och jag kände att ni verkligen "
                "lyssnade på vad jag ville ha.",
                "Bemötandet var utmärkt, trevligt och respektfullt.",
                "Ja, absolut.",
                "Nej, jag har inget att tillägga, ni gör ett fint arbete.",
            ),
        ),
    ),
    "retail_advice": (
        (
            "mobler",
            (
                "Det var bra.",
                "Jag tycker generellt att handeln behöver satsa mer på upplevelser, "
                "eftersom konkurrensen från nätet hårdnar hela tiden.",
                "Personal är ju alltid viktigast i en butik, det är de som bär varumärket.",
                "Ja.",
                "Alla butiker borde tänka mer på hållbarhet och digitalisering, det är "
                "framtiden för hela branschen.",
            ),
        ),
        (
            "grill",
            (
                "Bra.",
                "Restaurangbranschen i stort behöver bli bättre på att ta hand om sina "
                "stamkunder, det är där lönsamheten ligger.",
                "Det är viktigt att personalen trivs, för det smittar av sig på gästerna.",
                "Ja.",
                "Satsa på sociala medier, det är där kunderna finns idag.",
            ),
        ),
        (
            "padel",
            (
                "Det var okej.",
                "Padelbranschen har ju vuxit för snabbt, många hallar kommer att få det svårt "
                "de närmaste åren.",
                "En bra anläggning lever på sin personal och sin gemenskap.",
                "Ja.",
                "Man borde tänka långsiktigt och bygga lojalitet, det gäller alla i branschen.",
            ),
        ),
        (
            "rosteri",
            (
                "Bra.",
                "Jag tror att alla småföretag måste hitta sin nisch och berätta sin historia, "
                "annars konkurreras de ut av kedjorna.",
                "Bemötandet är alltid A och O i alla serviceyrken.",
                "Ja.",
                "Var aktiva och synliga lokalt, det är det viktigaste rådet jag kan ge.",
            ),
        ),
        (
            "solarium",
            (
                "Det var trevligt.",
                "Skönhetsbranschen måste jobba mer med förtroende, kunderna är pålästa idag.",
                "Det är viktigt att man känner sig sedd, det gäller överallt.",
                "Ja.",
                "Kundlojalitet byggs över tid, så satsa på relationer snarare än kampanjer.",
            ),
        ),
    ),
}

PAYABLE: dict[str, tuple[Shaped, ...]] = {
    "comparison": (
        (
            "gront",
            (
                "Bra.",
                "Hos Ica i stan finns självscanning, det saknar jag här vid era kassor när "
                "det är kö på lördagar.",
                "Trevliga.",
                "Ja.",
            ),
        ),
        (
            "grill",
            (
                "Gott.",
                "På Max får man en lapp med nummer, här ropar ni bara ut beställningen och "
                "vi var tre som trodde att det var vår burgare.",
                "Stressade men snälla.",
            ),
        ),
        (
            "padel",
            (
                "Kul.",
                "På hallen i Malmö har de handdukar att låna, här fick jag gå hem osköljd "
                "för jag hade glömt min och det fanns inga att köpa i receptionen.",
                "Trevliga.",
            ),
        ),
        (
            "golf",
            (
                "Bra.",
                "Jämfört med Golfhuset i Uppsala har ni fler vänsterklubbor, jag hittade en "
                "driver direkt i rätt böjlighet.",
                "Kunniga.",
                "Ja.",
            ),
        ),
        (
            "rosteri",
            (
                "Mysigt.",
                "På Espresso House får man mjölken man vill ha utan extra kostnad, här tog ni "
                "sex kronor för havremjölken i latten.",
                "Trevliga.",
            ),
        ),
        (
            "mobler",
            (
                "Det gick bra.",
                "Till skillnad från Ikea kunde vi sitta i sofforna i lugn och ro, och säljaren "
                "tog fram tygproverna åt oss utan att vi behövde fråga.",
                "Väldigt bra.",
                "Ja, en soffa.",
            ),
        ),
        (
            "solarium",
            (
                "Bra.",
                "På studion i Falun kan man ladda solkortet i en app, här måste man gå till "
                "disken varje gång och då är det ofta kö efter fem.",
                "Trevliga.",
            ),
        ),
        (
            "trafikskola",
            (
                "Bra.",
                "Min kompis trafikskola skickar sms dagen innan lektionen, det skulle jag "
                "vilja ha här, jag missade min körlektion i tisdags för att jag glömt tiden.",
                "Läraren var lugn och bra.",
            ),
        ),
        (
            "glas",
            (
                "Bra.",
                "Glasmästaren jag använde förut tog en vecka, ni skar rutan till mitt "
                "växthus på mått medan jag väntade, på en kvart.",
                "Trevlig gubbe.",
            ),
        ),
        (
            "skraddare",
            (
                "Okej.",
                "Skräddaren i gallerian har öppet till sju, ni stänger sex och då hinner jag "
                "inte hämta efter jobbet, byxorna har legat här sen i torsdags.",
                "Snälla.",
            ),
        ),
        (
            "gront",
            (
                "Bra.",
                "Ni har mycket mognare mango än Willys bredvid, de jag köpte här igår var "
                "perfekta att äta direkt.",
                "Trevliga.",
            ),
        ),
        (
            "padel",
            (
                "Bra.",
                "Jämfört med hallen i stan är era glasväggar mycket renare, man ser bollen "
                "ordentligt, men nätet på bana två hänger lite på ena sidan.",
                "Trevliga.",
            ),
        ),
        (
            "rosteri",
            (
                "Gott.",
                "Jag brukade köpa bönor på nätet, men era bönor är rostade samma vecka, det "
                "står datum på påsen, och det smakar mycket mer.",
                "Kunniga.",
            ),
        ),
        (
            "mobler",
            (
                "Bra.",
                "På ert varuhus i Gislaved fick vi leverans inom en vecka, här sa de sex "
                "veckor för samma säng, det förstår jag inte.",
                "Trevliga ändå.",
            ),
        ),
        (
            "grill",
            (
                "Bra.",
                "Gatuköket där jag växte upp gjorde moset på riktig potatis, ert smakar pulver, "
                "det märks tyvärr.",
                "Snabba.",
            ),
        ),
    ),
    "plain": (
        ("gront", ("Bra.", "Salladen i kylen var slö, bladen var bruna i kanten.", "Okej.")),
        ("grill", ("Gott.", "Korven var bränd på ena sidan.", "Snabba.")),
        ("solarium", ("Bra.", "Fläkten i rum tre gick inte, det blev jättevarmt.", "Okej.")),
        (
            "trafikskola",
            ("Bra.", "Skolbilen luktade rök inuti.", "Läraren var bra.", "Ja."),
        ),
        ("golf", ("Okej.", "Bollautomaten tog inte min polett, den fastnade.", "Trevliga.")),
        ("rosteri", ("Mysigt.", "Kakorna var slut redan vid tio.", "Glada.")),
        ("skraddare", ("Bra.", "Dragkedjan satt snett efter lagningen.", "Trevliga.")),
        ("padel", ("Kul.", "Duschen i damernas var kall.", "Okej.")),
        ("mobler", ("Bra.", "Prislapparna saknades på halva matborden.", "Trevliga.")),
        ("glas", ("Bra.", "Spegeln var klar på tio minuter.", "Trevliga.")),
        ("grill", ("Okej.", "Det fanns inga servetter vid borden ute.", "Bra.")),
        ("gront", ("Bra.", "Vågen vid kassan visade fel, hundra gram för mycket.", "Okej.")),
        ("padel", ("Bra.", "Racketen jag hyrde hade sprucken kant.", "Snälla.")),
        ("solarium", ("Okej.", "Det låg en använd handduk kvar i rummet.", "Bra.")),
        ("trafikskola", ("Bra.", "Teorisalen var för kall, vi satt med jackorna på.", "Okej.")),
    ),
    "polite_praise": (
        (
            "grill",
            (
                "Tack, det var väldigt trevligt.",
                "Jag vill gärna berömma tjejen i luckan, hon kom ihåg att min son inte tål "
                "gluten och frågade själv om hon skulle byta brödet.",
                "Mycket vänligt bemötande, tack.",
                "Ja, tack.",
            ),
        ),
        (
            "solarium",
            (
                "Tack, jag är jättenöjd.",
                "Hon i receptionen förklarade noga hur många minuter jag skulle börja med för "
                "min hudtyp, och visade hur timern fungerade.",
                "Väldigt omtänksamt.",
            ),
        ),
        (
            "trafikskola",
            (
                "Det har varit fantastiskt, tack.",
                "Min lärare Anneli lät mig öva rondellerna vid Hasslum tre gånger i rad tills "
                "jag kände mig säker, och förklarade filbytet med en teckning.",
                "Hon är så lugn, tack till henne.",
            ),
        ),
        (
            "golf",
            (
                "Tack så mycket, det var mycket trevligt.",
                "Killen i shopen mätte mina händer och lät mig prova tre olika grepp på "
                "rangen innan jag köpte järnen.",
                "Mycket proffsigt, tack.",
                "Ja.",
            ),
        ),
        (
            "rosteri",
            (
                "Det var underbart, tack.",
                "Rostaren tog sig tid att förklara skillnaden mellan de två etiopiska bönorna "
                "och malde en liten påse åt mig till min mokabryggare.",
                "Jättevänligt, tack för det.",
            ),
        ),
        (
            "gront",
            (
                "Tack, det var så trevligt.",
                "Mannen vid kassan valde ut en melon åt mig och sa att den skulle vara mogen "
                "till lördag, och det stämde precis.",
                "Väldigt vänlig.",
            ),
        ),
        (
            "skraddare",
            (
                "Jag är så tacksam.",
                "Hon som sydde om min brudklänning fick den klar två dagar innan bröllopet "
                "fast det egentligen skulle ta en vecka, och den satt perfekt i midjan.",
                "Tusen tack till henne.",
            ),
        ),
        (
            "padel",
            (
                "Tack, det var jättekul.",
                "Receptionisten flyttade vår bokning till bana ett när det droppade från "
                "taket på bana fyra, utan att vi ens behövde fråga.",
                "Mycket bra service, tack.",
            ),
        ),
        (
            "mobler",
            (
                "Tack, vi är så nöjda.",
                "Säljaren Peter mätte vår hall på en ritning vi hade med oss och avrådde oss "
                "från den stora byrån, den hade inte fått plats bredvid dörren.",
                "Ärligt och bra, tack.",
                "Ja.",
            ),
        ),
        (
            "glas",
            (
                "Tack, mycket bra.",
                "Glasmästaren slipade kanterna på glasskivan till vårt soffbord utan extra "
                "kostnad, för att barnen inte skulle skära sig.",
                "Väldigt omtänksamt, tack.",
            ),
        ),
        (
            "grill",
            (
                "Tack så hemskt mycket.",
                "Jag glömde min plånbok på bänken ute och killen vid grillen sprang efter mig "
                "till parkeringen med den.",
                "Så hederligt, tack.",
            ),
        ),
        (
            "rosteri",
            (
                "Tack, det var mysigt.",
                "Kardemummabullen var nybakad och varm, och hon vid baren bjöd på en "
                "smakbit av den nya rosten.",
                "Så vänligt.",
            ),
        ),
        (
            "trafikskola",
            (
                "Tack, väldigt bra.",
                "Handledarkursen i teorisalen var bra upplagd, läraren visade filmer från "
                "riktiga korsningar i Skövde och vi fick ställa frågor hela tiden.",
                "Trevligt bemötande, tack.",
            ),
        ),
        (
            "solarium",
            (
                "Tack, det var skönt.",
                "Rummet var nystädat, det doftade rent och glaset i sängen var torkat.",
                "Tack för det.",
            ),
        ),
        (
            "glas",
            (
                "Tack.",
                "Ni tog emot min gamla spegel och satte in ett nytt glas i den antika ramen, "
                "och ramen var helt oskadd efteråt.",
                "Mycket noggranna, tack.",
            ),
        ),
    ),
    "regular": (
        (
            "gront",
            (
                "Som vanligt, bra.",
                "Jag handlar här varje lördag, och de senaste veckorna har jordgubbarna legat "
                "i solen vid fönstret och blivit mjuka redan vid lunch.",
                "Trevliga.",
            ),
        ),
        (
            "grill",
            (
                "Bra.",
                "Jag äter här varje torsdag, och sedan ni bytte leverantör är hamburgarna "
                "mindre, de krymper i grillen.",
                "Samma trevliga som alltid.",
            ),
        ),
        (
            "padel",
            (
                "Bra.",
                "Jag spelar här tre gånger i veckan, och belysningen över bana två har "
                "flimrat sedan oktober, det är jobbigt på kvällarna.",
                "Trevliga.",
            ),
        ),
        (
            "rosteri",
            (
                "Bra.",
                "Jag köper bönor här varannan vecka, och förut malde ni alltid åt mig, men "
                "nu står kvarnen avstängd och jag får be om det varje gång.",
                "Trevliga.",
            ),
        ),
        (
            "golf",
            (
                "Bra.",
                "Jag slår på rangen nästan varje kväll, och utslagsplatserna längst ut har "
                "så slitna mattor att bollen studsar snett.",
                "Trevliga.",
                "Ja.",
            ),
        ),
        (
            "solarium",
            (
                "Bra.",
                "Jag solar här varje vecka, och sedan nyår är rör i sängen i rum två så svaga "
                "att jag får gå dubbelt så länge.",
                "Trevliga.",
            ),
        ),
        (
            "skraddare",
            (
                "Som alltid.",
                "Jag har lämnat kläder här i flera år, och lapparna ni skriver är fortfarande "
                "handskrivna, jag fick fel kavaj förra gången för att numret var oläsligt.",
                "Trevliga.",
            ),
        ),
        (
            "mobler",
            (
                "Bra.",
                "Vi har köpt det mesta av våra möbler här, och varje gång står det pallar i "
                "gången vid sovrumsavdelningen, i dag kom jag inte fram med barnvagnen.",
                "Trevliga.",
            ),
        ),
        (
            "trafikskola",
            (
                "Bra.",
                "Jag har kört här i två månader, och skolbilen har fortfarande den trasiga "
                "sidospegeln på passagerarsidan, läraren får vrida sig varje gång.",
                "Bra lärare.",
            ),
        ),
        (
            "glas",
            (
                "Bra.",
                "Jag har varit här flera gånger med jobbet, och ni har alltid glaset klart i "
                "tid, men parkeringen framför är full med er egen lastbil på morgonen.",
                "Trevliga.",
            ),
        ),
        (
            "gront",
            (
                "Bra.",
                "Jag går hit varje vecka, och ni har börjat märka upp svenska och utländska "
                "tomater med olika färg på lappen, det är jättebra.",
                "Trevliga.",
            ),
        ),
        (
            "grill",
            (
                "Som vanligt.",
                "Jag kommer hit efter träningen varje måndag, och ni har slutat ha "
                "tunnbrödsrulle på kvällarna, bara på lunchen nu.",
                "Trevliga.",
            ),
        ),
        (
            "padel",
            (
                "Bra.",
                "Jag har spelat här sedan ni öppnade, och skåpen i herrarnas omklädningsrum "
                "har gått sönder ett efter ett, nu funkar bara fyra av dem.",
                "Okej.",
            ),
        ),
        (
            "skraddare",
            (
                "Bra.",
                "Jag kommer hit med mina byxor två gånger om året, och uppläggningen blir "
                "alltid exakt lika lång, det är därför jag kommer tillbaka.",
                "Trevliga.",
            ),
        ),
        (
            "mobler",
            (
                "Bra.",
                "Vi har varit här flera gånger den här våren, och soffavdelningen har fått "
                "bättre belysning, nu ser man färgerna på tygerna.",
                "Trevliga.",
            ),
        ),
    ),
}
