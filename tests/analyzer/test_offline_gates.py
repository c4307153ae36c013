"""The analyzer's cheap gates are necessary conditions: behind each, the reading it guards
finds exactly what it found without it, on every sentence and clause of the training sets."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from kundrost.adapters.offline.cues import SUGGESTION, may_suggest, phrase
from kundrost.adapters.offline.lexicon import (
    _PREFIXES,
    WEIGHTS,
    clause_weights,
    polarity,
    sentiment,
)
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.reading import Clause, Reading, read
from kundrost.adapters.offline.rewards import GRADING_WORDS, REWARD, asks_reward, grading_words
from kundrost.adapters.offline.stakes import _COSTLY, _costly
from kundrost.adapters.offline.timeline import _HABIT, _habitual
from tests.analyzer.corpus import transcript_of

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("corpus", "holdout", "patterns", "dev2")


@cache
def _readings() -> tuple[Reading, ...]:
    found: list[Reading] = []
    for name in SETS:
        entries = json.loads((DATA / f"feedback_{name}.json").read_text(encoding="utf-8"))
        found.extend(read(transcript_of(entry)) for entry in entries["items"])
    return tuple(found)


def _clauses() -> list[Clause]:
    return [clause for reading in _readings() for clause in reading.clauses]


def _sentences() -> list[tuple[str, ...]]:
    sentences: list[tuple[str, ...]] = []
    for reading in _readings():
        words: list[list[str]] = [[] for _ in reading.sentences]
        for clause in reading.clauses:
            words[clause.sentence].extend(clause.tokens)
        sentences.extend(tuple(w) for w in words)
    return sentences


def test_the_training_sets_are_read() -> None:
    assert len(_clauses()) > 3000
    assert len(_sentences()) > 1500


def test_no_weighted_word_is_a_number() -> None:
    """`clause_weights` counts judging words as the clause reader does, which reads a number
    word as a number only: a number word with a weight would be skipped."""
    weighted = set(WEIGHTS) | {p + w for p in _PREFIXES for w in WEIGHTS}
    assert not [w for w in weighted if w.isdigit() or word_value(w) is not None]


def test_clause_weights_are_sentiment() -> None:
    for clause in _clauses():
        judging = sum(1 for t in clause.tokens if polarity(t))
        assert clause_weights(clause.tokens, judging) == sentiment(clause.tokens), clause.text


@pytest.mark.parametrize(
    ("gate", "pattern"),
    [(asks_reward, REWARD), (_costly, _COSTLY), (_habitual, _HABIT)],
    ids=["reward", "costly", "habit"],
)
def test_word_gates_agree_with_their_patterns(
    gate: Callable[[str], bool], pattern: re.Pattern[str]
) -> None:
    for tokens in _sentences():
        text = phrase(tokens)
        assert gate(text) == (pattern.search(text) is not None), text


def test_suggestion_gate_agrees_with_its_pattern() -> None:
    for tokens in _sentences():
        text = phrase(tokens)
        assert may_suggest(tokens, text) == (SUGGESTION.search(text) is not None), text


def test_grading_words_are_counted_as_the_pattern_finds_them() -> None:
    for tokens in _sentences():
        assert grading_words(tokens) == len(GRADING_WORDS.findall(phrase(tokens)))
