"""Someone said not yet able to do a thing who then did it (`recounted`): "hon är fem och kan
inte läsa än" … "hon läste hela kapitlet högt", for reading, writing, swimming, cycling,
counting and speaking; "hon" or "han" the nearest person before "kan" and the doer, in the
same call. Not the speaker's doing for them, a pretence ("låtsades"), one thing they cannot
read, another person, nor the act negated.

Every sentence was written for this file (the nineteenth round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Vi köpte simpuffar till vår son i badhusets kiosk, han är tre och kan inte simma än.",
            "Sen simmade han fyra längder i stora bassängen helt själv medan jag fikade.",
        ),
        (
            "Min dotter fick en ny cykel med stödhjul i cykelaffären, för hon kan inte cykla alls.",
            "Hon cyklade hem hela vägen utan stödhjul, tre kilometer, och personalen var så bra.",
        ),
        (
            "I leksaksaffären köpte vi ett skrivhäfte till min son, han kan inte skriva än.",
            "Han skrev en hel önskelista åt mig vid disken och gav den till expediten.",
        ),
    ],
    ids=["swimming hall", "bicycle shop", "toy shop"],
)
def test_an_act_done_by_one_said_not_yet_able_is_impossible(answers: tuple[str, ...]) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Vi köpte simpuffar till vår son i badhusets kiosk, han är tre och kan inte simma än.",
            "Jag simmade med honom på ryggen, och personalen var så bra.",
        ),
        (
            "Min dotter kan inte läsa än, så hon ville ha en bok med mycket bilder.",
            "Hon låtsades läsa den högt för oss hela kvällen, det var gulligt.",
        ),
        (
            "Min pappa kan inte läsa prislapparna utan glasögon.",
            "Han läste menyn högt i kaféet, den hade stor text.",
        ),
        (
            "Han kan inte cykla än, så han satt i cykelkärran.",
            "Hans storasyster cyklade bredvid hela vägen hem.",
        ),
        (
            "Hon kan inte skriva än, men hon ritade ett kort till personalen.",
            "Hon skrev inte sitt namn, det gjorde jag.",
        ),
    ],
    ids=["the speaker did it", "a pretence", "one thing not read", "another person", "negated"],
)
def test_the_speakers_doing_a_pretence_or_another_person_is_no_claim(
    answers: tuple[str, ...],
) -> None:
    assert not said_impossible(*answers)
