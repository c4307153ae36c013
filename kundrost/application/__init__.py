"""application layer of kundrost (see ARCHITECTURE.md)."""
