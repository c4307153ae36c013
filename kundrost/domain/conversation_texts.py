"""The Swedish words of a feedback call: default questions, greeting, closing, spoken dates."""

from __future__ import annotations

from datetime import datetime

GENERIC_QUESTIONS: tuple[str, ...] = (
    "Vad tyckte du fungerade bra under ditt besök?",
    "Finns det något som butiken kunde ha gjort bättre?",
    "Hur upplevde du avdelningen {department}?",
    "Hur blev du bemött av personalen?",
    "Hittade du de varor du letade efter, och hur tyckte du att kvaliteten var?",
)
"""Open questions about any visit. `{department}` is filled with one of the store's
departments; a template naming it is skipped when the store has listed none."""

DEPARTMENT_PLACEHOLDER = "{department}"
CAMPAIGN_PLACEHOLDER = "{campaign}"

CAMPAIGN_QUESTION = (
    "Butiken har just nu kampanjen {campaign}. Lade du märke till den, och vad tyckte du i så fall?"
)

GREETING = (
    "Hej! Jag är en AI-assistent från Kundröst och ringer om ditt köp {where}{when}. "
    "Jag skulle gärna höra hur ditt besök var – det tar en till två minuter."
)

CLOSING = (
    "Tack så mycket för att du tog dig tid! Om din feedback ger återbäring avgörs efter "
    "samtalet, och du får besked om det. Ha en fin dag!"
)

_WEEKDAY_SINCE = ("måndags", "tisdags", "onsdags", "torsdags", "fredags", "lördags", "söndags")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
"""Swedish month names, lower case as in running text ("den 3 december")."""


def greeting(store_name: str | None, purchase: datetime, now: datetime | None) -> str:
    """The opening words, naming the store when it is known and when the purchase was made."""
    where = f"hos {store_name.strip()} " if store_name and store_name.strip() else ""
    return GREETING.format(where=where, when=spoken_when(purchase, now))


def spoken_when(purchase: datetime, now: datetime | None) -> str:
    """When a purchase was made, as a Swede says it: "i går klockan 14.05", "i tisdags …".

    Both times are wall-clock times in the store's zone. Within the last week the day is
    said relative to `now` because that is how people remember a shop visit; otherwise, or
    without `now`, it is the date ("den 3 mars"), with the year only when it is not this year.
    """
    return f"{_spoken_day(purchase, now)} klockan {purchase:%H.%M}"


def _spoken_day(purchase: datetime, now: datetime | None) -> str:
    if now is not None:
        days_ago = (now.date() - purchase.date()).days
        if days_ago == 0:
            return "i dag"
        if days_ago == 1:
            return "i går"
        if 2 <= days_ago <= 6:
            return f"i {_WEEKDAY_SINCE[purchase.weekday()]}"
    year = "" if now is None or now.year == purchase.year else f" {purchase.year}"
    return f"den {purchase.day} {MONTHS[purchase.month - 1]}{year}"
