"""The pages' colours, and the contrast rule every pair of text and background keeps."""

from __future__ import annotations

from types import MappingProxyType

MIN_CONTRAST = 4.5
"""WCAG 2 level AA for normal text: every colour text is drawn in, on every background."""

COLOURS = MappingProxyType(
    {
        "ink": "#1b1f24",
        "muted": "#4a5360",
        "paper": "#ffffff",
        "panel": "#f3f5f7",
        "rule": "#c9d0d8",
        "accent": "#0b5cad",
        "good": "#1d6b40",
        "bad": "#a4262c",
        "warn": "#8a4b00",
    }
)
"""Named colours; the CSS and the charts use these names only."""

TEXT = ("ink", "muted", "accent", "good", "bad", "warn")
"""Colours text is drawn in (also the charts' marks, which carry labels of the same colour)."""
BACKGROUNDS = ("paper", "panel")


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.04045 else ((scaled + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of `#rrggbb`, as WCAG 2 defines it."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two `#rrggbb` colours, 1 to 21."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def weakest_pair() -> tuple[str, str, float]:
    """The text colour and background of the palette with the lowest contrast."""
    pairs = [(t, b, contrast(COLOURS[t], COLOURS[b])) for t in TEXT for b in BACKGROUNDS]
    return min(pairs, key=lambda pair: pair[2])
