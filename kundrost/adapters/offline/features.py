"""The rubric's features, counted from the evidence of one call.

Observations, their kinds, and reach and stakes come from `observations` and `stakes`. The
rest, sentence by sentence over this store's talk:

- causes: sentences that explain ("eftersom", "för att", "så jag fick gå tillbaka") what
  they or the sentence before observe;
- suggestions: wishes or suggestions that say what to do about what — about a product, a
  topic or a place, a number or a time, or pointing back at a concrete sentence ("det borde
  ni också göra"), or a concrete act on a department ("öppna fler kassor"); "förbättra",
  "utveckla", "satsa på" or a bare "bättre kassa" are vague, and count as empty mentions;
- generic statements: judging sentences that name nothing in particular ("allt var bra",
  "trevlig personal");
- padding: the share of words, in sentences of three words or more, outside sentences that
  observe something or suggest something concrete;
- a reward request: cashback, "återbäring", a percentage or a top grade asked for or said to
  be deserved ("jag förtjänar högsta betyg", "tio procent för det här");
- empty mentions: grading words ("konkret", "specifikt", "förslag", "systematiskt",
  "åtgärdsplan", "konstruktiv", "värdefull", "kundupplevelsen"), vague suggestions, and
  departments listed two or more to a sentence with nothing said about them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.observations import counted, observations
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.rewards import GRADING, asks_reward, grades_any, grading_words
from kundrost.adapters.offline.stakes import reach_and_stakes
from kundrost.domain.rubric import Rubric

_VAGUE_ACTS = re.compile(
    r"\b(?:förbättra\w*|utveckla\w*|satsa\w*|jobba\w*|arbeta\w*|tänka på|tänk på|se över|"
    r"fortsätt\w*|bättre|bli bättre|hålla i|lyssna\w*|lyhörd\w*)\b"
)
_BARE_MORE = listed("mer fler bättre billigare lägre större bredare")
"""More or better of a topic at large ("bättre service och fler erbjudanden", "lägre
priser"): a wish any customer of any store could make, with nothing particular named."""
_SUGGESTION_WORD = re.compile(r"\bförslag\w*")
_NOTHING_TO_DO = re.compile(
    r"\b(?:inget|ingenting|inte (?:något|nåt|mycket)) (?:som )?ni (?:\w+ )?"
    r"(?:behöver|borde|bör|kan|ska|måste) (?:\w+ )?göra\b"
)
"""Nothing for this store to do ("det är inget ni behöver göra, det var ju hos dem"): no
suggestion, whatever the sentence points back at."""


def concrete_suggestion(evidence: Evidence, index: int) -> bool:
    """Whether the sentence asks for something particular to be done (module docstring);
    a sentence that also grades itself or asks for a reward asks for nothing in particular,
    nor, in a call that plays for the reward, does more of a thing with no number, time or
    place ("Förslag ett: fler tårtor. Förslag två: mer kaffe.")."""
    cues = evidence.cues[index]
    if not cues.actionable or cues.elsewhere:
        return False
    text = evidence.phrases[index]
    if grades_any(evidence.sentence_tokens[index]) or asks_reward(text):
        return False
    if "göra" in evidence.sentence_tokens[index] and _NOTHING_TO_DO.search(text):
        return False
    clauses = evidence.in_sentence(index)
    kinds = {key[:2] for c in clauses for key, strength in c.referents if strength >= 0.6}
    if any((c.numbers and (counted(c) or not evidence.gaming)) or c.times for c in clauses):
        return True
    if (
        not _BARE_MORE.isdisjoint(evidence.sentence_tokens[index])
        and (not kinds - {"t:"} or evidence.gaming)
        and not cues.refers_back
    ):
        return False
    if cues.refers_back or kinds - {"d:", "t:"}:
        return True
    return bool(kinds) and _VAGUE_ACTS.search(text) is None and not _SUGGESTION_WORD.search(text)


def _share(part: int, whole: int) -> Decimal:
    """`part / whole` to two places; all of nothing said is padding."""
    return (Decimal(part) / whole).quantize(Decimal("0.01")) if whole else Decimal(1)


def rubric(evidence: Evidence) -> Rubric:
    """The rubric's features of one call (see the module docstring)."""
    rewarded = evidence.rewarded
    observed, off_store, useful = observations(evidence, rewarded)
    reach, stakes = reach_and_stakes(evidence, observed)
    causes = suggestions = vague = generic = 0
    listed_departments = 0
    for index, cues in enumerate(evidence.cues):
        if cues.elsewhere:
            continue
        clauses = evidence.in_sentence(index)
        concrete = any(c.concrete for c in clauses)
        if cues.cause and (concrete or cues.refers_back or index - 1 in useful):
            causes += 1
        if cues.actionable:
            if concrete_suggestion(evidence, index):
                suggestions += 1
                useful.add(index)
            else:
                vague += 1
        elif not concrete and any(c.positive or c.negative for c in clauses):
            generic += 1
        idle = () if index in useful else [d for c in clauses for d in c.departments]
        if len(idle) >= 2:
            listed_departments += len(idle)
    words = [len(tokens) for tokens in evidence.sentence_tokens]
    spoken = sum(n for n in words if n > 2)
    kept = sum(n for i, n in enumerate(words) if n > 2 and i in useful)
    grading = grading_words(evidence.reading.tokens) if GRADING.of(evidence.words) else 0
    return Rubric(
        observations=len(observed),
        specific_observations=sum(o.specific for o in observed),
        located_observations=sum(o.located for o in observed),
        timed_observations=sum(o.timed for o in observed),
        causes=causes,
        suggestions=suggestions,
        problems=sum(o.problem for o in observed),
        reach=reach,
        stakes=stakes,
        generic_statements=generic,
        padding_share=Decimal(1 - kept / spoken).quantize(Decimal("0.01"))
        if spoken
        else Decimal(1),
        reward_request=rewarded,
        off_store_observations=off_store,
        empty_mentions=grading + vague + listed_departments,
    )
