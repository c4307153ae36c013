"""Offline adapters: a deterministic Swedish feedback analyzer and a scripted voice agent
with simulated customers, the embedded defaults that need no network and no model."""

from kundrost.adapters.offline.analyzer import OfflineFeedbackAnalyzer
from kundrost.adapters.offline.simulated_customer import (
    EnglishCustomer,
    GenericCustomer,
    HangUpCustomer,
    ScriptedCustomer,
    SilentCustomer,
    SimulatedCustomer,
    TerseCustomer,
)
from kundrost.adapters.offline.voice_agent import OfflineVoiceAgent

__all__ = [
    "EnglishCustomer",
    "GenericCustomer",
    "HangUpCustomer",
    "OfflineFeedbackAnalyzer",
    "OfflineVoiceAgent",
    "ScriptedCustomer",
    "SilentCustomer",
    "SimulatedCustomer",
    "TerseCustomer",
]
