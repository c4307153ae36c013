"""Another business told by how its noun is introduced, not by a name or a shop word.

This store is always known to the customer and the agent: it is talked of as "ni", "er",
"här", by its name or with a definite noun ("butiken", "verkstaden"). A business of any trade
that is introduced otherwise is not this one (`offline-28`):

- **indefinite**, after a place word, in the customer's own account: "jag var på en liten
  cykelverkstad", "vi åt på ett kafé", "jag gjorde synundersökningen hos en kedja i Borås",
  "köpte den från en firma i Gävle" — not a likeness or a comparison ("som på ett riktigt
  bageri", "bättre än i en vanlig butik"), nor shops at large ("man får sällan sån hjälp i en
  butik", "jag har aldrig varit i en så fin affär", "det bästa besöket jag haft i en
  matbutik"), nor where the customer works ("jag jobbar på en skola");
- **someone else's**, owned in the genitive: "sportkedjans varuhus", "Lasses verkstad", "min
  systers frisör", "kommunens bibliotek" — not this store's own name ("Cykelbodens
  verkstad") nor "butikens" or one of its departments;
- **a private place** where someone else did something: "min kompis lagar allt i sitt
  garage", "i hans kök", "hemma hos Lasse", "hos min syster i Hallstavik" — a person's home,
  where no shop's service is given; not where the customer used this store's goods ("vi
  griljerade den hos min bror").

Each reading gives the town it is placed in, when it is ("en optiker i Arvika"), so that the
town said again later in the call is still that business. `elsewhere` weighs a sentence's
words for this store against it, as for any other store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.adapters.offline.patterns import listed

_PLACE_WORDS = listed("på hos i från vid till")
_BACK_OBJECTS = listed("det så sånt sådant den dem dom")
_HAVING = listed("har hade gör gjorde finns fanns säljer sålde")
"""A sentence that opens on what was just said and where it is had ("Det har de i en
bokhandel jag går till", "Så gör de på ett kafé i Falun", after "häng upp ett
förstoringsglas vid hyllan") cites another business as the source of an idea for this one:
it tells no visit there."""
_ARTICLES = listed("en ett")
_INDEFINITE = re.compile(
    r"(?<!\S)(?P<prep>på|hos|i|från|vid)\s+(?:en|ett)\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
)
_AFTER = re.compile(r"\s+(?:(?:uppe|nere|borta|ute|inne)\s+)?(?:i|på)\s+(?P<place>[A-ZÅÄÖ][\w'-]+)")
"""A business introduced with an indefinite article after a place word: "på en liten
cykelverkstad", "hos en kedja i Borås": its noun is the first of the three words after the
article that names a business, and its place (`_AFTER`) what follows that noun."""
_CHAIN = listed("kedja")
"""A chain is a business only after "hos": "hos en kedja i Borås" (a bicycle's chain is
"på en kedja")."""
_LIKENESS = listed("som än likt liksom såsom precis typ")
"""Words of a likeness or comparison before the place word: "som på ett riktigt bageri",
"bättre än i en vanlig butik"."""
_AT_LARGE = listed(
    "aldrig sällan förut någonsin man generellt kostar finns säljs kan skulle borde bör"
)
"""Words of shops at large or what might be: "man får sällan sån hjälp i en butik", "jag har
aldrig varit i en så fin affär", "det kostar en femtiolapp i en byggvaruhandel", "det finns i
en vanlig järnhandel", "jag kan köpa det på en mack" tell of no particular business."""
_WORK = listed("jobbar jobbade arbetar arbetade pluggar pluggade studerar studerade praktiserar")
"""Where the customer works or studies ("jag jobbar på en skola, så jag handlar efter fyra")
tells who they are, not a business they visited."""
_SUPERLATIVE = ("sta", "aste", "enda", "ende")
"""A superlative before the business ranks this store among shops at large: "det bästa
besöket jag haft i en matbutik", "den trevligaste personal jag mött på ett apotek"."""
_TELLER = listed("jag vi min mitt mina vår vårt våra")
"""An indefinite business is told of by the customer ("jag var på en liten verkstad", "min
bukett kom från en florist"), or after "hos", which always places a visit or a purchase."""
_OWNED = re.compile(
    r"(?<!\S)(?:(?P<pron>min|mitt|mina|hans|hennes|vår|vårt|deras|sin|sitt)\s+)?"
    r"(?P<owner>[^\W\d_]{3,}:?s)\s+(?:(?:[^\W\d_]+[ae]|nya|gamla|lilla|stora)\s+)?"
    r"(?P<noun>[^\W\d_]{3,})(?P<after>\s+(?:(?:uppe|nere|borta|ute|inne)\s+)?(?:i|på)\s+"
    r"(?P<place>[A-ZÅÄÖ][\w'-]+))?"
)
"""A business in the genitive of its owner: "sportkedjans varuhus i Västerås", "Lasses
verkstad", "min systers frisör", "Biltema:s verkstad"."""
_GENITIVE_GAP = re.compile(r"s\s")
"""What `_OWNED` needs at least, searched first because it is cheap."""
_OWNERS = ("kedjans", "konkurrentens", "kommunens", "regionens", "grannens", "statens")
"""Owners in lower case that are never this store: a chain, a competitor, a public body, a
neighbour. Any other lower-case owner needs a person's possessive before it ("min systers")."""
_PRIVATE = re.compile(
    r"(?<!\S)(?:(?:i|på|hos)\s+(?:sitt|sin|hans|hennes|deras|sina)\s+(?:egna?\s+)?"
    r"(?:garage|kök|källare|förråd|hem|lägenhet|hus|stuga|trädgård|vardagsrum|hall|bod)|"
    r"hemma\s+hos\s+[^\W\d_]+|"
    r"hos\s+(?:min|mitt|mina|vår|vårt|våra)\s+(?:[^\W\d_]+[ae]\s+)?(?P<kin>[^\W\d_]+))"
    r"(?P<after>\s+(?:i|på)\s+(?P<place>[A-ZÅÄÖ][\w'-]+))?"
)
"""A private place: "i sitt garage", "i hans kök", "hemma hos Lasse", "hos min syster i
Hallstavik"."""
_KIN = listed(
    """kompis kompisar vän vänner väninna polare bror bröder brorsa syster systrar syrran
    svåger svägerska granne grannar pappa mamma far mor farmor mormor farfar morfar son
    söner dotter döttrar kusin kollega kollegor sambo fru man make maka svärmor svärfar
    moster faster morbror farbror föräldrar släkt släktingar flickvän pojkvän barn"""
)
_FIRST_PERSON = listed("jag vi")
"""A private place where the customer did something ("vi griljerade den hos min bror") tells
where this store's goods were used; one where someone else did ("min kompis lagar allt i sitt
garage") tells of a service given elsewhere."""
_PRIVATE_WORDS = listed("sitt sin hans hennes deras sina hemma min mitt mina vår vårt våra")


_IN_A_TOWN = re.compile(
    r"\b(?:(?:jag|vi)\s+(?:\w+\s+)?(?:var|åkte|reste|körde|kom)|(?:var|åkte|reste|körde|kom)\s+"
    r"(?:jag|vi))\s+(?:(?:upp|ner|bort|ut|över)\s+)?(?:(?:uppe|nere|borta|ute|inne)\s+)?"
    r"(?:i|till)\s+(?P<place>[A-ZÅÄÖ][\w'-]+)"
)
_TRAVEL = listed("var åkte reste körde kom")


def in_a_town(
    text: str, tokens: Sequence[str], own: frozenset[str], business: Callable[[str], bool]
) -> set[str] | None:
    """A business in a town the customer was in, told in the same sentence: "när jag var i
    Västerås gick jag in på sportaffären", "vi var uppe i Sundsvall och åt på restaurangen
    vid torget" — any word for a business there (`business`) is that town's, not this
    store's, unless the town is in this store's name. The town's words, or None."""
    if _TRAVEL.isdisjoint(tokens) or _FIRST_PERSON.isdisjoint(tokens):
        return None
    for match in _IN_A_TOWN.finditer(text[:1].lower() + text[1:]):
        place = match.group("place").casefold()
        if place in own:
            continue
        if any(business(token) for token in tokens):
            return {place}
    return None


def _business_word(match: re.Match[str], business: Callable[[str], bool]) -> int | None:
    """Where the first business noun of an indefinite phrase (`_INDEFINITE`) ends."""
    at = match.start("words")
    for index, word in enumerate(match.group("words").split()):
        at = match.string.index(word, at) + len(word)
        noun = word.casefold()
        if index == 0 and noun in _PLACES:
            return None  # "samla allt på ett ställe"
        if business(noun) or (noun in _CHAIN and match.group("prep") == "hos"):
            return at
        if noun in _FUNCTION or not (noun in _SIZES or noun.endswith(_ADJECTIVE_ENDS)):
            return None
    return None


_PLACES = listed("ställe stället")
"""A bare "ett ställe" is a spot ("samla allt på ett ställe"), a business only described
("ett litet ställe vid torget")."""
_SIZES = listed("liten litet stor stort ny nytt gammal gammalt annan annat")
_ADJECTIVE_ENDS = ("a", "e", "ig", "igt", "ad", "at", "sk", "skt", "isk", "iskt")
_FUNCTION = listed("de se ta dra sa var ja nja")
"""Words before a business noun must read as adjectives ("en liten", "ett trevligt", "en
vanlig"): "på en gång till kaféet" is a time, not a café."""


def _place(match: re.Match[str], own: frozenset[str]) -> set[str] | None:
    """The town a business is placed in, as the words a later sentence names it by; None
    when the town is this store's own (then the business may be this one)."""
    place = match.group("place")
    if place is None:
        return set()
    word = place.casefold()
    return None if word in own else {word}


def introduced(
    text: str,
    tokens: Sequence[str],
    own: frozenset[str],
    business: Callable[[str], bool],
    ours: Callable[[str], bool],
) -> set[str] | None:
    """Another business the sentence introduces (module docstring), as the town words it is
    placed in (an empty set when it is placed nowhere), or None. `business` says whether a
    word names a business, `ours` whether it names one of this store's departments: an
    indefinite one is still another business's ("en liten cykelverkstad" at a bicycle shop
    with a workshop), one in a genitive may be this store's ("mekanikerns verkstad")."""
    found: set[str] | None = None
    if len(tokens) > 1 and tokens[0] in _BACK_OBJECTS and tokens[1] in _HAVING:
        return None
    if not _ARTICLES.isdisjoint(tokens) and not _PLACE_WORDS.isdisjoint(tokens):
        folded = text.casefold()
        opened = " " + text[:1].lower() + text[1:]
        for match in _INDEFINITE.finditer(opened):
            noun_at = _business_word(match, business)
            if noun_at is None:
                continue
            if match.group("prep") != "hos" and _TELLER.isdisjoint(tokens):
                continue
            before = tokens_before(folded, match.start("prep"))
            if not _LIKENESS.isdisjoint(before[-3:]) or not _AT_LARGE.isdisjoint(tokens):
                continue
            if not _WORK.isdisjoint(before) or any(w.endswith(_SUPERLATIVE) for w in before):
                continue  # "det bästa besöket jag haft i en matbutik på flera år"
            rest = opened[noun_at:]
            if rest.startswith((" som ", ", som ")):
                continue  # "i en butik som den här"
            after = _AFTER.match(rest)
            place = _place(after, own) if after is not None else set()
            if place is not None:
                found = (found or set()) | place
    if _GENITIVE_GAP.search(text):  # an owner "…s" before its noun; "Biltema:s" too
        for match in _OWNED.finditer(text):
            owner, noun = match.group("owner"), match.group("noun").casefold()
            folded_owner = owner.casefold()
            bare = folded_owner[:-1].rstrip(":")
            if folded_owner in own or bare in own or not business(noun) or ours(noun):
                continue
            capital = owner[:1].isupper() and match.start("owner") > 0
            if not (capital or match.group("pron") or folded_owner.endswith(_OWNERS)):
                continue
            place = _place(match, own)
            if place is not None:
                found = (found or set()) | place
    if not _PRIVATE_WORDS.isdisjoint(tokens) and _FIRST_PERSON.isdisjoint(tokens):
        for match in _PRIVATE.finditer(text[:1].lower() + text[1:]):
            kin = match.group("kin")
            if kin is not None and kin.casefold() not in _KIN:
                continue
            found = (found or set()) | (_place(match, own) or set())
    return found


def tokens_before(folded: str, end: int) -> list[str]:
    """The words of `folded` before `end` (one space was put before the text searched)."""
    return folded[: max(0, end - 1)].replace(",", " ").split()
