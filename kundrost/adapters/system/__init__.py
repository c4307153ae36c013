"""System adapters: the clock and the identifier generators."""

from kundrost.adapters.system.clocks import ManualClock, SystemClock
from kundrost.adapters.system.ids import SeededIds, UuidGenerator

__all__ = ["ManualClock", "SeededIds", "SystemClock", "UuidGenerator"]
