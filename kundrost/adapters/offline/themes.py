"""Themes: what the customer talked about, how they felt about it, and in which department.

Each clause yields a theme per topic it names ("Kö och väntetid", "Personalens bemötande");
a clause that judges a product or a department without a topic word, or names one in a wish
or suggestion, yields a theme labelled by the product group ("Bröd och bakverk") or the
department, about goods unless the department's name says service ("Kassa") or premises.
A theme's department is the store's own name for the department named in the clause, else
in the sentence; a product group whose name matches a store department ("bröd" → "Bageri")
is placed there, and a queue or checkout theme in the store's checkout when it lists one.
A department the store does not list is named as the customer named it, so the context
check can see it.

Talk about another store (`elsewhere`) makes no theme of this one. Mentions of one theme
merge: positive and negative mentions make it mixed; its quote is the
first sentence that named it.
"""

from __future__ import annotations

from functools import lru_cache

from attrs import define, evolve

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import ClauseEvidence, Evidence
from kundrost.adapters.offline.food_verdicts import themed_topics
from kundrost.adapters.offline.information import INFORMATION, tells
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.topics import TOPICS
from kundrost.domain.analysis import Category, Sentiment, Theme

MAX_THEMES = 8
QUOTE_CHARS = 300
_CHECKOUT_WORDS = ("kassan", "kassa", "kassorna")
_AT_CHECKOUT = frozenset({"queue", "checkout"})
_DEPARTMENT_CATEGORIES = (
    ("kass", Category.SERVICE),
    ("betal", Category.SERVICE),
    ("kundtjänst", Category.SERVICE),
    ("information", Category.SERVICE),
    ("service", Category.SERVICE),
    ("lokal", Category.ENVIRONMENT),
    ("entré", Category.ENVIRONMENT),
    ("parkering", Category.ACCESSIBILITY),
)


@define
class Mention:
    """Not `frozen`, for the reason `ClauseEvidence` is not."""

    label: str
    category: Category
    topic: str | None
    department: str | None
    sentiment: Sentiment
    sentence: int


def clause_sentiment(clause: ClauseEvidence) -> Sentiment:
    if clause.positive >= 0.5 and clause.negative >= 0.5:
        return Sentiment.MIXED
    if clause.positive > clause.negative:
        return Sentiment.POSITIVE
    if clause.negative > clause.positive:
        return Sentiment.NEGATIVE
    return Sentiment.NEUTRAL


def _store_department(store: StoreDepartments, words: tuple[str, ...]) -> str | None:
    return next((d for d in map(store.named, words) if d is not None), None)


def _goods_department(clauses: tuple[ClauseEvidence, ...], store: StoreDepartments) -> str | None:
    """The store's department of the first product group the clauses name that has one."""
    for clause in clauses:
        for group in clause.products:
            found = _store_department(store, _words(group))
            if found:
                return found
    return None


def _department(clause: ClauseEvidence, evidence: Evidence, store: StoreDepartments) -> str | None:
    own = clause.departments + clause.unlisted
    if own:
        return own[0]
    for other in evidence.in_sentence(clause.clause.sentence):
        if other.departments or other.unlisted:
            return (other.departments + other.unlisted)[0]
    found = _goods_department((clause,), store)
    if found:
        return found
    if _AT_CHECKOUT.intersection(clause.topics):
        return _store_department(store, _CHECKOUT_WORDS)
    return None


def mentions(evidence: Evidence, store: StoreDepartments) -> list[Mention]:
    """Every theme mention, clause by clause, in the order the customer spoke."""
    found: list[Mention] = []
    informing = [tells(tokens) for tokens in evidence.sentence_tokens]
    for clause in evidence.clauses:
        sentence = clause.clause.sentence
        if evidence.cues[sentence].elsewhere:
            continue
        topics = themed_topics(clause, store)
        told = informing[sentence] and not topics and tells(clause.clause.tokens)
        if not (told or topics or clause.products or clause.departments or clause.unlisted):
            continue
        department = _department(clause, evidence, store)
        feeling = clause_sentiment(clause)
        for key in topics:
            topic = TOPICS[key]
            found.append(Mention(topic.label, topic.category, key, department, feeling, sentence))
        if topics or (feeling is Sentiment.NEUTRAL and not evidence.cues[sentence].actionable):
            continue
        if told:
            info = TOPICS[INFORMATION]
            department = department or _goods_department(evidence.in_sentence(sentence), store)
            found.append(
                Mention(info.label, info.category, INFORMATION, department, feeling, sentence)
            )
            continue
        if informing[sentence] and feeling is Sentiment.NEUTRAL:
            continue
        if clause.products:
            label, category = clause.products[0], Category.PRODUCT
        elif clause.departments or clause.unlisted:
            label = (clause.departments + clause.unlisted)[0]
            category = department_category(label)
        else:
            continue
        found.append(Mention(label, category, None, department, feeling, sentence))
    return found


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The words of a product group's or a department's name, read once per process: the
    names are a lexicon's and the stores', few, and asked of clause after clause."""
    return tokens_of(name)


@lru_cache(maxsize=4096)
def department_category(name: str) -> Category:
    """What a department is about, by the words of its name: goods unless it says otherwise."""
    for word in _words(name):
        for stem, category in _DEPARTMENT_CATEGORIES:
            if word.startswith(stem):
                return category
    return Category.PRODUCT


def _merged(first: Sentiment, second: Sentiment) -> Sentiment:
    if first is second or second is Sentiment.NEUTRAL:
        return first
    if first is Sentiment.NEUTRAL:
        return second
    return Sentiment.MIXED


def themes(evidence: Evidence, found: list[Mention]) -> tuple[Theme, ...]:
    merged: dict[tuple[str, str | None], Theme] = {}
    for mention in found:
        key = (mention.label, mention.department)
        theme = merged.get(key)
        if theme is None:
            if len(merged) == MAX_THEMES:
                continue
            quote = evidence.reading.sentences[mention.sentence][:QUOTE_CHARS]
            merged[key] = Theme(
                mention.label, mention.sentiment, mention.category, mention.department, quote
            )
        else:
            feeling = _merged(theme.sentiment, mention.sentiment)
            if feeling is not theme.sentiment:
                merged[key] = evolve(theme, sentiment=feeling)
    return tuple(merged.values())
