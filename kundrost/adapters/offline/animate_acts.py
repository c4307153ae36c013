"""Acts only people and animals do, by class of meaning, with every inflected form.

A verb is listed once, by its stem: a verb of the first conjugation by the stem before its
"-a" ("fråg" gives fråga, frågar, frågade, frågat), any other by its four forms (infinitive,
present, past, supine: "förstå förstår förstod förstått"). The classes are those in which
goods, told deadpan, give an account away whatever the verb: speech and gossip, thought and
memory, feelings, decisions, social acts, human jobs, creeping and sneaking, performing.

Left out on purpose, because goods or fixtures do them in honest speech: informing verbs
("förpackningen förklarade", "skylten lovade"; `agency` reads goods explaining to a person),
wanting and lacking ("brödet saknade salt"), requiring ("degen krävde"), climbing, sailing
and flapping (prices climb, a bag sails off in the wind), rising ("degen reste sig"), hiding
("osten gömde sig längst in" is a product hard to find), blinking and whistling (lamps,
kettles), working ("kylen jobbade" is a fridge, so only "jobbade" of goods), driving,
transforming ("glassen förvandlades till soppa"; `agency` reads goods turning into an
animal) and buying or borrowing, whose fronted objects ("kundvagnen lånade min son") read as
subjects.
"""

from __future__ import annotations

from kundrost.adapters.offline.patterns import listed


def _first(stems: str) -> tuple[frozenset[str], frozenset[str]]:
    """All forms, and the non-finite ones, of first-conjugation stems."""
    words = stems.split()
    forms = {stem + ending for stem in words for ending in ("a", "ar", "ade", "at")}
    return frozenset(forms), frozenset(stem + ending for stem in words for ending in ("a", "at"))


def _four(verbs: str) -> tuple[frozenset[str], frozenset[str]]:
    """All forms, and the non-finite ones, of verbs given as infinitive, present, past,
    supine."""
    words = verbs.split()
    quads = [words[at : at + 4] for at in range(0, len(words), 4)]
    finite = {w for q in quads for w in (q[1], q[2])}
    return frozenset(words), frozenset(w for q in quads for w in (q[0], q[3])) - finite


_CLASSES = (
    _first("fråg klag skvallr muml muttr tjat tjafs gnöl fnittr"),
    _four("gnälla gnäller gnällde gnällt ljuga ljuger ljög ljugit"),
    _first("funder grubbl filosofer"),
    _four(
        """förstå förstår förstod förstått drömma drömmer drömde drömt tro tror trodde trott
        njuta njuter njöt njutit"""
    ),
    _first("längt tröst flört"),
    _four("skämmas skäms skämdes skämts umgås umgås umgicks umgåtts"),
    _first("beslut förhandl"),
    _first("nick suck bug jongler"),
    _four("le ler log le"),
    _first("jobb städ"),
    _four("krypa kryper kröp krupit smyga smyger smög smugit fly flyr flydde fly"),
    _four("uppträda uppträder uppträdde uppträtt"),
    _first("improviser rapp jojk"),
)
"""Speech and gossip; thought, memory and belief; feelings; decisions; social gestures;
human jobs; creeping, sneaking and fleeing; performing."""
ANIMATE_ACTS = frozenset().union(*(forms for forms, _ in _CLASSES))
"""Every form of every listed act."""
NON_FINITE = frozenset().union(*(forms for _, forms in _CLASSES))
"""Infinitives and supines (`verb_form`)."""
FEELINGS = listed(
    """svartsjuk svartsjuka avundsjuk avundsjuka förolämpad förolämpade förälskad förälskade
    kränkt kränkta"""
)
"""Feelings said of goods, which no idiom lends them."""
PHRASES: dict[str, frozenset[str]] = {
    "kom": frozenset({"ihåg"}),
    "kommer": frozenset({"ihåg"}),
    "kände": frozenset({"igen"}),
    "känner": frozenset({"igen"}),
    "skakade": frozenset({"hand"}),
    "följde": frozenset({"efter", "mig", "oss"}),
    "följer": frozenset({"efter", "mig", "oss"}),
    "gick": frozenset({"med"}),
    "lagade": frozenset({"mat"}),
    "bjöd": frozenset({"in", "upp"}),
}
"""Two words that make an act of a common verb: "kom ihåg", "kände igen", "följde efter",
"gick med på" (only so: "gick med i påsen" is not agreeing)."""
UPWARD = listed("upp uppåt ner nedåt")
"""Creeping or sneaking up or down is said of prices ("kaffet har smugit uppåt")."""
SELF_PROPELLED = listed(
    """hoppade hoppar klättrade klättrar vandrade vandrar sprang springer valde väljer
    bestämde bestämmer kröp kryper smög smyger viskade viskar sorterade"""
)
"""Acts that goods cannot do "själva": "hoppade själva ner i kvarnen", "valde själva" (not
"själva butiken", the store itself)."""
MODALS = listed(
    """kan kunde ska skulle vill ville måste brukar brukade började börjar verkade verkar
    fick får hann slutade tycktes bör borde"""
)
"""What an infinitive of an act must follow to be a verb ("kunde inte förstå"), since "svår
att förstå" is said of goods and "en fråga" is a noun."""
_PERFECT = listed("har hade")
_ADVERBS = listed("inte aldrig också redan själv själva ju nog bara")


def verb_form(tokens: tuple[str, ...], index: int) -> bool:
    """Whether a non-finite act at `index` is used as a verb: after a modal (an infinitive)
    or "har"/"hade" (a supine), adverbs between allowed."""
    at = index - 1
    while at >= 0 and tokens[at] in _ADVERBS:
        at -= 1
    return at >= 0 and (tokens[at] in MODALS or tokens[at] in _PERFECT)
