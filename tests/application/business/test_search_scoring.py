from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.application.search_scoring import (
    SearchPolicy,
    cosine,
    departments_named,
    lexical,
    matches,
    terms,
)
from kundrost.domain.business_context import Department
from kundrost.domain.errors import InvalidValue

unit = st.decimals(min_value=0, max_value=1, places=4)
vectors = st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=3, max_size=3)


@pytest.mark.parametrize(
    ("term", "word"),
    [("bageri", "bageriet"), ("bageriet", "bageri"), ("kassa", "kassakö"), ("kö", "kö")],
)
def test_a_word_matches_itself_and_words_it_begins_from_four_letters(term: str, word: str) -> None:
    assert matches(term, word, min_prefix=4)


@pytest.mark.parametrize(("term", "word"), [("kö", "köttdisken"), ("bröd", "smörgås")])
def test_a_short_beginning_or_another_word_does_not_match(term: str, word: str) -> None:
    assert not matches(term, word, min_prefix=4)


def test_common_words_are_left_out_of_a_query_unless_it_has_nothing_else() -> None:
    assert terms("Kön i kassan och kön i kassan") == ("kön", "kassan")
    assert terms("och i") == ("och", "i")


def test_lexical_is_the_share_of_the_query_words_found() -> None:
    assert lexical(("kassan", "parkering"), ("kön", "i", "kassan"), 4) == Decimal("0.5")
    assert lexical((), ("kassan",), 4) == 0


def test_cosine_of_a_vector_with_itself_is_1_and_with_its_opposite_minus_1() -> None:
    assert cosine((1.0, 2.0), (2.0, 4.0)) == Decimal(1)
    assert cosine((1.0, 2.0), (-1.0, -2.0)) == Decimal(-1)
    assert cosine((0.0, 0.0), (1.0, 2.0)) == 0


def test_vectors_of_different_lengths_are_refused() -> None:
    with pytest.raises(InvalidValue):
        cosine((1.0,), (1.0, 2.0))


@given(vectors, vectors)
def test_cosine_lies_between_minus_1_and_1_and_is_exact(
    first: list[float], second: list[float]
) -> None:
    value = cosine(first, second)
    assert isinstance(value, Decimal)
    assert -1 <= value <= 1


@given(unit, st.decimals(min_value=-1, max_value=1, places=6))
def test_a_score_lies_in_0_to_1_with_four_places(overlap: Decimal, closeness: Decimal) -> None:
    score = SearchPolicy().score(overlap, closeness)
    assert 0 <= score <= 1
    assert score == score.quantize(Decimal("0.0001"))


@given(unit, unit, unit)
def test_more_overlap_never_scores_lower(low: Decimal, high: Decimal, closeness: Decimal) -> None:
    low, high = sorted((low, high))
    policy = SearchPolicy()
    assert policy.score(low, closeness) <= policy.score(high, closeness)


def test_a_text_without_shared_words_is_a_match_only_when_close_in_meaning() -> None:
    policy = SearchPolicy()
    assert policy.is_hit(Decimal(0), Decimal("0.5"))
    assert not policy.is_hit(Decimal(0), Decimal("0.49"))
    assert policy.is_hit(Decimal("0.1"), Decimal(0))


def test_weights_that_do_not_sum_to_1_are_refused() -> None:
    with pytest.raises(InvalidValue):
        SearchPolicy(lexical_weight=Decimal("0.7"), semantic_weight=Decimal("0.7"))


def test_a_department_is_named_when_every_word_of_one_of_its_names_is_in_the_query() -> None:
    meat = Department("Kött", ("köttdisken", "meat section"))
    [named] = departments_named(("meat", "section", "opinions"), [meat], 4)
    assert (named.name, named.covers) == ("Kött", frozenset({"meat", "section"}))
    assert named.concerns("Kött", (), 4)
    assert named.concerns(None, ("nöjd", "med", "köttdisken"), 4)
    assert not named.concerns("Kassan", ("kön", "var", "lång"), 4)
    assert departments_named(("meat",), [meat], 4) == ()
    assert departments_named(("köttdisk",), [meat], 4)[0].covers == {"köttdisk"}


def test_a_department_name_of_common_words_is_named_by_its_other_words() -> None:
    produce = Department("Frukt och grönt")
    [named] = departments_named(("frukt", "grönt"), [produce], 4)
    assert named.covers == {"frukt", "grönt"}


def test_a_covered_term_counts_as_found() -> None:
    assert (
        lexical(("meat", "section", "opinions"), ("bra",), 4, frozenset({"meat"})) == Decimal(1) / 3
    )
