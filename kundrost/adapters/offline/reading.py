"""Reading a transcript: the customer's turns split into sentences, clauses and words.

Only the customer's turns are read: the agent asks every caller the same questions, so its
words say nothing about this visit. A clause ends at a sentence mark, a comma, a colon or
before "men"/"fast" ("but"), because a customer who says "brödet var gott men dyrt" judges
two things; negation and sentiment are read within one clause.
"""

from __future__ import annotations

import re

from attrs import define

from kundrost.domain.transcript import Transcript

_SENTENCE = re.compile(r"\s(?:(?<=[.!?]\s)\s*|(?<=[\r\n])[\r\n]*)")
"""Whitespace after a sentence mark, or a run of line breaks. The pattern opens with one
character class so that the regex engine skips ahead to whitespace instead of trying every
position: twice as fast as the plain alternation (tests/analyzer/test_offline_gates.py
proves the splits the same)."""
_CLAUSE = re.compile(
    r"[\s,;:–—()](?:(?<=[,;:–—()])\s*|(?<=\s)\s*(?:[,;:–—()]\s*|"
    r"(?=[mfuMFU])(?=(?i:men|fast|utom)\b)))"
)
"""A comma, semicolon, colon, dash or bracket with the whitespace around it, or the
whitespace before "men", "fast" or "utom"; opening with one character class, as above. Only
the words ignore case: a global flag would fold every character the engine scans (a tenth of
the split's cost), and no mark or space has a case. The words' first letters, in either case
(no other character matches one ignoring case), are tried first at every space: a tenth less."""
_TOKEN = re.compile(r"[^\W_]+")
_MARKS = ".,!?:;\"'()"
"""Marks a word is often said with ("dyrt.", "(tror", "'bra'"): none is a letter or a digit."""


def tokens_of(text: str) -> tuple[str, ...]:
    """Case-folded runs of letters or digits; anything else only separates them.

    What `_TOKEN.findall` finds, read a word between spaces at a time: a word of letters
    and digits alone, or with marks only at its ends, is one run, and only the rest are
    searched. Each search costs the engine an allocation, so this is a third cheaper."""
    found: list[str] = []
    for word in text.casefold().split():
        if word.isalnum():
            found.append(word)
            continue
        bare = word.strip(_MARKS)
        if bare.isalnum():
            found.append(bare)
        else:
            found += _TOKEN.findall(word)
    return tuple(found)


@define
class Clause:
    """A stretch of one sentence read as one judgement; not `frozen`, for the reason
    `ClauseEvidence` is not."""

    text: str
    tokens: tuple[str, ...]
    sentence: int


@define
class Reading:
    """The customer's side of a call, ready for the scorers; not `frozen`, for the reason
    `ClauseEvidence` is not."""

    sentences: tuple[str, ...]
    clauses: tuple[Clause, ...]
    tokens: tuple[str, ...]
    turns: int
    sentence_turns: tuple[int, ...] = ()
    """For each sentence, the customer turn it was said in (0 for the first)."""


def _clause_parts(sentence: str) -> list[str]:
    """`_CLAUSE`'s split of a sentence, which it splits only at a mark or before "men",
    "fast" or "utom" in any case: a sentence with neither is one clause."""
    if (
        "," in sentence
        or ";" in sentence
        or ":" in sentence
        or "–" in sentence
        or "—" in sentence
        or "(" in sentence
        or ")" in sentence
    ):
        return _CLAUSE.split(sentence)
    folded = sentence.casefold()
    if "men" in folded or "fast" in folded or "utom" in folded:
        return _CLAUSE.split(sentence)
    return [sentence]


def read(transcript: Transcript) -> Reading:
    """Split the customer's turns into sentences, clauses and words."""
    sentences: list[str] = []
    sentence_turns: list[int] = []
    clauses: list[Clause] = []
    every: list[str] = []
    turns = transcript.customer_messages()
    for turn, message in enumerate(turns):
        content = message.content.strip()
        for sentence in _SENTENCE.split(content):
            sentence = sentence.strip()
            if not any(map(str.isalnum, sentence)):  # nothing `_TOKEN` finds; stops at a letter
                continue
            index = len(sentences)
            sentences.append(sentence)
            sentence_turns.append(turn)
            for part in _clause_parts(sentence):
                part_tokens = tokens_of(part)
                if part_tokens:
                    clauses.append(Clause(part.strip(), part_tokens, index))
                    every.extend(part_tokens)
    return Reading(
        tuple(sentences), tuple(clauses), tuple(every), len(turns), tuple(sentence_turns)
    )
