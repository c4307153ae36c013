"""Report facts: what a weekly report counts of one feedback, worked out when it is stored."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from kundrost.domain.analysis import ActionableItem, Category, Sentiment, Theme
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import kept_per_feedback, recommendation_key
from kundrost.domain.theme_groups import department_spelling, normalised, spelling

ThemeFact = tuple[Sentiment, str, str, str, Category, str | None]
"""(sentiment, normalised label, normalised department, label and department as spelled,
category): a theme as the report groups and labels it. No customer words: themes are
labels the analyzer gives, stored in clear."""


def theme_fact(theme: Theme) -> ThemeFact:
    return (
        theme.sentiment,
        normalised(theme.label),
        normalised(theme.department),
        spelling(theme.label),
        theme.category,
        department_spelling(theme.department),
    )


def theme_ranks(themes: Sequence[Theme], items: Sequence[ActionableItem]) -> list[int | None]:
    """For each theme, the priority rank of the most urgent of the feedback's items in the
    theme's category, None where it has none: what a report shows beside a theme group."""
    urgent: dict[Category, int] = {}
    for item in items:
        rank = item.priority.rank
        if rank > urgent.get(item.category, -1):
            urgent[item.category] = rank
    return [urgent.get(theme.category) for theme in themes]


@frozen
class ItemFact:
    """An item a report counts towards a recommendation (`kept_per_feedback`): where it is
    among the feedback's items, its category and priority, and the words that make two
    items the same action (`recommendation_key`'s). The words are the customer's: a
    reader keeps them only as a keyed fingerprint."""

    index: int
    category: Category
    priority: Priority
    key_words: str


def item_facts(items: Sequence[ActionableItem]) -> list[ItemFact]:
    """The feedback's items as its week counts them, in `one_per_feedback`'s order."""
    facts = []
    for n in kept_per_feedback(items):
        category, description, department = recommendation_key(items[n])
        words = f"{description}\x1f{department}"
        facts.append(ItemFact(n, category, items[n].priority, words))
    return facts
