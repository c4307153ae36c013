"""Fluent nonsense and odd but meaningful honest speech at eight new trades
(`nonsense_shapes_17`), read in whole calls: each nonsense call raises a decisive fraud flag,
or is listed in `MISSED` with why; no honest call raises one, or it is listed in `MISSED`
while it still does.

Every call was written for `nonsense_shapes_17` before the analyzer ran on it.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.clashes import clash_points
from kundrost.adapters.offline.departments import store_departments
from kundrost.adapters.offline.evidence import gather
from kundrost.adapters.offline.reading import read
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.fact_shapes import moment
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.nonsense_shapes_17 import CALLS, HONEST, NONSENSE, QUESTIONS, STORES, context
from tests.analyzer.offline_calls import ANALYZER, call_cases, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

_MADE_UP = (
    "a thing that cannot be made (a wireless cord, a two-sided single glass, invisible cloth) "
    "is no kind clash of the words read; 'osynlig tejp' and 'trådlösa hörlurar' are real goods"
)
_STORE_WORDS = (
    "store things doing a person's work to other store things ('Garnet hjälpte tygerna', "
    "'Slangarna gödslade buskarna') are not read: machines and goods do such acts in honest "
    "speech ('maskinen tvättade bra')"
)
_LITERAL = (
    "a figure of speech carried on literally (a TV so sharp it cuts, prices so high one needs "
    "a ladder) needs the idiom and its literal sequel read together, which no reading does"
)
_VERDICT = (
    "a verdict said predicatively ('Det är svårt att få tag på bra tomater') may judge what "
    "was asked, so the answers are not all unrelated"
)
MISSED: dict[str, str] = {
    "nonsense: a made-up process that means nothing (skrädderi)": _MADE_UP,
    "nonsense: the store's words strung into nothing possible (skrädderi)": _STORE_WORDS,
    "nonsense: an absurd metaphor taken literally (glasmästare)": (
        "silence measured ('mätte upp tystnaden') may be a sound level, and the mounting after "
        "'och' is a clause of its own"
    ),
    "nonsense: a made-up product that means nothing (glasmästare)": _MADE_UP,
    "nonsense: a made-up plant that means nothing (trädgård)": _MADE_UP,
    "nonsense: the store's words strung into nothing possible (trädgård)": _STORE_WORDS,
    "nonsense: an absurd metaphor taken literally (elektronik)": _LITERAL,
    "nonsense: the store's words strung into nothing possible (elektronik)": _STORE_WORDS,
    "nonsense: a made-up process that means nothing (tvättomat)": _MADE_UP,
    "nonsense: an absurd metaphor taken literally (sybehör)": _LITERAL,
    "nonsense: a made-up product that means nothing (sybehör)": _MADE_UP,
    "nonsense: the store's words strung into nothing possible (sybehör)": _STORE_WORDS,
    "nonsense: word salad in grammar (urmakare)": (
        "hunger, depth and roundness said of time, hands and a person ('tiden var hungrig', "
        "'urmakaren var rund') are no kind clash the readings know"
    ),
    "nonsense: answers unrelated to the questions (urmakare)": _VERDICT,
    "nonsense: an absurd metaphor taken literally (urmakare)": _LITERAL,
}
"""Shapes the analyzer does not yet read, or honest calls it still flags, with why (strict
xfails)."""


def flagged(call: Call) -> list[str]:
    """The decisive fraud flags of a call, each answer said to its store's question."""
    turns: list[Turn] = [(AI, "Hej! Har du tid för några frågor?"), (CUSTOMER, "Ja, det går bra.")]
    for question, answer in zip(QUESTIONS[call.store], call.answers, strict=True):
        turns += [(AI, question), (CUSTOMER, answer)]
    feedback = FeedbackInput(a_transcript(turns), context(call.store), moment("wed 12:00"))
    return fraud_flags(ANALYZER.analyse_now(feedback))


@pytest.mark.parametrize("call", call_cases(NONSENSE, MISSED))
def test_fluent_nonsense_is_flagged(call: Call) -> None:
    assert flagged(call)


@pytest.mark.parametrize("call", call_cases(HONEST, MISSED))
def test_odd_but_meaningful_speech_is_clean(call: Call) -> None:
    assert flagged(call) == []


def test_the_material_holds_eight_trades() -> None:
    assert len(STORES) == len(QUESTIONS) == 8
    assert len(NONSENSE) >= 40
    assert len(HONEST) >= 48
    assert {c.store for c in CALLS} == set(STORES)
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in CALLS}


def _one(*answers: str) -> bool:
    return bool(flagged(Call("urmakare", answers, True, "reading")))


_UNRELATED = [
    (
        (
            "Min moster har en husvagn i Dalarna.",
            "Jupiter har många månar.",
            "Min katt heter Selma.",
        ),
        True,
    ),
    (
        (
            "Min moster har en husvagn i Dalarna.",
            "Jupiter har många månar.",
            "Personalen var snäll.",
        ),
        False,
    ),
    (("Min moster har en husvagn i Dalarna.", "Jupiter har många månar.", "Batteri."), False),
    (
        (
            "Min moster har en husvagn i Dalarna.",
            "Jupiter har många månar.",
            "Väldigt quick service.",
        ),
        False,
    ),
    (("Min pappas gamla fickur från trettiotalet.", "Tre veckor tog det.", "Han var varm."), False),
    (("Batteri.", "Snabbt.", "Bra."), False),
    (
        ("Ni levererar en tydlig helhet.", "Jupiter har många månar.", "Min katt heter Selma."),
        False,
    ),
    (
        (
            "Butiken har en stark positionering.",
            "Jupiter har många månar.",
            "Min katt heter Selma.",
        ),
        False,
    ),
    (("Volvo byggde bra bilar förr.", "Jupiter har många månar.", "Min katt heter Selma."), True),
    (("Volvo byggde bra bilar förr.", "Jupiter har många månar.", "Den blev jättebra nu."), False),
    (
        (
            "Min moster har en husvagn i Dalarna.",
            "Jupiter har många månar.",
            "Väldigt trevlig tjej.",
        ),
        False,
    ),
    (("Vi hade beställt montering av köket.", "Montören satte ihop allt.", "Han städade."), False),
    (
        ("Min moster har en husvagn i Dalarna.", "Jupiter har många månar.", "Vi hämtade i tid."),
        False,
    ),
    (("Vi har en sommarstuga vid Vättern.", "Min katt heter Selma.", "Nej."), False),
]


@pytest.mark.parametrize(
    ("answers", "caught"), _UNRELATED, ids=[" / ".join(a)[:60] for a, _ in _UNRELATED]
)
def test_answers_that_never_touch_the_visit_are_unrelated(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert _one(*answers) is caught


def _clashes(said: str) -> float:
    turns: list[Turn] = [(AI, "Hur var besöket?"), (CUSTOMER, said)]
    return clash_points(gather(read(a_transcript(turns)), store_departments(())))[0]


_CLASHES = [
    ("Bemötandet var trekantigt men ändå ganska onsdag.", True),
    ("Produkten fungerar ganska oktober nu.", True),
    ("Det kändes väldigt fredag i butiken, alla var glada.", False),
    ("Det var mycket folk i fredags.", False),
    ("Vi handlar mycket på lördagar.", False),
    ("Maskinerna tvättade mina åsikter på sextio grader.", True),
    ("Jag köpte en burk torkad tystnad.", True),
    ("Tystnaden i lokalen var skön när jag tvättade.", False),
    ("Hon tvättade håret och sa sin åsikt om färgen.", False),
    ("Reparationen reparerade verkstaden.", True),
    ("Städningen städade lokalen med betalningen.", True),
    ("Städningen städade vi själva efteråt.", False),
    ("Beställningen gjorde jag på nätet.", False),
    ("Reparationen tog tre dagar.", False),
    ("Jag betalade utan att betala och bokade en tid.", True),
    ("Klockan var klar och ändå inte klar.", True),
    ("Jag betalade utan att betala extra för påsen.", False),
    ("Vi hade bokat men inte bokat frukost.", False),
    ("Jag både ville och inte ville lämna in den.", False),
    ("Jag visste och visste inte vad jag ville ha.", False),
    ("Vi köpte tre buskar, alltså inga buskar, det var en buske.", True),
    ("Vi köpte tre buskar, alltså inga rosor.", False),
    ("Utbudet var tomt och fullt, mest tomt.", True),
    ("Den var för kort och för lång på samma ställe.", True),
    ("Den var för kort i ärmarna och för lång i benen.", False),
    ("Det finns både dyrt och billigt.", False),
    ("Vattnet var varmt och kallt om vartannat.", False),
    ("De hade torrt och blött hundfoder.", False),
]


@pytest.mark.parametrize(("said", "caught"), _CLASHES, ids=[s[:50] for s, _ in _CLASHES])
def test_words_of_kinds_that_cannot_go_together_clash(said: str, caught: bool) -> None:
    assert (_clashes(said) >= 1) is caught
