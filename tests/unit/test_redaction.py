"""Redacting is idempotent: a text redacted again keeps every mark as it is and finds nothing
new, whatever the customer said and however the marks came to stand next to each other."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kundrost.domain.redaction import redact

_WORDS = [
    *["[namn]", "[telefon]", "[e-post]", "[personnummer]", "[kortnummer]", "[kontonummer]"],
    *["[adress]", "namn", "telefon", "[", "]", "s", "-", "+", "@"],
    *["heter", "mitt namn är", "jag heter", "min", "man", "son", "är", "var", "hade"],
    *["kassören", "grannen", "Pelle", "anna", "Anna", "lind", "Karlsson", "zlatan", "Stig"],
    *["Storgatan", "12", "bor", "på", "lgh", "1101", "123", "45", "99", "butiken"],
    *["850412-1234", "8504121230", "070-123", "0701234599", "personnummer", "ordernummer"],
    *["4111", "1111", "kortet", "kontot", "8327-9", "SE45", "5000", "0583"],
    *["åttiofem", "noll", "fyra", "tolv", "ett", "två", "tre", "nitton", "plus", "sjuttio"],
    *["kalle.anka@example.se", "snabel-a", "punkt", "se"],
]


@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "", ", ", ". ", "-", "\n"])),
        max_size=14,
    )
)
@example([("Pelle", ""), ("0701234599", "")])
@example([("Pelle", ""), ("8504121230", "")])
@example([("8504121230", ""), ("Pelle", "")])
@example([("noll", " "), ("sju", " "), ("nollPelle", "")])
def test_redacting_twice_changes_nothing_more(words: list[tuple[str, str]]) -> None:
    once = redact("".join(word + gap for word, gap in words))
    assert redact(once) == once


@given(st.text(alphabet="0123456789 -+@.,[]abcnolpuseåäöAKPSTLgt\n", max_size=50))
def test_redacting_any_text_of_digits_letters_and_brackets_twice_changes_nothing_more(
    text: str,
) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Ring Pelle0701234599", "Ring [namn]0701234599"),
        ("[Anna] var där", "[[namn]] var där"),
        ("kassören [namn] var snäll, [telefon] och [e-post]", None),
        ("min man [namn] var här, mitt namn är [namn]", None),
    ],
)
def test_a_mark_is_a_word_for_every_rule(said: str, kept: str | None) -> None:
    assert redact(said) == (said if kept is None else kept)
