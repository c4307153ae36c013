"""A child under three reading a book aloud (`toddlers`): "min dotter, hon är två" … "hon
läste hela boken högt för mig". Not a child of three or more, a pretence, the act denied, the
adult reading to the child, a man two metres tall, nor reading about something.

Every sentence was written for this file (the twentieth round), at kinds of store other than
the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Min dotter, hon är två, följde med till apoteket.",
            "Medan vi väntade läste hon bipacksedeln högt för farmaceuten, varje ord.",
        ),
        (
            "Vi fikade på kaféet med vår son, han är arton månader.",
            "Han tog menyn och läste upp hela tårtlistan för baristan, hon skrattade.",
        ),
        (
            "I mataffären satt min son i kundvagnen, han är ett och ett halvt år gammal, och "
            "läste en hel receptbok högt för kassörskan.",
        ),
    ],
    ids=["pharmacy", "café", "grocery"],
)
def test_a_child_under_three_reading_aloud_is_impossible(answers: tuple[str, ...]) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Min dotter, hon är sex, följde med till apoteket.",
            "Medan vi väntade läste hon bipacksedeln högt för farmaceuten.",
        ),
        (
            "Vi fikade på kaféet med vår son, han är arton månader.",
            "Han låtsades att han läste menyn högt, det var så gulligt.",
        ),
        (
            "Min dotter, hon är två, satt i kundvagnen.",
            "Kassörskan, hon läste högt för henne ur en liten bilderbok medan jag packade.",
        ),
        (
            "Vår son är två år och tittade på bilderna i bokhandeln.",
            "Jag läste högt för honom i sagohörnan, personalen var jättesnälla.",
        ),
        (
            "Killen i järnhandeln, han är två meter lång, hämtade stegen.",
            "Sen läste han upp alla mått för mig från lappen, mycket hjälpsamt.",
        ),
        (
            "Min son, han är två, följde med till kaféet.",
            "Han läste inte alls, han åt bara bulle.",
        ),
    ],
    ids=["six years", "a pretence", "staff read to her", "the parent read", "tall", "denied"],
)
def test_an_older_child_a_pretence_or_an_adult_reading_is_no_claim(
    answers: tuple[str, ...],
) -> None:
    assert not said_impossible(*answers)
