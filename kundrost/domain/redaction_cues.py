"""What the redaction rules share: the word that says what a number or a street is, and
masking what a rule takes.

A long number or a street alone is often ambiguous: "8504121230" may be a personnummer or
an order number, "Storgatan 12" a customer's home or the store. The word before it in its
sentence says which ("mitt personnummer är …", "ordernumret var …", "jag bor på …",
"butiken på …"); the nearest such word wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

ORDER_CUE = re.compile(
    r"\b(?:order|kvitto|artikel|streckkod|referens|bokning|ärende|faktura|spårning)\w*",
    re.IGNORECASE,
)
"""Words that say a number is an order's, a receipt's or an article's."""
_SENTENCE_END = re.compile(r"[.!?\n]\s")


def nearest_cue(text: str, start: int, cues: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """Which of `cues` has the last word before `start` in its sentence, if any does."""
    sentence = max((end.end() for end in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = [(match.start(), cue) for cue in cues for match in cue.finditer(text, sentence, start)]
    return max(found, key=lambda place: place[0], default=(0, None))[1]


def mask(
    text: str,
    pattern: re.Pattern[str],
    mark: str,
    taken: Callable[[str, re.Match[str]], bool] = lambda _, __: True,
) -> str:
    """`text` with each match of `pattern` that `taken` takes replaced by `mark`."""
    pieces: list[str] = []
    written = 0
    for match in pattern.finditer(text):
        if taken(text, match):
            pieces += [text[written : match.start()], mark]
            written = match.end()
    pieces.append(text[written:])
    return "".join(pieces)
