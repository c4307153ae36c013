"""`offline-28` (docs/analyzer.md, "Honest everyday speech"): ordinary honest answers a
Swedish customer gives about a visit raise no fraud flag. Each call has three answers at one
of the invented stores of `fact_shapes.STORES`, varied on purpose: kin and company doing
ordinary things, pronouns pointing back, idioms and figures of speech, large but true
numbers, times and dates, staff named by first name, a child's words, weather, a pet along,
comparisons with other shops, wishes, questions, negations, dialect, and agreement with what
the store states as a baseline fact.

Every sentence was written for this file, none taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.shaped_grading import flagged_at as _flags

HONEST: tuple[tuple[str, tuple[str, str, str]], ...] = (
    # the pharmacy
    (
        "apotek",
        (
            "Jag hämtade ut min pappas medicin i tisdags efter jobbet.",
            "Farmaceuten Sara förklarade hur han skulle ta tabletterna, hon var jättetydlig.",
            "Bra att ni tar Swish, jag hade inga kontanter med mig.",
        ),
    ),
    (
        "apotek",
        (
            "Kön ringlade sig ända ut till entrén, men det gick undan ändå.",
            "Personalen sprang som skållade råttor men var vänliga hela tiden.",
            "Jag mätte blodtrycket vid entrén medan jag väntade, smidigt att det är gratis.",
        ),
    ),
    (
        "apotek",
        (
            "Min dotter på fem år frågade om plåstren med dinosaurier var till henne.",
            "Hon fick ett klistermärke av killen i kassan och blev överlycklig.",
            "Vi parkerade framför med p-skiva, det räckte gott.",
        ),
    ),
    (
        "apotek",
        (
            "Jag köpte solkräm och en hudkräm, det blev ungefär 400 kronor.",
            "Det är billigare än på apoteket i centrum tycker jag.",
            "Kan ni inte ta in fler doftfria krämer?",
        ),
    ),
    # the garden centre
    (
        "plantskola",
        (
            "Vi lånade släpkärran i två timmar och körde hem tjugo säckar jord.",
            "Killen vid lastkajen hjälpte oss att lasta, det var snällt av honom.",
            "Det regnade hela dagen men växthuset var varmt och skönt.",
        ),
    ),
    (
        "plantskola",
        (
            "Min man ville ha en magnolia och jag ville ha rosor, vi tog båda.",
            "Vi fikade i kaféet efteråt, kanelbullarna var färska.",
            "Priserna skenar överallt nu, men här var det rimligt.",
        ),
    ),
    (
        "plantskola",
        (
            "Hunden fick följa med i koppel runt utemöblerna.",
            "Personalen gav honom en skål vatten, det uppskattade vi.",
            "Trädgårdsrådgivningen på lördagen var guld värd.",
        ),
    ),
    (
        "plantskola",
        (
            "Jag laddade elbilen vid entrén medan vi handlade.",
            "Det var kanonbra att det var gratis.",
            "Snittblommorna fanns inte på onsdagen, men det visste jag ju.",
        ),
    ),
    # the bakery
    (
        "bageri",
        (
            "Jag beställde en tårta till min sons tioårsdag två dagar innan.",
            "Den var klar på utsatt tid och han blev alldeles till sig.",
            "Nästa år vill han ha en med fotboll på.",
        ),
    ),
    (
        "bageri",
        (
            "Det luktade nybakat redan på trottoaren.",
            "Anna i kassan skivade surdegsbrödet åt mig utan att jag behövde tjata.",
            "Påtåren var ett plus, jag satt kvar en stund med tidningen.",
        ),
    ),
    (
        "bageri",
        (
            "Min svärfar tyckte att kardemummabullarna var de bästa han ätit.",
            "Han köpte sex stycken till och tog med dem hem till grannen.",
            "Synd att ni inte har glutenfritt, min syster kan inte äta vete.",
        ),
    ),
    (
        "bageri",
        (
            "Jag hämtade kaffet själv vid disken, det var inga problem.",
            "Det var fullt vid alla bord så vi satt ute i solen.",
            "Vädret var fint och kaffet gott.",
        ),
    ),
    # the petrol station
    (
        "mack",
        (
            "Jag tankade vid pumpen sent på kvällen på väg hem från Göteborg.",
            "Sen köpte jag en kaffe och en korv i butiken.",
            "Killen i kassan var pigg fast klockan var nästan tio.",
        ),
    ),
    (
        "mack",
        (
            "Jag hyrde släpvagnen över dygnet för att flytta min systers soffa.",
            "Han kollade körkortet och vi lämnade deposition, allt gick smidigt.",
            "Vi lämnade tillbaka den dagen efter och fick tillbaka pengarna direkt.",
        ),
    ),
    (
        "mack",
        (
            "Jag pumpade däcken gratis och tvättade bilen efter vinterns salt.",
            "Tvättkortet köpte jag i butiken, tjejen förklarade programmen.",
            "Bilen blev skinande ren, som ny.",
        ),
    ),
    (
        "mack",
        (
            "Barnen tjatade om glass så det blev tre pinnar.",
            "Minstingen sa att det var världens bästa mack.",
            "Toaletterna var rena och det fanns papper, det är inte alltid så.",
        ),
    ),
    # the hardware store
    (
        "järn",
        (
            "Vi bygger ett nytt staket och köpte virke för nästan 12 000 kronor.",
            "De kapade brädorna åt oss, fem snitt, precis som det står.",
            "Resten sågade min bror själv hemma.",
        ),
    ),
    (
        "järn",
        (
            "Jag hyrde en borrhammare över dagen och visade legitimation.",
            "Den var tung som bly men gjorde jobbet.",
            "Jonas i uthyrningen visade hur den fungerade, han kunde sina grejer.",
        ),
    ),
    (
        "järn",
        (
            "Färgbrytningen tog tio minuter och kulören blev exakt rätt.",
            "Frugan hade valt en grå nyans, och den blev jättefin på väggen.",
            "Hemkörningen var värd sina 395 kronor, vi har ingen stor bil.",
        ),
    ),
    (
        "järn",
        (
            "Det var folk överallt en lördag förmiddag.",
            "Men personalen hann ändå hjälpa alla, imponerande.",
            "Jag föredrar er framför de stora varuhusen ute vid motorvägen.",
        ),
    ),
    # the fishmonger
    (
        "fisk",
        (
            "Vi köpte torsk och lax till fredagsmiddagen.",
            "Fiskhandlaren filéade laxen åt oss gratis medan vi väntade.",
            "Vi fick is till kylväskan också, det var bra eftersom det var varmt ute.",
        ),
    ),
    (
        "fisk",
        (
            "Jag åt lunch i restaurangen på en tisdag, fiskgratängen var underbar.",
            "Servitrisen Lisa var glad och pratsam.",
            "Utsikten över hamnen gör ju sitt också.",
        ),
    ),
    (
        "fisk",
        (
            "Räkorna på fredagen var färska och stora.",
            "Farmor sa att de smakade som när hon var liten.",
            "Det kostade en slant men det var det värt.",
        ),
    ),
    (
        "fisk",
        (
            "Jag betalade med kort, det funkar ju inte med kontanter hos er.",
            "Rökt makrill till kvällen blev det, helt ljuvligt.",
            "Hade ni haft öppet på söndagar hade jag kommit då också.",
        ),
    ),
    # the kiosk
    (
        "kiosk",
        (
            "Jag hämtade ett paket på ombudet och visade BankID i mobilen.",
            "Det tog en minut, tjejen var snabb.",
            "Jag köpte en korv med kaffe för 35 kronor medan jag ändå var där.",
        ),
    ),
    (
        "kiosk",
        (
            "Klockan var tre på natten när jag köpte vatten efter ett sent tåg.",
            "Bra att ni har öppet dygnet runt.",
            "Killen bakom disken var trött men trevlig.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag fick visa leg när jag köpte snus, fast jag är fyrtio år.",
            "Det är bra att ni kollar, det tycker jag.",
            "Det finns ingen toalett men det visste jag ju.",
        ),
    ),
    (
        "kiosk",
        (
            "Vi köpte kvällstidningar och lösgodis till bilresan.",
            "Min son valde godis i tio minuter, han kunde inte bestämma sig.",
            "Till slut tog han allt i en påse och var nöjd.",
        ),
    ),
    # the farm shop
    (
        "gård",
        (
            "Vi plockade jordgubbar i självplocket, fyra kilo blev det.",
            "Korgarna fick vi låna, och vi betalade 240 kronor.",
            "Barnen åt nog lika mycket som de plockade.",
        ),
    ),
    (
        "gård",
        (
            "Hunden fick vänta i bilen i skuggan medan vi handlade.",
            "Vi köpte ägg och ost och lite korv från Skara.",
            "Ni har det fint på gården, det märks att ni bryr er.",
        ),
    ),
    (
        "gård",
        (
            "Jag swishade för ett dussin ägg i äggboden en söndag morgon.",
            "Det var ingen där men det fungerade fint.",
            "Äggen var stora och gulorna nästan orange.",
        ),
    ),
    (
        "gård",
        (
            "Vi kom en torsdag när ni precis hade öppnat.",
            "Bonden själv berättade om korna, mina barn lyssnade storögda.",
            "Det är sånt man minns länge.",
        ),
    ),
    # the florist
    (
        "blommor",
        (
            "Jag köpte en bukett till min mammas sjuttioårsdag.",
            "Den band ni medan jag väntade, det tog en kvart.",
            "Kortet och papperet ingick, mamma grät av glädje.",
        ),
    ),
    (
        "blommor",
        (
            "Vi beställde en begravningskrans fyra dagar innan begravningen.",
            "Floristen var lugn och lyhörd, det betydde mycket för oss.",
            "Kransen var vacker och precis som vi hade tänkt oss.",
        ),
    ),
    (
        "blommor",
        (
            "Jag köpte tulpaner ur automaten en söndag kväll när butiken var stängd.",
            "Bra att den finns, jag hade glömt min frus namnsdag.",
            "Hon blev glad, så allt slutade väl.",
        ),
    ),
    (
        "blommor",
        (
            "Det regnade erbjudanden i butiken, jag tog tre krukor för hundra.",
            "Expediten tipsade om hur ofta man ska vattna dem.",
            "Hemleveransen för 150 kronor var smidig när jag inte har bil.",
        ),
    ),
    # the sports shop
    (
        "sport",
        (
            "Vi hyrde skidor och pjäxor för hela familjen i fyra dagar.",
            "Hjälmarna ingick, och killen kollade att allt satt rätt.",
            "Min dotter på sju år sa att hon ville jobba där när hon blir stor.",
        ),
    ),
    (
        "sport",
        (
            "Jag lämnade in skidorna för vallning, det kostade 200 kronor.",
            "De var klara samma eftermiddag och gled som smör.",
            "Det var minus tjugo ute så det var skönt att komma in.",
        ),
    ),
    (
        "sport",
        (
            "Jag provcyklade en mountainbike i en timme och visade legitimation.",
            "Backarna var branta men cykeln klarade allt.",
            "Jag funderar på att köpa den till våren.",
        ),
    ),
    (
        "sport",
        (
            "Johan i skoavdelningen mätte mina fötter och hittade rätt storlek, 46.",
            "Jag har stora fötter så det brukar vara omöjligt.",
            "Jag betalade med kort eftersom ni inte tar kontanter.",
        ),
    ),
    # the campsite
    (
        "camping",
        (
            "Vi bodde en vecka i tält med två barn och en hund.",
            "Duscharna var rena och fem kronor för fyra minuter räckte.",
            "Barnen badade varje dag trots att vattnet var kallt.",
        ),
    ),
    (
        "camping",
        (
            "Vi hyrde en kanot och bokade den dagen innan i receptionen.",
            "Vi var tre i kanoten, jag och mina två söner.",
            "Vi paddlade längs ån i flera timmar och såg en häger.",
        ),
    ),
    (
        "camping",
        (
            "Bastun på onsdagskvällen var höjdpunkten för min man.",
            "Wifi-koden fick vi i receptionen, den fungerade bra.",
            "Tvättmaskinen kostade trettio kronor, och torktumlaren var gratis.",
        ),
    ),
    (
        "camping",
        (
            "Det blåste kuling en natt och tältet höll, men vi sov dåligt.",
            "Personalen kom förbi på morgonen och frågade hur vi hade det.",
            "Vi kommer tillbaka nästa sommar, det är redan bestämt.",
        ),
    ),
    # the bicycle shop
    (
        "cykel",
        (
            "Jag lämnade in cykeln för service på en måndag och fick den på torsdagen.",
            "Det var precis som ni sagt, tre arbetsdagar.",
            "Mekanikern Ali förklarade vad han hade bytt.",
        ),
    ),
    (
        "cykel",
        (
            "Jag fick punka på väg till jobbet och ni lagade den samma dag.",
            "Det kändes som en räddning i sista minuten.",
            "Jag pumpade däcken vid luftpumpen utanför på kvällen också.",
        ),
    ),
    (
        "cykel",
        (
            "Vi hyrde två cyklar för en dag och cyklade runt i Lund.",
            "Hjälmarna ingick, det var bra.",
            "Det var varmt och soligt, perfekt cykelväder.",
        ),
    ),
    (
        "cykel",
        (
            "Jag bad om en säkerhetskontroll av min dotters cykel.",
            "Den var gratis och de justerade bromsarna på köpet.",
            "Hon sa att cykeln kändes som ny.",
        ),
    ),
    # the laundry
    (
        "tvätt",
        (
            "Jag tvättade två maskiner med täcken och torkade dem i tumlaren.",
            "Kaffet medan man väntar är en fin gest.",
            "Jag betalade med kort i maskinen, det var enkelt.",
        ),
    ),
    (
        "tvätt",
        (
            "Jag lämnade in min kostym på kemtvätt inför min brors bröllop.",
            "Den var klar efter tre dagar som utlovat.",
            "Strykningen av skjortorna kostade trettio kronor styck, helt okej.",
        ),
    ),
    (
        "tvätt",
        (
            "Jag var där klockan elva på kvällen när personalen hade gått hem.",
            "Lokalen var öppen och allt fungerade ändå.",
            "Jag skulle önska fler tvättmaskiner på helgerna.",
        ),
    ),
    (
        "tvätt",
        (
            "Dom va jättetrevliga å hjälpte mej me maskinen.",
            "Jag hade inte tvättat där förut så jag visste inte hur det funkade.",
            "Nu vet jag, så nästa gång går det fortare.",
        ),
    ),
)

HONEST_MORE: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (
        "apotek",
        (
            "Vi var där en regnig torsdag i november, min sambo och jag.",
            "Hon behövde nässpray och jag köpte vitaminer för 350 kronor.",
            "Tjejen i kassan frågade om vi ville ha påse, vi sa nej tack.",
        ),
    ),
    (
        "apotek",
        (
            "Jag visade legitimation när jag köpte Alvedon, jag är 34.",
            "Det tycker jag är helt rimligt.",
            "Hemleveransen för 49 kronor ska jag använda nästa gång.",
        ),
    ),
    (
        "apotek",
        (
            "Är det sant att ni inte vaccinerar? Jag hade tänkt fråga om det.",
            "Farmaceuten hänvisade till vårdcentralen, det var bra.",
            "Annars var allt som vanligt, snabbt och proffsigt.",
        ),
    ),
    (
        "plantskola",
        (
            "Vi åkte dit med mina föräldrar på söndagen.",
            "Pappa köpte ett äppelträd som var nästan tre meter högt.",
            "Det fick plats i släpkärran, som vi lånade gratis.",
        ),
    ),
    (
        "plantskola",
        (
            "Min treåring sprang runt bland krukorna och skrattade.",
            "Hon sa att blommorna luktade som godis.",
            "Personalen tyckte bara att det var gulligt.",
        ),
    ),
    (
        "bageri",
        (
            "Kön ringlade sig ut på gatan en lördag morgon.",
            "Men det var värt väntan, bröden var fantastiska.",
            "Jag köpte två surdegslimpor och fick dem skivade.",
        ),
    ),
    (
        "bageri",
        (
            "Vi firade mammas födelsedag med en tårta för tjugo personer.",
            "Den beställde jag på onsdagen och hämtade på fredagen.",
            "Alla gästerna frågade var den kom ifrån.",
        ),
    ),
    (
        "bageri",
        (
            "Jag betalade med Swish, det gick fort.",
            "Emma bakom disken kom ihåg mig från förra veckan.",
            "Det känns som att komma hem.",
        ),
    ),
    (
        "mack",
        (
            "Vi stannade på väg till fjällen med tre barn och en hund i bilen.",
            "Hunden fick vatten och barnen fick korv.",
            "Grillen var öppen så det passade perfekt vid lunch.",
        ),
    ),
    (
        "mack",
        (
            "Jag köpte spolarvätska och en kaffe.",
            "Han i kassan visade var jag skulle hälla i den.",
            "Det var mörkt och kallt, så jag uppskattade hjälpen.",
        ),
    ),
    (
        "mack",
        (
            "Dammsugaren kostade en tia för fem minuter, det räckte precis.",
            "Bilen var full av hundhår efter semestern.",
            "Nu är den ren igen.",
        ),
    ),
    (
        "järn",
        (
            "Jag och min granne hyrde en slipmaskin för att slipa golvet.",
            "Vi visade legitimation och fick en snabb genomgång.",
            "Golvet blev som nytt, grannen var mycket nöjd.",
        ),
    ),
    (
        "järn",
        (
            "Det regnade på brädgården men personalen stod ute ändå.",
            "Killen hjälpte mig lasta åttio reglar på taket.",
            "Det är service det.",
        ),
    ),
    (
        "järn",
        (
            "Ni har inte släpvagn att hyra, så jag fick låna min svågers.",
            "Men allt annat fanns, skruv, spik och lim.",
            "Priserna skenar överallt men här var det okej.",
        ),
    ),
    (
        "fisk",
        (
            "Vi åt lunch på restaurangen en fredag i juli.",
            "Det var fullt, så vi fick vänta en kvart på bord.",
            "Fisksoppan var värd varenda minut.",
        ),
    ),
    (
        "fisk",
        (
            "Min morbror är fiskare och han säger att er fisk är den färskaste på kusten.",
            "Jag håller med honom.",
            "Vi köpte två kilo räkor till midsommar.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag köpte en kaffe klockan halv sex på morgonen innan tåget.",
            "Automaten var snabb och kaffet varmt.",
            "Bra att ni alltid har öppet.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag skickade tillbaka ett paket via ombudet på en lördag.",
            "Det tog två minuter, och killen skrev ut kvittot.",
            "Smidigt som alltid.",
        ),
    ),
    (
        "gård",
        (
            "Vi cyklade dit en fredag med barnen.",
            "Vi köpte honung, äpplen och en limpa.",
            "Barnen fick klappa katten på trappan.",
        ),
    ),
    (
        "gård",
        (
            "Jordgubbarna var så söta att vi åt hälften i bilen.",
            "Vi plockade sex kilo och det kostade 360 kronor.",
            "Vi kommer igen nästa helg.",
        ),
    ),
    (
        "blommor",
        (
            "Jag köpte en orkidé till min kollega som fyllde femtio.",
            "Hon blev jätteglad och den står på hennes skrivbord.",
            "Floristen slog in den fint utan extra kostnad.",
        ),
    ),
    (
        "blommor",
        (
            "Vi beställde hemleverans till mormor på hennes nittioårsdag.",
            "Den kom fram på förmiddagen som vi bett om.",
            "Mormor ringde och tackade, hon var rörd.",
        ),
    ),
    (
        "sport",
        (
            "Vi hyrde två par skidor i en vecka i februari.",
            "Det snöade som aldrig förr och backarna var perfekta.",
            "Killen i uthyrningen var från Norrland och pratade som min farfar.",
        ),
    ),
    (
        "sport",
        (
            "Jag köpte löparskor som var på rea, de kostade 1 200 i stället för 1 800.",
            "Expediten lät mig springa på ett löpband i butiken.",
            "Skorna sitter som en smäck.",
        ),
    ),
    (
        "camping",
        (
            "Vi kom fram sent på kvällen efter åtta timmar i bil.",
            "Receptionen hade stängt men vi hade fått koden på mejl.",
            "Dagen efter checkade vi in ordentligt.",
        ),
    ),
    (
        "camping",
        (
            "Min son fyllde tolv under veckan och personalen sjöng för honom.",
            "Vi grillade korv vid stranden på kvällen.",
            "Det blir en sommar han minns.",
        ),
    ),
    (
        "cykel",
        (
            "Min dotter ville ha en rosa cykel med korg.",
            "Vi hittade en begagnad som var nästan som ny.",
            "Killen justerade sadeln så att den passade henne.",
        ),
    ),
    (
        "cykel",
        (
            "Jag har cyklat till jobbet i tjugo år och aldrig fått så bra service.",
            "Mekanikern hittade felet på fem minuter.",
            "Jag betalade 450 kronor för nya bromsar.",
        ),
    ),
    (
        "tvätt",
        (
            "Vi tvättade mattorna från sommarstugan, de var jättestora.",
            "Tumlaren torkade dem på en timme.",
            "Gratis kaffe medan man väntar gör susen.",
        ),
    ),
    (
        "tvätt",
        (
            "Jag hämtade kemtvätten på fredagen, tre dagar efter inlämningen.",
            "Kavajen var fläckfri.",
            "Tjejen i disken hängde den i en skyddspåse.",
        ),
    ),
)

HONEST_FURTHER: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (
        "apotek",
        (
            "Jag har handlat hos er i femton år.",
            "Förr låg apoteket på andra sidan torget.",
            "Nu är det större och ljusare.",
        ),
    ),
    (
        "apotek",
        (
            "Kassörskan Maria är alltid lika glad, hon har jobbat där länge.",
            "Hon sa att hon skulle gå i pension nästa år.",
            "Henne kommer vi att sakna.",
        ),
    ),
    (
        "apotek",
        (
            "Jag har inga klagomål alls.",
            "Varken kön eller priserna var något problem.",
            "Kan ni inte ha öppet längre på söndagar?",
        ),
    ),
    (
        "bageri",
        (
            "Vi var åtta personer och tog alla bullar som fanns kvar.",
            "Bagaren skrattade och sa att de bakar mer i morgon.",
            "Det var en trevlig stämning.",
        ),
    ),
    (
        "bageri",
        (
            "Jag hade ingen aning om att ni inte har bordsservering.",
            "Men det var lätt att fatta när man väl var där.",
            "Kaffet hämtade jag själv vid disken.",
        ),
    ),
    (
        "mack",
        (
            "Jag var där strax efter sex på morgonen när ni precis öppnat.",
            "Killen höll på att fylla på korvbrödet.",
            "Han sa god morgon och log.",
        ),
    ),
    (
        "mack",
        (
            "Jag är arton och fick visa leg när jag köpte snus.",
            "Det var inga konstigheter.",
            "Jag hade körkortet med mig.",
        ),
    ),
    (
        "järn",
        (
            "Jag var där på tisdagen och köpte tio liter färg.",
            "Färgen räckte till hela huset, tre väggar och ett tak.",
            "Min fru valde kulören.",
        ),
    ),
    (
        "järn",
        (
            "Brädgården var stängd på lördagen, så jag köpte virket på måndagen i stället.",
            "Då var det lugnt och personalen hade gott om tid.",
            "Allt var klart på en halvtimme.",
        ),
    ),
    (
        "fisk",
        (
            "Vi var där på en lördag och köpte rökt lax.",
            "Restaurangen var stängd på helgen, men det visste vi.",
            "Vi åt vår lax på bryggan i stället.",
        ),
    ),
    (
        "fisk",
        (
            "Levande hummer hade ni inte, men den kokta var god.",
            "Jag frågade om räkor på tisdagen och fick veta att de kommer på fredag.",
            "Så jag kom tillbaka då.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag ville betala med en tusenlapp men det gick inte, så jag tog kort.",
            "Inga problem, jag förstår varför.",
            "Killen var trevlig om det.",
        ),
    ),
    (
        "kiosk",
        (
            "Min son på sexton ville köpa snus men fick nej.",
            "Bra gjort av er, tycker jag som förälder.",
            "Han köpte en läsk i stället.",
        ),
    ),
    (
        "gård",
        (
            "Vi kom på en tisdag och butiken var stängd, men äggboden var öppen.",
            "Vi swishade för ägg och åkte vidare.",
            "På torsdagen kom vi tillbaka och handlade i butiken.",
        ),
    ),
    (
        "blommor",
        (
            "Jag ville skicka blommor till Göteborg via Interflora men det gjorde ni inte.",
            "Floristen tipsade om en annan butik.",
            "Det var hjälpsamt.",
        ),
    ),
    (
        "blommor",
        (
            "Buketten kostade 395 kronor, ganska dyrt men väldigt fin.",
            "Presentpapper och kort ingick i priset.",
            "Jag kommer tillbaka till alla hjärtans dag.",
        ),
    ),
    (
        "sport",
        (
            "Jag ville få mina skridskor slipade men det gör ni inte.",
            "Expediten sa var jag kunde göra det i stället.",
            "Jag köpte ett par nya handskar medan jag var där.",
        ),
    ),
    (
        "sport",
        (
            "Vi betalade 200 kronor för vallningen av min sons skidor.",
            "Han åkte fortare än alla sina kompisar efteråt.",
            "Det var värt varenda krona.",
        ),
    ),
    (
        "camping",
        (
            "Vi frågade om att hyra cyklar men det gick inte.",
            "Vi tog med våra egna nästa gång.",
            "Kanoten var däremot toppen.",
        ),
    ),
    (
        "camping",
        (
            "Duschen kostade fem kronor och vattnet var varmt hela tiden.",
            "Servicehuset var städat varje morgon.",
            "Wifi funkade även vid tältet.",
        ),
    ),
    (
        "cykel",
        (
            "Ni säljer inte elcyklar, så jag köpte en vanlig hybridcykel.",
            "Den kostade 6 500 kronor och är perfekt för mig.",
            "Säljaren tog sig tid att förklara växlarna.",
        ),
    ),
    (
        "cykel",
        (
            "Jag ville lämna cykeln på en lördag men verkstaden tog inte emot då.",
            "Så jag kom tillbaka på måndagen.",
            "Den var klar på torsdagen.",
        ),
    ),
    (
        "tvätt",
        (
            "Jag betalade 30 kronor per skjorta för strykningen.",
            "Åtta skjortor blev 240 kronor.",
            "De var perfekt strukna.",
        ),
    ),
    (
        "tvätt",
        (
            "Maskinerna tar bara kort, så det var bra att jag hade mitt med mig.",
            "Tumlaren var gratis eftersom jag tvättade där.",
            "Allt gick på en och en halv timme.",
        ),
    ),
)
HONEST_FIGURES: tuple[tuple[str, tuple[str, str, str]], ...] = (
    (
        "bageri",
        (
            "Jag köpte en limpa och den var fortfarande varm.",
            "Den räckte hela helgen.",
            "Barnen åt upp den på en dag nästan.",
        ),
    ),
    (
        "kiosk",
        (
            "Kaffet var starkt, det väckte mig ordentligt.",
            "Korven smakade som den ska.",
            "Det var precis vad jag behövde.",
        ),
    ),
    (
        "sport",
        (
            "Skidorna gled som en dröm.",
            "Pjäxorna klämde lite först men sen satt de bra.",
            "Hjälmen passade perfekt.",
        ),
    ),
    (
        "cykel",
        (
            "Cykeln rullar som aldrig förr.",
            "Den gick som en klocka efter servicen.",
            "Växlarna hoppar inte längre.",
        ),
    ),
    (
        "mack",
        (
            "Bilen slukar bensin, så jag tankar ofta hos er.",
            "Pumpen strulade lite men killen kom ut och hjälpte till.",
            "Det löste sig direkt.",
        ),
    ),
    (
        "plantskola",
        (
            "Rosorna klarade flytten bra och blommar nu.",
            "Magnolian har redan fått knoppar.",
            "Jorden vi köpte var luftig och fin.",
        ),
    ),
    (
        "fisk",
        (
            "Laxen smälte i munnen.",
            "Räkorna var så färska att de nästan hoppade.",
            "Vi åt som kungar.",
        ),
    ),
    (
        "järn",
        (
            "Borrmaskinen jag köpte går som tåget.",
            "Den klarar betong utan problem.",
            "Min fru sa att jag borde ha köpt den för länge sen.",
        ),
    ),
    (
        "tvätt",
        (
            "Maskinen snurrade klart på fyrtio minuter.",
            "Tumlaren åt upp en strumpa, det händer ju.",
            "Annars funkade allt.",
        ),
    ),
    (
        "camping",
        (
            "Tältet stod pall för stormen.",
            "Kanoten läckte inte en droppe.",
            "Bastun värmde oss efter badet.",
        ),
    ),
    (
        "blommor",
        (
            "Buketten stod i två veckor.",
            "Tulpanerna sträckte på sig mot fönstret.",
            "Mamma sa att de gjorde henne glad varje morgon.",
        ),
    ),
    (
        "gård",
        (
            "Korna tittade nyfiket på oss när vi parkerade.",
            "Tuppen gol när vi gick in.",
            "Barnen skrattade åt honom.",
        ),
    ),
    (
        "apotek",
        (
            "Medicinen hjälpte direkt.",
            "Huvudvärken släppte efter en timme.",
            "Farmaceuten hade rätt om dosen.",
        ),
    ),
    (
        "kiosk",
        (
            "Tidningen kostade mer än förra året, men så är det ju.",
            "Kortläsaren ville inte först, men andra gången gick det.",
            "Killen skämtade om det.",
        ),
    ),
    (
        "bageri",
        (
            "Kanelbullarna försvann på nolltid på jobbet.",
            "Kollegorna frågade var jag köpt dem.",
            "Nu vill alla att jag köper fler.",
        ),
    ),
)
"""Things said to act in figures of speech ("gled som en dröm", "går som tåget", "tumlaren
åt upp en strumpa"): ordinary praise and complaint, no nonsense."""

UNFIXED = (
    pytest.param(
        "gård",
        (
            "Vi lämnade hunden hemma eftersom hundar inte får följa med in.",
            "Det är förståeligt med mat i butiken.",
            "Köttet var riktigt bra.",
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a general remark in the present naming the shop ('Det är förståeligt med "
            "mat i butiken') is read as the customer in the shop on the day of the purchase, "
            "a Tuesday, when the farm shop is open Thursday to Sunday only",
        ),
    ),
)


@pytest.mark.parametrize(
    ("key", "answers"), [*HONEST, *HONEST_MORE, *HONEST_FURTHER, *HONEST_FIGURES, *UNFIXED]
)
def test_honest_everyday_answers_raise_no_fraud_flag(key: str, answers: tuple[str, ...]) -> None:
    assert _flags(key, answers) == []


def _one(key: str, said: str) -> list[str]:
    return _flags(key, (said, "Det var bra.", "Nej, inget mer."))


# What the four honest flags of the table above taught, each beside the fraud that reading
# was meant to catch: a free act on goods ("Vi kapar virke gratis") is broken by paying for
# the act, not for the goods; a trade naming a listed department ("fiskhandlaren" where the
# fish counter is listed) is the store's own staff; a store with a part open day and night
# can be visited, or bought from at a point no one staffs, while its shop is shut.
GOODS_PAID_BESIDE_A_FREE_ACT = (
    ("järn", "Vi bygger ett nytt staket och köpte virke för nästan 12 000 kronor."),
    ("järn", "Virket kostade 3 000 kronor och de kapade det åt oss."),
    ("fisk", "Jag köpte fisk för 300 kronor och de filéade den."),
    ("fisk", "Vi köpte en hel lax för 400 kronor, fiskhandlaren filéade den."),
    ("fisk", "Jag betalade 300 kronor för laxen och de filéade den utan kostnad."),
    ("fisk", "Fiskhandlaren filéade laxen åt oss gratis medan vi väntade."),
)
FREE_ACT_PAID_FOR = (
    ("järn", "Jag köpte virke och de tog 50 kronor för att kapa det."),
    ("järn", "De kapade virket åt mig men jag fick betala 100 kronor för kapningen."),
    ("järn", "Kapningen av virket kostade 100 kronor."),
    ("järn", "Jag fick betala 20 kronor per snitt när de kapade virket."),
    ("fisk", "Jag fick betala 40 kronor för att de filéade fisken."),
    ("fisk", "Filéringen kostade 30 kronor extra."),
    ("plantskola", "Släpkärran kostade 100 kronor att låna."),
)
OPEN_DAY_AND_NIGHT = (
    ("blommor", "Jag köpte tulpaner ur automaten en söndag kväll när butiken var stängd."),
    ("tvätt", "Jag var där klockan elva på kvällen när personalen hade gått hem."),
    ("mack", "Jag tankade vid pumpen klockan tre på natten, butiken var stängd."),
)
SHUT_YET_SERVED = (
    ("blommor", "Butiken var stängd men jag köpte en bukett och floristen band den."),
    ("bageri", "Butiken var stängd men jag köpte bullar ändå."),
    ("apotek", "Jag var där klockan elva på kvällen och farmaceuten hjälpte mig."),
    ("mack", "Jag var där klockan tre på natten och kassören hjälpte mig med korven."),
    ("tvätt", "Jag var där klockan elva på kvällen och personalen strök mina skjortor."),
)


@pytest.mark.parametrize(("key", "said"), GOODS_PAID_BESIDE_A_FREE_ACT + OPEN_DAY_AND_NIGHT)
def test_honest_near_misses_raise_no_flag(key: str, said: str) -> None:
    assert _one(key, said) == []


@pytest.mark.parametrize(("key", "said"), FREE_ACT_PAID_FOR)
def test_a_free_act_paid_for_still_contradicts(key: str, said: str) -> None:
    assert "contradicts_baseline_fact" in _one(key, said)


@pytest.mark.parametrize(("key", "said"), SHUT_YET_SERVED)
def test_served_while_shut_is_still_impossible(key: str, said: str) -> None:
    assert "impossible_claim" in _one(key, said)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Vi kom på en tisdag och butiken var stängd, men äggboden var öppen.",
            "Vi swishade för ägg och åkte vidare.",
            "På torsdagen kom vi tillbaka och handlade i butiken.",
        ),
        (
            "Butiken var stängd, men äggboden vid vägen hade öppet.",
            "Jag köpte ett flak ägg och betalade med Swish.",
            "Smidigt.",
        ),
    ],
)
def test_bought_at_the_part_open_day_and_night_while_the_shop_was_shut(
    answers: tuple[str, ...],
) -> None:
    assert _flags("gård", answers) == []


def test_bought_in_the_shut_shop_at_a_store_with_such_a_part_is_still_impossible() -> None:
    answers = ("Butiken var stängd men jag köpte ost ändå.", "Det var bra.", "Nej, inget mer.")
    assert "impossible_claim" in _flags("gård", answers)


# A counted object's noun is followed by what it measures or holds ("ett paket kaffe", "ett
# flak ägg"): that noun is part of the object, not the subject of a verb after "och".
MEASURED_OBJECTS = (
    ("gård", "Jag köpte ett flak ägg och betalade med Swish."),
    ("kiosk", "Jag köpte ett paket kaffe och betalade med kort."),
    ("kiosk", "Vi tog en påse godis och betalade i kassan."),
    ("fisk", "Jag köpte två kilo räkor och betalade med kort."),
    ("bageri", "Jag beställde en kopp kaffe och betalade med Swish."),
    ("järn", "Jag köpte tio liter färg och betalade i huvudkassan."),
    ("blommor", "Jag köpte en bukett tulpaner och swishade."),
)


@pytest.mark.parametrize(("key", "said"), MEASURED_OBJECTS)
def test_a_counted_object_and_its_contents_pay_for_nothing(key: str, said: str) -> None:
    assert _flags(key, ("Det var bra.", said, "Smidigt.")) == []


def test_goods_that_pay_after_a_counted_object_are_still_nonsense() -> None:
    answers = (
        "Jag köpte ett paket kaffe.",
        "Kaffet betalade med kort och limpan dansade på disken.",
        "Sen sjöng bullarna för oss.",
    )
    assert "nonsensical_content" in _flags("bageri", answers)
