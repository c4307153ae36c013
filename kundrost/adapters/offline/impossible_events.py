"""Impossible events: what cannot happen in a store, whatever words the customer uses.

Read clause by clause, each kind of event counts once per clause:

- paying with what is not money, or getting it as change: "betalade med en snöboll",
  "betalade med en visslande sten", "fick två solnedgångar i växel" — snow, stones, sunsets,
  rainbows, stars, clouds, leaves, shells, feathers, smiles, hugs, poems, songs, dreams;
- time running backwards: the queue or time going "baklänges" or "bakåt" ("kön gick
  baklänges"), or leaving before having even come in ("ute innan jag ens hade kommit in");
- a door to a far place: a door, portal or tunnel to Lapland, Narnia, the moon, another
  world or an age long gone ("frysen var en dörr till Lappland"), or coming out of a
  fixture there ("gick in i frysen och kom ut i Lappland");
- a fixture where no fixture can be: a till, shelf, counter, freezer or department at the
  bottom of a lake or the sea, in the clouds, in space, on the moon or up a tree;
- weather inside food or drink: rain, snow, hail, thunder or storms in a cup, a glass or a
  dish ("det regnade inne i min latte"), or snow, hail or thunder inside the store ("det
  snöade inne i butiken") — weather on the goods outside ("regnade på frukten") is an
  ordinary complaint, and rain indoors may be a leaking roof;
- a machine or a thing reading thoughts: "självscanningen läser av vad man tänker på" (a
  person who "läste mina tankar" is an attentive one);
- what no body can be or do: a person with three arms or two heads ("kassörskan hade åtta
  armar"), dying and coming back, being in two places at once, goods
  floating in the air ("alla paket svävade i luften");
- an animal doing a shop assistant's job ("en hund satt i kassan och tog betalt",
  "papegojan vägde upp räkorna");
- coming from or going to where no one goes ("pendlar från månen", "direkt från
  medeltiden"), not a likeness or a wish;
- moving two opposite ways at once: "skidorna glider åt båda hållen samtidigt" (a door
  that opens both ways does so in turn).

The old-shop idiom "som att kliva bakåt i tiden" and a flooded floor ("stod under vatten")
are left alone.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import WordPatterns, listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.subjects import PERSON, kind_of_word
from kundrost.adapters.offline.swedish import Vocabulary

MONEY_LIKE, FAR, DEPTH, WEATHER = "money", "far", "depth", "weather"
_WORDS: WordPatterns[str] = WordPatterns.of(
    {
        MONEY_LIKE: """snöboll* sten stenen stenar stenarna småsten* kiselsten* solnedgång*
            soluppgång* regnbåg* stjärna stjärnan stjärnor* moln molnet löv löven kotte
            kotten kottar* snäcka snäckan snäckor* fjäder fjädern fjädrar* leende leendet
            leenden kram kramar kramen dikt dikten dikter* sång sången sånger* dröm drömmen
            drömmar* regndropp* snöfling* solstrål* månsken*""",
        FAR: """lappland* narnia månen rymden nordpolen sydpolen antarktis sahara djungeln hawaii
            kina japan australien afrika amerika egypten himalaya atlantis grönland thailand
            dimension dimensionen planet planeten medeltiden stenåldern vikingatiden""",
        DEPTH: """sjö sjön sjöar sjöbotten havet havsbotten havets älven floden brunnen
            vulkan* molnen skyn trädtopp* trädkron*""",
        WEATHER: """regnade regnar regn regnet snöade snöar snöstorm* haglade haglar hagel
            haglet åskade åskar åska åskan blixtrade blixtrar stormade stormar""",
    }
)
_PAYING = listed("betalade betala betalar betalat swishade köpte handlade")
_CHANGE = listed("växel växeln växelpengar")
_MANNER = listed("leende kram sång dikt")
_OUTSIDE = listed("ute utomhus utanför")
"""Weather said to be outside ("det var snöstorm ute och skönt att ha något inomhus att
göra") is the weather."""
_ARTICLES = listed("en ett")
_PAID = listed("betalade betala betalar betalat swishade")
_BACKWARDS = listed("baklänges bakåt")
_TIME = listed("kö kön köer köerna tid tiden klockan dagen timmarna minuterna")
_PORTALS = listed(
    "dörr dörren portal portalen port porten tunnel tunneln passage genväg ledde leder"
)
_LANDING = listed("hamnade landade")
_INDOORS = (("inne", "i"), ("i", "butiken"), ("i", "affären"))
"""Snow, hail or thunder inside the store; rain may come in through a leaking roof."""
_COMING_OUT = {"kom": "ut", "klev": "ut", "dök": "upp"}
_BOTH_WAYS = re.compile(
    r"\b(?:båda hållen|två håll|båda riktningarna|två riktningar|framåt och bakåt|"
    r"bakåt och framåt) (?:på en gång |)samtidigt\b"
)
_UNREACHABLE = listed("månen rymden narnia atlantis medeltiden stenåldern vikingatiden sagolandet")
"""Places no one comes from or goes to on an errand (Japan is far, but real)."""
_EVENT_TOKENS = frozenset(
    {"innan", "samtidigt", "tänker", "tänkte", "tankar", "tankarna", "armar", "händer", "ben",
     "fötter", "ögon", "huvuden", "livet", "liv",
     "återuppstod", "luften", *_UNREACHABLE, "hund", "hunden", "katt", "katten", "häst",
     "hästen", "kon", "grisen", "kaninen", "älgen", "renen", "geten", "papegojan", "kråkan",
     "måsen", "ekorren", "älg", "bin", "bina", "biet", "getter", "hästar", "hundar", "katter"}
)  # fmt: skip
_MIND_READING = re.compile(
    r"\b(?:läser|läste|läst|känner|kände|känt|scannar|scannade|skannar|skannade) (?:av )?"
    r"(?:vad (?:man|jag|vi|kunden|folk) (?:tänker|tänkte)|(?:mina|dina|våra|ens|kundens) "
    r"tankar)\b"
)
_BODY = re.compile(r"\b(?P<n>\w+) (?P<part>armar|händer|ben|fötter|ögon|huvuden)\b")
_PERSONS = listed(
    """hon han jag kassörskan kassören killen tjejen personalen expediten kvinnan mannen
    bagaren slaktaren butikschefen"""
)
_BEYOND_LIFE = re.compile(
    r"\b(?:(?:jag|vi|hon|han) (?:\w+ ){0,2}"
    r"(?:tillbaka till livet|vaknade till liv igen|återuppstod)|på två ställen (?:på en gång|"
    r"samtidigt)|samtidigt (?:var|stod) jag (?:i|på|vid) |svävade (?:\w+ ){0,2}i luften)"
)
_ANIMAL_AT_WORK = re.compile(
    r"\b(?:hund|hunden|hundar|katt|katten|katter|häst|hästen|hästar|kon|grisen|kaninen|älg|"
    r"älgen|renen|geten|getter|papegojan|kråkan|måsen|ekorren|bin|bina|biet)\b "
    r"(?:(?!när |medan |där |eftersom |jag |vi |han |hon |de |dom |ni )\w+ ){0,4}?"
    r"(?:tog betalt|scannade|skannade|slog in|expedierade|räknade (?:upp|ut)|svarade|berättade|"
    r"förklarade|rekommenderade|vägde upp|lämnade ut|delade ut|skrev upp|tog (?:emot )?(?:min|"
    r"vår|er) (?:beställning|bokning|betalning)|önskade (?:oss|mig) välkomn\w*)\b"
)
"""An animal doing a shop assistant's job: "en hund satt i kassan och tog betalt", "en älg
i receptionen som lämnade ut nycklarna", "hästen … skrev upp min beställning" — not
across another subject ("hunden satt bredvid när hon tog betalt")."""
_WISHING = listed("som skulle kunde vill ville kan önskar drömmer drömde")
_LYING = listed("låg ligger stod står fanns hängde")
_IN = listed("i inne inuti ur uppe")
_DETERMINERS = listed("i min mitt mina en ett den det dom de hela")
_VESSELS = ("kopp", "koppen", "glas", "glaset", "mugg", "muggen", "tallrik", "tallriken", "skål",
            "skålen")  # fmt: skip
_NOT_FOOD = ("Hygien och hushåll", "Verktyg", "Blommor och trädgård", "Färg och tapet")
_FIXTURES: Vocabulary[str] = Vocabulary(
    (word, word) for word in listed("kassa hylla disk frys kyl skåp kundvagn vagn korg")
)
_LEFT_BEFORE_ENTERING = re.compile(
    r"\b(?:ut|ute|hem|därifrån)\b.*\binnan (?:jag|vi|man|hon|han) ens (?:hade |har )?"
    r"(?:gått|kommit|klivit|varit|kom|gick) in\b"
)
_PREPOSITIONS = listed("i på vid från till med av för om under över ur bakom")
_FLOWING = listed(
    "rann rinner runnit flöt flyter droppade droppar föll faller forsade forsar strömmade"
)
_UPWARD = re.compile(r"\b(?:uppåt|upp (?:i|mot|till|genom) taket|uppför väggen)\b")


def _word(token: str) -> str | None:
    return _WORDS.lookup(token)


def event_kind(token: str) -> str | None:
    """What an impossible event may use a word as: money-like, a far place, a depth, weather."""
    return _WORDS.lookup(token)


def _edible(token: str) -> bool:
    group = PRODUCT_WORDS.lookup(token)
    return token.endswith(_VESSELS) or (group is not None and group not in _NOT_FOOD)


def _pays_with_nothing(tokens: tuple[str, ...], kinds: list[str | None]) -> bool:
    if MONEY_LIKE not in kinds:
        return False
    if not _CHANGE.isdisjoint(tokens) and any(
        kind == MONEY_LIKE and not _in_manner(tokens, index) for index, kind in enumerate(kinds)
    ):
        return True
    for index, token in enumerate(tokens):
        if token in _PAYING:
            means = [i for i in range(index + 1, min(index + 3, len(tokens))) if tokens[i] == "med"]
            if means and any(
                kinds[at] == MONEY_LIKE and (token in _PAID or not _in_manner(tokens, at))
                for at in range(means[0] + 1, min(means[0] + 4, len(tokens)))
            ):
                return True
    return False


def _in_manner(tokens: tuple[str, ...], index: int) -> bool:
    """A smile, a hug or a song in "med ett (stort) leende" tells how something was done
    ("gav mig växeln med ett leende", "handlade med en sång på läpparna"), not what paid;
    after a verb of paying it is still what paid ("betalade med en kram")."""
    if tokens[index] not in _MANNER:
        return False
    return any(
        index > gap and tokens[index - gap - 1] == "med" and tokens[index - gap] in _ARTICLES
        for gap in (1, 2)
    )


def _time_reversed(tokens: tuple[str, ...], phrase: str) -> bool:
    backwards = next((i for i, t in enumerate(tokens) if t in _BACKWARDS), None)
    if backwards is not None and tokens[backwards + 1 : backwards + 3] != ("i", "tiden"):
        for index in range(backwards):
            if tokens[index] in _TIME and (index == 0 or tokens[index - 1] not in _PREPOSITIONS):
                return True
    return "innan" in tokens and _LEFT_BEFORE_ENTERING.search(phrase) is not None


def _far_door(tokens: tuple[str, ...], kinds: list[str | None], fixture: bool) -> bool:
    portal = not _PORTALS.isdisjoint(tokens)
    for index, token in enumerate(tokens):
        ahead = kinds[index + 1 : index + 5]
        if FAR not in ahead:
            continue
        if token == "till" and portal and FAR in ahead[:2]:
            return True
        arriving = token in _LANDING or tokens[index + 1 : index + 2] == (_COMING_OUT.get(token),)
        if fixture and arriving:
            return True
    return False


def _fixture_in_nature(tokens: tuple[str, ...], kinds: list[str | None], fixture: bool) -> bool:
    if not fixture or _LYING.isdisjoint(tokens):
        return False
    return any(
        kind in (DEPTH, FAR) and tokens[index - 1] in ("i", "på", "av", "en", "ett", "uppe")
        for index, kind in enumerate(kinds)
        if index
    )


def _weather_inside(tokens: tuple[str, ...], kinds: list[str | None]) -> bool:
    start = next((i for i, kind in enumerate(kinds) if kind == WEATHER), None)
    if start is None or not _OUTSIDE.isdisjoint(tokens[start + 1 : start + 3]):
        return False
    indoors = (
        any(tokens[i : i + 2] in _INDOORS for i in range(start + 1, len(tokens) - 1))
        or "inomhus" in tokens[start + 1 :]
    )
    if indoors and not tokens[start].startswith("regn"):
        return True
    for index in range(start + 1, len(tokens)):
        if tokens[index] not in _IN:
            continue
        rest = index + 1
        while rest < len(tokens) and tokens[rest] in _DETERMINERS:
            rest += 1
        if rest < len(tokens) and _edible(tokens[rest]):
            return True
    return False


def _flowing_up(tokens: tuple[str, ...], phrase: str) -> bool:
    """A liquid running or falling upwards: "det rann uppåt, ut ur koppen och upp i taket"."""
    return not _FLOWING.isdisjoint(tokens) and _UPWARD.search(phrase) is not None


def _mind_read(tokens: tuple[str, ...], phrase: str) -> bool:
    """A machine or a thing reading thoughts: "den läser av vad man tänker på",
    "självscanningen läste mina tankar" — not a person who "läste mina tankar", which is how
    one praises an attentive shop assistant."""
    found = _MIND_READING.search(phrase)
    if found is None:
        return False
    before = phrase[: found.start()].split()
    return not any(kind_of_word(word) == PERSON for word in before)


def _from_nowhere(tokens: tuple[str, ...]) -> bool:
    """Coming from or going to where no one goes: "kassörskan pendlar från månen", "killen
    kom direkt från medeltiden" — not a likeness or a wish ("som från en annan planet", "jag
    kunde flyga till månen")."""
    return any(
        token in _UNREACHABLE
        and index
        and tokens[index - 1] in ("från", "till")
        and _WISHING.isdisjoint(tokens[max(0, index - 5) : index])
        for index, token in enumerate(tokens)
    )


def _animal_at_work(phrase: str) -> bool:
    """An animal taking payment, scanning, weighing or explaining (module docstring); a dog
    in the shop ("en hund satt vid kassan") is only a dog."""
    return _ANIMAL_AT_WORK.search(phrase) is not None


def _beyond_a_body(tokens: tuple[str, ...], phrase: str) -> bool:
    """What no body can be or do: a person with three arms or eyes or two heads ("kassörskan
    hade åtta armar"; an octopus at the fish counter has eight), dying and coming back,
    being in two places at once, goods floating in the air ("personalen var osynlig" is an
    idiom for staff nowhere to be seen)."""
    if _BEYOND_LIFE.search(phrase) is not None:
        return True
    if _PERSONS.isdisjoint(tokens):
        return False
    for found in _BODY.finditer(phrase):
        count = word_value(found.group("n"))
        if count is not None and count >= (2 if found.group("part") == "huvuden" else 3):
            return True
    return False


def _both_ways(tokens: tuple[str, ...], phrase: str) -> bool:
    """Moving two opposite ways at once: "glider åt båda hållen samtidigt"."""
    return "samtidigt" in tokens and _BOTH_WAYS.search(phrase) is not None


def is_event_word(token: str) -> bool:
    """Whether a word is one an impossible event needs, so that a clause without one can be
    skipped."""
    return (
        token in _EVENT_TOKENS
        or token in _BACKWARDS
        or token in _FLOWING
        or _word(token) is not None
    )


def impossible_events(tokens: tuple[str, ...], store: StoreDepartments) -> int:
    """How many kinds of impossible event one clause tells of (module doc)."""
    kinds = [_word(token) for token in tokens]
    fixture = any(_FIXTURES.lookup(t) or store.named(t) for t in tokens)
    phrase = " ".join(tokens)
    return (
        _pays_with_nothing(tokens, kinds)
        + _time_reversed(tokens, phrase)
        + _flowing_up(tokens, phrase)
        + _far_door(tokens, kinds, fixture)
        + _fixture_in_nature(tokens, kinds, fixture)
        + _weather_inside(tokens, kinds)
        + _both_ways(tokens, phrase)
        + _mind_read(tokens, phrase)
        + _beyond_a_body(tokens, phrase)
        + _from_nowhere(tokens)
        + _animal_at_work(phrase)
    )
