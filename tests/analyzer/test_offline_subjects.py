"""Whether "åt" is the verb "ate" or the preposition "for" (`subjects.ate`)."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.subjects import ate


def _ate(sentence: str) -> bool:
    tokens = tuple(sentence.split())
    return ate(tokens, tokens.index("åt"))


@pytest.mark.parametrize(
    "sentence",
    [
        "jag åt femtio bullar på en gång",
        "vi åt oss mätta på fyrtio kanelbullar",
        "barnen åt dem direkt",
        "jag köpte trettio semlor och åt dem allihop",
        "sen åt vi dem i bilen",
        "hon åt",
        "åt dem direkt",
    ],
)
def test_after_its_subject_or_och_it_is_the_verb_ate(sentence: str) -> None:
    assert _ate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "säljaren rullade ut femtio mattor åt oss",
        "han plockade fram tjugo tröjor åt mig att prova",
        "tjejen gjorde mackor åt oss",
        "killen bokade en bana åt dem",
    ],
)
def test_after_an_object_before_a_pronoun_it_is_the_preposition_for(sentence: str) -> None:
    assert not _ate(sentence)
