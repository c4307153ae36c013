"""Stores that do not sell, take back or do something with the very kind of thing their
customers own, and what those customers say around it.

Eleven invented stores (two pet shops, a bicycle repairer that sells no bicycles, an
optician without contact lenses, a car wash beside a car dealer, a tailor, a kennel, a shoe
repairer, a phone repairer that sells no phones, a feed warehouse where customers load
their own cars and may return only so much, a bookshop that buys no used books). In
each, customers talk of their own dog, bicycle, lenses, car, coat or books: as what they
have, the reason for the visit, what they did with it themselves, what the store did to it
that the fact allows, the store refusing it as the fact says, or agreeing with the fact.
None of that contradicts the fact; only the store doing the fact's own act with that thing
does ("köpte en kanin här", "de tog tillbaka fiskarna", "de lagade min elcykel"). All were
written for this file before the checker was run on them; none comes from a labelled set.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "zoo": Store(
        "Zoo-hörnan i Vänersborg",
        ("10-18", "10-15", "11-15"),
        (
            ("Foder", ("fodret", "foderhyllan")),
            ("Tillbehör", ("tillbehören", "leksakerna")),
            ("Kassan", ("disken",)),
        ),
        (
            "Butiken säljer inga levande djur, bara foder och tillbehör.",
            "Vi tar inte emot djur som kunder inte kan behålla.",
            "Foder som har öppnats tas inte tillbaka.",
            "Vi klipper inte klor på katter och kaniner.",
            "Hundar i koppel är välkomna i butiken.",
        ),
    ),
    "akvarium": Store(
        "Akvariehuset i Borås",
        ("11-18", "10-15", ""),
        (
            ("Fiskavdelningen", ("akvarierna", "fiskarna")),
            ("Växter", ("växterna",)),
            ("Teknik", ("pumparna", "filtren")),
        ),
        (
            "Vi säljer akvariefiskar och vattenväxter men inga reptiler eller gnagare.",
            "Sålda fiskar tas inte tillbaka och byts inte.",
            "Vattentest är gratis om man tar med ett prov.",
        ),
    ),
    "cykelverkstad": Store(
        "Cykeldoktorn i Uppsala",
        ("09-18", "10-14", ""),
        (
            ("Verkstaden", ("servicen", "reparationen")),
            ("Reservdelar", ("delarna", "tillbehören")),
        ),
        (
            "Vi säljer inga cyklar; verkstaden reparerar och servar bara.",
            "Vi lagar inte elcyklar.",
            "En vanlig service kostar 595 kronor.",
        ),
    ),
    "optiker": Store(
        "Synhörnan Optik",
        ("10-18", "10-15", ""),
        (
            ("Synundersökningen", ("undersökningen", "syntestet")),
            ("Bågar", ("bågarna", "glasögonen")),
        ),
        (
            "Vi säljer inga kontaktlinser, bara glasögon och solglasögon.",
            "Synundersökning kostar 495 kronor.",
            "Glasögon med slipade glas tas inte tillbaka.",
        ),
    ),
    "biltvätt": Store(
        "Glansen Biltvätt",
        ("08-19", "09-17", "10-16"),
        (
            ("Tvätthallen", ("hallen", "tvätten")),
            ("Handtvätten", ("handtvätt",)),
            ("Dammsugarna", ("dammsugaren",)),
        ),
        (
            "Vi säljer inga bilar; bilfirman bredvid är ett eget företag.",
            "Vi tvättar inte husbilar eller lastbilar.",
            "Handtvätt kostar 450 kronor.",
        ),
    ),
    "skräddare": Store(
        "Nål och Tråd Skrädderi",
        ("10-18", "10-14", ""),
        (
            ("Ändringar", ("ändringen", "inlämningen")),
            ("Lagningar", ("lagningen",)),
        ),
        (
            "Skrädderiet säljer inga kläder; vi ändrar och lagar bara.",
            "Ändrade kläder tas inte tillbaka.",
            "Vi tar inte emot skinnkläder.",
        ),
    ),
    "hundpensionat": Store(
        "Tassarnas Hundpensionat",
        ("07-19", "09-17", "09-17"),
        (
            ("Pensionatet", ("hundgården", "rastgården")),
            ("Receptionen", ("incheckningen",)),
        ),
        (
            "Pensionatet tar bara emot hundar, inga katter.",
            "Vi säljer inget hundfoder; ägaren tar med eget foder.",
            "Vi badar och klipper inte hundarna.",
        ),
    ),
    "skomakare": Store(
        "Skomakar-Olle",
        ("10-18", "10-14", ""),
        (
            ("Verkstaden", ("lagningen", "klackbaren")),
            ("Nyckelkopiering", ("nycklarna",)),
        ),
        (
            "Skomakeriet säljer inga skor, bara skovård och snören.",
            "Vi lagar inte gympaskor eller sportskor.",
            "Nycklar kopieras medan kunden väntar.",
        ),
    ),
    "mobil": Store(
        "Mobilkliniken",
        ("10-19", "10-16", "12-16"),
        (
            ("Verkstaden", ("reparationen", "lagningen")),
            ("Tillbehör", ("skalen", "laddarna")),
        ),
        (
            "Vi säljer inga mobiltelefoner, bara reparationer och tillbehör.",
            "Vi reparerar inte surfplattor.",
            "Felsökning är gratis.",
        ),
    ),
    "foderlager": Store(
        "Foderlagret i Ljungby",
        ("08-17", "09-13", ""),
        (
            ("Lagret", ("lastkajen", "pallarna")),
            ("Butiken", ("kassan", "disken")),
        ),
        (
            "Kunden lastar själv vid lastkajen; personalen bär inte ut säckar till bilen.",
            "Oöppnade säckar får lämnas tillbaka inom 14 dagar, högst två säckar per kund.",
            "Vi säljer inga hästar eller höns, bara foder och strö.",
        ),
    ),
    "bokhandel": Store(
        "Bokhandeln vid torget",
        ("10-18", "10-16", "12-16"),
        (
            ("Skönlitteratur", ("romanerna", "deckarna")),
            ("Barnböcker", ("barnavdelningen",)),
            ("Kaféet", ("fiket",)),
        ),
        (
            "Vi köper inte begagnade böcker och tar inte emot bokdonationer.",
            "Presentinslagning är gratis.",
        ),
    ),
}

SAID: tuple[Said, ...] = (
    # the pet shop: no live animals sold, none taken in, opened food not taken back
    Said("zoo", "Jag köpte torrfoder till min hund, han äter inget annat.", False),
    Said("zoo", "Min kanin behöver mycket hö, så jag köpte två stora påsar.", False),
    Said("zoo", "Vi hade hunden med oss in och tjejen i kassan gav honom en godisbit.", False),
    Said(
        "zoo",
        "Jag frågade om de kunde ta emot vår kanin när vi flyttar, men det gör de inte.",
        False,
    ),
    Said("zoo", "De säljer ju inga djur, så kattungen köpte vi av en uppfödare.", False),
    Said("zoo", "Katten har fått allergi, därför bytte vi till ett annat foder.", False),
    Said("zoo", "Vi klipper klorna på katten själva, men köpte en ny klotång här.", False),
    Said("zoo", "Hunden följde med och nosade på allt i butiken.", False),
    Said(
        "zoo", "Jag ville lämna tillbaka en öppnad säck, men det gick inte, och det är rätt.", False
    ),
    Said("zoo", "Vi tvättade hunden hemma efteråt med schampot vi köpte.", False),
    Said("zoo", "Vi köpte hunden för tre år sedan i en kennel i Dalsland.", False),
    Said("zoo", "Jag köpte en ny korg till hunden, den gamla hade gått sönder.", False),
    Said("zoo", "Killen i kassan klappade hunden och frågade vad han hette.", False),
    Said("zoo", "Vi skaffade katten från ett katthem, och nu köper vi allt till henne här.", False),
    Said("zoo", "Kaninerna älskar de nya tuggpinnarna.", False),
    Said("zoo", "Jag köpte en kanin här förra veckan, den mår jättebra.", True),
    Said("zoo", "Kaninen köpte vi här i våras.", True),
    Said("zoo", "Vi köpte vår valp här i våras.", True),
    Said("zoo", "Vår nya kattunge köpte vi här.", True),
    Said("zoo", "Vi valde en kattunge bland de fyra som fanns i buren.", True),
    Said("zoo", "Vi köpte en tax här, han heter Sigge.", True),
    Said("zoo", "Hunden vi köpte hos er har blivit sjuk.", True),
    Said("zoo", "Vi betalade åttatusen kronor för valpen.", True),
    Said("zoo", "Killen plockade upp en kattunge ur buren och sålde den till oss.", True),
    Said("zoo", "Valparna i hägnet var så söta att vi tog med oss en hem.", True),
    Said("zoo", "Kattungarna var så söta att vi köpte en.", True),
    Said("zoo", "Hunden älskar tuggbenen, så vi köpte två.", False),
    Said("zoo", "Vi har en katt och köpte två av de nya leksakerna.", False),
    Said("zoo", "Vi betalade trehundra kronor för hundens nya halsband.", False),
    Said("zoo", "Vi köpte vår hund hos en uppfödare, men allt till honom köper vi här.", False),
    Said("zoo", "Vi valde en ny sele till valpen.", False),
    Said("zoo", "Vi pratade om vår tax med tjejen, hon har också en.", False),
    Said("zoo", "De sålde oss två undulater i lördags.", True),
    Said("zoo", "Tjejen klippte klorna på vår katt medan vi väntade.", True),
    Said("zoo", "De tog tillbaka den öppnade fodersäcken utan problem.", True),
    Said("zoo", "Vi lämnade vår kanin hos dem när vi flyttade, de tog emot honom.", True),
    # the aquarium shop: no reptiles or rodents, sold fish not taken back
    Said("akvarium", "Min sköldpadda behövde en ny lampa, men de har inget för reptiler.", False),
    Said("akvarium", "Vår hamster har sin bur i samma rum som akvariet.", False),
    Said("akvarium", "Jag köpte fyra neontetror och de mår bra i akvariet.", False),
    Said(
        "akvarium", "En av fiskarna dog efter en vecka, men de tar ju inte tillbaka fiskar.", False
    ),
    Said("akvarium", "Jag tog med ett vattenprov och de testade det gratis.", False),
    Said(
        "akvarium", "Sonen har en orm hemma och ville titta på terrarierna, men de har inga.", False
    ),
    Said("akvarium", "Vi skulle köpa en marsvinsbur, men de säljer inga gnagare.", False),
    Said("akvarium", "Jag berättade om min ödla för killen, han var intresserad.", False),
    Said("akvarium", "Jag köpte en ödla här i våras.", True),
    Said("akvarium", "De tog tillbaka fiskarna som dog och gav mig nya.", True),
    Said("akvarium", "De sålde oss ett marsvin och en bur.", True),
    # the bicycle repairer that sells no bicycles
    Said(
        "cykelverkstad",
        "Jag lämnade in min cykel för service och den var klar på torsdagen.",
        False,
    ),
    Said("cykelverkstad", "Min cykel hade punktering, så jag gick dit.", False),
    Said("cykelverkstad", "Cykeln går som ny efter servicen.", False),
    Said(
        "cykelverkstad",
        "Jag frågade om de hade någon begagnad cykel till salu, men de säljer inga cyklar.",
        False,
    ),
    Said("cykelverkstad", "Vi tvättade cyklarna innan vi lämnade in dem.", False),
    Said(
        "cykelverkstad",
        "Jag köpte min cykel på Stadium för två år sedan och lämnar alltid in den här.",
        False,
    ),
    Said("cykelverkstad", "Dotterns cykel fick nya bromsar och ny kedja.", False),
    Said(
        "cykelverkstad",
        "De lagar inte elcyklar, så min elcykel fick jag lämna någon annanstans.",
        False,
    ),
    Said("cykelverkstad", "Jag cyklade dit på min gamla cykel.", False),
    Said("cykelverkstad", "Jag köpte cykeln begagnad på Blocket i våras.", False),
    Said("cykelverkstad", "Cyklarna vi köpte förra året behövde ny kedja.", False),
    Said("cykelverkstad", "Killen pumpade däcken på min cykel och sa att den var fin.", False),
    Said("cykelverkstad", "Jag köpte en ny cykel där i lördags.", True),
    Said("cykelverkstad", "De sålde mig en begagnad cykel för tvåtusen kronor.", True),
    Said("cykelverkstad", "Mekanikern lagade min elcykel på en timme.", True),
    # the optician without contact lenses
    Said("optiker", "Jag har linser till vardags men ville ha ett par glasögon också.", False),
    Said("optiker", "Mina kontaktlinser torkar ut, så optikern föreslog glasögon.", False),
    Said("optiker", "Jag tog ut linserna innan synundersökningen.", False),
    Said("optiker", "Jag köper mina linser på nätet, de säljer ju inga här.", False),
    Said("optiker", "Optikern frågade hur länge jag har haft kontaktlinser.", False),
    Said("optiker", "Jag hade linserna i när jag kom och fick ta ut dem.", False),
    Said("optiker", "Jag frågade efter linsvätska, men de har inga linser alls.", False),
    Said(
        "optiker",
        "Jag ville lämna tillbaka glasögonen, men de tar inte tillbaka slipade glas.",
        False,
    ),
    Said("optiker", "Jag köpte kontaktlinser för tre månader där.", True),
    Said("optiker", "De sålde mig ett paket endagslinser.", True),
    Said(
        "optiker", "De tog tillbaka mina nya glasögon med slipade glas och jag fick pengarna.", True
    ),
    # the car wash beside a car dealer
    Said("biltvätt", "Jag lämnade bilen för en handtvätt och den blev skinande ren.", False),
    Said("biltvätt", "Bilen var jättesmutsig efter semestern.", False),
    Said("biltvätt", "Vi dammsög bilen själva medan vi väntade.", False),
    Said("biltvätt", "Min bil är ny, så jag ville vara försiktig med lacken.", False),
    Said("biltvätt", "Jag köpte min bil på firman bredvid och de tipsade om tvätten.", False),
    Said(
        "biltvätt",
        "Husbilen fick jag tvätta någon annanstans, de tar inte husbilar.",
        False,
    ),
    Said("biltvätt", "Killen körde in bilen i hallen åt mig.", False),
    Said("biltvätt", "Min man tittade på bilarna hos bilfirman bredvid medan vi väntade.", False),
    Said("biltvätt", "Vi köpte bilen i Tyskland, så lacken är lite känslig.", False),
    Said(
        "biltvätt", "Killen tog bilen genom tvätten två gånger eftersom den var så smutsig.", False
    ),
    Said("biltvätt", "Jag köpte en begagnad bil av dem.", True),
    Said("biltvätt", "De sålde oss en Volvo förra månaden.", True),
    Said("biltvätt", "De tvättade vår husbil på en kvart.", True),
    # the tailor
    Said("skräddare", "Jag lämnade in mina byxor för att korta dem.", False),
    Said("skräddare", "Kavajen satt perfekt efteråt.", False),
    Said("skräddare", "Min klänning var för lång, därför gick jag dit.", False),
    Said("skräddare", "Jag tvättade jackan innan jag lämnade in den.", False),
    Said("skräddare", "De lagade dragkedjan på min jacka.", False),
    Said(
        "skräddare",
        "Jag ville lämna tillbaka byxorna när de blev för korta, men de tar inte tillbaka "
        "ändrade kläder.",
        False,
    ),
    Said(
        "skräddare", "Skinnjackan tog de inte emot, så jag fick gå till en annan skräddare.", False
    ),
    Said("skräddare", "Jag köpte kostymen på Dressman och fick den uppsydd här.", False),
    Said("skräddare", "Jag köpte en kavaj hos dem.", True),
    Said("skräddare", "De tog tillbaka de uppsydda byxorna och gav mig pengarna.", True),
    Said("skräddare", "De tog emot mina skinnkläder och lagade dem.", True),
    # the kennel
    Said("hundpensionat", "Vi lämnade vår hund där en vecka när vi var i Thailand.", False),
    Said("hundpensionat", "Katten fick bo hos min mamma, de tar ju inga katter.", False),
    Said("hundpensionat", "Vi tog med hundens eget foder, som de sa.", False),
    Said("hundpensionat", "Hundfodret räckte precis hela veckan.", False),
    Said("hundpensionat", "Vi badade hunden när vi kom hem.", False),
    Said("hundpensionat", "Min katt är van att vara ensam, så henne hade vi hemma.", False),
    Said("hundpensionat", "Jag köpte hundfoder på vägen dit.", False),
    Said("hundpensionat", "Hunden var glad och trött när vi hämtade honom.", False),
    Said("hundpensionat", "De tog emot vår katt också i två veckor.", True),
    Said("hundpensionat", "Vi köpte en säck hundfoder av dem när vi hämtade hunden.", True),
    Said("hundpensionat", "Personalen badade och klippte hunden innan vi hämtade honom.", True),
    # the shoe repairer
    Said("skomakare", "Jag lämnade in mina stövlar för nya klackar.", False),
    Said("skomakare", "Mina skor hade gått sönder i sulan.", False),
    Said("skomakare", "Jag köpte skokräm till mina nya skor.", False),
    Said("skomakare", "Jag putsade skorna hemma efteråt, de blev som nya.", False),
    Said("skomakare", "Skomakaren sa att mina gympaskor inte går att laga där.", False),
    Said(
        "skomakare",
        "Jag hade köpt skorna på Scorett och de rekommenderade skomakeriet.",
        False,
    ),
    Said("skomakare", "Jag gick dit i mina gamla kängor.", False),
    Said("skomakare", "Han sa att de inte säljer skor, bara lagar dem.", False),
    Said("skomakare", "Jag köpte ett par nya skor hos skomakaren.", True),
    Said("skomakare", "De sålde mig ett par kängor på rea.", True),
    Said("skomakare", "Skomakaren lagade mina gympaskor på en dag.", True),
    # the phone repairer that sells no phones
    Said("mobil", "Jag lämnade in min mobil för att byta skärmen.", False),
    Said("mobil", "Telefonen hade ramlat i golvet.", False),
    Said("mobil", "Min telefon laddade inte, så jag åkte dit.", False),
    Said("mobil", "Jag köpte ett nytt skal till mobilen.", False),
    Said("mobil", "Jag köpte telefonen på Elgiganten för ett år sedan.", False),
    Said(
        "mobil",
        "Killen sa att de inte säljer telefoner, så jag fick köpa en ny någon annanstans.",
        False,
    ),
    Said("mobil", "Min surfplatta fick jag skicka till Apple, de lagar inte sådana.", False),
    Said("mobil", "Jag ringde från mammas telefon medan min låg på lagning.", False),
    Said("mobil", "Jag köpte mobiltelefonen för två år sedan och nu var batteriet slut.", False),
    Said("mobil", "De lånade ut en mobiltelefon till mig medan min lagades.", False),
    Said("mobil", "Jag köpte en begagnad iPhone av dem.", True),
    Said("mobil", "De sålde mig en mobiltelefon för tvåtusen kronor.", True),
    Said("mobil", "De sålde mig en ny telefon när min inte gick att laga.", True),
    Said("mobil", "De reparerade min surfplatta på en timme.", True),
    # the feed warehouse: customers load themselves, returns within limits, no animals sold
    Said("foderlager", "Jag lastade in säckarna i bilen själv vid lastkajen.", False),
    Said("foderlager", "Hästen äter bara det där fodret, så jag köpte fyra säckar.", False),
    Said("foderlager", "Våra höns har blivit mycket piggare av det nya fodret.", False),
    Said(
        "foderlager", "Jag lämnade tillbaka en oöppnad säck efter en vecka, det gick fint.", False
    ),
    Said("foderlager", "Killen sa att de inte bär ut säckar, så jag körde fram till kajen.", False),
    Said("foderlager", "Hunden satt i bilen medan jag lastade.", False),
    Said("foderlager", "Jag köpte tre säckar och lämnade tillbaka en av dem.", False),
    Said("foderlager", "Vi har haft hästar i tjugo år och handlar alltid här.", False),
    Said("foderlager", "Killen från lagret bar ut säckarna till bilen åt mig.", True),
    Said("foderlager", "Personalen lastade in alla säckar i bilen medan jag betalade.", True),
    Said("foderlager", "Jag lämnade tillbaka fem säckar på en gång.", True),
    Said("foderlager", "Jag fick lämna tillbaka två säckar efter två månader.", True),
    Said("foderlager", "Vi köpte tre höns här i våras.", True),
    # the bookshop that buys no used books
    Said("bokhandel", "Jag hade med mig en gammal bok att läsa på kaféet.", False),
    Said("bokhandel", "Jag frågade om de köper begagnade böcker, men det gör de inte.", False),
    Said("bokhandel", "Mina gamla böcker lämnade jag på Myrorna i stället.", False),
    Said("bokhandel", "Jag köpte en ny deckare och fick den inslagen gratis.", False),
    Said("bokhandel", "Dotterns böcker är slitna, så vi köpte nya.", False),
    Said("bokhandel", "Jag har massor av begagnade böcker hemma.", False),
    Said("bokhandel", "Jag sålde min gamla kurslitteratur på nätet.", False),
    Said("bokhandel", "De köper inga begagnade böcker, vilket är synd.", False),
    Said("bokhandel", "De köpte mina begagnade böcker för tvåhundra kronor.", True),
    Said("bokhandel", "Jag sålde tre kassar begagnade böcker till dem.", True),
    Said("bokhandel", "De tog emot min pappas böcker som en donation.", True),
)


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-owned-{key}", STORES[key])
