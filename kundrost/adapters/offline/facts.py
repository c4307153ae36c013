"""Baseline facts: which of a store's facts the customer's account contradicts.

Every fact is read into claims (`fact_claims`); what the customer says they experienced is
compared with each, never what they merely mention or agree with:

- absent: the customer met the thing here — used it, was at it, judged it, or it acted
  ("laxen från fiskdisken", "jag fick låna toaletten", "Konditorn hade skrivit hennes
  namn", "tårtan jag hade beställt" for "tårtbeställningar") — not negated, wished for,
  missed or asked about ("jag hade bara kontanter" agrees with a store that takes none);
  a compound's bare head ("verkstaden" of "ingen cykelverkstad") not when the store has a
  department or alias of that name; a member of a lacking kind ("hyrde slalomskidor" of
  "ingen slalomutrustning") in a sentence naming the department the lack is said of;
- absent, an act staff do not do: told as done for the customer ("De slipade mina
  skridskor"), not their own ("jag slipar dem själv"); a forbidden act only in a call that
  names whom the rule is about and none of its exceptions;
- free: the customer paid for it, in the clause that names it, a few words from it with no
  "och" and no other thing paid "för" ("fick betala 20 kr för påtåren", "parkeringen som
  var dyr", "parkeringsavgiften, trettio kronor"); buying a thing that comes included
  elsewhere ("köpte en hjälm") is no fee; a free period
  or a condition ("gratis i två timmar") is broken only when the customer's own words keep
  within it ("för en halvtimme") and say nothing of going over it ("för sent", "utan
  kvitto");
- count: the customer counts more of it ("alla åtta kassorna");
- price: the customer says what costs money was free ("det kostade ingenting att få det
  levererat", "gratis hemleverans");
- accepts: see `fact_use`; schedule: see `schedule_use`; lead: see `lead_times`; return:
  see `fact_returns`; id: see `fact_ids`; deposit: see `fact_deposits`; age: see
  `fact_ages`; match: see `fact_matches`; members: see `fact_members`; guarantee: see
  `fact_guarantees`; pickup: see `fact_pickups`. A price matched names the other store in
  the sentence itself: told with staff as the clause's subject ("De matchade Byggmax pris"),
  it is this store's act.

A question asked for yes or no ("Köpte jag en kokbok?", "Säljer ni inte vin?";
`questions.yes_or_no`) states nothing of the visit, so it contradicts no fact.

What the customer says of another store (`elsewhere`) contradicts nothing here, nor a thing
met in a clause that names another business ("Automatlådan lagades hos Volvo i stället, men
…hos er").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from functools import lru_cache, partial
from itertools import pairwise

from kundrost.adapters.offline.concepts import FactTerms
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.elsewhere import clause_names_other, names_other_phrase
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.fact_absent import supposed
from kundrost.adapters.offline.fact_acts import SELL
from kundrost.adapters.offline.fact_ages import age_broken, bears_on_age
from kundrost.adapters.offline.fact_bookings import (
    bears_on_booking,
    booking_made,
    party_of,
    unbooked_service,
)
from kundrost.adapters.offline.fact_capacities import names_place as names_limited
from kundrost.adapters.offline.fact_capacities import over_capacity
from kundrost.adapters.offline.fact_checks import (
    absent_met,
    act_noun,
    fee_named,
    forbidden_past,
    free_broken,
    price_broken,
)
from kundrost.adapters.offline.fact_claims import (
    ABSENT,
    ACCEPTS,
    AGE,
    BOOKING,
    CAPACITY,
    COUNT,
    DEPOSIT,
    FREE,
    GUARANTEE,
    ID,
    LEAD,
    MATCH,
    MEMBERS,
    ONLY_AT,
    PICKUP,
    PRICE,
    PROHIBITED,
    QUOTA,
    REFUND,
    RETURN,
    SCHEDULE,
    UNBOOKABLE,
    WALK_IN,
    Claim,
    about_store,
    acted,
    claims_of,
    says,
)
from kundrost.adapters.offline.fact_deposits import bears_on_deposit, no_deposit
from kundrost.adapters.offline.fact_elsewhere import told_elsewhere
from kundrost.adapters.offline.fact_guarantees import excepted_refund
from kundrost.adapters.offline.fact_ids import bears_on_id, unshown_id
from kundrost.adapters.offline.fact_matches import bears_on_match, price_matched
from kundrost.adapters.offline.fact_members import bears_on_members, unmet_membership
from kundrost.adapters.offline.fact_pickups import counter_pickup
from kundrost.adapters.offline.fact_pointing import POINTERS, pointed_transfer
from kundrost.adapters.offline.fact_prohibitions import brought, names_thing, went_without
from kundrost.adapters.offline.fact_quotas import campaign_quota, over_quota
from kundrost.adapters.offline.fact_refunds import bears_on_refund, refund_told
from kundrost.adapters.offline.fact_returns import return_broken, returned_named
from kundrost.adapters.offline.fact_sales import member_of
from kundrost.adapters.offline.fact_scopes import bounded_discount, scope_broken
from kundrost.adapters.offline.fact_use import (
    accepts_broken,
    names_place,
    only_at_broken,
    payment_means,
)
from kundrost.adapters.offline.lead_times import lead_broken
from kundrost.adapters.offline.numbers import quantities
from kundrost.adapters.offline.own_clauses import own_clause
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.questions import yes_or_no
from kundrost.adapters.offline.reading import Clause, tokens_of
from kundrost.adapters.offline.schedule_use import THERE, fresh_from, schedule_broken
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import BaselineFact, BusinessContext, Campaign

_WITHOUT = "utan"
"""The act of a requirement claim (`fact_prohibitions.requirement_of`): broken without it."""
_CONFIDENCE = {ABSENT: Decimal("0.85")}
_DEFAULT_CONFIDENCE = Decimal("0.8")
_MISSING = listed("saknar saknade saknas fattas fattades")
_ASKING = listed("frågade undrade undrar fråga frågan")
_ADVISING = listed(
    """tipsade tipsat tipsa tips rekommenderade rekommenderat rekommendera föreslog
    föreslagit hänvisade hänvisat"""
)
"""A clause with advice in it ("tipsade om var man får tag i sättpotatis", "Veterinären hade
rekommenderat ett foder") names the lacking thing as advised, not met."""
_NEIGHBOURS = listed("bredvid mittemot intill")
_AFTER_PLACE = listed("och men efteråt innan sen sedan då där här också först")


_AWAY_WORDS = listed("sedan sen annanstans annat annan hemma")
_AWAY = re.compile(
    r"\bför (?:\w+ ){0,3}(?:år|månader|veckor|länge) (?:sedan|sen)\b"
    r"|\bnågon annanstans\b|\bpå ett annat ställe\b|\bhos en annan (?:firma|butik|affär)\b"
    r"|\bhemma i [a-zåäö]+"
)
"""What a sentence tells happened long ago or at another place is nothing of this visit:
"min symaskin köpte jag för tjugo år sen", "borttagen med laser på ett annat ställe"."""
_OLD_DAYS_WORDS = listed("förr tiden")
_OLD_DAYS = re.compile(r"\bförr i (?:tiden|världen)\b|\bpå den tiden\b")
"""The old days, of which no fact of today's store is true or false: "förr i tiden fick man
en kasse mat för hundralappen", "förr i tiden betalade man kontant överallt"."""


def _of_old(tokens: tuple[str, ...], phrase: str) -> bool:
    return not _OLD_DAYS_WORDS.isdisjoint(tokens) and _OLD_DAYS.search(phrase) is not None


_LACK_WORDS = listed("ingen inget inga inte")


_FEARED_BY = listed("ni man vi de dom det")
_BEING = listed("är var har hade")


def _otherwise(tokens: tuple[str, ...]) -> bool:
    """The sentence tells what would happen otherwise, a present verb and its subject after
    "annars" ("Annars riskerar ni ombudet, och ungdomarna får tag på sprit den vägen"): a
    consequence feared, nothing met; "annars var allt bra" and "annars är hemleveransen
    jättebra" tell the visit."""
    return any(
        first == "annars" and verb.endswith("r") and verb not in _BEING and who in _FEARED_BY
        for first, verb, who in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _lack_told(claim: Claim, tokens: tuple[str, ...]) -> bool:
    """The sentence itself tells the lack ("det är ju ingen mjukglass där, vi köper mjukglass
    vid badet"): it agrees with the fact wherever else it names the thing."""
    return any(
        token in _LACK_WORDS and claim.terms.lookup(after) is not None
        for token, after in pairwise(tokens)
    )


_CORRECTION = re.compile(r"\b(?:nej alltså|nej förresten|eller nej|nej jag menar)\b")


def _withdrawn(phrase: str, said: str) -> bool:
    """The words said come before the customer corrects them: "en speldator, nej alltså, en
    spelkonsol" tells of no computer."""
    correction = _CORRECTION.search(phrase) if "nej" in phrase else None
    if correction is None:
        return False
    first = said.split()[0].casefold() if said.split() else ""
    return bool(first) and first in phrase[: correction.start()].split()


def _next_door(tokens: tuple[str, ...]) -> bool:
    """The sentence places the customer at the place next door ("kaféet bredvid",
    "restaurangen mittemot efteråt"), not beside something of the store ("bredvid kassan")."""
    return any(
        token in _NEIGHBOURS and at and (at + 1 == len(tokens) or tokens[at + 1] in _AFTER_PLACE)
        for at, token in enumerate(tokens)
    )


def _paid_at_another(
    claim: Claim, said: str, sentence: tuple[str, ...], store: StoreDepartments
) -> bool:
    """A means of payment a department does not take ("Restaurangen tar inte kontanter"),
    paid in a sentence that names another department and not that one ("betalade rummet
    kontant i receptionen")."""
    owner = store.named(claim.owner) if claim.owner else None
    if owner is None or payment_means(said) is None:
        return False
    named = {store.named(t) for t in sentence} - {None}
    return bool(named) and owner not in named


def _away_from_owner(
    claim: Claim, said: str, sentence: tuple[str, ...], store: StoreDepartments
) -> bool:
    """What one department does not take or have ("Pantautomaten tar inte glasflaskor"),
    met in a sentence that does not name that department ("Glasflaskorna lämnade jag på
    återvinningen"): the lack is the department's, not the store's. A means of payment is
    left to `_paid_at_another`, a lack said by having or selling to the store's."""
    owner = store.named(claim.owner) if claim.owner else None
    if owner is None or not claim.taken or claim.act or payment_means(said) is not None:
        return False
    return all(store.named(t) != owner for t in sentence)


_SUPPOSED = re.compile(
    r"(?:(?:men|och|så) )?(?:det (?:hade|skulle ha|skulle) (?:varit|vara) "
    r"|(?:jag|vi) (?:hade|skulle) gärna (?:sett|se|haft|ha) )"
)
"""A sentence opening "Det hade varit gott med glass" or "Jag hade gärna sett att de sålde
sadlar": a wish, not a thing met."""


class FactBook:
    """A store's claims, with the claims each customer word may bear on memoised, so that a
    sentence is compared only with the claims its words touch."""

    def __init__(self, facts: tuple[BaselineFact, ...], store: StoreDepartments) -> None:
        self.claims = tuple(claim for fact in facts for claim in claims_of(fact))
        self.store = store
        self._memo: dict[str, frozenset[int]] = {}
        self._untouched: set[str] = set()
        self._walk_in = tuple(claim for claim in self.claims if claim.kind == WALK_IN)

    def walk_in(self, tokens: tuple[str, ...]) -> bool:
        """Whether the sentence names what a fact offers without booking."""
        return any(claim.terms.lookup(t) for claim in self._walk_in for t in tokens)

    def touched(self, token: str) -> frozenset[int]:
        hits = self._memo.get(token)
        if hits is None:
            hits = frozenset(
                index
                for index, claim in enumerate(self.claims)
                if _bears_on(claim, token, self.store)
            )
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[token] = hits
        return hits

    def touching(self, words: frozenset[str]) -> dict[str, frozenset[int]]:
        """Each word that touches a claim, with the claims it touches. Words known to touch
        none are set aside together, by one set difference."""
        memo, untouched = self._memo, self._untouched
        if len(untouched) > 50_000:
            untouched.clear()
        found: dict[str, frozenset[int]] = {}
        for word in words.difference(untouched):
            hits = memo.get(word)
            if hits is None:
                hits = self.touched(word)
            if hits:
                found[word] = hits
            else:
                untouched.add(word)
        return found


def _names_department(place: str, token: str, store: StoreDepartments) -> bool:
    """Whether a word names the department a fact is of ("receptionen tar inga bokningar"):
    its stem, or the department it names; a subject that names none is the store itself."""
    if token.startswith(place[: max(4, len(place) - 3)]):
        return True
    department = store.named(place)
    return department is not None and store.named(token) == department


def _bears_on(claim: Claim, token: str, store: StoreDepartments) -> bool:
    if claim.terms.touches(token) or (claim.act == SELL and member_of(claim, token)):
        return True
    if claim.activity:
        return acted(claim.activity, token) or (claim.kind == FREE and act_noun(claim, token))
    if claim.called and forbidden_past(claim, token):
        return True
    if claim.kind == FREE:
        return fee_named(claim, (token,))
    if claim.kind == ACCEPTS:
        return names_place(claim, token) or (
            about_store(claim) and payment_means(token) is not None
        )
    if claim.kind == ONLY_AT:
        return payment_means(token) is not None and payment_means(token) == payment_means(
            claim.subject
        )
    if claim.kind == RETURN:
        return token == "tillbaka" or token.startswith("returner")
    if claim.kind == BOOKING:
        return bears_on_booking(token)
    if claim.kind == ID:
        return bears_on_id(token)
    if claim.kind == DEPOSIT:
        return bears_on_deposit(token)
    if claim.kind == MATCH:
        return bears_on_match(token)
    if claim.kind == MEMBERS:
        return bears_on_members(token)
    if claim.kind == AGE and claim.rule is not None:
        return bears_on_age(claim.rule[0], claim.subject, token)
    if claim.kind == QUOTA:
        return token.startswith(claim.subject)
    if claim.kind == CAPACITY:
        return names_limited(claim.accepted, token, store.named)
    if claim.kind == PROHIBITED:
        return names_thing(claim.subject, token) or (token == "utan" and _WITHOUT in claim.accepted)
    if claim.kind == REFUND:
        return bears_on_refund(token)
    if claim.kind == UNBOOKABLE:
        return token.startswith(("bok", "förbok"))
    if claim.kind == SCHEDULE:
        department = store.named(claim.subject)
        return (
            token in THERE
            or (department is not None and store.named(token) == department)
            or fresh_from(claim, token)
        )
    return False


@lru_cache(maxsize=256)
def fact_book(facts: tuple[BaselineFact, ...], store: StoreDepartments) -> FactBook:
    return FactBook(facts, store)


def _touched(touching: dict[str, frozenset[int]], tokens: tuple[str, ...]) -> set[int]:
    found: set[int] = set()
    for token in tokens:
        hits = touching.get(token)
        if hits:
            found.update(hits)
    return found


@lru_cache(maxsize=256)
def _own_words(store_name: str | None) -> frozenset[str]:
    return frozenset(tokens_of(store_name or ""))


@lru_cache(maxsize=256)
def _kind(owner: str) -> FactTerms:
    return FactTerms([owner], absent=True)


def _called(claim: Claim, evidence: Evidence) -> bool:
    """The call names whom a rule is about, by its word or a member of its kind ("katten" of
    "husdjur"), and none it excepts."""
    if not claim.called and not claim.excepted:
        return True
    words = evidence.words
    kind = _kind(claim.owner) if claim.owner else None
    named = all(
        any(says(part, w) or (kind is not None and kind.kind_of(w)) for w in words)
        for part in claim.called
    )
    return named and not any(any(w.startswith(part) for w in words) for part in claim.excepted)


def _containers(claim: Claim, sentence: Sequence[str]) -> float:
    """How many of the container a count is of the sentence tells ("två hinkar" for "En hink
    med 40 bollar"), 1 when none or the count is of the store's whole."""
    if not claim.accepted:
        return 1.0
    stem = claim.accepted[0].rstrip("aeiouyåäö") or claim.accepted[0]
    told = [v for v, n in quantities(sentence) if n.startswith(stem) and v >= 1]
    return max(told, default=1.0)


def _own_part(
    evidence: Evidence,
    tokens: tuple[str, ...],
    sentence: int,
    store: StoreDepartments,
    store_name: str | None,
) -> int | None:
    """The words of a clause about another business that tell the visit here before it
    (`own_clauses`), when the talk was not already away before this sentence."""
    if sentence and evidence.cues[sentence - 1].elsewhere:
        return None
    return own_clause(tokens, store.named, partial(_names_other, store_name=store_name))


def _names_other(text: str, store_name: str | None) -> bool:
    """Words that name another business, by its name or place or by a phrase ("från
    nätbutiken", "en annan affär")."""
    return clause_names_other(text, store_name) or names_other_phrase(tokens_of(text), text)


def _said_of_other(
    said: str,
    evidence: Evidence,
    clause: Clause,
    own_part: int | None,
    store: StoreDepartments,
    store_name: str | None,
) -> bool:
    """What was said lies in a clause that names another business, outside the words that
    tell the visit here before it (`_own_part`)."""
    if own_part is None:
        if not _names_other(clause.text, store_name):
            return False
        own_part = _own_part(evidence, clause.tokens, clause.sentence, store, store_name)
    if own_part is None:
        return True
    return not all(word in clause.tokens[:own_part] for word in said.replace(" … ", " ").split())


def _contradictions(
    book: FactBook,
    evidence: Evidence,
    context: BusinessContext | None,
    visited_at: datetime | None,
) -> dict[int, str]:
    """The claims contradicted, each with the words that contradict it."""
    found: dict[int, str] = {}
    claims = book.claims
    touching = book.touching(evidence.words)
    if not touching:
        return found
    asked = yes_or_no(evidence)
    touched = [
        set() if index in asked else _touched(touching, tokens)
        for index, tokens in enumerate(evidence.sentence_tokens)
    ]
    turns = evidence.reading.sentence_turns
    for index in range(len(touched) - 1, 0, -1):
        if index in asked or POINTERS.isdisjoint(evidence.sentence_tokens[index]):
            continue
        if turns[index - 1] == turns[index]:
            touched[index] |= {
                at for at in touched[index - 1] if claims[at].act or claims[at].activity
            }
        else:
            # the first sentence of an answer points into the answer before ("Ja, en
            # lådcykel." … "De körde hem den åt oss"): a staff act denied only
            for before in range(index - 1, -1, -1):
                if turns[before] != turns[index - 1]:
                    break
                touched[index] |= {at for at in touched[before] if claims[at].activity}
    called: dict[int, bool] = {}
    own = _own_words(context.store_name if context else None)
    store_name = context.store_name if context else None
    for clause in evidence.clauses:
        sentence = clause.clause.sentence
        cues = evidence.cues[sentence]
        if not touched[sentence]:
            continue
        own_part = None
        if cues.elsewhere:
            own_part = _own_part(evidence, clause.clause.tokens, sentence, book.store, store_name)
            if own_part is None:
                continue
        if not _NEIGHBOURS.isdisjoint(evidence.sentence_tokens[sentence]) and _next_door(
            evidence.sentence_tokens[sentence]
        ):
            continue
        if _AWAY_WORDS.intersection(evidence.sentence_tokens[sentence]) and _AWAY.search(
            evidence.phrases[sentence]
        ):
            continue
        if _of_old(evidence.sentence_tokens[sentence], evidence.phrases[sentence]):
            continue
        tokens = clause.clause.tokens
        quiet = (
            not cues.actionable
            and not _otherwise(evidence.sentence_tokens[sentence])
            and _MISSING.isdisjoint(tokens)
            and _ASKING.isdisjoint(tokens)
            and _ADVISING.isdisjoint(tokens)
        )
        for at in touched[sentence]:
            claim = claims[at]
            said: str | None = None
            if (
                claim.kind == ABSENT
                and quiet
                and not _SUPPOSED.match(evidence.phrases[sentence])
                and not supposed(tokens)
                and not _lack_told(claim, evidence.sentence_tokens[sentence])
                and called.setdefault(at, _called(claim, evidence))
            ):
                said = absent_met(
                    claim, clause, book.store, evidence.sentence_tokens[sentence], own,
                    _answer(evidence, sentence) if claim.act else (),
                )  # fmt: skip
                if said is not None and (
                    (claim.elsewhere and not told_elsewhere(_answer(evidence, sentence)))
                    or _paid_at_another(claim, said, evidence.sentence_tokens[sentence], book.store)
                    or _away_from_owner(claim, said, evidence.sentence_tokens[sentence], book.store)
                    or _said_of_other(
                        said, evidence, clause.clause, own_part, book.store, store_name
                    )
                ):
                    said = None
                if (
                    said is None
                    and (claim.act or (claim.activity and claim.subject))
                    and not POINTERS.isdisjoint(tokens)
                ):
                    said = pointed_transfer(claim, evidence, sentence)
                    if claim.elsewhere and not told_elsewhere(_answer(evidence, sentence)):
                        said = None
            elif claim.kind == FREE:
                said = free_broken(claim, evidence, clause)
            elif claim.kind == COUNT:
                most = claim.amount * _containers(claim, evidence.sentence_tokens[sentence])
                said = next(
                    (f"{v:g} {n}" for v, n in clause.amounts
                     if v > most and claim.terms.lookup(n)),
                    None,
                )  # fmt: skip
            if said is not None and not _withdrawn(evidence.phrases[sentence], said):
                found.setdefault(at, said)
    for index, cues in enumerate(evidence.cues):
        sentence_tokens = evidence.sentence_tokens[index]
        away = (
            cues.elsewhere
            or (not _NEIGHBOURS.isdisjoint(sentence_tokens) and _next_door(sentence_tokens))
            or _of_old(sentence_tokens, evidence.phrases[index])
        )
        for at in touched[index]:
            claim = claims[at]
            said = None
            if claim.kind == MATCH and not cues.actionable:
                clauses = (c.clause.tokens for c in evidence.in_sentence(index))
                said = price_matched(clauses, bool(claim.amount), opening=away)
            elif away:
                continue
            elif claim.kind == PRICE:
                said = None if cues.actionable else price_broken(claim, evidence, index)
            elif claim.kind == ACCEPTS and not cues.actionable:
                said = accepts_broken(claim, evidence, index, book.store)
            elif claim.kind == SCHEDULE:
                said = schedule_broken(claim, evidence, index, context, visited_at, book.store)
            elif claim.kind == REFUND and not cues.actionable:
                said = refund_told(sentence_tokens)
            elif claim.kind == LEAD:
                said = lead_broken(evidence, index, claim.amount)
            elif claim.kind == RETURN:
                named = returned_named(
                    claim.accepted[0], claim.subject, claim.terms, evidence.sentence_tokens[index]
                )
                said = return_broken(
                    claim.amount, claim.limit, claim.subject, named, evidence, index
                )
            elif claim.kind == ONLY_AT:
                said = only_at_broken(claim, evidence, index, book.store)
            elif claim.kind == BOOKING and not cues.actionable:
                said = None if book.walk_in(sentence_tokens) else unbooked_service(sentence_tokens)
                if said is not None and claim.amount:
                    party = party_of(sentence_tokens)
                    said = None if party is None or party <= claim.amount else said
            elif claim.kind == GUARANTEE and not cues.actionable:
                said = excepted_refund(
                    claim.accepted,
                    (c.clause.tokens for c in evidence.in_sentence(index)),
                    sentence_tokens,
                )
            elif claim.kind == PICKUP and not cues.actionable:
                said = counter_pickup(claim.amount, claim.subject, sentence_tokens)
            elif claim.kind == ID and not cues.actionable:
                said = unshown_id(c.clause.tokens for c in evidence.in_sentence(index))
            elif claim.kind == AGE and claim.rule is not None and not cues.actionable:
                said = age_broken(
                    claim.rule, sentence_tokens, book.store.named, _answer(evidence, index)
                )
            elif claim.kind == MEMBERS and not cues.actionable:
                said = unmet_membership(claim.accepted, sentence_tokens)
            elif claim.kind == DEPOSIT and not cues.actionable:
                clauses = (c.clause.tokens for c in evidence.in_sentence(index))
                said = no_deposit(clauses, sentence_tokens)
            elif claim.kind == CAPACITY and not cues.actionable:
                said = over_capacity(
                    claim.amount, claim.accepted, sentence_tokens, book.store.named
                )
            elif claim.kind == UNBOOKABLE and not cues.actionable:
                place = claim.accepted[0] if book.store.named(claim.accepted[0]) else ""
                said = booking_made(
                    claim.subject,
                    place,
                    sentence_tokens,
                    partial(_names_department, place, store=book.store),
                )
            elif claim.kind == PROHIBITED and not cues.actionable and _WITHOUT in claim.accepted:
                said = went_without(claim.subject, sentence_tokens)
            elif claim.kind == PROHIBITED and not cues.actionable:
                said = brought(
                    claim.subject,
                    claim.accepted[1],
                    sentence_tokens,
                    book.store.named,
                    claim.accepted[2] if len(claim.accepted) > 2 else "",
                )
            elif claim.kind == QUOTA and not cues.actionable:
                phrase = evidence.phrases[index]
                said = over_quota(
                    claim.amount, claim.subject, claim.accepted, sentence_tokens, phrase
                )
            if said is not None:
                found.setdefault(at, said)
    return found


def _answer(evidence: Evidence, index: int) -> tuple[str, ...]:
    """The words of the answer that holds sentence `index` and of the answer before it, where
    a customer often says what the act is of ("Det är min dotter. Hon är tolv." … "Sanna
    färgade henne", "Jag köpte jackan på nätet." … "Tjejen bytte den")."""
    turns = evidence.reading.sentence_turns
    earlier = {turns[at] for at in range(index) if turns[at] != turns[index]}
    before = max(earlier, default=None)
    return tuple(
        token
        for at, tokens in enumerate(evidence.sentence_tokens)
        if turns[at] == turns[index] or turns[at] == before
        for token in tokens
    )


@lru_cache(maxsize=256)
def _campaign_quotas(
    campaigns: tuple[Campaign, ...],
) -> tuple[tuple[str, float, str, tuple[str, ...]], ...]:
    """The quotas the store's campaigns set (`fact_quotas.campaign_quota`), read once."""
    quotas = []
    for campaign in campaigns:
        quota = campaign_quota(campaign.name, campaign.description)
        if quota is not None:
            quotas.append((f"{campaign.name}: {campaign.description}", *quota))
    return tuple(quotas)


def _campaigns_broken(campaigns: tuple[Campaign, ...], evidence: Evidence) -> list[tuple[str, str]]:
    """Each campaign whose quota a sentence tells exceeded, with the words that tell it."""
    quotas = _campaign_quotas(campaigns) if campaigns else ()
    broken: list[tuple[str, str]] = []
    for statement, most, unit, of in quotas:
        if not any(word.startswith(unit) for word in evidence.words):
            continue
        for index, tokens in enumerate(evidence.sentence_tokens):
            cues = evidence.cues[index]
            if cues.actionable or cues.elsewhere:
                continue
            said = over_quota(most, unit, of, tokens, evidence.phrases[index], either=True)
            if said is not None:
                broken.append((statement, said))
                break
    return broken


def _scopes_broken(
    facts: tuple[BaselineFact, ...], evidence: Evidence, store: StoreDepartments
) -> list[tuple[str, str]]:
    """Each fact whose bounded discount a sentence tells got outside its scope (`fact_scopes`)."""
    if "procent" not in evidence.words:
        return []
    broken: list[tuple[str, str]] = []
    asked = yes_or_no(evidence)
    for fact in facts:
        bound = bounded_discount(fact.statement)
        if bound is None:
            continue
        for index, tokens in enumerate(evidence.sentence_tokens):
            cues = evidence.cues[index]
            if cues.actionable or cues.elsewhere or cues.wish or index in asked:
                continue
            said = scope_broken(bound, tokens, store.named)
            if said is not None:
                broken.append((fact.statement, said))
                break
    return broken


def contradicted_facts(
    evidence: Evidence,
    context: BusinessContext | None,
    visited_at: datetime | None = None,
    store: StoreDepartments | None = None,
) -> list[ContentFlag]:
    """One flag per contradicted fact, naming the words said and the fact they contradict; a
    campaign's quota exceeded is one too."""
    if context is None:
        return []
    flags: dict[str, ContentFlag] = {}
    for statement, words in _campaigns_broken(context.current_campaigns, evidence):
        text = f"Kunden säger {words!r}, men kampanjen säger: {statement}"
        flags[statement] = ContentFlag(FlagKind.CONTRADICTS_FACT, text[:500], _DEFAULT_CONFIDENCE)
    if not context.baseline_facts:
        return list(flags.values())
    for statement, words in _scopes_broken(
        tuple(context.baseline_facts), evidence, store or StoreDepartments(())
    ):
        text = f"Kunden säger {words!r}, men butiken uppger: {statement}"
        flags[statement] = ContentFlag(FlagKind.CONTRADICTS_FACT, text[:500], _DEFAULT_CONFIDENCE)
    book = fact_book(tuple(context.baseline_facts), store or StoreDepartments(()))
    if not book.claims:
        return list(flags.values())
    found = _contradictions(book, evidence, context, visited_at)
    for index, claim in enumerate(book.claims):
        said = found.get(index)
        if said is None or claim.fact.statement in flags:
            continue
        text = f"Kunden säger {said!r}, men butiken uppger: {claim.fact.statement}"
        confidence = _CONFIDENCE.get(claim.kind, _DEFAULT_CONFIDENCE)
        flags[claim.fact.statement] = ContentFlag(FlagKind.CONTRADICTS_FACT, text[:500], confidence)
    return list(flags.values())
