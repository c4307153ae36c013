"""Settings come from the environment mapping, with embedded defaults and loud failures."""

import base64
import logging
from decimal import Decimal

import pytest

from kundrost.settings import ADAPTERS, Settings, SettingsError, decode_key

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()


def test_nothing_set_runs_every_port_on_its_embedded_adapter() -> None:
    settings = Settings.from_env({})

    assert {port: getattr(settings, port) for port in ADAPTERS} == {
        "storage": "memory",
        "cache": "memory",
        "queue": "memory",
        "analyzer": "offline",
        "voice": "offline",
        "telephony": "simulated",
    }
    assert settings.seed is None


def test_a_missing_encryption_key_makes_a_development_key_and_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="kundrost.settings"):
        first = Settings.from_env({})
    second = Settings.from_env({})

    assert first.encryption_key_generated
    assert len(first.encryption_key) == 32
    assert first.encryption_key != second.encryption_key
    assert "KUNDROST_ENCRYPTION_KEY is not set" in caplog.text


def test_a_set_encryption_key_is_decoded_and_never_shown() -> None:
    settings = Settings.from_env({"KUNDROST_ENCRYPTION_KEY": KEY})

    assert settings.encryption_key == bytes(range(32))
    assert not settings.encryption_key_generated
    assert KEY not in repr(settings)
    assert "encryption_key=" not in repr(settings)


@pytest.mark.parametrize(
    "text", ["not base64!", base64.urlsafe_b64encode(b"short").decode(), "  "[:0] + "QUJD"]
)
def test_a_malformed_encryption_key_is_refused_by_name(text: str) -> None:
    with pytest.raises(SettingsError, match="KUNDROST_ENCRYPTION_KEY"):
        decode_key(text)


def test_an_unknown_adapter_is_refused_naming_the_variable_and_the_choices() -> None:
    with pytest.raises(
        SettingsError, match=r"KUNDROST_STORAGE must be one of memory, postgres, got 'sqlite'"
    ):
        Settings.from_env({"KUNDROST_STORAGE": "sqlite", "KUNDROST_ENCRYPTION_KEY": KEY})


def test_adapter_names_are_read_case_insensitively() -> None:
    settings = Settings.from_env({"KUNDROST_ANALYZER": " Offline ", "KUNDROST_ENCRYPTION_KEY": KEY})

    assert settings.analyzer == "offline"


def test_a_seed_must_be_a_whole_number() -> None:
    assert Settings.from_env({"KUNDROST_SEED": "7", "KUNDROST_ENCRYPTION_KEY": KEY}).seed == 7
    with pytest.raises(SettingsError, match="KUNDROST_SEED"):
        Settings.from_env({"KUNDROST_SEED": "seven", "KUNDROST_ENCRYPTION_KEY": KEY})


def test_token_prices_default_to_gpt_4o_mini_and_must_be_prices() -> None:
    default = Settings.from_env({"KUNDROST_ENCRYPTION_KEY": KEY})
    assert (default.openai_prompt_price, default.openai_completion_price) == (
        Decimal("0.15"),
        Decimal("0.60"),
    )
    dearer = Settings.from_env(
        {"KUNDROST_OPENAI_PROMPT_PRICE": "2.50", "KUNDROST_ENCRYPTION_KEY": KEY}
    )
    assert dearer.openai_prompt_price == Decimal("2.50")
    for bad in ("free", "-1", "NaN"):
        with pytest.raises(SettingsError, match="KUNDROST_OPENAI_COMPLETION_PRICE"):
            Settings.from_env(
                {"KUNDROST_OPENAI_COMPLETION_PRICE": bad, "KUNDROST_ENCRYPTION_KEY": KEY}
            )
