"""Swedish numbers are read at their value: one word (`numbers.word_value`) and a number with
the word after it (`numbers.quantities`)."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.numbers import quantities, word_value


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


@pytest.mark.parametrize(
    ("said", "amounts"),
    [
        ("tre timmar", ((3.0, "timmar"),)),
        ("en halv timme", ((0.5, "timme"),)),
        ("en och en halv timme", ((1.5, "timme"),)),
        ("två och en halv timme", ((2.5, "timme"),)),
        ("ett halvt kilo", ((0.5, "kilo"),)),
        ("ett och ett halvt kilo", ((1.5, "kilo"),)),
        ("tre och ett halvt kilo ost", ((3.5, "kilo"),)),
        ("en halvtimme", ((0.5, "timme"),)),
        ("tio jävla minuter", ((10.0, "minuter"),)),
    ],
)
def test_a_number_is_read_with_its_halves_and_the_word_after_it(
    said: str, amounts: tuple[tuple[float, str], ...]
) -> None:
    assert quantities(tuple(said.split())) == amounts


def test_an_article_joined_by_och_is_a_number_of_its_own() -> None:
    said = ("tre", "äpplen", "och", "ett", "päron")
    assert quantities(said) == ((3.0, "äpplen"), (1.0, "päron"))
