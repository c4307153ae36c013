"""Topics: what a customer's words are about, each with a stable label and category.

Labels are fixed Swedish phrases, so that the same topic from many customers groups into
one theme in the weekly report. Each topic also carries the typical impact on customers
and the typical effort of acting on it, read by the actionable items.
"""

from __future__ import annotations

from attrs import frozen

from kundrost.adapters.offline.patterns import WordPatterns, listed
from kundrost.domain.analysis import Category, Level


@frozen
class Topic:
    key: str
    label: str
    category: Category
    impact: Level = Level.MEDIUM
    complexity: Level = Level.MEDIUM
    urgent: bool = False


_H, _M, _L = Level.HIGH, Level.MEDIUM, Level.LOW

TOPICS: dict[str, Topic] = {
    t.key: t
    for t in (
        Topic("queue", "Kö och väntetid", Category.SERVICE, _H, _M),
        Topic("checkout", "Kassor och betalning", Category.SERVICE, _M, _M),
        Topic("staff", "Personalens bemötande", Category.STAFF, _H, _M),
        Topic("help", "Service och hjälp", Category.SERVICE, _M, _L),
        Topic("freshness", "Varornas fräschhet och kvalitet", Category.PRODUCT, _H, _M),
        Topic("assortment", "Sortiment och varutillgång", Category.PRODUCT, _M, _M),
        Topic("price", "Priser och erbjudanden", Category.PRICING, _M, _M),
        Topic("cleanliness", "Renlighet och ordning", Category.ENVIRONMENT, _M, _L),
        Topic("safety", "Säkerhet och hygienrisker", Category.ENVIRONMENT, _H, _M, urgent=True),
        Topic("layout", "Butiksmiljö och skyltning", Category.ENVIRONMENT, _M, _M),
        Topic("seating", "Sittplatser och utrymme", Category.ENVIRONMENT, _M, _M),
        Topic("access", "Tillgänglighet och parkering", Category.ACCESSIBILITY, _M, _H),
        Topic("hours", "Öppettider", Category.SERVICE, _M, _H),
        Topic("carts", "Kundvagnar, korgar och pant", Category.ENVIRONMENT, _L, _L),
        Topic("digital", "Appar och digitala tjänster", Category.SERVICE, _L, _H),
        Topic("information", "Information och märkning", Category.SERVICE, _M, _L),
    )
}
"""Every topic has its words in `TOPIC_WORDS` but "information", which only the themes read
(`information`)."""

TOPIC_WORDS: WordPatterns[str] = WordPatterns.of(
    {
        "safety": """halt halka farlig* olycka* glassplitter brandlarm* nödutgång* råtta*
            råttor möss skadedjur* allergi* allergisk* skadad skadade skadat vass* sönderslag*""",
        "queue": """kö kön köer köerna köa köade köat köar köandet *kö *kön *köer *köerna
            väntetid* väntade väntat väntan trängsel* rusning* köbildning*""",
        "checkout": """kassaband* kassalinje* självscanning*
            självskanning* självutcheckning* självbetjäning* scanner* skanner* skanna*
            scanna* betala betalade betalat betalar betalning* kortläsare* kortterminal*
            swish* kontant* kvitto* kvittot""",
        "staff": """personal personalen personalens *personal *personalen kassörska*
            kassör* expedit* medarbetar* anställd* butikschef* chef chefen butiksbiträde*
            biträde* säljare* bagaren bagare slaktare* väktare* vakt vakten killen tjejen
            damen kvinnan bemötande* bemött bemötte servicekänsla* butikspersonal* barista*
            kock kocken kockar* servitör* servitris* personalmöte*""",
        "help": """hjälp hjälpen hjälpte hjälpa hjälper hjälpt service servicen råd rådet
            tips tipset information* frågade svarade förklarade visade""",
        "freshness": """fräsch* ofräsch* färsk* dagsfärsk* mögel* möglig* rutten ruttet ruttna
            ruttnande kvalitet* kvalitén utgång* utgången utgånget utgångna bästföredatum*
            datum* hållbarhet* smak* smakade smakar unken unket unkna surnad* surnat torr torrt
            torra
            bränd brända mjölig* blöt* mosig* övermogen* övermogna omogen* omogna brun bruna
            skämd* härsk*""",
        "assortment": """sortiment* utbud* urval* slut slutsåld* slutsålt tomma tomt saknade
            saknas saknar fattades fattas varor varorna produkt* märke* märken ekologisk*
            vegansk* veganska glutenfri* laktosfri* nyhet* nyheter påfyll* fyllt fylla
            hittade hitta hittar hittat lager lagret beställa beställning* variation*""",
        "price": """pris* prislapp* prisskylt* dyr dyrt dyra dyrare dyrast billig* kronor kr
            kronan spänn kostade kostar kosta kostnad* kampanj* erbjudande* rea rean
            extrapris* rabatt* medlemspris* bonus* prisvärd* prismärk* hyllkant* överpris*""",
        "cleanliness": """ren rent rena renare städ* ostädad* smuts* smutsig* skitig* stök*
            rörig* kladd* spill* spillt sopor soporna skräp* damm* lukt* luktade luktar
            stank stinker fläck* golv* prydlig* ordning* organiserad* hygien* ohygienisk*
            äckl* sunkig*""",
        "layout": """skylt* ommöblering* ommöblerat möbler* gångarna gångar mittgång* trång*
            trångt belysning* musik* musiken temperatur* kallt varmt luft* luften
            ventilation* miljö* miljön atmosfär* stämning* inredning* lokal* lokalen
            layout* planlösning* överskådlig* ljudnivå* fönster fönstret toalett*""",
        "seating": """sittplats* plats platsen platser platserna bord bordet borden ståbord*
            fönsterbord* stol stolen stolar* barstol* soffa* soffor* bänk bänken bänkar*
            utrymme*""",
        "access": """rullstol* rullator* barnvagn* ramp* hiss* trappa trappan trappor*
            tillgänglig* handikapp* funktionsnedsättning* funktionshinder* parkering*
            parkeringsplats* parkera* ingång* entré* dörr* dörren dörrarna""",
        "hours": """öppettid* stänger stängningstid* stängningsdags öppet""",
        "carts": """kundvagn* vagn vagnen vagnar vagnarna korg korgen korgar korgarna pant
            panten pantmaskin* pantautomat* pantstation*""",
        "digital": """app appen appar hemsida* hemsidan webb* online nätet näthandel*
            hemleverans* leverans* ehandel* bonuskort* medlemskort* appens""",
    }
)

GENERAL_WORDS = listed(
    """service servicen personal personalen personalens bemötande bemötandet utbud utbudet
    sortiment sortimentet urval urvalet varor varorna priser priserna pris priset
    kvalitet kvaliteten kvalitén miljö miljön stämning stämningen atmosfär atmosfären hjälp
    hjälpen butik butiken affär affären ställe stället lokal lokalen folk kunder grejer
    saker personalstyrkan betala betalade betalat betalar"""
)
"""Words that name an aspect of any visit ("bra service", "trevlig personal", "jag betalade"):
they make a clause about the store, but not about anything in particular."""

SPOILED = listed(
    """mögel möglig mögligt mögliga rutten ruttet ruttna utgången utgånget utgångna skämd
    skämt skämda härsken härsket härskna"""
)
"""Spoiled or expired food: an urgent matter whatever topic it comes under."""
