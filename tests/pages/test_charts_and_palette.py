"""The comparison charts' geometry and the palette's contrast rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundrost.adapters.html.charts import (
    HEIGHT,
    Series,
    bar_chart,
    line_chart,
    nice_ceiling,
)
from kundrost.adapters.html.environment import render
from kundrost.adapters.html.palette import BACKGROUNDS, COLOURS, MIN_CONTRAST, TEXT, contrast

WEEKS = ["v. 45", "v. 46", "v. 47", "v. 48"]


def test_every_text_colour_on_every_background_has_aa_contrast() -> None:
    for text in TEXT:
        for background in BACKGROUNDS:
            assert contrast(COLOURS[text], COLOURS[background]) >= MIN_CONTRAST, (text, background)


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("top", "ceiling"), [(0, 4), (4, 4), (5, 8), (9, 12), (13, 20), (81, 120)])
def test_a_count_axis_ends_on_four_round_steps(top: int, ceiling: int) -> None:
    assert nice_ceiling(Decimal(top)) == ceiling


def test_a_week_without_a_report_has_no_bar_and_breaks_the_line() -> None:
    values = (Decimal(4), None, Decimal(6), Decimal(8))

    bars = bar_chart("c", "Samtal", WEEKS, [Series("Bedömda", "#0b5cad", values)], 3)
    line = line_chart("q", "Kvalitet", WEEKS, [Series("Kvalitet", "#0b5cad", values)], 3)

    assert [bar.label for bar in bars.bars] == ["4", "6", "8"]
    assert [len(segment.points.split()) for segment in line.lines] == [1, 2]
    assert "v. 46: bedömda saknas" in bars.description


def test_a_taller_value_is_drawn_higher_and_bars_stand_on_the_baseline() -> None:
    chart = bar_chart(
        "c",
        "Samtal",
        WEEKS,
        [Series("Bedömda", "#0b5cad", (Decimal(2), Decimal(8), None, None))],
        1,
    )

    low, high = chart.bars
    assert high.y < low.y
    for bar in chart.bars:
        assert bar.y + bar.height == pytest.approx(chart.baseline, abs=0.2)
    assert chart.baseline < HEIGHT


def test_a_chart_is_an_accessible_svg_with_palette_colours_only() -> None:
    chart = line_chart(
        "chart-q",
        "Kvalitet per vecka",
        WEEKS,
        [Series("Kvalitet", COLOURS["accent"], (Decimal(70), Decimal(72), None, Decimal(75)))],
        3,
    )

    svg = render("chart.svg.j2", chart=chart)

    assert 'role="img" aria-labelledby="chart-q-title chart-q-desc"' in svg
    assert '<title id="chart-q-title">Kvalitet per vecka</title>' in svg
    assert "v. 48: kvalitet 75" in svg
    assert "style=" not in svg
    assert "<script" not in svg
    assert "href" not in svg
    colours = {c.lower() for c in __import__("re").findall(r'"(#[0-9a-fA-F]{6})"', svg)}
    assert colours <= set(COLOURS.values())
