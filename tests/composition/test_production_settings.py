"""Settings for production: a service's address or key chooses its adapter, explicit choices
win, a chosen adapter without what it needs is refused by name, secrets are never shown."""

import base64
import logging
from datetime import timedelta

import pytest

from kundrost.settings import RateLimit, Settings, SettingsError

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
BASE = {"KUNDROST_ENCRYPTION_KEY": KEY, "KUNDROST_JWT_SECRET": "s3cret-for-tests"}
ELKS = {
    "ELKS_USERNAME": "u1234",
    "ELKS_PASSWORD": "p-secret",
    "ELKS_FROM_NUMBER": "+46766861004",
    "KUNDROST_PUBLIC_URL": "https://kundrost.example.se/",
}


def settings(**env: str) -> Settings:
    return Settings.from_env({**BASE, **env})


def test_service_addresses_and_keys_choose_the_production_adapters() -> None:
    chosen = settings(
        KUNDROST_DATABASE_URL="postgresql://kundrost@db:5432/kundrost",
        KUNDROST_REDIS_URL="redis://cache:6379/0",
        OPENAI_API_KEY="sk-test",
        **ELKS,
    )

    assert (chosen.storage, chosen.cache, chosen.queue) == ("postgres", "redis", "redis")
    assert (chosen.analyzer, chosen.telephony) == ("openai", "elks")
    assert chosen.voice == "openai"
    assert chosen.public_url == "https://kundrost.example.se"


def test_an_explicit_adapter_wins_over_what_an_address_implies() -> None:
    chosen = settings(KUNDROST_REDIS_URL="redis://cache:6379/0", KUNDROST_QUEUE="memory")

    assert (chosen.cache, chosen.queue) == ("redis", "memory")


@pytest.mark.parametrize(
    ("env", "needed"),
    [
        ({"KUNDROST_STORAGE": "postgres"}, "KUNDROST_DATABASE_URL"),
        ({"KUNDROST_CACHE": "redis"}, "KUNDROST_REDIS_URL"),
        ({"KUNDROST_ANALYZER": "openai"}, "OPENAI_API_KEY"),
        ({"KUNDROST_VOICE": "openai"}, "OPENAI_API_KEY"),
        ({"KUNDROST_TELEPHONY": "elks"}, "ELKS_USERNAME"),
        ({**ELKS, "ELKS_FROM_NUMBER": ""}, "ELKS_FROM_NUMBER"),
        ({**ELKS, "KUNDROST_PUBLIC_URL": ""}, "KUNDROST_PUBLIC_URL"),
    ],
)
def test_a_chosen_adapter_without_what_it_needs_is_refused_by_name(
    env: dict[str, str], needed: str
) -> None:
    with pytest.raises(SettingsError, match=needed):
        settings(**env)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("KUNDROST_DATABASE_URL", "mysql://db/kundrost"),
        ("KUNDROST_REDIS_URL", "http://cache"),
        ("KUNDROST_PUBLIC_URL", "kundrost.example.se"),
        ("KUNDROST_AUTO_MIGRATE", "perhaps"),
        ("KUNDROST_DATABASE_POOL_SIZE", "0"),
        ("KUNDROST_DATABASE_SCHEMA", "Kund-Röst"),
        ("KUNDROST_AI_CALLS_ENABLED", "maybe"),
        ("KUNDROST_RATE_LIMIT", "fast"),
        ("OPENAI_REALTIME_URL", "https://api.openai.com/v1"),
        ("KUNDROST_VOICE_SILENCE_SECONDS", "0"),
        ("KUNDROST_REDIS_TIMEOUT_SECONDS", "0.2"),
        ("KUNDROST_REDIS_TIMEOUT_SECONDS", "nan"),
        ("KUNDROST_REDIS_TIMEOUT_SECONDS", "inf"),
        ("KUNDROST_REDIS_TIMEOUT_SECONDS", "soon"),
    ],
)
def test_a_malformed_value_is_refused_naming_its_variable(variable: str, value: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        settings(**{variable: value})


def test_secrets_are_never_shown() -> None:
    chosen = settings(
        KUNDROST_DATABASE_URL="postgresql://kundrost:db-password@db/kundrost",
        KUNDROST_REDIS_URL="redis://:redis-password@cache:6379/0",
        OPENAI_API_KEY="sk-very-secret",
        **ELKS,
    )

    shown = repr(chosen)
    for secret in ("db-password", "redis-password", "sk-very-secret", "p-secret", "s3cret"):
        assert secret not in shown


def test_a_missing_jwt_secret_makes_a_development_secret_and_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="kundrost.settings"):
        first = Settings.from_env({"KUNDROST_ENCRYPTION_KEY": KEY})
    second = Settings.from_env({"KUNDROST_ENCRYPTION_KEY": KEY})

    assert first.jwt_secret_generated
    assert first.jwt_secret != second.jwt_secret
    assert len(first.jwt_secret) >= 32
    assert "KUNDROST_JWT_SECRET is not set" in caplog.text


@pytest.mark.parametrize(
    ("text", "requests", "period"),
    [
        ("1200", 1200, timedelta(minutes=1)),
        ("20/second", 20, timedelta(seconds=1)),
        (" 50000 / hour ", 50000, timedelta(hours=1)),
        ("1000000/day", 1000000, timedelta(days=1)),
    ],
)
def test_the_rate_limit_reads_a_count_and_an_optional_unit(
    text: str, requests: int, period: timedelta
) -> None:
    limit = RateLimit.parse(text)

    assert (limit.requests, limit.period) == (requests, period)


def test_the_rate_limit_defaults_to_1200_a_minute() -> None:
    assert str(settings().rate_limit) == "1200/minute"
    with pytest.raises(SettingsError, match="KUNDROST_RATE_LIMIT"):
        settings(KUNDROST_RATE_LIMIT="0")


def test_feature_flags_default_on_and_switch_off_by_area() -> None:
    assert all(settings().feature_enabled(area) for area in ("ai_calls", "ai_analysis"))
    switched = settings(KUNDROST_AI_CALLS_ENABLED="0", KUNDROST_BUSINESS_ANALYSIS_ENABLED="false")

    assert not switched.feature_enabled("ai_calls")
    assert switched.feature_enabled("ai_analysis")
    assert not switched.feature_enabled("business_analysis")
    with pytest.raises(ValueError, match="unknown feature"):
        switched.feature_enabled("payments")


def test_redis_commands_give_up_after_five_seconds_unless_told() -> None:
    assert settings().redis_timeout == 5.0
    assert settings(KUNDROST_REDIS_TIMEOUT_SECONDS="1.5").redis_timeout == 1.5


def test_the_live_voice_settings_and_their_defaults() -> None:
    chosen = settings(OPENAI_API_KEY="sk-test", ELKS_WEBSOCKET_NUMBER="+46766861999", **ELKS)

    assert chosen.openai_realtime_model == "gpt-realtime-mini"
    assert chosen.openai_websocket_url is None
    assert chosen.voice_silence_seconds == 10
    assert chosen.elks_websocket_number == "+46766861999"


@pytest.mark.parametrize(
    ("env", "url"),
    [
        ({"OPENAI_BASE_URL": "https://gateway.example.se/v1"}, "wss://gateway.example.se/v1"),
        ({"OPENAI_BASE_URL": "http://localhost:4000/v1"}, "ws://localhost:4000/v1"),
        (
            {
                "OPENAI_BASE_URL": "https://gateway.example.se/v1",
                "OPENAI_REALTIME_URL": "wss://realtime.example.se/v1",
            },
            "wss://realtime.example.se/v1",
        ),
    ],
)
def test_the_realtime_endpoint_follows_the_base_url_unless_it_is_set(
    env: dict[str, str], url: str
) -> None:
    chosen = settings(
        OPENAI_API_KEY="sk-test", KUNDROST_OPENAI_REALTIME_MODEL="gpt-realtime", **env
    )

    assert chosen.openai_websocket_url == url
    assert chosen.openai_realtime_model == "gpt-realtime"
