"""Actionable items: what the store could do, from wishes, suggestions and complaints.

A sentence with a wish or a suggestion about something in particular becomes an item
("Önskemål om kö och väntetid: ..."); a complaint about something in particular, without
a wish, becomes one too ("Åtgärda personalens bemötande: ..."). A wish or suggestion in a
sentence about information is about that, not the product praised beside it ("bullarna var
goda men skriv ut ingredienserna": "Förslag om information och märkning"). The item takes
the topic's category, typical impact and effort, and the theme's department. Priority: urgent for
safety and hygiene risks and for spoiled or expired food; high for a complaint judged
strongly (negative weight 1.5 or more) or explained ("eftersom"), or a wish in a sentence
that also complains about a high-impact topic; low for a wish in an otherwise happy
sentence; medium otherwise. At most six items, in the order the customer spoke.
"""

from __future__ import annotations

from kundrost.adapters.offline.actionability import is_complaint
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.features import concrete_suggestion
from kundrost.adapters.offline.information import INFORMATION
from kundrost.adapters.offline.themes import Mention
from kundrost.adapters.offline.topics import SPOILED, TOPICS
from kundrost.domain.analysis import ActionableItem, Level, Sentiment
from kundrost.domain.priority import Priority

MAX_ITEMS = 6


def _describe(prefix: str, mention: Mention, sentence: str) -> str:
    text = f'{prefix} {mention.label[0].lower()}{mention.label[1:]}: "{sentence}"'
    return text if len(text) <= 500 else text[:497].rsplit(" ", 1)[0] + "…"


def _priority(evidence: Evidence, index: int, mention: Mention, wish: bool) -> Priority:
    topic = TOPICS.get(mention.topic or "")
    clauses = evidence.in_sentence(index)
    words = {t for c in clauses for t in c.clause.tokens}
    complaints = [c for c in clauses if is_complaint(c)]
    if (topic and topic.urgent) or words & SPOILED:
        return Priority.URGENT
    strong = any(c.negative >= 1.5 for c in complaints) or evidence.cues[index].cause
    if complaints and (not wish or (topic and topic.impact is Level.HIGH) or strong):
        return Priority.HIGH if strong or wish else Priority.MEDIUM
    if wish and not complaints and any(c.positive >= 0.5 for c in clauses):
        return Priority.LOW
    return Priority.MEDIUM


def actionable_items(evidence: Evidence, found: list[Mention]) -> tuple[ActionableItem, ...]:
    items: list[ActionableItem] = []
    done: set[int] = set()
    informing = {m.sentence: m for m in found if m.topic == INFORMATION}
    for mention in found:
        index = mention.sentence
        if index in done or len(items) == MAX_ITEMS:
            continue
        cues = evidence.cues[index]
        if cues.elsewhere:
            continue
        complaint = mention.sentiment in (Sentiment.NEGATIVE, Sentiment.MIXED) and any(
            is_complaint(c) for c in evidence.in_sentence(index)
        )
        asks = concrete_suggestion(evidence, index)
        if not (asks or complaint):
            continue
        done.add(index)
        if asks:
            mention = informing.get(index, mention)
        topic = TOPICS.get(mention.topic or "")
        prefix = "Önskemål om" if asks and cues.wish else "Förslag om" if asks else "Åtgärda"
        sentence = evidence.reading.sentences[index]
        items.append(
            ActionableItem(
                category=mention.category,
                description=_describe(prefix, mention, sentence),
                priority=_priority(evidence, index, mention, asks),
                department=mention.department,
                estimated_impact=topic.impact if topic else Level.MEDIUM,
                implementation_complexity=topic.complexity if topic else Level.MEDIUM,
            )
        )
    return tuple(items)
