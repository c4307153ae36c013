"""`kundrost voice-url`: the URL to give the 46elks websocket number as its `voice_start`."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.elks.callbacks import voice_token, voice_url
from kundrost.settings import Settings, SettingsError


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "voice-url", help="the WebSocket URL to set as the 46elks websocket number's voice_start"
    )
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace) -> int:
    """The deployment's token is a keyed digest, so the URL needs the same
    `KUNDROST_ENCRYPTION_KEY` and `KUNDROST_PUBLIC_URL` as the service."""
    try:
        settings = Settings.from_env(os.environ)
    except SettingsError as error:
        print(f"kundrost voice-url: {error}", file=sys.stderr)
        return 2
    if settings.encryption_key_generated or not settings.public_url:
        print(
            "kundrost voice-url: set KUNDROST_ENCRYPTION_KEY and KUNDROST_PUBLIC_URL as the "
            "service has them",
            file=sys.stderr,
        )
        return 2
    token = voice_token(AesGcmCipher(settings.encryption_key))
    print(voice_url(settings.public_url, token))
    return 0
