"""Visit service: how the customer was served, told in two ways that cannot both be true.

Each is one point towards an impossible claim (`claims`), in sentences told of this visit
(`visit_accounts.told`):

- no staff met at all ("jag pratade inte med någon personal alls", "jag växlade inte ett ord
  med personalen", "det fanns ingen personal på plats") and a member of staff serving the
  speaker in another sentence ("en säljare visade mig tre madrasser", "hon i receptionen gav
  oss en karta"); not staff missed only in one part of the place or at one time ("ute på
  avdelningarna", "i receptionen vid sjutiden"), nor staff who phoned or wrote afterwards;
- no wait ("ingen väntetid", "det var ingen kö", "jag fick komma in på en gång", "maten kom
  direkt") and a wait of ten minutes or more ("jag stod och väntade i tjugo minuter", "efter
  fyrtiofem minuter i väntrummet"); no queue meets only a wait in a queue ("vi stod en
  halvtimme i liftkön"), not one for paint to be mixed; a no-wait told of one thing
  ("maten", "till liften") meets only a wait for that thing ("på maten", "i liftkön"), not
  one for fries or boots;
- no booking ("vi hade inte bokat någon bana", "utan att ha bokat", "gick in på chans") and
  a booked time of one's own ("min bokade tid", "min bokning var", "vi hade bokat bana
  sju"); not a cancelled slot taken ("men någon hade avbokat"), nor a booking planned;
- one member of staff told by two names: "killen i kassan hette Ali" … "Mehmet i kassan var
  trevlig"; "hon som gjorde mina naglar hette Linh" … "Mai som gjorde mina naglar"; the
  second name opening its sentence with the same words of place or deed after it, and not
  a staff word, a pronoun or a noun in its definite form ("tjejen i kassan").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.state_reading import NEGATED
from kundrost.adapters.offline.visit_accounts import told_sentences
from kundrost.adapters.offline.visit_people import staff_word

_NO_STAFF = re.compile(
    r"\b(?:jag|vi) (?:pratade|talade|växlade|träffade|såg) (?:inte |aldrig )?(?:till |med )?"
    r"(?:någon|nån|ingen|ett ord|ett enda ord)(?: (?:med|från|av))? (?:personal\w*|anställd\w*)"
    r"\b(?P<rest>(?: \w+)?)|\bdet (?:fanns|var) (?:ingen|inte någon) (?:personal|anställd\w*)"
    r"\b(?P<then>(?: \w+)?)"
)
_WHOLE = listed("alls under på där jag vi allt och så det")
_STAFF_WORDS = listed("personal personalen anställd anställda")
_TO_ME = listed("jag mig oss min mitt mina vår vårt våra")
_SERVED = re.compile(
    r"\b(?:visade|gav|tipsade|rekommenderade|bokade|förklarade|hjälpte|sålde|frågade|"
    r"erbjöd|hämtade|tog emot)\b"
)
_FROM_AFAR = re.compile(r"\b(?:ringde|mejlade|mailade|skrev|sms\w*|efteråt|senare|dagen efter)\b")
_THE_ONE = re.compile(r"\b(?:hon|han) (?:i|vid|på) (?:kassan|receptionen|disken|\w*shopen)\b")


def _no_staff(evidence: Evidence) -> int | None:
    for index, _, text in told_sentences(evidence, _STAFF_WORDS):
        found = _NO_STAFF.search(text)
        if found is None:
            continue
        rest = (found.group("rest") or found.group("then") or "").split()
        if not rest or rest[0] in _WHOLE:
            return index
    return None


def _no_staff_yet_served(evidence: Evidence) -> float:
    if _STAFF_WORDS.isdisjoint(evidence.words):
        return 0.0
    denied = _no_staff(evidence)
    if denied is None:
        return 0.0
    for _, tokens, text in told_sentences(evidence, _TO_ME, besides=denied):
        if not NEGATED.isdisjoint(tokens) or _FROM_AFAR.search(text) or not _SERVED.search(text):
            continue
        if any(staff_word(t) for t in tokens) or _THE_ONE.search(text):
            return 1.0
    return 0.0


_NO_WAIT = re.compile(
    r"\bingen (?:väntetid|kö)(?: alls)?(?: (?:till|vid|i) (?P<at>\w+))?|\b(?:kom|fick komma) "
    r"(?:jag |vi )?(?:direkt |genast |på en gång )?in (?:direkt|genast|på en gång)?|\b(?:kom|fick "
    r"komma) (?:jag |vi )?(?:direkt|genast|på en gång) in\b|\bblev (?:hjälpt|betjänad|betjänade|"
    r"tagen) (?:på direkten|direkt|genast|på en gång)|\b(?P<what>\w+) kom (?:direkt|genast|"
    r"på en gång)\b"
)
_NO_WAIT_WORDS = listed("ingen direkt direkten genast gång")
_WAIT = re.compile(
    r"\b(?:väntade|vänta|köade|köa|stod|satt)\b(?: \w+){0,4}? (?:i )?(?P<d>\w+ (?:minuter|"
    r"timmar)|en halvtimme|en timme|en kvart)\b|\befter (?P<e>\w+ minuter|en halvtimme|en timme)"
    r" i (?:väntrummet|kön|\w+kön)"
)
_WAITED = listed("väntade vänta köade köa väntrummet")
_MINUTES = {"en halvtimme": 30.0, "en timme": 60.0, "en kvart": 15.0}
_BOUNDED = listed("först början nästan")
_QUEUED = re.compile(r"\b(?:köade|köa|kö|\w*kön)\b")
_PERSONS = listed("jag vi han hon de dom man")


def _minutes(said: str) -> float:
    if said in _MINUTES:
        return _MINUTES[said]
    count, unit = said.split()
    value = word_value(count) or 0.0
    return value * (60.0 if unit.startswith("tim") else 1.0)


_QUEUES = Sifted(lambda word: word.endswith("kön"))
"""A queue by a compound's head ("kassakön"), each word tested once (`sifted`)."""


def _no_wait_yet_waited(evidence: Evidence) -> float:
    if _NO_WAIT_WORDS.isdisjoint(evidence.words) or not (
        not _WAITED.isdisjoint(evidence.words) or _QUEUES.of(evidence.words)
    ):
        return 0.0
    for index, tokens, text in told_sentences(evidence, _NO_WAIT_WORDS):
        if not _BOUNDED.isdisjoint(tokens):
            continue
        said = list(_NO_WAIT.finditer(text))
        if not said:
            continue
        found = said[0]
        thing = (found.group("at") or found.group("what") or "")[:4]
        thing = "" if thing in _PERSONS else thing
        queue = all(" kö" in f.group(0) for f in said)
        for _, _, waited in told_sentences(evidence, besides=index):
            wait = _WAIT.search(waited)
            if wait is None or (thing and thing not in waited):
                continue
            if queue and _QUEUED.search(waited) is None:
                continue
            if _minutes(wait.group("d") or wait.group("e")) >= 10:
                return 1.0
    return 0.0


_UNBOOKED = re.compile(
    r"\b(?:jag|vi) hade (?:inte|inget|aldrig) bokat\b|\butan (?:att )?(?:ha )?bok(?:a|at|ning)\b|"
    r"\b(?:gick|kom) (?:bara )?in på chans\b"
)
_BOOKED = re.compile(
    r"\b(?:min|vår|mina|våra) (?:bokade tid|bokning)|\b(?:jag|vi) hade bokat (?!om\b)\w+"
)
_BOOK_WORDS = listed("bokat bokning bokade boka chans")


def _unbooked_yet_booked(evidence: Evidence) -> float:
    if _BOOK_WORDS.isdisjoint(evidence.words):
        return 0.0
    unbooked = next(
        (
            index
            for index, tokens, text in told_sentences(evidence)
            if "men" not in tokens and _UNBOOKED.search(text)
        ),
        None,
    )
    if unbooked is None:
        return 0.0
    for _, _, text in told_sentences(evidence, besides=unbooked):
        found = _BOOKED.search(text)
        if found and NEGATED.isdisjoint(text[: found.end()].split()[-4:]):
            return 1.0
    return 0.0


_NAMED = re.compile(
    r"\b(?P<head>\w+) (?P<role>(?:i|vid|bakom|på|som) (?:\w+ ){0,3}?\w+) hette (?P<name>\w+)\b"
)
_NO_NAME = listed("han hon den det de dom en ett man alla ingen någon nån några vi jag du ni")
_DEFINITE = ("en", "na")
"""A noun told definite ("tjejen", "killarna"); "et" ends names too ("Mehmet")."""


def _a_name(token: str) -> bool:
    return not (
        token in _NO_NAME
        or token.endswith(_DEFINITE)
        or staff_word(token)
        or word_value(token) is not None
    )


def _two_names(evidence: Evidence) -> float:
    if "hette" not in evidence.words:
        return 0.0
    for index, _, text in told_sentences(evidence, frozenset(("hette",))):
        for named in _NAMED.finditer(text):
            role, name = named.group("role"), named.group("name")
            for _, tokens, other in told_sentences(evidence, besides=index):
                if len(tokens) < 2 or tokens[0] in (name, named.group("head")):
                    continue
                if other.startswith(f"{tokens[0]} {role} ") and _a_name(tokens[0]):
                    return 1.0
    return 0.0


def visit_service_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    return (
        _no_staff_yet_served(evidence)
        + _no_wait_yet_waited(evidence)
        + _unbooked_yet_booked(evidence)
        + _two_names(evidence)
    )
