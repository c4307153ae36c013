"""Comparison charts as SVG drawn on the server: weeks along the bottom, one mark per week.

The geometry is computed here and drawn by `chart.svg.j2`, with the palette's colours as
presentation attributes (no style attribute, no script, no font to fetch), so a chart shows
the same in a browser, a printout, an e-mail client and a file opened offline.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from attrs import evolve, frozen

from kundrost.adapters.html.palette import COLOURS
from kundrost.adapters.html.swedish import number

WIDTH, HEIGHT = 420, 236
LEGEND_BOTTOM = 16
"""The legend's row ends here: it is drawn at y 4–14 (its text's baseline at 13)."""
LEFT, RIGHT, TOP, BOTTOM = 40, 12, 38, 34
"""TOP leaves room between the legend and the top of the scale for a value's label: a dot's
label (11 px, its baseline 8 above the dot) rises about 17 px above it, a bar's 13."""
PLOT_WIDTH, PLOT_HEIGHT = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
DOT_LABEL_ABOVE, DOT_LABEL_BELOW, DOT_LABEL_HEIGHT = 8, 17, 14


@frozen
class Series:
    """One measure over the weeks (None where a week has no value), drawn in `colour`."""

    name: str
    colour: str
    values: tuple[Decimal | None, ...]


@frozen
class Mark:
    """A bar or a dot, with its value's label and the baseline of that label (a dot's is
    drawn only when `labelled`: the report's own week)."""

    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str
    label_y: float = 0
    labelled: bool = True


@frozen
class Line:
    points: str
    colour: str


@frozen
class Tick:
    y: float
    label: str


@frozen
class Legend:
    x: float
    name: str
    colour: str


@frozen
class Chart:
    """What `chart.svg.j2` draws; `title` and `description` are what a screen reader says."""

    id: str
    title: str
    description: str
    width: int
    height: int
    ticks: tuple[Tick, ...]
    labels: tuple[tuple[float, str, bool], ...]
    bars: tuple[Mark, ...]
    lines: tuple[Line, ...]
    dots: tuple[Mark, ...]
    legend: tuple[Legend, ...]
    baseline: float


def nice_ceiling(value: Decimal) -> Decimal:
    """The top of a count axis: four equal steps of 1, 2, 3 or 5 times a power of ten, the
    smallest that reaches `value` (at least 4, so a quiet week still has an axis)."""
    power = Decimal(1)
    while True:
        for step in (1, 2, 3, 5):
            if power * step * 4 >= value:
                return power * step * 4
        power *= 10


def _x(index: int, weeks: int) -> float:
    return LEFT + PLOT_WIDTH * (index + 0.5) / weeks


def _y(value: Decimal, top: Decimal) -> float:
    return round(TOP + PLOT_HEIGHT * float(1 - value / top), 1)


def _ticks(top: Decimal) -> tuple[Tick, ...]:
    return tuple(Tick(_y(top * i / 4, top), number(top * i / 4)) for i in range(5))


def _value(series: Series, index: int, unit: str) -> str:
    value = series.values[index]
    shown = "saknas" if value is None else f"{number(value)}{unit}"
    return f"{series.name.lower()} {shown}"


def _describe(title: str, weeks: Sequence[str], series: Sequence[Series], unit: str) -> str:
    """What a screen reader says instead of the picture: every week's values in words."""
    parts = [
        f"{week}: {', '.join(_value(s, index, unit) for s in series)}"
        for index, week in enumerate(weeks)
    ]
    return f"{title}. " + "; ".join(parts) + "."


def _legend(series: Sequence[Series]) -> tuple[Legend, ...]:
    return tuple(Legend(LEFT + 150 * i, s.name, s.colour) for i, s in enumerate(series))


def _labels(weeks: Sequence[str], current: int) -> tuple[tuple[float, str, bool], ...]:
    return tuple((_x(i, len(weeks)), week, i == current) for i, week in enumerate(weeks))


def bar_chart(
    chart_id: str, title: str, weeks: Sequence[str], series: Sequence[Series], current: int
) -> Chart:
    """Side-by-side bars per week, one per series (counts: the scale starts at 0)."""
    values = (v for s in series for v in s.values if v is not None)
    top = nice_ceiling(max(values, default=Decimal(0)))
    slot = PLOT_WIDTH / len(weeks)
    width = slot * 0.7 / len(series)
    bars = []
    for index in range(len(weeks)):
        for position, s in enumerate(series):
            value = s.values[index]
            if value is None:
                continue
            y = _y(value, top)
            x = _x(index, len(weeks)) - slot * 0.35 + width * position
            bars.append(
                Mark(
                    round(x, 1),
                    y,
                    round(width, 1),
                    round(TOP + PLOT_HEIGHT - y, 1),
                    s.colour,
                    number(value),
                    y - 4,
                )
            )
    return Chart(
        chart_id,
        title,
        _describe(title, weeks, series, ""),
        WIDTH,
        HEIGHT,
        _ticks(top),
        _labels(weeks, current),
        tuple(bars),
        (),
        (),
        _legend(series),
        TOP + PLOT_HEIGHT,
    )


def line_chart(
    chart_id: str,
    title: str,
    weeks: Sequence[str],
    series: Sequence[Series],
    current: int,
    unit: str = "",
) -> Chart:
    """A line per series on a 0–100 scale, broken where a week has no value."""
    top = Decimal(100)
    lines, dots = [], []
    for s in series:
        segment: list[str] = []
        for index, value in enumerate(s.values):
            if value is None:
                if segment:
                    lines.append(Line(" ".join(segment), s.colour))
                segment = []
                continue
            x, y = round(_x(index, len(weeks)), 1), _y(value, top)
            segment.append(f"{x},{y}")
            dots.append(Mark(x, y, 0, 0, s.colour, number(value), labelled=index == current))
        if segment:
            lines.append(Line(" ".join(segment), s.colour))
    return Chart(
        chart_id,
        title,
        _describe(title, weeks, series, unit),
        WIDTH,
        HEIGHT,
        _ticks(top),
        _labels(weeks, current),
        (),
        tuple(lines),
        _apart(dots),
        _legend(series),
        TOP + PLOT_HEIGHT,
    )


def _apart(dots: Sequence[Mark]) -> tuple[Mark, ...]:
    """Each dot's label above it, unless a label already placed in the same week would
    touch it (two series of equal value, 100 and 100): then below the dot, or, where that
    would leave the plot, above the other label."""
    placed: list[Mark] = []
    for dot in dots:
        if not dot.labelled:
            placed.append(dot)
            continue
        label_y = dot.y - DOT_LABEL_ABOVE
        near = [o.label_y for o in placed if o.labelled and o.x == dot.x]
        if any(abs(other - label_y) < DOT_LABEL_HEIGHT for other in near):
            below = dot.y + DOT_LABEL_BELOW
            label_y = below if below <= TOP + PLOT_HEIGHT - 2 else min(near) - DOT_LABEL_HEIGHT
        placed.append(evolve(dot, label_y=round(label_y, 1)))
    return tuple(placed)


INK, MUTED, RULE = COLOURS["ink"], COLOURS["muted"], COLOURS["rule"]
