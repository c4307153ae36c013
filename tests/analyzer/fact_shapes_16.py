"""Baseline facts at ten kinds of business no earlier material had, and whole calls around them
(the sixteenth material).

Ten invented businesses (an escape room, a golf club's shop and range, a padel hall, a
paint-your-own ceramics studio with a café, a pawnbroker, a car-inspection station, a karaoke
bar, an adventure mini-golf, a weekday lunch restaurant, a print and copy shop), each with six
to eight baseline facts of varied kinds: a booking rule, an age or supervision rule, a thing
not sold or not done, a size limit, the means of payment, a price, a department's own hours or
season, a thing not allowed, a cancellation or return rule. Each call is two answers: a useful
one about the visit, then one that touches a fact. A fraud call tells as this visit what a fact
rules out; an honest call touches the same fact while agreeing with it (living it, being turned
away as the rule says, doing it elsewhere, wishing for it, someone else's act, a plan).

All were written for this file before the analyzer ran on them; none comes from a labelled set.
Before the sixteenth round's readings (main at `caa48f4`) 16 of the 51 contradictions were
caught and 1 of the 81 honest calls was flagged; with the sixteenth round's readings 27 and 0
(28 while "åt mig" was read as eating two hundred business cards).
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from tests.analyzer.honest_stores import honest_store

_store = partial(honest_store, 8021)


def _facts(*statements: str) -> tuple[BaselineFact, ...]:
    return tuple(BaselineFact(statement) for statement in statements)


STORES: dict[str, BusinessContext] = {
    "escape": _store(
        1,
        "Låsta Dörren Escape Room i Örebro",
        "12:00",
        "22:00",
        (
            Department("Rummen", ("fängelserummet", "bankvalvet", "rummet")),
            Department("Lobbyn", ("väntrummet", "skåpen")),
            Department("Kassa", ("kassan", "disken")),
        ),
        _facts(
            "Alla rum måste bokas i förväg på vår hemsida; vi tar inte emot drop-in.",
            "Barn under 12 år spelar bara med en vuxen i rummet.",
            "Mobiltelefoner lämnas i skåp i lobbyn och får inte tas med in i rummen.",
            "Varje rum tar högst sex spelare.",
            "Vi säljer ingen mat eller dryck, men det finns gratis vatten i lobbyn.",
            "Betalning sker vid bokningen med kort eller Swish; vi tar inte kontanter.",
            "Bokningen kan avbokas kostnadsfritt fram till 24 timmar innan.",
        ),
    ),
    "golf": _store(
        2,
        "Ekbackens Golfklubb med shop och range i Uppsala",
        "07:00",
        "20:00",
        (
            Department("Shopen", ("proshopen", "butiken")),
            Department("Rangen", ("drivingrangen", "utslagsplatserna", "bollautomaten")),
            Department("Banan", ("18-hålsbanan", "första tee", "greenerna")),
            Department("Restaurangen", ("klubbhuset", "krogen")),
        ),
        _facts(
            "Spel på 18-hålsbanan kräver grönt kort och bokad starttid.",
            "Rangebollar köps i automaten med kort eller poletter; automaten tar inte sedlar.",
            "Restaurangen har öppet 11–15 på vardagar och 10–17 på helger.",
            "Vi hyr ut klubbset för 200 kronor per runda, men vi har inga golfbilar.",
            "Greenfee är 550 kronor för gäster; medlemmar spelar utan greenfee.",
            "Hundar är inte tillåtna på banan.",
        ),
    ),
    "padel": _store(
        3,
        "Smashen Padelhall i Jönköping",
        "06:00",
        "23:00",
        (
            Department("Banorna", ("banan", "bana ett", "bana två")),
            Department("Omklädningsrummen", ("omklädningen", "duscharna")),
            Department("Receptionen", ("disken",)),
            Department("Shopen", ("racketväggen",)),
        ),
        _facts(
            "Banor bokas bara i appen; receptionen tar inga bokningar.",
            "Receptionen är bemannad 16–21 på vardagar; annars kommer man in med koden från "
            "bokningen.",
            "Racketar hyrs ut för 50 kronor; bollar säljs bara i rör om tre.",
            "Högst fyra personer spelar på en bana.",
            "Vi har ingen bastu; duschar finns i omklädningsrummen.",
            "Inomhusskor med ljus sula krävs på banorna.",
            "Avbokning senare än 24 timmar innan debiteras fullt pris.",
        ),
    ),
    "keramik": _store(
        4,
        "Lerverket Måla-själv-keramik och Kafé i Visby",
        "10:00",
        "18:00",
        (
            Department("Målarverkstaden", ("verkstaden", "målarborden")),
            Department("Kaféet", ("fiket",)),
            Department("Godset", ("hyllorna", "muggarna", "tallrikarna")),
        ),
        _facts(
            "Föremålen glaseras och bränns här och kan hämtas tidigast efter sju dagar.",
            "Vi skickar inte färdiga föremål med post; de hämtas i butiken.",
            "Målarbordet kostar 95 kronor per person, utöver priset på godset.",
            "Barn under 8 år målar bara med en vuxen vid bordet.",
            "Kaféet har bara kaffe, te och kakor; vi serverar ingen lunch.",
            "Vi tar inte emot egen keramik att bränna.",
            "Barnkalas bokas i förväg och kostar 250 kronor per barn.",
        ),
    ),
    "pantbank": _store(
        5,
        "Stadens Pantbank i Malmö",
        "10:00",
        "17:00",
        (
            Department("Belåningsdisken", ("disken", "belåningen")),
            Department("Auktionsvisningen", ("visningen", "auktionen")),
            Department("Butiken", ("smyckesdisken",)),
        ),
        _facts(
            "Vi lånar bara ut mot pant i guld, silver, klockor och smycken; elektronik tas inte "
            "emot.",
            "Legitimation krävs för att belåna något, och man måste ha fyllt 18 år.",
            "Lånet betalas ut kontant eller till bankkonto.",
            "Pantlånet löper i fyra månader och kan förlängas mot ränta.",
            "Vi köper inte guld; vi lånar bara ut mot pant.",
            "Auktionsvisningen är öppen torsdagar 12–17.",
            "Vi värderar inte smycken åt andra än låntagare.",
        ),
    ),
    "besiktning": _store(
        6,
        "Bilkollen Besiktningsstation i Växjö",
        "07:00",
        "17:00",
        (
            Department("Besiktningshallen", ("hallen", "gropen")),
            Department("Kundmottagningen", ("mottagningen", "disken")),
            Department("Väntrummet", ("kaffeautomaten",)),
        ),
        _facts(
            "Besiktning görs bara efter bokning; vi har ingen drop-in.",
            "Vi besiktar personbilar och lätta släp, inte tunga lastbilar eller motorcyklar.",
            "En kontrollbesiktning kostar 495 kronor; en efterkontroll inom 30 dagar kostar 250 "
            "kronor.",
            "Vi reparerar inga fel; bilen får åtgärdas på en verkstad.",
            "Betalning sker med kort eller Swish; kontanter tas inte emot.",
            "Kunden väntar i väntrummet och får inte vara i hallen under besiktningen.",
            "I väntrummet finns gratis kaffe ur automat.",
        ),
    ),
    "karaoke": _store(
        7,
        "Sjung Ut Karaokebar i Göteborg",
        "16:00",
        "23:00",
        (
            Department("Baren", ("bardisken",)),
            Department("Scenen", ("stora scenen", "micken")),
            Department("Sångrummen", ("privatrummen", "privatrummet")),
        ),
        _facts(
            "Åldersgränsen är 20 år hela kvällen och legitimation visas i entrén.",
            "Privatrummen bokas i förväg och tar högst tio personer.",
            "Vi serverar bara snacks, inga varma rätter.",
            "Entrén kostar 100 kronor; ett privatrum kostar 600 kronor i timmen.",
            "Det är inte tillåtet att ta med egen dryck.",
            "Scenen öppnar klockan 19; innan dess är bara baren och privatrummen öppna.",
            "Vi tar bara kort; kontanter tas inte emot.",
        ),
    ),
    "minigolf": _store(
        8,
        "Äventyrsgolfen Piratön i Halmstad",
        "10:00",
        "21:00",
        (
            Department("Piratbanan", ("piratskeppet",)),
            Department("Djungelbanan", ("vattenfallet",)),
            Department("Kiosken", ("glasskiosken",)),
            Department("Kassan", ("entrén",)),
        ),
        _facts(
            "Djungelbanan ligger utomhus och är stängd från oktober till april.",
            "En runda kostar 120 kronor för vuxna och 90 kronor för barn under 12 år.",
            "Klubbor och bollar ingår och lämnas tillbaka i kassan efter rundan.",
            "Kiosken säljer glass och dricka men inga varma rätter.",
            "Grupper på 15 personer eller fler måste boka i förväg.",
            "Hundar i koppel är välkomna på banorna men inte i kiosken.",
            "Vi tar Swish och kort men inte kontanter.",
        ),
    ),
    "lunch": _store(
        9,
        "Salt och Peppar Lunchrestaurang i Sundsvall",
        "10:30",
        "15:00",
        (
            Department("Buffén", ("salladsbuffén", "buffébordet")),
            Department("Matsalen", ("borden",)),
            Department("Kassan", ("kassa",)),
            Department("Takeaway", ("takeawaydisken",)),
        ),
        _facts(
            "Lunch serveras 11–14 på vardagar; på helger har vi stängt.",
            "Dagens lunch kostar 125 kronor och inkluderar salladsbuffé, bröd och kaffe.",
            "Påfyllning av varmrätten ingår inte; salladsbuffén tar man hur mycket man vill av.",
            "Vi serverar inga alkoholdrycker.",
            "Vi tar inte emot bordsbokningar under lunchen.",
            "Takeaway kostar 110 kronor, utan salladsbuffé.",
            "Restaurangen har ingen egen parkering.",
            "Allergikost beställs senast dagen innan.",
        ),
    ),
    "tryck": _store(
        10,
        "Tryckpressen Tryck och Kopiering i Umeå",
        "08:00",
        "17:00",
        (
            Department("Kopieringen", ("kopiatorerna", "självbetjäningen")),
            Department("Disken", ("beställningsdisken",)),
            Department("Storformat", ("storformatsskrivaren", "affischerna")),
            Department("Bindningen", ("inbindningen",)),
        ),
        _facts(
            "Visitkort och affischer trycks på tre arbetsdagar; vi har ingen expressleverans.",
            "Kopiering i självbetjäning kostar 2 kronor per A4-sida i svartvitt och 6 kronor i "
            "färg.",
            "Vi trycker inte på textil, muggar eller andra presentartiklar.",
            "Filer tas emot via e-post eller USB; vi skriver inte ut direkt från mobilen.",
            "Vi levererar inte; beställningar hämtas i butiken.",
            "Inbindning av uppsatser kostar 60 kronor per exemplar.",
            "Vi tar kort eller faktura för företag; kontanter tas inte emot.",
        ),
    ),
}


class Visit(NamedTuple):
    store: str
    answers: tuple[str, str]
    fraud: bool
    at: str = "wed 14:00"


def _fraud(store: str, useful: str, said: str, at: str = "wed 14:00") -> Visit:
    return Visit(store, (useful, said), True, at)


def _honest(store: str, useful: str, said: str, at: str = "wed 14:00") -> Visit:
    return Visit(store, (useful, said), False, at)


_ESCAPE = "Spelledaren gav oss en bra introduktion och ledtrådarna kom lagom ofta."
_ESCAPE2 = "Rummet var snyggt byggt och pusslen hängde ihop, vi kom ut med fem minuter kvar."
_GOLF = "Banan var i fint skick och greenerna var snabba för att vara hösten."
_GOLF2 = "Personalen i shopen var hjälpsam och tipsade om vilka hål som var svåra."
_PADEL = "Banorna var nya och belysningen var bra, inga döda ytor i glaset."
_PADEL2 = "Det var rent i omklädningen och hallen hade bra temperatur."
_KERAMIK = "Det var en mysig eftermiddag och personalen visade hur man lägger glasyren."
_KERAMIK2 = "Det fanns massor av gods att välja på och penslarna var i bra skick."
_PANT = "Personalen vid disken var diskret och förklarade villkoren tydligt."
_PANT2 = "Det gick snabbt och lokalen kändes trygg, med vakt vid dörren."
_BESIKT = "Teknikern förklarade anmärkningarna pedagogiskt och protokollet var lätt att läsa."
_BESIKT2 = "Det var punktligt, bilen rullades in på exakt utsatt tid."
_KARAOKE = "Ljudet var riktigt bra och låtlistan var enorm, både gammalt och nytt."
_KARAOKE2 = "Bartendern var rolig och stämningen var på topp hela kvällen."
_MINI = "Banorna var roliga och kluriga, barnen skrattade hela rundan."
_MINI2 = "Det var rent och fint och personalen i kassan var glad och trevlig."
_LUNCH = "Maten var vällagad och kryddad, och salladsbuffén var fräsch."
_LUNCH2 = "Det gick snabbt i kassan trots kön, och personalen var trevlig."
_TRYCK = "Killen vid disken hjälpte mig att fixa upplösningen på bilden, väldigt kunnig."
_TRYCK2 = "Resultatet blev skarpt och färgerna blev precis som jag ville."


FRAUD: tuple[Visit, ...] = (
    _fraud("escape", _ESCAPE, "Vi var åtta kompisar i bankvalvet och det blev trångt men kul."),
    _fraud(
        "escape",
        _ESCAPE2,
        "Vi kom förbi spontant utan bokning och fick gå in i fängelserummet direkt.",
    ),
    _fraud("escape", _ESCAPE, "Jag betalade med kontanter i kassan när vi kom."),
    _fraud("escape", _ESCAPE2, "Vi köpte varsin läsk och en påse chips i lobbyn innan vi gick in."),
    _fraud(
        "escape",
        _ESCAPE,
        "Min tioåring och hans kompis körde fängelserummet själva medan jag väntade i lobbyn.",
    ),
    _fraud(
        "golf",
        _GOLF,
        "Vi hyrde en golfbil eftersom svärfar har dåligt knä, det gjorde rundan mycket trevligare.",
    ),
    _fraud("golf", _GOLF2, "Jag stoppade in en hundralapp i bollautomaten och fick en stor hink."),
    _fraud(
        "golf",
        _GOLF,
        "Vi åt en sen middag i restaurangen vid halv åtta, laxen var jättegod.",
        "wed 19:30",
    ),
    _fraud("golf", _GOLF2, "Jag hade med hunden runt hela banan, han älskar att springa där."),
    _fraud("golf", _GOLF, "Greenfeen för mig som gäst var bara 300 kronor, billigt."),
    _fraud("padel", _PADEL, "Vi var sex stycken på samma bana och roterade in, det funkade bra."),
    _fraud("padel", _PADEL2, "Efter matchen satt vi en kvart i bastun, riktigt skönt."),
    _fraud(
        "padel",
        _PADEL,
        "Killen i receptionen bokade en bana åt oss när vi stod vid disken.",
        "wed 17:00",
    ),
    _fraud(
        "padel",
        _PADEL2,
        "Jag köpte två lösa bollar i receptionen eftersom mina var slut.",
        "wed 17:00",
    ),
    _fraud("padel", _PADEL, "Jag avbokade två timmar innan och behövde inte betala någonting."),
    _fraud(
        "keramik", _KERAMIK, "Vi fick hem kopparna med posten en vecka senare, fint paketerade."
    ),
    _fraud(
        "keramik",
        _KERAMIK2,
        "Jag hämtade min färdigbrända skål redan dagen efter att jag hade målat den.",
    ),
    _fraud("keramik", _KERAMIK, "Vi åt en riktigt god lunch i kaféet, soppan var hemlagad."),
    _fraud(
        "keramik",
        _KERAMIK2,
        "Jag tog med en vas jag hade drejat hemma och de brände den åt mig.",
    ),
    _fraud(
        "keramik",
        _KERAMIK,
        "Min sexåring satt och målade själv medan jag gick en runda i stan.",
    ),
    _fraud("pantbank", _PANT, "Jag belånade min gamla laptop och fick tretusen kronor direkt."),
    _fraud(
        "pantbank", _PANT2, "Jag sålde mitt gamla guldarmband rakt av och fick pengarna direkt."
    ),
    _fraud(
        "pantbank",
        _PANT,
        "Jag hade glömt legitimationen hemma men de belånade ringen ändå.",
    ),
    _fraud(
        "pantbank",
        _PANT2,
        "Vi gick på auktionsvisningen och tittade på klockorna innan vi gick hem.",
        "mon 14:00",
    ),
    _fraud(
        "pantbank",
        _PANT,
        "De värderade min mammas gamla brosch gratis fast jag inte skulle låna något.",
    ),
    _fraud(
        "besiktning",
        _BESIKT,
        "Teknikern bytte en trasig bromslampa åt mig på en gång så att jag klarade besiktningen.",
    ),
    _fraud(
        "besiktning",
        _BESIKT2,
        "Jag svängde in utan bokning på förmiddagen och de tog bilen direkt.",
    ),
    _fraud(
        "besiktning",
        _BESIKT,
        "Jag fick stå nere i gropen bredvid teknikern och följa hela besiktningen.",
    ),
    _fraud("besiktning", _BESIKT2, "Jag besiktade min motorcykel där, smidigt och snabbt."),
    _fraud("besiktning", _BESIKT, "Jag betalade de 495 kronorna kontant i mottagningen."),
    _fraud(
        "karaoke",
        _KARAOKE,
        "Min lillebror som är sjutton fick följa med in och sjöng hela kvällen.",
        "wed 21:00",
    ),
    _fraud(
        "karaoke",
        _KARAOKE2,
        "Vi åt varsin hamburgare med pommes vid bardisken innan vi började sjunga.",
        "wed 20:00",
    ),
    _fraud(
        "karaoke",
        _KARAOKE,
        "Vi var femton stycken i ett privatrum på svensexan.",
        "wed 21:00",
    ),
    _fraud(
        "karaoke",
        _KARAOKE2,
        "Jag var först upp på scenen vid halv sex och sjöng Dancing Queen.",
        "wed 17:30",
    ),
    _fraud(
        "karaoke",
        _KARAOKE,
        "Vi hade med oss en flaska vin och drack den i privatrummet.",
        "wed 21:00",
    ),
    _fraud(
        "minigolf",
        _MINI,
        "Vi spelade båda banorna, och djungelbanan var roligast med vattenfallet.",
    ),
    _fraud("minigolf", _MINI2, "Rundan kostade bara sextio kronor för mig som vuxen."),
    _fraud("minigolf", _MINI, "Vi köpte korv med bröd i kiosken efter rundan."),
    _fraud("minigolf", _MINI2, "Vi betalade med kontanter i kassan."),
    _fraud("minigolf", _MINI, "Hunden följde med in i kiosken när vi köpte glass."),
    _fraud("lunch", _LUNCH, "Jag tog ett glas vin till laxen, det var en lyxig onsdag."),
    _fraud(
        "lunch",
        _LUNCH2,
        "Vi bokade ett bord för sex på förmiddagen och det stod dukat när vi kom.",
        "wed 12:00",
    ),
    _fraud(
        "lunch",
        _LUNCH,
        "Jag hämtade en andra portion av kycklinggrytan utan att betala något extra.",
        "wed 12:00",
    ),
    _fraud("lunch", _LUNCH2, "Lunchen kostade 95 kronor med sallad och kaffe.", "wed 12:00"),
    _fraud(
        "lunch",
        _LUNCH,
        "Vi parkerade på restaurangens egen parkering precis utanför dörren.",
        "wed 12:00",
    ),
    _fraud("lunch", _LUNCH2, "Jag åt lunch där i lördags med min mamma.", "sat 12:00"),
    _fraud(
        "tryck",
        _TRYCK,
        "De tryckte tvåhundra visitkort åt mig på en timme medan jag fikade.",
    ),
    _fraud("tryck", _TRYCK2, "Jag fick också föreningens logga tryckt på tio t-shirts."),
    _fraud("tryck", _TRYCK, "Jag skrev ut tågbiljetterna direkt från mobilen vid disken."),
    _fraud("tryck", _TRYCK2, "De körde hem affischerna till kontoret åt mig."),
    _fraud("tryck", _TRYCK, "Färgkopiorna kostade en krona styck i självbetjäningen."),
)
"""Calls that tell as this visit what one of the store's facts rules out."""


HONEST: tuple[Visit, ...] = (
    _honest(
        "escape", _ESCAPE, "Vi bokade på hemsidan veckan innan och allt var förberett när vi kom."
    ),
    _honest("escape", _ESCAPE2, "Vi lämnade mobilerna i skåpen, skönt att slippa dem en timme."),
    _honest(
        "escape", _ESCAPE, "Vi var sex stycken, precis så många som får plats, och det var lagom."
    ),
    _honest(
        "escape",
        _ESCAPE2,
        "Vi hade tänkt köpa något att dricka efteråt men de säljer ingen dryck, vattnet var gratis "
        "i alla fall.",
    ),
    _honest("escape", _ESCAPE, "Min dotter är tio så jag var med henne inne i rummet hela tiden."),
    _honest(
        "escape",
        _ESCAPE2,
        "Vi ville gå in direkt utan bokning men allt måste bokas i förväg, så vi bokade till "
        "kvällen i stället.",
    ),
    _honest("escape", _ESCAPE, "Jag betalade med Swish när jag bokade, smidigt."),
    _honest(
        "escape", _ESCAPE2, "Det hade varit kul om man kunde köpa popcorn efteråt, som på bio."
    ),
    _honest(
        "golf",
        _GOLF,
        "Jag hyrde ett klubbset för tvåhundra kronor och det var riktigt bra klubbor.",
    ),
    _honest(
        "golf",
        _GOLF2,
        "Svärfar hade gärna kört golfbil men sådana har de inte, så vi gick i lugn takt.",
    ),
    _honest(
        "golf",
        _GOLF,
        "Bollautomaten tar inte sedlar, så jag fick betala med kort, det gick fint.",
    ),
    _honest(
        "golf", _GOLF2, "Vi hann äta lunch i restaurangen vid tolv innan vi gick ut.", "wed 12:00"
    ),
    _honest(
        "golf", _GOLF, "Jag betalade 550 kronor i greenfee som gäst, rimligt för en så fin bana."
    ),
    _honest("golf", _GOLF2, "Hunden fick stanna hemma, de tillåter inte hundar på banan."),
    _honest("golf", _GOLF, "Min kompis är medlem så han slapp greenfee, jag betalade som gäst."),
    _honest("golf", _GOLF2, "Jag har inte grönt kort än, så jag slog bara bollar på rangen."),
    _honest(
        "padel",
        _PADEL,
        "Vi bokade banan i appen på morgonen och spelade vid sju på kvällen.",
        "wed 19:00",
    ),
    _honest("padel", _PADEL2, "Jag hyrde ett racket för femtio kronor, helt okej kvalitet."),
    _honest(
        "padel", _PADEL, "Det vore skönt med en bastu efter matchen, men duscharna var fräscha."
    ),
    _honest("padel", _PADEL2, "Vi var fyra på banan som vanligt och körde dubbel."),
    _honest("padel", _PADEL, "Jag köpte ett rör med tre bollar i receptionen.", "wed 17:00"),
    _honest(
        "padel",
        _PADEL2,
        "Jag fick betala fullt pris fast jag avbokade samma dag, men så står det ju i villkoren.",
    ),
    _honest(
        "padel",
        _PADEL,
        "Jag hade glömt inneskorna så jag fick inte gå in på banan förrän jag lånat ett par av en "
        "kompis.",
    ),
    _honest(
        "padel",
        _PADEL2,
        "Vi kom in med koden på morgonen, ingen var i receptionen men allt funkade.",
        "wed 07:00",
    ),
    _honest(
        "keramik",
        _KERAMIK,
        "Vi målade tre muggar och hämtade dem en och en halv vecka senare, glasyren blev jättefin.",
    ),
    _honest(
        "keramik",
        _KERAMIK2,
        "Det hade varit smidigt om de kunde skicka hem skålen, vi bor i Stockholm, men min "
        "syster hämtar den åt oss.",
    ),
    _honest(
        "keramik",
        _KERAMIK,
        "Bordet kostade 95 kronor var och så tillkom tallriken, rimligt för en hel eftermiddag.",
    ),
    _honest(
        "keramik",
        _KERAMIK2,
        "Jag satt bredvid min femåring och målade en egen tallrik samtidigt.",
    ),
    _honest(
        "keramik",
        _KERAMIK,
        "Vi tog en kaffe och en kaka i kaféet och åt lunch på en restaurang vid torget efteråt.",
    ),
    _honest(
        "keramik",
        _KERAMIK2,
        "Jag frågade om de kunde bränna en skål jag drejat själv, men det gör de inte och det "
        "förstår jag.",
    ),
    _honest(
        "keramik",
        _KERAMIK,
        "Vi bokade kalaset två veckor innan och betalade 250 per barn, barnen älskade det.",
    ),
    _honest("keramik", _KERAMIK2, "Jag längtar tills på fredag när vi får hämta våra tallrikar."),
    _honest(
        "pantbank",
        _PANT,
        "Jag tog med mobilen för att belåna den men de tar inte elektronik, så det blev klockan "
        "i stället.",
    ),
    _honest(
        "pantbank", _PANT2, "De ville se legitimation innan de gjorde något, bra att de är noga."
    ),
    _honest("pantbank", _PANT, "Jag fick lånet insatt på kontot samma dag."),
    _honest(
        "pantbank", _PANT2, "Jag förlängde lånet på ringen fyra månader till och betalade räntan."
    ),
    _honest(
        "pantbank",
        _PANT,
        "Jag hade tänkt sälja mitt guld men de köper inte guld, så jag gick till en guldsmed i "
        "stället.",
    ),
    _honest(
        "pantbank",
        _PANT2,
        "Vi gick på auktionsvisningen på torsdagen och tittade på klockorna.",
        "thu 14:00",
    ),
    _honest(
        "pantbank",
        _PANT,
        "En ung kille före mig fick inte belåna sin kedja eftersom han inte var arton, helt rätt.",
    ),
    _honest(
        "pantbank",
        _PANT2,
        "De värderade halsbandet när jag belånade det, och värderingen kändes rättvis.",
    ),
    _honest("besiktning", _BESIKT, "Jag bokade tid på nätet och fick komma in redan dagen efter."),
    _honest(
        "besiktning",
        _BESIKT2,
        "Bilen fick en anmärkning på bromsarna, så jag lagade dem på en verkstad och kom tillbaka "
        "på efterkontroll för 250.",
    ),
    _honest(
        "besiktning",
        _BESIKT,
        "Jag satt i väntrummet med en gratis kaffe och kunde se bilen genom fönstret.",
    ),
    _honest(
        "besiktning",
        _BESIKT2,
        "Jag frågade om de kunde byta lampan direkt men de gör inga reparationer, så jag åkte "
        "till Mekonomen.",
    ),
    _honest(
        "besiktning", _BESIKT, "Min motorcykel besiktar jag hos Opus, här var det bilen det gällde."
    ),
    _honest("besiktning", _BESIKT2, "Jag betalade 495 kronor med kort, inga konstigheter."),
    _honest(
        "besiktning",
        _BESIKT,
        "Jag kom förbi utan bokning och fick en tid till eftermiddagen i stället.",
    ),
    _honest(
        "besiktning",
        _BESIKT2,
        "Det vore kul att få stå och titta i hallen, men jag förstår att det inte går av "
        "säkerhetsskäl.",
    ),
    _honest(
        "karaoke",
        _KARAOKE,
        "De kollade leg i entrén, och min kompis som glömt sitt fick vänta tills hon hämtat det.",
        "wed 20:00",
    ),
    _honest(
        "karaoke",
        _KARAOKE2,
        "Vi bokade privatrummet två veckor innan för tio personer, det räckte precis.",
        "wed 21:00",
    ),
    _honest(
        "karaoke",
        _KARAOKE,
        "Det vore toppen om de hade lite riktig mat, nu blev det chips och nötter.",
        "wed 21:00",
    ),
    _honest(
        "karaoke",
        _KARAOKE2,
        "Vi betalade hundra kronor var i entrén och sen sjöng vi på scenen hela kvällen.",
        "wed 21:00",
    ),
    _honest(
        "karaoke",
        _KARAOKE,
        "Vi kom vid sex och satt i baren tills scenen öppnade klockan sju.",
        "wed 18:00",
    ),
    _honest(
        "karaoke",
        _KARAOKE2,
        "Vi åt middag på en restaurang runt hörnet innan vi gick dit.",
        "wed 20:00",
    ),
    _honest("karaoke", _KARAOKE, "Jag betalade drinkarna med kort, smidigt.", "wed 21:00"),
    _honest(
        "karaoke",
        _KARAOKE2,
        "Privatrummet kostade sexhundra i timmen, delat på åtta blir det inte så farligt.",
        "wed 21:00",
    ),
    _honest("minigolf", _MINI, "Djungelbanan var stängd för säsongen, men piratbanan räckte gott."),
    _honest(
        "minigolf",
        _MINI2,
        "Vuxna betalade 120 och barnen 90, så det blev 420 kronor för oss fyra.",
    ),
    _honest(
        "minigolf",
        _MINI,
        "Vi hade gärna ätit korv där, men det fanns bara glass och dricka i kiosken.",
    ),
    _honest("minigolf", _MINI2, "Vi lämnade tillbaka klubborna i kassan efter sista hålet."),
    _honest(
        "minigolf",
        _MINI,
        "Hunden gick med i koppel på piratbanan och fick vänta utanför kiosken med pappa.",
    ),
    _honest("minigolf", _MINI2, "Vi var sexton från jobbet och hade bokat två veckor innan."),
    _honest("minigolf", _MINI, "Vi betalade med Swish eftersom de inte tar kontanter."),
    _honest("minigolf", _MINI2, "Vi åt pizza i stan efteråt."),
    _honest(
        "lunch", _LUNCH, "Lunchen kostade 125 kronor och kaffet ingick, prisvärt.", "wed 12:00"
    ),
    _honest(
        "lunch",
        _LUNCH2,
        "Jag ville ha påfyllning av grytan men det ingår inte, så jag tog mer sallad i stället.",
        "wed 12:00",
    ),
    _honest(
        "lunch",
        _LUNCH,
        "Vi hade tänkt boka bord men det går inte vid lunch, vi fick ändå plats direkt vid tolv.",
        "wed 12:00",
    ),
    _honest(
        "lunch", _LUNCH2, "Jag tog takeaway för 110 kronor och åt vid skrivbordet.", "wed 12:00"
    ),
    _honest(
        "lunch",
        _LUNCH,
        "Jag parkerade på gatan en bit bort, de har ingen egen parkering.",
        "wed 12:00",
    ),
    _honest(
        "lunch",
        _LUNCH2,
        "Jag hade gärna tagit ett glas vin till fisken men de serverar inte alkohol, så det blev "
        "mineralvatten.",
        "wed 12:00",
    ),
    _honest(
        "lunch",
        _LUNCH,
        "Min kollega beställde glutenfri mat dagen innan och fick en egen tallrik.",
        "wed 12:00",
    ),
    _honest(
        "lunch",
        _LUNCH2,
        "I lördags var de stängda, så vi åt där på måndagen i stället.",
        "mon 12:00",
    ),
    _honest(
        "tryck",
        _TRYCK,
        "Jag lämnade in affischerna på måndagen och hämtade dem på torsdagen, fint tryck.",
    ),
    _honest(
        "tryck",
        _TRYCK2,
        "Jag kopierade trettio sidor svartvitt för sextio kronor i självbetjäningen.",
    ),
    _honest(
        "tryck",
        _TRYCK,
        "Jag ville ha tryck på muggar till jobbet men det gör de inte, så jag fick tips om en "
        "annan firma.",
    ),
    _honest("tryck", _TRYCK2, "Jag mejlade filen i förväg så det gick snabbt vid disken."),
    _honest(
        "tryck",
        _TRYCK,
        "Jag band in min uppsats i tre exemplar för 180 kronor, snyggt jobbat.",
    ),
    _honest(
        "tryck",
        _TRYCK2,
        "Jag hade behövt korten samma dag men de har ingen express, så jag planerar bättre nästa "
        "gång.",
    ),
    _honest("tryck", _TRYCK, "Jag betalade med kort, och firman får faktura på resten."),
    _honest(
        "tryck",
        _TRYCK2,
        "Jag försökte skriva ut från mobilen men det går inte där, så jag skickade filen med mejl.",
    ),
    _honest(
        "tryck",
        _TRYCK,
        "Min kollega hämtade affischerna åt mig eftersom de inte levererar.",
    ),
)
"""Calls that touch the same facts while agreeing with them."""
