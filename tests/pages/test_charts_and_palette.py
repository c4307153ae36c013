"""The comparison charts' geometry and the palette's contrast rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundrost.adapters.html.charts import (
    HEIGHT,
    LEGEND_BOTTOM,
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


DOT_LABEL_RISE, BAR_LABEL_RISE, LABEL_DROP = 11, 10, 3
"""How far a label's glyphs reach above and below its baseline (11 px and 10 px fonts)."""


def test_a_label_at_the_top_of_the_scale_stays_clear_of_the_legend() -> None:
    full = (Decimal(100),) * 4
    quality = line_chart(
        "q",
        "Kvalitet",
        WEEKS,
        [Series("Kvalitet", "#0b5cad", full), Series("Godkänd andel", "#1a6b3c", full)],
        3,
    )
    calls = bar_chart("c", "Samtal", WEEKS, [Series("Bedömda", "#0b5cad", (Decimal(40),) * 4)], 3)

    for dot in (d for d in quality.dots if d.labelled):
        assert dot.label_y - DOT_LABEL_RISE > LEGEND_BOTTOM
    for bar in calls.bars:
        assert bar.label_y - BAR_LABEL_RISE > LEGEND_BOTTOM


def test_two_equal_values_of_a_week_label_apart_not_on_top_of_each_other() -> None:
    for value in (Decimal(100), Decimal(50), Decimal(0)):
        chart = line_chart(
            "q",
            "Kvalitet",
            WEEKS,
            [Series("Kvalitet", "#0b5cad", (value,) * 4), Series("Andel", "#1a6b3c", (value,) * 4)],
            3,
        )
        first, second = (d for d in chart.dots if d.x == chart.labels[-1][0])

        assert abs(first.label_y - second.label_y) >= DOT_LABEL_RISE + LABEL_DROP
        assert min(first.label_y, second.label_y) - DOT_LABEL_RISE > LEGEND_BOTTOM
        assert max(first.label_y, second.label_y) <= chart.baseline


@pytest.mark.parametrize("weeks", [1, 3, 4])
def test_the_reports_own_week_labels_its_points_however_many_weeks_are_shown(weeks: int) -> None:
    series = [Series("Kvalitet", "#0b5cad", (Decimal(79),) * weeks)]

    svg = render(
        "chart.svg.j2", chart=line_chart("q", "Kvalitet", WEEKS[:weeks], series, weeks - 1)
    )

    assert svg.count('font-weight="700" fill="#0b5cad">79</text>') == 1
