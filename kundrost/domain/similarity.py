"""Near-duplicate texts: Jaccard similarity of the word 3-shingles of normalised text.

Normalising casefolds the text and keeps runs of letters and digits as words, so case,
punctuation and spacing never make two copies look different. A shingle is a run of
`size` consecutive words; two texts are as similar as the share of their distinct shingles
they have in common (|A ∩ B| / |A ∪ B|, 0 to 1). Shingles of three words catch a copied
answer with a word or two changed, yet two honest customers rarely share many of them.
Sets are built once per text, so comparing one transcript with a hundred is a hundred set
intersections.

A signature is the same set with each shingle replaced by a 64-bit digest of it. Stored
when a transcript is recorded, with a keyed digest (an HMAC in production), it lets later
calls be compared without decrypting any text and reveals no words; two signatures are as
alike as their texts, but for digest collisions (one in about 10^19 pairs of shingles).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from kundrost.domain.errors import InvalidValue

DEFAULT_SHINGLE_SIZE = 3

_WORD = re.compile(r"[^\W_]+")

Shingles = frozenset[tuple[str, ...]]
Signature = frozenset[int]
Digest = Callable[[str], int]
"""A deterministic 64-bit digest of one shingle's words joined by single spaces."""


def words(text: str) -> tuple[str, ...]:
    """The casefolded words of `text`; anything but a letter or digit only separates words."""
    return tuple(_WORD.findall(text.casefold()))


def shingles(text: str, size: int = DEFAULT_SHINGLE_SIZE) -> Shingles:
    """Every run of `size` consecutive words; a text shorter than that is a single shingle."""
    if size < 1:
        raise InvalidValue("shingle_size", f"must be at least 1, got {size}")
    tokens = words(text)
    if len(tokens) <= size:
        return frozenset({tokens}) if tokens else frozenset()
    return frozenset(tokens[start : start + size] for start in range(len(tokens) - size + 1))


def stable_digest(shingle: str) -> int:
    """An unkeyed digest (BLAKE2b, 8 bytes): for signatures that stay in the process."""
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")


def signature(
    text: str, digest: Digest = stable_digest, size: int = DEFAULT_SHINGLE_SIZE
) -> Signature:
    """The digests of the shingles of `text`: what is stored to find near-duplicates."""
    return frozenset(digest(" ".join(shingle)) for shingle in shingles(text, size))


def jaccard(first: frozenset[Any], second: frozenset[Any]) -> Decimal:
    """|A ∩ B| / |A ∪ B|; two empty sets are identical, so 1."""
    union = len(first | second)
    if union == 0:
        return Decimal(1)
    return Decimal(len(first & second)) / Decimal(union)


def jaccard_at_least(
    first: frozenset[Any], second: frozenset[Any], minimum: Decimal
) -> Decimal | None:
    """`jaccard(first, second)` when it reaches `minimum`, else None. Sizes alone rule out
    most pairs (the similarity is at most the smaller size over the larger), and the union
    is counted rather than built, so one transcript is checked against a thousand in a
    fraction of the time; the answer is exactly `jaccard`'s."""
    small, large = sorted((len(first), len(second)))
    if large == 0:
        return Decimal(1) if minimum <= 1 else None
    if small < minimum * large:
        return None
    common = len(first & second)
    union = small + large - common
    if common < minimum * union:
        return None
    return Decimal(common) / Decimal(union)


def sizes_within_reach(size: int, minimum: Decimal) -> tuple[int, int | None]:
    """The sizes (fewest, most; None: no most) another set must have to be at least
    `minimum` alike to a set of `size`: the similarity is at most the smaller size over the
    larger, so all others are ruled out unread."""
    if minimum <= 0:
        return 0, None
    return math.ceil(minimum * size), math.floor(size / minimum)


def similarity(first: str, second: str, size: int = DEFAULT_SHINGLE_SIZE) -> Decimal:
    """How alike two texts are, 0 (no shingle shared) to 1 (same words in the same order)."""
    return jaccard(shingles(first, size), shingles(second, size))


def similarities(
    text: str, others: Iterable[str], size: int = DEFAULT_SHINGLE_SIZE
) -> tuple[Decimal, ...]:
    """The similarity of `text` to each of `others`, in their order."""
    own = shingles(text, size)
    return tuple(jaccard(own, shingles(other, size)) for other in others)
