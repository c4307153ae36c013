"""LiveCallPolicy: the clock of a live feedback call, counted from the answer."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import at_least


@frozen
class LiveCallPolicy:
    """How long each part of a live call may take, in seconds from the answer.

    - `max_seconds` (120): the call ends whatever happens — the agent hangs up, and the phone
      network is told to end the call if it has not closed `hang_up_seconds` (3) later. A
      longer call could not be analysed and breaks what the shopper was promised.
    - `wrap_up_seconds` (105): the agent is told to thank the shopper and close, so that a
      closing fits before `max_seconds`.
    - `silence_seconds` (10): nobody has spoken for this long since the agent's words were
      played (not since they were sent: a phone plays them later) ends the call politely.
    - `answer_seconds` (5): the agent's greeting must have started by then, else the model
      is taken to be down and the call fails as a technical failure, to be retried.
    - `voicemail_seconds` (20): words heard before then are checked for a voicemail greeting.
    - `goodbye_seconds` (10): the longest a goodbye may take before the line is closed anyway.
    """

    max_seconds: int = field(default=120, validator=at_least(1))
    wrap_up_seconds: int = field(default=105, validator=at_least(1))
    silence_seconds: int = field(default=10, validator=at_least(1))
    answer_seconds: int = field(default=5, validator=at_least(1))
    voicemail_seconds: int = field(default=20, validator=at_least(0))
    goodbye_seconds: int = field(default=10, validator=at_least(1))
    hang_up_seconds: int = field(default=3, validator=at_least(1))

    def __attrs_post_init__(self) -> None:
        if self.wrap_up_seconds >= self.max_seconds:
            raise InvalidValue("wrap_up_seconds", "must come before max_seconds")
        if self.answer_seconds >= self.max_seconds:
            raise InvalidValue("answer_seconds", "must come before max_seconds")
