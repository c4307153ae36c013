"""Terminal adapters: a person at a keyboard as the shopper's phone (`kundrost talk`)."""

from kundrost.adapters.terminal.phone_leg import TerminalPhoneLeg, stdin_lines

__all__ = ["TerminalPhoneLeg", "stdin_lines"]
