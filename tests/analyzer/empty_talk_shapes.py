"""Long, fluent, polite feedback with nothing in it, and the same talk carrying one concrete
thing: material for telling fluent emptiness from honest, specific feedback.

Written for `test_offline_empty_talk.py` before the analyzer was run on any of it, in the
tones the labelled sets' `fluent_empty` calls are described in (tests/data/README.md):
corporate, half-English, poetic, nostalgic, grateful, superlative, "professionellt", the
agent's questions said back, departments named only in a list. No sentence is taken from a
labelled set.

Each call is three answers to the same three questions (`QUESTIONS`) at a small grocery
(`STORE`). An `EMPTY` call observes nothing about this visit that a manager could act on or
thank anyone for: it must not qualify. A `CONCRETE` call is as long and as polite, in the same
tone, but says one concrete thing and what was the matter with it — a product with a fault, a
time, a person's act, a price — and must qualify: a payable call refused costs a customer money.
"""

from __future__ import annotations

from kundrost.domain.business_context import BaselineFact, Department
from tests.unit.context_builders import QUESTIONS as STORE_QUESTIONS
from tests.unit.context_builders import a_business_context

STORE = a_business_context(
    departments=(
        Department("Frukt & grönt", ("frukten", "fruktdisken", "frukt och grönt")),
        Department("Bageriet", ("bageri", "brödhyllan")),
        Department("Chark", ("charken", "köttdisken")),
        Department("Mejeri", ("mejeriet", "mjölkkylen")),
        Department("Kassan", ("kassa", "kassorna", "självscannern")),
    ),
    question_configuration=STORE_QUESTIONS,
    baseline_facts=(
        BaselineFact("Butiken har fyra kassor och två självscanningskassor.", "kassor"),
    ),
)
QUESTIONS = (
    "Hur var ditt besök hos oss idag?",
    "Var det något särskilt som stack ut?",
    "Finns det något vi kan göra bättre?",
)
Call = tuple[str, str, str]

EMPTY: dict[str, tuple[Call, ...]] = {
    "corporate": (
        (
            "Jag skulle vilja säga att helhetsupplevelsen var mycket god och att butiken håller "
            "en jämn och hög kvalitet över hela linjen.",
            "Det som stack ut var framför allt känslan av att ni har ett tydligt kundfokus och "
            "att det genomsyrar verksamheten.",
            "Fortsätt att utveckla det ni gör, ni är på rätt väg och jag ser fram emot att följa "
            "er resa framåt.",
        ),
        (
            "Sammantaget upplever jag att ni levererar ett starkt erbjudande med god "
            "tillgänglighet och ett professionellt bemötande.",
            "Det är tydligt att det finns en genomtänkt strategi bakom hur butiken är organiserad "
            "och hur man möter kunden.",
            "Mitt medskick är att ni fortsätter att säkerställa kvaliteten i alla led så att "
            "kundresan blir sömlös.",
        ),
        (
            "Besöket motsvarade mina förväntningar fullt ut, och jag vill ge en eloge till hela "
            "organisationen för ett väl genomfört arbete.",
            "Inget enskilt sticker ut, snarare helheten, att allt hänger ihop och att "
            "kundnöjdheten uppenbarligen står i centrum.",
            "Jag tror att ni kan vinna på att kommunicera ert värdeerbjudande ännu tydligare "
            "framöver.",
        ),
        (
            "Ur ett kundperspektiv är det här en butik som presterar väl och som har hittat en "
            "bra balans mellan pris, kvalitet och service.",
            "Det märks att medarbetarna är engagerade och att ledningen har ett långsiktigt "
            "perspektiv på verksamheten.",
            "Jag skulle rekommendera att ni fortsätter att arbeta strukturerat med "
            "kvalitetsfrågorna, det ger resultat.",
        ),
        (
            "Jag uppfattar att ni har en tydlig vision och att den omsätts i praktiken på ett "
            "föredömligt sätt i butiken.",
            "Det som stack ut var nog professionalismen, att allt fungerade friktionsfritt från "
            "början till slut.",
            "Det viktigaste för framtiden är att ni behåller fokus på kärnverksamheten och "
            "fortsätter att lyssna på kunderna.",
        ),
        (
            "Min samlade bedömning är att besöket var positivt på samtliga punkter och att "
            "servicenivån ligger väl över branschsnittet.",
            "Det är svårt att lyfta fram någon enskild detalj, det är snarare kvaliteten i "
            "helheten som imponerar.",
            "Ni kan med fördel fortsätta att vidareutveckla konceptet och hitta nya sätt att "
            "skapa mervärde för kunden.",
        ),
        (
            "Det var en välfungerande och effektiv butiksupplevelse där processerna tycktes vara "
            "väl inarbetade.",
            "Bemötandet präglades av professionalitet och en vilja att skapa goda relationer med "
            "kunderna.",
            "Förbättringspotentialen finns väl främst i att ytterligare stärka varumärket och "
            "kommunikationen utåt.",
        ),
    ),
    "half_english": (
        (
            "Alltså, det var en really nice experience överlag, super smooth och allt kändes "
            "liksom on point.",
            "Vibben i butiken var bara så good, you know, man kände sig welcome direkt när man "
            "kom in.",
            "Keep up the good work, ärligt talat, ni gör ett amazing job och jag kommer "
            "definitivt tillbaka.",
        ),
        (
            "Överlag var det en solid experience, typ tio av tio, inga complaints alls från min "
            "sida.",
            "Det som stack ut var väl the whole vibe, det var chill och customer service var top "
            "notch.",
            "Honestly, just keep doing what you're doing, det funkar ju, don't fix what isn't "
            "broken liksom.",
        ),
        (
            "Det var basically perfekt, alltså the service var great och allting flowade bara så "
            "smooth.",
            "Staffet var super friendly och hela setupen kändes väldigt professional, kudos till "
            "teamet.",
            "Jag har inga suggestions faktiskt, ni är already on top of things så att säga.",
        ),
        (
            "Jag måste säga att det var en pleasant surprise, allt var liksom next level den här "
            "gången.",
            "Atmosfären var cozy och det kändes verkligen customer-focused, det gillar jag.",
            "Mer av samma, basically, ni nailar det och det är inte så mycket mer att säga om det.",
        ),
        (
            "Very nice, verkligen, en sån där feel good-upplevelse som man inte får överallt nu "
            "för tiden.",
            "Allting var on point, och man märkte att teamet verkligen cares om kunderna, big "
            "plus för det.",
            "Fortsätt som ni gör, seriously, det är ett winning concept och jag är en happy "
            "customer.",
        ),
        (
            "Det var en overall great shopping experience, effektivt och smidigt från start till "
            "finish.",
            "Jag gillar verkligen er approach, det känns modern och fresh på något sätt.",
            "Kanske bara level up ännu mer, men ärligt talat är ni redan best in class här i "
            "området.",
        ),
    ),
    "poetic": (
        (
            "Det var som att kliva in i en liten oas mitt i vardagen, ljuset, dofterna och lugnet "
            "bar mig genom hela besöket.",
            "Allt andades omsorg, som om varje hylla hade sin egen lilla berättelse att viska för "
            "den som lyssnar.",
            "Fortsätt att vara den där varma platsen dit man gärna återvänder när dagarna blir "
            "korta och mörka.",
        ),
        (
            "Besöket var en stilla stund av harmoni, där tiden liksom saktade ner och man fick "
            "andas ut en stund.",
            "Det finns en själ i den här butiken, något svårt att sätta ord på men som man känner "
            "i hela kroppen.",
            "Låt den känslan leva vidare, det är den som gör att man kommer tillbaka gång på gång.",
        ),
        (
            "Som en sommarmorgon mitt i november, så skulle jag beskriva känslan av att handla "
            "hos er.",
            "Allt var i sin ordning, som en väl stämd orkester där varje del spelar sin roll i "
            "helheten.",
            "Jag önskar bara att ni fortsätter att sprida den där värmen till alla som kliver in "
            "genom dörren.",
        ),
        (
            "Det var vackert, helt enkelt, en upplevelse som fyllde både korgen och själen.",
            "Man möttes av en ro som är sällsynt i dag, och den stannade kvar hos mig hela "
            "kvällen.",
            "Fortsätt vårda det där lilla extra, det är det som skiljer en butik från en plats "
            "man tycker om.",
        ),
        (
            "Butiken känns som ett hem för hela bygden, en plats där vardagen får lite glans.",
            "Det är något i stämningen, i ljuset och i mötet med människorna som lyfter hela "
            "dagen.",
            "Må ni bevara den andan länge, den är värd mer än man kan säga på några minuter.",
        ),
    ),
    "nostalgic": (
        (
            "Jag har handlat här sedan jag var liten, då med mamma, och det känns fortfarande som "
            "samma trygga butik.",
            "Det påminner mig om hur det var förr, när man kände igen varandra och tog sig tid "
            "att prata.",
            "Jag hoppas bara att ni behåller den där gamla goda andan, den är så viktig för oss "
            "som bott här länge.",
        ),
        (
            "Förr i tiden var det alltid så här i de små butikerna, och det är fint att det "
            "fortfarande finns kvar någonstans.",
            "Det väcker minnen från min barndom, lördagsgodis och pappa som pratade med alla han "
            "mötte.",
            "Fortsätt att vara den butik ni alltid har varit, det är det bästa jag kan önska mig.",
        ),
        (
            "Det här har varit min butik i över trettio år och jag har sett den förändras genom "
            "åren.",
            "Mycket har blivit modernare, men känslan är densamma som när jag flyttade hit med "
            "min fru.",
            "Jag vill bara säga tack för alla år, ni betyder mycket för oss här i kvarteret.",
        ),
        (
            "När jag var barn cyklade jag hit med pengar i fickan, och det är nästan samma känsla "
            "varje gång jag kommer in.",
            "Det är så sällsynt i dag att något får vara som det alltid har varit, och det "
            "uppskattar jag verkligen.",
            "Ändra inte för mycket, det är mitt enda önskemål, låt det vara som det är.",
        ),
        (
            "Min mormor handlade här, min mamma handlade här och nu handlar jag här med mina egna "
            "barn.",
            "Det är en tradition för oss, och varje besök känns som att komma hem på något sätt.",
            "Jag hoppas att ni finns kvar i många år till, så att barnbarnen också får uppleva "
            "det.",
        ),
    ),
    "grateful": (
        (
            "Jag vill bara börja med att tacka så hjärtligt för ett fint besök, det värmer "
            "verkligen.",
            "Ni gör ett fantastiskt jobb allihop och det ska ni veta, det är inte alla som säger "
            "det.",
            "Tack för att ni finns och tack för att ni frågar, det visar att ni bryr er.",
        ),
        (
            "Stort tack till hela gänget, ni är verkligen guld värda för oss som handlar här.",
            "Jag är så tacksam för att det finns en sådan här butik i närheten, det gör livet "
            "lite lättare.",
            "Ett varmt tack igen, och hälsa alla från mig, ni förtjänar allt beröm ni kan få.",
        ),
        (
            "Tack, tack, tack, jag kan inte säga det nog, det var ett riktigt trevligt besök från "
            "början till slut.",
            "Alla var så vänliga och hjälpsamma, man känner sig verkligen sedd och uppskattad här.",
            "Jag har inget att klaga på, bara ett stort tack för att ni gör vardagen lite ljusare.",
        ),
        (
            "Först och främst vill jag tacka för att jag får säga vad jag tycker, det är inte "
            "alla som bryr sig om kunderna.",
            "Besöket var som vanligt mycket trevligt och jag är alltid nöjd när jag går härifrån.",
            "Tack för att ni tar er tid och tack till alla som jobbar där, ni gör ett fint arbete.",
        ),
        (
            "Jag är så tacksam, verkligen, det är inte ofta man blir bemött med sådan värme i en "
            "vanlig matbutik.",
            "Ni har en personal som förtjänar all uppskattning i världen, det vill jag att ni ska "
            "veta.",
            "Tack för allt ni gör, både för mig och för alla andra här i området.",
        ),
    ),
    "superlative": (
        (
            "Det här är helt enkelt den bästa butiken i hela stan, kanske i hela länet om jag ska "
            "vara ärlig.",
            "Allt är fantastiskt, utbudet är enastående och personalen är de trevligaste jag "
            "någonsin träffat.",
            "Det finns inget att förbättra, ni är redan perfekta i alla avseenden.",
        ),
        (
            "Fantastiskt, underbart, helt otroligt, jag har inga ord för hur bra det var.",
            "Varenda detalj var i världsklass, det var en upplevelse utöver det vanliga.",
            "Fortsätt att vara bäst, för det är ni, utan tvekan den bästa butik jag besökt.",
        ),
        (
            "Jag har aldrig varit med om en så fin butik, allt överträffade mina förväntningar "
            "med råge.",
            "Bemötandet var det varmaste jag upplevt, kvaliteten den högsta och stämningen den "
            "bästa.",
            "Ni borde vinna pris som årets butik, det är min ärliga uppfattning efter det här "
            "besöket.",
        ),
        (
            "Enastående, helt enkelt, en butik i absolut toppklass där allt sitter som det ska.",
            "Jag kan inte komma på en enda sak som inte var perfekt, och det säger en hel del "
            "från mig.",
            "Behåll nivån, den är redan högre än hos alla andra jag har handlat hos.",
        ),
        (
            "Alltså, det var magiskt, det bästa besöket jag haft i en matbutik på flera år.",
            "Utbudet, servicen, stämningen, allt var i en klass för sig, helt makalöst.",
            "Ni behöver inte ändra någonting, ni är redan bäst i allt ni gör.",
        ),
    ),
    "professional": (
        (
            "Jag uppfattade bemötandet som mycket professionellt och korrekt, precis som man "
            "förväntar sig av en seriös butik.",
            "Det var lugnt och ordnat och allt skedde på ett professionellt sätt genom hela "
            "besöket.",
            "Jag har egentligen inget att tillägga, mer än att ni ska fortsätta arbeta lika "
            "professionellt som idag.",
        ),
        (
            "Det var ett trevligt och behagligt besök, och jag kände mig väl omhändertagen från "
            "det att jag kom in tills jag gick.",
            "Personalen var tillmötesgående och hjälpsam, och det märktes att de trivs med sitt "
            "arbete.",
            "Jag vill bara att ni ska veta att det uppskattas, och att jag gärna kommer tillbaka "
            "snart igen.",
        ),
    ),
    "echo": (
        (
            "Hur mitt besök var idag? Ja, mitt besök hos er idag var bra, det var ett bra besök.",
            "Om något särskilt stack ut? Nej, inget särskilt stack ut egentligen, det var väl som "
            "det brukar.",
            "Något ni kan göra bättre? Det finns väl alltid något man kan göra bättre, men jag "
            "kommer inte på något.",
        ),
        (
            "Besöket hos er idag var väldigt bra, tycker jag, det var ett riktigt bra besök hos "
            "er.",
            "Det som stack ut var nog att det mesta var bra, det var det som stack ut mest för "
            "mig.",
            "Vad ni kan göra bättre vet jag inte riktigt, ni kan säkert göra en del bättre som "
            "alla andra.",
        ),
        (
            "Kön i kassan var väl lagom lång, den var inte för lång och inte för kort, så det var "
            "bra.",
            "Om jag hittade allt jag letade efter? Ja, jag hittade allt jag letade efter, tack.",
            "Och surdegsbrödet tycker jag är bra, det är ett bra surdegsbröd som ni har.",
        ),
        (
            "Frukten var fräsch, tycker jag, så som frukten brukar vara, fräsch helt enkelt.",
            "Och kön i kassan, ja, den var väl så lång som en kö i kassan brukar vara.",
            "Hittade jag allt jag letade efter? Ja, i stort sett, det gjorde jag nog.",
        ),
    ),
    "department_list": (
        (
            "Jag gick runt i hela butiken, frukt och grönt, bageriet, charken, mejeriet och "
            "kassan, och allt var bra.",
            "Det är skönt när alla avdelningar håller samma nivå, det är inte alltid så.",
            "Jag har inga särskilda önskemål, fortsätt bara som ni gör på alla avdelningar.",
        ),
        (
            "Bageriet, frukten, charken och mejeriet, allt såg trevligt ut och kändes välskött.",
            "Kassan gick också bra, och personalen var trevlig överallt där jag var.",
            "Det är svårt att säga något mer, det var helt enkelt ett bra besök i alla delar av "
            "butiken.",
        ),
        (
            "Jag handlade i frukt och grönt, på charken, i bageriet och i mejeriet idag, som jag "
            "brukar.",
            "Överallt var det snyggt och prydligt och personalen hälsade vänligt.",
            "Allt i allt en mycket trevlig runda genom hela butiken, ingenting att anmärka på.",
        ),
        (
            "Jag vill lyfta fram både bageriet, charken, frukt och grönt och kassan, för helheten "
            "var riktigt bra.",
            "Samtliga avdelningar höll en hög nivå och bemötandet var genomgående professionellt.",
            "Mitt enda medskick är att ni fortsätter att hålla den nivån på alla avdelningar "
            "framöver.",
        ),
    ),
}

CONCRETE: dict[str, tuple[Call, ...]] = {
    "corporate": (
        (
            "Jag skulle vilja säga att helhetsupplevelsen var god och att butiken håller en jämn "
            "nivå över lag.",
            "Det som stack ut var dock att mjölkkylen vid mejeriet visade tolv grader när jag "
            "handlade vid femtiden, och mjölken kändes ljum.",
            "Mitt medskick är att ni ser över kylen, för det påverkar förtroendet för hela "
            "verksamheten.",
        ),
        (
            "Sammantaget upplever jag att ni levererar ett starkt erbjudande med ett "
            "professionellt bemötande.",
            "Det enda som avvek var att kycklingfilén var märkt 89 kronor på hyllkanten men drogs "
            "för 119 i kassan.",
            "Jag tror att ni vinner mycket på att säkerställa att hyllkanterna stämmer med "
            "kassasystemet.",
        ),
        (
            "Besöket motsvarade mina förväntningar, och jag vill ge en eloge till organisationen "
            "i stort.",
            "Särskilt vill jag lyfta kassörskan Lena, som sprang och hämtade en ny påse mjöl när "
            "min hade gått sönder i kassan.",
            "Fortsätt att ge medarbetarna det utrymmet, det skapar verkligen lojala kunder.",
        ),
        (
            "Ur ett kundperspektiv presterar butiken väl och har en bra balans mellan pris och "
            "kvalitet.",
            "Men surdegsbröden i bageriet var slut redan klockan tio på lördagen, och det har "
            "hänt de senaste tre helgerna.",
            "Jag skulle rekommendera att ni bakar en större sats till helgerna, det är "
            "uppenbarligen efterfrågat.",
        ),
        (
            "Jag uppfattar att ni har en tydlig vision och att den märks i butiken på ett "
            "positivt sätt.",
            "Det som stack ut negativt var att bananerna låg i en låda på golvet i frukt och "
            "grönt och flera var mosade och svarta.",
            "Det viktigaste framåt är nog att frukten får en bättre plats, så att den inte "
            "trampas på.",
        ),
        (
            "Min samlade bedömning är att servicenivån ligger över snittet, och det vill jag "
            "framhålla.",
            "Det enda var att självscannern närmast utgången frös två gånger och vi fick vänta på "
            "personal i säkert fem minuter.",
            "Ni kan med fördel se över den maskinen, det skapar onödig irritation i en annars "
            "smidig process.",
        ),
        (
            "Det var en välfungerande butiksupplevelse där mycket tycktes vara väl inarbetat.",
            "Jag köpte en förpackning färsk lax som gick ut samma dag, och den luktade redan när "
            "jag öppnade den hemma.",
            "Jag tror att ni behöver se över hur ni roterar fiskvarorna, så att de äldsta inte "
            "blir kvar längst fram.",
        ),
    ),
    "half_english": (
        (
            "Alltså, det var en really nice experience överlag och allt kändes ganska smooth.",
            "Men havremjölken var slut i kylen igen, det är typ tredje gången den här månaden, "
            "super annoying.",
            "Om ni kunde beställa in lite mer av den till helgerna vore det awesome.",
        ),
        (
            "Överlag var det en solid experience, inga stora complaints från min sida.",
            "Fast self checkouten vid entrén pep hela tiden och sa att det låg en okänd vara i "
            "påsen, fast jag bara hade en gurka.",
            "Honestly, fixa den vågen så blir allt top notch.",
        ),
        (
            "Det var basically bra, och staffet var super friendly som vanligt.",
            "Killen i charken, han med skägget, skar upp två hekto skinka åt mig fast de "
            "egentligen hade stängt disken, that was so kind.",
            "Så kudos till honom, ni har en real keeper där.",
        ),
        (
            "Jag måste säga att det var en pleasant surprise, atmosfären var cozy.",
            "Men avokadona var helt stenhårda, alla i lådan, och de kostade ändå 25 kronor styck, "
            "not worth it.",
            "Kanske sälj dem som omogna eller sänk priset lite, då blir det fair.",
        ),
        (
            "Very nice, verkligen, en feel good-upplevelse som man inte får överallt.",
            "Det var bara att kön i kassan var typ femton minuter vid lunch, bara en kassa var "
            "öppen.",
            "Så kanske öppna en till kassa runt lunch, then it would be perfect.",
        ),
        (
            "Det var en overall great shopping experience, smidigt från start till finish.",
            "Kaffet i självbetjäningen vid entrén var slut i termosen, och ingen fyllde på fast "
            "jag frågade två gånger.",
            "Keep up the good work, men håll lite koll på termosen.",
        ),
    ),
    "poetic": (
        (
            "Det var som att kliva in i en liten oas mitt i vardagen, ljuset och lugnet bar mig "
            "genom besöket.",
            "Bara en skugga föll över dagen: kanelbullarna i bageriet var torra som fnöske, som "
            "om de legat sedan i går.",
            "Låt ugnen sjunga lite oftare, så blir oasen fullkomlig.",
        ),
        (
            "Besöket var en stilla stund av harmoni, där tiden liksom saktade ner.",
            "Men i mejeriet hade en yoghurt spruckit och det låg en vit pöl på golvet som ingen "
            "torkade upp på hela den halvtimme jag var där.",
            "Låt lugnet vara kvar, men låt någon gå en runda med moppen.",
        ),
        (
            "Som en sommarmorgon mitt i november, så känns det att handla hos er.",
            "Och Ahmed vid fruktdisken gjorde dagen ännu ljusare, han valde ut de mognaste "
            "mangorna åt mig och förklarade hur man ser det på skalet.",
            "Må den omsorgen leva vidare, den är guld värd.",
        ),
        (
            "Det var vackert, helt enkelt, en upplevelse som fyllde både korgen och själen.",
            "Tulpanerna vid entrén var dock slokande redan när jag köpte dem, och två av dem "
            "tappade kronbladen samma kväll.",
            "Ge blommorna lite vatten och kärlek, så blir de lika vackra som resten av butiken.",
        ),
        (
            "Butiken känns som ett hem för hela bygden, en plats där vardagen får lite glans.",
            "Det enda som skavde var att dörren vid entrén fastnade halvöppen, så att den kalla "
            "vinden blåste in över kassorna hela eftermiddagen.",
            "Må ni laga dörren innan vintern riktigt tar tag.",
        ),
    ),
    "nostalgic": (
        (
            "Jag har handlat här sedan jag var liten, och det känns fortfarande som samma trygga "
            "butik.",
            "Men den gamla vågen i frukt och grönt visar fel nu, mina tomater vägde ett kilo på "
            "den men sexhundra gram hemma.",
            "Jag hoppas ni byter ut den, annars är det som förr och så ska det vara.",
        ),
        (
            "Förr i tiden var det alltid så här i de små butikerna, och det är fint att det finns "
            "kvar.",
            "Precis som förr hjälpte kassören, en äldre man med glasögon, mig att bära ut "
            "kassarna till bilen när det var halt i torsdags.",
            "Sådant minns man, fortsätt med det.",
        ),
        (
            "Det här har varit min butik i över trettio år och jag har sett den förändras.",
            "Förr fanns det alltid leverpastej från det lokala slakteriet, men nu har den varit "
            "borta från kylen i tre veckor.",
            "Jag vore glad om ni tog in den igen, den är en del av butikens själ.",
        ),
        (
            "När jag var barn cyklade jag hit med pengar i fickan, och känslan är nästan densamma.",
            "Fast lösgodisskopan låg nedgrävd i godiset i går kväll och barnen grävde med "
            "händerna, det var inte så hygieniskt.",
            "Häng upp skopan på en krok, så blir det som förr.",
        ),
        (
            "Min mormor handlade här, min mamma handlade här och nu handlar jag här med mina barn.",
            "Men i förrgår var rampen vid entrén full av snö och jag fick lyfta barnvagnen uppför "
            "trappan.",
            "Skotta rampen på morgonen, så fortsätter traditionen.",
        ),
    ),
    "grateful": (
        (
            "Jag vill börja med att tacka så hjärtligt för ett fint besök, det värmer verkligen.",
            "Särskilt tjejen i kassan, Sara tror jag hon heter, som märkte att jag glömt "
            "plånboken och sprang ut på parkeringen med den.",
            "Tack för att ni har sådan personal, det är inte självklart.",
        ),
        (
            "Stort tack till hela gänget, ni är guld värda för oss som handlar här.",
            "Bagaren bakade glutenfria bullar till min dotters kalas på bara en dags varsel, och "
            "de tog slut på tio minuter.",
            "Ett varmt tack igen, och hälsa bagaren från mig.",
        ),
        (
            "Tack, tack, tack, det var ett riktigt trevligt besök från början till slut.",
            "Det enda var att lingonsylten kostade 42 kronor på hyllan men 49 i kassan, så jag "
            "fick tillbaka mellanskillnaden efter att ha frågat.",
            "Men tack för att ni rättade det direkt, det gör mycket.",
        ),
        (
            "Först och främst vill jag tacka för att jag får säga vad jag tycker, det är inte "
            "alla som bryr sig.",
            "Besöket var trevligt, men hyllan med barnmat var nästan tom i morse vid åtta, bara "
            "två burkar kvar.",
            "Tack för att ni lyssnar, och fyll gärna på den hyllan kvällen innan.",
        ),
        (
            "Jag är så tacksam, verkligen, det är inte ofta man blir bemött med sådan värme.",
            "När jag frågade efter saffran visste mannen vid kaffet direkt att den stod bakom "
            "kassan och gick och hämtade den åt mig.",
            "Tack för allt ni gör, det betyder mycket.",
        ),
    ),
    "superlative": (
        (
            "Det här är den bästa butiken i hela stan, kanske i hela länet om jag ska vara ärlig.",
            "Era köttbullar i charken är de godaste jag ätit, hemgjorda med mycket kryddpeppar, "
            "och de kostade bara 129 kronor kilot.",
            "Ändra inte receptet, det är perfekt som det är.",
        ),
        (
            "Fantastiskt, underbart, helt otroligt, jag har inga ord.",
            "Fast pantmaskinen var full och blinkade rött, så jag fick bära tillbaka alla flaskor "
            "hem igen.",
            "Töm den lite oftare, så är ni bäst på riktigt.",
        ),
        (
            "Jag har aldrig varit med om en så fin butik, allt överträffade mina förväntningar "
            "med råge.",
            "Slaktaren i charken skar upp en hel fläskkarré åt mig i tunna skivor medan jag "
            "väntade, det tog kanske fem minuter.",
            "Ni borde ge honom en medalj, det är min ärliga uppfattning.",
        ),
        (
            "Enastående, helt enkelt, en butik i absolut toppklass där allt sitter som det ska.",
            "Men de ekologiska äggen hade ett krossat ägg i nästan varje kartong på hyllan, jag "
            "fick leta länge för att hitta en hel.",
            "Behåll nivån, och kolla äggkartongerna när de packas upp.",
        ),
        (
            "Alltså, det var magiskt, det bästa besöket jag haft i en matbutik på flera år.",
            "Den nya brödskärmaskinen vid bageriet skär limporna i jämna skivor, och det var så "
            "skönt att slippa göra det hemma.",
            "Ni behöver inte ändra någonting, bara låta den stå kvar.",
        ),
    ),
    "professional": (
        (
            "Jag uppfattade bemötandet som mycket professionellt och korrekt, precis som man "
            "förväntar sig.",
            "Till exempel tog slaktaren tillbaka en bit fläskfilé som jag köpte i fredags och som "
            "var grå inuti, utan en enda fråga, och gav mig en ny.",
            "Jag har egentligen inget att tillägga, fortsätt arbeta lika professionellt.",
        ),
        (
            "Det var ett trevligt och behagligt besök, och jag kände mig väl omhändertagen från "
            "början till slut.",
            "Fast jag vill säga att priset på mellanmjölken har gått upp från 14 till 19 kronor "
            "på en månad, och det märks i plånboken.",
            "Jag vill bara att ni ska veta det, och jag kommer gärna tillbaka ändå.",
        ),
    ),
    "echo": (
        (
            "Hur mitt besök var idag? Ja, det var ett bra besök överlag.",
            "Det som stack ut var att prislappen på cheddarosten sa 59 kronor men i kassan drogs "
            "79, och det märkte jag först hemma.",
            "Vad ni kan göra bättre? Kolla prislapparna i ostkylen.",
        ),
        (
            "Besöket hos er idag var väldigt bra, det var ett riktigt bra besök.",
            "Det som stack ut var kassören med rött hår som bar ut mina tunga vattenbackar till "
            "bilen utan att jag ens frågade.",
            "Vad ni kan göra bättre vet jag inte riktigt, ni gör redan mycket rätt.",
        ),
        (
            "Kön i kassan var väl lagom lång idag, så det var bra.",
            "Om jag hittade allt jag letade efter? Nästan, men kardemumman var slut på "
            "kryddhyllan, det fanns bara hel i stället för malen.",
            "Och surdegsbrödet tycker jag är bra, det är ett bra bröd.",
        ),
        (
            "Frukten var fräsch, tycker jag, så som frukten brukar vara.",
            "Men kön i kassan var nästan tjugo minuter vid halv sex, eftersom bara en av kassorna "
            "var öppen.",
            "Hittade jag allt jag letade efter? Ja, i stort sett.",
        ),
    ),
    "department_list": (
        (
            "Jag gick runt i hela butiken, frukt och grönt, bageriet, charken och mejeriet, och "
            "det mesta var bra.",
            "Men i charken låg korvarna i en kyl som var helt immig på insidan och paketen kändes "
            "varma.",
            "Jag har inga andra önskemål, kolla bara den kylen.",
        ),
        (
            "Bageriet, frukten, charken och mejeriet, allt såg trevligt ut och kändes välskött.",
            "Det enda var att golvet vid mejeriet var blött och halt efter moppningen utan någon "
            "varningsskylt.",
            "Sätt ut en skylt när ni moppar, så ingen halkar.",
        ),
        (
            "Jag handlade i frukt och grönt, på charken, i bageriet och i mejeriet idag, som jag "
            "brukar.",
            "Nytt för i år är smakproven på ost vid köttdisken på fredagar, särskilt den lagrade "
            "grevéosten var uppskattad.",
            "Allt i allt en mycket trevlig runda genom hela butiken.",
        ),
        (
            "Jag vill lyfta fram både bageriet, charken, frukt och grönt och kassan, för helheten "
            "var riktigt bra.",
            "Samtidigt vill jag nämna att vagnarna utanför var fastfrusna i varandra i morse, så "
            "jag fick bära allt i famnen.",
            "Mitt enda medskick är att ni ställer in vagnarna under natten.",
        ),
    ),
}


def calls(shapes: dict[str, tuple[Call, ...]]) -> list[tuple[str, Call]]:
    """Every call of `shapes` with an id of its tone and number ("corporate-3")."""
    return [
        (f"{tone}-{number}", call)
        for tone, group in shapes.items()
        for number, call in enumerate(group, start=1)
    ]
