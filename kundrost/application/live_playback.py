"""Playback: where the shopper's ear is in the agent's sound, by the phone's marks.

A phone plays what it is sent in real time, however fast it arrives (a realtime model
sends a second of speech in a fraction of one), so what was *sent* is not what was
*heard*. The phone answers each mark once everything before it has been played: the
marks are the playback clock. Between two answers the ear moves on in real time, never
past what was sent. An interrupt drops what was queued: the marks still outstanding then
belong to the dropped sound and are ignored when they come back.
"""

from __future__ import annotations

from collections import deque

MARK_EVERY_MS = 200
"""A mark after this much sound: the clock is never more than this far from a confirmation."""


class Playback:
    """Positions are milliseconds of sound in the current stream (since the last interrupt);
    times are milliseconds of the call."""

    def __init__(self) -> None:
        self.sent_ms = 0
        self._heard_ms = 0
        self._heard_at = 0
        self._stream = 0
        self._marks: deque[tuple[int, int]] = deque()
        self._unmarked_ms = 0

    def position(self, now: int) -> int:
        """How much of the stream has been heard by `now`."""
        return min(self.sent_ms, self._heard_ms + max(0, now - self._heard_at))

    def playing(self, now: int) -> bool:
        return self.position(now) < self.sent_ms

    def ends_at(self) -> int:
        """When the last sound sent will have been played (or was, if the phone is quiet)."""
        return self._heard_at + (self.sent_ms - self._heard_ms)

    def start_of_next(self, now: int) -> int:
        """When sound sent at `now` will start playing: after what is still queued."""
        return now + self.sent_ms - self.position(now)

    def sent(self, ms: int, now: int) -> bool:
        """Count `ms` of sound sent at `now`; True when a mark is due after it."""
        if not self.playing(now):
            self._heard_ms, self._heard_at = self.sent_ms, now
        self.sent_ms += ms
        self._unmarked_ms += ms
        return self._unmarked_ms >= MARK_EVERY_MS

    def marked(self) -> None:
        """A mark was sent after everything sent so far."""
        self._marks.append((self._stream, self.sent_ms))
        self._unmarked_ms = 0

    def played(self, now: int) -> None:
        """The phone answered the oldest outstanding mark at `now`."""
        if not self._marks:
            return
        stream, position = self._marks.popleft()
        if stream == self._stream:
            self._heard_ms, self._heard_at = position, now

    def interrupted(self, now: int) -> None:
        """The phone dropped everything not yet played: a new stream starts, empty."""
        self._stream += 1
        self.sent_ms = self._heard_ms = self._unmarked_ms = 0
        self._heard_at = now
