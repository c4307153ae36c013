"""entrypoints layer of kundrost (see ARCHITECTURE.md)."""
