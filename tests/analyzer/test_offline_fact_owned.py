"""A fact that the store does not sell, take back, offer or allow something is broken only by
the store doing that very act with that thing (`fact_owned`): the customer's own dog, bicycle,
lenses or books, named as theirs, as the reason for the visit, as what they or the store did
otherwise with it, or refused as the fact says, contradict nothing.

Every store, fact and sentence was written for `fact_owned`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.fact_acts import SELL, TAKE_BACK, TAKE_IN
from kundrost.adapters.offline.fact_claims import RETURN, claims_of
from kundrost.domain.business_context import BaselineFact
from tests.analyzer.fact_owned import SAID, context
from tests.analyzer.fact_shapes import Said, moment
from tests.analyzer.offline_calls import contradicted_facts

MISSED = frozenset(
    {
        "De tog tillbaka fiskarna som dog och gav mig nya.",
        "De sålde mig ett paket endagslinser.",
        "De tog tillbaka de uppsydda byxorna och gav mig pengarna.",
        "De tog emot min pappas böcker som en donation.",
    }
)
"""Contradictions the checker does not yet catch: a condition of the fact's that the customer
leaves unsaid ("sålda fiskar", "ändrade kläder" told as "fiskarna", "de uppsydda byxorna"); a
member of a kind the world-knowledge lexicon (`fact_kinds`) leaves out ("endagslinser"
contact lenses); and a compound's
parts said apart with a three-letter first part ("bok" … "donation" of "bokdonationer").
A Volvo sold as a car, kängor as shoes and an iPhone or a "telefon" as a mobile phone are
read since `fact_kinds`, a thing sold named by a pronoun in the next clause ("sålde den")
since `fact_pointing`, a kavaj bought as clothes since offline-22 (`fact_kinds.goods_members`:
only the customer's own purchase, as a tailor's customers' clothes are their own)."""


def contradictions(said: Said) -> list[str]:
    return contradicted_facts(said.text, context(said.store), moment(said.at))


def _case(said: Said) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="not caught yet")] if said.text in MISSED else []
    return pytest.param(said, id=f"{said.store}: {said.text[:50]}", marks=marks)


@pytest.mark.parametrize("said", [_case(s) for s in SAID if not s.contradicts])
def test_the_customers_own_thing_contradicts_nothing(said: Said) -> None:
    assert contradictions(said) == []


@pytest.mark.parametrize("said", [_case(s) for s in SAID if s.contradicts])
def test_the_store_doing_the_denied_act_with_the_thing_contradicts_it(said: Said) -> None:
    assert contradictions(said)


def test_every_store_has_enough_of_each() -> None:
    for store in {s.store for s in SAID}:
        honest = [s for s in SAID if s.store == store and not s.contradicts]
        assert len(honest) >= 8, store
        assert len([s for s in SAID if s.store == store]) - len(honest) >= 3, store


def _claims(statement: str) -> list[tuple[str, str, str, str]]:
    return [(c.kind, c.subject, c.activity, c.act) for c in claims_of(BaselineFact(statement))]


@pytest.mark.parametrize(
    ("statement", "claims"),
    [
        (
            "Butiken säljer akvariefiskar, smådjur och fåglar, men inga hundar, katter eller "
            "reptiler.",
            [("absent", "hundar", "", SELL), ("absent", "katter", "", SELL),
             ("absent", "reptiler", "", SELL)],
        ),
        (
            "Öppnat foder får lämnas tillbaka inom 30 dagar om djuret inte äter det, en säck "
            "per sort och kund; levande djur tas inte tillbaka.",
            [("return", "säck", "", ""), ("absent", "levande", "", TAKE_BACK)],
        ),
        ("Butiken säljer inga levande djur, bara foder och tillbehör.",
         [("absent", "levande", "", SELL)]),
        ("Vi tar inte emot djur som kunder inte kan behålla.",
         [("absent", "djur", "", TAKE_IN)]),
        ("Apoteket tar kort och Swish; kontanter tas inte emot.",
         [("accepts", "apoteket", "", ""), ("absent", "kontanter", "", "")]),
        ("Personalen lastar inte kundernas bilar.", [("absent", "bilar", "last", "")]),
        ("Personalen hjälper inte till med lastning.", [("absent", "", "last", "")]),
        ("Kunden lastar själv vid lastkajen.", [("absent", "", "last", "")]),
        ("Vi har ingen bärhjälp.", [("absent", "", "bär", ""), ("absent", "bärhjälp", "", "")]),
    ],
)  # fmt: skip
def test_a_fact_is_read_into_the_act_it_denies(
    statement: str, claims: list[tuple[str, str, str, str]]
) -> None:
    assert _claims(statement) == claims


def test_a_returned_limit_is_read_as_days_and_a_count() -> None:
    fact = BaselineFact(
        "Oöppnade säckar får lämnas tillbaka inom 14 dagar, högst två säckar per kund."
    )
    (claim,) = [c for c in claims_of(fact) if c.kind == RETURN]
    assert (claim.amount, claim.limit, claim.subject, claim.accepted) == (
        14.0,
        2.0,
        "säck",
        ("säckar",),
    )
