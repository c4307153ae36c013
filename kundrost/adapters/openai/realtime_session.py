"""The realtime session kundrost asks OpenAI for, and how its server events read.

`session.update` (GA interface): the script's Swedish instructions; µ-law in and out
(`audio/pcmu`, what 46elks sends and plays, so no sound is ever transcoded); Swedish input
transcription with its log-probabilities (the call's clarity); server-side turn detection
that reports speech but never answers or interrupts by itself, because our rules decide
when the agent speaks; one tool, the agent's way to hang up after its closing.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from kundrost.domain.call_script import END_CALL_TOOL, CallScript

TRANSCRIPTION_MODEL = "gpt-4o-mini-transcribe"
VOICE = "marin"
TRANSCRIPTION_PROMPT = (
    "Telefonsamtal med en kund om ett butiksbesök. Skriv exakt det som sägs, på det språk "
    "som talas."
)
_END_CALL = {
    "type": "function",
    "name": END_CALL_TOOL,
    "description": "Lägg på samtalet. Anropa först när du har sagt avslutningen.",
    "parameters": {"type": "object", "properties": {}, "additionalProperties": False},
}


def session_update(
    script: CallScript, *, model: str, voice: str = VOICE, transcription: str = TRANSCRIPTION_MODEL
) -> dict[str, Any]:
    return {
        "type": "session.update",
        "session": {
            "type": "realtime",
            "model": model,
            "instructions": script.instructions,
            "output_modalities": ["audio"],
            "audio": {
                "input": {
                    "format": {"type": "audio/pcmu"},
                    "transcription": {
                        "model": transcription,
                        "language": "sv",
                        "prompt": TRANSCRIPTION_PROMPT,
                    },
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 0.5,
                        "prefix_padding_ms": 300,
                        "silence_duration_ms": 500,
                        "create_response": False,
                        "interrupt_response": False,
                    },
                    "noise_reduction": {"type": "near_field"},
                },
                "output": {"format": {"type": "audio/pcmu"}, "voice": voice},
            },
            "include": ["item.input_audio_transcription.logprobs"],
            "tools": [_END_CALL],
            "tool_choice": "auto",
        },
    }


def clarity(logprobs: Any) -> Decimal | None:
    """The transcription's mean token probability, 0–1 to two places; None without any."""
    values = [
        item["logprob"]
        for item in logprobs or ()
        if isinstance(item, dict) and isinstance(item.get("logprob"), int | float)
    ]
    if not values:
        return None
    probability = math.exp(sum(values) / len(values))
    return Decimal(str(min(1.0, max(0.0, probability)))).quantize(Decimal("0.01"), ROUND_HALF_UP)


def usage(response: Any) -> tuple[int, int]:
    """Input and output tokens of a `response.done`'s response."""
    used = (response or {}).get("usage") or {}
    return int(used.get("input_tokens") or 0), int(used.get("output_tokens") or 0)
