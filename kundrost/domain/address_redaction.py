"""Address redaction: a street address a customer gives as where they (or someone they know)
live is replaced by "[adress]" before words are kept.

"Jag bor på Storgatan 12, så jag går förbi varje dag" tells the store where a named
customer sleeps; "butiken på Storgatan 12" only where the store is. So a street and its
number ("Storgatan 12", "storgatan 12 B", "Gamla Kungsvägen 3", with what follows it as
part of a postal address: ", lgh 1101", ", 4 tr", ", 123 45 Lund") is redacted when the
nearest word before it in its sentence is one of living or sending home ("bor", "bodde",
"adress", "hemma", "hem till", "skicka", "leverera"), not one of the store or another
place of business or of shopping ("butiken", "affären", "ni", "er", "parkeringen",
"handlade").

A street is a word ending as Swedish street names do ("-gatan", "-vägen", "-gränd",
"-torget", "-backen", …) and longer than that ending, or after "Lilla", "Norra" and the
like ("Lilla Torget"). Kept: the store's address and any
other named without such a word ("ni ligger ju på Kungsgatan 5"), a street without a
number, and numbers alone ("123 45", "kassa 3"). Limits: an address given without a
word of living ("Storgatan 12 är där jag …") is kept, and so is one after a store's word
nearer to it ("jag bor nära butiken på Storgatan 12"), the store's.
"""

from __future__ import annotations

import re

from kundrost.domain.redaction_cues import mask, nearest_cue

ADDRESS_MARK = "[adress]"

_ENDINGS = (
    "gatan|gata|vägen|väg|gränd|gränden|stigen|backen|allén|allé|torget|torg|platsen|leden|"
    "gången|kajen|esplanaden|promenaden|slingan|svängen|ringen|liden|höjden"
)
_PREFIXES = "norra|södra|östra|västra|gamla|nya|lilla|stora|sankt|s:t"
_STREET = rf"(?:(?:{_PREFIXES})\s+[^\W\d_]*?|[^\W\d_]{{2,}}?)(?:{_ENDINGS})"
_UNIT = r"(?:,?\s*(?:lgh|lägenhet)\s*\d{3,4}|,?\s*\d{1,2}\s*(?:tr|trappor)\b)"
_POSTAL = r"(?:,?\s*\d{3}\s?\d{2}(?:\s+[A-ZÅÄÖ][^\W\d_]+)?)"
_ADDRESS = re.compile(
    rf"\b{_STREET}\s+\d{{1,4}}(?:\s?[a-zA-Z]\b)?{_UNIT}?{_POSTAL}?(?![\d,.:]\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_HOME = re.compile(
    r"\b(?:bor|bodde|boende|bosatt|adress\w*|hemadress\w*|hem|hemma|skicka\w*|leverera\w*|"
    r"posta\w*)\b",
    re.IGNORECASE,
)
_BUSINESS = re.compile(
    r"\b(?:butik\w*|affär\w*|ni|er|ert|era|filial\w*|varuhus\w*|parkering\w*|station\w*|"
    r"apotek\w*|restaurang\w*|caf[eé]\w*|ica|coop|willys|hemköp|lidl|handla\w*|köp\w*)\b",
    re.IGNORECASE,
)


def _home(text: str, match: re.Match[str]) -> bool:
    """The nearest word of living or of business before the street is one of living."""
    return nearest_cue(text, match.start(), (_HOME, _BUSINESS)) is _HOME


def redact_addresses(text: str) -> str:
    """`text` with every street address given as a home replaced by "[adress]" (rules
    above)."""
    if _HOME.search(text) is None or _DIGIT.search(text) is None:
        return text
    return mask(text, _ADDRESS, ADDRESS_MARK, _home)
