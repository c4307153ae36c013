"""Identification rules: a service a store gives only against ID, and a customer who tells of
getting it without showing any.

A fact requires ID when it says the service is given against it or to one who shows it
("mot legitimation", "den som hyr visar legitimation", "legitimation krävs", "frågar om
legitimation"). It is broken by a clause that tells the customer doing the act, in the past,
without ID ("jag hyrde utan legitimation", "sålde ett guldarmband utan att visa legitimation",
"de lät mig hyra … utan att jag visade legitimation");
not by a wish, a question, an attempt or a condition, nor when anything in that clause is
denied ("fick inte hyra utan legitimation"), so a refusal told beside it breaks nothing; what
another clause adds ("de frågade inte ens") only colours the account. The act is any verb in
the past before "utan", so the rule needs no list of services.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kundrost.adapters.offline.fact_waived import waived
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of

_REQUIRED = re.compile(
    r"\b(?:mot|visar|visa|visas|uppvisande av) (?:\w+ )?legitimation\b"
    r"|\blegitimation (?:krävs|ska visas|måste visas|visas)\b"
    r"|\bkräver (?:\w+ )?legitimation\b|\bfrågar (?:\w+ )?om legitimation\b"
)
_WITHOUT = re.compile(
    r"\butan (?:att (?:jag |vi |man )?(?:visa|visade|ha|hade|behöva visa) )?(?:\w+ )?"
    r"(?:legitimation\w*|leg|legget|id|id-kort)\b"
)
_ID = re.compile(r"(?:legitimation\w*|leg|legget|id|id-kort|id-handling\w*)\b")
"""ID by its words, for a requirement told waived (`fact_waived`)."""
_FORGOTTEN = re.compile(
    r"\b(?:glömt|glömde|tappat|tappade) (?:\w+ )?(?:legitimation\w*|leg|legget|id|id-kort)\b"
)
_ANYWAY = re.compile(r"\bändå\b|\bi alla fall\b|\btrots det\b")
"""ID forgotten and the act done all the same ("jag hade glömt legitimationen hemma men de
belånade ringen ändå")."""
_OURS = listed("jag vi")
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall hade
    hoppades tänkte undrade undrar frågade får"""
)
"""A wish, an attempt, a condition or a question: the act not told as done."""
_LET = listed("fick lät")
"""Being let do it is doing it: "de lät mig hyra en betongblandare utan att jag visade
legitimation"."""


def _let(words: Sequence[str], at: int) -> bool:
    """ "fick hyra", "lät mig hyra": being let do an act, its verb right after (not "fick
    studentpris", a thing got)."""
    if words[at] not in _LET:
        return False
    after = [w for w in words[at + 1 : at + 3] if w not in ("mig", "oss")]
    return bool(after) and after[0].endswith("a") and len(after[0]) > 2


def requires_id(part: str) -> bool:
    """Whether a fact's part gives its service only against ID."""
    return "legitimation" in part and _REQUIRED.search(part) is not None


def bears_on_id(token: str) -> bool:
    """A word that may tell ID shown or not ("legitimation", "legget")."""
    return token.startswith("legitim") or token in ("leg", "legget", "id", "id-kort")


def unshown_id(clauses: Iterable[Sequence[str]]) -> str | None:
    """The words of a sentence, given by its clauses' tokens, that tell an act done in the
    past without ID, if they do."""
    clauses = [tuple(tokens) for tokens in clauses]
    forgotten = _forgotten_anyway(clauses) or waived(clauses, _ID)
    if forgotten is not None:
        return forgotten
    for tokens in clauses:
        clause = " ".join(tokens)
        without = _WITHOUT.search(clause)
        if without is None:
            continue
        before = tokens_of(clause[: without.start()])
        words = {*before, *tokens_of(clause[without.end() :])}
        if not NEGATIONS.isdisjoint(words) or not _SUPPOSED.isdisjoint(words):
            continue
        act = next(
            (
                w
                for at, w in enumerate(before)
                if (len(w) > 3 and w.endswith(("de", "te"))) or _let(before, at)
            ),
            None,
        )
        if act is not None:
            return f"{act} … {without.group(0)}"
    return None


def _forgotten_anyway(clauses: Sequence[Sequence[str]]) -> str | None:
    """ID forgotten in one clause and an act done "ändå" in another: "jag hade glömt
    legitimationen hemma men de belånade ringen ändå"."""
    texts = [" ".join(tokens) for tokens in clauses]
    forgetting = [
        (found, tokens)
        for tokens, text in zip(clauses, texts, strict=True)
        if (found := _FORGOTTEN.search(text)) is not None
    ]
    if not forgetting or _OURS.isdisjoint(forgetting[0][1]):
        return None  # none forgotten, or someone else's ID ("min kompis hade glömt sitt leg")
    forgot = forgetting[0][0]
    for tokens, text in zip(clauses, texts, strict=True):
        if _ANYWAY.search(text) is None:
            continue
        if not NEGATIONS.isdisjoint(tokens) or not _SUPPOSED.isdisjoint(tokens):
            continue
        act = next((w for w in tokens if len(w) > 3 and w.endswith(("de", "te"))), None)
        if act is not None:
            return f"{forgot.group(0)} … {act} ändå"
    return None
