"""`python -m kundrost` runs the `kundrost` command line."""

from kundrost.entrypoints.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
