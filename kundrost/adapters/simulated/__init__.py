"""A simulated phone network: records calls and reports their events, no provider needed."""

from kundrost.adapters.simulated.outcomes import (
    CallOutcome,
    CallScript,
    OutcomeRule,
    SeededOutcomes,
    everyone_answers,
)
from kundrost.adapters.simulated.telephony import CallEventListener, PlacedCall, SimulatedTelephony

__all__ = [
    "CallEventListener",
    "CallOutcome",
    "CallScript",
    "OutcomeRule",
    "PlacedCall",
    "SeededOutcomes",
    "SimulatedTelephony",
    "everyone_answers",
]
