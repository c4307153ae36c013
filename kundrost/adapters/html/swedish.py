"""Swedish wording and number formats for what a store owner reads: pages, e-mail, CSV."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from kundrost.domain.analysis import Category, Level
from kundrost.domain.conversation_texts import MONTHS
from kundrost.domain.priority import Priority
from kundrost.domain.report_sections import InsightKind
from kundrost.domain.week import IsoWeek

NBSP = "\u00a0"
"""Between a number and its unit, so "12,5 %" never breaks over two lines."""

CATEGORIES = {
    Category.PRODUCT: "Sortiment och varor",
    Category.SERVICE: "Service",
    Category.ENVIRONMENT: "Butiksmiljö",
    Category.STAFF: "Personal",
    Category.PRICING: "Priser",
    Category.ACCESSIBILITY: "Tillgänglighet",
}
PRIORITIES = {
    Priority.LOW: "Låg",
    Priority.MEDIUM: "Medel",
    Priority.HIGH: "Hög",
    Priority.URGENT: "Brådskande",
}
IMPACT = {Level.LOW: "liten", Level.MEDIUM: "märkbar", Level.HIGH: "stor"}
EFFORT = {Level.LOW: "enkel", Level.MEDIUM: "medelsvår", Level.HIGH: "krävande"}
INSIGHTS = {
    InsightKind.LIKELY_TO_GROW: "Kan bli större",
    InsightKind.IMPROVING: "Blir bättre",
    InsightKind.GROWING_STRENGTH: "Växande styrka",
}

MOOD_STEP, MOOD_STRONG = Decimal("0.15"), Decimal("0.5")
"""A department's mood by its sentiment score (−1 to 1), symmetric around 0: beyond ±0.5
very, beyond ±0.15 plainly (dis)satisfied, mixed in between."""


def number(value: Decimal | int, decimals: int = 0) -> str:
    """`1234.5` → "1 234,5": a decimal comma and a no-break space between thousands."""
    step = Decimal(1).scaleb(-decimals)
    text = f"{Decimal(value).quantize(step, rounding=ROUND_HALF_UP):,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",").replace("-", "−")


def percent(value: Decimal | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{number(value, decimals)}{NBSP}%"


def points(score: Decimal | None) -> str:
    """A 0–1 score as 0–100 points, which reads more easily than a fraction."""
    return "–" if score is None else number(score * 100)


def out_of_100(score: Decimal | None) -> str:
    """A 0–1 score as "72 av 100"; a week without one shows just "–", not "– av 100"."""
    return "–" if score is None else f"{points(score)} av 100"


def signed(value: Decimal, decimals: int = 0, unit: str = "") -> str:
    """A change with its sign: "+3", "−1,5 %", "±0"."""
    text = number(abs(value), decimals)
    suffix = f"{NBSP}{unit}" if unit else ""
    if value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) == 0:
        return f"±{text}{suffix}"
    return f"{'+' if value > 0 else '−'}{text}{suffix}"


def day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def moment(value: datetime, zone: tzinfo) -> str:
    local = value.astimezone(zone)
    return f"{day(local.date())} kl. {local:%H:%M}"


def week_name(week: IsoWeek) -> str:
    return f"vecka {week.week} {week.year}"


def week_short(week: IsoWeek) -> str:
    return f"v.{NBSP}{week.week}"


def period(week: IsoWeek) -> str:
    """Monday to Sunday: "16–22 november 2026", "30 november – 6 december 2026"."""
    first, last = week.monday, week.sunday
    if first.year != last.year:
        return f"{day(first)} – {day(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1]} – {day(last)}"
    return f"{first.day}–{day(last)}"


def mood(score: Decimal, *, judged: bool = True) -> tuple[str, str]:
    """A department's mood in words, and the style class that colours it; a department
    named only in passing, never judged, has no mood to speak of."""
    if not judged:
        return "Inget omdöme", "mood-none"
    if score >= MOOD_STRONG:
        return "Mycket nöjda", "mood-great"
    if score >= MOOD_STEP:
        return "Nöjda", "mood-good"
    if score <= -MOOD_STRONG:
        return "Mycket missnöjda", "mood-bad"
    if score <= -MOOD_STEP:
        return "Missnöjda", "mood-poor"
    return "Blandat", "mood-mixed"


def quotation_marks(text: str) -> str:
    """Straight and English double quotes as the Swedish ”…”, the marks the page's quotes
    use, so a recommendation quoting a customer reads like the quotes around it."""
    return text.translate(_DOUBLE_QUOTES)


_DOUBLE_QUOTES = str.maketrans({'"': "”", "“": "”", "„": "”"})


def sentence(text: str) -> str:
    """A theme label as a heading: its first letter upper case, the rest as written."""
    return text[:1].upper() + text[1:]
