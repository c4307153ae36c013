"""Told totals: a sum said of the visit against the parts the call itself gives.

Each is one point towards an impossible claim (`claims`), in sentences told of this visit
(`visit_accounts.told`):

- a total smaller than its items at their told price: "två par skor, trehundra kronor paret"
  … "totalt betalade jag hundrafemtio kronor för allt"; "tre nätter, fyrahundra kronor per
  natt" … "hela vistelsen gick på fyrahundra kronor". A discount, a free one or an item
  included anywhere in the call ("rabatt", "tre för två", "ingick", "gratis") explains it,
  and "nästan" or "ungefär" make the total no sum;
- a thing said to cost nothing and then paid for by a sum: "lagningen av klacken kostade
  ingenting" … "betalade jag hundrafemtio kronor för klacken", the same thing named in both
  (by a stem of five letters); not one more of it ("en timme till"), nor an expectation
  ("jag trodde att det skulle gå på garantin");
- more things handed back than were got: "jag köpte en enda prydnadskudde" … "lämnade jag
  tillbaka tre kuddar"; "vi hyrde två par skidor" … "lämnade vi tillbaka fem par skidor";
  not with more got on the way ("tre par till", "också", "andra");
- a thing handed back for the money and then kept in use: "lämnade tillbaka klänningen och
  fick pengarna tillbaka" … "klänningen har jag haft på mig två gånger sedan dess"; not with
  an exchange or another of it ("bytte", "en ny", "behöll"), nor one worn before ("hade haft");
- one thing at two prices: the whole ("hela notan blev trehundrafyrtio kronor" … "swishade
  femhundrasextio kronor för alltihop") or a thing named ("entrén kostade nittio kronor" …
  "hundrafyrtio kronor för entrén"); not a part against the whole ("maten kostade" … "hela
  notan"), a tip, a discount or something added ("med drickan"), nor a rough sum.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.visit_accounts import same_thing, told_sentences

_EACH = re.compile(
    r"\b(?P<p>\w+) (?:kronor |kr |spänn )?(?:styck|stycket|paret|per (?P<per>\w+)|à)\b|"
    r"\b(?:à|a) (?P<q>\w+) (?:kronor|kr)\b"
)
_TOTAL = re.compile(
    r"\b(?:totalt|sammanlagt|allt som allt|tillsammans|hela notan|notan|hela vistelsen|"
    r"för allt|jämnt)\b"
)
_SUM = re.compile(r"\b(?P<m>\w+) (?:kronor|kr|spänn)\b")
_EXPLAINED = re.compile(
    r"\b(?:\w*rabatt\w*|gratis|på köpet|för (?:två|tre|fyra)|ingick i|ingår i|erbjudande\w*|"
    r"kampanj\w*|bjöd|bjuden|halva priset|reducera\w*|avdrag|medlemspris\w*|billigare|"
    r"presentkort\w*|tillgodo\w*|betalade (?:min|hans|hennes) (?:\w+ )?(?:del|resten))\b"
)
_ROUGH = listed("nästan ungefär runt cirka typ drygt kanske")
_TOTAL_WORDS = listed("totalt sammanlagt allt tillsammans notan vistelsen jämnt")
_EACH_WORDS = listed("styck stycket paret per à a")


def _plain(word: str) -> str:
    return word.translate(_VOWELS)


_VOWELS = str.maketrans("åäö", "aao")


def _each_price(text: str) -> tuple[float, float, str] | None:
    """A count of things and their price each in one sentence: (count, price, per)."""
    found = _EACH.search(text)
    if found is None:
        return None
    price = word_value(found.group("p") or found.group("q") or "")
    if price is None or price < 2:
        return None
    per = found.group("per") or ""
    before = text[: found.start()].split()
    for index, token in enumerate(before[:-1]):
        value = word_value(token)
        thing = before[index + 2] if before[index + 1] == "par" and index + 2 < len(before) else ""
        thing = thing or before[index + 1]
        if value is None or value < 2 or value == price or value > 50 or len(thing) < 3:
            continue
        if per and not _plain(thing).startswith(_plain(per)[:3]):
            continue
        return value, price, per
    return None


def _total_below_items(evidence: Evidence) -> float:
    if _TOTAL_WORDS.isdisjoint(evidence.words) or _EACH_WORDS.isdisjoint(evidence.words):
        return 0.0
    if _EXPLAINED.search(" ".join(evidence.phrases)):
        return 0.0
    priced = next(
        (
            (index, found)
            for index, _, text in told_sentences(evidence)
            if (found := _each_price(text))
        ),
        None,
    )
    if priced is None:
        return 0.0
    at, (count, price, _) = priced
    items = count * price
    for index, tokens, text in told_sentences(evidence, _TOTAL_WORDS):
        if index <= at or not _ROUGH.isdisjoint(tokens) or _TOTAL.search(text) is None:
            continue
        for amount in _SUM.finditer(text):
            value = word_value(amount.group("m"))
            if value is not None and value < 0.75 * items:
                return 1.0
    return 0.0


_FREE = re.compile(
    r"\b(?:var|blev) (?:helt |alldeles )?(?:gratis|kostnadsfri\w*)|\bkostade (?:ingenting|inget|"
    r"inte ett öre|noll)|\bgjorde (?:den|det|dem) (?:helt )?gratis|\bslapp (?:jag |vi )?betala|"
    r"\bgick på (?:garantin|försäkringen)|\bbetalade (?:jag |vi )?ingenting"
)
_FREE_WORDS = listed("gratis kostnadsfri kostnadsfritt ingenting inget slapp garantin")
_PAID = re.compile(
    r"\b(?:betala\w*|kostade|gick på|landade på)\b(?: \w+){0,4}? \w+ (?:kronor|kr|spänn)\b"
)
_ANOTHER = listed("till extra mer också annan annat andra nästa")
_PLAIN = listed(
    """kronor betalade betala kostade gratis ingenting eftersom första helt alldeles
    kostnadsfri kostnadsfritt någonting något vilket tyckte ganska mycket väldigt redan"""
)


def _things(tokens: tuple[str, ...]) -> set[str]:
    return {t[:5] for t in tokens if len(t) >= 5 and t not in _PLAIN and word_value(t) is None}


def _free_yet_paid(evidence: Evidence) -> float:
    if _FREE_WORDS.isdisjoint(evidence.words):
        return 0.0
    for index, tokens, text in told_sentences(evidence, _FREE_WORDS):
        if _FREE.search(text) is None:
            continue
        things = _things(tokens)
        for _, said, paid in told_sentences(evidence, besides=index):
            if not _ANOTHER.isdisjoint(said):
                continue
            if _FREE.search(paid) is None and _PAID.search(paid) and things & _things(said):
                return 1.0
    return 0.0


_GOT = re.compile(
    r"\b(?:köpte|lämnade in|hyrde|lånade|beställde)(?: (?:jag|vi))? (?:bara |endast )?"
    r"(?P<n>\w+) (?:enda )?(?:par )?(?P<x>\w{3,})"
    r"(?P<more> till\b(?! (?:mig|oss|dig|er|\w+(?:en|et|na|n))\b))?"
)
_BACK = re.compile(
    r"\b(?:lämnade|fick|gav) (?:(?:jag|vi) )?tillbaka (?:alla |båda )?(?P<n>\w+) (?:par )?"
    r"(?P<x>\w{3,})|\breturnerade (?:(?:jag|vi) )?(?:alla |båda )?(?P<m>\w+) (?:par )?"
    r"(?P<y>\w{3,})"
)
_BACK_WORDS = listed("tillbaka returnerade")
"""Every phrase of `_BACK` holds one of these, every phrase of `_GOT` one of `_GOT_WORDS`."""
_GOT_WORDS = listed("köpte lämnade hyrde lånade beställde")


def _more_back_than_got(evidence: Evidence) -> float:
    if _BACK_WORDS.isdisjoint(evidence.words):
        return 0.0
    got: list[tuple[float, str]] = []
    for _, tokens, text in told_sentences(evidence):
        if _ANOTHER.isdisjoint(tokens) and not _BACK_WORDS.isdisjoint(tokens):
            for found in _BACK.finditer(text):
                value = word_value(found.group("n") or found.group("m") or "")
                thing = found.group("x") or found.group("y") or ""
                if value is None or word_value(thing) is not None:
                    continue
                if any(same_thing(thing, had) and value > count for count, had in got):
                    return 1.0
        for found in () if _GOT_WORDS.isdisjoint(tokens) else _GOT.finditer(text):
            value = word_value(found.group("n"))
            if found.group("more"):
                return 0.0
            if value is not None and value < 10:
                got.append((value, found.group("x")))
    return 0.0


_RETURNED = re.compile(
    r"\b(?:lämnade (?:jag |vi )?tillbaka |returnerade (?:jag |vi )?)(?P<x>\w{3,}(?:en|et|n|na))\b"
)
_REFUNDED = re.compile(r"\bpengarna tillbaka\b|\båterbetal\w*|\bfick (?:tillbaka )?pengarna\b")
_KEPT = re.compile(
    r"\b(?P<x>\w{3,}) har (?:jag|vi) (?:haft|använt|burit)\b|"
    r"\b(?:jag|vi) har (?:haft|använt|burit) (?P<y>\w{3,})\b"
)
_IN_USE = listed("haft använt burit")
_EXCHANGED = listed("byta bytte bytt bytet ny nya nytt annan andra istället behöll behålla")


def _returned_yet_kept(evidence: Evidence) -> float:
    """The return is told of this visit; the use after it is of the time since ("sedan dess"),
    so only another store or a wish sets that sentence aside."""
    if not (not _BACK_WORDS.isdisjoint(evidence.words) and not _IN_USE.isdisjoint(evidence.words)):
        return 0.0
    if not _EXCHANGED.isdisjoint(evidence.words):
        return 0.0
    returned = [
        (index, found.group("x"))
        for index, _, text in told_sentences(evidence, _BACK_WORDS)
        if _REFUNDED.search(text)
        for found in _RETURNED.finditer(text)
    ]
    if not returned:
        return 0.0
    for index, _, text in evidence.cued_sentences(_IN_USE):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish or (kept := _KEPT.search(text)) is None:
            continue
        thing = kept.group("x") or kept.group("y")
        if any(at < index and same_thing(thing, back) for at, back in returned):
            return 1.0
    return 0.0


_PRICED = re.compile(
    r"\b(?P<t>\w{3,}(?:en|et|n)) (?:kostade|gick på|landade på)(?: \w+){0,2}? (?P<m>\w+) "
    r"(?:kronor|kr|spänn)\b|\b(?P<n>\w+) (?:kronor|kr|spänn) för (?P<u>\w{3,}(?:en|et|n))\b|"
    r"\bför (?P<o>\w+) (?:kronor|kr|spänn) (?:var|blev) (?P<v>\w{3,}(?:en|et|n))\b"
)
_WHOLE = "notan"
_ADDED = re.compile(
    r"\bmed (?!det\b|mig\b|oss\b)|\b(?:plus|inklusive|exklusive|utan|dricks\w*|moms|extra)\b"
)
_SUM_WORDS = listed("kronor kr spänn")


def _priced(tokens: tuple[str, ...], text: str) -> tuple[str, float] | None:
    """The one thing a sentence prices and its sum: the whole ("notan") or a thing named."""
    sums = list(_SUM.finditer(text))
    if len(sums) != 1 or not (_ROUGH.isdisjoint(tokens) and _ANOTHER.isdisjoint(tokens)):
        return None
    if _ADDED.search(text):
        return None
    if _TOTAL.search(text) or "alltihop" in tokens:
        value = word_value(sums[0].group("m"))
        return None if value is None else (_WHOLE, value)
    found = _PRICED.search(text)
    if found is None:
        return None
    value = word_value(found.group("m") or found.group("n") or found.group("o"))
    thing = found.group("t") or found.group("u") or found.group("v")
    return None if value is None or word_value(thing) is not None else (thing, value)


def _two_prices(evidence: Evidence) -> float:
    if _SUM_WORDS.isdisjoint(evidence.words):
        return 0.0
    if _EXPLAINED.search(" ".join(evidence.phrases)):
        return 0.0
    prices: dict[str, float] = {}
    for _, tokens, text in told_sentences(evidence, _SUM_WORDS):
        if (priced := _priced(tokens, text)) is None:
            continue
        thing, value = priced
        if thing in prices and abs(prices[thing] - value) > 0.1 * max(prices[thing], value):
            return 1.0
        prices.setdefault(thing, value)
    return 0.0


def told_total_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    return (
        _total_below_items(evidence)
        + _free_yet_paid(evidence)
        + _more_back_than_got(evidence)
        + _two_prices(evidence)
        + _returned_yet_kept(evidence)
    )
