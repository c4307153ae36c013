"""Declared states: what the customer says is so of them, and an act of the visit that needs
the opposite.

A customer who invents a visit tends to add a detail of their life that the visit cannot
have: "jag har aldrig ätit fisk" after praising the salmon soup, "jag har aldrig haft en
mobiltelefon" after paying by Swish. Each state is read as the speaker's own ("jag", "vi"),
lasting and whole: never, none, without, all, the whole visit. A state that has changed or
is bounded ("förut", "tidigare", "innan", "nu", "först", "i dag", "nästan"), a likeness ("så
god fisk"), one thing ("deras fisksoppa"), a hypothetical, a habit or another person's state
("min man har aldrig ätit fisk") is not one. The act must be the speaker's too, told of the
visit and not negated; what someone else did, said or thought ("min fru sa att den var
god") is not. Each state contradicted is one point towards an impossible claim:

- never eaten or drunk a kind of food, or unable to (fish, meat, gluten, coffee, alcohol:
  "aldrig ätit kött", "är vegetarian", "har celiaki", "dricker aldrig kaffe", "nykterist"),
  and eating, drinking or tasting it, or praising its taste ("laxsoppan … den var god");
  bread said to be gluten-free is no gluten;
- never owned a phone or no Swish, and paying by Swish or showing something on the phone
  or in an app; no bank card, and paying or tapping by card;
- none of a kind of pet or kin ("vi har aldrig haft husdjur", "jag har inga barn", "jag är
  ogift"), and "vår katt", "mina barn valde", "min man bar ut" — not one lost or gone
  ("min man dog", "inga barn hemma längre"), nor a sister's child;
- no car that day ("bilen stod på verkstaden", "har ingen bil", "sålde bilen"), and
  washing, filling, parking or driving one — not a car borrowed, hired or back again, nor
  a trolley pushed ("körde kundvagnen");
- bald, and having one's own hair cut or dyed;
- never sat down or stood all visit, and sitting at a table;
- shopping alone ("handlade helt ensam", "ingen var med mig", "gick dit helt själv"), and a
  companion choosing, taking, sharing or paying for goods in the store;
- more pieces eaten than were bought ("köpte tre bullar" … "vi var sex personer och alla åt
  två bullar var"), with nothing else at hand ("redan", "hemma", "frysen");
- goods sold out, gone or empty ("alla semlor var slutsålda", "bananhyllan var helt tom"),
  and buying or picking the same goods — unless the call tells of goods fetched or baked
  anew;
- none of some goods bought ("köpte ingen fisk"), and the goods or their kind bought
  ("torsken jag köpte");
- a power cut in the whole store with no power back, and paying by card or at a scanner,
  or lit displays;
- an electric car filled with petrol or diesel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS

_CHANGED = re.compile(
    r"\b(?:förut|tidigare|innan|förrän|förr|nu|först|i dag|idag|numera|längre sen|nästan|"
    r"om (?:jag|vi)|skulle|brukade|tills)\b"
)
_LIKENESS = re.compile(r"^(?:så|sådan\w*|sån\w*|något|nåt|deras|er|ert|era|den|det|denna)\b")
_REPORTED = re.compile(
    r"\b(?:sa|sade|säger|berättade|tyckte|tycker|tyckte att|enligt|menade|påstod|trodde|"
    r"om jag|skulle|hade tänkt|tänkte|ville|brukar|ibland|förra|i går|igår|nästa gång)\b"
)
_OTHERS = listed(
    """han hon de dom hen barnen ungarna frun mannen sambon grannen grannarna kollegan
    kompisen vännen"""
)
_KIN = listed(
    """fru man make maka sambo dotter son barn kompis vän väninna syster bror mamma pappa
    pojkvän flickvän partner svärmor svärfar mormor morfar farmor farfar granne"""
)
_MY = listed("min mitt mina vår vårt våra")
_NEGATED = listed("inte aldrig ingen inget inga ej")
_SPEAKER = listed("jag vi")

_FOOD_STATE = re.compile(
    r"\b(?:(?:jag|vi) (?:har|hade)|(?:har|hade) (?:jag|vi)) (?:aldrig|inte) (?:någonsin |nånsin )?"
    r"(?:ätit|smakat|druckit|rört) (\w+)( \w+)?|"
    r"\b(?:jag|vi) (?:äter|dricker) (?:aldrig|inte|inget|ingen) (\w+)( \w+)?"
)
_DIET_STATE = {
    "fish": re.compile(r"\b(?:jag|vi) (?:är|har varit) (?:\w+ )?(?:vegan|veganer|veganska)\b"),
    "meat": re.compile(
        r"\b(?:jag|vi) (?:är|har varit) (?:\w+ )?(?:vegetarian\w*|vegan\w*)\b|"
        r"\b(?:jag|vi) (?:äter|åt) (?:aldrig|inte) (?:något |nåt )?kött\b"
    ),
    "gluten": re.compile(
        r"\b(?:jag|vi) (?:har|är) (?:\w+ )?(?:celiaki|glutenallergi\w*|glutenintoleran\w*)\b|"
        r"\b(?:jag|vi) tål (?:inte|ingen|inget) (?:gluten|vete)\b"
    ),
    "alcohol": re.compile(r"\b(?:jag|vi) (?:är|har varit) (?:\w+ )?(?:hel)?nykterist\w*\b"),
}
_KIND_OF_WORD = (
    ("fish", ("fisk",)),
    ("meat", ("kött",)),
    ("coffee", ("kaffe",)),
    ("alcohol", ("alkohol", "vin", "öl", "sprit")),
    ("gluten", ("gluten", "vete")),
)
_FISH = ("lax", "torsk", "sill", "fisk", "gös", "makrill", "strömming", "sejfil", "kolja",
         "abborr", "gädd", "röding", "tonfisk", "hälleflund", "piggvar", "rödspätt")  # fmt: skip
_MEAT = ("kött", "korv", "skinka", "bacon", "kyckling", "fläsk", "biff", "kotlett", "salami",
         "oxfilé", "entrecote", "lamm", "kalkon", "hamburgare", "köttfärs", "fårkött")  # fmt: skip
_COFFEE = ("kaffe", "cappuccino", "latte", "espresso", "cortado", "macchiato", "americano")
_ALCOHOL = ("vin", "vinet", "öl", "ölen", "sprit", "snaps", "cider", "rödvin", "vitvin", "bubbel")
_NOT_FOOD = ("disk", "avdelning", "hyll", "lukt", "bröd", "paus", "rast", "maskin", "veg", "soja")
_PLANT_BASED = re.compile(r"\b(?:veg\w*|soja\w*|havre\w*|quorn|växtbaserad\w*|oumph)\b")
_LOOKS = listed("såg ser verkade luktade doftade")
_CLAUSE_ENDS = listed("och men medan när så eller fast")
_EATING = listed(
    """åt ätit käkade smakade provsmakade smakat slukade drack druckit mumsade glufsade
    provade"""
)
_TASTY = listed(
    """god goda gott smakade smakrik smakrika läcker läckra mumsig mumsiga krämig krämiga
    saftig saftiga mör möra len"""
)


def _food_kind(token: str, kind: str) -> bool:
    if token.startswith(_NOT_FOOD) or any(part in token for part in ("disk", "hyll", "veg")):
        return False
    if kind == "fish":
        return any(stem in token for stem in _FISH)
    if kind == "meat":
        return any(stem in token for stem in _MEAT)
    if kind == "coffee":
        return any(stem in token for stem in _COFFEE) and "koffeinfri" not in token
    if kind == "alcohol":
        return token in _ALCOHOL or token.startswith(("rödvin", "vitvin", "starköl"))
    return PRODUCT_WORDS.lookup(token) == "Bröd och bakverk" or token.startswith("pizza")


def _stated_food(text: str) -> set[str]:
    kinds: set[str] = set()
    if _CHANGED.search(text):
        return kinds
    for found in _FOOD_STATE.finditer(text):
        word = found.group(1) or found.group(3)
        after = (found.group(2) or found.group(4) or "").strip()
        if _LIKENESS.match(word) or after in ("så", "sådan", "sån"):
            continue
        kinds |= {kind for kind, heads in _KIND_OF_WORD if word.startswith(heads)}
    kinds |= {kind for kind, state in _DIET_STATE.items() if state.search(text)}
    if "vegan" in text:
        kinds.add("meat")
    return kinds


def _speakers_act(tokens: tuple[str, ...], index: int) -> bool:
    """Whether the verb at `index` is the speaker's, not negated."""
    near = tokens[max(0, index - 3) : index + 2]
    return not _SPEAKER.isdisjoint(near) and _NEGATED.isdisjoint(near)


def _object_of(tokens: tuple[str, ...], index: int, kind: str) -> bool:
    """Whether food of `kind` is what the verb at `index` took: after it in its clause ("åt
    två vanliga kanelbullar"), or just before it ("laxen som jag smakade")."""
    for token in tokens[index + 1 : index + 6]:
        if token in _CLAUSE_ENDS:
            break
        if _food_kind(token, kind):
            return True
    return any(_food_kind(t, kind) for t in tokens[max(0, index - 3) : index])


def _eats(tokens: tuple[str, ...], text: str, kind: str) -> bool:
    """Eating, drinking or tasting food of `kind`, or praising its taste, told of the visit by
    the speaker."""
    if _REPORTED.search(text) or (kind == "meat" and _PLANT_BASED.search(text)):
        return False
    if kind == "gluten" and "gluten" in text:
        return False
    if kind == "alcohol" and "alkoholfri" in text:
        return False
    if not any(_food_kind(t, kind) for t in tokens):
        return False
    if any(
        t in _EATING and _speakers_act(tokens, i) and _object_of(tokens, i, kind)
        for i, t in enumerate(tokens)
    ):
        return True
    praised = (
        not _TASTY.isdisjoint(tokens) and _NEGATED.isdisjoint(tokens) and _LOOKS.isdisjoint(tokens)
    )
    return kind != "gluten" and praised and _OTHERS.isdisjoint(tokens)


def _food_points(evidence: Evidence, said: Sequence[int]) -> float:
    stated = [
        (i, _stated_food(evidence.phrases[i]))
        for i in said
        if not _FOOD_WORDS.isdisjoint(evidence.sentence_tokens[i])
        or not _DIET_WORDS.isdisjoint(evidence.sentence_tokens[i])
        or "gluten" in evidence.phrases[i]
    ]
    points = 0.0
    for kind in {k for _, kinds in stated for k in kinds}:
        where = {i for i, kinds in stated if kind in kinds}
        if any(
            _eats(evidence.sentence_tokens[i], evidence.phrases[i], kind)
            for i in said
            if i not in where or kind == "gluten"
        ):
            points += 1.0
    return points


_PHONE_STATE = re.compile(
    r"\b(?:jag|vi) (?:har|hade) (?:aldrig|aldrig någonsin) (?:haft|ägt|använt) (?:en |någon |nån )?"
    r"(?:egen )?(?:mobil\w*|smartphone|smart telefon|telefon)|\b(?:jag|vi) (?:har|äger) "
    r"(?:ingen|inte någon|inte nån) (?:egen )?(?:mobil\w*|smartphone|telefon\w*)|"
    r"\b(?:jag|vi) (?:har|hade) (?:inte|ingen|inget|aldrig haft|aldrig använt) (?:\w+ )?swish|"
    r"\b(?:jag|vi) använder (?:inte|aldrig) swish"
)
_CARD_STATE = re.compile(
    r"\b(?:jag|vi) (?:har|hade|äger) (?:inget|inte något|inte nåt|aldrig haft(?: ett| något)?) "
    r"(?:eget )?(?:bankkort|kontokort|betalkort|kreditkort|kort)\b"
)
_CARD_ACT = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ ){0,2}?(?:betalade|blippade|drog)|(?:betalade|blippade|drog) "
    r"(?:jag|vi))\b(?: \w+){0,5}? (?:med )?(?:mitt |ett )?(?:kort|kortet|bankkort\w*|kontokort\w*|"
    r"betalkort\w*|kreditkort\w*)\b"
)
_CAR_AWAY = re.compile(
    r"\b(?:(?:jag|vi) (?:har|hade) (?:ingen|inte någon|inte nån) bil|(?:jag|vi) (?:var|är) "
    r"utan bil|bilen (?:var|stod) (?:kvar )?på (?:verkstad\w*|service\w*|reparation\w*|lagning)|"
    r"(?:jag|vi) sålde (?:min |vår )?bil\w*)\b"
)
_CAR_ACT = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ ){0,2}?(?:tvättade|tankade|dammsög|parkerade|körde|lastade|vaxade)|"
    r"(?:tvättade|tankade|dammsög|parkerade|körde|lastade|vaxade) (?:jag|vi))\b.*\b"
    r"(?:bil|bilen|bilarna|tvätthall\w*|tvättgata\w*|biltvätt\w*|bagageluckan)\b"
)
_OTHER_CAR = re.compile(
    r"\b(?:hyrbil\w*|lånebil\w*|lånade|hyrde|taxi\w*|bilpool\w*|grannens|\w+s bil\w*|"
    r"hans bil|hennes bil|deras bil|ersättningsbil\w*|tillbaka|hämtade)\b"
)
_PHONE_ACT = re.compile(
    r"\b(?:jag|vi) (?:\w+ ){0,2}?(?:betalade|swishade|visade|scannade|blippade|använde|öppnade|"
    r"loggade in|laddade ner)\b(?: \w+){0,6}? (?:swish\w*|appen|\w*app|mobil\w*|telefon\w*)\b|"
    r"\b(?:betalade|swishade|visade|scannade|blippade|använde|öppnade) (?:jag|vi)\b(?: \w+){0,6}? "
    r"(?:swish\w*|appen|\w*app|mobil\w*|telefon\w*)\b|"
    r"\b(?:jag|vi) swishade\b|\bswishade (?:jag|vi)\b"
)
_HAVE_NONE = re.compile(
    r"\b(?:jag|vi) (?:har|hade) (?:aldrig haft|inte haft|inga|inget|ingen|aldrig ägt|inte "
    r"(?:några|någon|något)) (?:egna |egen |eget |några |någon |något )?(\w+)|"
    r"\b(?:jag|vi) är (?:\w+ )?(ogift|singel)\b"
)
_PETS = ("hund", "katt", "kanin", "marsvin", "papegoj", "undulat", "häst", "hamster", "valp")
_CHILDREN = listed(
    "barn barnen barnet son sonen söner sönerna dotter dottern döttrar döttrarna ungar ungarna"
)
_SPOUSES = listed("fru frun man mannen make maken maka makan")
_PARTNERS = _SPOUSES | listed("sambo sambon partner pojkvän flickvän")
_KINDS_HAD: dict[str, Callable[[str], bool]] = {
    "husdjur": lambda word: word.startswith(_PETS),
    "djur": lambda word: word.startswith(_PETS),
    "hund": lambda word: word.startswith("hund"),
    "katt": lambda word: word.startswith("katt"),
    "barn": lambda word: word in _CHILDREN,
    "ogift": lambda word: word in _SPOUSES,
    "singel": lambda word: word in _PARTNERS,
    **{spouse: (lambda word: word in _SPOUSES) for spouse in ("fru", "man", "make", "maka")},
    **{other: (lambda word: word in _PARTNERS) for other in ("sambo", "partner")},
}
"""What a customer may say they have none of, and the words of one of them."""
_GONE_BY = re.compile(
    r"\b(?:dog|död\w*|avlid\w*|bortgång\w*|gick bort|före detta|ex\w*|förra|gamla|framlidn\w*|"
    r"sålde|längre|skild\w*|separer\w*)\b"
)
"""A loss or a change: "min man dog för två år sedan", "inga barn hemma längre"."""
_LOST = re.compile(
    r"\b(?:dog|död\w*|avlid\w*|bortgång\w*|gick bort|framlidn\w*|skild\w*|separer\w*|"
    r"före detta)\b"
)
_BALD = re.compile(r"\b(?:jag|vi) (?:är|har varit|blev) (?:\w+ )?(?:flint)?skallig\b")
_OWN_HAIR = re.compile(
    r"\b(?:klippte|färgade|tunnade|permanentade|föntorkade|slingade|tvättade|lockade) (?:ur )?"
    r"(?:\w+ ){0,2}?(?:mitt|mina) (?:\w+ )?(?:hår|lockar|flätor)\b|\bmitt (?:\w+ )?hår\b"
)
_NEVER_SAT = re.compile(
    r"\b(?:vi|jag) (?:satte (?:oss|mig) aldrig|satt aldrig|satte (?:oss|mig) (?:inte|aldrig) "
    r"(?:ner )?(?:alls|en enda gång)|stod (?:upp )?hela (?:tiden|besöket))(?! \w* ?länge)"
)
_SAT = re.compile(
    r"\b(?:(?:vi|jag) satt (?!aldrig|inte)(?:\w+ ){0,2}?(?:vid|i|på|där|ner)|satt (?:vi|jag) "
    r"(?:vid|i|på|där)|(?:vi|jag) satte (?:oss|mig) (?:ner )?(?:vid|i|på))\b"
)
_ALONE = re.compile(
    r"\b(?:handlade (?:helt |alldeles )?(?:ensam|själv)|ingen (?:var|följde) med mig|"
    r"jag var där (?:helt )?(?:ensam|själv)|(?:jag )?kom (?:dit )?(?:helt )?ensam|"
    r"(?:jag )?(?:gick|åkte) dit (?:helt |alldeles )?(?:ensam|själv))\b"
)
_COMPANION_ACTS = listed(
    """valde plockade tog betalade provade hämtade smakade bar pekade frågade lade
    lastade delade"""
)
_AWAY = re.compile(r"\b(?:hemma|ringde|bad|sa åt|skickade|hade sagt|bett|lista)\b")
_MET = re.compile(r"\b(?:träffade|mötte|stötte på|råkade|kom dit|anslöt|dök upp)\b")


def _companion_acted(tokens: tuple[str, ...], text: str) -> bool:
    if _AWAY.search(text) or _REPORTED.search(text):
        return False
    for index, token in enumerate(tokens[:-1]):
        if token in _MY and tokens[index + 1] in _KIN:
            after = tokens[index + 2 : index + 5]
            if not _COMPANION_ACTS.isdisjoint(after) and _NEGATED.isdisjoint(after):
                return True
    return False


_GONE = re.compile(
    r"\b(\w+) var (?:redan |alldeles )?(?:slutsålda|slutsåld|slutsålt)\b|"
    r"\b(\w+) var (?:helt|totalt|alldeles) (?:slut|tomma|tom|tomt)\b"
)
_CONTAINER_ENDS = ("hyllan", "hyllorna", "lådan", "korgen", "backen", "disken", "kylen")
_NOT_GOODS = listed(
    """det den de dom allt alla hyllan hyllorna butiken affären kylen disken det allting
    ingenting hela kön parkeringen kassan lådan korgen backen stället ni platsen"""
)
_RESTOCKED = re.compile(
    r"\b(?:hämtade|lagret|fyllde på|påfyllning|bakade (?:nya|fler|en ny)|ny sats|kom ut med|"
    r"tog fram|ställde fram|från lagret|fler i|nya i)\b"
)
_BOUGHT_OF = re.compile(
    r"\b(?:jag|vi) (?:köpte|valde|plockade)(?: ut| med| hem)? ((?:\w+ ){0,3}\w+)"
)
_INSTEAD = re.compile(r"\b(?:i stället|istället|annan|andra|annat|vanlig\w*|sort\w*|märke\w*)\b")
_BOUGHT_NONE = re.compile(
    r"\b(?:jag|vi) köpte (?:ingen|inget|inga|inte någon|inte något|inte några) (\w+)"
)
_BOUGHT_AS_OBJECT = re.compile(r"\b(\w+) (?:som )?(?:jag|vi) köpte\b")
_CATEGORY_HEADS = {
    "fisk": "Fisk och skaldjur", "skaldjur": "Fisk och skaldjur", "kött": "Kött och chark",
    "chark": "Kött och chark", "bröd": "Bröd och bakverk", "bakverk": "Bröd och bakverk",
    "frukt": "Frukt och grönt", "grönsaker": "Frukt och grönt", "godis": "Godis och snacks",
}  # fmt: skip


def _stem(noun: str) -> str | None:
    """The goods a noun names, as a stem: "bananhyllan" → "banan", "semlorna" → "seml"."""
    for end in _CONTAINER_ENDS:
        if noun.endswith(end) and len(noun) > len(end) + 2:
            noun = noun[: -len(end)]
            break
    if noun in _NOT_GOODS or len(noun) < 4:
        return None
    return noun[: max(4, len(noun) - 3)]


def _same_goods(stem: str, token: str) -> bool:
    if token.startswith(stem):
        return True
    head = _CATEGORY_HEADS.get(stem) or next(
        (kind for head, kind in _CATEGORY_HEADS.items() if head.startswith(stem)), None
    )
    return head is not None and PRODUCT_WORDS.lookup(token) == head


def _bought(text: str, stem: str) -> bool:
    if _INSTEAD.search(text) or _REPORTED.search(text) or _OTHER_TIME.search(text):
        return False
    for found in _BOUGHT_OF.finditer(text):
        words = found.group(1).split()
        if not _NEGATED.isdisjoint(words[:1]):
            continue
        if any(_same_goods(stem, w) for w in words):
            return True
    return any(_same_goods(stem, f.group(1)) for f in _BOUGHT_AS_OBJECT.finditer(text))


def _goods_points(evidence: Evidence, said: Sequence[int]) -> float:
    """Goods gone or not bought, and the same goods bought."""
    for index in said:
        text = evidence.phrases[index]
        found = [*_GONE.finditer(text), *_BOUGHT_NONE.finditer(text)]
        if not found or _CHANGED.search(text) or _OTHER_TIME.search(text):
            continue
        if " men " in f" {text} " or any(_RESTOCKED.search(evidence.phrases[i]) for i in said):
            continue
        for stem in filter(None, (_stem(f.group(1) or f.group(2) or "") for f in found)):
            if any(_bought(evidence.phrases[other], stem) for other in said if other != index):
                return 1.0
    return 0.0
    for index in said:
        text = evidence.phrases[index]
        if _CHANGED.search(text) or _OTHER_TIME.search(text) or " men " in f" {text} ":
            continue
        stems = [
            _stem(f.group(1) or f.group(2) or "")
            for f in [*_GONE.finditer(text), *_BOUGHT_NONE.finditer(text)]
        ]
        for stem in filter(None, stems):
            if any(_bought(evidence.phrases[other], stem) for other in said if other != index):
                return 1.0
    return 0.0


_POWER_CUT = re.compile(
    r"\b(?:strömavbrott|strömlöst|elavbrott|strömmen (?:var borta|gick)|kolsvart)\b"
)
_WHOLE = re.compile(r"\b(?:hela|alla|ingen|inga|inget|allt)\b")
_POWER_BACK = re.compile(
    r"\b(?:tillbaka|kom igång|igång|en stund|kort stund|en kort|några minuter|igen|sen|efter|"
    r"tills|reservkraft\w*)\b"
)
_POWERED = re.compile(
    r"\bbetalade (?:\w+ ){0,2}?(?:med (?:kort\w*|swish|mobilen)|i (?:självscanning\w*|"
    r"självkass\w*|självutcheckning\w*))|\bblippade\b|\b(?:montrar|lampor|lamporna|skyltar)\w* "
    r"lyste\b|\blyste (?:så )?(?:fint|starkt|klart)\b"
)
_ELECTRIC = re.compile(r"\b(?:kör|kört|har|äger|köpte) (?:en |min |vår )?(?:\w+ )?elbil\w*\b")
_FUELLED = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ )?(?:tankade|fulltankade|fyllde|tankat)|"
    r"(?:tankade|fulltankade|fyllde) (?:jag|vi))\b"
)
_FUEL_SAID = re.compile(r"\b(?:bensin|diesel|etanol|e85|hvo|liter|full tank|fullt|fulltankade)\b")
"""A car filled: its fuel, litres or a full tank said, not windscreen fluid or air."""
_OTHER_VEHICLES = re.compile(
    r"\b(?:gräsklippar\w*|dunk\w*|båt\w*|moped\w*|motorsåg\w*|lastbil\w*|släp\w*|husbil\w*|"
    r"traktor\w*|hyrbil\w*|bensinbil\w*|dieselbil\w*|hybrid\w*|andra bil\w*|två bilar|"
    r"(?:hans|hennes|deras) bil\w*|motorcykel\w*|snöskoter\w*|aggregat\w*)\b"
)


_OTHER_TIME = re.compile(
    r"\b(?:i går|igår|förra|i förrgår|i \w+dags|en gång|brukar|ibland|i somras|i vintras|"
    r"i våras|i höstas|för \w+ (?:år|veckor|månader) sedan)\b"
)


_ATE = listed("åt ätit käkade")
_EATERS = re.compile(r"\bvi var (\w+)\b|\b(\w+) (?:personer|pers|gäster|stycken)\b")
_BOUGHT_PIECES = re.compile(r"\b(?:jag|vi) köpte\b")
_MORE_AT_HAND = re.compile(
    r"\b(?:redan|hemma|frysen|kvar|sedan tidigare|sen tidigare|bakade|egna|också|även|extra|"
    r"andra butiken|fler)\b"
)
"""Goods that may have come from elsewhere than this purchase: "vi hade redan fyra hemma"."""


def _pieces_points(evidence: Evidence, said: Sequence[int]) -> float:
    """More pieces eaten than were bought: "jag köpte tre bullar" … "vi var sex personer och
    alla åt två bullar var" — the same goods counted, what each ate times the people said,
    over twice what was bought, and nothing else at hand in the call."""
    if any(_MORE_AT_HAND.search(evidence.phrases[i]) for i in said):
        return 0.0
    bought: dict[str, float] = {}
    eaten: list[tuple[str, float]] = []
    for index in said:
        text = evidence.phrases[index]
        tokens = evidence.sentence_tokens[index]
        pieces = [
            (value, word)
            for value, word in evidence.sentence_amounts[index]
            if value >= 1 and PRODUCT_WORDS.lookup(word) is not None
        ]
        if not pieces or _OTHER_TIME.search(text) or _REPORTED.search(text):
            continue
        if not _ATE.isdisjoint(tokens):
            counted = [word_value(m.group(1) or m.group(2)) for m in _EATERS.finditer(text)]
            people = max((c for c in counted if c is not None and c > 1), default=1.0)
            for value, word in pieces:
                at = tokens.index(word) if word in tokens else -1
                each = at >= 0 and tokens[at + 1 : at + 2] in (("var",), ("styck",))
                eaten.append((word, value * (people if each else 1.0)))
        elif _BOUGHT_PIECES.search(text):
            for value, word in pieces:
                stem = word[: max(4, len(word) - 3)]
                bought[stem] = bought.get(stem, 0.0) + value
    return float(
        any(
            word.startswith(stem) and ate > 2 * count
            for word, ate in eaten
            for stem, count in bought.items()
        )
    )


def _power_points(evidence: Evidence, said: Sequence[int]) -> float:
    texts = [evidence.phrases[i] for i in said if not _OTHER_TIME.search(evidence.phrases[i])]
    cut = any(_POWER_CUT.search(t) and _WHOLE.search(t) for t in texts)
    if not cut or any(_POWER_BACK.search(t) for t in texts if _POWER_CUT.search(t)):
        return 0.0
    if any("ström" in t and _POWER_BACK.search(t) for t in texts):
        return 0.0
    return 1.0 if any(_POWERED.search(t) for t in texts if not _POWER_CUT.search(t)) else 0.0


def _fuel_points(evidence: Evidence, said: Sequence[int]) -> float:
    texts = [evidence.phrases[i] for i in said]
    whole = " . ".join(texts)
    if "elbil" not in whole or _OTHER_VEHICLES.search(whole):
        return 0.0
    if not any(_ELECTRIC.search(t) or ("elbil" in t and _FUELLED.search(t)) for t in texts):
        return 0.0
    return 1.0 if any(_FUELLED.search(t) and _FUEL_SAID.search(t) for t in texts) else 0.0


def _speaker_in(text: str) -> bool:
    return re.search(r"\b(?:jag|vi)\b", text) is not None


def _state_and_act(
    evidence: Evidence,
    said: Sequence[int],
    state: re.Pattern[str],
    act: Callable[[tuple[str, ...], str], bool],
    holds: Callable[[tuple[str, ...], str], bool] = lambda tokens, text: True,
) -> float:
    """One point when a sentence declares `state` (and it `holds` there) and any sentence
    tells of the `act` that needs its opposite."""
    states = [
        i
        for i in said
        if state.search(evidence.phrases[i])
        and not _CHANGED.search(evidence.phrases[i])
        and not _OTHER_TIME.search(evidence.phrases[i])
        and holds(evidence.sentence_tokens[i], evidence.phrases[i])
    ]
    if not states:
        return 0.0
    return 1.0 if any(act(evidence.sentence_tokens[i], evidence.phrases[i]) for i in said) else 0.0


def _phone_act(tokens: tuple[str, ...], text: str) -> bool:
    return (
        _PHONE_ACT.search(text) is not None
        and not _REPORTED.search(text)
        and _speaker_in(text)
        and _PHONE_STATE.search(text) is None
    )


def _had_points(evidence: Evidence, said: Sequence[int]) -> float:
    """None of a kind of pet or kin declared ("vi har inga barn", "jag är ogift"), and one
    of them, the speaker's, told of ("mina barn valde", "min man bar ut")."""
    for index in said:
        text = evidence.phrases[index]
        if _CHANGED.search(text) or _OTHER_TIME.search(text) or _GONE_BY.search(text):
            continue
        for found in _HAVE_NONE.finditer(text):
            of_kind = _KINDS_HAD.get(found.group(1) or found.group(2))
            if of_kind is not None and any(
                _possessed(evidence, other, of_kind) for other in said if other != index
            ):
                return 1.0
    return 0.0


def _possessed(evidence: Evidence, index: int, of_kind: Callable[[str], bool]) -> bool:
    text = evidence.phrases[index]
    if _OTHER_TIME.search(text) or _LOST.search(text) or _REPORTED.search(text):
        return False
    tokens = evidence.sentence_tokens[index]
    return any(t in _MY and of_kind(tokens[i + 1]) for i, t in enumerate(tokens[:-1]))


def _car_points(evidence: Evidence, said: Sequence[int]) -> float:
    """No car of one's own that day, and washing, filling or driving one; a car borrowed,
    hired or back from the garage is another."""
    if not any(
        "bil" in evidence.phrases[i] and _CAR_AWAY.search(evidence.phrases[i]) for i in said
    ):
        return 0.0
    if any(_OTHER_CAR.search(text) for text in evidence.phrases):
        return 0.0
    return _state_and_act(evidence, said, _CAR_AWAY, _car_act)


def _card_act(tokens: tuple[str, ...], text: str) -> bool:
    return (
        _CARD_ACT.search(text) is not None
        and _CARD_STATE.search(text) is None
        and not _REPORTED.search(text)
    )


def _car_act(tokens: tuple[str, ...], text: str) -> bool:
    return (
        _CAR_ACT.search(text) is not None
        and _CAR_AWAY.search(text) is None
        and not _REPORTED.search(text)
        and not _OTHER_TIME.search(text)
    )


def _hair_act(tokens: tuple[str, ...], text: str) -> bool:
    return _OWN_HAIR.search(text) is not None and not _REPORTED.search(text)


def _never_sat(tokens: tuple[str, ...], text: str) -> bool:
    """Standing is the whole visit's, not the queue's ("stod upp hela tiden i kön")."""
    return not any(t.endswith(("kö", "kön")) for t in tokens)


def _sat(tokens: tuple[str, ...], text: str) -> bool:
    return _SAT.search(text) is not None and not _REPORTED.search(text)


_FOOD_WORDS = listed("ätit smakat druckit rört äter dricker tål")
_DIET_WORDS = listed(
    "vegetarian vegetarianer vegan veganer veganska celiaki nykterist helnykterist"
)
_WHOLE_VISIT = listed("aldrig alls stod gång")
_HAD_NONE = ("har ing", "hade ing", "haft", "har inte", "ogift", "singel")
_PET_WORDS = listed("husdjur djur hund katt barn fru man make maka sambo partner ogift singel")
_SAT_WORDS = listed("satt satte")
_ALONE_WORDS = listed("ensam själv ingen")
_SOLD_OUT = listed("slutsålda slutsåld slutsålt")
_GONE_WORDS = listed("slut tom tomma tomt")
_WHOLLY = listed("helt totalt alldeles")
_NONE_BOUGHT = listed("ingen inget inga någon något några")
"""With "köpte in…" said: "köpte ingen fisk", "köpte inte något bröd"."""
_BUY_WORDS = listed("köpte valde plockade")
_STEMS = {
    "phone": (" mobil", " smartphone", " telefon", " smart ", " swish"),
    "card": ("kort",),
    "car": (" bil",),
    "bald": ("skallig",),
    "power": (" ström", "elavbrott", "kolsvart"),
    "electric": ("elbil",),
    "gluten": ("gluten",),
}
"""What the words a state needs hold ("mobiltelefonen", "glutenallergiker"), sought in the
call's words at once."""
_NO_WORDS = listed("aldrig ingen inget inga inte")


def declared_state_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and what earned them. Each reading
    is tried only when the call says the words its state needs."""
    joined = " " + " ".join(evidence.words)
    stems = {kind for kind, parts in _STEMS.items() for part in parts if part in joined}
    negated = evidence.says_any(_NO_WORDS)
    told = " . ".join(evidence.phrases)
    gone = evidence.says_any(_SOLD_OUT) or (
        evidence.says_any(_GONE_WORDS) and evidence.says_any(_WHOLLY)
    )
    readings: list[Callable[[list[int]], float]] = []
    if (
        (negated and evidence.says_any(_FOOD_WORDS))
        or stems & {"gluten"}
        or evidence.says_any(_DIET_WORDS)
    ):
        readings.append(lambda said: _food_points(evidence, said))
    if negated and "phone" in stems:
        readings.append(lambda said: _state_and_act(evidence, said, _PHONE_STATE, _phone_act))
    kin = evidence.says_any(_PET_WORDS) and evidence.says_any(_MY)
    if kin and any(phrase in told for phrase in _HAD_NONE):
        readings.append(lambda said: _had_points(evidence, said))
    if negated and "card" in stems:
        readings.append(lambda said: _state_and_act(evidence, said, _CARD_STATE, _card_act))
    if "car" in stems:
        readings.append(lambda said: _car_points(evidence, said))
    if "bald" in stems:
        readings.append(lambda said: _state_and_act(evidence, said, _BALD, _hair_act))
    if evidence.says_any(_SAT_WORDS) and evidence.says_any(_WHOLE_VISIT):
        readings.append(lambda said: _state_and_act(evidence, said, _NEVER_SAT, _sat, _never_sat))
    if evidence.says_any(_ALONE_WORDS) and evidence.says_any(_KIN):
        readings.append(lambda said: _alone_points(evidence, said))
    none_bought = evidence.says_any(_NONE_BOUGHT) and "köpte in" in told
    if evidence.says_any(_BUY_WORDS) and (gone or none_bought):
        readings.append(lambda said: _goods_points(evidence, said))
    if "köpte" in evidence.words and evidence.says_any(_ATE):
        readings.append(lambda said: _pieces_points(evidence, said))
    if "power" in stems:
        readings.append(lambda said: _power_points(evidence, said))
    if "electric" in stems:
        readings.append(lambda said: _fuel_points(evidence, said))
    if not readings:
        return 0.0, ""
    said = [
        i
        for i in range(len(evidence.phrases))
        if not evidence.cues[i].elsewhere and not evidence.cues[i].wish
    ]
    points = sum(reading(said) for reading in readings)
    why = "Kunden säger något om sig själv som en senare handling under besöket motsäger."
    return points, why if points else ""


def _alone_points(evidence: Evidence, said: Sequence[int]) -> float:
    if any(_MET.search(evidence.phrases[i]) for i in said):
        return 0.0
    return _state_and_act(evidence, said, _ALONE, _companion_acted)
