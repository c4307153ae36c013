"""Settings: what an operator chooses through `KUNDROST_*` environment variables.

Read once, at startup, by `Settings.from_env(os.environ)`; nothing reads the environment
at import time. With nothing set, every port is served by its embedded adapter (memory
storage, cache and queue; offline analyzer and voice agent; simulated telephony), so the
whole product runs with no server, no key and no network.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from typing import Any

from attrs import field, frozen

from kundrost.adapters.crypto import key_from_text

logger = logging.getLogger(__name__)

PREFIX = "KUNDROST_"

ADAPTERS: dict[str, tuple[str, ...]] = {
    "storage": ("memory",),
    "cache": ("memory",),
    "queue": ("memory",),
    "analyzer": ("offline",),
    "voice": ("offline",),
    "telephony": ("simulated",),
}
"""The adapters each port can be served by; the first is the embedded default."""


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the environment variable."""


def _choice(port: str) -> Any:
    def check(_instance: object, _attribute: object, value: str) -> None:
        if value not in ADAPTERS[port]:
            allowed = ", ".join(ADAPTERS[port])
            raise SettingsError(f"{PREFIX}{port.upper()} must be one of {allowed}, got {value!r}")

    return check


def _key(_instance: object, _attribute: object, value: bytes) -> None:
    if len(value) != 32:
        raise SettingsError(f"{PREFIX}ENCRYPTION_KEY must hold 32 bytes, got {len(value)}")


def decode_key(text: str) -> bytes:
    """A key as `KUNDROST_ENCRYPTION_KEY` holds it: 32 bytes in URL-safe base64."""
    try:
        return key_from_text(text)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


@frozen(kw_only=True)
class Settings:
    """Which adapter serves each port, and the secrets the adapters need."""

    storage: str = field(default="memory", validator=_choice("storage"))
    """`KUNDROST_STORAGE`: where sessions, transcripts, assessments and reports live."""
    cache: str = field(default="memory", validator=_choice("cache"))
    """`KUNDROST_CACHE`: live conversation state, idempotency keys, counters."""
    queue: str = field(default="memory", validator=_choice("queue"))
    """`KUNDROST_QUEUE`: background jobs (analysis, retries, reports)."""
    analyzer: str = field(default="offline", validator=_choice("analyzer"))
    """`KUNDROST_ANALYZER`: who reads the feedback."""
    voice: str = field(default="offline", validator=_choice("voice"))
    """`KUNDROST_VOICE`: who holds the conversation."""
    telephony: str = field(default="simulated", validator=_choice("telephony"))
    """`KUNDROST_TELEPHONY`: who places the calls."""
    encryption_key: bytes = field(repr=False, validator=_key)
    """`KUNDROST_ENCRYPTION_KEY`: 32 bytes, URL-safe base64; encrypts personal data at rest."""
    encryption_key_generated: bool = False
    """True when no key was set and a throw-away development key was made at startup."""
    seed: int | None = None
    """`KUNDROST_SEED`: makes generated ids reproducible (demo and tests); unset in production."""

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Settings from a mapping such as `os.environ`; unknown variables are ignored.

        Without `KUNDROST_ENCRYPTION_KEY` a random key is made and a loud warning logged:
        data encrypted with it cannot be read after a restart.
        """
        key_text = env.get(PREFIX + "ENCRYPTION_KEY", "").strip()
        generated = not key_text
        if generated:
            logger.warning(
                "KUNDROST_ENCRYPTION_KEY is not set: using a random development key. Personal "
                "data encrypted now cannot be decrypted after a restart. Set it in production."
            )
        seed_text = env.get(PREFIX + "SEED", "").strip()
        try:
            seed = int(seed_text) if seed_text else None
        except ValueError as exc:
            raise SettingsError(f"{PREFIX}SEED must be a whole number, got {seed_text!r}") from exc
        chosen = {
            port: env.get(PREFIX + port.upper(), "").strip().lower() or options[0]
            for port, options in ADAPTERS.items()
        }
        return cls(
            **chosen,
            encryption_key=secrets.token_bytes(32) if generated else decode_key(key_text),
            encryption_key_generated=generated,
            seed=seed,
        )

    @classmethod
    def embedded(cls, *, seed: int | None = None) -> Settings:
        """The embedded defaults with a fresh development key, without a warning: for the
        demo and tests, whose data lives only in memory."""
        return cls(encryption_key=secrets.token_bytes(32), encryption_key_generated=True, seed=seed)

    def as_config(self) -> dict[str, Any]:
        """The container's configuration values."""
        return {
            **{port: getattr(self, port) for port in ADAPTERS},
            "encryption_key": self.encryption_key,
            "seed": self.seed,
        }
