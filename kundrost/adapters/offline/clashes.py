"""Clashes of kind: fluent sentences whose words cannot go together.

Four readings, each one point of nonsense (`surreal`):

- A day or a month graded like a quality: a degree word right before a weekday or a month,
  said of something ("Bemötandet var ganska onsdag", "Produkten fungerar ganska oktober",
  "ramen var lite för mycket tisdag"). The colloquial "det kändes väldigt fredag" has no
  subject but "det", and "mycket på fredagar" or "mycket folk i fredags" grade no day.
- Something with no body handled as matter: sewn, washed, dried, poured, mounted, charged
  or tinned silence, opinions or thoughts ("skulle tystnaden sys upp", "tvättade mina
  åsikter", "en burk torkad tystnad"), the two within three words and no "och", "men" or
  "att" between. Silence in a room or an opinion told is no clash ("tystnaden i lokalen
  var skön", "hon tvättade håret och sa sin åsikt").
- An act done by its own name: a noun of the act as the subject of the act's verb
  ("Reparationen reparerade verkstaden", "Städningen städade lokalen", "Inramningen ramade
  in ramen"). A noun put first as the object ("Beställningen gjorde jag", "Städningen
  städade vi själva") has its subject after the verb.
- An act undone in the same breath: "betalade utan att betala", "var där och inte där",
  "klar … och ändå inte klar", a word said again negated at the end of the sentence. An
  object after it ("betalade utan att betala extra", "hade bokat men inte bokat frukost")
  makes an ordinary distinction, and will and mind are both had and not in honest
  ambivalence ("jag ville och ville inte", "visste och inte visste").
"""

from __future__ import annotations

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.sifted import Sifted

_DEGREE = listed("ganska mycket väldigt lite rätt jätte")
_DAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "januari",
    "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
_DAY_PARTS = ("", "s", "en", "kväll", "skväll", "morgon", "smorgon", "eftermiddag")
_GRADED_DAYS = frozenset(day + part for day in _DAYS for part in _DAY_PARTS)
_NO_SUBJECT = listed("det de dom")
_BODILESS = listed(
    """tystnad tystnaden tystnader åsikt åsikten åsikter åsikterna tanke tanken tankar
    tankarna hemlängtan råden"""
)
_HANDLING = listed(
    """sy syr sydde sys sytt tvätta tvättar tvättade tvättad tvättades torka torkar torkade
    torkad torkat hälla häller hällde montera monterar monterade ladda laddar laddade
    laddad torkad"""
)
_ACT_NOUNS = ("ningen", "ingen", "tionen", "andet", "ningarna", "ningar")
_ACT_NOUN_WORDS = Sifted(lambda word: len(word) > 7 and word.endswith(_ACT_NOUNS))
"""A call's nouns of an act, each word tested once (`sifted`)."""
_VERB_ENDINGS = ("ade", "de", "te", "ar", "er")
_SUBJECTS = listed("jag vi han hon de dom man ni du den det")
_APART = listed("och men att fast eller")
_MINDS = listed(
    """ville vill visste vet orkade orkar tyckte tycker förstod förstår gillade gillar
    kunde kan hann hinner ångrade vågade"""
)
"""Verbs of will and mind, which are both done and not done in honest ambivalence ("jag
ville och ville inte", "visste och inte visste")."""
_OPPOSITE = {
    word: side
    for side, words in {
        "kort+": "kort korta",
        "kort-": "lång långt långa",
        "tom+": "tom tomt tomma",
        "tom-": "full fullt fulla",
        "torr+": "torr torrt torra",
        "torr-": "blöt blött blöta våt vått våta",
        "ren+": "ren rent rena",
        "ren-": "smutsig smutsigt smutsiga",
        "öppen+": "öppen öppet öppna",
        "öppen-": "stängd stängt stängda",
        "död+": "död dött döda",
        "död-": "levande",
    }.items()
    for word in words.split()
}
"""Opposites, each side of a pair named by its first letters and a sign."""
_OPPOSITE_WORDS = frozenset(_OPPOSITE)
_BEING = listed("var är blev blir")
_AT_ONCE = (("samtidigt",), ("på", "samma", "ställe"), ("på", "en", "gång"))
_NEGATIONS = listed("inte inga ingen inget")
_JOINS = listed("och men fast alltså ändå")
_ENDS = listed("samtidigt än heller")
_POINT = 1.0


def clash_points(evidence: Evidence) -> tuple[float, str]:
    """Points of the call's clashes of kind and the first clause that holds one."""
    words = evidence.words
    graded = not _DEGREE.isdisjoint(words) and not _GRADED_DAYS.isdisjoint(words)
    handled = not _BODILESS.isdisjoint(words) and not _HANDLING.isdisjoint(words)
    undone = not _NEGATIONS.isdisjoint(words) or "utan" in words
    opposed = "och" in words and not _OPPOSITE_WORDS.isdisjoint(words)
    acts = _ACT_NOUN_WORDS.of(words)
    if not (graded or handled or undone or acts or opposed):
        return 0.0, ""
    points, first = 0.0, ""
    if graded or handled or acts:
        for clause in evidence.clauses:
            tokens = clause.clause.tokens
            found = (
                (graded and _graded_day(tokens))
                + (handled and _handled(tokens))
                + (not acts.isdisjoint(tokens[:2]) and _self_done(tokens))
            )
            if found:
                points += found * _POINT
                first = first or clause.clause.text
    if undone or opposed:
        for index, (tokens, phrase) in enumerate(
            zip(evidence.sentence_tokens, evidence.phrases, strict=True)
        ):
            if (undone and _undone(tokens, evidence, index)) or (
                opposed and "och" in tokens and _opposed(tokens, evidence, index)
            ):
                points += _POINT
                first = first or phrase
    return points, first


def _clause_ends(evidence: Evidence, sentence: int) -> frozenset[int]:
    """The positions in the sentence of the last words of its clauses."""
    ends, at = [], 0
    for clause in evidence.sentences[sentence]:
        at += len(clause.clause.tokens)
        ends.append(at - 1)
    return frozenset(ends)


def _opposed(tokens: tuple[str, ...], evidence: Evidence, sentence: int) -> bool:
    """A thing said to be two opposites at once: "var tomt och fullt", "för kort och för lång
    på samma ställe"; both after "var", "är" or "blev", the second ending its clause or
    followed by "samtidigt" or "på samma ställe", and no "både" (a range: "både dyrt och
    billigt")."""
    if "både" in tokens:
        return False
    for index, token in enumerate(tokens):
        if token != "och" or not index:
            continue
        left = tokens[index - 1]
        right_at = index + 2 if tokens[index + 1 : index + 2] == ("för",) else index + 1
        if right_at >= len(tokens):
            continue
        right = tokens[right_at]
        start = index - 2 if index >= 2 and tokens[index - 2] == "för" else index - 1
        rest = tokens[right_at + 1 :]
        if (
            start
            and tokens[start - 1] in _BEING
            and _opposite(left, right)
            and (
                any(rest[: len(once)] == once for once in _AT_ONCE)
                or right_at in _clause_ends(evidence, sentence)
            )
        ):
            return True
    return False


def _opposite(one: str, other: str) -> bool:
    first, second = _OPPOSITE.get(one), _OPPOSITE.get(other)
    return (
        first is not None
        and second is not None
        and first[:-1] == second[:-1] != ""
        and first != second
    )


def _graded_day(tokens: tuple[str, ...]) -> bool:
    return tokens[0] not in _NO_SUBJECT and any(
        token in _GRADED_DAYS and tokens[index - 1] in _DEGREE
        for index, token in enumerate(tokens)
        if index
    )


def _handled(tokens: tuple[str, ...]) -> bool:
    """A bodiless noun within three words of a handling word, no "och", "men" or "att" between."""
    for index, token in enumerate(tokens):
        if token in _BODILESS:
            near = tokens[max(0, index - 3) : index + 4]
            at = index - max(0, index - 3)
            for other, word in enumerate(near):
                between = near[min(other, at) + 1 : max(other, at)]
                if word in _HANDLING and _APART.isdisjoint(between):
                    return True
    return False


def _self_done(tokens: tuple[str, ...]) -> bool:
    """A clause opening with a noun of an act followed by the act's own verb and no subject."""
    start = 1 if tokens[0] in _JOINS and len(tokens) > 1 else 0
    noun = tokens[start]
    if not noun.endswith(_ACT_NOUNS) or len(tokens) < start + 3:
        return False
    verb, after = tokens[start + 1], tokens[start + 2]
    if after in _SUBJECTS or not verb.endswith(_VERB_ENDINGS):
        return False
    stem = next(verb[: -len(end)] for end in _VERB_ENDINGS if verb.endswith(end))
    return len(stem) >= 3 and stem[:5] in noun


def _undone(tokens: tuple[str, ...], evidence: Evidence, sentence: int) -> bool:
    """A word said again after "utan att" or a joined negation, with nothing after it but the
    sentence's end, "och", "men", "samtidigt" or "än"."""
    if "utan" not in tokens and (_NEGATIONS.isdisjoint(tokens) or _JOINS.isdisjoint(tokens)):
        return False
    for index in range(3, len(tokens)):
        one, two = tokens[index - 2], tokens[index - 1]
        if not ((one, two) == ("utan", "att") or (two in _NEGATIONS and one in _JOINS)):
            continue
        word = tokens[index]
        if word in FUNCTION_WORDS or word in _MINDS or len(word) < 3:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            after
            and after not in _JOINS
            and after not in _ENDS
            and index not in _clause_ends(evidence, sentence)
        ):
            continue
        stem = word[:4]
        if any(token.startswith(stem) for token in tokens[: index - 2] if len(token) > 2):
            return True
    return False
