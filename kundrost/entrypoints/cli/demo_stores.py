"""The demo's three stores: their business contexts and what their simulated shoppers say.

Written for the demo only. The offline analyzer knows none of these sentences; it reads
them with the same general Swedish rules it applies to any feedback.
"""

from __future__ import annotations

from datetime import date, time
from uuid import UUID, uuid5

from attrs import frozen

from kundrost.domain import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
    OpeningHours,
    Priority,
    Question,
    StoreId,
    Weekday,
)

NAMESPACE = UUID("6a1d0c84-2f51-4f7e-9a0e-3c5b7d9e1f20")

WEEKDAYS = (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY)


def _store(name: str) -> StoreId:
    return StoreId(uuid5(NAMESPACE, name))


def _hours(weekdays: tuple[int, int], weekend: tuple[int, int]) -> dict[Weekday, OpeningHours]:
    hours = {day: OpeningHours(time(weekdays[0]), time(weekdays[1])) for day in WEEKDAYS}
    for day in (Weekday.SATURDAY, Weekday.SUNDAY):
        hours[day] = OpeningHours(time(weekend[0]), time(weekend[1]))
    return hours


@frozen
class DemoStore:
    """A store of the demo with the answers its shoppers give, by kind of shopper."""

    context: BusinessContext
    short_name: str
    detailed: tuple[tuple[str, ...], ...]
    generic: tuple[tuple[str, ...], ...]
    nonsense: tuple[tuple[str, ...], ...]
    impossible: tuple[tuple[str, ...], ...]

    @property
    def name(self) -> str:
        return self.context.store_name or str(self.context.store_id)


GROCERY = DemoStore(
    context=BusinessContext(
        store_id=_store("Matkassen Hornstull"),
        store_name="Matkassen Hornstull",
        operating_hours=_hours((7, 22), (8, 22)),
        closed_dates=[date(2026, 12, 25)],
        departments=[
            Department("Kött och chark", aliases=("köttdisken", "charken", "manuella disken")),
            Department("Bageri", aliases=("bageriet", "brödhyllan", "bakdisken")),
            Department("Frukt och grönt", aliases=("grönsakerna", "frukten")),
            Department("Kassa", aliases=("kassan", "kassorna", "självscanningen")),
        ],
        current_campaigns=[Campaign("Veckans kött", "Tio procent på allt nötkött i köttdisken.")],
        question_configuration=[
            Question(
                "Hur upplevde du köttdisken idag?", Priority.HIGH, department="Kött och chark"
            ),
            Question("Vad tyckte du om brödet från vårt bageri?", department="Bageri", frequency=2),
            Question("Hur gick det i kassan?", Priority.LOW, frequency=3, department="Kassa"),
        ],
        baseline_facts=[
            BaselineFact("Butiken har ingen fiskdisk.", topic="fisk"),
            BaselineFact("Parkeringen är gratis i två timmar.", topic="parkering"),
        ],
    ),
    short_name="Matkassen",
    detailed=(
        (
            "Köttdisken var riktigt bra idag, killen där hjälpte mig välja en bit högrev "
            "till grytan och berättade hur länge den skulle puttra.",
            "Det enda var att kön i kassan var lång vid halv sex, bara två kassor öppna. "
            "Ni borde öppna en kassa till när folk kommer från jobbet.",
            "Annars hittade jag allt, frukten såg fräsch ut.",
        ),
        (
            "Surdegsbrödet från bageriet var slut redan klockan fyra, det har hänt tre "
            "gånger nu i november.",
            "Det hade varit bra om ni bakade en omgång till på eftermiddagen eftersom "
            "många handlar efter jobbet.",
            "Personalen i bageriet var trevlig och sa att de skulle ta upp det.",
        ),
        (
            "Jag tycker att frukt och grönt har blivit mycket bättre, avokadorna var mogna "
            "och bananerna fina.",
            "Men prislappen på clementinerna stämde inte, det stod 25 kronor kilot och i "
            "kassan blev det 32. Ni borde se över hyllkanterna.",
            "Tjejen i kassan rättade det direkt, så det var skönt.",
        ),
        (
            "Självscanningen krånglade, två av fyra maskiner var trasiga och det blev kö.",
            "Jag önskar att ni lagar dem snabbare eller sätter någon där som kan hjälpa "
            "till, för det tog tio minuter extra.",
            "Köttfärsen var i alla fall billig den här veckan.",
        ),
    ),
    generic=(
        ("Det var bra.", "Allt var bra, inget att klaga på.", "Nej, det var väl bra."),
        ("Helt okej.", "Jag vet inte, det var som vanligt.", "Nej tack, inget mer."),
    ),
    nonsense=(
        (
            "Ni borde köpa flygande elefanter till butiken.",
            "Och osten pratade med mig i kylen, den sa att den var ledsen.",
            "Kundvagnarna borde kunna teleportera hem varorna.",
        ),
    ),
    impossible=(
        (
            "Fiskdisken var fantastisk, killen där filéade en lax åt mig direkt.",
            "Han gav mig tips om hur länge den skulle ligga i ugnen, jättebra service.",
            "Jag kommer tillbaka för fisken nästa vecka.",
        ),
    ),
)

CAFE = DemoStore(
    context=BusinessContext(
        store_id=_store("Kafé Kanelbullen"),
        store_name="Kafé Kanelbullen",
        operating_hours=_hours((7, 18), (9, 17)),
        departments=[
            Department("Kaffebar", aliases=("baristan", "kaffet", "disken")),
            Department("Bakverk", aliases=("bullarna", "fikat", "kakorna")),
            Department("Lunch", aliases=("dagens", "smörgåsarna", "soppan")),
        ],
        question_configuration=[
            Question("Hur smakade kaffet?", Priority.HIGH, department="Kaffebar"),
            Question("Vad tyckte du om bakverken?", department="Bakverk"),
            Question("Hur var det att hitta en plats att sitta?", Priority.LOW),
        ],
        baseline_facts=[
            BaselineFact("Kaféet har inga alkoholrättigheter.", topic="alkohol"),
            BaselineFact(
                "Beställning sker i disken, det finns ingen bordsservering.", topic="bord"
            ),
        ],
    ),
    short_name="Kanelbullen",
    detailed=(
        (
            "Kaffet var bra men cappuccinon var ljummen, baristan hade mycket att göra.",
            "Ni borde ha två personer i kaffebaren på lördagsförmiddagen, för kön gick "
            "ända ut till dörren.",
            "Kanelbullarna var nybakade och riktigt goda.",
        ),
        (
            "Dagens soppa var jättegod, linssoppa med mycket smak, och brödet till var hembakat.",
            "Det hade varit bra om ni skrev ut allergenerna på tavlan eftersom jag fick "
            "fråga två gånger om nötter.",
            "Personalen var vänlig och kollade med köket.",
        ),
        (
            "Det var svårt att hitta en plats vid lunch, alla bord var upptagna vid tolv.",
            "Jag önskar att ni ställde ut några fler bord vid fönstret, där finns plats.",
            "Smörgåsen med räkor var fräsch och prisvärd för 89 kronor.",
        ),
    ),
    generic=(
        ("Det var gott.", "Jag har inget särskilt att säga.", "Nej, det var bra."),
        ("Trevligt som vanligt.", "Allt var okej.", "Nej, inget mer."),
    ),
    nonsense=(
        (
            "Kaffet borde serveras av en robotdelfin.",
            "Bullarna sjöng för mig och kakorna flög runt i taket.",
            "Ni borde ha en simbassäng med choklad.",
        ),
    ),
    impossible=(
        (
            "Servitören kom till bordet och tog upp beställningen och var supertrevlig.",
            "Vinet han rekommenderade till lunchen var perfekt.",
            "Jag beställde ett glas till efter maten.",
        ),
    ),
)

HARDWARE = DemoStore(
    context=BusinessContext(
        store_id=_store("Järnia Bagarmossen"),
        store_name="Järnia Bagarmossen",
        operating_hours=_hours((7, 19), (9, 16)),
        departments=[
            Department("Verktyg", aliases=("verktygsavdelningen", "elverktygen", "skruvdragarna")),
            Department("Färg", aliases=("färgavdelningen", "färgblandningen")),
            Department("Trädgård", aliases=("trädgårdsavdelningen", "växterna")),
            Department("Trävaror", aliases=("virket", "kapservicen", "brädorna")),
        ],
        question_configuration=[
            Question("Fick du den hjälp du behövde med ditt projekt?", Priority.HIGH),
            Question("Hur var färgblandningen?", department="Färg", frequency=2),
        ],
        baseline_facts=[],
    ),
    short_name="Järnia",
    detailed=(
        (
            "Killen på färgavdelningen blandade rätt kulör på första försöket och gav tips "
            "om vilken roller jag skulle ta till tapeten.",
            "Men det tog tjugo minuter att få hjälp eftersom bara en person jobbade där. "
            "Ni borde ha en till i färgblandningen på lördagar.",
            "Priserna på penslar var bra.",
        ),
        (
            "Kapservicen på virket var toppen, de sågade alla brädor på fem minuter.",
            "Det hade varit bra om ni hade fler kärror vid trävarorna, jag fick bära "
            "brädorna själv genom hela butiken.",
            "Annars hittade jag skruvarna direkt.",
        ),
        (
            "Skruvdragaren jag köpte var slut på hyllan men personalen hämtade en från "
            "lagret, det var bra service.",
            "Jag önskar att ni visar lagersaldot på hemsidan, för jag åkte hit bara för den.",
            "Verktygsavdelningen var lätt att hitta i.",
        ),
    ),
    generic=(("Det gick bra.", "Jag hittade det jag skulle ha.", "Nej, inget att tillägga."),),
    nonsense=(
        (
            "Hammarna borde kunna flyga själva till kunden.",
            "Färgen pratade med mig och ville bli lila.",
            "Ni borde sälja osynliga spikar gjorda av moln.",
        ),
    ),
    impossible=(
        (
            "Bageriet i butiken hade jättegoda kanelbullar.",
            "Tjejen vid brödhyllan var trevlig och gav mig en bulle till kaffet.",
            "Det är kul att en järnhandel har eget bageri.",
        ),
    ),
)

STORES: tuple[DemoStore, ...] = (GROCERY, CAFE, HARDWARE)

ENGLISH_ANSWERS = (
    "Sorry, I don't speak Swedish, can we do this in English?",
    "I really don't understand, sorry.",
    "Is there someone who speaks English?",
)
