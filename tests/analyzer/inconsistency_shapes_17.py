"""Calls inconsistent with themselves, and honest near misses, at eight kinds of business no
earlier inconsistency material visited.

A pizzeria, a hotel, a bowling alley, a swimming bath, a nail salon, a clothes shop, a sushi
bar and a hardware store. Each call is the customer's answers, one string an answer, in spoken
Swedish, with one contradiction inside otherwise useful feedback, mostly of kinds the earlier
material did not hold: a bought thing's colour or size told two ways, "the only one" after
several were bought, two whole totals, a child's age told two ways, a named member of staff
told by two names, the party's size told two ways, a service denied and then had, a thing
handed back and then kept, travel there told by two means, nights or rounds beyond the count
told, the room's floor told two ways, a stay's length against its clock times, and two
things told in both orders.

The near misses sit beside each kind: a correction ("nej förresten"), a change within the
visit, two people's different acts or things, another day's account, a plan against what
happened, an approximation, a thing tried on against the thing bought, a tip on top of a
total.

Written for this file before the analyzer was run on it; nothing comes from a labelled set.
The verdict is the one a careful store manager would give.

Figures (impossible claim or nonsense at 0.7 or more, no store context, a Wednesday noon
purchase), before → after this round's readings: 1 → 33 of 40 contradictions caught, 0 → 0 of
48 honest calls flagged.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import labelled

_fraud = labelled("inconsistent", fraud=True)
_honest = labelled("honest", fraud=False)

PIZZERIA = (
    _fraud(
        "pizzeria",
        "two whole totals",
        "Hela notan för oss tre landade på trehundrafyrtio kronor.",
        "Pizzorna var goda, särskilt kebabpizzan, men salladen var lite trött.",
        "Jag swishade femhundrasextio kronor för alltihop och det var inget konstigt med det.",
    ),
    _fraud(
        "pizzeria",
        "three pizzas, the only pizza",
        "Vi beställde tre pizzor, en kebabpizza och två vesuvio.",
        "Den enda pizzan vi beställde kom efter tjugo minuter och var ganska bränd i kanten.",
    ),
    _fraud(
        "pizzeria",
        "cycled there, took the bus there",
        "Vi cyklade dit, det är bara fem minuter hemifrån.",
        "Pizzan var jättegod och degen luftig.",
        "Vi tog bussen dit och den var försenad, så vi kom lite sent till vårt bord.",
    ),
    _fraud(
        "pizzeria",
        "the cashier named twice",
        "Killen i kassan hette Ali, det stod på namnskylten.",
        "Mehmet i kassan var jättetrevlig och bjöd oss på extra vitlökssås.",
    ),
    _fraud(
        "pizzeria",
        "party of four, only two",
        "Vi var fyra personer och fick ett bord vid fönstret.",
        "Eftersom vi bara var två delade vi på en familjepizza.",
        "Personalen var snabb och glad.",
    ),
)

PIZZERIA_HONEST = (
    _honest(
        "pizzeria",
        "total with a tip on top",
        "Notan landade på trehundrafyrtio kronor.",
        "Jag swishade trehundrasjuttio, för jag la på trettio i dricks.",
    ),
    _honest(
        "pizzeria",
        "three ordered, the only one that was burnt",
        "Vi beställde tre pizzor.",
        "Den enda pizzan som var bränd var min, de andra var perfekta.",
    ),
    _honest(
        "pizzeria",
        "cycled there, bus home",
        "Vi cyklade dit men tog bussen hem, för det började regna.",
        "Pizzan var god och personalen trevlig.",
    ),
    _honest(
        "pizzeria",
        "two staff by name",
        "Ali i kassan tog beställningen och Mehmet bakade pizzorna.",
        "Båda var jättetrevliga.",
    ),
    _honest(
        "pizzeria",
        "four booked, two came",
        "Vi hade bokat bord för fyra, men bara två av oss kom till slut.",
        "Så vi delade på en familjepizza.",
    ),
    _honest(
        "pizzeria",
        "a correction of the party",
        "Vi var fem, nej förresten, vi var fyra, min bror kom aldrig.",
        "Bordet vid fönstret var trevligt.",
    ),
)

HOTEL = (
    _fraud(
        "hotell",
        "one night, the second night",
        "Vi bodde där en natt, från fredag till lördag.",
        "Rummet var rent och sängarna sköna.",
        "Andra natten var det stökigt i korridoren och vi sov dåligt.",
    ),
    _fraud(
        "hotell",
        "fifth floor, ground floor",
        "Vi fick ett rum på femte våningen med utsikt över hamnen.",
        "Eftersom vårt rum låg på bottenvåningen hörde vi allt från receptionen.",
    ),
    _fraud(
        "hotell",
        "left before breakfast, praised the breakfast eaten",
        "Vi checkade ut tidigt på morgonen, innan frukosten ens hade öppnat.",
        "Frukosten vi åt var fantastisk med nybakat bröd och färsk juice.",
    ),
    _fraud(
        "hotell",
        "the room at two prices",
        "Vi betalade tolvhundra kronor för rummet.",
        "Rummet var fint och personalen hjälpsam.",
        "För niohundra kronor var rummet väldigt prisvärt.",
    ),
    _fraud(
        "hotell",
        "a daughter of four and of seven",
        "Vi var där med vår dotter som är fyra år.",
        "Hon är sju år och älskade poolen på taket.",
    ),
)

HOTEL_HONEST = (
    _honest(
        "hotell",
        "two nights, the second night",
        "Vi bodde där två nätter.",
        "Andra natten var det stökigt i korridoren.",
    ),
    _honest(
        "hotell",
        "moved from the ground floor",
        "Först fick vi ett rum på bottenvåningen, men vi bytte till femte våningen.",
        "Där var det tyst och utsikten fin.",
    ),
    _honest(
        "hotell",
        "skipped breakfast this time, praised it last time",
        "Den här gången checkade vi ut innan frukosten öppnade.",
        "Förra gången vi bodde där var frukosten fantastisk.",
    ),
    _honest(
        "hotell",
        "room and the whole stay",
        "Rummet kostade niohundra kronor.",
        "Med frukost och parkering blev det tolvhundra kronor totalt.",
    ),
    _honest(
        "hotell",
        "two daughters",
        "Vi var där med våra döttrar, den minsta är fyra år.",
        "Den äldsta är sju och älskade poolen på taket.",
    ),
    _honest(
        "hotell",
        "a daughter nearly five",
        "Vår dotter är fyra år, hon fyller fem nästa vecka.",
        "Hon älskade poolen.",
    ),
)

BOWLING = (
    _fraud(
        "bowlinghall",
        "one round, the third round",
        "Vi hann bara spela en serie innan vi fick gå.",
        "I den tredje serien fick jag min första strike någonsin.",
    ),
    _fraud(
        "bowlinghall",
        "shoes in two sizes",
        "Skorna jag hyrde var i storlek fyrtiofyra.",
        "Banorna var fina.",
        "Skorna i storlek fyrtiotvå som jag hyrde var slitna och klämde.",
    ),
    _fraud(
        "bowlinghall",
        "a son of six and of nine",
        "Min son är sex år och fick ha räcke på banan.",
        "Han är nio år, så han fick välja musiken själv.",
    ),
    _fraud(
        "bowlinghall",
        "an hour, three hours",
        "Vi hade banan i en timme.",
        "Under alla tre timmarna på banan var personalen snabb med pizzan.",
    ),
    _fraud(
        "bowlinghall",
        "walked there, cycled there",
        "Jag gick dit till fots från stationen.",
        "Jag cyklade dit och låste cykeln vid entrén.",
        "Det var kul men lite dyrt.",
    ),
)

BOWLING_HONEST = (
    _honest(
        "bowlinghall",
        "two rounds and one more",
        "Vi spelade två serier och sen en till.",
        "I den tredje serien fick jag min första strike.",
    ),
    _honest(
        "bowlinghall",
        "shoes swapped for a size",
        "Först fick jag skor i storlek fyrtiotvå, men de klämde.",
        "Så jag bytte till fyrtiofyra och då satt de bra.",
    ),
    _honest(
        "bowlinghall",
        "two sons",
        "Min yngsta son är sex år och fick ha räcke.",
        "Hans storebror är nio och fick välja musiken.",
    ),
    _honest(
        "bowlinghall",
        "booked one hour, stayed three",
        "Vi hade bokat banan i en timme, men förlängde två gånger.",
        "Så det blev tre timmar totalt.",
    ),
    _honest(
        "bowlinghall",
        "walked, friend cycled",
        "Jag gick dit till fots och min kompis cyklade.",
        "Det var kul men lite dyrt.",
    ),
    _honest(
        "bowlinghall",
        "about an hour",
        "Vi var där i ungefär en timme, kanske lite mer.",
        "Personalen var snabb med pizzan.",
    ),
)

SWIMMING = (
    _fraud(
        "simhall",
        "twenty lengths, the ten lengths swum",
        "Jag simmade tjugo längder i stora bassängen.",
        "Efter de tio längderna jag simmade var jag helt slut.",
        "Vattnet var lagom varmt.",
    ),
    _fraud(
        "simhall",
        "a black swimsuit bought, the red one bought",
        "Jag köpte en svart baddräkt i shopen vid entrén.",
        "Den röda baddräkten jag köpte sitter perfekt.",
    ),
    _fraud(
        "simhall",
        "the entry at two prices",
        "Entrén kostade nittio kronor.",
        "Omklädningsrummen var rena.",
        "Jag tycker att hundrafyrtio kronor för entrén är i dyraste laget.",
    ),
    _fraud(
        "simhall",
        "no sauna today, after the sauna",
        "Jag badade inte bastu den här gången, jag hade bråttom.",
        "Efter bastun tog jag en kall dusch och det var skönt.",
    ),
    _fraud(
        "simhall",
        "came alone, the two of us swam",
        "Jag var där helt själv en tisdag förmiddag.",
        "Jag och min man simmade bredvid varandra i motionsbanan.",
    ),
)

SWIMMING_HONEST = (
    _honest(
        "simhall",
        "planned twenty, swam ten",
        "Jag hade tänkt simma tjugo längder.",
        "Men efter tio längder var jag helt slut.",
    ),
    _honest(
        "simhall",
        "tried the black, bought the red",
        "Jag provade en svart baddräkt men köpte den röda.",
        "Den röda baddräkten sitter perfekt.",
    ),
    _honest(
        "simhall",
        "entry and a card of ten",
        "Entrén kostade nittio kronor.",
        "Ett tiokort kostar sjuhundra kronor, det ska jag köpa nästa gång.",
    ),
    _honest(
        "simhall",
        "no sauna for me, my husband after the sauna",
        "Jag badade inte bastu, men min man gjorde det.",
        "Efter bastun var han röd som en kräfta.",
    ),
    _honest(
        "simhall",
        "came alone, met a friend",
        "Jag kom dit själv.",
        "I bassängen träffade jag en väninna och vi simmade bredvid varandra.",
    ),
    _honest(
        "simhall",
        "the pool cold, then warm",
        "Vattnet var kallt när jag kom.",
        "Men efter en halvtimme hade de höjt värmen och då var det skönt.",
    ),
)

NAILS = (
    _fraud(
        "nagelsalong",
        "red varnish chosen, pink varnish chosen",
        "Jag valde ett klarrött lack till naglarna.",
        "Det rosa lacket jag valde har hållit i över en vecka.",
    ),
    _fraud(
        "nagelsalong",
        "the technician named twice",
        "Hon som gjorde mina naglar hette Linh.",
        "Mai som gjorde mina naglar var noggrann och pratade inte för mycket.",
    ),
    _fraud(
        "nagelsalong",
        "only hands, the pedicure",
        "Jag gjorde bara händerna den här gången, inte fötterna.",
        "Pedikyren var skön och fotbadet lagom varmt.",
    ),
    _fraud(
        "nagelsalong",
        "an hour by the clock, three hours in the chair",
        "Jag kom klockan två och gick därifrån klockan tre.",
        "Efter tre timmar i stolen hade jag ont i ryggen.",
    ),
    _fraud(
        "nagelsalong",
        "a salon with my sister, no one with me",
        "Jag och min syster gjorde naglarna samtidigt.",
        "Jag hade ingen med mig, så jag satt och läste medan lacket torkade.",
    ),
)

NAILS_HONEST = (
    _honest(
        "nagelsalong",
        "red first, then pink",
        "Jag valde ett rött lack först men ångrade mig.",
        "Det rosa lacket har hållit i över en vecka.",
    ),
    _honest(
        "nagelsalong",
        "two technicians",
        "Linh gjorde mina naglar och Mai gjorde min systers.",
        "Båda var noggranna.",
    ),
    _honest(
        "nagelsalong",
        "hands today, pedicure last month",
        "Jag gjorde bara händerna den här gången.",
        "Förra månaden tog jag pedikyr också, och fotbadet var skönt.",
    ),
    _honest(
        "nagelsalong",
        "about an hour",
        "Jag kom strax före två och gick runt tre.",
        "Det tog ungefär en timme och var värt det.",
    ),
    _honest(
        "nagelsalong",
        "sister waited",
        "Min syster följde med men gjorde inga naglar själv.",
        "Hon satt och läste medan mitt lack torkade.",
    ),
    _honest(
        "nagelsalong",
        "a correction of the colour",
        "Jag valde rött, nej förresten, det var mer vinrött.",
        "Lacket har hållit bra.",
    ),
)

CLOTHES = (
    _fraud(
        "klädbutik",
        "jeans in two sizes",
        "Jag köpte ett par jeans i storlek trettio.",
        "Jeansen i storlek trettiotvå som jag köpte sitter perfekt över höften.",
    ),
    _fraud(
        "klädbutik",
        "a green coat bought, the blue coat bought",
        "Jag köpte en grön kappa på rean.",
        "Personalen var hjälpsam i provrummet.",
        "Den blå kappan jag köpte har jag fått massor av komplimanger för.",
    ),
    _fraud(
        "klädbutik",
        "handed back and kept",
        "Jag lämnade tillbaka klänningen direkt i kassan och fick pengarna tillbaka.",
        "Klänningen har jag haft på mig två gånger sedan dess och den är jättefin.",
    ),
    _fraud(
        "klädbutik",
        "two jumpers, the only jumper",
        "Jag köpte två tröjor, en grå och en marinblå.",
        "Den enda tröjan jag köpte har redan noppat sig efter en tvätt.",
    ),
    _fraud(
        "klädbutik",
        "tram there, walked there",
        "Jag tog spårvagnen dit eftersom det regnade.",
        "Kassapersonalen var snabb.",
        "Jag promenerade dit hela vägen från centralen i solen.",
    ),
)

CLOTHES_HONEST = (
    _honest(
        "klädbutik",
        "tried thirty-two, bought thirty",
        "Jag provade jeansen i storlek trettiotvå, men de var för stora.",
        "Så jag köpte trettio istället och de sitter perfekt.",
    ),
    _honest(
        "klädbutik",
        "a green coat and a blue scarf",
        "Jag köpte en grön kappa och en blå halsduk.",
        "Den blå halsduken passar perfekt till kappan.",
    ),
    _honest(
        "klädbutik",
        "handed back one dress, kept the other",
        "Jag lämnade tillbaka den röda klänningen men behöll den svarta.",
        "Den svarta klänningen har jag haft på mig två gånger.",
    ),
    _honest(
        "klädbutik",
        "two jumpers, the only one that pilled",
        "Jag köpte två tröjor.",
        "Den enda tröjan som har noppat sig är den grå.",
    ),
    _honest(
        "klädbutik",
        "tram there, walked home",
        "Jag tog spårvagnen dit men promenerade hem i solen.",
        "Kassapersonalen var snabb.",
    ),
    _honest(
        "klädbutik",
        "a correction of the size",
        "Jag köpte storlek trettio, nej förresten, det var trettioett.",
        "De sitter perfekt.",
    ),
)

SUSHI = (
    _fraud(
        "sushibar",
        "the soup first and last",
        "Misosoppen kom först och sedan sushin.",
        "Det var lite konstigt att soppan kom efter sushin, när vi redan var mätta.",
    ),
    _fraud(
        "sushibar",
        "twelve pieces, all eight pieces",
        "Jag beställde en tolvbitars med lax och avokado.",
        "Alla åtta bitarna jag fick var färska och fint skurna.",
    ),
    _fraud(
        "sushibar",
        "the chef named twice",
        "Kocken bakom disken hette Kenji, han presenterade sig.",
        "Hiro bakom disken gjorde min sushi och han var väldigt noggrann.",
    ),
    _fraud(
        "sushibar",
        "a son of three and of eight",
        "Vår son är tre år och fick en liten barnbricka.",
        "Han är åtta år och åt med pinnar alldeles själv.",
    ),
    _fraud(
        "sushibar",
        "two whole totals",
        "Totalt betalade vi fyrahundratjugo kronor.",
        "Sushin var färsk och riset lagom kryddat.",
        "Hela notan blev sexhundrafemtio kronor och det tycker jag är okej.",
    ),
)

SUSHI_HONEST = (
    _honest(
        "sushibar",
        "the soup after the sushi, the tea first",
        "Teet kom först och sedan sushin.",
        "Det var lite konstigt att soppan kom efter sushin.",
    ),
    _honest(
        "sushibar",
        "twelve ordered, eight eaten",
        "Jag beställde en tolvbitars.",
        "Jag åt åtta bitar och tog resten med mig hem.",
    ),
    _honest(
        "sushibar",
        "two chefs",
        "Kenji och Hiro stod bakom disken.",
        "Hiro gjorde min sushi och var väldigt noggrann.",
    ),
    _honest(
        "sushibar",
        "a son and a daughter",
        "Vår son är tre år och fick en liten barnbricka.",
        "Vår dotter är åtta och åt med pinnar alldeles själv.",
    ),
    _honest(
        "sushibar",
        "food and drinks",
        "Maten kostade fyrahundratjugo kronor.",
        "Med drickan blev hela notan sexhundrafemtio kronor.",
    ),
    _honest(
        "sushibar",
        "the queue grew",
        "Det var nästan tomt när vi kom.",
        "När vi gick stod det en lång kö ut på gatan.",
    ),
)

HARDWARE = (
    _fraud(
        "järnhandel",
        "white paint bought, the yellow paint bought",
        "Jag köpte tio liter vit fasadfärg.",
        "Den gula färgen jag köpte täckte bra redan första strykningen.",
    ),
    _fraud(
        "järnhandel",
        "rented the drill, the drill bought",
        "Jag köpte ingen borrmaskin utan hyrde en över helgen.",
        "Borrmaskinen jag köpte har redan gått sönder.",
    ),
    _fraud(
        "järnhandel",
        "three boxes of screws, the only box",
        "Jag köpte tre askar skruv.",
        "Den enda asken jag köpte var halvtom när jag öppnade den hemma.",
    ),
    _fraud(
        "järnhandel",
        "the salesman named twice",
        "Säljaren som hjälpte mig hette Göran.",
        "Lasse som hjälpte mig visste allt om skruv och plugg.",
    ),
    _fraud(
        "järnhandel",
        "cycled there, drove the timber in my own car",
        "Jag cyklade dit, det är bara två kilometer.",
        "Jag lastade virket i min egen bil och körde hem.",
    ),
)

HARDWARE_HONEST = (
    _honest(
        "järnhandel",
        "white paint and yellow paint",
        "Jag köpte vit fasadfärg och en liter gul till knutarna.",
        "Den gula färgen täckte bra.",
    ),
    _honest(
        "järnhandel",
        "rented the drill, bought the bits",
        "Jag hyrde en borrmaskin över helgen.",
        "Borren jag köpte till den var av bra kvalitet.",
    ),
    _honest(
        "järnhandel",
        "three boxes, the only one half empty",
        "Jag köpte tre askar skruv.",
        "Den enda asken som var halvtom var den med de långa skruvarna.",
    ),
    _honest(
        "järnhandel",
        "two salesmen",
        "Göran i kassan var trevlig.",
        "Lasse som hjälpte mig på golvet visste allt om skruv och plugg.",
    ),
    _honest(
        "järnhandel",
        "cycled there, they delivered the timber",
        "Jag cyklade dit.",
        "Virket körde de hem till mig dagen efter.",
    ),
    _honest(
        "järnhandel",
        "empty, then a queue",
        "Butiken var tom när jag kom vid sju.",
        "Men vid åtta ringlade kön ända till dörren.",
    ),
)

CALLS = (
    *PIZZERIA,
    *PIZZERIA_HONEST,
    *HOTEL,
    *HOTEL_HONEST,
    *BOWLING,
    *BOWLING_HONEST,
    *SWIMMING,
    *SWIMMING_HONEST,
    *NAILS,
    *NAILS_HONEST,
    *CLOTHES,
    *CLOTHES_HONEST,
    *SUSHI,
    *SUSHI_HONEST,
    *HARDWARE,
    *HARDWARE_HONEST,
)
