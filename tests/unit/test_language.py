"""The Swedish-or-not text test for customer turns without a detected language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.language import detect_language, evidence, is_swedish


@pytest.mark.parametrize(
    "text",
    [
        "Köttdisken var fantastisk och personalen var hjälpsam",
        "allt var bra, inget mer att säga",
        "Det var lite kö i kassan, men annars var allt bra.",
        "Jag hittade inte havremjölken.",
        "Parkeringen är för liten.",
        "Frukten såg fräsch ut men brödet var torrt",
        "Eh, vad heter det, frukt och grönt var fint",
        "Jag köpte kycklingfärs",
    ],
)
def test_swedish_sentences_are_swedish(text: str) -> None:
    assert detect_language(text) == "sv"
    assert is_swedish(text)


@pytest.mark.parametrize(
    "text",
    [
        "The meat counter was great and the staff were helpful",
        "Sorry, I don't speak Swedish.",
        "There was a queue at the checkout, but otherwise it was fine.",
        "I think the prices were too high",
    ],
)
def test_english_sentences_are_english(text: str) -> None:
    assert detect_language(text) == "en"
    assert not is_swedish(text)


def test_swedish_with_english_loan_words_stays_swedish() -> None:
    assert detect_language("Det var nice, personalen var super chill") == "sv"
    assert detect_language("Ja, det var bra. But the cashier was rude.") == "sv"


@pytest.mark.parametrize("filler", ["ja", "Ja.", "okej", "nej", "jo", "tack", "Nä"])
def test_swedish_fillers_count_as_swedish_in_a_swedish_call(filler: str) -> None:
    assert detect_language(filler) == "sv"


@pytest.mark.parametrize("filler", ["mm", "hmm", "ok", "eh", "", "   ", "123", "?!"])
def test_a_turn_without_language_evidence_is_undetermined_and_not_swedish(filler: str) -> None:
    assert detect_language(filler) == "und"
    assert not is_swedish(filler)


def test_danish_and_norwegian_speech_is_not_swedish_once_its_own_words_outweigh() -> None:
    assert detect_language("Jeg synes butikken var god og personalet var søde") == "und"
    assert detect_language("Butikken var veldig fin og personalet var hyggelige") == "und"


def test_norwegian_that_reads_as_swedish_is_accepted() -> None:
    assert detect_language("Det var bra og personalet var hjelpsomme") == "sv"


@pytest.mark.parametrize(
    "text",
    [
        "Das Fleisch war sehr gut und das Personal war freundlich",
        "Ich habe den Käse gekauft",
        "Liha oli hyvää ja henkilökunta oli ystävällistä",
        "Compré carne en la tienda de la esquina",
        "Mięso było bardzo dobre",
        "اللحم كان ممتازا",
    ],
)
def test_other_languages_are_never_taken_for_swedish(text: str) -> None:
    assert detect_language(text) == "und"


def test_case_does_not_matter() -> None:
    text = "Köttdisken var fantastisk och personalen var hjälpsam"
    assert evidence(text.upper()) == evidence(text) == (6, 0, 0)


@given(st.text(max_size=300))
def test_every_text_gets_one_of_three_answers_and_is_swedish_only_when_detected(text: str) -> None:
    language = detect_language(text)
    assert language in {"sv", "en", "und"}
    assert is_swedish(text) is (language == "sv")
    assert detect_language(text) == language
