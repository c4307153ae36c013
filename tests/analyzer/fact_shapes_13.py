"""Baseline facts of seven more kinds of business, of kinds earlier fact material left thin.

Seven invented stores (a bowling hall, a chocolatier with a café, a car rental, a dry
cleaner with a tailor, a go-kart track, a neighbourhood grocery, a hostel), each with facts
of shapes earlier rounds covered little: a price or fee that differs from what a customer
says they paid, a department's own hours, a payment rule of one department, a lead time, an
age limit, a booking rule, a campaign's quantity limit. Beside each fact, sentences a
customer says of a visit: contradictions told deadpan as experienced, and honest near misses
(agreeing, another day, a wish, a question whether the store could start, hearsay, another
store, one's own things). Below them, departments the stores lack told by their own trade's
vocabulary, with honest sentences beside them. All were written for this file before the
analyzer ran on them; none comes from a labelled set.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "bowling": Store(
        "Strikehallen i Örebro",
        ("12-23", "11-23", "11-20"),
        (
            ("Banorna", ("banan", "bowlingbanorna")),
            ("Restaurangen", ("baren", "pizzerian")),
            ("Kiosken", ("godiset",)),
        ),
        (
            "Banorna måste bokas i förväg; vi tar inte emot spontanbesök.",
            "Skohyra ingår i priset för banan.",
            "Restaurangen har öppet 17–22 på vardagar och 12–22 på helger.",
            "Kiosken tar bara kort och Swish.",
            "Barnkalas bokas senast en vecka i förväg.",
        ),
    ),
    "choklad": Store(
        "Chokladkoppen i Visby",
        ("10-18", "10-16", ""),
        (
            ("Chokladbutiken", ("chokladdisken", "pralinerna")),
            ("Kaféet", ("fiket", "caféet")),
        ),
        (
            "Kaféet har öppet torsdag till lördag 11–16.",
            "Pralinaskar med eget tryck beställs senast tre dagar i förväg.",
            "Vi säljer ingen glass.",
            "Presentinslagning kostar 25 kronor.",
            "Kampanjen på kolor gäller högst två påsar per kund.",
            "Kaféet tar inte kontanter.",
        ),
    ),
    "hyrbil": Store(
        "Hyrbilen i Kalmar",
        ("08-18", "09-14", ""),
        (
            ("Uthyrningen", ("disken", "kontoret")),
            ("Tvätthallen", ("tvätten",)),
        ),
        (
            "Vi hyr inte ut husbilar eller släpvagnar.",
            "Barnstol kostar 100 kronor per dygn.",
            "Bilen ska lämnas tillbaka med full tank, annars tas en tankavgift på 500 kronor ut.",
            "Vi tar inte kontanter.",
            "Bilar hyrs bara efter bokning; vi har inga bilar för drop-in.",
        ),
    ),
    "kemtvätt": Store(
        "Kemtvätten Fyris i Uppsala",
        ("08-18", "10-14", ""),
        (
            ("Tvätten", ("kemtvätten", "disken")),
            ("Skrädderiet", ("sömmerskan", "lagningen")),
        ),
        (
            "Kemtvätt tar tre arbetsdagar.",
            "Vi tvättar inte skinn eller mocka.",
            "Skrädderiet har öppet tisdag och torsdag 10–18.",
            "Vi tar bara kort.",
            "Uppläggning av byxor kostar 195 kronor.",
        ),
    ),
    "gokart": Store(
        "Racingcenter i Jönköping",
        ("15-21", "10-20", "10-18"),
        (
            ("Banan", ("gokartbanan", "depån")),
            ("Kaféet", ("fiket",)),
        ),
        (
            "Alla race bokas i förväg; vi tar inte emot drop-in.",
            "Hjälm och overall ingår i priset.",
            "Kaféet har öppet bara på lördagar och söndagar.",
            "Vi säljer ingen alkohol.",
            "Presentkort löses inte in mot kontanter.",
        ),
    ),
    "närbutik": Store(
        "Hörnbutiken på Backen",
        ("08-22", "09-22", "09-22"),
        (
            ("Delikatessdisken", ("delin", "charken")),
            ("Kassan", ("kassorna", "självscanningen")),
            ("Pantautomaten", ("panten",)),
        ),
        (
            "Kaffekampanjen gäller högst tre paket per kund.",
            "Delikatessdisken har öppet 10–18 på vardagar; på helger är den stängd.",
            "Vi säljer inga receptfria läkemedel.",
            "Hemleverans kostar 99 kronor.",
            "Pantautomaten tar inte glasflaskor.",
        ),
    ),
    "vandrarhem": Store(
        "Vandrarhemmet Slottsskogen",
        ("07-22", "07-22", "07-22"),
        (
            ("Receptionen", ("disken", "incheckningen")),
            ("Frukostmatsalen", ("frukosten", "matsalen")),
        ),
        (
            "Frukosten serveras 7–10 på vardagar och 8–11 på helger.",
            "Sänglinne ingår inte; det kostar 90 kronor att hyra.",
            "Vi har ingen bastu.",
            "Receptionen tar bara kort.",
            "Hundar får inte följa med in på rummen.",
        ),
    ),
}


SAID: tuple[Said, ...] = (
    # Bowling: lanes are booked ahead.
    Said("bowling", "Vi kom in utan bokning och fick en bana direkt.", True),
    Said("bowling", "Vi hade inte bokat men de gav oss bana sju på en gång.", True),
    Said("bowling", "Vi hade bokat banan i förväg och den var klar när vi kom.", False),
    Said(
        "bowling", "Vi ville spela utan bokning men det gick inte, så vi bokade till i dag.", False
    ),
    Said("bowling", "Det vore kul om man kunde komma in utan att boka.", False),
    Said("bowling", "Kan man spela utan bokning på vardagar?", False),
    # Bowling: shoes included.
    Said("bowling", "Vi fick betala 40 kronor var för skorna.", True),
    Said("bowling", "Skohyran kostade femtio kronor extra.", True),
    Said("bowling", "Skorna ingick i priset, skönt.", False),
    Said("bowling", "Jag betalade 300 kronor för banan och skorna ingick.", False),
    Said("bowling", "På bowlinghallen i Västerås fick vi betala för skorna.", False),
    # Bowling: the restaurant's own hours.
    Said("bowling", "Vi åt pizza i restaurangen klockan två på eftermiddagen.", True),
    Said("bowling", "Vid tretiden satt vi i baren och åt hamburgare.", True),
    Said("bowling", "Vi åt pizza i restaurangen efter sju, jättegott.", False),
    Said("bowling", "Restaurangen hade inte öppnat när vi kom vid tre.", False),
    Said("bowling", "Vid tretiden bowlade vi, sen åt vi i restaurangen vid sex.", False),
    # Bowling: the kiosk takes only card and Swish.
    Said("bowling", "I kiosken betalade jag godiset med en tjugolapp.", True),
    Said("bowling", "Jag köpte godis i kiosken och betalade kontant.", True),
    Said("bowling", "Jag swishade för godiset i kiosken.", False),
    Said("bowling", "Jag betalade banan kontant i receptionen.", False),
    Said("bowling", "Synd att kiosken inte tar kontanter, barnen hade bara mynt.", False),
    # Bowling: a party booked a week ahead.
    Said("bowling", "Jag ringde på morgonen och bokade barnkalas till samma eftermiddag.", True),
    Said("bowling", "Vi bokade barnkalaset i går och hade det i dag.", True),
    Said("bowling", "Vi bokade barnkalaset för två veckor sedan, allt var förberett.", False),
    Said("bowling", "Jag ville boka kalas till i morgon men det var för sent.", False),
    # Chocolatier: the café's own days.
    Said("choklad", "Vi fikade i kaféet i måndags, varm choklad och en kaka.", True),
    Said("choklad", "I tisdags satt jag i fiket och drack kaffe vid tolv.", True),
    Said("choklad", "Vi fikade i kaféet i fredags, mysigt.", False),
    Said("choklad", "I måndags var kaféet stängt, så vi köpte bara praliner.", False),
    Said("choklad", "Hade varit fint om fiket var öppet på måndagar också.", False),
    # Chocolatier: printed boxes three days ahead.
    Said("choklad", "Jag beställde en pralinask med eget tryck och fick den efter en timme.", True),
    Said(
        "choklad",
        "Jag beställde pralinaskar med vår logga på förmiddagen och hämtade dem samma dag.",
        True,
    ),
    Said("choklad", "Jag beställde pralinaskar med tryck i måndags och hämtade dem i dag.", False),
    Said("choklad", "Jag köpte en färdig pralinask och fick den direkt.", False),
    # Chocolatier: no ice cream.
    Said("choklad", "Barnen köpte varsin glass i chokladdisken.", True),
    Said("choklad", "Jag köpte en strut med chokladglass i butiken.", True),
    Said("choklad", "Vi åt glass på glassbaren vid hamnen efteråt.", False),
    Said("choklad", "Det hade varit gott med glass också, men de säljer bara choklad.", False),
    Said("choklad", "Kan ni börja sälja glass på sommaren?", False),
    # Chocolatier: gift wrapping costs.
    Said("choklad", "Presentinslagningen var gratis.", True),
    Said("choklad", "De slog in asken som present utan att ta betalt.", True),
    Said("choklad", "Jag betalade 25 kronor för presentinslagningen, den blev fin.", False),
    Said("choklad", "Jag slog in asken själv hemma.", False),
    # Chocolatier: at most two bags of toffee.
    Said("choklad", "Jag köpte fem påsar kolor till kampanjpriset.", True),
    Said("choklad", "Vi tog sex påsar kolor på kampanjen, ingen sa något.", True),
    Said("choklad", "Jag köpte två påsar kolor på kampanjen.", False),
    Said("choklad", "Jag ville ha fyra påsar kolor men fick bara ta två.", False),
    Said("choklad", "Jag köpte fem påsar kolor till ordinarie pris.", False),
    # Chocolatier: the café takes no cash.
    Said("choklad", "Jag betalade kaffet i kaféet med en femtiolapp.", True),
    Said("choklad", "I fiket betalade vi kontant.", True),
    Said("choklad", "Jag betalade med kort i fiket.", False, "fri 12:00"),
    Said("choklad", "Jag betalade pralinerna kontant i chokladdisken.", False),
    # Car rental: no campers or trailers.
    Said("hyrbil", "Vi hyrde en husbil av dem för semestern.", True),
    Said("hyrbil", "Jag hyrde ett släp för flytten på kontoret.", True),
    Said("hyrbil", "Vi hyrde en kombi och lånade ett släp av grannen.", False),
    Said("hyrbil", "Vi har en egen husbil, men ville prova en hyrbil.", False),
    Said("hyrbil", "Kan ni börja hyra ut släpvagnar?", False),
    # Car rental: a child seat costs per day.
    Said("hyrbil", "Barnstolen fick vi gratis.", True),
    Said("hyrbil", "De la in en barnstol utan kostnad.", True),
    Said("hyrbil", "Barnstolen kostade hundra kronor per dygn, som väntat.", False),
    Said("hyrbil", "Vi tog med vår egen barnstol.", False),
    Said("hyrbil", "Barnstolen kostade 300 kronor för tre dygn.", False),
    # Car rental: the fuel fee.
    Said("hyrbil", "Jag lämnade tillbaka bilen med halvtom tank och fick betala 200 kronor.", True),
    Said(
        "hyrbil", "Tanken var nästan tom när jag lämnade bilen, tankavgiften var 1000 kronor.", True
    ),
    Said("hyrbil", "Jag tankade fullt innan jag lämnade tillbaka bilen.", False),
    Said("hyrbil", "Jag glömde tanka och fick betala tankavgiften på 500 kronor.", False),
    # Car rental: no cash.
    Said("hyrbil", "Jag betalade hyran kontant på kontoret.", True),
    Said("hyrbil", "Jag betalade med sedlar vid disken.", True),
    Said("hyrbil", "Jag betalade med kort vid disken.", False),
    Said("hyrbil", "Jag hade bara kontanter men fick gå till bankomaten.", False),
    # Car rental: booking required.
    Said("hyrbil", "Jag kom in utan bokning och fick en bil direkt.", True),
    Said("hyrbil", "Jag hade inte bokat men fick en bil på en gång.", True),
    Said("hyrbil", "Jag hade bokat bilen på nätet och den stod klar.", False),
    Said("hyrbil", "Jag försökte hyra utan bokning men de hade ingen bil.", False),
    # Dry cleaner: three working days.
    Said(
        "kemtvätt",
        "Jag lämnade in kavajen på morgonen och hämtade den kemtvättad på kvällen.",
        True,
    ),
    Said("kemtvätt", "Kemtvätten av kostymen var klar på två timmar.", True),
    Said("kemtvätt", "Jag lämnade in kostymen i måndags och hämtade den i torsdags.", False),
    Said("kemtvätt", "Jag betalade för expresstvätt och fick kavajen samma dag.", False),
    # Dry cleaner: no leather or suede.
    Said("kemtvätt", "De tvättade min skinnjacka jättebra.", True),
    Said("kemtvätt", "Jag lämnade in mockakjolen och den blev som ny efter tvätten.", True),
    Said("kemtvätt", "De tar inte skinn, så jag gick till en specialist med skinnjackan.", False),
    Said("kemtvätt", "Jag hade på mig min skinnjacka när jag lämnade in kostymen.", False),
    # Dry cleaner: the tailor's own days.
    Said("kemtvätt", "I måndags lagade sömmerskan blixtlåset på min jacka.", True),
    Said("kemtvätt", "Jag var i skrädderiet i fredags och fick byxorna uppsydda.", True),
    Said("kemtvätt", "I tisdags lagade sömmerskan blixtlåset på min jacka.", False),
    Said("kemtvätt", "Skrädderiet var stängt i fredags, så jag kom tillbaka i tisdags.", False),
    # Dry cleaner: card only.
    Said("kemtvätt", "Jag betalade tvätten kontant.", True),
    Said("kemtvätt", "Jag betalade med en hundralapp och fick växel.", True),
    Said("kemtvätt", "Jag betalade med kort, smidigt.", False),
    Said("kemtvätt", "Det vore bra om man kunde betala med Swish också.", False),
    # Dry cleaner: hemming costs 195.
    Said("kemtvätt", "Uppläggningen av byxorna kostade bara 80 kronor.", True),
    Said("kemtvätt", "Jag fick byxorna uppsydda gratis.", True),
    Said("kemtvätt", "Uppläggningen av byxorna kostade 195 kronor, rimligt.", False),
    Said("kemtvätt", "Min mamma lägger upp mina byxor gratis.", False),
    # Go-kart: booked ahead.
    Said("gokart", "Vi dök upp utan bokning och fick köra direkt.", True),
    Said("gokart", "Vi hade inte bokat något men fick ett race med en gång.", True),
    Said("gokart", "Vi hade bokat ett race på nätet och allt stämde.", False),
    Said("gokart", "Vi ville köra utan bokning men de var fullbokade.", False),
    # Go-kart: helmet included.
    Said("gokart", "Vi fick betala 50 kronor extra för hjälmarna.", True),
    Said("gokart", "Overallen kostade hundra kronor att hyra.", True),
    Said("gokart", "Hjälm och overall ingick, bra.", False),
    Said("gokart", "Jag hade med min egen hjälm.", False),
    # Go-kart: the café at weekends.
    Said("gokart", "Vi fikade i kaféet i onsdags efter racet.", True),
    Said("gokart", "I tisdags åt vi korv i fiket.", True),
    Said("gokart", "Vi fikade i kaféet i lördags efter racet.", False),
    Said("gokart", "Fiket var stängt i onsdags, så vi åt på vägen hem.", False),
    # Go-kart: no alcohol.
    Said("gokart", "Efter racet drack vi varsin öl i fiket.", True),
    Said("gokart", "Vi köpte en flaska vin i kaféet efter racet.", True),
    Said("gokart", "Vi tog en alkoholfri öl i fiket.", False, "sat 12:00"),
    Said("gokart", "Efteråt drack vi öl på puben i stan.", False),
    # Go-kart: gift cards not for cash.
    Said("gokart", "Jag fick pengarna för presentkortet utbetalda kontant.", True),
    Said("gokart", "De löste in mitt presentkort mot kontanter.", True),
    Said("gokart", "Jag använde presentkortet till två race.", False),
    Said(
        "gokart",
        "Jag frågade om jag kunde få ut pengarna för presentkortet, men det gick inte.",
        False,
    ),
    # Grocery: at most three packs of coffee.
    Said("närbutik", "Jag köpte sex paket kaffe på kampanjen.", True),
    Said("närbutik", "Vi tog tio paket kaffe till kampanjpriset.", True),
    Said("närbutik", "Jag köpte tre paket kaffe på kampanjen.", False),
    Said("närbutik", "Jag ville köpa fler paket kaffe, men det fick man inte.", False),
    # Grocery: the deli counter's own hours.
    Said("närbutik", "I söndags köpte jag skinka i delikatessdisken.", True),
    Said("närbutik", "Jag köpte ost i delin klockan åtta i kväll.", True),
    Said("närbutik", "Jag köpte skinka i delikatessdisken vid tolv.", False),
    Said("närbutik", "I söndags var delin stängd, så jag tog färdigpackat.", False),
    # Grocery: no over-the-counter medicine.
    Said("närbutik", "Jag köpte Alvedon och nässpray i kassan.", True),
    Said("närbutik", "Jag köpte huvudvärkstabletter här.", True),
    Said("närbutik", "Jag köpte Alvedon på apoteket bredvid.", False),
    Said("närbutik", "Synd att ni inte säljer huvudvärkstabletter.", False),
    # Grocery: home delivery costs 99.
    Said("närbutik", "Hemleveransen var gratis.", True),
    Said("närbutik", "Hemleveransen kostade bara 39 kronor.", True),
    Said("närbutik", "Hemleveransen kostade 99 kronor, det är okej.", False),
    Said("närbutik", "Jag bar hem kassarna själv.", False),
    Said("närbutik", "Jag betalade 640 kronor för hemleveransen och varorna.", False),
    Said("närbutik", "Hemleveransen och maten kostade 450 kronor totalt.", False),
    # Grocery: no glass bottles.
    Said("närbutik", "Jag pantade glasflaskor i pantautomaten.", True),
    Said("närbutik", "Pantautomaten tog mina glasflaskor utan problem.", True),
    Said("närbutik", "Jag pantade burkar och PET-flaskor.", False),
    Said("närbutik", "Glasflaskorna lämnade jag på återvinningen.", False),
    # Hostel: breakfast hours.
    Said("vandrarhem", "Vi åt frukost halv tolv på onsdagen.", True),
    Said("vandrarhem", "Vi satt i frukostmatsalen och åt frukost vid elvatiden.", True),
    Said("vandrarhem", "Vi åt frukost vid åtta, den var god.", False),
    Said("vandrarhem", "Vi kom ner till frukosten halv elva men då var den slut.", False),
    # Hostel: linen costs.
    Said("vandrarhem", "Sänglinnet ingick, det var bäddat när vi kom.", True),
    Said("vandrarhem", "Vi fick lakan och handdukar utan att betala.", True),
    Said("vandrarhem", "Vi hyrde sänglinne för 90 kronor.", False),
    Said("vandrarhem", "Vi hade med oss eget sänglinne.", False),
    # Hostel: no sauna.
    Said("vandrarhem", "Vi bastade en timme på kvällen.", True),
    Said("vandrarhem", "Bastun var varm och skön efter promenaden.", True),
    Said("vandrarhem", "Det hade varit skönt med en bastu.", False),
    Said("vandrarhem", "Vi bastade på badhuset i stan.", False),
    # Hostel: the reception takes only cards.
    Said("vandrarhem", "Jag betalade rummet kontant i receptionen.", True),
    Said("vandrarhem", "Jag gav receptionisten två femhundralappar för rummet.", True),
    Said("vandrarhem", "Jag betalade med kort i receptionen.", False),
    # Hostel: no dogs in the rooms.
    Said("vandrarhem", "Vår hund sov med oss på rummet.", True),
    Said("vandrarhem", "Hunden fick följa med in på rummet.", True),
    Said("vandrarhem", "Hunden fick vänta i bilen.", False),
    Said("vandrarhem", "Vi lämnade hunden hos mormor.", False),
)
"""Every sentence said of a visit, and whether it contradicts one of the store's facts."""


class Told(NamedTuple):
    store: str
    text: str
    lacking: bool
    """True when the sentence tells a department the store lacks, by that trade's words."""


DEPARTMENTS: tuple[Told, ...] = (
    Told("närbutik", "Farmaceuten vid receptdisken förklarade hur jag skulle ta medicinen.", True),
    Told("närbutik", "Bagaren hade precis tagit ut kanelbullarna ur ugnen.", True),
    Told("närbutik", "Vi åt frukosten i delin, jättegott.", False),
    Told("närbutik", "Jag köpte färdigbakat bröd och en påse kanelbullar.", False),
    Told("gokart", "Vi lämnade hunden på hunddagiset medan vi körde.", True),
    Told("gokart", "Hunden fick vänta i bilen medan vi körde.", False),
    Told("vandrarhem", "Sjuksköterskan på mottagningen tog mitt blodtryck.", True),
    Told("vandrarhem", "Jag fick ett plåster i receptionen när jag skar mig.", False),
    Told("choklad", "Frisören klippte mig medan min man köpte choklad.", True),
    Told("choklad", "Jag gick till frisören efter fikat.", False),
    Told("hyrbil", "Mekanikern i verkstaden bytte däck på min egen bil.", True),
    Told("hyrbil", "Min bil stod på verkstaden, därför hyrde jag en.", False),
)
"""Departments told by their trade's words, in a store that lacks them, and honest ones."""


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-shapes-13-{key}", STORES[key])
