"""Simulated customers: who answers the offline voice agent, and how, reproducibly."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.validation import frozen_tuple


class SimulatedCustomer(Protocol):
    """Contract: `answer` gives what the customer says to the agent's `turn`-th prompt
    (0, 1, … counting every question, follow-up and "are you there?"): words, an empty
    string for silence, or None to hang up. It is a function of its arguments and the
    persona's seed, so a conversation replays the same."""

    def answer(self, question: str, turn: int) -> str | None: ...


FILLERS = ("Nej, inget mer.", "Nej, det var allt.", "Nej, inget mer att säga.")

_GENERIC: dict[str, tuple[str, ...]] = {
    "bättre": (
        "Kanske lite fler kassor öppna på eftermiddagen, det blev en del kö.",
        "Det var lite rörigt vid ingången, men annars har jag inget att klaga på.",
        "Skyltningen kunde vara tydligare, jag fick leta en stund efter några varor.",
    ),
    "personal": (
        "Personalen var trevlig och hjälpsam, en kille visade mig var sakerna fanns.",
        "Jag blev vänligt bemött i kassan och det gick snabbt att betala.",
    ),
    "hittade": (
        "Ja, jag hittade nästan allt, bara en sorts bröd som var slut.",
        "Det mesta fanns på plats och kvaliteten på frukten var riktigt bra.",
    ),
    "kö": (
        "Kön var ganska kort, jag stod kanske två minuter innan det var min tur.",
        "Det var lite kö vid kassan men det gick ändå ganska fort.",
    ),
    "kampanj": (
        "Ja, jag såg skyltarna vid ingången, men jag köpte inget från kampanjen den här gången.",
    ),
    "vara": (
        "Det var gott och kändes fräscht, jag köper det gärna igen.",
        "Kvaliteten var bra, men det var lite dyrare än jag hade trott.",
    ),
    "mer": (
        "Det kändes lugnt och städat i butiken, och det var lätt att hitta rätt.",
        "Jag handlar där varje vecka och det brukar alltid fungera bra.",
    ),
    "": (
        "Det var bra, personalen var trevlig och jag hittade det jag behövde.",
        "Överlag ett bra besök, butiken var ren och det gick smidigt.",
        "Jag tyckte att det fungerade bra, inget särskilt att klaga på.",
    ),
}
_TOPIC_WORDS = (
    ("bättre", ("bättre",)),
    ("personal", ("personal", "bemött")),
    ("kö", ("kön", " kö", "kassa")),
    ("hittade", ("hittade", "letade")),
    ("kampanj", ("kampanj",)),
    ("vara", ("tycker du om", "fräsch", "kvalitet")),
    ("mer", ("mer om", "exempel", "gjorde att")),
)
_TERSE = ("Det var bra.", "Ja, det var bra.", "Nej, inget särskilt.", "Bra, tack.")
_ENGLISH = (
    "Sorry, I don't speak Swedish.",
    "The staff were friendly and the store was clean.",
    "It was fine, I found what I was looking for.",
    "There was a long queue at the checkout, but it moved quickly.",
)


def _pick(pool: Sequence[str], seed: int, turn: int) -> str:
    return random.Random(f"{seed}:{turn}").choice(pool)


def _topic(question: str) -> str:
    text = f" {question.casefold()}"
    return next((topic for topic, words in _TOPIC_WORDS if any(w in text for w in words)), "")


@frozen
class GenericCustomer:
    """A polite Swedish shopper who answers every question with one ordinary sentence
    on its topic ("Det var bra, personalen var trevlig och …"): the default customer."""

    seed: int = 0

    def answer(self, question: str, turn: int) -> str | None:
        return _pick(_GENERIC[_topic(question)], self.seed, turn)


@frozen
class TerseCustomer:
    """A shopper who says as little as possible ("Det var bra."); such calls often end
    under the analysable minimum."""

    seed: int = 0

    def answer(self, question: str, turn: int) -> str | None:
        return _pick(_TERSE, self.seed, turn)


@frozen
class ScriptedCustomer:
    """Says `answers` in order, one per prompt (None hangs up, "" is silence), then fillers."""

    answers: tuple[str | None, ...] = field(converter=frozen_tuple)
    fillers: tuple[str, ...] = field(default=FILLERS, converter=frozen_tuple)

    @fillers.validator
    def _some_fillers(self, _attribute: object, value: tuple[str, ...]) -> None:
        if not value:
            raise ValueError("a scripted customer needs at least one filler answer")

    def answer(self, question: str, turn: int) -> str | None:
        if turn < len(self.answers):
            return self.answers[turn]
        return self.fillers[(turn - len(self.answers)) % len(self.fillers)]


@frozen
class EnglishCustomer:
    """A shopper who answers in English only: the call ends with a language barrier."""

    seed: int = 0

    def answer(self, question: str, turn: int) -> str | None:
        return _ENGLISH[0] if turn == 0 else _pick(_ENGLISH[1:], self.seed, turn)


@frozen
class HangUpCustomer:
    """Answers like `GenericCustomer` for `after` prompts, then hangs up."""

    after: int = 0
    seed: int = 0

    def answer(self, question: str, turn: int) -> str | None:
        if turn >= self.after:
            return None
        return GenericCustomer(self.seed).answer(question, turn)


@frozen
class SilentCustomer:
    """Picks up and says nothing: the agent asks whether anyone is there, then gives up."""

    def answer(self, question: str, turn: int) -> str | None:
        return ""
