"""Other premises: another business told of by the kind of place it is, not by a shop word.

`elsewhere` knows another store by a chain, a "-butiken" or "-affären", a trade; customers
also tell of another business by its premises or firm ("ert kontor i Lidköping", "hallen inne
i stan", "en annan firma"), by "the one in town" ("den i stan"), by a shop they buy from on a
site ("från ett rosteri på nätet", "jag köpte på en sajt"), or by a name told first and taken
up by "där" ("att Max vid motorvägen, där tog det tjugo minuter"). Each reading here is one
such shape; a reading's words for this store (a town in its name, "här", "ni") are left to
`elsewhere`, which weighs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.domain.person_names import FIRST_NAMES, NICKNAMES

_PREMISES = re.compile(
    r"(?:kontor(?:et)?|studion?|varuhus(?:et)?|kaf[eé](?:et)?|caf[eé](?:et)?|\w{3,}hall(?:en)?|"
    r"hall(?:en)?|salong(?:en)?|\w*sjukhus(?:et)?|\w*antikvariat(?:et)?|\w*mack(?:en)?|"
    r"\w{3,}cent(?:er|ret|rum)|anläggning(?:en)?|verksta(?:d|den|n)|"
    r"\w*skolan?|\w*rosteri(?:et)?|firman?|företag(?:et)?|bageri(?:et)?|klinik(?:en)?|"
    r"kiosk(?:en)?|restaurang(?:en)?|gatuköke?t?|\w*mästaren?)"
)
"""A word for a business's premises or firm, or for the master who keeps a craft's shop
("glasmästaren", "bagarmästaren"): the whole word, a compound on it ("padelhallen",
"trafikskolan", "kafferosteriet") included."""


def premises(word: str) -> bool:
    """Whether `word` names a business by its premises or firm (`_PREMISES`)."""
    return _PREMISES.fullmatch(word) is not None


_OUR_PREMISES = re.compile(
    r"\b(?:[Ee]r|[Ee]rt|[Ee]ra|[Ee]ran)\s+(?:andra\s+)?(?P<noun>\w+)\s+(?:i|på)\s+"
    r"(?P<place>[A-ZÅÄÖ][\w'-]+)|"
    r"\b(?:hos|från) er\s+(?:i|på)\s+(?P<at>[A-ZÅÄÖ][\w'-]+)|"
    r"\b[Nn]i har (?:ju |också |även )?(?:en|ett) (?:annan |annat )?(?P<had>\w+) (?:i|på) "
    r"(?P<town>[A-ZÅÄÖ][\w'-]+)"
)


def our_premises_elsewhere(text: str, own: frozenset[str]) -> re.Match[str] | None:
    """Premises of this store's chain in a town not in its name: "ert kontor i Lidköping",
    "Er andra hall i Västerås", "ni har ju ett kafé i Härnösand", "köpte glasögon hos er i
    Växjö" — its "er" is the chain, not the store; "ert kafé i Borlänge" or "hos er i
    Borlänge" at a store named for Borlänge is this one."""
    for match in _OUR_PREMISES.finditer(text):
        noun = match.group("noun") or match.group("had")
        place = (match.group("place") or match.group("town") or match.group("at")).casefold()
        if (noun is None or premises(noun)) and place not in own:
            return match
    return None


# Here and below, "(?<!\S)" opens a word (the start, or after a space) in one assertion where
# "(?:^|(?<=\s))" took an alternation at every character, and a word before "\s+" is taken
# possessively ("++"): a space is never a letter, so giving letters back never helps. The
# same matches; a third fewer instructions for the three searches.
_IN_TOWN = re.compile(
    r"(?<!\S)(?P<noun>[\wåäö]++)\s+(?:(?:uppe|nere|inne|borta|ute)\s+)?(?:i|på)\s+"
    r"(?:stan|centrum|city|gallerian|köpcentret|köpcentrumet)\b|"
    r"(?:^|,\s+|\b(?:på|till|hos|från)\s+)(?:den|de|dom)\s+(?:där\s+)?"
    r"(?:(?:uppe|nere|inne|borta|ute)\s+)?i\s+stan\b"
)
_SINGLE = re.compile(r"\b\w*(?:sta|aste|enda|ende)\s+$")
"""A superlative or "enda" before the noun: "den bästa skräddaren i stan", "den enda
glasmästaren i stan" praise this store, the best or the only one in town."""


def in_town(folded: str, shop: Callable[[str], bool]) -> bool:
    """A business placed in town or a mall, or "the one in town" in apposition or after a
    preposition: "hallen inne i stan", "skräddaren i gallerian", "studion vid torget, den i
    stan" ("jag köpte det i stan" is where, not which) — not the best or only one there
    ("den bästa i stan"), and a premises or shop word (`shop`) only: "jag parkerade i stan"
    is the way."""
    for match in _IN_TOWN.finditer(folded):
        noun = match.group("noun")
        if _SINGLE.search(folded[: match.start()]):
            continue
        if noun is None or premises(noun) or shop(noun):
            return True
    return False


_ON_A_SITE = re.compile(
    r"\b(?:jag|vi) (?:köpte|beställde|köper|beställer|prenumererar)\b(?: [\w-]+){0,5}? "
    r"(?:på|från) (?:en|ett) (?:\w+ )?(?:sajt|webbsida|hemsida|app|sida|webbplats)\b|"
    r"\b(?:jag|vi) prenumererar\b(?: [\w-]+){0,5}? (?:på nätet|online)\b|"
    r"\b(?:från|hos|på) (?:en|ett) \w+ (?:på nätet|online)\b"
)


def on_a_site(folded: str) -> bool:
    """A shop the customer buys from on the net, indefinite: "från ett rosteri på nätet",
    "racketen jag köpte på en sajt", "jag prenumererar på kaffe … på nätet" — not this store's
    own site ("på er sajt") nor a bare purchase on the net, which may be its web shop."""
    return _ON_A_SITE.search(folded) is not None


_TAKEN_UP = re.compile(
    r"(?:^|\b(?:att|men|och)\s+)(?P<np>(?:[\w'-]+\s+){0,3}?[A-ZÅÄÖ][\w'-]+)\s+"
    r"(?:i|vid|på|nära|bredvid)\s+(?:[\w'-]+\s+)?(?P<place>[\w'-]+),\s+där\b"
)
_PRONOUNS = frozenset(("jag", "vi", "du", "ni", "han", "hon", "de", "dom", "den", "det", "man"))


def named_then_there(text: str, own: frozenset[str]) -> bool:
    """A name told first with its place and taken up by "där": "jag måste säga att Max vid
    motorvägen, där tog det tjugo minuter" is Max's. The name is a capital inside the
    sentence, or its first word placed in a town (`_town_name`), and not this store's."""
    for match in _TAKEN_UP.finditer(text):
        first = match.start("np") == 0 and " " not in match.group("np")
        if first and not _town_name(match.group("np"), match.group("place"), own):
            continue
        words = [w for w in match.group("np").split() if w[:1].isupper()]
        if match.start("np") == 0 and not first:
            words = words[1:] if text.startswith(words[0]) else words
        if words and all(w.casefold() not in own for w in words):
            return True
    return False


def _town_name(first: str, place: str, own: frozenset[str]) -> bool:
    """A sentence's first word placed in a town not in this store's name: "AniCura i
    Halmstad, där vi var med katten, skickade …" — a business there, not a pronoun ("Vi i
    Halmstad, där …")."""
    return place[:1].isupper() and place.casefold() not in own and first.casefold() not in _PRONOUNS


_NEIGHBOUR = re.compile(
    r"(?<!\S)(?P<noun>[^\W\d_]++)\s+(?:(?:bredvid|mittemot|intill)(?=\s*(?:$|[,.;:!?]|"
    r"(?:och|för|där|som|men|så|var|har|hade|är|fanns|först|också|innan|efter|i|på|till)\b))|"
    r"runt hörnet|i samma (?:hus|byggnad|köpcentrum|galleria)|"
    r"på andra sidan (?:gatan|vägen|torget|parkeringen)|tvärs över (?:gatan|vägen|torget)|"
    r"längre (?:ner|upp|bort) på gatan)"
)
_NEIGHBOUR_WORDS = frozenset(("bredvid", "mittemot", "intill", "hörnet", "samma", "sidan", "tvärs"))
_DESCRIBED = re.compile(
    r"(?<!\S)(?:(?:den|det)\s+(?P<adjectives>(?:[^\W\d_]+[ae]\s+){1,2})(?P<noun>[^\W\d_]+)"
    r"\s+(?:(?:uppe|nere|borta|ute)\s+)?(?:vid|nära|bakom|ovanför|nedanför)|"
    r"(?P<bare>[^\W\d_]++)\s+(?:uppe|nere|borta|ute)\s+(?:vid|nära))\s+"
    r"(?P<mark>[^\W\d_]+)"
)
_DESCRIBED_WORDS = frozenset(("vid", "nära", "bakom", "ovanför", "nedanför", "uppe", "nere", "ute"))
_INDOORS = frozenset(
    (
        "entrén", "ingången", "utgången", "kassan", "kassorna", "våningen", "övervåningen",
        "nedervåningen", "planet", "källaren", "trappan", "trapporna", "hissen", "lagret",
        "disken", "hyllan", "hyllorna", "gången", "gångarna", "fönstret", "fönstren", "väggen",
        "dörren", "dörrarna", "garaget", "parkeringen", "parkeringshuset", "gården",
    )
)  # fmt: skip
"""Places in or at a store's own premises: "det lilla kaféet vid entrén", "biltvätten nere
vid garaget" may be this store's own (an unlisted one is `unlisted`'s to weigh)."""
_STOP = re.compile(
    r"\b(?:(?:jag|vi)\s+(?:\w+\s+)?(?:var|gick|åkte|stannade|tankade|åt|handlade|fikade)|"
    r"(?:var|gick|åkte|stannade|tankade|åt|handlade|fikade)\s+(?:jag|vi))\s+"
    r"(?:in\s+|förbi\s+)?(?:på|till|i|hos)\s+(?:(?:den|det)\s+(?:\w+\s+)?)?(?P<noun>[^\W\d_]+)"
)
_TRIP = re.compile(
    r"\bpå vägen (?:hem|hit|dit|tillbaka|därifrån)\b|"
    r"\b(?:innan|före)\b(?!\s+(?:jag|vi|man|de|dom|han|hon|ni|du|det|den)\b)|"
    r"\b(?:innan|före|efter) (?:att )?(?:jag|vi) (?:kom|gick|åkte|körde)(?: in)? (?:hit|till er)\b"
)
"""A time of the trip told against this visit: on the way, before it ("jag var på apoteket
innan", "innan jag kom hit"); "efter rundan" or "efteråt" may be inside this store (its
restaurant after the round)."""
_TRIP_WORDS = frozenset(("vägen", "innan", "före", "efter", "först", "efteråt", "sen", "sedan"))
_ARRIVAL = re.compile(r"\b(?:hit|till er)\b")
"""Arriving here: "först" before it is a stop before this store ("jag var på apoteket först
och kom hit sent"), without it a first step of this visit ("först åt vi i restaurangen")."""
_CAME_AFTER = re.compile(
    r"\b(?:kom|åkte|gick|körde|cyklade) (?:\w+ )?(?:hit|till er) (?:\w+ )?"
    r"(?:efter|efteråt|sen|sedan)\b"
)
"""Arriving here after it: "jag var på vårdcentralen och kom hit direkt efter", "… och åkte
hit sen" — the stop told came first; "efter" opening a time clause before the arrival
("efter lunch kom jag hit") tells no stop."""
_HOS_AT = re.compile(r"\bhos [^\W\d_]+ (?:på|i) (?P<noun>[^\W\d_]+)")
"""A person at a business: "hos husläkaren på vårdcentralen", "hos frisören i gallerian"."""


def placed_apart(
    tokens: Sequence[str], folded: str, business: Callable[[str], bool], ours: Callable[[str], bool]
) -> bool:
    """Another business told by where it stands or when the customer went there, not by
    its name: next door ("sportaffären bredvid", "glassbaren runt hörnet", "djuraffären i
    samma hus", "hamburgerstället på andra sidan gatan"), described by a landmark ("den stora
    blomsteraffären vid rondellen", "det lilla stället vid torget", "antikvariatet nere vid
    ringmuren"), or a stop on the same trip ("på vägen hem stannade vi på bensinmacken",
    "innan jag kom hit var jag på kaféet", "jag var på apoteket först och kom hit", "jag var
    hos husläkaren på vårdcentralen och kom hit direkt efter"). `business` says
    whether a word names a business and not one of this store's departments, `ours` whether it
    names one of them: "kaféet bredvid kassan", "den nya kassan vid entrén", "restaurangen
    uppe vid banorna" or "efteråt gick vi till verkstaden" are here."""
    if not _NEIGHBOUR_WORDS.isdisjoint(tokens):  # cheap gates: a reading's words first
        for match in _NEIGHBOUR.finditer(folded):
            if business(match.group("noun")):
                return True
    if not _DESCRIBED_WORDS.isdisjoint(tokens):
        for match in _DESCRIBED.finditer(folded):
            noun = match.group("noun") or match.group("bare")
            adjectives = match.group("adjectives") or ""
            if (
                business(noun)
                and _SINGLE.search(adjectives) is None
                and match.group("mark") not in _INDOORS
                and not ours(match.group("mark"))
            ):
                return True
    if (
        not _TRIP_WORDS.isdisjoint(tokens)
        and ("jag" in tokens or "vi" in tokens)
        and (
            _TRIP.search(folded) is not None
            or ("först" in tokens and _ARRIVAL.search(folded) is not None)
            or _CAME_AFTER.search(folded) is not None
        )
    ):
        stops = [m.group("noun") for m in _STOP.finditer(folded)]
        if stops:
            stops += [m.group("noun") for m in _HOS_AT.finditer(folded)]
        return any(map(business, stops))
    return False


_CAME_FROM = re.compile(
    r"\b(?:jag|vi)\s+(?:kom|åkte|gick|körde|cyklade)\s+(?:(?:direkt|precis|just)\s+)?från\s+"
    r"(?:(?:den|det)\s+(?:[^\W\d_]+\s+)?)?(?P<noun>[^\W\d_]+)"
)
_CAME_WORDS = frozenset(("kom", "åkte", "gick", "körde", "cyklade"))


def came_from(tokens: Sequence[str], folded: str, business: Callable[[str], bool]) -> str | None:
    """The business the customer came here from, a stop before this visit as one told by
    "innan" or "först" is (`placed_apart`): "jag kom direkt från macken vid riksvägen", "vi
    åkte från frisören" — its word then names another store for the rest of the call ("säg
    till macken att …"). Not a place of no business ("jag kom från jobbet") nor, as
    `business` says, one of this store's departments ("vi gick från bageriet till kassan")."""
    if "från" not in tokens or _CAME_WORDS.isdisjoint(tokens):
        return None
    for match in _CAME_FROM.finditer(folded):
        if business(match.group("noun")):
            return match.group("noun")
    return None


_INSTITUTION = re.compile(
    r"\w*(?:bibliotek(?:et)?|kommun(?:en)?|vårdcentral(?:en)?|bank(?:en)?|posten|"
    r"terminal(?:en)?|flygplats(?:en)?|myndighet(?:en)?|polis(?:en)?|region(?:en)?|"
    r"lasarett(?:et)?|sjukhus(?:et)?|landsting(?:et)?|akuten|\w{3,}vård(?:en)?|vården|"
    r"\w{3,}kontor(?:et)?|\w{3,}verket|försäkringskassan|\w{3,}förvaltning(?:en)?|staten|"
    r"\w{2,}bolag(?:et)?|\w{3,}trafik(?:en)?)"
)
"""A public body, a hospital or a carrier's premises ("biblioteket", "kommunen",
"vårdcentralen", "lasarettet", "gatukontoret", "Trafikverket", "busbolaget", "länstrafiken",
"terminalen"): no shop, and never this store."""


def institution(word: str) -> bool:
    """Whether `word` names a public body, a hospital or a carrier (`_INSTITUTION`)."""
    return _INSTITUTION.fullmatch(word) is not None


_NP = (
    r"(?:när (?:jag|vi) (?:\w+\s+)?(?:var|gick|åkte|handlade|besökte|kom)\s+(?:in\s+)?"
    r"(?:på|hos|i|till)\s+)?"
    r"(?P<np>(?P<name>[A-ZÅÄÖ][\w'-]*(?:\s+[A-ZÅÄÖ][\w'-]*)?)(?:\s+(?P<after>[a-zåäö][\w-]+))?|"
    r"(?P<noun>[a-zåäö][\w-]+))"
    r"(?:\s+(?:här|där|uppe|nere|borta|ute))?(?:\s+(?:i|på|vid)\s+(?:[A-ZÅÄÖ][\w'-]+|"
    r"(?P<at>[a-zåäö][\w-]+)))?"
)
"""The subject declared: a name or a noun, placed ("i Nässjö", "på lasarettet"), or the
customer's visit to it ("när jag var på …")."""
_SUBJECT_SET = re.compile(
    r"\b[Dd]et (?:jag|vi) (?:\w+\s+){0,2}?(?:vill|ville|skulle vilja) (?:\w+\s+)?"
    r"(?:(?:prata|klaga|berätta|tala) om|klaga på) (?:är|var)\s+" + _NP + "|"
    r"\b[Dd]et (?:är|var) inte (?:ert|er|era|ni)\b[^,.;!?]*[,;]\s*(?:utan|det (?:är|var))\s+"
    + _NP.replace("?P<", "?P<b_")
    + "|"
    r"\b[Dd]et (?:är|var) "
    + _NP.replace("?P<", "?P<c_")
    + r" som (?:(?:ska|borde|bör) (?:ha|få) (?:kritiken|skulden|klagomålet|klagomålen)|"
    r"(?:måste|borde|bör|ska|behöver) (?:\w+ )?(?:bli bättre|skärpa sig|ta tag|ändra|fixa|"
    r"göra något|ta ansvar|lösa))|"
    r"\b[Dd]et (?:\w+\s+)?(?:stora |största |verkliga |egentliga |enda )?problemet (?:är|var)\s+"
    + _NP.replace("?P<", "?P<d_")
    + "|"
    r"\b[Ff]elet (?:ligger|låg) (?:hos|på)\s+" + _NP.replace("?P<", "?P<e_")
)
_SUBJECT_WORDS = frozenset(("prata", "klaga", "berätta", "tala", "inte", "kritiken", "skulden"))
_SUBJECT_WORDS |= frozenset(("klagomålet", "klagomålen", "problemet", "felet", "som"))
_PERSONS = FIRST_NAMES | NICKNAMES


def declared_subject(
    text: str,
    tokens: Sequence[str],
    own: frozenset[str],
    business: Callable[[str], bool],
) -> tuple[set[str], tuple[int, int]] | None:
    """Another business or body the customer says the call is about, and where it is said:
    "det jag egentligen vill prata om är biblioteket här i stan", "det jag vill klaga på är
    banken vid torget", "det är inte ert ombud jag
    är arg på, det är PostNords terminal i Nässjö", "det är Telia som ska ha kritiken". The
    subject is a capitalised name not of this store's nor a person's, or a word for a
    business or a public body (`business`, `_INSTITUTION`): "det jag vill prata om är
    kassan", "… är personalen" or "… är Anna i kassan" is this store."""
    if _SUBJECT_WORDS.isdisjoint(tokens) or "det" not in tokens:
        return None
    for match in _SUBJECT_SET.finditer(text):
        groups = {k.split("_")[-1]: v for k, v in match.groupdict().items() if v is not None}
        name, noun = groups.get("name"), groups.get("noun")
        if name is not None:
            if name.split()[0].casefold() in _PERSONS:
                continue
            words = {w.casefold() for w in name.split()}
            words |= {w[:-1] for w in words if w.endswith("s") and len(w) > 4}
            if own.isdisjoint(words):
                after = groups.get("after")
                return words | ({after} if after else set()), match.span()
        elif noun is not None and (business(noun) or _INSTITUTION.fullmatch(noun)):
            return {noun}, match.span()
        at = groups.get("at")
        if at is not None and (business(at) or _INSTITUTION.fullmatch(at)):
            return {at} | ({noun} if noun else set()), match.span()
    return None
