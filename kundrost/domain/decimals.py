"""Rounding of exact numbers: half-up to the cent, as money and the API show them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def rounded(value: Decimal, step: Decimal = CENT) -> Decimal:
    """Half-up to `step` (two decimals by default): 2.345 becomes 2.35, never 2.34."""
    return value.quantize(step, rounding=ROUND_HALF_UP)
