"""adapters layer of kundrost (see ARCHITECTURE.md)."""
