"""The README's first command: `kundrost example` shows the rules deciding three calls."""

import pytest

from kundrost.entrypoints.cli import main


def test_the_example_rewards_detailed_feedback_and_catches_the_night_purchase(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["example"]) == 0
    lines = capsys.readouterr().out.splitlines()
    detailed = lines[lines.index("1. Detailed Swedish feedback") + 1]
    night = lines[lines.index("2. Purchase at 02:00 UTC, store open 08:00–20:00") + 1]
    english = lines[lines.index("3. English speaker, 15 seconds") + 1]
    assert "10.43 % cashback" in detailed
    assert "no reward" in night
    assert "business_hours_violation" in night
    assert "abandoned (language_barrier)" in english


def test_an_unknown_command_is_refused_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["fly"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
