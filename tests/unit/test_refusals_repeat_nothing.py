"""A refusal names the field and its rule, never the value given: an `InvalidValue` reaches
logs, and the value may be a phone number, a name or what a customer said, pasted into the
wrong field. The scan holds every `InvalidValue` of the domain and the use cases to it: its
message is written text, or an f-string of limits, counts and type names, never the repr
(`!r`) of a value nor the text of another error, which repeats what it was given."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.opening_hours import hours_by_weekday
from kundrost.domain.week import IsoWeek
from tests.unit.transcript_builders import a_message

PACKAGE = Path(__file__).resolve().parents[2] / "kundrost"
SCANNED = ("domain", "application")
PASSED_ON = "reason"
"""`InvalidValue(..., error.reason)`: another refusal's message, held to the same rule."""


def refusal_messages() -> list[tuple[str, ast.expr]]:
    found = []
    for folder in SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "InvalidValue"
                    and len(node.args) > 1
                ):
                    where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                    found.append((where, node.args[1]))
    return found


def repeats_a_value(message: ast.expr) -> bool:
    if isinstance(message, ast.Constant):
        return False
    if isinstance(message, ast.Attribute) and message.attr == PASSED_ON:
        return False
    if isinstance(message, ast.JoinedStr):
        return any(
            isinstance(part, ast.FormattedValue) and part.conversion == ord("r")
            for part in message.values
        )
    return True


def test_no_refusal_message_repeats_the_value_it_refuses() -> None:
    messages = refusal_messages()
    repeating = [
        f"{where}: {ast.unparse(message)}"
        for where, message in messages
        if repeats_a_value(message)
    ]

    assert len(messages) > 100
    assert repeating == []


PHONE = "+46701234567"
SAID = "Jag heter Anna Lind, ring mig på 070-123 45 67"


@pytest.mark.parametrize(
    "refused",
    [
        lambda: a_message(language_detected=SAID),
        lambda: IsoWeek.parse(SAID),
        lambda: hours_by_weekday({SAID: None}),  # type: ignore[arg-type]
        lambda: IsoWeek.from_monday(PHONE),  # type: ignore[arg-type]
    ],
)
def test_a_refusal_of_personal_words_does_not_repeat_them(refused: object) -> None:
    with pytest.raises(InvalidValue) as raised:
        refused()  # type: ignore[operator]

    assert "Anna" not in str(raised.value)
    assert "070" not in str(raised.value)
    assert PHONE not in str(raised.value)
