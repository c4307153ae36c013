"""kundrost: AI feedback calls for Swedish stores, graded and rewarded."""

__version__ = "0.1.0"
