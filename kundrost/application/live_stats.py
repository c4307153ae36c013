"""CallStats: how a live call sounded, measured by the bridge itself — its call quality metrics.

- first audio: from the answer to the first sound of the greeting at the shopper's ear;
- response latency, per shopper turn: from the end of the shopper's speech (the model's
  audio clock) to the agent's first sound at the ear; the median and the worst are kept;
- model latency: from asking the model for a turn to its first sound arriving (median);
- barge-ins: how often the shopper spoke over sound that was playing;
- lost audio: the share of the call no shopper sound arrived for (the phone streams sound
  all through a call, silence included);
- clarity: the transcription's confidence per shopper turn (1 for words without one, 0
  for speech it could not transcribe), averaged; 0 when the shopper never spoke.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from kundrost.application.live_turns import TurnLog
from kundrost.application.record_transcript import AudioQuality
from kundrost.domain.call_quality import rate_connection

_PLACES = Decimal("0.01")


class CallStats:
    def __init__(self) -> None:
        self.first_audio_ms: int | None = None
        self.latencies: list[int] = []
        self.model_waits: list[int] = []
        self.barge_ins = 0
        self.inbound_ms = 0
        self.input_tokens = self.output_tokens = 0
        self._turn_ended_at: int | None = None
        self._asked_at: int | None = None

    def shopper_stopped(self, at_ms: int) -> None:
        self._turn_ended_at = at_ms

    def asked(self, now: int) -> None:
        self._asked_at = now

    def agent_sound(self, plays_at: int, now: int) -> None:
        """The first sound of an agent's turn arrived at `now` and plays at `plays_at`."""
        if self.first_audio_ms is None:
            self.first_audio_ms = plays_at
        if self._turn_ended_at is not None:
            self.latencies.append(max(0, plays_at - self._turn_ended_at))
            self._turn_ended_at = None
        if self._asked_at is not None:
            self.model_waits.append(max(0, now - self._asked_at))
            self._asked_at = None

    def waiting_since(self) -> int | None:
        """When the model was asked for a turn whose sound has not come yet."""
        return self._asked_at

    def answered(self) -> None:
        """The model's turn ended without sound (a tool call, a stop)."""
        self._asked_at = None

    def tokens(self, input_tokens: int, output_tokens: int) -> None:
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens

    @property
    def latency_p50(self) -> int | None:
        return round(median(self.latencies)) if self.latencies else None

    @property
    def latency_max(self) -> int | None:
        return max(self.latencies) if self.latencies else None

    def quality(self, duration_ms: int, turns: TurnLog) -> AudioQuality:
        lost = max(0, duration_ms - self.inbound_ms)
        loss = Decimal(100 * lost / duration_ms if duration_ms else 0).quantize(
            _PLACES, ROUND_HALF_UP
        )
        latency = self.latency_p50 if self.latency_p50 is not None else self.first_audio_ms
        return AudioQuality(
            connection_quality=rate_connection(latency or 0, loss),
            audio_clarity_score=_clarity(turns),
            latency_ms=latency or 0,
            packet_loss_percentage=loss,
            openai_api_latency_ms=round(median(self.model_waits)) if self.model_waits else None,
            first_audio_ms=self.first_audio_ms,
            response_latency_p50_ms=self.latency_p50,
            response_latency_max_ms=self.latency_max,
            barge_ins=self.barge_ins,
        )


def _clarity(turns: TurnLog) -> Decimal:
    scores = [
        (turn.clarity if turn.clarity is not None else Decimal(1))
        if turn.text.strip()
        else Decimal(0)
        for turn in turns.shopper.values()
    ]
    if not scores:
        return Decimal(0)
    return (sum(scores, Decimal(0)) / len(scores)).quantize(_PLACES, ROUND_HALF_UP)
