"""Goods dealing: things that rent, book, order, pay, buy, lend or swap other things.

A word salad made of the store's own words reads fluently ("Slangen dubbade depositionen
medan sadeln hyrde en lampa", "punkteringen bokade kedjan och hjälmväggen växlade till
Swish", "vevaxeln bytte pedalen och lampan"), but its subjects are parts and goods doing what
only a customer or the staff do: dealings. Half a point of nonsense (`surreal`) each, so one
such clause is a slip of the tongue and two make the account nonsense.

The subject is a definite noun opening a clause or following a joint ("och", "men",
"medan", "sen", "alltså") and is a thing: not a person, a name, a trade ("mekanikern"),
the staff, the store or a department as a workplace ("verkstaden bytte slangen",
"kassan växlade"), a device ("automaten växlade", "appen bokade"), or a body that pays
("försäkringen betalade", "garantin bytte", "kommunen köpte"). Not read: an object put first
("kedjan bytte han", "lampan köpte min fru": a person right after the verb is the
subject), an idiom of change ("bytte färg", "bytte plats", "bytte ägare", "växlade mellan"),
and what the speaker reports of a dream, a joke or a child (`surreal` clears the sentence).
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import DEVICE, GOODS_ENDINGS, PERSON, kind_of_word
from kundrost.adapters.offline.topics import TOPIC_WORDS

_DEALINGS = listed(
    """hyrde hyr bokade bokar beställde beställer betalade betalar köpte köper lånade lånar
    sålde säljer bytte byter växlade växlar swishade swishar reklamerade"""
)
"""Dealings of a customer or the staff, in the present and the past."""
_JOINTS = listed("och men medan sen sedan alltså så då när fast")
_NOT_DEALT = listed(
    """färg färgen plats platsen ägare ägaren sida sidan form formen läge läget riktning
    riktningen mellan fil filen skepnad takt utseende namn namnet spår spåret"""
)
"""What a thing changes in idiom: "lampan bytte färg", "bilen bytte fil", "växlade mellan"."""
_PAYERS = (
    "försäkring", "garanti", "kommun", "bank", "firma", "företag", "jobbet", "arbetsgivar",
    "region", "stat", "kassan", "facket", "klubb", "förening", "skolan", "försäkringsbolag",
    "verkstad", "verkstan", "butik", "affär", "automat", "maskin", "app", "system", "dator",
    "sajt", "hemsida", "webb", "butiken", "kortet", "mobil", "telefon", "robot",
)  # fmt: skip
"""Word parts of who pays, buys or books in truth (an insurer, a firm, a school), of a
workplace speaking for its staff, and of devices that deal on someone's behalf."""
_LIVING = (
    "kolleg", "mor", "far", "mamm", "papp", "frug", "fru", "bror", "syst", "kusin", "barn",
    "herr", "dam", "ägar", "famil", "förening", "lag", "klass", "grupp", "grabb", "kompis",
    "vän", "grann", "sambo", "make", "maka", "svär", "tant", "farbr", "morbr", "moster",
    "faster", "hund", "katt", "häst", "kanin", "fågel", "valp", "kill", "tjej", "gubb",
    "kärr", "pojk", "flick", "unge", "lill", "stor", "dotter", "son", "chef", "ledning",
)  # fmt: skip
"""Word starts of people, kin, groups and animals: "grannen lånade stegen", "kollegan
betalade"."""
_TRADE_ENDS = ("aren", "ören", "isten", "erskan", "örskan", "ikern", "anten", "enten", "logen")
"""A person by their trade ("säljaren", "frisören", "mekanikern")."""
_NOT_SO = re.compile(
    r"\b(?:drömde|drömt|skämtade|skojade|låtsa\w*|lekte|sa att|sade att|berättade att|"
    r"trodde att|som om|typ)\b"
)
"""A dream, a joke, play or another's words: no account of the visit."""
_PEOPLE_AFTER = listed(
    "jag vi han hon de dom ni man min mitt mina vår våra hans hennes deras mannen frun"
)
POINTS = 0.5


def _definite(token: str) -> bool:
    return len(token) > 4 and token.endswith(("en", "et", "na", "ln", "rn", "an"))


def _a_thing(token: str, store: StoreDepartments) -> bool:
    if not _definite(token) or token.endswith(_TRADE_ENDS):
        return False
    if kind_of_word(token) in (PERSON, DEVICE) or TOPIC_WORDS.lookup(token) == "staff":
        return False
    if any(part in token for part in _PAYERS) or token.startswith(_LIVING):
        return False
    named = store.named(token)
    return named is None or token.endswith(GOODS_ENDINGS)


def dealing_points(tokens: tuple[str, ...], store: StoreDepartments) -> float:
    """Half a point for each thing dealing in the clause (module docstring). A department
    named by its goods in the plural ("slangarna") is its goods; by its place, its staff."""
    points = 0.0
    for index, token in enumerate(tokens[1:-1], start=1):
        if token not in _DEALINGS:
            continue
        subject = tokens[index - 1]
        opens = index == 1 or tokens[index - 2] in _JOINTS
        after = tokens[index + 1]
        if not opens or after in _PEOPLE_AFTER or after in _NOT_DEALT:
            continue
        if kind_of_word(after) == PERSON or TOPIC_WORDS.lookup(after) == "staff":
            continue
        if _a_thing(subject, store):
            points += POINTS
    return points


def goods_dealing_points(evidence: Evidence, store: StoreDepartments) -> tuple[float, str]:
    """The points of the call (module docstring) and the first clause that earned any, when
    two or more clauses earn them."""
    if _DEALINGS.isdisjoint(evidence.words):
        return 0.0, ""
    points, first = 0.0, ""
    for clause in evidence.clauses:
        tokens = clause.clause.tokens
        if _DEALINGS.isdisjoint(tokens):
            continue
        if _NOT_SO.search(evidence.phrases[clause.clause.sentence]):
            continue
        found = dealing_points(tokens, store)
        if found and not first:
            first = clause.clause.text
        points += found
    return (points, first) if points > POINTS else (0.0, "")
