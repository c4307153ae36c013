"""Swedish numbers spelt as one word are read at their value (`numbers.word_value`)."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.numbers import word_value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("tjugofem", 25),
        ("hundratio", 110),
        ("trehundrafemtio", 350),
        ("tusenfemhundra", 1500),
        ("tvåtusenfemhundra", 2500),
        ("tretusentvåhundrafyrtiofem", 3245),
        ("femhundratusen", 500_000),
        ("tvåmiljonerfemhundratusen", 2_500_000),
    ],
)
def test_a_compound_splits_at_its_largest_factor_first(word: str, value: int) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize("word", ["tiotjugo", "hundrahundra", "femtusentusen", "kronor"])
def test_a_word_that_spells_no_number_has_no_value(word: str) -> None:
    assert word_value(word) is None
