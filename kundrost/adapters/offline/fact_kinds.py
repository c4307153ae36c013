"""World knowledge of kinds: the everyday members of a kind a fact names in general.

A fact names a kind ("mobiltelefoner", "leksaksvapen", "kosttillskott", "skor"); a customer
names a member of it ("min iPhone", "en vattenpistol", "en burk kreatin", "kängor"). Only
world knowledge tells that kreatin is a supplement, so the members are listed here by the
kind's word, matched whole ("begagnade datorer" → "dator"), never as the head of a compound:
"skinnkläder" are not every garment, nor is a "husbil" any Volvo. Garments are left out: a
suit bought elsewhere and altered here ("köpte kostymen på Dressman och fick den uppsydd
här") reads as one bought here, and a tailor's customers' clothes are their own.

Garments, books, toys, wine, beer, medicine, flowers and tools (`goods_members`) are kinds
whose members a customer meets in many ways that break no lack (their own coat, a library
book, a child's teddy): they reach a fact only as the customer's own purchase here of such
goods (`fact_sales.bought_member`). Their members are the everyday goods of the kind by
their whole words and, where every compound on them is of the kind too, as a compound's
head ("ulltröjan", "kokboken"); a neighbouring kind is no member: a notebook is no book, a
pot plant no cut flower, a newspaper no book, a ball no toy.
"""

from __future__ import annotations

from functools import lru_cache

from kundrost.adapters.offline.patterns import WordPatterns

_HEADS = {
    "mobiltelefon": """mobil mobilen mobiler mobilerna iphone* smartphone* samsung* telefon
        telefonen telefoner telefonerna""",
    "dator": "laptop* bärbar* macbook* datorn datorer* pc pc:n chromebook*",
    "leksaksvapen": """pistol* *pistol *pistolen *pistoler* gevär* *gevär *geväret *gevären
        bössa* *bössa svärd* *svärd *svärdet""",
    "vapen": """pistol* *pistol *pistolen *pistoler* gevär* *gevär *geväret *gevären
        bössa* *bössa *bössan revolver* svärd* *svärd *svärdet""",
    "tv-spel": "nintendo* playstation* xbox* tv-spel* ps4* ps5*",
    "kosttillskott": """proteinpulver* proteinshake* proteinbar* kreatin* bcaa* vitamin* pwo*
        gainer*""",
    "badkläder": "baddräkt* badbyxor* bikini* badshorts* simglasögon",
    "skor": "kängor* känga kängan sneakers stövlar* sandaler* tofflor* skon skorna",
    "dryck": """läsk läsken läsker* cola* fanta* sprite* juice* saft saften öl ölen vin vinet
        rödvin* vitvin* cider* energidryck* smoothie*""",
    "kött": "fläsk fläsket *fläsk bacon* skinka* kassler* karré* korv korven",
    "fläskkött": "fläsk fläsket *fläsk bacon* skinka* kassler* karré* fläskfilé* sidfläsk*",
}
_VEHICLES = {
    "bil": "volvo* saab* audi* bmw* toyota* tesla* kombi* suv volkswagen* skoda* kia*",
    "motorcykel": "harley* mc mc:n hoj hojen hojar*",
}


_GOODS = {
    "kläder": """tröja tröjan tröjor tröjorna *tröja *tröjan *tröjor *tröjorna jacka jackan
        jackor jackorna *jacka *jackan *jackor byxor byxorna *byxor *byxorna kjol kjolen kjolar
        *kjol *kjolen klänning klänningen klänningar *klänning *klänningen skjorta skjortan
        skjortor *skjorta *skjortan t-shirt* tisha* kavaj kavajen kavajer kostym kostymen
        kostymer kofta koftan koftor *kofta blus blusen blusar mössa mössan mössor *mössa
        halsduk halsduken halsdukar strumpor strumporna *strumpor sockor sockorna jeans
        jeansen shorts shortsen hoodie hoodien overall overallen pyjamas pyjamasen plagg
        plagget *plagg *plagget""",
    "böcker": """bok boken böcker böckerna kokbok kokboken kokböcker* barnbok barnboken
        barnböcker* pekbok pekboken pekböcker* bilderbok bilderboken bilderböcker* ordbok
        ordboken ordböcker* pocketbok pocketboken pocketböcker* roman romanen romaner
        romanerna deckare deckaren deckarna""",
    "leksaker": """leksak leksaken leksaker leksakerna *leksak *leksaken *leksaker *leksakerna
        docka dockan dockor dockorna nalle nallen nallar gosedjur* mjukdjur* lego legot
        legobit* legosats* pussel pusslet""",
    "vin": """rödvin* vitvin* rosévin* vinflask* bubbel champagne* cava prosecco*""",
    "öl": """pilsner* lager lagern ipa stout starköl* mellanöl* folköl* ölflask* ölburk*""",
    "läkemedel": """medicin medicinen mediciner* tablett tabletten tabletter* värktablett*
        huvudvärkstablett* alvedon ipren panodil treo nässpray* hostmedicin*""",
    "blommor": """blomma blomman blommor blommorna *blomma *blomman *blommor *blommorna rosor
        rosorna tulpan* orkidé* lilja liljan liljor liljorna nejlik* pion pionen pioner*
        bukett buketten buketter* *bukett *buketten""",
    "verktyg": """hammare hammaren hamrar* skruvmejsel* skruvdragare* skruvdragaren
        borrmaskin* *borrmaskin *borrmaskinen skiftnyckel* insexnyckel* tumstock* vattenpass*
        bågfil* fogsvans* hovtång* kniptång* polygrip* spackelspade* verktygslåd*""",
}
_GOODS["alkohol"] = f"{_GOODS['vin']} vin vinet viner vinerna {_GOODS['öl']} öl ölen ölet"
_GOODS["mediciner"] = _GOODS["läkemedel"]


@lru_cache(maxsize=256)
def goods_members(forms: tuple[str, ...]) -> WordPatterns[str] | None:
    """The members of the goods kind a fact's word names whole (its forms), or None."""
    said = [kind for kind in _GOODS if kind in forms]
    return WordPatterns.of({said[0]: _GOODS[said[0]]}) if said else None


@lru_cache(maxsize=2048)
def kind_members(forms: tuple[str | None, ...]) -> WordPatterns[str] | None:
    """The members of the kind the fact's word names (its forms: the word, its lemmas, its
    singular), or None when it names no kind listed here."""
    said = [form for form in forms if form]
    kinds = [kind for kind in _VEHICLES if kind in said]
    kinds += [kind for kind in _HEADS if kind in said]
    if not kinds:
        return None
    table = {**_VEHICLES, **_HEADS}
    return WordPatterns((pattern, said[0]) for kind in kinds for pattern in table[kind].split())
