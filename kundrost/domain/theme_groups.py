"""Theme groups: which mentions name the same theme, how a group is labelled and quoted."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from uuid import UUID

from kundrost.domain.analysis import Category
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.redaction import REDACTION_RULES, redact
from kundrost.domain.sample_quote import SampleQuote

if TYPE_CHECKING:  # the tally's types are built of these rules' results
    from kundrost.domain.week_tally import MentionCount, QuoteCandidates

_PERSONAL = re.compile(r"\S+@\S+|\+?\d(?:[ -]?\d){6,}")
MASK = "[…]"
"""What an excerpt keeps of an e-mail address or a run of digits `redact` left."""
ThemeKey = tuple[str, str]


@lru_cache(maxsize=8192)
def normalised(text: str | None) -> str:
    """Case and spacing do not make two themes different: " Kassakö" is "kassakö".
    Remembered: a week's themes repeat a few labels and departments many times."""
    return " ".join((text or "").split()).casefold()


@lru_cache(maxsize=8192)
def spelling(text: str) -> str:
    """A label or department as written, its spacing tidied."""
    return " ".join(text.split())


def department_spelling(department: str | None) -> str | None:
    """A department as spelled, None for a theme without one."""
    return spelling(department) if department else None


def theme_key(label: str, department: str | None) -> ThemeKey:
    return normalised(label), normalised(department)


def excerpt(quote: str | None, max_chars: int, *, redacted: bool = False) -> str | None:
    """A quote as a report may keep it: contact details and names of people redacted
    (`redact`), what is left of e-mail addresses and runs of seven or more digits no rule
    recognised masked, cut at a word to `max_chars` with "…". An analysis is redacted
    before it is stored, and a quote stored under the current rules (`redacted`) is not
    redacted again; one stored by an earlier release, or under earlier rules, is: each is
    kept for its call's 90 days (docs/storage.md)."""
    kept = quote or ""
    text = " ".join(_PERSONAL.sub(MASK, kept if redacted else redact(kept)).split())
    if len(text) <= max_chars:
        return text or None
    return text[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def _mode(values: Iterable[tuple[Any, int, int]]) -> Any:
    """Of (value, count, first place) triples, the value counted most in all, ties to the
    one that came first: the spelling, category or department most of a group used."""
    totals: dict[Any, list[int]] = {}
    for value, count, first in values:
        total = totals.get(value)
        if total is None:
            totals[value] = [count, first]
        else:
            total[0] += count
            total[1] = min(total[1], first)
    return min(totals, key=lambda value: (-totals[value][0], totals[value][1]))


def group_label(group: Sequence[MentionCount]) -> tuple[str, Category, str | None]:
    """The spelling, category and department most of the themes used; ties go to the earliest
    (a group of one spelling, the most common, is labelled as it is spelled)."""
    if len(group) == 1:
        only = group[0]
        return only.label, only.category, only.department
    return (
        _mode((c.label, c.mentions, c.first) for c in group),
        _mode((c.category, c.mentions, c.first) for c in group),
        _mode((c.department, c.mentions, c.first) for c in group),
    )


def mentions(group: Sequence[MentionCount]) -> int:
    return sum(count.mentions for count in group)


def sample_quotes(
    candidates: QuoteCandidates,
    limit: int,
    max_chars: int,
    excerpts: dict[str | None, str | None] | None = None,
) -> list[SampleQuote]:
    """At most `limit` different excerpts of one group (`shared_quotes` of it alone)."""
    return shared_quotes([candidates], limit, max_chars, excerpts)[0]


class MoreQuotesNeeded(InvalidValue):
    """A group's quote candidates ran out before its quotes while it has more mentions than
    were read: whoever read them reads more."""

    def __init__(self) -> None:
        super().__init__("quotes", "more candidates are needed than were read")


def shared_quotes(
    groups: Sequence[QuoteCandidates],
    limit: int,
    max_chars: int,
    excerpts: dict[str | None, str | None] | None = None,
    taken: set[str] | None = None,
) -> list[list[SampleQuote]]:
    """For each group, at most `limit` excerpts, newest first, from qualifying feedback only,
    each with the call it came from. An excerpt goes to one group only, and never one in
    `taken` (excerpts chosen for other sections, to which these are added): one sentence
    often names two themes ("självscanningen krånglade och det blev kö"), and a page shows
    a customer's words once, so a repeat would leave the later group bare. Each group gets
    one excerpt before any gets a second, the groups with the fewest candidates choosing
    first, so every group with words of its own shows some. An excerpt with no word but
    its masks ("[telefon]") quotes nothing and is skipped.

    No quote older than the last one a group keeps is read, or opened (a group of hundreds
    of mentions costs what its newest few do). Candidates that run out before `limit` while
    more exist cannot answer: `MoreQuotesNeeded`. `excerpts` remembers the excerpts of one
    report's quotes (never longer: they are customer words)."""
    excerpts = {} if excerpts is None else excerpts
    taken = set() if taken is None else taken
    found: list[list[tuple[int, SampleQuote]]] = [[] for _ in groups]
    next_read = [0] * len(groups)

    def choose(n: int) -> bool:
        mentions = groups[n].mentions
        while next_read[n] < len(mentions):
            at = next_read[n]
            next_read[n] += 1
            call_session_id, quotes, index = mentions[at]
            quote = quotes[index]
            if quote in excerpts:  # a text kept redacted is redacted again as it is
                text = excerpts[quote]
            else:
                current = quotes.redacted_under == REDACTION_RULES
                text = excerpts[quote] = excerpt(quote, max_chars, redacted=current)
            if text and text not in taken and quotes_words(text):
                taken.add(text)
                found[n].append((at, SampleQuote(text, _call(call_session_id))))
                return True
        return False

    if limit > 0:
        fewest_first = sorted(
            range(len(groups)), key=lambda n: (not groups[n].complete, len(groups[n].mentions))
        )
        for n in fewest_first:
            choose(n)
        for n in range(len(groups)):
            while len(found[n]) < limit and choose(n):
                pass
    for n, group in enumerate(groups):
        if len(found[n]) < limit and not group.complete:
            raise MoreQuotesNeeded
    return [[quote for _, quote in sorted(kept, key=_place)] for kept in found]


_MASK = re.compile(r"\[[^\[\]\s]+\]s?")
"""A mark `redact` or `excerpt` put in place of personal data ("[telefon]", "[namn]s",
"[personnummer]", "[…]"): a bracketed word, which speech never holds."""
_WORD = re.compile(r"[^\W\d_]{2,}")


def quotes_words(text: str) -> bool:
    """Whether an excerpt holds a word of the customer's besides the marks of what was
    redacted: "[telefon]." or "[namn]!" quotes nobody's words."""
    return _WORD.search(_MASK.sub(" ", text)) is not None


def _place(kept: tuple[int, SampleQuote]) -> int:
    return kept[0]


def _call(call: CallSessionId | str) -> CallSessionId:
    return call if isinstance(call, UUID) else CallSessionId(UUID(call))


def grouped(
    counts: Iterable[MentionCount], key: Callable[[MentionCount], object]
) -> list[list[MentionCount]]:
    """Counts grouped by `key`, the most mentioned group first, ties to the one first
    mentioned."""
    groups: dict[object, list[MentionCount]] = {}
    for count in counts:
        groups.setdefault(key(count), []).append(count)
    return sorted(
        groups.values(), key=lambda group: (-mentions(group), min(c.first for c in group))
    )


def by_theme(counts: Iterable[MentionCount]) -> list[list[MentionCount]]:
    return grouped(counts, lambda c: (c.label_key, c.department_key))
