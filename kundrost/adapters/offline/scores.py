"""Scores: the analyzer computes in floats and answers in exact two-place Decimals."""

from __future__ import annotations

from decimal import Decimal


def unit(value: float) -> Decimal:
    """`value` clamped to [0, 1] and rounded half-up to two places, as a Decimal."""
    clamped = min(1.0, max(0.0, value))
    return Decimal(f"{clamped + 1e-9:.2f}")
