"""Baseline facts of the kinds the fourteenth material left unread, on five more trades
(`fact_shapes_14b`): an honest sentence around a fact (agreeing as experienced, accepting or
regretting it, a wish, another store) contradicts nothing, and an account of what a fact
rules out contradicts it.

Every store, fact and sentence was written for `fact_shapes_14b` before the analyzer ran on
it.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.fact_guarantees import refund_exceptions
from kundrost.adapters.offline.fact_pickups import pickup_threshold
from tests.analyzer.fact_shapes import Said
from tests.analyzer.fact_shapes_14b import SAID, STORES, context
from tests.analyzer.offline_calls import said_cases, said_contradicts


def _each(reason: str, *texts: str) -> dict[str, str]:
    return dict.fromkeys(texts, reason)


MISSED: dict[str, str] = {
    **_each(
        'a service offered only on a condition ("bara med hemleverans") is read as no claim: '
        "the call must tell the condition unmet beside the service given",
        "De monterade badrumsskåpet åt oss fast vi hämtade det själva i butiken.",
        "Vi hämtade sängen själva och ni skickade ut en montör som monterade den.",
        "De bytte oljan med oljan jag hade köpt på Biltema.",
    ),
    **_each(
        'a lead time of several kinds ("kranar tar tre till fem veckor och … bänkskivor sex '
        'veckor") is read for its first kind only, and a quick delivery told by "dagen efter" '
        'or "på tisdagen" after "beställde … på måndagen" is not read',
        "Den måttbeställda bänkskivan var klar dagen efter att jag beställde den.",
        "Jag beställde en specialkran på måndagen och hämtade den på tisdagen.",
        "Originaldelen från märkesverkstaden kom samma dag som jag beställde den.",
        "Kontinentalsängen i specialmått levererades dagen efter att vi beställde den.",
    ),
    **_each(
        'a return exception of a kind told by its member ("generatorn" of "monterade delar"), '
        'by a form of its modifier ("elektrisk" of "elektriska"), by "bytas … men inte lämnas '
        'tillbaka", or by use told without the word ("klättrat ute i dem") is not read; the list '
        "itself is (`fact_claims._items`)",
        "De tog tillbaka generatorn jag redan hade monterat och gav mig pengarna.",
        "Jag lämnade tillbaka en elektrisk tändspole och fick pengarna tillbaka.",
        "De tog tillbaka madrassen efter en månad och gav mig pengarna.",
        "De bytte mina klätterskor fast jag hade klättrat ute i dem en hel sommar.",
    ),
    **_each(
        "a refund refused is not read: whether the drop fell within the days is not",
        "Priset på kranen sänktes en vecka efter köpet men de vägrade betala tillbaka "
        "mellanskillnaden.",
    ),
    **_each(
        'an age rule of a span and an adult who stays ("barn 3–7 år … samma vuxen … stannar i '
        'byggnaden"), "barn" with no age, and an adult without the card the rule asks for are '
        "not read (`fact_ages` reads a child under an age alone or left)",
        "Jag lämnade min treåring i lekhörnan och åkte och handlade på Ica under tiden.",
        "Min mamma lämnade barnen i lekhörnan och jag hämtade dem tre timmar senare.",
        "Min elvaåring klättrade med sin kompis pappa som inte hade grönt kort.",
    ),
    **_each(
        'a thing everyone must wear ("alla hoppar i halkstrumpor") is no claim a lack of it breaks',
        "Vi hoppade i vanliga strumpor och ingen sa något.",
    ),
    **_each(
        'a free tier by age ("barn under tre år hoppar gratis") is not read against a sum paid '
        "for such a child",
        "Vi fick betala 189 kronor för vår ettåring som hoppade med mig.",
    ),
    **_each(
        'a booking lead ("bokas minst 14 dagar i förväg") is read as a booking, not as a least '
        "time between the call and the party",
        "Vi ringde på måndagen och hade kalas i kalasrummet på onsdagen samma vecka.",
    ),
    **_each(
        'a refund denied with an exception ("betalas inte tillbaka, utom vid sjukdom") is not '
        "read as a thing not refunded",
        "Vi avbokade kalaset för att vi hade ändrat oss och fick alla pengar tillbaka.",
    ),
    **_each(
        'a day served with no hours ("på lördagar tas bara däckbyten emot") is read as open all '
        "that day, so what is served then is not read",
        "I lördags bytte de bromsskivor på min bil i verkstaden.",
    ),
    **_each(
        'the tier a thing falls in ("upp till 17 tum", "utanför" Uppsala) is not read, so any '
        "sum of the fact agrees",
        "Däckbytet på mina nittontumsfälgar kostade bara 400 kronor.",
        "Vi bor i Enköping och hemleveransen kostade bara 495 kronor.",
    ),
    **_each(
        'a thing free only at one place ("gamla bilbatterier lämnas där gratis") told charged '
        'by "tog 100 kronor för att ta emot" is not read as paid',
        "De tog 100 kronor för att ta emot mitt gamla bilbatteri.",
    ),
    **_each(
        'a student price against ID ("130 kronor mot giltig studentlegitimation") is not read as'
        ' an ID rule: "mot giltig" stands between the sum and the ID',
        "Jag fick studentpris för 130 kronor utan att visa någon legitimation.",
    ),
}
"""Contradictions the checker does not yet catch, each with the reason."""

FLAGGED: dict[str, str] = {}
"""Honest sentences the checker still flags, each with the reason."""


def contradictions(said: Said) -> list[str]:
    return said_contradicts(said, context)


@pytest.mark.parametrize("said", said_cases((s for s in SAID if not s.contradicts), FLAGGED))
def test_an_honest_sentence_contradicts_nothing(said: Said) -> None:
    assert contradictions(said) == []


@pytest.mark.parametrize("said", said_cases((s for s in SAID if s.contradicts), MISSED))
def test_an_account_of_what_a_fact_rules_out_contradicts_it(said: Said) -> None:
    assert contradictions(said)


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) == 5
    honest = [s for s in SAID if not s.contradicts]
    assert len(honest) >= 150
    assert len(SAID) - len(honest) >= 40


@pytest.mark.parametrize(
    ("statement", "excepted"),
    [
        (
            "sänks priset inom 60 dagar betalar vi tillbaka mellanskillnaden, utom på fyndvaror "
            "och utställningsexemplar.",
            ("fyndvaror", "utställningsexemplar"),
        ),
        (
            "sänks priset på ett årskort betalar vi mellanskillnaden, men inte på kampanjkort.",
            ("kampanjkort",),
        ),
        ("vi lånar ut släpkärra alla dagar utom på midsommar.", ()),
    ],
)
def test_a_refund_exception_names_its_goods(statement: str, excepted: tuple[str, ...]) -> None:
    assert refund_exceptions(statement) == excepted


@pytest.mark.parametrize(
    ("statement", "threshold"),
    [
        (
            "paket över 35 kg hämtas vid varuutlämningen med personalens hjälp.",
            (35.0, "varuutlämningen"),
        ),
        ("ankare och kättingar över 20 kilo hämtas vid lagret på kajen.", (20.0, "lagret")),
        ("paket över 35 kg skickas med posten.", None),
    ],
)
def test_a_pickup_threshold_is_a_weight_and_a_place(
    statement: str, threshold: tuple[float, str] | None
) -> None:
    assert pickup_threshold(statement) == threshold
