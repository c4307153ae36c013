"""Calls told mostly about another store, and honest calls that only mention one: material for
paying feedback about this store's visit and nothing else.

Written for `test_offline_other_store.py` before the analyzer was run on any of it. No
sentence is taken from a labelled set. Each call is three answers to the same three questions
(`QUESTIONS`) at a small grocery (`STORE`, "Lindqvists Livs").

An `ELSEWHERE` call is mostly about another store — a chain by name, a branch of the same
chain, a shop in another town, "affären nära mitt jobb", a petrol station, a past visit to
another shop — often with a thin or polite aside about this one ("hos er köpte jag bara
kaffe", "det var trevligt hos er också") or a bare "gör som de": what it says about this store
alone would not qualify, so it must not. A `HERE` call observes something concrete in this
store and names another store only as the idea to copy, the comparison that shows this
store's own fault, or the reason the customer came here: it must qualify — a payable call
refused costs a customer money.

Main's grading before the change (`45aeb8e`): ELSEWHERE paid 6 of 30 (chain-3, branch-3,
town-4, near_work-2, past_visit-1, english-2: the other store's talk went on into the next
answer, or a polite "hos er gick det bra, men …" or "efter att jag varit hos er" made its
sentence this store's), HERE paid 28 of 30 (comparison-3: "bruna och mjuka" bananas read as no
problem and "beställ färre" as no concrete wish; english-1: English read as padding — neither
about another store). One ELSEWHERE call, english-1, is unpaid but flagged as nonsense,
English being read as such. One HERE call (mixed-6) was rewritten after the first run: it
praised a salad bar the store does not have, which is rightly an unknown department, not a
test of this reading.

After this branch's readings (`elsewhere`: the customer's own visit to another store goes on
into the next answer, a polite aside before "men", "varit hos er"): ELSEWHERE paid 0 of 30,
HERE paid 28 of 30, the same two missed.
"""

from __future__ import annotations

from tests.analyzer.empty_talk_shapes import QUESTIONS, STORE, Call

__all__ = ["ELSEWHERE", "HERE", "QUESTIONS", "STORE", "Call"]

ELSEWHERE: dict[str, tuple[Call, ...]] = {
    "chain": (
        (
            "Jag handlade mest på Willys i Hallunda igår faktiskt.",
            "Där var kön i kassan tjugo minuter och bara en kassa öppen, folk stod ända bort "
            "till frysarna.",
            "Bara en påse kaffe köpte jag hos er, det gick fort.",
        ),
        (
            "Det var bra. Men jag måste berätta om Coop vid torget, där var det kaos i lördags.",
            "Mjölkkylen där var trasig och visade tolv grader, och yoghurten var ljummen.",
            "Det var trevligt hos er också.",
        ),
        (
            "Hos er gick det bra, men på Ica Maxi i Kalmar hade de ställt pallar mitt i gångarna.",
            "Man kom inte fram med vagnen vid mejeriet där och ingen personal flyttade dem på en "
            "halvtimme.",
            "Inget särskilt hos er, nej.",
        ),
        (
            "Jag var på Lidl först, där var bananerna gröna och avokadon stenhårda.",
            "Och deras bröd låg i en hög utan påsar, så man fick ta det med händerna.",
            "Ni var väl som vanligt.",
        ),
        (
            "Ja, det var okej. Jag tänkte mest på Hemköp i centrum där jag var i morse.",
            "Deras självscanning piper hela tiden och kvittot skrivs inte ut, jag fick vänta "
            "tio minuter på en kassörska.",
            "Det är inget ni behöver göra, det var ju hos dem.",
        ),
        (
            "Bra. Jag åkte till Citygross i Borås på söndagen.",
            "Där hade de slut på kycklingfilé och köttdisken var stängd redan vid fyra.",
            "Hos er köpte jag bara lite frukt, den var fin.",
        ),
        (
            "Jag brukar handla på Netto vid stationen egentligen.",
            "Där är hyllorna alltid halvtomma på fredagar och priserna på skyltarna stämmer "
            "inte med kassan, jag fick betala tjugo kronor för mycket för osten förra veckan.",
            "Hos er var det lugnt.",
        ),
    ),
    "branch": (
        (
            "Jo tack. Jag var på er filial i Kolbäck i förrgår också.",
            "Där var golvet vid frysarna blött och det fanns ingen skylt, jag höll på att halka.",
            "Här var det bra.",
        ),
        (
            "Det var bra här. Men ni har ju en butik i Hofors, och där har jag klagomål.",
            "Där var brödhyllan tom klockan tre och personalen sa att bagaren var sjuk hela "
            "veckan.",
            "Så det vill jag att ni säger till dem.",
        ),
        (
            "Helt okej. Jag handlar oftare i er andra butik på Storgatan.",
            "Den har öppet till tio på kvällen och där har de en kaffemaskin vid entrén som "
            "alltid är trasig.",
            "Nej, inget mer.",
        ),
        (
            "Bra. Filialen i Västerby är min vanliga butik.",
            "Där står pantautomaten ofta full och ingen tömmer den, i onsdags fick jag gå hem "
            "med tre kassar burkar.",
            "Nej, det var allt.",
        ),
    ),
    "town": (
        (
            "Jo. Jag stannade vid macken i Gamleby på vägen hit.",
            "Där var toaletten låst och kaffet i automaten var kallt, och de tog inte kort.",
            "Hos er handlade jag bara lite mjölk.",
        ),
        (
            "Det var bra. Innan dess var jag på bensinstationen i Söderåkra.",
            "Korvarna där hade legat i värmen hela dagen och var helt torra, och mackan kostade "
            "femtiofem kronor.",
            "Nej, inget hos er.",
        ),
        (
            "Okej. Den stora mataffären i centrum var stängd så jag tänkte säga något om den.",
            "De har tagit bort alla manuella kassor där och självscannrarna krånglar jämt.",
            "Hos er var det trevligt.",
        ),
        (
            "Bra tack. Fiskaffären nere i hamnen i Luleå har den bästa laxen.",
            "Där skär de upp den medan man väntar och de ger alltid ett recept med.",
            "Det var trevligt hos er också.",
        ),
        (
            "Jag var på saluhallen i Kalmar i helgen.",
            "Ostdisken där hade ett hundratal ostar och de lät en smaka på allt.",
            "Hos er var det som vanligt, bra.",
        ),
        (
            "Det var okej. Butiken i stan hade bättre öppettider förut.",
            "Nu stänger de klockan sex och deras bageri har slutat baka på plats.",
            "Inget särskilt här.",
        ),
    ),
    "near_work": (
        (
            "Det var bra. Men affären nära mitt jobb har jag synpunkter på.",
            "På den andra butiken vid kontoret är salladsbaren alltid slut vid tolv och "
            "gafflarna ligger på golvet.",
            "Hos er köpte jag bara en banan.",
        ),
        (
            "Okej. Jag handlar mest i en annan butik nära jobbet.",
            "I den butiken är kön vid lunch en kvart och det finns bara en kassa öppen.",
            "Här gick det fort i dag.",
        ),
        (
            "Jo. Konkurrenten mittemot mitt jobb har sänkt priserna på kaffe.",
            "Där kostar ett paket bryggkaffe fyrtionio kronor och de har alltid fyra sorter.",
            "Ni får fundera på det.",
        ),
    ),
    "past_visit": (
        (
            "Det var bra. Förra veckan var jag i en annan butik och där var det hemskt.",
            "Kycklingen i köttdisken hade gått ut två dagar tidigare och luktade illa.",
            "Hos er var allt bra.",
        ),
        (
            "Bra. Min gamla affär där jag bodde förut hade ett fint bageri.",
            "De bakade kanelbullar varje morgon klockan sju och de var alltid varma.",
            "Det var trevligt hos er också.",
        ),
        (
            "Okej. Jag var hos Lidl i Tensta i våras och det har jag tänkt på.",
            "Kassörskan där räknade fel på växeln och gav mig femtio kronor för lite.",
            "Hos er var det inga problem.",
        ),
        (
            "Jo. Min dotters affär i Malmö har en helt annan ordning på frukten.",
            "Där ligger äpplena i lådor efter sort med skyltar om var de kommer ifrån.",
            "Hos er var det fint.",
        ),
    ),
    "copy_bare": (
        (
            "Bra. På Willys i Hallunda har de ett helt system för kön.",
            "Där öppnar de en ny kassa så fort det står fler än tre personer i kön, och en "
            "skylt visar vilken kassa som är ledig.",
            "Gör som de.",
        ),
        (
            "Det var okej. Coop vid torget har en fin lösning för pant.",
            "Där står tre pantautomater och en kvittoskrivare bredvid, och man får en kupong på "
            "tio kronor.",
            "Ni borde göra likadant.",
        ),
        (
            "Bra. Hos Hemköp i centrum har de hemkörning för pensionärer.",
            "De kör ut varorna på tisdagar och torsdagar och det kostar bara tjugo kronor.",
            "Ta efter dem.",
        ),
        (
            "Jo, det var bra. På Ica i Kalmar har de en fin bagerihörna.",
            "Där står ett långt bord med nybakat bröd och en skärmaskin, och de bakar tre "
            "gånger om dagen.",
            "Det borde ni också ha, mer sånt.",
        ),
    ),
    "english": (
        (
            "It was fine. But I mostly want to talk about Lidl in Hallunda.",
            "Their fruit section was a mess, the bananas were brown and the oranges were mouldy.",
            "Here it was nice, thanks.",
        ),
        (
            "Jo. Jag åkte till Biltema i Kungens kurva efter att jag varit hos er.",
            "Där var kön till kassan en halvtimme och ingen kunde svara på frågor om vinterdäck.",
            "Hos er var det bra.",
        ),
    ),
}

HERE: dict[str, tuple[Call, ...]] = {
    "copy_idea": (
        (
            "Det var bra, men påsarna vid kassan hos er ligger i en hög på golvet.",
            "Man får böja sig ner varje gång och de blir smutsiga.",
            "På Ica i Kalmar har de krokar för påsarna, det borde ni också ha.",
        ),
        (
            "Kön i kassan var tjugo minuter vid femtiden i dag och bara en kassa var öppen.",
            "Folk stod ända bort till mejeriet.",
            "På Coop öppnar de en extra kassa när det står fler än fyra i kö, det borde ni "
            "också göra.",
        ),
        (
            "Brödhyllan hos er var tom redan vid tre i eftermiddags.",
            "Jag ville ha ett surdegsbröd men det fanns bara rostbröd kvar.",
            "Hemköp i centrum bakar en omgång till på eftermiddagen, gör det ni också.",
        ),
        (
            "Frukten var fin men det saknas vågar vid fruktdisken här.",
            "Jag fick gå till kassan för att se vad tomaterna kostade.",
            "Willys har en våg vid varje disk, sätt upp en vid tomaterna.",
        ),
        (
            "Pantautomaten hos er var full och blinkade rött i morse.",
            "Jag fick ställa tre kassar burkar bredvid och ingen kom.",
            "På Lidl sitter det en ringklocka vid automaten, det vore bra här också.",
        ),
        (
            "Jag letade länge efter glutenfritt bröd i bageriet här.",
            "Det stod blandat med vanligt bröd längst ner och hade ingen skylt.",
            "På Ica har de en egen hylla för glutenfritt med grön skylt, gör likadant.",
        ),
        (
            "Charken hos er hade ingen nummerlapp i lördags, så folk trängde sig.",
            "Jag stod i tio minuter och tre personer gick före mig.",
            "Coop vid torget har nummerlappar vid köttdisken, skaffa det.",
        ),
    ),
    "comparison": (
        (
            "Mjölkkylen här var varm, yoghurten var ljummen när jag tog den.",
            "På Willys är den alltid kall, så det är något fel på er kyl.",
            "Laga kylen innan något blir dåligt.",
        ),
        (
            "Kaffet hos er kostar sextionio kronor, samma paket kostar fyrtionio på Lidl.",
            "Det är tjugo kronor dyrare för exakt samma bryggkaffe.",
            "Sänk priset på kaffet.",
        ),
        (
            "Bananerna här var bruna och mjuka redan i går.",
            "Hos Hemköp är de alltid gula, men här ligger de säkert för länge i lådan.",
            "Beställ färre åt gången så de inte blir gamla.",
        ),
        (
            "Självscannern hos er slutade fungera tre gånger när jag skulle betala.",
            "Den på Coop har aldrig krånglat för mig, men er piper vid varje vara med pant.",
            "Se till att den går att använda med pantvaror.",
        ),
        (
            "Kassörskan Anna hos er var jättesnabb och hjälpte mig packa.",
            "Det är mycket bättre än på Ica där ingen hälsar.",
            "Ge henne beröm från mig.",
        ),
        (
            "Personalen i charken här skar upp skinkan tunt precis som jag ville.",
            "På Willys säljer de bara färdigpackat, så det är därför jag handlar här.",
            "Fortsätt med manuell disk.",
        ),
        (
            "Kanelbullarna i bageriet här var nybakade och fortfarande varma vid tio.",
            "De är mycket godare än de på Pressbyrån vid stationen.",
            "Baka gärna fler på helgen, de tog slut vid elva på lördag.",
        ),
    ),
    "came_here": (
        (
            "Jag kom hit för att Coop vid torget var stängt i dag.",
            "Hos er var kön kort men ägghyllan var tom, det fanns inga ägg alls vid fyra.",
            "Fyll på äggen till eftermiddagen.",
        ),
        (
            "Willys hade stängt för inventering, så jag åkte till er istället.",
            "Här hittade jag allt, och killen i frukten hjälpte mig välja en mogen melon.",
            "Det var en trevlig överraskning, jag kommer tillbaka.",
        ),
        (
            "Min vanliga affär nära jobbet var stängd, så jag handlade hos er.",
            "Parkeringen utanför er butik var inte plogad och jag fick bära kassarna genom snön.",
            "Ploga parkeringen på morgonen.",
        ),
        (
            "Ica hade inte laktosfri mjölk, så jag testade er butik.",
            "Här fanns tre sorter laktosfri mjölk i mejeriet, men den ena hade gått ut i går.",
            "Kolla datumen i mjölkkylen.",
        ),
        (
            "Macken i Gamleby hade slut på diesel så jag stannade hos er på vägen.",
            "Toaletten här var ren men det fanns inget papper, och tvålen var slut.",
            "Fyll på papper och tvål oftare.",
        ),
        (
            "Jag brukar handla på Lidl men i dag var jag hos er.",
            "Kycklingfilén hos er stod för 89 kronor på skylten men i kassan drogs 109.",
            "Kassören ändrade det direkt när jag sa till, men skylten måste rättas.",
        ),
    ),
    "mixed": (
        (
            "Jag var på Willys först och där var det fullt.",
            "Hos er var kön i kassan tio minuter vid lunch eftersom bara en kassa var öppen.",
            "Öppna en kassa till vid lunchtid.",
        ),
        (
            "I morse tankade jag på macken i Gamleby.",
            "Sen kom jag hit och köttdisken hos er hade inga priser på korvarna.",
            "Sätt prislappar på korven i köttdisken.",
        ),
        (
            "Min mamma handlar på Ica i Kalmar, men jag gillar er.",
            "I dag var jordgubbarna hos er mögliga i botten av asken, två av tre askar.",
            "Titta igenom jordgubbarna varje morgon.",
        ),
        (
            "Er filial i Kolbäck har bättre öppettider, men här var det bra.",
            "Vid frysarna här var golvet blött i dag och det stod ingen varningsskylt.",
            "Sätt ut en skylt när ni torkar golvet.",
        ),
        (
            "På Lidl finns det alltid vagnar, men hos er var alla vagnar borta i dag.",
            "Jag fick bära allt i famnen från bageriet till kassan.",
            "Hämta in vagnarna från parkeringen oftare.",
        ),
        (
            "Hemköp i centrum har ett bra bageri, men ert var också fint i dag.",
            "Hos er var surdegsbröden nybakade vid tolv och fortfarande varma.",
            "Behåll det, men sätt upp en skylt med priset per styck.",
        ),
    ),
    "elsewhere_first": (
        (
            "Jag har handlat på Coop i Västerby i tjugo år och där är allt som det ska.",
            "De har en fin ostdisk och personalen känner igen en. Men i dag var jag här.",
            "Hos er låg ostarna i kylen utan priser och den lagrade prästosten var möglig.",
        ),
        (
            "Biltema i Kungens kurva har jag mycket att säga om, men det är en annan sak.",
            "Här i dag tog självscannern inte mitt kort, den sa nekad tre gånger fast det var "
            "pengar på kontot.",
            "Kassörskan fick slå in allt igen, så det tog en kvart. Byt kortläsaren.",
        ),
        (
            "Jag var på den stora mataffären i centrum förut men den är för dyr.",
            "Hos er var mjölken billigare men förpackningen läckte, hela kassen blev blöt.",
            "Titta över mjölkpaketen i kylen, flera av dem var trasiga i hörnen.",
        ),
    ),
    "english": (
        (
            "I usually go to Lidl, but today I shopped here.",
            "Your checkout queue was fifteen minutes at five because only one till was open.",
            "Open a second till in the evening rush.",
        ),
    ),
}
