"""Embedding: a text as a fixed-length vector by feature hashing, for search without a model.

Features are the case-folded words (weight 1), pairs of neighbouring words (0.7) and the
character trigrams of each word with its boundaries marked (0.4, so "kassan" and "kassorna"
share "<ka", "kas", "ass"). Each feature is hashed with CRC-32 — stable across processes,
unlike Python's `hash` — to one of `DIMENSIONS` slots with a sign taken from the hash, and
the vector is L2-normalised, so the dot product of two vectors is their cosine similarity.
Texts that share words and word stems score higher than unrelated texts; word order beyond
neighbours and meaning beyond shared forms are not captured. An empty text is the zero
vector.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import pairwise
from zlib import crc32

from kundrost.adapters.offline.reading import tokens_of

DIMENSIONS = 256
_WORD, _PAIR, _TRIGRAM = 1.0, 0.7, 0.4


def _features(text: str) -> Iterable[tuple[str, float]]:
    words = tokens_of(text)
    for word in words:
        yield "w:" + word, _WORD
        marked = f"<{word}>"
        for start in range(len(marked) - 2):
            yield "c:" + marked[start : start + 3], _TRIGRAM
    for first, second in pairwise(words):
        yield f"p:{first} {second}", _PAIR


def embed_text(text: str, dimensions: int = DIMENSIONS) -> tuple[float, ...]:
    vector = [0.0] * dimensions
    for feature, weight in _features(text):
        code = crc32(feature.encode("utf-8"))
        sign = 1.0 if code & 0x8000_0000 else -1.0
        vector[code % dimensions] += sign * weight
    norm = math.sqrt(sum(value * value for value in vector))
    if norm == 0:
        return tuple(vector)
    return tuple(value / norm for value in vector)
