"""Conversations the steps name instead of spelling out, in the feature's words (agent and
shopper): detailed feedback that earns a reward on the offline analyzer's grading."""

from __future__ import annotations

from tests.features.journey import Turn

DETAILED_FEEDBACK: tuple[Turn, ...] = (
    ("agent", "Hej! Jag ringer från butiken om ditt köp i dag. Har du en minut?"),
    ("shopper", "Ja, absolut."),
    ("agent", "Vad tyckte du om köttdisken?"),
    (
        "shopper",
        "Köttdisken hade fantastisk service, slaktaren hjälpte mig välja en bit entrecote och "
        "förklarade hur jag skulle tillaga den.",
    ),
    ("agent", "Hur var bemötandet från personalen?"),
    (
        "shopper",
        "Personalen var väldigt hjälpsam, en medarbetare följde med mig till hyllan med "
        "kryddorna när jag inte hittade dem.",
    ),
    ("agent", "Var det något som kunde ha varit bättre?"),
    (
        "shopper",
        "Det var lång kö i kassan vid femtiden, bara två kassor var öppna, så fler kassor på "
        "eftermiddagen vore bra.",
    ),
    ("agent", "Något mer du vill berätta?"),
    ("shopper", "Nej, annars var det ett bra besök, tack."),
)
"""A shopper praises the meat counter and the staff and suggests a fix for the checkout."""
