"""The week's tally and the report facts a store writes for it."""

from __future__ import annotations

from uuid import UUID

import pytest

from kundrost.domain.analysis import ActionableItem, Category, Sentiment
from kundrost.domain.errors import InvalidValue
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.ids import CallSessionId
from kundrost.domain.priority import Priority
from kundrost.domain.report_facts import item_facts, theme_fact, theme_ranks
from kundrost.domain.theme_groups import sample_quotes
from kundrost.domain.week_tally import QuoteCandidates
from tests.unit.grading_builders import a_theme

CALL = CallSessionId(UUID(int=7))


def test_a_themes_fact_is_its_key_and_spelling_as_the_report_groups_it() -> None:
    theme = a_theme(label="  Kö  i Kassan ", department="kassan ", sentiment=Sentiment.NEGATIVE)

    assert theme_fact(theme) == (
        Sentiment.NEGATIVE,
        "kö i kassan",
        "kassan",
        "Kö i Kassan",
        theme.category,
        "kassan",
    )
    assert theme_fact(a_theme(department=None))[2::3] == ("", None)


def test_item_facts_keep_one_item_an_action_the_most_urgent_where_it_stands() -> None:
    items = [
        ActionableItem(Category.SERVICE, "Öppna en kassa till.", Priority.MEDIUM, "Kassan"),
        ActionableItem(Category.PRODUCT, "Fyll på bröd.", Priority.LOW),
        ActionableItem(Category.SERVICE, "öppna en  kassa till.", Priority.URGENT, "kassan"),
        ActionableItem(Category.SERVICE, "Öppna en kassa till.", Priority.URGENT, "Kassan"),
    ]

    facts = item_facts(items)

    assert [(f.index, f.priority) for f in facts] == [(2, Priority.URGENT), (1, Priority.LOW)]
    assert facts[0].key_words == "öppna en kassa till.\x1fkassan"


def test_a_themes_rank_is_its_categorys_most_urgent_item_in_the_feedback() -> None:
    themes = [a_theme(category=Category.SERVICE), a_theme(category=Category.STAFF)]
    items = [
        ActionableItem(Category.SERVICE, "Öppna en kassa till.", Priority.MEDIUM),
        ActionableItem(Category.PRODUCT, "Fyll på bröd.", Priority.URGENT),
        ActionableItem(Category.SERVICE, "Fler kassor.", Priority.HIGH),
        ActionableItem(Category.SERVICE, "Snabbare kassor.", Priority.LOW),
    ]

    assert theme_ranks(themes, items) == [Priority.HIGH.rank, None]
    assert theme_ranks(themes, []) == [None, None]


def test_candidates_that_run_out_while_more_exist_cannot_give_the_quotes() -> None:
    repeated = FeedbackQuotes(["Kön var lång."])
    newest = ((CALL, repeated, 0), (CALL, repeated, 0))

    with pytest.raises(InvalidValue):
        sample_quotes(QuoteCandidates(newest, complete=False), 2, 160)
    assert len(sample_quotes(QuoteCandidates(newest, complete=True), 2, 160)) == 1
    assert len(sample_quotes(QuoteCandidates(newest, complete=False), 1, 160)) == 1
