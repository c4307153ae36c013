"""Near-duplicate measure: Jaccard similarity of word 3-shingles of normalised text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.errors import InvalidValue
from kundrost.domain.similarity import (
    jaccard,
    jaccard_at_least,
    shingles,
    similarities,
    similarity,
    sizes_within_reach,
    words,
)
from tests.unit.grading_builders import CUSTOMER_TEXT, OTHER_CUSTOMER_TEXT

swedish_text = st.text(alphabet=st.sampled_from(list("abcåäö ÅÄÖ.,!?-\n")), max_size=60)


def test_words_are_casefolded_and_cut_at_anything_but_letters_and_digits() -> None:
    assert words("Kön i KASSAN, vid 17-tiden!") == ("kön", "i", "kassan", "vid", "17", "tiden")


def test_case_punctuation_and_spacing_make_no_difference() -> None:
    assert similarity("Köttdisken var fantastisk!", "köttdisken  VAR fantastisk") == 1


def test_two_texts_sharing_one_of_three_shingles_are_a_third_alike() -> None:
    assert similarity("bra kött och bröd", "bra kött och fisk") == Decimal(1) / 3


def test_texts_with_no_run_of_three_words_in_common_are_not_alike() -> None:
    assert similarity(CUSTOMER_TEXT, OTHER_CUSTOMER_TEXT) == 0


def test_a_text_shorter_than_a_shingle_is_one_shingle() -> None:
    assert shingles("Bra, tack") == frozenset({("bra", "tack")})
    assert similarity("Bra, tack", "bra tack") == 1
    assert similarity("Bra, tack", "Tack, bra") == 0


def test_two_empty_texts_are_identical_and_an_empty_text_is_like_nothing_else() -> None:
    assert similarity("", " ... ") == 1
    assert similarity("", "Bra") == 0


def test_one_text_is_compared_with_many_in_their_order() -> None:
    found = similarities(CUSTOMER_TEXT, [OTHER_CUSTOMER_TEXT, CUSTOMER_TEXT.upper()])
    assert found == (Decimal(0), Decimal(1))


def test_a_shingle_of_no_words_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        shingles("Bra", size=0)
    assert refused.value.field == "shingle_size"


@given(swedish_text, swedish_text)
def test_similarity_is_symmetric_and_between_zero_and_one(first: str, second: str) -> None:
    measured = similarity(first, second)
    assert measured == similarity(second, first)
    assert 0 <= measured <= 1


@given(swedish_text)
def test_a_text_is_entirely_like_itself(text: str) -> None:
    assert similarity(text, text) == 1


@given(
    st.frozensets(st.integers(0, 40), max_size=30),
    st.frozensets(st.integers(0, 40), max_size=30),
    st.sampled_from([Decimal(0), Decimal("0.3"), Decimal("0.5"), Decimal("0.85"), Decimal(1)]),
)
def test_jaccard_at_least_is_jaccard_when_it_reaches_the_minimum_and_none_below(
    first: frozenset[int], second: frozenset[int], minimum: Decimal
) -> None:
    exact = jaccard(first, second)
    assert jaccard_at_least(first, second, minimum) == (exact if exact >= minimum else None)


def test_jaccard_at_least_rules_out_by_size_alone_and_keeps_the_exact_boundary() -> None:
    ten, twenty = frozenset(range(10)), frozenset(range(20))
    assert jaccard_at_least(ten, twenty, Decimal("0.5")) == Decimal("0.5")
    assert jaccard_at_least(ten, twenty, Decimal("0.51")) is None
    assert jaccard_at_least(frozenset(), frozenset(), Decimal("0.85")) == 1


@given(
    st.integers(0, 300),
    st.integers(0, 300),
    st.sampled_from([Decimal(0), Decimal("0.3"), Decimal("0.85"), Decimal(1)]),
)
def test_sizes_within_reach_are_the_sizes_whose_ratio_reaches_the_minimum(
    size: int, other: int, minimum: Decimal
) -> None:
    fewest, most = sizes_within_reach(size, minimum)
    reachable = min(size, other) >= minimum * max(size, other)
    assert (fewest <= other and (most is None or other <= most)) == reachable
