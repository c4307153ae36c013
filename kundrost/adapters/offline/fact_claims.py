"""Fact claims: a store's baseline facts read into claims a customer's account can break.

Each fact is split at ";" and "men", and each part is read for every kind it holds:

- absent: "Butiken har ingen fiskdisk", "säljer inte tobak eller snus", "tar inte emot
  tårtbeställningar" — the noun phrase after the negation, up to "och" or a preposition, or
  put first before "säljer vi inte" ("Batterier säljer vi inte");
  its modifiers ("glutenfria") and places ("i äggboden") must be said with it, and a number
  or age ("till personer under 18 år") makes it a condition, so no claim; after another verb
  than having or selling, the staff's act ("Vi slipar inte knivar"); after "får inte", a
  forbidden act of whom the part is about ("Hundar får inte följa med in");
- free: "Parkeringen är gratis i två timmar", "Påtår ingår i priset" — the words before
  "gratis"/"ingår" in their own clause, or the word after ("gratis kaffe"); a time limit
  or a condition ("i två timmar", "med kvitto", "annars kostar det") makes it conditional;
- count: "fem kassor" — the number and the thing counted (not a limit: "högst tre
  personer");
- price: "Hemleverans kostar 149 kronor" — what costs money (not "annars kostar det"), and
  for how much; a fee named with its sum ("en tankavgift på 500 kronor"), see `fact_prices`;
- accepts: "Självscanningen tar bara kort", "Pantautomaten … tar burkar och PET-flaskor" —
  what a place takes, listed after "tar" (so nothing else of the same kind);
- only at: a means of payment only one place takes ("kontanter tas bara emot vid
  informationsdisken"), see `fact_use.only_at_broken`;
- return: a return allowed only within a time or of a count ("får lämnas tillbaka inom 30
  dagar …, en säck per sort och kund"), see `fact_returns`;
- lead: the least time a service takes or must be ordered ahead ("lämnar tillbaka
  inlämnade skidor efter två arbetsdagar", "tårtor beställs senast två dagar före
  hämtning"), see `lead_times`;
- booking: a service given only to those who booked ("Banorna måste bokas i förväg", "vi
  tar inte emot drop-in"), see `fact_bookings`;
- id: a service given only against ID ("mot legitimation", "den som hyr visar
  legitimation"), see `fact_ids`;
- deposit: a thing lent or rented only against a deposit ("mot en deposition på 500
  kronor"), see `fact_deposits`;
- match: no price matched or guaranteed ("Vi matchar inte andra butikers priser", "ingen
  prisgaranti"), see `fact_matches`;
- members: a benefit for members alone ("gratis för medlemmar i Lekklubben"), see
  `fact_members`;
- age: children under an age only with an adult, a least age or a least height ("Barn
  under 10 år badar bara med en vuxen", "till den som fyllt 18 år", "kräver 150 cm"), see
  `fact_ages`;
- walk-in: what is offered without booking ("Kloklippning utan tidsbokning på lördagar"),
  which no booking rule is broken by;
- quota: the most units one customer may get ("Kampanjen på kolor gäller högst två påsar
  per kund"), see `fact_quotas`;
- capacity: the most people a place takes ("Varje rum tar högst sex spelare"), see
  `fact_capacities`;
- unbookable: what a place or the store never books ("receptionen tar inga bokningar",
  "Vi tar inte emot bordsbokningar"), see `fact_bookings`;
- prohibited: a thing not allowed brought ("Hundar är inte tillåtna på banan"), an act
  not allowed on a thing ("Mattor får inte tvättas i maskinerna") or a thing required
  ("Ridhjälm är obligatorisk"), see `fact_prohibitions`;
- schedule: when a facility is open or staffed, or a thing is made or done ("Postombudet har
  öppet 10–18 på vardagar …; på söndagar är det stängt", "Vedugnsbröd bakas bara på fredagar
  och lördagar", "Brädgården … stänger en halvtimme före butiken"), see `schedules`.

A part without a subject of its own ("på söndagar är det stängt") speaks of the one before.
A lack with exceptions ("inga kläder utom arbetshandskar", "inga böcker förutom kokböcker",
"bortsett från pussel") keeps its claim and the things excepted (`Claim.exceptions`,
`excepted`); one excepting a time or a place ("förutom under julen") leaves no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from attrs import frozen

from kundrost.adapters.offline.concepts import FactTerms
from kundrost.adapters.offline.fact_acts import (
    act_of,
    custody,
    help_act,
    helped_with,
    self_served,
    strong_past,
)  # fmt: skip
from kundrost.adapters.offline.fact_ages import age_rule
from kundrost.adapters.offline.fact_bookings import (
    group_size,
    refused_bookings,
    requires_booking,
    walk_in_things,
)
from kundrost.adapters.offline.fact_capacities import capacity_of
from kundrost.adapters.offline.fact_deposits import requires_deposit
from kundrost.adapters.offline.fact_elsewhere import bought_elsewhere_rule
from kundrost.adapters.offline.fact_guarantees import refund_exceptions
from kundrost.adapters.offline.fact_ids import requires_id
from kundrost.adapters.offline.fact_matches import refuses_match
from kundrost.adapters.offline.fact_members import members_benefit
from kundrost.adapters.offline.fact_pickups import pickup_threshold
from kundrost.adapters.offline.fact_prices import (
    fee_amount,
    further_prices,
    price_amount,
    stated_sums,
)
from kundrost.adapters.offline.fact_prohibitions import (
    passive_prohibitions,
    prohibition_of,
    requirement_of,
)
from kundrost.adapters.offline.fact_quotas import quota_of
from kundrost.adapters.offline.fact_refunds import refund_denied
from kundrost.adapters.offline.fact_returns import return_limits
from kundrost.adapters.offline.lead_times import LEAD_WORDS, lead_days
from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.numbers import quantities, word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.schedules import Schedule, schedule_of
from kundrost.adapters.offline.swedish import lemmas
from kundrost.adapters.offline.when import days_of
from kundrost.domain.business_context import BaselineFact

ABSENT, FREE, COUNT, PRICE, ACCEPTS, SCHEDULE, LEAD, ONLY_AT = (
    "absent", "free", "count", "price", "accepts", "schedule", "lead", "only_at",
)  # fmt: skip
RETURN = "return"
BOOKING = "booking"
QUOTA = "quota"
WALK_IN = "walk_in"
ID = "id"
DEPOSIT = "deposit"
AGE = "age"
MATCH = "match"
MEMBERS = "members"
GUARANTEE = "guarantee"
PICKUP = "pickup"
CAPACITY = "capacity"
PROHIBITED = "prohibited"
UNBOOKABLE = "unbookable"
REFUND = "refund"
_ONLY_AT = re.compile(
    r"\b(?:(?P<means>\w+) (?:tas (?:emot )?|accepteras |tar vi (?:emot )?)(?:bara|endast|enbart) "
    r"(?:emot )?|(?:betala|betalning) (?:med )?(?P<means2>\w+) (?:går |sker )?(?:bara|endast|"
    r"enbart) )(?:vid|i|på) (?P<place>[\w -]+)"
)
"""A means of payment one place alone takes: "kontanter tas bara emot vid informationsdisken"."""
_PART = re.compile(r"[;]|:\s|,?\s(?:men|fast)\s")
"""Parts of a fact: a colon opens an explanation ("ingen disk för fisk: fisk finns bara fryst"),
whose words are no more of the thing denied."""
_INCLUDED = re.compile(r"\b(?:ingår|ingick)\b")
_NOT_INCLUDED = re.compile(r"(?:ingår|ingick) (?:inte|ej)\b")
"""A thing said not to be included ("Sänglinne ingår inte") is neither free nor lacking."""
_CLAUSE = re.compile(r"\b(?:kostar|är|har|finns|ingår)\b|\d")
_FREE = re.compile(r"\b(?:gratis|kostnadsfri\w*|ingår|ingick|bjuder)\b|utan (?:extra )?kostnad")
_CONDITION = re.compile(r"\b(?:i (?:\w+ )?timm\w*|första timm\w*|med kvitto|mot |annars|efter)")
_PRICE = re.compile(r"\b(?:kostar|är) (\w+) (?:kronor|kr)\b")
_GENITIVE = re.compile(r"(?:en|et|na)s$")
"""A subject in the genitive ("Dagens lunch") is no head: the noun after it is what is priced."""
_PRICED_BEFORE = re.compile(r"(\w+) som $")
"""A price in a relative clause prices the noun before "som", not the part's first word:
"alla hoppar i halkstrumpor som kostar 30 kronor" prices the socks, not the jumping."""
_NEGATORS = listed("inte ej ingen inget inga varken aldrig saknar saknas")
NOT_THINGS = FUNCTION_WORDS | listed(
    """har finns serverar säljer tar erbjuder bakar bakas görs står ligger sker gäller eller
    varken heller något några extra bara alla butiken kaféet butik kafé vi eget egen egna
    emot kostar körs öppet stängt stänger bemannad bemannade lånar går normalt medan sin
    annars ställs lämnas levereras gräddas nere tillbaka ut upp in ner bort hem fram"""
)
_UNITS = listed(
    """minut minuter timme timmar dag dagar vardag vardagar arbetsdag arbetsdagar dygn vecka
    veckor månad månader år kronor kr procent
    gånger meter kilo kg ton liter grader km mil kw kwh ampere personer"""
)
_INVERTED = re.compile(
    r"\b(?:är|har) (\w{3,}(?:en|et|an|na|n))(?: \w+)? (?:stängd|stängt|öppen|öppet|obemannad)\b"
)
"""A subject put after the verb, of a part that opens with when: "på helgerna är hyttan
stängd"."""
_CLOCK = re.compile(r"\b(?:klockan|kl) (\w+)")
_HELD = re.compile(r"\b(?:en|ett|varje|per) ([^\W\d]{3,}) med (\w+) ([^\W\d]+)", re.IGNORECASE)
"""A count of what one container holds ("En hink med 40 bollar", "ett paket med 12 ägg"):
several containers hold several times as many."""
_LIMIT = re.compile(r"\b(?:högst|max|maximalt|minst|upp till|över|under) (\w+)")
"""A number after these is a limit or a rule ("tar högst tre personer"), not a count of
what the store has."""
_PREPOSITIONS = listed("på i för med vid till av om under från")
_NOT = listed("inte ej aldrig")
_LACKING = listed("saknar saknas")
_HOLDING = listed(
    """har hade finns fanns säljer säljs serverar serveras erbjuder erbjuds tar tas hyr hyrs
    lånar lånas lämnar lämnas gör görs utför utförs bakar bakas accepterar tillhandahåller
    saluför lagerför tillverkar"""
)
"""Verbs whose negation says the store lacks the thing named after it ("säljer inte tobak");
after another verb it is the staff's act that is denied ("slipar inte knivar")."""
_PERSONS = listed(
    """kund kunden kunder kunderna gäst gästen gäster gästerna besökare besökaren besökarna
    personal personalen medlem medlemmen medlemmar medlemmarna"""
)
"""Who a fact's part speaks to, never a thing lacked ("kundtoalett" is one)."""
_SCOPING = listed("gäller gällde omfattar omfattade")
"""What a rule applies to: its negation bounds the rule, and no thing is lacking."""
_TAKING = listed("tar accepterar bakar lagar gör tillverkar brygger röker styckar")
"""A place that does not take or make a thing ("Pantautomaten tar inte glasflaskor",
"Bagarstugan bakar inget glutenfritt") lacks it there: the store may have it elsewhere."""
_LENDING = listed("hyr lånar")
"""Verbs whose negation with "ut" denies a rental, broken by the thing rented out ("hyrde en
handduk"), not by the thing met ("glömt handduken")."""
_MODAL = listed("är var blir blev kan kunde får fick ska skall måste bör behöver vill brukar går")
"""Before "inte" a rule or a state, not a lack; "får inte" forbids an act (`_forbidden`)."""
_PARTICLES = listed("ut upp in ner bort fram emot tillbaka om av")
_QUALIFYING = listed(
    "på i för med vid till av om under från åt via utom än hos mot efter före innan utan över"
) | listed("större mindre fler färre äldre yngre högre lägre")
_BENEFICIARIES = ("kund", "personal", "gäst", "besökar", "medlem", "person")
_ADJECTIVAL = ("a", "e", "t", "d")
_RELATIONAL = ("belagd", "belagda", "pliktig", "pliktiga", "haltig", "haltiga")
_PRIVATIVE = ("fri", "lös", "fattig")
_PAST = frozenset({"ade", "de", "te", "t", "at", "dde", "tt", "ades", "des", "tes", "ad", "d"})
_STORE = listed("butiken affären kaféet kafét caféet stormarknaden lanthandeln")
_QUANTIFIERS = listed("alla all allt varje")
_GENERIC = listed("varor varorna inköp inköpen saker sakerna köp köpen")
"""Goods in general: a staff act denied on them ("lastar inte in varor") is denied on
whatever the customer bought."""
_PASSIVE = listed("säljs saluförs tas byts")
_SUBORDINATORS = listed("om som ifall eftersom tills förrän")
"""A negation just after these is part of a condition or a relative clause ("om djuret inte
äter det", "djur som kunder inte kan behålla"), not a lack."""
_ONLY = listed("bara endast enbart")
_WHEN = listed("när då ifall")
"""A condition after the negation ("tas inte tillbaka när förpackningen är öppnad") says
when, not what: the package is no thing denied."""
_PARTICIPLES = ("ade", "ande", "ende")
_EXCEPTED = re.compile(r"^vi \w+r [^,;]+, (?:inte|ej) ")
"""An act of the store's with an exception after a comma ("Vi besiktar personbilar och lätta
släp, inte tunga lastbilar eller motorcyklar"): the act is denied on what follows "inte"."""


@frozen
class Claim:
    """One checkable claim of a fact: its kind, what it is about, and its particulars."""

    fact: BaselineFact
    kind: str
    terms: FactTerms
    subject: str = ""
    amount: float = 0.0
    """count: the number; booking: the party size the rule binds above (0 for all); free:
    hours free (0 for always, -1 for another condition); lead: the least days the service
    takes; return: the most days after which a return is allowed (0 for no limit)."""
    limit: float = 0.0
    """return: the most of `subject` one return may hold ("en säck per sort"), 0 for none."""
    accepted: tuple[str, ...] = ()
    """accepts: what the place takes; only at: the words of the one place that takes it;
    return: the thing returned, "" for goods in general; count: the container one count is
    of ("hink" of "En hink med 40 bollar"), if any."""
    schedule: Schedule | None = None
    included: bool = False
    per_unit: bool = False
    """price: the sum is for one unit ("per dygn"), so more may be several units."""
    """free: it comes with something else ("hjälm ingår" with a rental), so buying one of
    its own is no fee for it."""
    tiers: tuple[float, ...] = ()
    """price: every sum the part states, each of which a tier's price ("99 kronor för vanliga
    klockor och 299 kronor för vattentäta")."""
    owner: str = ""
    """absent: what the part is said of ("uthyrningen" of "Uthyrningen hyr … ingen
    slalomutrustning"), when it names anything."""
    modifiers: tuple[str, ...] = ()
    """absent: the stems of the words that narrow the thing ("glutenfr" of "inga glutenfria
    bröd"), which a sentence naming only the thing's own word must hold; a member of its kind
    ("huvudvärkstabletter" of "receptfria läkemedel") is of the kind meant."""
    required: tuple[str, ...] = ()
    """absent: the stems of the place or condition the lack is said of, each of which a
    sentence must hold ("äggbod" of "ingen kortterminal i äggboden")."""
    called: tuple[str, ...] = ()
    """absent: stems one of the call's words must hold each of ("hund" of "Hundar får inte
    följa med in"), since a forbidden act is said of whoever may not."""
    excepted: tuple[str, ...] = ()
    """absent: stems of those a rule allows ("ledarhund"); a call naming one breaks nothing."""
    activity: str = ""
    """absent: the stem of what the staff do not do ("slip" of "Vi slipar inte knivar"),
    which the customer must tell as done to them, or "" for a thing the store lacks."""
    taken: bool = False
    """absent: what the part's subject does not take or make ("Pantautomaten tar inte
    glasflaskor", "Bagarstugan bakar inget glutenfritt"), a lack of that place alone, not of
    the store."""
    rule: tuple[str, float, str, tuple[str, ...]] | None = None
    """age: the rule as `fact_ages.age_rule` reads it (kind, age or height, verb, places)."""
    exceptions: tuple[str, ...] = ()
    """absent: the words of the fact's own exceptions ("kokböcker" of "inga böcker förutom
    kokböcker", "arbetshandskar" of "inga kläder utom arbetshandskar"), none of which breaks
    it (`excepted`)."""
    elsewhere: bool = False
    """absent: the act is denied only on things bought elsewhere ("lagar inte bågar som köpts
    någon annanstans"), so the customer must tell the thing got elsewhere (`fact_elsewhere`)."""
    act: str = ""
    """absent: the transfer denied (SELL, TAKE_BACK, TAKE_IN), which only that transfer of the
    thing here breaks ("köpte en kanin här", "de tog tillbaka marsvinet"), never the thing
    named as the customer's own; "" for a lack met by any use."""


def things(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if len(t) >= 2 and not t.isdigit() and t not in NOT_THINGS]


def _number(word: str) -> float | None:
    return float(word) if word.isdigit() else word_value(word)


def _subject(tokens: Sequence[str], before: str | None = None) -> str | None:
    """What a part is about: its first word ("Postombudet har öppet …", "Alla bullar …"), the
    store for "Butiken …", or None when it opens with anything else ("på söndagar är det
    stängt", "annars kostar det"), so that it speaks of the part before."""
    words = [t for t in tokens if t not in _QUANTIFIERS]
    if not words:
        return None
    first = words[0]
    if first in _STORE:
        return first
    inverted = _INVERTED.search(" ".join(words))
    if inverted is not None and (first in _PREPOSITIONS or days_of(first) is not None):
        # "på helgerna är hyttan stängd": of the hot shop, unless it names the one before by
        # its head ("Postombudet …; på söndagar är ombudet stängt")
        named = inverted.group(1)
        return before if before is not None and before.endswith(named) else named
    if first in NOT_THINGS or first in _PREPOSITIONS or len(first) < 3:
        return None
    if days_of(first) is not None or word_value(first) is not None:
        return None
    return first


def _head(tokens: Sequence[str]) -> list[str]:
    """The head of the phrase before "gratis"/"ingår": "påtår" of "påtår på bryggkaffe",
    "luftpumpen" of "luftpumpen utanför butiken"."""
    cut = next((i for i, t in enumerate(tokens) if t in _QUALIFYING), len(tokens))
    return [t for t in things(tokens[:cut]) if not t.startswith(_BENEFICIARIES)]


_GIVING = listed("en ett får fick ger gav erbjuds erbjuder bjuds ingår inklusive med och")
"""Words before a free word that make it attributive ("får en gratis första service", "ingår
gratis kaffe"): the free thing is the phrase after it, not the part's subject."""
_ORDINALS = listed("första andra tredje fjärde femte årlig årliga årligt")
_RECEIVING = listed("får fick ger gav erbjuds erbjuder")


def _attributive_free(part: str, free: re.Match[str]) -> list[str]:
    """The thing a free word says is free when it stands before it ("En ny cykel köpt i
    butiken får en gratis första service inom tre månader": the service, not the new bike,
    which is paid for), or none."""
    before = tokens_of(part[: free.start()])
    given = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _RECEIVING), None)
    if given is not None and given >= len(before) - 3:
        # "får provlinser gratis": what is got, between the verb and the free word
        got = [t for t in things(before[given + 1 :]) if t not in _ORDINALS]
        if got and not any(t in _QUALIFYING for t in before[given + 1 :]):
            return [got[-1]]
    after = list(tokens_of(part[free.end() :]))
    if not before or before[-1] not in _GIVING or not after or after[0] in _QUALIFYING:
        return []
    cut = next(
        (i for i, t in enumerate(after) if t in _QUALIFYING or t in ("och", "inom")), len(after)
    )
    named = [t for t in things(after[:cut]) if t not in _ORDINALS and not _FREE.match(t)]
    return [named[-1]] if named else []


def _beneficiary(part: str, free: re.Match[str]) -> tuple[str, ...]:
    """The stems of who or what gets a free thing, when the part names one before its verb
    ("En ny cykel köpt i butiken får en gratis första service": "ny", "cyke"): the thing is
    free only for them, so a payment breaks the fact only where they are said."""
    before = tokens_of(part[: free.start()])
    given = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _RECEIVING), None)
    if not given:
        return ()
    phrase = list(before[:given])
    cut = next((i for i, t in enumerate(phrase) if t in _QUALIFYING), len(phrase))
    named = things(phrase[:cut])
    if not named or named[0] in _PERSONS or named[0].startswith(_BENEFICIARIES):
        return ()
    head = next(
        (i for i, t in enumerate(named) if i == len(named) - 1 or not t.endswith(_ADJECTIVAL)), 0
    )
    return tuple(stem(t) for t in named[: head + 1])


_COPULAS = listed("är var blir blev ingår ingick kostar finns har får ger erbjuder bjuder")


_LENT = frozenset({"ut", "lånar", "hyr", "bjuder", "erbjuder", "har", "ger"})
"""Words of a loan, an offer or a gift ("lånar ut", "bjuder på"): its object is the free thing."""


def free_act(part: str, free: re.Match[str]) -> tuple[list[str], str] | None:
    """The act a free word says is done free, when it follows a verb phrase of its own after
    "som" or "och" ("Skoavdelningen har en fotscanner som mäter fötterna gratis",
    "Kafferosteriet … och maler bönor gratis"): the act's object and the stem of its verb. The
    department or store before is no free thing (shoes bought at the shoe department are
    paid for); only the act paid for breaks it. So too an act the store says it does itself,
    "Vi kapar virke gratis", "Vi filéar fisken gratis": the goods the act is done to are
    bought ("köpte virke för 12 000 kronor"); only the cutting or filleting paid for breaks
    it. A loan or hire ("Vi lånar ut släpkärra gratis") is no act on goods: the thing lent
    is what is free."""
    before = tokens_of(part[: free.start()])
    joint = next((i for i in range(len(before) - 1, -1, -1) if before[i] in ("som", "och")), None)
    if joint is None and before[:1] == ("vi",) and not _LENT.intersection(before):
        joint = 0
    if joint is None or joint + 2 > len(before) - 1 + 1:
        return None
    verb, objects = before[joint + 1], before[joint + 2 :]
    if verb in _COPULAS or not verb.endswith("r") or len(verb) < 4 or len(objects) > 3:
        return None
    named = [t for t in things(objects) if t not in _ORDINALS]
    return (named[-1:], _activity(verb)) if named else None


def _free_thing(part: str, free: re.Match[str]) -> list[str]:
    """What a part says is free: the phrase after the free word when it stands before it
    (`_attributive_free`), the object of an act done free (`free_act`), else the phrase
    before it in its own clause ("Parkeringen är gratis"), or the word after it when none is
    before ("erbjuder gratis kaffe")."""
    act = free_act(part, free)
    if act is not None:
        return act[0]
    before = tokens_of(part[: free.start()])
    if len(before) >= 3 and before[-2] == "som" and before[-1] in _COPULAS:
        # "butikens kundkort, Kungskortet, som är gratis": what "som" takes up
        return things(before[-3:-2])
    attributive = _attributive_free(part, free)
    if attributive:
        return attributive
    head = _head(tokens_of(_own_clause(part[: free.start()])))
    if head:
        return head
    after = things(tokens_of(part[free.end() :])[:1])
    return [t for t in after if not t.startswith(_BENEFICIARIES)]


def _priced_before(text: str) -> str | None:
    """The noun of a part that opens with an article or a genitive before a price's verb ("En
    runda kostar …", "Dagens lunch kostar …"); none of a longer phrase ("En timme hopp")."""
    before = tokens_of(text)
    if len(before) > 3 and before[0] in ("en", "ett") and before[2] in _PREPOSITIONS:
        before = before[:2]  # "En ölprovning med fem sorter kostar …": the head, not its phrase
    if len(before) != 2:
        return None
    last = before[-1]
    if last in NOT_THINGS or len(last) < 3 or word_value(last) is not None:
        return None
    return last


def _own_clause(text: str) -> str:
    """The clause a free thing is named in: "torktumlaren" of "tvättmaskinen kostar 30 kronor
    per tvätt och torktumlaren är", not of "luft och vatten till däcken är"."""
    for found in reversed(list(re.finditer(r",|\boch\b", text))):
        if _CLAUSE.search(text[: found.start()]):
            return text[found.end() :]
    return text


def _free_limit(part: str, tokens: Sequence[str]) -> float:
    if _CONDITION.search(part) is None:
        return 0.0
    hours = [v for v, unit in quantities(tokens) if unit.startswith("tim")]
    return hours[0] if hours else 1.0 if "första" in tokens else -1.0


_LIMITED = re.compile(r"(?:högst|max|maximalt|minst|upp till) ")


def _accepted(part: str) -> tuple[str, ...]:
    """What follows "tar (bara)" up to the end of the part: "kort, swish och kontanter"; not
    a time ("tar två veckor" is a lead time) nor a limit ("tar högst 100 bilder")."""
    found = re.search(r"\btar (?:bara |endast |enbart )?(?!emot)(.+)$", part)
    if found is None or lead_days(part) is not None or _LIMITED.match(found.group(1)):
        return ()
    listed_words = re.split(r",\s*|\s+och\s+|\s+eller\s+", found.group(1))
    return tuple(w.replace("-", "").strip(" .") for w in listed_words if w.strip(" ."))


def _negated_spans(tokens: Sequence[str], negation: int) -> list[Sequence[str]]:
    """The words each negation denies, up to the "och" that opens another predicate or the
    next negation: "har inget apotek och lämnar inte ut receptbelagd medicin" lacks a pharmacy
    and prescription medicine, not "lämnar" (a cake handed out is no medicine), and "säljer
    inte tobak till personer under 18 år och frågar om legitimation" denies no asking."""
    spans: list[Sequence[str]] = []
    start = negation + 1
    for at in range(start, len(tokens)):
        if tokens[at] in _NEGATORS and at > start:
            spans.append(tokens[start:at])
            start = at + 1
    spans.append(tokens[start:])
    return [_until(span, "och", *_ONLY, *_WHEN) for span in spans]


def _until(span: Sequence[str], *stops: str) -> Sequence[str]:
    """The words before the first stop: "inga djur, bara foder" denies no food."""
    cut = next((i for i, t in enumerate(span) if t in stops), len(span))
    return span[:cut]


def _negations(tokens: Sequence[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t in _NEGATORS]


def stem(word: str) -> str:
    """A word's first letters, enough to know its inflections ("glutenfria" → "glutenfr"); of
    a word that says what a thing goes with, that thing ("receptbelagd" → "recept")."""
    for head in _RELATIONAL:
        if word.endswith(head) and len(word) - len(head) >= 4:
            return word[: -len(head)]
    return word[: max(4, len(word) - 2)]


def _place_stem(word: str) -> str:
    """The stem of a place or condition, short enough for each of its inflections: "bil" of
    "bilar" (as "bilen"), where `stem` would keep "bila"."""
    long = stem(word)
    shorter = [lemma for lemma in lemmas(word) if 3 <= len(lemma) < len(long)]
    return min(shorter, key=len) if shorter and long.startswith(min(shorter, key=len)) else long


def says(part: str, token: str) -> bool:
    """The word holds the stem, not as what something is free of ("receptfria" of "recept")."""
    return token.startswith(part) and not token[len(part) :].startswith(_PRIVATIVE)


_EXCEPTING = listed("utom förutom undantaget bortsett")
"""Words that open a fact's exceptions ("utom", "förutom", "bortsett från", "med undantag
av", "undantaget")."""
_FOLDED = str.maketrans("åäö", "aao")


def _excepting_at(tokens: Sequence[str]) -> int | None:
    """Where the words that open a part's exceptions stand, or None."""
    for at, token in enumerate(tokens):
        if token in _EXCEPTING or (token == "med" and tokens[at + 1 : at + 2] == ["undantag"]):
            return at
    return None


def _exceptions(tokens: Sequence[str], at: int) -> tuple[str, ...] | None:
    """The things a part excepts from its lack, after the words at `at` ("kokböcker" of
    "förutom kokböcker", "pussel och spel" of "bortsett från pussel och spel"); None when the
    exception is a time or a place ("förutom under julen", "utom på lördagar"), which makes
    the lack a condition no sentence is checked against."""
    rest = [t for t in tokens[at + 1 :] if t not in ("från", "undantag", "av", "för")]
    if not rest or rest[0] in _PREPOSITIONS or days_of(rest[0]) is not None:
        return None
    return tuple(things(rest))


def excepted(claim: Claim, token: str) -> bool:
    """The word names one of the fact's own exceptions (`Claim.exceptions`): it shares with
    one all of its letters but an ending, read without umlauts ("kokbok" of "kokböcker",
    "arbetshandsken" of "arbetshandskar"), never a neighbour by its first part alone
    ("arbetsbyxor")."""
    said = token.translate(_FOLDED)
    for word in claim.exceptions:
        folded = word.translate(_FOLDED)
        shortest = min(len(said), len(folded))
        shared = next((i for i in range(shortest) if said[i] != folded[i]), shortest)
        if shared >= max(4, min(len(said), len(folded)) - 2):
            return True
    return False


def acted(activity: str, token: str) -> bool:
    """A past form of the activity's verb or of a verb meaning the same: "slipade", "bytte",
    "skickat" of "slip", "byt"; "bar" of "bär"; "lagade" of "reparer"."""
    if strong_past(activity, token):
        return True
    return any(
        token.startswith(verb) and token[len(verb) :] in _PAST
        for verb in (activity, *_SAME_ACTS.get(activity, ()))
    )


_REPAIRING = ("reparer", "lag", "fix", "åtgärd", "löd", "svets")
_SAME_ACTS = {
    **{verb: tuple(other for other in _REPAIRING if other != verb) for verb in _REPAIRING},
    "monter": ("montér",), "laminer": ("plast",),
}  # fmt: skip
"""Verbs that name the same act: repairing is mending, fixing, soldering or welding
("reparerar inte" broken by "lagade", "fixade", "lödde"), laminating is "plasta in"
("laminerar inte" broken by "plastade in menykorten")."""


def _activity(verb: str) -> str:
    """The stem of a present-tense verb: "slipar" → "slip", "byter" → "byt"."""
    for ending in ("ar", "er", "r"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


def _list_joins(span: Sequence[str]) -> tuple[str, ...]:
    """The words that part the things of a span: "eller", and "och" too after a list's comma
    ("använda sovsäckar, underställ och gaskassetter" names three things, read with their
    commas as "eller"), though not after a preposition ("i kassan och kaféet" is one place
    phrase)."""
    if "eller" not in span or "och" not in span:
        return ("eller", "varken", "samt")
    last = len(span) - 1 - list(reversed(span)).index("och")
    if any(t in _QUALIFYING for t in span[:last]):
        return ("eller", "varken", "samt")
    return ("eller", "varken", "samt", "och")


def _items(
    span: Sequence[str], distribute: bool = False
) -> list[tuple[list[str], list[str], list[str], bool]]:
    """Each thing a span denies, as (its words, the stems of its modifiers, of its conditions,
    whether it holds only under a number): "glutenfria bröd" is bread only when said gluten-free,
    "kortterminal i äggboden" a terminal only with the egg stall, "tobak till personer under
    18 år" an age rule; "åt kunder" names no condition; a span opening with a place ("inte i
    brädgården") names no thing; a lone noun after a thing with a condition is another
    condition of that thing ("ingen disk för kött eller fisk" lacks a fish counter, not fish)."""
    items: list[tuple[list[str], list[str], list[str], bool]] = []
    current: list[str] = []
    listing = _list_joins(span)
    for token in (*span, "eller"):
        if token not in listing:
            current.append(token)
            continue
        words = current
        current = []
        while words and words[0] in _PARTICLES:
            words = words[1:]
        if not words or words[0] in _QUALIFYING:
            continue
        if len(words) == 1 and items and items[-1][2] and not items[-1][3]:
            # "disk för kött eller fisk": the second noun is another of the first's conditions
            named, modifiers, _, _ = items[-1]
            items.append((named, modifiers, [_place_stem(words[0])], False))
            continue
        cut = next((i for i, t in enumerate(words) if t in _QUALIFYING or t.isdigit()), None)
        named = things(words[:cut]) if cut is not None else things(words)
        rest = words[cut:] if cut is not None else []
        numbered = any(t.isdigit() or t in _UNITS or word_value(t) is not None for t in rest)
        condition = [
            _place_stem(t)
            for t in things(rest)
            if t not in _QUALIFYING and not t.startswith(_BENEFICIARIES)
        ]
        if rest[:1] == ["utan"] and condition:
            condition.insert(0, "utan")  # denied only without it: "inte … utan säkerhetskort"
        while len(named) > 1 and named[0].endswith("s") and not named[0].endswith("ss"):
            named = named[1:]  # a genitive says whose: "kundernas bilar" are cars
        if named and named[0] in _PERSONS:
            continue  # "…, kunden får ett tillgodokvitto": a person, never a thing lacked
        if not named:
            continue
        head = next(
            (i for i, t in enumerate(named) if i == len(named) - 1 or not t.endswith(_ADJECTIVAL)),
            0,
        )
        modifiers = named[:head]
        items.append((named[: head + 1], [stem(t) for t in modifiers], condition, numbered))
    return _shared(items) if "och" in listing or distribute else items


def _shared(
    items: list[tuple[list[str], list[str], list[str], bool]],
) -> list[tuple[list[str], list[str], list[str], bool]]:
    """A list whose first thing alone is narrowed narrows them all ("öppnade strängset och
    munstycken", "använda sovsäckar, underställ och gaskassetter"); when a later thing has a
    modifier of its own, each keeps its own ("kapat virke, brytfärg och beställda dörrar")."""
    if len(items) < 2 or not items[0][1] or any(modifiers for _, modifiers, _, _ in items[1:]):
        return items
    first = items[0][1]
    return [items[0], *((named, first, c, n) for named, _, c, n in items[1:])]


def _measured(before: Sequence[str]) -> bool:
    """Whether the words before a negated verb say whom by a measure ("barn under 140 cm
    hoppar inte från tiometern"): a rule on those people (`fact_ages`), not a lack or an act
    staff do not do."""
    return any(
        word in ("under", "över") and (after.isdigit() or word_value(after) is not None)
        for word, after in pairwise(before)
    )


def _forbidden(fact: BaselineFact, subject: str, act: str, rest: Sequence[str]) -> list[Claim]:
    """What a rule forbids ("Hundar får inte följa med in i butiken, utom ledarhundar"): the
    act, told of a call that names who may not ("hunden") and none of the exceptions."""
    if act in NOT_THINGS or not act.endswith("a") or subject in _STORE:
        return []
    exceptions = rest[list(rest).index("utom") + 1 :] if "utom" in rest else []
    return [
        Claim(
            fact, ABSENT, FactTerms([act]), act, owner=subject,
            called=(stem(subject),),
            excepted=tuple(stem(t) for t in things(exceptions)),
        )
    ]  # fmt: skip


def _passive_subject(tokens: Sequence[str], verb: int) -> Sequence[str]:
    """What a passive part is about: "levande djur" of "levande djur tas inte tillbaka",
    "foder" of "foder som har öppnats tas inte tillbaka"."""
    stop = next(
        (i for i, t in enumerate(tokens[:verb]) if t in _HOLDING or t in _MODAL or t == "som"),
        verb,
    )
    return tokens[:stop]


def _absent_claims(
    fact: BaselineFact, part: str, subject: str | None, carried: str = ""
) -> list[Claim]:
    """What a part says the store lacks, or its staff do not do (module docstring). Days put
    before the negation ("på lördagar klipps inget tyg") bind the lack as days after it do
    ("inga lektioner på söndagar"): it is a lack on those days only."""
    tokens = tokens_of(part.replace(",", " eller "))
    negations = _negations(tokens)
    if not negations:
        return []
    claims: list[Claim] = []
    days = [_place_stem(t) for t in tokens[: negations[0]] if (days_of(t) or (0, False))[1]]
    excepting = _excepting_at(tokens[negations[0] :])
    denied, exceptions = tokens, ()  # type: tuple[str, ...], tuple[str, ...] | None
    if excepting is not None:
        denied = tokens[: negations[0] + excepting]
        exceptions = _exceptions(tokens, negations[0] + excepting)
    spans = _negated_spans(denied, negations[0])
    for negation, span in zip(negations, spans, strict=False):
        verb = tokens[negation - 1] if negation else ""
        if verb == "eller" and _EXCEPTED.search(part) and tokens[0] == "vi":
            verb = tokens[1]  # "Vi besiktar personbilar, inte motorcyklar": the act's exception
        if not _SUBORDINATORS.isdisjoint(tokens[max(0, negation - 3) : negation]):
            continue
        if verb in _SCOPING:
            continue  # "rabatten gäller inte andra varor" bounds a rule, it lacks nothing
        if _measured(tokens[: max(0, negation - 1)]):
            continue
        fronted = _fronted(tokens, negation, span)
        if fronted:
            span, verb = fronted, tokens[negation - 2]
        act = act_of(tokens, negation, _HOLDING | _MODAL, carried)
        if act and verb in _PASSIVE and not _items(span) and exceptions is not None:
            claims += _passive_claims(fact, tokens, negation - 1, act, subject, exceptions)
            continue
        if verb in _MODAL and tokens[negation] in _NOT:
            if verb == "får" and subject and negation + 1 < len(tokens):
                claims += _forbidden(fact, subject, tokens[negation + 1], tokens[negation:])
            continue
        doing = (
            verb.endswith("r")
            and tokens[negation] not in _LACKING
            and not {verb} & (_HOLDING | _MODAL | NOT_THINGS)
        ) or (verb in _LENDING and "ut" in tokens[negation + 1 : negation + 2])
        activity = _activity(verb) if doing else ""
        helped = helped_with(span) if activity.startswith("hjälp") else None
        if helped is None and not activity and not _items(span) and "hjälp" in tokens[:negation]:
            before = helped_with(tokens[tokens.index("hjälp") : negation])
            helped = None if before is None else (before[0], ())
        if helped is not None:
            activity, span = helped
        if exceptions is None:
            continue  # "ingen fiskdisk förutom under julen": a lack on some days only
        home = ["hem"] if activity and tokens[negation + 1 : negation + 2] == ("hem",) else []
        got_elsewhere = bought_elsewhere_rule(span)
        if got_elsewhere is not None:
            span = _until(span, "som")
        for named, modifiers, said_with, numbered in _items(span):
            if numbered:
                continue
            required = [*said_with, *days, *home]  # "kör inte hem cyklar": home, not any drive
            if activity and named[-1] in _GENERIC:
                claims.append(
                    Claim(
                        fact, ABSENT, FactTerms([]), "", owner=subject or "",
                        required=tuple(required), activity=activity,
                    )
                )  # fmt: skip
                continue
            terms = FactTerms(named, absent=not activity, kinds=True)
            helping = "" if activity else help_act(named[-1])
            if helping:
                claims.append(
                    Claim(
                        fact, ABSENT, FactTerms([]), "", owner=subject or "",
                        required=tuple(required), activity=helping,
                    )
                )  # fmt: skip
            claims.append(
                Claim(
                    fact, ABSENT, terms, named[0], owner=subject or "",
                    modifiers=tuple(modifiers), required=tuple(required), activity=activity,
                    act="" if activity else custody(act, named), taken=verb in _TAKING,
                    exceptions=exceptions, elsewhere=got_elsewhere is not None,
                )
            )  # fmt: skip
        if activity and not _items(span):
            # "vi hyr inte ut över natten" denies the hire overnight, not every hire
            under = [_place_stem(t) for t in things(span) if not t.startswith(_BENEFICIARIES)]
            claims.append(
                Claim(
                    fact, ABSENT, FactTerms([]), "", owner=subject or "",
                    required=tuple(under), activity=activity,
                )
            )  # fmt: skip
    return claims


def _fronted(tokens: Sequence[str], negation: int, span: Sequence[str]) -> list[str]:
    """The things of a part that puts them first ("Batterier säljer vi inte", "Underkläder och
    badkläder har vi inte", "Hundar tar vi inte emot"), as a span, when nothing but a particle
    follows the negation; else none."""
    if negation < 3 or tokens[negation - 1] != "vi" or tokens[negation - 2] not in _HOLDING:
        return []
    if any(t not in _PARTICLES for t in span):
        return []
    return ["eller" if t == "och" else t for t in tokens[: negation - 2]]


def _passive_claims(
    fact: BaselineFact,
    tokens: Sequence[str],
    verb: int,
    act: str,
    subject: str | None,
    exceptions: tuple[str, ...] = (),
) -> list[Claim]:
    """What a passive part denies of the things before its verb: "levande djur tas inte
    tillbaka" takes no live animal back, "slippapper och sågklingor tas inte tillbaka"
    neither; a participle alone ("vallade eller slipade skidor") names no thing. A state said
    after "när" ("när förpackningen är öppnad") narrows every thing as its modifier does."""
    claims: list[Claim] = []
    denied = ["eller" if t == "och" else t for t in _passive_subject(tokens, verb)]
    state = _state_when(tokens[verb:])
    for named, modifiers, required, numbered in _items(denied, distribute=True):
        if numbered or named[-1].endswith(_PARTICIPLES):
            continue
        claims.append(
            Claim(
                fact, ABSENT, FactTerms(named, absent=True), named[0], owner=subject or "",
                modifiers=(*modifiers, *state), required=tuple(required),
                act=custody(act, named), exceptions=exceptions,
            )
        )  # fmt: skip
    return claims


def _state_when(after: Sequence[str]) -> tuple[str, ...]:
    """The stem of the state a "när" clause names: "öppn" of "när förpackningen är öppnad"."""
    for at, token in enumerate(after):
        if token in _WHEN and at + 3 < len(after) + 1:
            rest = after[at + 1 :]
            if "är" in rest[:3] and rest.index("är") + 1 < len(rest):
                return (stem(rest[rest.index("är") + 1])[:4],)
    return ()


def _self_served(fact: BaselineFact, part: str) -> list[Claim]:
    """What the customer does themself ("kunden lastar själv"), which staff do not."""
    verb = self_served(part)
    return (
        [] if verb is None else [Claim(fact, ABSENT, FactTerms([]), "", activity=_activity(verb))]
    )


def _holder(part: str, value: float, noun: str) -> tuple[str, ...]:
    """The container a count is of ("hink" of "En hink med 40 bollar"), as a one-word tuple,
    or () when the count is of the store's whole."""
    for held in _HELD.finditer(part):
        if held.group(3) == noun and _number(held.group(2)) == value:
            return (held.group(1),)
    return ()


def _claims_of_part(
    fact: BaselineFact, part: str, subject: str | None, carried: str = ""
) -> list[Claim]:
    tokens = tokens_of(part)
    claims: list[Claim] = _self_served(fact, part)
    about = FactTerms([subject]) if subject else None
    free = _FREE.search(part)
    negation = next((i for i, t in enumerate(tokens) if t in _NEGATORS), None)
    if free is not None and _NOT_INCLUDED.match(part, free.start()) is not None:
        pass  # "Sänglinne ingår inte": neither free nor lacking, only priced apart
    elif free is not None:
        head = _free_thing(part, free)
        if head:
            limit = _free_limit(part, tokens)
            included = _INCLUDED.search(part) is not None
            whose = _beneficiary(part, free) if head == _attributive_free(part, free) else ()
            act = free_act(part, free)
            claims.append(
                Claim(
                    fact, FREE, FactTerms(head), head[0], limit, included=included,
                    required=whose, activity="" if act is None else act[1],
                )
            )  # fmt: skip
    elif negation is not None:
        claims += _absent_claims(fact, part, subject, carried)
    limits = {_number(word) for word in _LIMIT.findall(part)}
    hours = {_number(word) for word in _CLOCK.findall(part)}  # "klockan 13 och ingår": a time
    for value, noun in quantities(tokens):
        if value in limits or value in hours or not noun.isalpha() or noun in _UNITS:
            continue
        if noun in NOT_THINGS or not _counted(part, tokens, value, noun):
            continue
        if value >= 2 and not noun.startswith(_BENEFICIARIES):
            holder = _holder(part, value, noun)
            claims.append(Claim(fact, COUNT, FactTerms([noun]), noun, value, accepted=holder))
    price = _PRICE.search(part)
    relative = None if price is None else _PRICED_BEFORE.search(part, 0, price.start())
    priced = subject if relative is None else relative.group(1)
    if price is not None and relative is None and (subject is None or _GENITIVE.search(subject)):
        priced = _priced_before(part[: price.start()]) or priced
    if price is not None and priced and "annars" not in tokens:
        value, per_unit = price_amount(part) or (0.0, False)
        claims.append(
            Claim(
                fact, PRICE, FactTerms([priced]), priced, value, per_unit=per_unit,
                tiers=stated_sums(part),
            )
        )  # fmt: skip
    for thing, value, per_unit in further_prices(part):
        claims.append(
            Claim(fact, PRICE, FactTerms([thing]), thing, value, per_unit=per_unit, tiers=(value,))
        )
    fee = fee_amount(part)
    if fee is not None:
        claims.append(Claim(fact, PRICE, FactTerms([fee[0]]), fee[0], fee[1]))
    if about is None and tuple(tokens[:2]) == ("vi", "tar") and tokens[2:3] and tokens[2] in _ONLY:
        subject, about = "butiken", FactTerms(["butiken"])  # "Vi tar bara kort."
    accepted = _accepted(part) if about is not None and negation is None else ()
    if accepted and subject is not None:
        claims.append(Claim(fact, ACCEPTS, about or FactTerms([]), subject, accepted=accepted))
    only = _ONLY_AT.search(part)
    if only is not None:
        place = things(tokens_of(only.group("place")))
        means = only.group("means") or only.group("means2")
        if place:
            claims.append(Claim(fact, ONLY_AT, FactTerms(place), means, accepted=tuple(place)))
    returns = return_limits(part)
    if returns is not None:
        days, most, unit, thing = returns
        terms = FactTerms([thing] if thing else [])
        claims.append(Claim(fact, RETURN, terms, unit, days, limit=most, accepted=(thing,)))
    lead = lead_days(part)
    served = [t for t in things(tokens) if word_value(t) is None and not LEAD_WORDS.search(t)]
    if lead is not None and served:
        claims.append(Claim(fact, LEAD, FactTerms(served), served[0], lead))
    quota = quota_of(part, tokens)
    if quota is not None:
        most, unit, of = quota
        claims.append(Claim(fact, QUOTA, FactTerms([]), unit, most, accepted=of))
    capacity = capacity_of(part, tokens)
    if capacity is not None:
        claims.append(Claim(fact, CAPACITY, FactTerms([]), "", capacity[0], accepted=capacity[1]))
    unbookable = refused_bookings(part)
    if unbookable is not None:
        booked_at = "" if subject is None or subject in _STORE else subject
        claims.append(Claim(fact, UNBOOKABLE, FactTerms([]), unbookable, accepted=(booked_at,)))
    forbidden = prohibition_of(part)
    if forbidden is not None:
        claims.append(Claim(fact, PROHIBITED, FactTerms([]), forbidden[0], accepted=forbidden))
    required = requirement_of(part)
    if required is not None:
        claims.append(
            Claim(fact, PROHIBITED, FactTerms([]), required, accepted=(required, "", "utan"))
        )
    for ruled in passive_prohibitions(part):
        claims.append(Claim(fact, PROHIBITED, FactTerms([]), ruled[0], accepted=ruled))
    if refund_denied(part):
        claims.append(Claim(fact, REFUND, FactTerms([]), "pengarna"))
    if requires_booking(part):
        claims.append(Claim(fact, BOOKING, FactTerms([]), subject or "", group_size(part)))
    if requires_id(part):
        claims.append(Claim(fact, ID, FactTerms([]), subject or ""))
    if requires_deposit(part):
        claims.append(Claim(fact, DEPOSIT, FactTerms([]), subject or ""))
    refused = refuses_match(part)
    if refused is not None:
        claims.append(Claim(fact, MATCH, FactTerms([]), "", 1.0 if refused[1] else 0.0))
    rule = age_rule(part, tokens)
    if rule is not None:
        claims.append(Claim(fact, AGE, FactTerms([]), rule[2], rule[1], rule=rule))
    walk_in = walk_in_things(part, tokens) if "bok" in part or "drop" in part else None
    named = things(walk_in or ())
    if named:
        claims.append(Claim(fact, WALK_IN, FactTerms(named), named[0]))
    schedule = schedule_of(part, tokens)
    if schedule is not None and about is None and schedule.activity is not None:
        subject, about = "butiken", FactTerms(["butiken"])  # "Vi gräddar pizzor onsdag till …"
    if schedule is not None and about is not None:
        claims.append(Claim(fact, SCHEDULE, about, subject or "", schedule=schedule))
    return claims


_MONTHS = listed(
    """januari februari mars april maj juni juli augusti september oktober november december"""
)
_NOT_COUNTED = listed("första andra tredje sista procent rabatt rabatten")
_RANGE = re.compile(r"\d\s*[–-]\s*\d|\d\s*%|\bkl\.?\s*\d|\d[.:]\d")


def _counted(part: str, tokens: Sequence[str], value: float, noun: str) -> bool:
    """Whether a number before a word counts what the store has ("fem kassor"), not a date,
    an hour, a share or a length of time: "torsdag 14 januari", "vardagar 10–20 och lördagar
    10–16", "10 % rabatt", "två års garanti", "de två första timmarna". Read so, "Jag var här
    den 20 januari" counted more Januaries than the store has."""
    if noun in _MONTHS or noun in _NOT_COUNTED or days_of(noun) is not None:
        return False
    if noun.endswith("s") and noun[:-1] in _UNITS:
        return False  # "två års garanti": a length of time
    said = str(int(value)) if value == int(value) else str(value)
    at = part.find(said)
    while at != -1:
        window = part[max(0, at - 4) : at + len(said) + 3]
        if _RANGE.search(window):
            return False
        at = part.find(said, at + 1)
    return True


def _merged(claims: list[Claim]) -> list[Claim]:
    """A facility's schedule told in several parts is one schedule."""
    merged: list[Claim] = []
    for claim in claims:
        last = merged[-1] if merged else None
        if (
            claim.kind == SCHEDULE
            and last is not None
            and last.kind == SCHEDULE
            and last.fact is claim.fact
            and last.subject == claim.subject
            and last.schedule is not None
            and claim.schedule is not None
        ):
            merged[-1] = Claim(
                last.fact, SCHEDULE, last.terms, last.subject,
                schedule=last.schedule.joined(claim.schedule),
            )  # fmt: skip
        else:
            merged.append(claim)
    return merged


@lru_cache(maxsize=1024)
def claims_of(fact: BaselineFact) -> tuple[Claim, ...]:
    """Every claim of one fact (module docstring)."""
    claims: list[Claim] = []
    subject: str | None = None
    carried = ""
    for part in _PART.split(fact.statement.casefold()):
        tokens = tokens_of(part)
        subject = _subject(tokens, subject) or subject
        claims += _claims_of_part(fact, part, subject, carried)
        carried = act_of(tokens, len(tokens), _HOLDING | _MODAL, carried)
    threshold = pickup_threshold(fact.statement.casefold())
    if threshold is not None:
        most, place = threshold
        claims.append(Claim(fact, PICKUP, FactTerms(["kilo", "kg"]), place, most))
    benefit = members_benefit(fact.statement)
    if benefit:
        claims.append(Claim(fact, MEMBERS, FactTerms([]), "medlem", accepted=benefit))
    excepted = refund_exceptions(fact.statement.casefold())
    if excepted:
        terms = FactTerms(["mellanskillnaden", "skillnaden"])
        claims.append(Claim(fact, GUARANTEE, terms, "mellanskillnaden", accepted=excepted))
    return tuple(_merged(claims))


def about_store(claim: Claim) -> bool:
    """Whether a claim is about the store as a whole ("Butiken tar kort …")."""
    return claim.subject in _STORE
