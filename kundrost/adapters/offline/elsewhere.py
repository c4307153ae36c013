"""Elsewhere: the sentences in which the customer talks about another store, not this one.

A sentence is about another store when it names one: a chain after "på", "hos", "från",
"till" or "i" ("på Willys", "hos Lidl", "Ica Maxi"), any capitalised name placed at a branch
("på Matboden i Hallunda"), a kind of shop placed in a town not in this store's name
("hyrstället i Åre", "sportbutiken uppe i Sundsvall"), "en annan butik", "andra affärer",
"konkurrenten", an online shop ("en nätbutik", "webbshopen"), or a place next door
("pizzerian bredvid", "kiosken mittemot"), a neighbouring or former shop ("grannbutiken",
"min gamla affär") or the shop where the customer used to live ("där jag bodde förut hade
affären …"), someone else's shop ("min dotters affär i Malmö"), shops in the plural
("butikerna hemma i Finland") or the customer's workplace ("på jobbet har vi …"), or a
business introduced as not this one (`other_business`: "på en liten cykelverkstad",
"sportkedjans varuhus", "i sitt garage", "när jag var i Västerås … sportaffären"). Words of
this store's own name never count. The talk stays there for the rest of the answer, and into
the next answer when it opens by pointing back ("där", "deras", or "han" and "hon" naming
nothing of this store's), or when the answer before
told the customer's own visit there ("förra veckan var jag i en annan butik") or named it in
every sentence, until the customer speaks of this store again: "här", "hit", "ni", "er",
"hos er", or its name — not denied ("jag köpte inte skorna hos er"). A sentence that names
both is about this store: "På Coop öppnar de en extra kassa, det borde ni också göra" asks
something of it — unless its words for this store are a polite aside before "men" ("hos er
gick det bra, men på Ica Maxi …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from kundrost.adapters.offline.departments import specialty
from kundrost.adapters.offline.other_business import in_a_town, introduced
from kundrost.adapters.offline.other_premises import (
    came_from,
    declared_subject,
    in_town,
    named_then_there,
    on_a_site,
    our_premises_elsewhere,
    placed_apart,
    premises,
)
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import Reading, tokens_of
from kundrost.adapters.offline.trades import STAFF, trade_words

_CHAINS = listed(
    """willys ica coop lidl hemköp netto tempo matöppet citygross mathem axfood bauhaus
    byggmax jula biltema hornbach rauta beijer ohlson starbucks waynes pressbyrån seven
    eleven maxi kvantum konsum circle okq8 preem st1 shell statoil qstar mekonomen
    elgiganten mediamarkt netonnet webhallen intersport åhléns lindex granngården rusta"""
)
_BEFORE_CHAIN = listed("på hos från till i vid")
_BRANCH = re.compile(
    r"\b(?:på|hos|från)\s+(?P<name>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+)?)\s+"
    r"(?:i|vid|på)\s+(?P<place>[A-ZÅÄÖ][\w'-]+)"
)
_OTHER_LED = (
    r"(?:en|den|det|ett) (?:annan|andra|annat) (?:butik|affär|mataffär|matbutik|ställe|"
    r"kafé|café|järnhandel|bygghandel|firma|företag)\w*|"
    r"andra (?:butiker|affärer|ställen|kedjor)\b|"
    r"(?:en|den|det|ett) (?:annan|andra|annat) (?:\w+[ae] ){0,2}?\w*(?:butik|affär)\w*|"
    r"(?:jag|vi) (?:köper|handlar|beställer)(?: \w+){0,3}? (?:på nätet|online)\b|"
    r"konkurrent\w*|(?:nät|webb?|online)(?:butik|shop|handel)\w*|"
    r"(?:från|hos|på) \w+ (?:på nätet|online)\b|"
    r"där (?:jag|vi) brukar (?:handla|köpa|gå|åka|beställa|hämta)\b|"
    r"(?:jag|vi) brukade (?:gå|handla|köpa|åka|beställa|hämta)\w* (?:till|hos|på|i)\b|"
    r"grann(?:butik|affär)\w*|min (?:gamla|förra) (?:butik|affär|mataffär|matbutik)\w*|"
    r"(?:där|när) (?:jag|vi) (?:bodde|växte upp)\b|"
    r"(?:butikerna|affärerna|mataffärerna)\b|"
    r"på (?:min arbetsplats|mitt jobb|jobbet) (?:har|hade) (?:vi|de|dom)\b|"
    r"filial(?:en|er|erna)?\b"
)
_WHOLESALER = r"\w*(?:grossist|partihand|grosshand)\w*"
_NEXT_DOOR = (
    r"\w+(?:ian|eriet|butiken|affären|kaféet|caféet|restaurangen|"
    r"kiosken|macken) (?:bredvid|mittemot|intill|tvärs över)\b"
)
_IN_TOWN = (
    r"(?<!sta )(?<!aste )\w*(?:butiken|affären|handeln|varuhuset) (?:(?:uppe|nere|borta|inne) )?"
    r"(?:i|på) (?:stan|centrum|centrumet|city)\b"
)
_IN_MALL = (
    r"(?:\w{3,}(?:butiken|affären|handeln)|varuhuset) (?:(?:uppe|nere|borta|inne) )?"
    r"(?:i|på) (?:gallerian|köpcentret|köpcentrumet)\b"
)
_OTHER = re.compile(rf"\b(?:{_OTHER_LED}|{_WHOLESALER}|{_NEXT_DOOR}|{_IN_TOWN}|{_IN_MALL})")
"""Another store in a phrase. Every phrase starts a word, so one `\b` stands before them all:
the engine tries them only where a word starts, twice as fast as a `\b` before each.
`names_other_phrase` searches its parts apart: those that open with a word of their own as
one pattern, and those that open with any word's letters only behind the words they need."""
_LED = re.compile(rf"\b(?:{_OTHER_LED})")
_NEXT_DOOR_AT = (listed("bredvid mittemot intill tvärs"), re.compile(rf"\b(?:{_NEXT_DOOR})"))
_IN_TOWN_AT = (listed("stan centrum centrumet city"), re.compile(rf"\b(?:{_IN_TOWN})"))
_IN_MALL_AT = (listed("gallerian köpcentret köpcentrumet"), re.compile(rf"\b(?:{_IN_MALL})"))
"""`_NEXT_DOOR`, `_IN_TOWN` and `_IN_MALL`, each after the words one of which it ends with."""
_OTHER_WORDS = listed(
    """annan andra annat bredvid mittemot intill tvärs gamla förra bodde växte butikerna
    affärerna mataffärerna arbetsplats jobb jobbet filial filialen filialer filialerna stan
    centrum centrumet city nätet online brukar brukade gallerian köpcentret köpcentrumet"""
)
_OTHER_STARTS = (
    "konkurrent", "nätbutik", "nätshop", "näthandel", "webbutik", "webshop", "webhandel",
    "webbbutik", "webbshop", "webbhandel", "onlinebutik", "onlineshop", "onlinehandel",
    "grannbutik", "grannaffär",
)  # fmt: skip
"""Every phrase of `_OTHER` but a wholesaler's holds one of these words or a word beginning
with one of these (tests/analyzer/test_offline_gates.py)."""
_FORMER = re.compile(
    r"\b(?:min|mitt|mina|vår|vårt|vara) (?:gamla|förra|tidigare|före detta) (?P<shop>\w+)"
)
"""A former shop told by its trade ("min förra optiker", "mitt gamla apotek"): the customer's
own shop of before, not this one — a trade, so "mina gamla glasögon" is none."""
_FORMER_OWN = listed("min mitt mina vår vårt vara")
_FORMER_THEN = listed("gamla förra tidigare före")
"""`_FORMER` needs a word of each, said as words of their own."""
_SHOPS = ("butik", "affär", "handl", "handel", "ställe")
_SOMEONES_SHOP = re.compile(r"\b(?P<whose>hans|hennes|\w{3,}s) (?:affär|butik|mataffär|matbutik)\b")
"""Someone else's shop ("min dotters affär i Malmö"), unless the owner is this store's name
("Fjällsports butik")."""
_SHOP_WORDS = listed("affär butik mataffär matbutik")
"""The words one of which `_SOMEONES_SHOP` needs."""
_HINTS = _CHAINS | listed(
    """annan andra annat konkurrent konkurrenten konkurrenter bredvid mittemot intill tvärs
    nätbutik nätbutiken nätbutiker webbutik webbutiken webbshop webbshopen onlinebutik
    onlinebutiken näthandel näthandeln grannbutiken grannbutik grannaffären grannaffär gamla
    förra bodde växte affär butik mataffär matbutik butikerna affärerna mataffärerna
    arbetsplats jobbet jobb filial filialen filialer filialerna stan centrum city webbutiken
    webbutik brukar brukade tidigare hemma nätet online gallerian köpcentret köpcentrumet"""
)
"""Words one of which a sentence about another store holds, unless it names a branch."""
_AT = listed("på hos från")
_SITES = listed("sajt webbsida hemsida app nätet online sida webbplats")
"""Words one of which a shop on the net (`other_premises.on_a_site`) needs."""
_TOWN_WORDS = listed("stan centrum city gallerian köpcentret köpcentrumet")
"""Words one of which a business in town (`other_premises.in_town`) needs."""
_HERE = listed("här hit ni er ert era eran")
_BACK = listed("där deras dom de dem dit")
_DENIED = listed("inte aldrig ej")
_THEIRS = listed("deras")
""""Deras" after a sentence that named another store points at it, even when that sentence
also said "här" ("Här ja, men jag vill klaga på Hemköp. Deras självscanning piper")."""
_VISIT = re.compile(
    r"\b(?:(?:jag|vi) (?:var|handlade|handlar|åkte|stannade|tankade|brukar handla|gick in|"
    r"köper|beställer|beställde|hämtar)|"
    r"(?:var|handlade|handlar|åkte|stannade|tankade|köper|beställer) (?:jag|vi))\b"
)
"""The customer's own visit to another store ("förra veckan var jag i en annan butik", "jag
handlar mest på Willys", "jag köper linserna hos en optiker i Arvika", "beställer böckerna via
förlagets lager"): an answer that ends there goes on there in the next answer, until
the customer speaks of this store ("här", "hos er"), as a comparison ("som på andra ställen")
does not."""
_FIRST_PERSON = listed("jag vi")
_WAY_HERE = listed("till varit efter innan före")
"""Words before "er" that tell the way here or a time, not the place talked of: "körde in till
er", "efter att jag varit hos er", "efter er gick jag till sportaffären bredvid"."""
_TURNS = listed("men fast utan och")
"""Words that open a new clause: a denial before one is not of the words after it ("där
får man aldrig hjälp, men här …", "inte där utan hos er")."""
_ASIDE = _HERE | listed(
    """hos det var är gick går bra fint okej trevligt som vanligt också ju väl allt helt
    annars ja jo nej"""
)
"""Words of a polite aside about this store ("hos er gick det bra", "här var det okej")."""


_NOT_PLACES = listed(
    """swish klarna facebook instagram google blocket bankid mastercard visa apple android
    gud jesus"""
)
_NAME = re.compile(
    r"(?:\b(?P<before>\w+)\s+|(?<=\s))(?:på|hos)\s+"
    r"(?P<name>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+)?)"
)
_NAME_AT = listed("på hos")
"""Words `_NAME` needs, said between spaces: `_other_names` searches it only with one."""
_PLACED = listed("uppe nere borta ute upp ner bort ut hemma")
"""A direction before "på" names a place people go to, not a shop: "uppe på Gustavsberg" is
a ski slope, "ute på Värmdö" an island (a chain there is still a chain)."""
_CHAIN_AT = re.compile(r"\b(?P<chain>\w+)\s+i\s+(?P<place>[A-ZÅÄÖ][\w'-]+)")
_TRADE_AT = re.compile(
    r"\b(?:\w{3,}(?:stället\s+(?:(?:uppe|nere|borta|ute)\s+)?|(?:butiken|affären|shoppen)\s+"
    r"(?:uppe|nere|borta|ute)\s+(?:(?:i|på|vid)\s+[a-zåäö]\w+\s+)?)|"
    r"\w*(?:macken|bensinstationen|kiosken|pizzerian|gatuköket|"
    r"(?<=\w{3})hallen|restaurangen|vägkrogen|kedjan)\s+(?:(?:uppe|nere|borta|ute)\s+)?)(?:i|på)\s+"
    r"(?P<place>[A-ZÅÄÖ][\w'-]+)"
)
"""A kind of shop placed in a town: "hyrstället i Åre", "sportbutiken uppe i Sundsvall", or a
kind no shop of ours is, or a "-hallen", wherever placed: "macken i Söderåkra", "saluhallen i
Kalmar" (a
"-butiken i" without "uppe", "nere"… may be this store, named by its town)."""
_TRADE_IN = listed("i på")
_TRADE_ENDS = (
    "stället", "butiken", "affären", "shoppen", "macken", "bensinstationen", "kiosken",
    "pizzerian", "gatuköket", "hallen", "restaurangen", "vägkrogen", "kedjan",
)  # fmt: skip
"""`_TRADE_AT` needs one of `_TRADE_IN` said between spaces and a word ending in one of
`_TRADE_ENDS` (`_names_trade`)."""


def _names_trade(tokens: Sequence[str]) -> bool:
    return not _TRADE_IN.isdisjoint(tokens) and any(t.endswith(_TRADE_ENDS) for t in tokens)


_TOWN_FIRST = re.compile(
    r"^I\s+(?P<place>[A-ZÅÄÖ][\w'-]+)\b[^.?!]{0,30}?\b(?:på|hos|i)\s+"
    r"(?:(?:den|det)\s+(?:där\s+)?)?(?:\w+[ae]\s+){0,2}"
    r"(?P<shop>\w*(?:affären|butiken|handeln|varuhuset))\b"
)
"""A sentence that opens in a town and goes on to a shop there: "I Hudik, på den där stora
sportaffären, där hade dom …" is that town's shop, as "sportaffären i Hudik" would be."""
_TOWN = re.compile(r"\bi\s+[A-ZÅÄÖ][\w'-]+")
"""A store's name that places it in a town: "Skoboden i Nässjö"."""
_SHOP_IN_TOWN = re.compile(
    r"\b(?:\w*(?:affären|butiken|handeln|bageriet|konditoriet|kaféet|caféet|"
    r"apoteket|antikvariatet|varuhuset|lagret|verkstaden|verkstan|salongen|studion|ateljén|"
    r"bolaget|boden)|"
    r"butik|butiken|affär|affären|filial|filialen|lager|"
    r"(?<=hos )(?:en|ett) \w+)"
    r"(?:\s+(?:uppe|nere|borta|ute|hemma))?(?:\s+(?:vid|på|i|nära|bakom|mittemot)\s+(?:\w+\s+)?"
    r"[a-zåäö]\w*)?\s+(?:i|på)\s+(?P<place>[A-ZÅÄÖ][\w'-]+)"
)
"""A shop or workshop placed in a town, for a store whose name places it in its own:
"skoaffären i Eksjö", "kameraverkstan i Uppsala", "fiskaffären nere i hamnen i Luleå",
"konditoriet vid torget i Simrishamn", "en butik i Hofors", a stall or booth ("fiskboden i
Loftahammar", "boden i Hudiksvall"), or a firm ("Systembolaget i Lindesberg", "bolaget i
Nora")."""
_NAMED_SHOP = re.compile(
    r"(?<=\s)[A-ZÅÄÖ][a-zåäö]{2,}-?(?:butiken|affären|handeln|boden|hallen|verkstaden|lagret)\b"
)
"""A shop named by its town or owner in one word, inside a sentence: "i Slitebutiken",
"på Borlänge-affären" (at a sentence's start a compound may be this store's department)."""
_PLACED_NAME = re.compile(
    r"\b(?:om|var|är|och|med|av)\s+(?P<name>[A-ZÅÄÖ][\w'-]+)\s+(?:i|vid)\s+"
    r"(?P<place>[A-ZÅÄÖ][\w'-]+)"
)
"""A capitalised name placed at a town or a square inside a sentence, told of: "det jag
tänkte på var Bokia vid Stora torget", "prata om Cykelkungen i Borlänge" — not after "från",
"till" or "i", where a name is where the customer lives or comes from."""
_PLACED_AT = listed("i vid")
"""Words `_PLACED_NAME` needs, said between spaces."""
_SAME_CHAIN = re.compile(r"\bsamma (?:kedja|kedjan|företag|ägare)\b")
""""Ni är ju samma kedja": its "ni" is the chain another branch belongs to, not this store."""
_INSTEAD = listed("istället stället därför därav")
"""The way here told as the reason for coming ("så nu kommer jag hit i stället", "därför
åkte jag till er"): the sentence is about this store, the other store only the reason."""
_PASS_ON = re.compile(
    r"\b(?:säga|säg|tipsa|hälsa|meddela|berätta|framföra|skicka|prata|snacka|tala|kontakta|"
    r"ringa|ring|skriva|skriv|påverka|klaga)\b(?P<rest>(?:\s+\w+){1,4})"
)
"""A message to pass on ("ni kan väl säga till dem i Slite att …", "tipsa dem om att
sortera", "om ni kunde prata med kommunen om cykelbanorna"), said after talk of another
store or body to them or to it by its name: what it asks is theirs to do, not this store's."""
_THEM = listed("dem dom")


def _passed_on(folded: str, known: set[str]) -> bool:
    """A message for this store to pass on to the other store (`_PASS_ON`): "dem" or the
    other's name within four words of the verb."""
    for match in _PASS_ON.finditer(folded):
        rest = match.group("rest").split()
        if not _THEM.isdisjoint(rest) or not known.isdisjoint(rest):
            return True
    return False


_HE_SHE = listed("han hon")


def _taken_up(tokens: Sequence[str], ours: Callable[[str], bool]) -> bool:
    """An answer that opens on "han" or "hon" after one that ended at another store goes on
    with its person ("Min kompis lagar allt i sitt garage." — "Han bytte hela drivlinan …"),
    unless it names one of this store's departments ("hon i kassan") or this store."""
    return (
        bool(tokens)
        and tokens[0] in _HE_SHE
        and _HERE.isdisjoint(tokens)
        and not any(ours(token) for token in tokens)
    )


_OUR_BRANCH = re.compile(
    r"\b(?:[Ee]r|[Ee]rt|[Ee]ra|[Ee]ran)\s+(?:andra\s+)?filial\w*|"
    r"\b(?:[Ee]r|[Ee]rt|[Ee]ra|[Ee]ran)\s+andra\s+(?:butik|affär|ställe)\w*|"
    r"\b(?:[Ee]r|[Ee]rt|[Ee]ra|[Ee]ran)\s+(?:andra\s+)?(?:butik|affär|ställe)\w*\s+(?:i|på)\s+"
    r"(?P<place>[A-ZÅÄÖ][\w'-]+)|"
    r"\b[Nn]i har (?:ju |också |även )?(?:en|ett) (?:annan |annat )?(?:filial|butik|affär|"
    r"ställe)\w* (?:i|på) (?P<town>[A-ZÅÄÖ][\w'-]+)"
)
"""Another branch of the same chain: "er filial i Leksand", "ni har ju en butik i Hofors":
its "er" and "ni" are the chain, not this store."""
_BRANCH_WORDS = ("filial", "butik", "affär", "ställe")
"""Words one of which a branch of ours holds (`_OUR_BRANCH`), tested as written out."""
_TIMES = (
    "gång", "vecka", "veckan", "dag", "månad", "helg", "morgon", "kväll", "året", "sommar",
    "vinter", "höst", "våren",
)  # fmt: skip


def _other_names(
    text: str, tokens: Sequence[str], own: frozenset[str], capitals: bool, placed: bool = False
) -> set[str]:
    """Names of another store in a sentence: a chain wherever it is said, a capitalised name
    after "på" or "hos" ("på Espresso House", "hos Lidl"; "sa till Anna" is a person), the
    place of a chain's branch ("Coop i Västerby"), and a kind of shop placed in a town with
    its place, so that "på macken" later in the call is still that shop."""
    found = set(_CHAINS.intersection(tokens)) - own
    if not capitals:
        return found
    for match in _NAME.finditer(text) if not _NAME_AT.isdisjoint(tokens) else ():
        before = match.group("before")
        if before is not None and before.casefold() in _PLACED:
            continue
        words = set(tokens_of(match.group("name")))
        if words and own.isdisjoint(words) and _NOT_PLACES.isdisjoint(words):
            found |= words
    for match in _CHAIN_AT.finditer(text) if found else ():
        if match.group("chain").casefold() in found:
            found |= set(tokens_of(match.group("place")))
    for match in _TRADE_AT.finditer(text) if _names_trade(tokens) else ():
        place = set(tokens_of(match.group("place")))
        if own.isdisjoint(place):
            found |= place | set(tokens_of(match.group(0))[:1])
    town_first = _TOWN_FIRST.match(text) if text.startswith("I ") else None
    if town_first is not None and own.isdisjoint(tokens_of(town_first.group("place"))):
        found |= set(tokens_of(town_first.group("place") + " " + town_first.group("shop")))
    for match in _NAMED_SHOP.finditer(text):
        if own.isdisjoint(tokens_of(match.group(0))):
            found |= set(tokens_of(match.group(0)))
    for match in _PLACED_NAME.finditer(text) if not _PLACED_AT.isdisjoint(tokens) else ():
        words = set(tokens_of(match.group("name") + " " + match.group("place")))
        if own.isdisjoint(words) and _NOT_PLACES.isdisjoint(words):
            found |= words
    for match in _SHOP_IN_TOWN.finditer(text) if placed else ():
        place = set(tokens_of(match.group("place")))
        if own.isdisjoint(place) and _NOT_PLACES.isdisjoint(place):
            found |= place
    return found


def _a_shop(word: str) -> bool:
    """A shop or a trade: "butiken", "cykelhandlaren", "optiker", "apoteket", or the one who
    keeps a trade's shop ("min gamla slaktare", "min förra frisör")."""
    return (
        any(shop in word for shop in _SHOPS)
        or specialty(word) is not None
        or any(kind == STAFF for _, kind in trade_words(word))
    )


_SHOP_ENDS = ("butik", "butiken", "affär", "affären", "handeln", "handlaren", "ställe", "stället")


def _business(word: str) -> bool:
    """A word for a business, by its shop, premises or specialty ("sportaffären",
    "hamburgerstället", "glassbaren", "apoteket") — not a trade's staff, which at this
    store's own trade is its staff ("floristen")."""
    return word.endswith(_SHOP_ENDS) or premises(word) or specialty(word) is not None


def _any_trade(word: str) -> bool:
    """A word for a business or a trade's shop (`_business`, `_a_shop`)."""
    return _business(word) or _a_shop(word)


def _other_trade(word: str, ours: Callable[[str], bool]) -> bool:
    """A word for a business or a trade's shop (`_business`, `_a_shop`) that names none of
    this store's departments."""
    return (_business(word) or _a_shop(word)) and not ours(word)


def _no_department(word: str) -> bool:
    return False


def _branch_of_ours(text: str, own: frozenset[str], capitals: bool) -> re.Match[str] | None:
    """Another branch of this store's chain named with "er" or "ni" (`_OUR_BRANCH`), or
    premises of its chain in another town (`other_premises.our_premises_elsewhere`), which
    is named with a capital: not sought in a sentence without one after its first letter."""
    if "filial" in text or "butik" in text or "affär" in text or "ställe" in text:
        for match in _OUR_BRANCH.finditer(text):
            place = match.group("place") or match.group("town")
            if place is None or own.isdisjoint(tokens_of(place)):
                return match
    if capitals and (" er" in text or "Ni " in text or "ni har" in text or text.startswith("Er")):
        return our_premises_elsewhere(text, own)
    return None


def _wholesale(folded: str) -> bool:
    """A wholesaler ("grossisten i Borås", "en grossist", "partihandeln") is never this store,
    a shop: its word is a hint wherever in a word it stands. Three substring tests, written
    out, cost a third of one search for the three."""
    return "grossist" in folded or "partihand" in folded or "grosshand" in folded


def may_name_other(tokens: Sequence[str], folded: str) -> bool:
    """Whether `_OTHER` may match the case-folded sentence of `tokens`: a necessary
    condition, read from its words (`_OTHER_WORDS`, `_OTHER_STARTS`, `_wholesale`)."""
    return (
        not _OTHER_WORDS.isdisjoint(tokens)
        or any(token.startswith(_OTHER_STARTS) for token in tokens)
        or _wholesale(folded)
    )


def names_other_phrase(tokens: Sequence[str], folded: str) -> bool:
    """Whether `_OTHER` matches the case-folded sentence of `tokens`. A wholesaler's word
    matches wherever it stands in a word (`_wholesale`), and a shop next door, in town or in
    a mall only where its place's word is said."""
    if _LED.search(folded) is not None or _wholesale(folded):
        return True
    return (
        _placed_at(tokens, folded, _NEXT_DOOR_AT)
        or _placed_at(tokens, folded, _IN_TOWN_AT)
        or _placed_at(tokens, folded, _IN_MALL_AT)
    )


def _placed_at(
    tokens: Sequence[str], folded: str, placed: tuple[frozenset[str], re.Pattern[str]]
) -> bool:
    words, pattern = placed
    return not words.isdisjoint(tokens) and pattern.search(folded) is not None


def _names_other(
    text: str,
    tokens: Sequence[str],
    own: frozenset[str],
    known: set[str],
    capitals: bool,
    ours: Callable[[str], bool] = _no_department,
) -> bool:
    """Whether the sentence names another store by a name known from before in the call, a
    branch, someone's shop or a phrase of `_OTHER`; each pattern is searched only in a
    sentence holding the words it needs."""
    if not known.isdisjoint(tokens):
        return True
    placed_at = capitals and not _AT.isdisjoint(tokens)
    folded = text.casefold()
    if not _SITES.isdisjoint(tokens) and on_a_site(folded):
        return True
    if capitals and "där" in tokens and named_then_there(text, own):
        return True
    if placed_apart(tokens, folded, lambda word: _business(word) and not ours(word), ours):
        return True
    if _HINTS.isdisjoint(tokens) and not placed_at and not _wholesale(folded):
        return False
    branch = _BRANCH.search(text) if placed_at else None
    if branch is not None and own.isdisjoint(
        tokens_of(branch.group("name") + " " + branch.group("place"))
    ):
        return True
    if (
        not _FORMER_OWN.isdisjoint(tokens)
        and not _FORMER_THEN.isdisjoint(tokens)
        and _former(folded)
    ):
        return True
    if not _TOWN_WORDS.isdisjoint(tokens) and in_town(folded, _a_shop):
        return True
    someones = None if _SHOP_WORDS.isdisjoint(tokens) else _SOMEONES_SHOP.search(folded)
    if someones is not None and someones.group("whose") not in own:
        return True
    return may_name_other(tokens, folded) and names_other_phrase(tokens, folded)


def _here(tokens: Sequence[str], travel: bool = True) -> bool:
    """Words for this store, not denied: "jag köpte inte skorna hos er" is about where they
    were bought instead. Without `travel`, the way here ("hit", "till er") does not count:
    "macken i Gamleby, där jag tankade innan jag körde in till er" is about the station."""
    if _HERE.isdisjoint(tokens):
        return False
    return any(
        token in _HERE
        and (
            _fronted(tokens, index)
            or _DENIED.isdisjoint(_since_turn(tokens[max(0, index - 4) : index]))
        )
        and not _this_time(tokens, index)
        and (
            travel
            or not (
                token == "hit"
                or (token == "er" and not _WAY_HERE.isdisjoint(tokens[max(0, index - 2) : index]))
            )
        )
        for index, token in enumerate(tokens)
    )


_V2_SUBJECTS = listed("jag vi de dom man han hon det ni du")
_JOINERS = listed("för och men eftersom utan så när då som att om heller")
"""Words that join "här" to a clause of its own ("inte här för de hade inget"): no verb."""


def _fronted(tokens: Sequence[str], index: int) -> bool:
    """ "Här" opening a main clause, its verb and subject after it ("här gjorde de det",
    "här fick jag hjälp"): a denial before it was the clause before ("de kunde inte kopiera
    nyckeln, här gjorde de det på tio minuter")."""
    return (
        tokens[index] == "här"
        and index + 2 < len(tokens)
        and tokens[index + 1] not in _JOINERS
        and tokens[index + 2] in _V2_SUBJECTS
    )


_TRAVELLED = listed("åkte körde kom gick cyklade reste flög")
_POINTING = listed("där dit deras därifrån")


def _trip_from(tokens: Sequence[str], names: set[str], ours: Callable[[str], bool]) -> bool:
    """A trip from another store told with this store's own department ("vi åkte från Ica
    Maxi till färdtjänsten, och chauffören lyfte in kassarna"): the store named only as where
    the trip began, after a verb of travel, is no place talked of; the department after it
    is this store's. Not when the sentence points back there ("där", "deras")."""
    first = next((i for i, t in enumerate(tokens) if t in names), None)
    if first is None or first < 2 or tokens[first - 1] != "från":
        return False
    if _TRAVELLED.isdisjoint(tokens[max(0, first - 3) : first - 1]):
        return False
    rest = tokens[first:]
    while rest and rest[0] in names:
        rest = rest[1:]  # the name's own words ("ica maxi")
    if not _POINTING.isdisjoint(rest) or not names.isdisjoint(rest):
        return False
    return any(ours(t) for t in rest)


_UNTIL = listed("innan före efter när tills")
"""Words of a time clause: "innan jag kom till er var jag på kaféet" tells when, not where."""
_AFTER_ARRIVAL = 4
"""Words at least after the arrival for the sentence to go on here."""


def _arrived(tokens: Sequence[str]) -> bool:
    """The customer arrives here and goes on to tell of it: "jag var på kaféet mittemot
    först, sen kom jag hit och presentinslagningen tog två minuter" is about this store from
    "hit" on — not an arrival in a time clause ("innan jag kom till er var jag på …") nor
    one that ends the sentence ("macken där jag tankade innan jag körde in till er")."""
    for index, token in enumerate(tokens):
        if (token == "hit" or (token == "er" and index > 0 and tokens[index - 1] == "till")) and (
            len(tokens) - index > _AFTER_ARRIVAL
            and _UNTIL.isdisjoint(tokens[max(0, index - 4) : index])
        ):
            return True
    return False


def _since_turn(window: Sequence[str]) -> Sequence[str]:
    """The words of `window` after its last clause-opening word (`_TURNS`)."""
    for index in range(len(window) - 1, -1, -1):
        if window[index] in _TURNS:
            return window[index + 1 :]
    return window


def _aside(tokens: Sequence[str]) -> bool:
    """A polite word for this store before "men" and the rest about another: "hos er gick det
    bra, men på Ica Maxi hade de ställt pallar i gångarna" is about Ica Maxi."""
    if "men" not in tokens:
        return False
    turn = tokens.index("men")
    return (
        turn > 0
        and _ASIDE.issuperset(tokens[:turn])
        and not _HERE.isdisjoint(tokens[:turn])
        and _HERE.isdisjoint(tokens[turn:])
    )


def _former_reason(tokens: Sequence[str], text: str) -> bool:
    """A former shop's doings told as the reason for coming here ("min förra optiker gav mig
    fel styrka, det är därför jag är nyfiken på er"): the account is the former shop's."""
    if "därför" not in tokens or _HERE.isdisjoint(tokens):
        return False
    turn = tokens.index("därför")
    folded = text.casefold()
    return _HERE.isdisjoint(tokens[:turn]) and _former(folded[: folded.find("därför")])


def _former(folded: str) -> bool:
    """A former shop told by its trade (`_FORMER`)."""
    return any(_a_shop(match.group("shop")) for match in _FORMER.finditer(folded))


def _this_time(tokens: Sequence[str], index: int) -> bool:
    """ "Den här gången", "den här veckan": a time, not this store."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    return (
        tokens[index] == "här"
        and index > 0
        and tokens[index - 1] in ("den", "det", "denna")
        and after.startswith(_TIMES)
    )


@lru_cache(maxsize=256)
def _own_words(store_name: str | None) -> frozenset[str]:
    """The words of the store's own name, and each long one without a genitive "s"; read
    once per store."""
    said_name = tokens_of(store_name or "")
    return frozenset(said_name) | {t[:-1] for t in said_name if t.endswith("s") and len(t) > 5}


@lru_cache(maxsize=256)
def _placed_name(store_name: str | None) -> bool:
    """Whether the store's own name places it in a town (`_TOWN`); read once per store."""
    return _TOWN.search(store_name or "") is not None


def clause_names_other(text: str, store_name: str | None) -> bool:
    """Whether one clause names another store or business (`_other_names`) or tells one by
    where it stands or the trip there (`other_premises.placed_apart`): in "Automatlådan
    lagades hos Volvo i stället, men oljebytet gjorde jag hos er" the sentence is about this
    store, its first clause about Volvo; "jag var på apoteket först och kom hit sent" tells of
    no pharmacy of this store's."""
    capitals = text[1:] != text[1:].lower()
    opened = " " + text[:1].lower() + text[1:]  # "På Lekia i Norrköping …" opens the clause
    tokens = tokens_of(text)
    return bool(_other_names(opened, tokens, _own_words(store_name), capitals)) or placed_apart(
        tokens, opened.casefold(), _business, _no_department
    )


def elsewhere(
    reading: Reading,
    sentence_tokens: Sequence[Sequence[str]],
    store_name: str | None,
    ours: Callable[[str], bool] = _no_department,
) -> tuple[tuple[bool, bool], ...]:
    """For each sentence, whether the talk is at another store (see the module docstring),
    and whether the sentence itself names one. The store's own name counts without its
    genitive too: "Tolvmilens Rastcenter" is "på Tolvmilen". Words for this store are read
    only where they can turn the talk back: in a sentence naming another store, or while the
    talk is there or was just told of. `ours` says whether a word names one of this store's
    departments, which no business told by its place is."""
    own = _own_words(store_name)
    placed = _placed_name(store_name)
    found: list[tuple[bool, bool]] = []
    away = False
    turn = -1
    known: set[str] = set()
    told_of_other = False
    visited = named_all = False
    for index, text in enumerate(reading.sentences):
        tokens = sentence_tokens[index]
        if reading.sentence_turns[index] != turn:
            turn = reading.sentence_turns[index]
            away = away and (
                visited or named_all or not _BACK.isdisjoint(tokens[:3]) or _taken_up(tokens, ours)
            )
            visited = away and visited
            named_all = True
        capitals = text[1:] != text[1:].lower()
        branch = _branch_of_ours(text, own, capitals)
        names = _other_names(text, tokens, own, capitals, placed)
        came = came_from(tokens, text.casefold(), lambda word: _business(word) and not ours(word))
        if came is not None:
            names.add(came)
        declared = declared_subject(
            text, tokens, own, lambda word: _business(word) and not ours(word)
        )
        if declared is not None:
            names |= declared[0]
        cut = branch.span() if branch is not None else declared[1] if declared else None
        told = introduced(text, tokens, own, _any_trade, ours)
        if told is None and capitals:
            told = in_a_town(text, tokens, own, lambda word: _other_trade(word, ours))
        if told is not None:
            names |= told
        other = (
            branch is not None
            or bool(names)
            or told is not None
            or _names_other(text, tokens, own, known, capitals, ours)
        )
        here = False
        if other or away or told_of_other:
            said = tokens if cut is None else tokens_of(text[: cut[0]] + text[cut[1] :])
            here = _here(said) or (bool(own) and own <= set(tokens))
        if here and other:
            here = (
                _here(said, travel=False)
                or (bool(own) and own <= set(tokens))
                or not _INSTEAD.isdisjoint(tokens)
                or _arrived(tokens)
            )
            here = (
                here
                and not _aside(tokens)
                and not _former_reason(tokens, text)
                and _SAME_CHAIN.search(text) is None
            )
        if other and not here and names and branch is None:
            here = _trip_from(tokens, names, ours)
        named = not here and other
        known |= names
        named_all = named_all and (named or len(tokens) <= 2)
        theirs = told_of_other and (
            (not _THEIRS.isdisjoint(tokens[:3]) and not here)
            or (
                (not _BACK.isdisjoint(tokens) or not known.isdisjoint(tokens))
                and _passed_on(text.casefold(), known)
            )
        )
        away = named or theirs or (away and not here)
        if away and not visited and not _FIRST_PERSON.isdisjoint(tokens):
            visited = _VISIT.search(text.casefold()) is not None
        visited = visited or (away and declared is not None)
        told_of_other = other or (told_of_other and not here)
        found.append((away, named or theirs))
    return tuple(found)
