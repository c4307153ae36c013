"""Trades: the kinds of department a Swedish store may have, known by their work.

A customer may tell of a department without its name: "bagaren drog ut plåtar med
kanelbullar ur ugnen" is a bakery, "mekanikern körde upp bilen på lyften" a workshop, "hon
temperade choklad på en marmorskiva" a chocolatier. Each trade is known by the words of its
work in five kinds: its staff ("bagaren", "farmaceuten"), its acts ("filéade", "kulade",
"framkallade"), its tools ("stenugnen", "bambumattan", "lyften") and its goods or the things
it works on ("maki", "våffelstrut", "bromsbeläggen", "semesterbilderna"), and the services
it sells by their nouns ("passfotot", "synundersökningen", "däckbytet"); and by its names,
the stems a store's own words hold when it has such a department ("bageri", "bröd", "kafé" for
a bakery). A word may belong to several trades ("bakade" to a bakery and a pizzeria).

Patterns are whole words, or stems with "*" for any ending ("bagar*") or beginning
("*pizza"). A name with "^" holds only at a word's start ("^ost" of "Mejeri och ost",
"ostkylen", not of "postombudet"); one with "~" is a generic workshop word that names the
trade only beside what the trade works on (`Trade.of`): "Verkstaden" at an optician's is
no key or phone service.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

STAFF, ACT, TOOL, GOODS, SERVICE = "staff", "act", "tool", "goods", "service"


class Trade(NamedTuple):
    name: str
    """How the flag names what the customer described."""
    names: tuple[str, ...]
    """Stems any of which in a store's own words says it has such a department."""
    words: dict[str, str]
    """Patterns of the trade's staff, acts, tools and goods."""
    of: tuple[str, ...] = ()
    """Stems of what a workshop of the trade works on: a generic name ("~verkstad") names
    the trade only beside one of them ("Verkstaden" of a bicycle shop is no phone repair)."""


_SERVICE_ENDINGS = ("", "en", "et", "n", "t", "ar", "arna", "er", "erna")


def _trade(name: str, names: str, of: str = "", **words: str) -> Trade:
    """A trade; a service noun's stem ("synundersökning*") stands for its own inflections
    only, not for compounds it begins ("hårklippningsmaskin" is goods, no haircut)."""
    if "service" in words:
        words["service"] = " ".join(
            f"{word[:-1]}{ending}" if word.endswith("*") else word
            for word in words["service"].split()
            for ending in (_SERVICE_ENDINGS if word.endswith("*") else ("",))
        )
    return Trade(name, tuple(names.split()), words, tuple(of.split()))


TRADES: tuple[Trade, ...] = (
    _trade(
        "ett bageri",
        "bageri bagar bröd bakverk bake bakas bakar bull konditori kafé café cafe fik levain",
        staff="bagar* bagerska* konditor konditorn konditorer*",
        act="bakade bakar knådade knådar gräddade flätade",
        tool="ugn* *ugn *ugnen *ugnar *ugnarna plåt plåten plåtar* deg degen jäsk* bakbord*",
        goods="bulle *bullar *bullarna frallor* limpa limpor* *bröd *bröden wienerbröd* croissant*",
    ),
    _trade(
        "en köttdisk",
        "kött chark slakt styck manuell deli delikatess butcher vilt",
        staff="slaktar* styckar* charkuterist* köttmästar*",
        act="styckade styckar malde benade sågade",
        tool="köttkvarn* köttsåg* bandsåg* köttyx* styckkniv*",
        goods="*färs *färsen *färsens entrecote* oxfilé* fläskfilé* kotlett* revben* högrev* "
        "fransyska* lammstek*",
    ),
    _trade(
        "en fiskdisk",
        "fisk skaldjur räk sjömat",
        staff="fiskhandlar* fiskmånglar*",
        act="filéade filéar fileade rensade fjällade",
        tool="fiskkniv* isbädd* krossis krossisen",
        goods="torsk* *torsk lax laxen *laxen gös gösen abborr* sill sillen strömming* röding* "
        "hälleflundr* sej sejen kolja* piggvar* makrill* rödspätt* gädd* räkor räkorna ostron* "
        "kräftor* hummer* humrar* musslor* havskräft*",
    ),
    _trade(
        "en sushibar",
        "sushi japan asiat wok poké",
        staff="sushikock* sushimästar* sushichef*",
        act="rullade rullar",
        tool="bambumatt* ätpinn* sushimatt*",
        goods="maki* nigiri* *nigiri sashimi* wasabi* sushi* *sushi",
    ),
    _trade(
        "en pizzeria",
        "pizz restaurang italien trattoria",
        staff="pizzabagar* pizzakock* pizzaiol*",
        act="bakade kavlade sköt",
        tool="stenugn* vedugn* pizzaugn* pizzaspad*",
        goods="pizza* *pizza *pizzan *pizzor calzone* margherita* capricciosa*",
    ),
    _trade(
        "ett kafé",
        "kafé café cafe fik kaffe espresso barista rosteri servering bistro lunch",
        staff="barista*",
        act="skummade skummar mixade",
        tool="espressomaskin* mjölkskum* ångrör* portafilter* latteart*",
        goods="latte* *latte cappuccino* espresso espresson espressos cortado* macchiato* "
        "smoothie* *smoothie *smoothien milkshake* "
        "chai* mocha* *latten",
    ),
    _trade(
        "en glassbar",
        "glass gelato",
        act="kulade kular",
        tool="glasskop* glassdisk*",
        goods="glass* *glass *glassen våffelstrut* *strut *strutar *struten *sorbet sorbet* "
        "gelato*",
        service="glasskula* glasskulor*",
    ),
    _trade(
        "en chokladmakare",
        "chokla pralin konfekt tryffel konditori",
        staff="chokladmakar* chocolatier* konfektyr*",
        act="temperade tempererade tempererar temperar",
        tool="marmorskiv* pralinform* marmor",
        goods="pralin* *praliner tryffel* choklad* *choklad *chokladen",
    ),
    _trade(
        "en blomsterhandel",
        "blom florist växt trädgård krans begravning plant",
        staff="florist* blomsterbinder* binderska*",
        act="band binder knöt bundit",
        goods="bukett* *bukett *buketten *buketter krans *kransen kransar* amaryllis*",
    ),
    _trade(
        "en ostdisk",
        "^ost ostdisk osthandel delikatess deli manuell",
        staff="ostmästar* ostexpedit*",
        act="hyvlade",
        tool="osthyvel* ostkniv* osttråd*",
        goods="gruyère* parmesan* pecorino* comté* manchego* brie* chèvre* lagrad lagrade "
        "ostbit* ostbitar*",
    ),
    _trade(
        "ett apotek",
        "apotek recept farmac läkemedel",
        staff="farmaceut* apotekar* receptari*",
        act="expedierade",
        goods="e-recept* recept receptet receptbelagd* medicin* tablett* *medicin *mediciner "
        "*medicinen *tabletter *tabletterna p-piller* piller antibiotika* penicillin* inhalator*",
    ),
    _trade(
        "ett postombud",
        "post paket ombud frimärk brev",
        staff="brevbärar*",
        act="frankerade vägde skickade",
        tool="paketvåg* portovåg*",
        goods="frimärk* *frimärke *frimärket rekommender* fraktsedel* försändelse* *försändelsen",
    ),
    _trade(
        "en bilverkstad",
        "~verkstad mekanik däck ~reparation bilservice ~montering hjul",
        of="bil motor däck hjul",
        staff="mekaniker* bilmekaniker* *mekanikern montör* däckmontör*",
        act="balanserade monterade reparerade servade bytte lagade skruvade förvarade",
        tool="lyft lyften billyft* domkraft* mutterdragar* smörjgrop* balanseringsmaskin* "
        "hjulmaskin* däckhotell*",
        goods="bromsbelägg* bromsskiv* däcken vinterdäck* sommardäck* vinterhjul* sommarhjul* "
        "kamrem* stötdämpar* avgasrör* oljebyte*",
        service="däckbyte däckbytet hjulbyte hjulbytet oljebyte oljebytet hjulinställning* "
        "bilbesiktning* biltvätt biltvätten handtvätt*",
    ),
    _trade(
        "en mobilverkstad",
        "~reparation ~verkstad ~lagning ~service mobilservice telefonservice mobilreparation "
        "telefonreparation skärmbyte",
        of="mobil telefon dator surfplatt elektronik",
        act="lödde bytte",
        tool="lödkolv*",
        goods="skärmen displayen laddporten moderkort*",
    ),
    _trade(
        "en fotoateljé",
        "foto framkall kamera",
        staff="fotograf fotografen",
        act="fotograferade fotograferat framkallade framkallat",
        goods="passfoto* *bilder *bilderna pass passet passbild*",
        service="passfoto passfotot passfotona passbild passbilden porträttfotografering*",
    ),
    _trade(
        "en hundfrisör",
        "trim frisör grooming hundsalong pälsvård",
        staff="hundfrisör* trimmare*",
        act="badad föhnad klippt trimmad trimmade föhnade klippte",
        goods="pudel* *pudel pälsen",
        service="klippning* trimning* pälsvård",
    ),
    _trade(
        "en veterinär",
        "veterinär djurklinik djursjukhus",
        staff="veterinär*",
        act="vaccinerade undersökte",
        tool="stetoskop*",
        goods="katten hunden katts hundens tassen tass",
    ),
    _trade(
        "en hörselmottagning",
        "hörsel audionom",
        staff="audionom*",
        act="testade",
        goods="hörseln hörapparat*",
        service="hörseltest* hörselundersökning*",
    ),
    _trade(
        "ett urmakeri",
        "urmak klock smycke guld",
        staff="urmakar*",
        act="bytte lagade justerade",
        goods="armbandsur* *armbandsur urverk* klockarmband*",
    ),
    _trade(
        "en nyckelservice",
        "nyckel nyckl låssmed skomak klack knivslip",
        staff="låssmed*",
        act="frästa fräste filade kopierade slipade kopia kopian",
        goods="nyckel nyckeln *nyckel *nyckeln nycklar nycklarna *nycklar knivar knivarna "
        "*knivar *knivarna",
        service="nyckelkopia nyckelkopian nyckelkopior*",
    ),
    _trade(
        "ett skomakeri",
        "skomak klack skoreparation skolagning",
        staff="skomakar* skomakare",
        act="sydde lagade limmade klackade",
        tool="syl sylen",
        goods="sulan sulorna klacken klackarna",
        service="klackning* sulning* skolagning* klackar",
    ),
    _trade(
        "en skräddare",
        "skrädd sömnad ändring",
        staff="sömmersk* skräddar*",
        act="sydde nålade kortade fållade",
        tool="symaskin* overlockmaskin*",
        goods="byxben* fållen ärmarna",
        service="uppläggning* uppsättning",
    ),
    _trade(
        "en klinik",
        "klinik vård massage naprapat fysio behandling mottagning hälsa",
        staff="naprapat* kiropraktor* massör* fysioterapeut* sjukgymnast* sjuksköterska* "
        "distriktssköterska* läkaren doktorn",
        act="knådade masserade tejpade vaccinerade",
        tool="brits britsen mottagningen undersökningsrum* väntrummet",
        goods="blodtryck* blodprov* vaccin* sprutan",
        service="massage massagen massagebehandling* vaccination vaccinationen vaccinering* "
        "hälsokontroll*",
    ),
    _trade(
        "ett hundpensionat",
        "pensionat dagis hundhotell djurhotell hundpass hundvakt kennel",
        staff="hundvakt* djurskötar* hundpassar*",
        act="rastade",
        tool="hundgård* rastgård* hundbur* hundkoj*",
        goods="hunden hundarna valpen",
    ),
    _trade(
        "en guldsmed",
        "guld smycke gravyr",
        staff="guldsmed* gravör*",
        act="gravyrade graverade",
        goods="ringarna ringen ringar vigselring* förlovningsring* guldring* silverring*",
    ),
    _trade(
        "en köksplanering",
        "kök inred design",
        staff="inredar* köksplanerar* köksdesign*",
        act="ritade",
    ),
    _trade(
        "en servering",
        "frukost buffé lunch restaurang kafé café servering bistro matsal sallad färdigmat",
        staff="servitris* servitör* hovmästar* kock kocken kockarna",
        act="serverade dukade",
        tool="buffé* *buffé *buffén tallrik tallriken tallrikar",
        goods="äggröra* bacon gröt gröten pannkak* *sallad sallad salladen portion portionen",
    ),
    _trade(
        "en kemtvätt",
        "kemtvätt tvätteri skrädd klädvård",
        act="kemtvättad kemtvättade pressad pressade strök",
        goods="kostym* kavaj* skjortan skjortorna duntäcke* klänningen",
        service="kemtvätt kemtvätten kemtvättning*",
    ),
    _trade(
        "en optiker",
        "optik synundersök syntest glasögon kontaktlins",
        staff="optiker* ögonläkar*",
        act="mätte undersökte testade",
        tool="syntavla* bokstavstavla* syntest*",
        goods="synen syn ögonen ögontryck* glasen pupillavstånd*",
        service="synundersökning* syntest syntestet synkontroll*",
    ),
    _trade(
        "en djuravdelning",
        "djur zoo akvari husdjur",
        staff="djurskötar*",
        act="matade mata håvade",
        tool="akvari* bur buren burarna terrari*",
        goods="kanin* marsvin* undulat* hamster* guppy* neontetr* valpar* kattung*",
    ),
    _trade(
        "en grill",
        "grill gatukök korvkiosk grillkiosk varmkorv korvmoj hamburg burgar kebab restaurang "
        "snabbmat",
        staff="grillkock*",
        act="stekte grillade friterade",
        tool="stekbord* fritös* grillplatt* stekplatt* plattan",
        goods="hamburgare* *hamburgare burgare* *burgare pommes* kebab* falafel* tunnbrödsrull* "
        "varmkorv* grillkorv*",
    ),
    _trade(
        "en frisör",
        "frisör salong barber hårvård",
        staff="frisör* barberare*",
        act="klippte färgade slingade föhnade tvättade rakade",
        goods="håret luggen skägget slingor*",
        service="klippning klippningen hårklippning* skäggtrimning* slingning*",
    ),
    _trade(
        "en nagelsalong",
        "nagel nagl skönhet salong",
        staff="nagelterapeut* nagelteknolog*",
        act="målade filade lackade",
        goods="naglar naglarna nageln *naglar",
        service="manikyr* pedikyr* gelénaglar* gelenaglar* nagelförlängning*",
    ),
    _trade(
        "en cykelverkstad",
        "cykelverkstad cykelservice ~verkstad ~reparation",
        of="cykel",
        staff="cykelmekaniker* cykelreparatör* mekaniker mekanikern mekanikerna",
        act="lagade bytte justerade pumpade",
        goods="punktering* kedjan växlarna växelvajer* bromsvajer* ekrar* cykeldäck* "
        "bromsbelägg* bromsklossar*",
    ),
    _trade(
        "ett tryckeri",
        "kopier tryck print utskrift skrivare",
        act="laminerade tryckte",
        tool="värmepress* transferpress* tryckpress*",
        goods="utskrift* visitkort* affisch* foton fotona",
    ),
    _trade(
        "en inramning",
        "inramning ramverkstad tavelram ramar passepartout",
        staff="inramare*",
        act="ramade skar",
        tool="hörnprov* ramlist* passepartoutkniv*",
        goods="passepartout* tavelram* ekram* *ramarna",
    ),
    _trade(
        "en skivhandel",
        "skivor vinyl grammofon",
        tool="skivspelar* grammofon* lyssningsstation*",
        goods="vinylskiv* *skivor *skivorna lp-skiv*",
    ),
    _trade(
        "en garnhandel",
        "garn stickning virkning handarbete",
        act="stickade virkade",
        tool="rundstick* strumpstick* virknål* stickor stickorna garnvägg* garnhyll*",
        goods="garn *garn garnet garner* nystan* merinoull* ullgarn*",
    ),
    _trade(
        "en skidservice",
        "skidservice skidverkstad ~vall ~slipning ~service ~verkstad",
        of="skid",
        staff="skidtekniker* servicetekniker*",
        act="vallade grundvallade glidvallade stenslipade",
        tool="vallabord* vallabänk* vallajärn* stenslip* slipmaskin*",
        goods="längdskidor* *skidorna stålkant* kanterna glidzon*",
    ),
    _trade(
        "en bar",
        "pub krog restaurang vinbar ölbar cocktail alkoholtillstånd",
        staff="bartender* barpersonal*",
        act="tappade hällde",
        tool="bardisk* ölkran* tappkran*",
        goods="fatöl* starköl* drink drinken drinkar* cocktail* *cocktail *cocktails",
    ),
    _trade(
        "en skjutbana",
        "skjutban skytte",
        act="provsköt skjuta",
        tool="skjutban* skyttebana* skyttebanan",
    ),
    _trade(
        "en fiskeavdelning",
        "fiske fiskespö sportfiske jakt",
        act="knöt",
        tool="spöställ*",
        goods="spinnspö* haspelrull* pimpel* pimplar* fiskelin* wobbler* flugspö* fiskedrag* "
        "metspö*",
    ),
    _trade(
        "en tandvård",
        "tand blekning tandvård tandläk tandhygien",
        staff="tandläkar* tandhygienist* tandsköterska*",
        act="blekte lyste",
        tool="blekskena* tandstol* skena skenan",
        goods="tänder tänderna munnen",
        service="tandblekning* tandrengöring*",
    ),
    _trade(
        "en klättervägg",
        "klättervägg klätterhall boulder klättring klättergym",
        staff="klätterinstruktör*",
        act="säkrade säkrar toprepade",
        tool="klättervägg* *klätterväggen bouldervägg* bouldervägen klätterrep* säkringsbrom* "
        "topprep*",
        goods="leder lederna",
    ),
    _trade(
        "ett lekrum",
        "lekrum lekhörn bollhav barnpassning lekland barnhörn",
        staff="barnvakt*",
        act="läste lekte",
        tool="rutschkan* bollhav* klätterställning*",
        goods="sagor sagorna",
    ),
)


def named_in(trade: Trade, text: str) -> bool:
    """Whether a (casefolded) text holds one of the trade's names (see the module doc)."""
    for name in trade.names:
        if name.startswith("~"):
            if name[1:] in text and any(stem in text for stem in trade.of):
                return True
        elif name.startswith("^"):
            if re.search(rf"\b{name[1:]}", text) is not None:
                return True
        elif name in text:
            return True
    return False


MADE_TO_ORDER = frozenset(
    {
        "ett bageri", "en köttdisk", "en fiskdisk", "en sushibar", "en pizzeria", "ett kafé",
        "en glassbar", "en chokladmakare", "en blomsterhandel", "en servering", "en grill",
        "en ostdisk", "en bar",
    }
)  # fmt: skip
"""Trades whose goods staff make or prepare for the customer (food, drinks, bouquets): "han
gjorde den medan jag väntade" of a flatbread roll is their work; made repairs are
`facilities`' and the other trades' own acts."""


class _Lexicon:
    """Which trades' words a token is, as (trade index, kind of word) pairs."""

    def __init__(self, trades: Iterable[Trade]) -> None:
        self._exact: dict[str, set[tuple[int, str]]] = {}
        self._prefixes: list[tuple[str, tuple[int, str]]] = []
        self._suffixes: list[tuple[str, tuple[int, str]]] = []
        for index, trade in enumerate(trades):
            for kind, patterns in trade.words.items():
                for pattern in patterns.split():
                    entry = (index, kind)
                    if pattern.startswith("*"):
                        self._suffixes.append((pattern[1:], entry))
                    elif pattern.endswith("*"):
                        self._prefixes.append((pattern[:-1], entry))
                    else:
                        self._exact.setdefault(pattern, set()).add(entry)

    def of(self, token: str) -> frozenset[tuple[int, str]]:
        found = set(self._exact.get(token, ()))
        found.update(e for stem, e in self._prefixes if token.startswith(stem))
        found.update(e for stem, e in self._suffixes if token.endswith(stem))
        return frozenset(found)


_LEXICON = _Lexicon(TRADES)


@lru_cache(maxsize=65_536)
def trade_words(token: str) -> frozenset[tuple[int, str]]:
    """The (trade index in `TRADES`, kind of word) pairs the token is."""
    return _LEXICON.of(token)
