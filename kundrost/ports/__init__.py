"""ports layer of kundrost (see ARCHITECTURE.md)."""
