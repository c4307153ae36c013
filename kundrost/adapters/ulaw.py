"""µ-law telephone sound as both live-call protocols carry it: base64 text, 8,000 bytes a second.

46elks (`ulaw`) and the OpenAI Realtime API (`audio/pcmu`) speak the same G.711 µ-law at
8 kHz, so a frame passes from one to the other as the same base64 text, never decoded.
"""

from __future__ import annotations

BYTES_PER_MS = 8


def ulaw_ms(payload: str) -> int:
    """How long base64 µ-law `payload` plays, in whole milliseconds, without decoding it."""
    padding = 2 if payload.endswith("==") else 1 if payload.endswith("=") else 0
    return (len(payload) * 3 // 4 - padding) // BYTES_PER_MS
