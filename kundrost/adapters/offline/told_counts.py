"""Counts told twice: how many there were, said once and then said larger.

`recounted` reads one staff member, a purchase told again as a fraction and tenure against
age of staff; these read the customer's own counts, each one point towards an impossible
claim:

- a count declared — "vi var tre personer", "jag har två barn", "jag köpte tre kulor",
  "min enda hund" — and later all of them told as more: "alla fem i sällskapet", "alla mina
  tre barn", "alla fem kulorna", "båda hundarna". "Alla" and "båda" say the whole of what
  was declared, so a larger whole cannot be the same group; a smaller one may be a part of
  it ("vi var fem" … "alla tre barnen"). The same thing is told by the same stem ("kulor",
  "kulorna"), people by "personer", "i sällskapet" or a bare "vi var tre". A count that
  changes for a reason ("sen kom två kompisar till", "till slut", "fler", "nej förresten")
  is no contradiction. Since offline-15 also: a count left in, sent or bought "bara"
  ("lämnade in en cykel", "köpte bara en flaska") against "båda cyklarna", "de tre paren"
  (not a group named by another act: "de tre tröjorna jag provade"), and "det sjunde
  paketet" of three (not "den femte boken i serien"); a party told by its count alone
  ("alla fyra fick", "vi sex smakade", "tog oss fem runt"); not another's share beside the
  count ("en cykel och min man lämnade in sin"), nor more taken ("tog tre till");
- things done, counted and then told as a whole of another count by the same verb: "vi
  beställde tre pizzor" … "den enda pizzan vi beställde"; "jag simmade tjugo längder" … "de
  tio längderna jag simmade"; not "den enda pizzan som var bränd" (another act), more done
  ("köpte en till", "förlängde"), nor a count changed ("nej förresten"); all of them told
  as more ("vi hade banan i en timme" … "alla tre timmarna"), or one placed beyond them ("vi
  hann bara spela en serie" … "den tredje serien", "bodde där en natt" … "andra natten");
- the whole party told by two counts: "vi var fyra personer" … "eftersom vi bara var två";
  not a part of it ("vi var två som"), nor people joining or leaving;
- the customer's age and a longer span of the customer's own doing: "jag är tjugotvå år"
  … "jag har kört bil i fyrtio år".

Each reading is tried only when its words are said ("alla" or "båda" with a count, "år").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kundrost.adapters.offline.consistency import ordinal
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import KIN, MY
from kundrost.adapters.offline.visit_accounts import told_sentences

_PEOPLE = "personer"
_PEOPLE_WORDS = listed("personer personerna pers stycken st")
_DECLARED = (
    re.compile(r"\bvi var (?P<n>\w+)(?: (?P<thing>\w+))?"),
    re.compile(r"\b(?:jag|vi) har (?P<n>\w+) (?P<thing>\w+)"),
    re.compile(
        r"\b(?:jag|vi) (?:köpte|beställde|tog|fick|hyrde|skickade|lämnade in) (?:bara |endast )?"
        r"(?P<n>\w+) (?P<thing>\w+)"
    ),
    re.compile(r"\b(?:min|mitt|vår|vårt) (?P<n>enda) (?P<thing>\w+)"),
)
_BY_ANOTHER_ACT = r"(?:som|jag|vi|han|hon|de|dom|ni)\b"
"""A group named by another act ("de tre tröjorna jag provade") is not the one bought."""
_TOLD_OF_ALL = (
    r"\w+(?:ade|de|te)|fick|tog|satt|var|åt|gick|kom|stod|drack|såg|fanns|runt|genom|"
    r"tillsammans|allihop"
)
"""What follows a whole group of people said by its count alone: a verb in the past ("alla
fyra fick", "vi sex smakade") or where it was taken ("tog oss fem runt")."""
_ALL = (
    re.compile(
        r"\balla (?:mina |våra |de |dom )?(?P<n>\w+) (?P<thing>i (?:sällskapet|gruppen|gänget))"
    ),
    re.compile(r"\balla (?:mina |våra |de |dom )?(?P<n>\w+) (?P<thing>\w+)"),
    re.compile(r"\b(?P<n>båda|bägge) (?:mina |våra )?(?P<thing>\w+)"),
    re.compile(r"\b(?:de|dom) (?P<n>\w+) (?P<thing>\w+(?:na|en|et))\b(?! " + _BY_ANOTHER_ACT + ")"),
    re.compile(r"\b(?:alla|oss|vi) (?P<n>\w+)(?P<thing>)(?= (?:" + _TOLD_OF_ALL + r")\b)"),
)
_WHOLE_WORDS = listed("alla båda bägge")
_ALL_WORDS = _WHOLE_WORDS | listed("de dom oss vi")
"""Every phrase of `_ALL` holds one of these words."""
_SMALL_COUNTS = listed("två tre fyra fem sex sju åtta nio tio elva tolv")
"""A whole told by "de", "oss" or "vi" and a count is read only in a call saying one."""
_DECLARED_WORDS = listed("jag vi enda")
"""Every phrase of `_DECLARED` holds one of these words."""
_MORE = re.compile(r"\b(?:tog|köpte|beställde|hämtade|plockade) (?:\w+ )?\w+ till\b")
"""More of the same: "tog tre till", "köpte en till"."""
_GROUPS = ("i sällskapet", "i gruppen", "i gänget")
_CHANGED = listed(
    "förresten egentligen fler flera ytterligare slut extra plus anslöt nej eller början"
)
_JOINED = re.compile(r"\bkom (?:\w+ ){0,3}?till\b|\bkom (?:\w+ )?(?:och )?(?:sen|senare)\b")
_NOT_COUNTED = listed("där dit hit här inne ute hemma på i och som med till av om så")
_OWN_AGE = re.compile(r"\bjag är (?P<n>\w+) år\b|\bjag fyller (?P<m>\w+)\b")
_OWN_SPAN = re.compile(r"\bjag har (?:\w+ ){1,4}?i (?:över |snart |nästan )?(?P<n>\w+) år\b")


class _Count(NamedTuple):
    sentence: int
    value: float
    thing: str


def _value(word: str) -> float | None:
    if word == "enda":
        return 1.0
    if word in ("båda", "bägge"):
        return 2.0
    return word_value(word)


def _thing(word: str | None) -> str:
    if not word or word in _PEOPLE_WORDS or word in _NOT_COUNTED or word.startswith(_GROUPS):
        return _PEOPLE
    return word


def _same(one: str, other: str) -> bool:
    """The same thing by its stem: "kulor" and "kulorna", "hund" and "hundarna"."""
    if one == _PEOPLE or other == _PEOPLE:
        return one == other
    return any(
        a[: (stem := max(3, min(len(a), len(b), 4)))] == b[:stem]
        for a in _forms(one)
        for b in _forms(other)
    )


def _forms(word: str) -> tuple[str, ...]:
    """A word and its stem with the last syllable's "e" dropped, as in the plural: "cykel"
    and "cykl" ("cyklarna"), "vinter" and "vintr"."""
    if len(word) > 4 and word[-2] == "e" and word[-1] in "lrn" and word[-3] not in "aeiouyåäö":
        return word, word[:-2] + word[-1]
    return (word,)


def _counts(
    evidence: Evidence, patterns: tuple[re.Pattern[str], ...], words: frozenset[str]
) -> list[_Count]:
    """The counts `patterns` read, in the sentences holding one of the `words` every one of
    them needs (tests/analyzer/test_offline_gates.py)."""
    found: list[_Count] = []
    for index, text in enumerate(evidence.phrases):
        if evidence.cues[index].elsewhere or words.isdisjoint(evidence.sentence_tokens[index]):
            continue
        for pattern in patterns:
            for match in pattern.finditer(text):
                value = _value(match.group("n"))
                if value is None or value != int(value) or value > 100:
                    continue
                thing = match.group("thing")
                if pattern is _DECLARED[0] and _thing(thing) != _PEOPLE:
                    continue  # "vi var sex vuxna": a part of the group, not all of it
                found.append(_Count(index, value, _thing(thing)))
    return found


def _shared(tokens: tuple[str, ...]) -> bool:
    """Another person's share told beside the count: "en cykel och min man lämnade in sin"."""
    return any(t in MY and tokens[i + 1] in KIN for i, t in enumerate(tokens[:-1]))


def _grown(evidence: Evidence) -> bool:
    if not evidence.says_any(_WHOLE_WORDS) and not (
        evidence.says_any(_ALL_WORDS | _NTH_WORDS) and evidence.says_any(_SMALL_COUNTS)
    ):
        return False
    declared = _counts(evidence, _DECLARED, _DECLARED_WORDS)
    if not declared:
        return False
    if _nth_beyond(evidence, [c for c in declared if c.thing != _PEOPLE]):
        return True
    for whole in _counts(evidence, _ALL, _ALL_WORDS):
        for count in declared:
            if count.sentence > whole.sentence or whole.value <= count.value:
                continue
            if not _same(count.thing, whole.thing):
                continue
            if _shared(evidence.sentence_tokens[count.sentence]):
                continue
            between = evidence.sentence_tokens[count.sentence : whole.sentence + 1]
            if any(not _CHANGED.isdisjoint(tokens) for tokens in between):
                continue
            if any(
                _JOINED.search(text) or _MORE.search(text)
                for text in evidence.phrases[count.sentence : whole.sentence + 1]
            ):
                continue
            return True
    return False


_NTH = re.compile(
    r"\b(?:det|den) (?P<nth>\w+) (?P<thing>\w+(?:et|en|n))\b(?! i\b| " + _BY_ANOTHER_ACT + ")"
)
_NTH_WORDS = listed("det den")


def _nth_beyond(evidence: Evidence, declared: list[_Count]) -> bool:
    """The seventh of three: "jag skickade tre paket" … "det sjunde paketet vägdes"; a
    place in a series ("den femte boken i serien") is not one of those bought."""
    for index, text in enumerate(evidence.phrases):
        if _NTH_WORDS.isdisjoint(evidence.sentence_tokens[index]):
            continue
        for found in _NTH.finditer(text):
            nth = ordinal(found.group("nth"))
            if nth is None or nth < 3:
                continue
            for count in declared:
                later = count.sentence < index and nth >= count.value + 2
                if later and _same(count.thing, found.group("thing")):
                    return True
    return False


def _older_doing_than_living(evidence: Evidence) -> bool:
    if "år" not in evidence.words or "jag" not in evidence.words:
        return False
    ages = [
        value
        for text in evidence.phrases
        for found in _OWN_AGE.finditer(text)
        if (value := word_value(found.group("n") or found.group("m"))) is not None
    ]
    if not ages:
        return False
    spans = [
        value
        for text in evidence.phrases
        for found in _OWN_SPAN.finditer(text)
        if (value := word_value(found.group("n"))) is not None
    ]
    return any(span > age for span in spans for age in ages)


_DONE_WHOLE = re.compile(
    r"\b(?:(?:den|det) (?P<one>enda)|(?:alla |alla de |de |dom )(?P<n>\w+)) (?P<thing>\w{3,}) "
    r"(?:som )?(?:jag|vi) (?P<verb>\w+)|\balla (?P<all>\w+) (?P<them>\w{3,})|"
    r"(?:\b(?:den|det) (?P<nth>\w+)|(?:^|\b(?:i|på|under) )(?P<second>andra)) "
    r"(?P<place>\w{3,}(?:en|et|n))\b"
)
"""A whole of things done told by the verb again ("den enda pizzan vi beställde", "de tio
längderna jag simmade"), all of them ("alla tre timmarna"), or one by its place ("den tredje
serien", "andra natten"; "den andra" is as often "the other")."""
_DONE_WORDS = listed("enda de dom alla den det andra")
_WHOLE_CUES = listed(
    "enda alla andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte"
)
"""A whole is read only in a call saying one of these, or "de" or "dom" and a small count."""
_MORE_OF = re.compile(
    r"\b(?:en|ett|två|tre|några) till(?: och| men| så|$)|förläng\w*|kvar\b|\btill slut\b"
)
_RECOUNTED = _CHANGED - {"slut"}
"""A count changed; "slut" alone is being worn out ("helt slut"), "till slut" is in `_MORE_OF`."""
_PARTY = re.compile(
    r"\bvi (?:bara |endast )?var (?:bara |endast )?(?P<n>\w+)(?: (?:personer|stycken|pers))?"
    r"(?=$| och| så| men| eftersom| när| \w+(?:ade|de|te)\b)"
)
"""The whole party told by its count ("vi var fyra personer och fick", "eftersom vi bara var
två delade vi"), not a part of it ("vi var två som", "vi var tre vuxna")."""


def _stem_alike(one: str, other: str) -> bool:
    """The same thing in two numbers or forms: "asken" and "askar", "längder", "längderna"."""
    size = min(5, max(3, min(len(one), len(other)) - 2))
    return one[:size] == other[:size]


def _done(tokens: tuple[str, ...]) -> list[tuple[str, float, str]]:
    """Things the speaker did, counted: "vi beställde tre pizzor", "vi hann bara spela en
    serie", "vi bodde där en natt" as (verb, count, thing)."""
    found: list[tuple[str, float, str]] = []
    for index, token in enumerate(tokens[:-3]):
        if token not in ("jag", "vi"):
            continue
        for at in range(index + 2, min(index + 5, len(tokens) - 1)):
            count = word_value(tokens[at])
            if count is not None:
                if count >= 1 and tokens[at + 1] not in _NOT_COUNTED:
                    found.append((tokens[index + 1], count, tokens[at + 1]))
                break
    return found


def _whole_told(found: re.Match[str]) -> tuple[float, str, str, bool] | None:
    """A whole's count, thing and verb ("" for any), and whether a larger count only
    contradicts it (all of them, a place in order)."""
    if found.group("one") or found.group("n"):
        value = 1.0 if found.group("one") else word_value(found.group("n"))
        return None if value is None else (value, found.group("thing"), found.group("verb"), False)
    if found.group("all"):
        value = word_value(found.group("all"))
        return None if value is None else (value, found.group("them"), "", True)
    nth = ordinal(found.group("nth") or found.group("second"))
    if nth is None or (found.group("nth") and nth < 3):
        return None
    return nth, found.group("place"), "", True


def _done_told_otherwise(evidence: Evidence) -> bool:
    if not evidence.says_any(_WHOLE_CUES) and not (
        evidence.says_any(listed("de dom")) and evidence.says_any(_SMALL_COUNTS)
    ):
        return False
    wholes = [
        (index, whole)
        for index, _, text in told_sentences(evidence, _DONE_WORDS)
        for found in _DONE_WHOLE.finditer(text)
        if (whole := _whole_told(found)) is not None
    ]
    if not wholes:
        return False
    for index, tokens, _ in told_sentences(evidence, _DECLARED_WORDS):
        if _shared(tokens):
            continue
        for verb, count, thing in _done(tokens):
            for at, (value, other, by, larger) in wholes:
                if at <= index or value == count or (larger and value < count):
                    continue
                if (by and by != verb) or not _stem_alike(other, thing):
                    continue
                span = evidence.phrases[index : at + 1]
                if any(_MORE.search(t) or _MORE_OF.search(t) for t in span) or any(
                    not _RECOUNTED.isdisjoint(t) for t in evidence.sentence_tokens[index : at + 1]
                ):
                    continue
                return True
    return False


def _party_told_twice(evidence: Evidence) -> bool:
    if "var" not in evidence.words or "vi" not in evidence.words:
        return False
    if not evidence.says_any(_SMALL_COUNTS) or evidence.says_any(_CHANGED):
        return False
    told_counts: set[float] = set()
    for _, _, text in told_sentences(evidence, frozenset(("vi",))):
        if _JOINED.search(text) or _MORE_OF.search(text):
            return False
        here = {
            value
            for found in _PARTY.finditer(text)
            if (value := word_value(found.group("n"))) is not None and value >= 2
        }
        if len(here) > 1:
            return False  # a change told at once: "vi var två när vi kom, fyra när vi gick"
        told_counts |= here
    return len(told_counts) > 1


def told_count_points(evidence: Evidence) -> tuple[float, str]:
    """One point per contradiction read (module docstring), and a sentence saying it."""
    points = (
        float(_grown(evidence))
        + float(_older_doing_than_living(evidence))
        + float(_done_told_otherwise(evidence))
        + float(_party_told_twice(evidence))
    )
    said = "Kunden anger ett antal och senare ett större antal av samma." if points else ""
    return points, said
