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

_SENTENCE_END = re.compile(r"[.!?]\s")
"""A sentence mark with whitespace after it: a sentence ends at the mark. Found by its mark,
one character class the regex engine skips ahead to."""
_CLAUSE_MARKS = ";:–—()"
"""Marks a clause ends at besides the comma."""
_BUT = re.compile(r"\s+(?=[mfuMFU])(?=(?i:men|fast|utom)\b)")
"""The whitespace before "men", "fast" or "utom", in any case: a clause ends before it. Only
the words ignore case: a global flag would fold every character the engine scans. The words'
first letters, in either case (no other character matches one ignoring case), are tried
first at every space."""
_BUT_WORDS = frozenset({"men", "fast", "utom"})
"""The words `_BUT` cuts before, as `tokens_of` reads them: a part without one is not cut."""
_TOKEN = re.compile(r"[^\W_]+")
_SENTENCE_MARKS = ".!?"
_MARKS = ".,!?:;\"'()"
"""Marks a word is often said with ("dyrt.", "(tror", "'bra'"): none is a letter or a digit."""


def tokens_of(text: str) -> tuple[str, ...]:
    """Case-folded runs of letters or digits; anything else only separates them.

    What `_TOKEN.findall` finds, read a word between spaces at a time: a word of letters
    and digits alone, or with marks only at its ends, is one run, and only the rest are
    searched. Each search costs the engine an allocation, so this is a third cheaper. Most
    clauses are words of letters and digits alone once the marks ending a sentence are
    dropped, which no run holds: those are their words, told by one test of them all."""
    words = text.casefold().rstrip(_SENTENCE_MARKS).split()
    if "".join(words).isalnum():
        return tuple(words)
    found: list[str] = []
    for word in words:
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


def _sentence_parts(turn: str) -> list[str]:
    """A turn cut at every line break and after every sentence mark followed by whitespace.
    The sentences are those of splitting at a run of line breaks or of whitespace after a
    mark, but for whitespace at their ends and parts of whitespace alone, which `read` strips
    and drops (tests/analyzer/test_offline_gates.py): a pattern for those runs tries its
    lookbehind at every space, and costs five times this."""
    lines = turn.replace("\r", "\n").split("\n") if "\n" in turn or "\r" in turn else (turn,)
    parts: list[str] = []
    for line in lines:
        start = 0
        for end in _SENTENCE_END.finditer(line):
            parts.append(line[start : end.start() + 1])
            start = end.start() + 1
        parts.append(line[start:])
    return parts


def _clauses_in(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """The clauses of a sentence with their words: cut at every comma, semicolon, colon, dash
    or bracket, and before "men", "fast" or "utom" (`_BUT`), which is looked for only in a
    part whose words hold one. The clauses are those of one pattern for both cuts, stripped
    and each with a word (tests/analyzer/test_offline_gates.py): that pattern was tried at
    every space, and cost five times this."""
    for mark in _CLAUSE_MARKS:
        if mark in sentence:
            sentence = sentence.replace(mark, ",")
    found: list[tuple[str, tuple[str, ...]]] = []
    for part in sentence.split(","):
        tokens = tokens_of(part)
        if _BUT_WORDS.isdisjoint(tokens):
            if tokens:
                found.append((part.strip(), tokens))
            continue
        for clause in _BUT.split(part):
            tokens = tokens_of(clause)
            if tokens:
                found.append((clause.strip(), tokens))
    return found


def read(transcript: Transcript) -> Reading:
    """Split the customer's turns into sentences, clauses and words."""
    sentences: list[str] = []
    sentence_turns: list[int] = []
    clauses: list[Clause] = []
    every: list[str] = []
    turns = transcript.customer_messages()
    for turn, message in enumerate(turns):
        content = message.content.strip()
        for sentence in _sentence_parts(content):
            sentence = sentence.strip()
            if not any(map(str.isalnum, sentence)):  # nothing `_TOKEN` finds; stops at a letter
                continue
            index = len(sentences)
            sentences.append(sentence)
            sentence_turns.append(turn)
            for text, tokens in _clauses_in(sentence):
                clauses.append(Clause(text, tokens, index))
                every.extend(tokens)
    return Reading(
        tuple(sentences), tuple(clauses), tuple(every), len(turns), tuple(sentence_turns)
    )
