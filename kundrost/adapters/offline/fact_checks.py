"""The checks of one claim against one clause or sentence: what the customer met, paid or got
free (see `facts`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import ClauseEvidence, Evidence
from kundrost.adapters.offline.fact_absent import (
    generic,
    got_online,
    habitual,
    modifier_alone,
    modifiers_with,
    not_met_here,
    on_the_net,
    other_head,
    other_of,
    placed_elsewhere,
    sold_to_another,
    someone_elses,
)
from kundrost.adapters.offline.fact_acts import SELL, TAKE_BACK, strong_past
from kundrost.adapters.offline.fact_claims import Claim, acted, excepted, says
from kundrost.adapters.offline.fact_prices import other_sum
from kundrost.adapters.offline.fact_sales import consumed, member_of
from kundrost.adapters.offline.fact_transfers import done_converse, transferred
from kundrost.adapters.offline.fact_use import payment_means
from kundrost.adapters.offline.lexicon import NEGATIONS, is_negated
from kundrost.adapters.offline.numbers import Amount
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import definite_noun, lemmas

_PAID = listed(
    """betala betalade betalat betalar kostade avgift avgiften debiterade debiterades
    betalt dyr dyra dyrt"""
)
"""What the customer paid or found dear; "kostar" is a price list ("efter två timmar kostar
det")."""
_FEES = ("avgift", "kostnad", "taxa", "pris")
_ACTED = listed("kom tog gav bar serverade frågade hämtade sa visade hjälpte ställde torkade")
_USING = listed(
    """hyrde hyrt hyrda köpte köpt köper betalade betalat betala fick tog åt ätit drack
    druckit beställde beställt handlade serverades serverade provade smakade valde hämtade
    plockade använde scannade skannade lämnade lånade låna"""
)
_BOUGHT = listed("köpte köpt köper handlade")
_PAID_FREE = listed("gratis ingick ingår bjöd bjuder")
_MONEY = listed("kronor kr spänn")
_PREPOSITIONS = listed("på i för med vid till av om under från")
_OPENERS = listed("och men sen då så")
_OVER = re.compile(
    r"\b(?:för sent|försen\w*|över tiden|(?:längre|mer) än (?:\w+ )?timm\w*|"
    r"utan (?:kvitto|skiva|p-skiva)|glömde|glömt|\w*bot|\w*boten|böter|efter (?:\w+ )?timm\w*)"
)
_FREE_SAID = re.compile(
    r"\b(?:gratis|kostnadsfri\w*|fri frakt|kostade (?:ingenting|inget|noll|inte något)|"
    r"ingen avgift|utan avgift|betalade (?:ingenting|inget)|ingick|ingick i priset|"
    r"utan (?:extra )?kostnad|utan att (?:ta )?betal\w*)\b"
)


def _paid(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if any(t in _PAID_FREE for t in tokens):
        return False
    if any(unit in _MONEY and value > 0 for value, unit in amounts):
        return True
    for index, token in enumerate(tokens):
        if token in _PAID and not is_negated(tokens, index):
            later = tokens[index + 1 : index + 3]
            if not any(t in NEGATIONS or t in ("ingenting", "noll") for t in later):
                return True
    return False


def _paid_money(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    """A sum of money or a payment told, whatever else the clause says was free."""
    if any(unit in _MONEY and value > 0 for value, unit in amounts):
        return True
    return any(t in _PAYMENT and not is_negated(tokens, i) for i, t in enumerate(tokens))


_PAYMENT = listed("betalade betalat betala betalar")


def _met(clause: ClauseEvidence, index: int) -> bool:
    """Whether the clause has the customer meet the thing named at `index` here: use it,
    be at it, see it act or judge it — not merely name it ("fiskdisk, nej")."""
    tokens = clause.clause.tokens
    placed = index > 0 and tokens[index - 1] in _PREPOSITIONS
    acted = index + 1 < len(tokens) and tokens[index + 1] in _ACTED
    subject = (index == 0 or tokens[index - 1] in _OPENERS) and len(tokens) - index >= 3
    judged = bool(clause.positive or clause.negative)
    undergone = tokens[index].endswith(_ACT_ENDINGS) and not _UNDERGOING.isdisjoint(tokens)
    return placed or acted or subject or judged or undergone or not _USING.isdisjoint(tokens)


_UNDERGOING = listed("gjorde gjort genomgick genomgått")
_ACT_ENDINGS = ("ning", "ningen", "ningar", "tion", "tionen", "tioner", "ingen", "ingar")
"""A treatment or service undergone ("Jag gjorde laserbehandlingen på vänster öga",
"genomgick operationen"): the customer met the service by the verb of having it done."""


_ARTICLES = listed("en ett någon något några")
_TOLD = listed("var fanns hade såg stod satt gick kom fick jag vi hon han de dom man")
"""Verbs and subjects that tell of the visit: a clause with none of them, nor a use, names
a thing ("en enkel espressomaskin i kaféhörnan")."""


def _proposed(tokens: tuple[str, ...], index: int) -> bool:
    """A thing named with an indefinite article in a clause that tells nothing done or met
    ("Just en enkel espressomaskin i kaféhörnan" answering what could be better): a
    suggestion, not an experience."""
    before = tokens[max(0, index - 3) : index]
    if _ARTICLES.isdisjoint(before):
        return False
    return _TOLD.isdisjoint(tokens) and _USING.isdisjoint(tokens) and _ACTED.isdisjoint(tokens)


def _after_act(claim: Claim, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words after the act told ("hyrde cyklarna över natten"), where a condition of a
    denied act is said; "sov över natten och hyrde cyklar" puts it on another act."""
    at = next((i for i, t in enumerate(tokens) if acted(claim.activity, t)), None)
    return () if at is None else tokens[at + 1 : at + 6]


def absent_met(
    claim: Claim,
    clause: ClauseEvidence,
    store: StoreDepartments,
    sentence: Sequence[str],
    own: frozenset[str] = frozenset(),
    answer: Sequence[str] = (),
) -> str | None:
    """A word for the lacking thing that the customer met here (`_lacking`); of a thing the
    store sells, takes back or takes in none of, that transfer told (`fact_transfers`), or
    food, drink, tobacco or medicine met here, which only a sale brings; never in a shape
    that names it not met here (`fact_absent`). `own` holds the words of the store's name.
    A thing taken back only under a condition ("Glasögon med glas i kundens egen styrka tas
    aldrig tillbaka") may have it said where the thing was first told, in the answer or the
    one before (`answer`)."""
    tokens = clause.clause.tokens
    # an act denied only under a condition ("hyr inte ut över natten") is met with the
    # condition in the act's own clause; a thing's condition may be said anywhere near it
    near = _after_act(claim, tokens) if claim.activity and not claim.subject else sentence
    if claim.act == TAKE_BACK and answer:
        near = answer  # "köpte glasögon med min styrka" … "tog tillbaka glasögonen"
    if not all(any(says(part, t) for t in near) for part in claim.required):
        return None
    if habitual(tokens, _USING):
        return None
    if claim.act == SELL and _COLLECTING.intersection(tokens) and _agent_of(claim.fact.statement):
        return None
    if claim.act:
        said = _here(claim, clause, transferred(claim, tokens, sentence), store, own)
        if said is not None or claim.act != SELL:
            return said
    if any(t in NEGATIONS for t in tokens):
        return None
    if claim.activity:
        return _here(claim, clause, _done(claim, tokens, sentence), store, own)
    if payment_means(claim.subject) is not None and not _paying(tokens):
        return None
    if claim.called and _HYPOTHETICAL.isdisjoint(tokens) and _HEARSAY.isdisjoint(sentence):
        done = next((t for i, t in enumerate(tokens) if forbidden_done(claim, tokens, i)), None)
        if done is not None:
            return done
    made = claim.taken and _made_here(claim, tokens, store, own)
    for index, token in enumerate(tokens):
        term = claim.terms.lookup(token)
        if not term or not (made or _met(clause, index)) or _free_of(term, token):
            continue
        if index and _free_of(term, tokens[index - 1]):
            continue  # "alkoholfri öl": a member said free of the kind
        if claim.act and not consumed(claim, token):
            continue
        if (not made and _proposed(tokens, index)) or _not_here(claim, clause, index, store, own):
            continue
        if claim.terms.names(token) and not all(
            any(says(part, t) for t in sentence) for part in claim.modifiers
        ):
            continue
        if _lacking(claim, token, store, sentence):
            return token
    parts = claim.terms.parts_in(tokens)
    if parts is None or claim.act or _USING.isdisjoint(tokens):
        return None
    return parts if all(any(says(part, t) for t in sentence) for part in claim.modifiers) else None


_PAYING = listed("betalade betalat betala betalar betalt handlade handla swishade")


def _paying(tokens: tuple[str, ...]) -> bool:
    """A means of payment the store does not take ("tar kort och Swish men inte kontanter") is
    met only by paying with it: a payment told ("betalade med en hundralapp"), change given
    ("fick växel tillbaka"), or staff taking it ("de tog emot sedlarna"). Cash brought, held
    or counted ("stod med sedlarna framme", "hade tagit med kontanter") pays nothing, and
    agrees with the rule as often as not."""
    if not _PAYING.isdisjoint(tokens) or any(t.startswith("växel") for t in tokens):
        return True
    return "emot" in tokens and not {"tog", "tar", "tagit"}.isdisjoint(tokens)


_MAKING = ("bak", "lag", "tillverk", "brygg", "rök", "styck")
"""Stems of the verbs by which a place makes a thing ("Bagarstugan bakar inget glutenfritt")."""
_MAKERS = listed("ni de dom")


def _made_here(
    claim: Claim, tokens: tuple[str, ...], store: StoreDepartments, own: frozenset[str]
) -> bool:
    """The clause tells the store making what a fact says it makes none of, by the fact's own
    verb in the present or past, with "ni", "de", a department or the store's name as its
    subject just before or after it ("Bagarstugan bakar ju en glutenfri limpa", "limpan som
    de bakar varje morgon"): the customer's own baking or a wish ("baka glutenfria bullar") is
    no such claim, and selling is not making."""
    words = claim.fact.statement.casefold().split()
    verb = next((s for s in _MAKING if f"{s}ar" in words or f"{s}er" in words), "")
    if not verb:
        return False
    for at, token in enumerate(tokens):
        if not token.startswith(verb) or not token.endswith(("ar", "ade", "er", "te")):
            continue
        near = tokens[max(0, at - 1) : at] + tokens[at + 1 : at + 2]
        if any(t in _MAKERS or t in own or store.named(t) is not None for t in near):
            return True
    return False


_HEARSAY = listed("sa sade säger berättade påstod hörde")
_COLLECTING = listed(
    """hämtade hämtat hämta hämtar beställde beställt beställning beställningen beställningar
    beställa"""
)
_AGENT = re.compile(r"\b(?:beställs|hämtas|hämtar|ombud)\b")


@lru_cache(maxsize=256)
def _agent_of(statement: str) -> bool:
    """The fact tells the thing it denies selling ordered and collected here ("Butiken är
    Systembolagets ombud: det som beställs … hämtas vid Ombudet"): an order collected ("jag
    hämtade vin till julbordet") is the agent's hand-over, no sale."""
    return _AGENT.search(statement.casefold()) is not None


def forbidden_past(claim: Claim, token: str) -> bool:
    """The past of an act a rule forbids ("följde" of "Hundar får inte följa med in")."""
    return claim.subject.endswith("a") and acted(claim.subject[:-1], token)


@lru_cache(maxsize=256)
def _particles(statement: str, verb: str) -> tuple[str, ...]:
    """The particles after a forbidden verb in its rule: "med in" of "får inte följa med in i
    växthuset"."""
    words = statement.casefold().split()
    at = words.index(verb) if verb in words else len(words)
    following = []
    for word in words[at + 1 :]:
        if word not in ("med", "in", "ut", "upp", "ner", "fram", "bort"):
            break
        following.append(word)
    return tuple(following)


def forbidden_done(claim: Claim, tokens: Sequence[str], index: int) -> bool:
    """The forbidden act told done, with the particles the rule says it with ("hunden följde
    med in i växthuset", not "följde med oss till parkeringen")."""
    if not forbidden_past(claim, tokens[index]):
        return False
    particles = _particles(claim.fact.statement, claim.subject)
    return tuple(tokens[index + 1 : index + 1 + len(particles)]) == particles


def _here(
    claim: Claim,
    clause: ClauseEvidence,
    said: str | None,
    store: StoreDepartments,
    own: frozenset[str],
) -> str | None:
    """A transfer or an act told (`said`, "hyrde … båt"), unless its thing is named in a shape
    that tells it not met here, its doer is someone of the customer's ("min svåger
    monterade"), or it was sold to someone else ("till en guldköpare")."""
    if said is None:
        return None
    tokens = clause.clause.tokens
    for word in said.split(" … "):
        if word not in tokens:
            continue
        index = tokens.index(word)
        if claim.terms.lookup(word) or member_of(claim, word):
            if _not_here(claim, clause, index, store, own, False):
                return None
        elif someone_elses(tokens, index) or sold_to_another(tokens, index):
            return None
    return said


def _not_here(
    claim: Claim,
    clause: ClauseEvidence,
    index: int,
    store: StoreDepartments,
    own: frozenset[str],
    compound: bool = True,
) -> bool:
    """The thing at `index` named in a shape that tells it not met here (`fact_absent`); a
    compound of another head only where the thing is met by any use (`compound`), since what
    is sold or bought may be made of it ("sålde mina guldringar" of "köper inte guld")."""
    tokens = clause.clause.tokens
    token = tokens[index]
    if claim.modifiers and claim.terms.names(token):
        if any(says(part, token) for part in claim.modifiers):
            return modifier_alone(tokens, index, claim.terms.lookup)
        if not modifiers_with(tokens, index, claim.modifiers):
            return True
    return (
        excepted(claim, token)
        or not_met_here(tokens, index)
        or generic(tokens, index)
        or other_of(tokens, index, claim.required)
        or on_the_net(claim.terms.lookup(token) or "", token)
        or got_online(tokens, index)
        or (
            compound
            and claim.terms.kind_of(token) is None
            and other_head(claim.terms.lookup(token) or "", token)
        )
        or placed_elsewhere(
            tokens,
            index,
            clause.clause.text,
            store,
            own,
            claim.required,
            claim.terms.lookup(token) or "",
        )
    )


def _free_of(term: str, token: str) -> bool:
    """The word says what a thing is free of ("alkoholfri" of "alkohol"), not the thing."""
    return token.startswith(term) and not says(term, token)


_OWN = listed("jag vi man")
_AUXILIARIES = listed("har hade")
_WHOEVER = listed("som")


def _own_act(tokens: tuple[str, ...], index: int) -> bool:
    """The customer's own act, its subject just before the verb or its auxiliary ("jag
    köpte", "jag har köpt") or just after it ("i förra veckan köpte jag"), or anyone's told by
    a relative clause ("alla som har köpt")."""
    if index + 1 < len(tokens) and tokens[index + 1] in _OWN:
        return True
    at = index - 1
    if at >= 0 and tokens[at] in _AUXILIARIES:
        at -= 1
    return at >= 0 and (tokens[at] in _OWN or (at < index - 1 and tokens[at] in _WHOEVER))


_OWN_HANDS = listed("själv själva hemma")
_HYPOTHETICAL = listed("skulle kunde vore borde kan")
_BOTH_SIDES = ("hyr", "lån")
"""Acts told alike by either side: the customer who rented or borrowed it ("vi hyrde två
cyklar") was rented or lent it by the store."""


def _done(claim: Claim, tokens: tuple[str, ...], sentence: Sequence[str] = ()) -> str | None:
    """The act a fact says the store does not do, told as done (`_done_by_staff`), or, of a
    store that buys nothing of a kind, the customer selling it to them."""
    sold = done_converse(claim, tokens)
    if sold is not None:
        return sold
    return _done_by_staff(claim, tokens, sentence)


def staff_done(claim: Claim, tokens: tuple[str, ...], around: Sequence[str] = ()) -> str | None:
    """The staff act a fact denies, told done for the customer on the fact's thing
    (`_done_by_staff`), for a clause read with a pronoun's thing in its place
    (`fact_pointing`); the thing's conditions and modifiers may be said where it was named
    (`around`: "dragkedjan på jackan" … "bytte den")."""
    if any(t in NEGATIONS for t in tokens):
        return None
    said = (*tokens, *around)
    if not all(any(says(part, t) for t in said) for part in (*claim.required, *claim.modifiers)):
        return None
    if claim.activity == "köp":
        return done_converse(claim, tokens)  # the store buying is the customer selling
    return _done_by_staff(claim, tokens)


_GOT = listed("fick fått")
_ACT_NOUNS = ("ning", "ningen")


def _got_act(activity: str, tokens: tuple[str, ...], index: int) -> bool:
    """The act got as a noun of it ("katten fick en klippning" of "klipp"): done by the staff
    as a past verb of it would be."""
    token = tokens[index]
    if not token.startswith(activity) or token[len(activity) :] not in _ACT_NOUNS:
        return False
    if tokens[index + 1 : index + 2] == ("hos",) and tokens[index + 2 : index + 3] != ("er",):
        return False  # "fick en klippning hos veterinären": someone else's act
    return not _GOT.isdisjoint(tokens[max(0, index - 3) : index])


def _done_by_staff(
    claim: Claim, tokens: tuple[str, ...], sentence: Sequence[str] = ()
) -> str | None:
    """The staff's act a fact says they do not do, told as done for the customer, with the
    thing it is done to when the fact names one ("De slipade mina skridskor") — not the
    customer's own act ("jag slipar dem själv hemma"), nor one wished or supposed."""
    if not (_OWN_HANDS.isdisjoint(tokens) and _HYPOTHETICAL.isdisjoint(tokens)):
        return None
    for index, token in enumerate(tokens):
        done = (
            acted(claim.activity, token)
            or _helped(claim.activity, tokens, index)
            or _got_act(claim.activity, tokens, index)
        )
        own = _own_act(tokens, index) and claim.activity not in _BOTH_SIDES
        if not done or own or _noun_of(claim.activity, tokens, index):
            continue
        if not claim.subject:
            return token
        thing = next((t for t in tokens if claim.terms.lookup(t)), None)
        thing = thing or next((t for t in tokens if _head_again(claim, t, sentence)), None)
        if thing is not None:
            return f"{token} … {thing}"
    return None


def _head_again(claim: Claim, token: str, sentence: Sequence[str]) -> bool:
    """A definite noun that takes up the fact's thing named earlier in the sentence by its
    compound's head ("behövde ett synintyg … skrev under intyget"): the same thing, though
    the head alone names the genus."""
    if not definite_noun(token) or not any(claim.terms.lookup(t) for t in sentence):
        return False
    heads = [lemma for lemma in lemmas(token) if len(lemma) >= 4]
    return any(
        said != head and said.endswith(head)
        for t in sentence
        if claim.terms.lookup(t)
        for said in lemmas(t)
        for head in heads
    )


_NOUN_BEFORE = listed("på i med av till ett en det sitt sina löpande")


def _noun_of(activity: str, tokens: tuple[str, ...], index: int) -> bool:
    """A strong verb's past that is also a noun, said as one: "på löpande band" is no "band
    in" of "binder in"."""
    return strong_past(activity, tokens[index]) and not _NOUN_BEFORE.isdisjoint(
        tokens[max(0, index - 2) : index]
    )


def _helped(activity: str, tokens: tuple[str, ...], index: int) -> bool:
    """Staff helped the customer do the act: "hjälpte mig att bära ut säckarna", "fick hjälp
    med lastningen"."""
    token = tokens[index]
    if not (token.startswith("hjälpt") or (token == "hjälp" and "fick" in tokens[:index])):
        return False
    return any(
        t in (activity + "a", activity) or t.startswith(activity + "ning")
        for t in tokens[index + 1 : index + 5]
    )


def _lacking(claim: Claim, token: str, store: StoreDepartments, sentence: Sequence[str]) -> bool:
    """Whether the word names what the store lacks: its own term always; a member of a
    lacking kind ("slalomskidor" of "slalomutrustning") unless it is one of the store's
    names for a department ("slalomhörnan"), and, when the lack is a department's
    ("Uthyrningen … ingen slalomutrustning"), only in a sentence that names that
    department; a compound's bare head ("verkstaden" of "ingen cykelverkstad") only when the
    store has no place of that name of its own, since lacking one kind says nothing of the
    genus."""
    if claim.terms.names(token):
        return True
    if claim.terms.member(token):
        if store.is_name(token):
            return False
        owner = store.named(claim.owner) if claim.owner else None
        return owner is None or any(store.named(t) == owner for t in sentence)
    return store.named(token) is None


def fee_named(claim: Claim, tokens: Sequence[str]) -> bool:
    """A fee of the free thing: "parkeringsavgiften" of free parking."""
    stem = claim.subject[:-2] if claim.subject.endswith(("en", "et")) else claim.subject
    return any(t.startswith(stem) and any(fee in t[len(stem) :] for fee in _FEES) for t in tokens)


def _paid_for(tokens: tuple[str, ...], named: int) -> bool:
    """A payment or a sum said within a few words of the thing, with no "och" or "men" between
    ("fick betala fem kronor för luften", "parkeringen som var dyr"), not of another thing
    beside it ("betalade 189 kronor för tvätten och fyllde luft i däcken") nor of the place
    it was paid at when it says what for ("för tvätten i tvättstugan")."""
    for at, token in enumerate(tokens):
        if token not in _PAID and token not in _MONEY:
            continue
        if abs(at - named) > _NEAR:
            continue
        between = tokens[min(at, named) + 1 : max(at, named)]
        if _JOINS.isdisjoint(between) and not _paid_other(tokens, at, named):
            return True
    return False


def _paid_other(tokens: tuple[str, ...], paid: int, named: int) -> bool:
    """The payment names what it was for, another thing than the one named ("betalade 60
    kronor för tvätten i tvättstugan": the wash, not the laundry room)."""
    for at in range(paid + 1, len(tokens) - 1):
        if tokens[at] in _JOINS:
            break
        if tokens[at] != "för" or tokens[at + 1] in ("att", "det") or tokens[at + 1] in _FOR_WHOM:
            continue
        if any(t.startswith(_DURATIONS) for t in tokens[at + 1 : at + 3]):
            continue
        thing = at + 1
        while thing + 1 < len(tokens) and (tokens[thing] in _ARTICLES or tokens[thing] in _ORDER):
            thing += 1  # "för en", "för första servicen": the noun after them
        return thing != named
    return False


_ORDER = listed("första andra tredje sista nästa")
_FOR_WHOM = listed("min mitt mina mig oss dig er honom henne dem barnen barnet sonen dottern")
"""Whom a payment was for ("kostade fem kronor för min son") is no other thing paid for."""
_DURATIONS = ("tim", "minut", "kvart", "halvtimm", "dag", "dygn", "natt", "veck")
"""What "för en timme" pays for is time at the thing, not another thing."""


_NEAR = 5
_JOINS = listed("och men")


_FREE_FOR_SOME = re.compile(
    r"\b(?:bara|endast|enbart) (?:för|vid|till|med)\b|\bför (?:barn|medlemmar|studenter)\b"
    r"|\bvid köp över\b"
)
"""Free only for some ("gratis för barn under 12 år", "gratis frakt bara vid köp över 500
kronor"): a customer who paid for it tells of one the condition left out, as the fact says."""


_INFINITIVES = frozenset({"a", "ar", "as", "at"})
"""What follows an act's stem in its infinitive, present, passive and supine ("kapa")."""


def act_noun(claim: Claim, token: str) -> bool:
    """The act done free is named by its noun or its past as well as by its object:
    "filéringen" or "filéade" of "Vi filéar fisken gratis", "kapningen" or "kapa" of "Vi
    kapar virke gratis"."""
    rest = token[len(claim.activity) :]
    if not claim.activity or not token.startswith(claim.activity):
        return False
    return "ing" in rest[:5] or rest in _INFINITIVES or acted(claim.activity, token)


def free_broken(claim: Claim, evidence: Evidence, clause: ClauseEvidence) -> str | None:
    tokens = clause.clause.tokens
    # a free act on goods is broken by paying for the act, not for the goods beside it
    # ("köpte fisk för 300 kronor och de filéade den"): its words are where a payment counts
    acts = [i for i, t in enumerate(tokens) if act_noun(claim, t)]
    places = acts or [i for i, t in enumerate(tokens) if claim.terms.lookup(t)]
    at = places[0] if places else None
    named = None if at is None else tokens[at]
    fee = fee_named(claim, tokens)
    if named is None and not fee:
        return None
    sentence = clause.clause.sentence
    priced = fee and any(u in _MONEY for _, u in evidence.sentence_amounts[sentence])
    if not (priced or _paid(tokens, clause.amounts)):
        return None
    if not priced and places and not any(_paid_for(tokens, i) for i in places):
        return None
    if claim.included and not _BOUGHT.isdisjoint(tokens):
        return None
    if not claim.amount and _FREE_FOR_SOME.search(claim.fact.statement.casefold()):
        return None
    if claim.activity and not any(
        says(claim.activity, t) for t in sentence_words(evidence, sentence)
    ):
        return None  # "maler bönor gratis": the act paid for, said in the sentence
    if claim.required:
        # free only for what the fact names ("En ny cykel … får en gratis första service"):
        # the answer must say it is that ("fast cykeln var ny"), not another ("min gamla")
        answer = [t for i in _turn_of(evidence, sentence) for t in evidence.sentence_tokens[i]]
        if not all(any(says(part, t) for t in answer) for part in claim.required):
            return None
    if claim.amount:
        turn = _turn_of(evidence, sentence)
        if any(_OVER.search(evidence.phrases[i]) for i in turn):
            return None
        hours = [_hours(a) for i in turn for a in evidence.sentence_amounts[i]]
        if claim.amount > 0 and any(h is not None and h > claim.amount for h in hours):
            return None
    return named or claim.subject


def sentence_words(evidence: Evidence, sentence: int) -> tuple[str, ...]:
    return evidence.sentence_tokens[sentence]


def _hours(amount: Amount) -> float | None:
    value, unit = amount
    if unit.startswith("tim") or unit == "timme":
        return value
    return value / 60 if unit.startswith("minut") else None


def _turn_of(evidence: Evidence, sentence: int) -> list[int]:
    turns = evidence.reading.sentence_turns
    return [i for i, turn in enumerate(turns) if turn == turns[sentence]]


def _priced(claim: Claim, token: str) -> bool:
    """The word names the priced thing, not another thing of a compound it opens
    ("tvättmedlet" is no "tvätt")."""
    term = claim.terms.lookup(token)
    return term is not None and not other_head(term, token)


def price_broken(claim: Claim, evidence: Evidence, index: int) -> str | None:
    """What costs money told as free, in a clause that names it and tells nothing paid
    ("vallningen var gratis", not "betalade 200 kronor för vallningen och fick låna hjälmen
    gratis", nor "ingick inte"), or told paid at another sum."""
    for clause in evidence.in_sentence(index):
        tokens = clause.clause.tokens
        named = next((t for t in tokens if _priced(claim, t)), None)
        if named is None:
            continue
        text = " ".join(tokens)
        said = _FREE_SAID.search(text)
        if said is None or _paid_money(tokens, clause.amounts):
            continue
        before = text[: said.start()].split()[-2:]
        after = text[said.end() :].split()[:1]
        if not NEGATIONS.intersection(before + after):
            return f"{named} … {said.group(0)}"
    return _other_price(claim, evidence, index) if claim.amount else None


def _other_price(claim: Claim, evidence: Evidence, index: int) -> str | None:
    """What costs money told paid at another sum (`fact_prices`)."""
    sentence = evidence.sentence_tokens[index]
    for clause in evidence.in_sentence(index):
        tokens = clause.clause.tokens
        named = next((i for i, t in enumerate(tokens) if _priced(claim, t)), None)
        if named is None:
            continue
        said = other_sum(tokens, named, claim.amount, claim.per_unit, sentence, claim.tiers)
        if said is not None:
            return said
    return None
