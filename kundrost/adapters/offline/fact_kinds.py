"""World knowledge of kinds: the everyday members of a kind a fact names in general.

A fact names a kind ("mobiltelefoner", "leksaksvapen", "kosttillskott", "skor"); a customer
names a member of it ("min iPhone", "en vattenpistol", "en burk kreatin", "kängor"). Only
world knowledge tells that kreatin is a supplement, so the members are listed here by the
kind's word, matched whole ("begagnade datorer" → "dator"), never as the head of a compound:
"skinnkläder" are not every garment, nor is a "husbil" any Volvo. Garments are left out: a
suit bought elsewhere and altered here ("köpte kostymen på Dressman och fick den uppsydd
här") reads as one bought here, and a tailor's customers' clothes are their own.
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
