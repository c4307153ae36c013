"""The two legs of a live call — the shopper's phone and the realtime model — and its time.

The live conversation (`application.live_conversation`) stands between the legs: it passes
the shopper's sound to the model and the model's to the phone, and applies our rules to
what each side reports. A leg speaks its own protocol (the 46elks realtime socket, the
OpenAI Realtime API, a terminal, the offline agent) and reports in these events. This
module gathers the three ports for the code that uses them together.
"""

from kundrost.ports.call_time import CallTime
from kundrost.ports.model_leg import (
    AgentAudio,
    AgentDone,
    AgentText,
    EndCallRequested,
    ModelEvent,
    ModelLeg,
    ModelLost,
    ModelUnavailable,
    RealtimeModel,
    ShopperSaid,
    SpeechStarted,
    SpeechStopped,
)
from kundrost.ports.phone_leg import (
    Audio,
    Hello,
    PhoneClose,
    PhoneClosed,
    PhoneEvent,
    PhoneLeg,
    PhoneRefused,
    Played,
    ShopperAudio,
)

__all__ = [
    "AgentAudio",
    "AgentDone",
    "AgentText",
    "Audio",
    "CallTime",
    "EndCallRequested",
    "Hello",
    "ModelEvent",
    "ModelLeg",
    "ModelLost",
    "ModelUnavailable",
    "PhoneClose",
    "PhoneClosed",
    "PhoneEvent",
    "PhoneLeg",
    "PhoneRefused",
    "Played",
    "RealtimeModel",
    "ShopperAudio",
    "ShopperSaid",
    "SpeechStarted",
    "SpeechStopped",
]
