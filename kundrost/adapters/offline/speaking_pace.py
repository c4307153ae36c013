"""SpeakingPace: how long the turns of a phone conversation take, for the offline voice agent."""

from __future__ import annotations

import re

from attrs import frozen

from kundrost.domain.transcript import MAX_MESSAGE_CHARS, message_parts

__all__ = ["MAX_MESSAGE_CHARS", "SpeakingPace", "message_parts"]

_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")


@frozen
class SpeakingPace:
    """2.5 words a second plus a breath at each sentence end, the agent's reaction after the
    customer stops, a short pause between two things the agent says in a row, the
    customer's thinking time before an answer (drawn per turn between the two bounds) and
    how long the agent waits out silence. All in milliseconds."""

    ms_per_word: int = 400
    ms_per_sentence: int = 300
    agent_reaction_ms: int = 700
    agent_pause_ms: int = 400
    think_ms: tuple[int, int] = (800, 2200)
    silence_ms: int = 6000

    def speaking_ms(self, text: str) -> int:
        sentences = max(1, len(_SENTENCE_END.findall(text)))
        return len(text.split()) * self.ms_per_word + sentences * self.ms_per_sentence
