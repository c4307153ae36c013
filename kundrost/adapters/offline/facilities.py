"""Facilities: a service the customer describes using that none of the store's departments
gives, told without naming a department.

Two kinds of service need a department of their own, and the store's context says whether
it has one:

- eating in: the customer sat down here and ate or drank, or staff made food to order for
  them ("satte oss i hörnan vid fönstret och tog en kopp kaffe", "tjejen bredde räkmackor
  åt oss") — the store needs a department that serves food (a café, a restaurant, a
  lunch, a salad bar, ready meals); not the customer's own cooking ("jag lagade kåldolmar
  … och familjen åt");
- renting something from the store, said with its staff or the store ("jag hyrde en
  golvslip … killen där visade") — it needs a rental, or a fact of its own renting that
  thing out ("Vi hyr ut klubbor för 100 kronor");
- a repair or a service on the customer's own things: staff mending, cutting, washing or
  copying what the customer brought ("lagade klacken på min sko", "slipade en kopia av min
  husnyckel", "lämnade bilen … tvättade de den") — the store needs a workshop or a service
  department.

Each is flagged as an unknown department (0.75), as `unlisted` does for one named; not in
talk of another store, not in a wish or a question, not negated, not placed elsewhere
("utanför", "bredvid", "hemma").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from kundrost.adapters.offline.departments import StoreDepartments, store_departments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.fact_absent import got_online
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.scenes import demonstrated
from kundrost.adapters.offline.state_reading import OTHER_TIME
from kundrost.adapters.offline.trades import GOODS, MADE_TO_ORDER, TRADES, trade_words
from kundrost.adapters.offline.unlisted import UNKNOWN_DEPARTMENT
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import BusinessContext, Department

_SERVES_FOOD = (
    "kafé", "café", "kafe", "cafe", "fik", "restaurang", "lunch", "servering", "bistro",
    "matsal", "salladsbar", "färdigmat", "grill", "take away", "kaffebar", "deli",
    "smörgås", "mackor", "mackorna", "baguett", "sandwich",
)  # fmt: skip
_BARS = ("bar", "baren", "barer", "barerna")
"""A bar ends its word ("baren", "kaffebaren", "salladsbar"); "Barnböcker" serves nothing."""
_SERVICE = (
    "verkstad", "reparation", "skomak", "nyckel", "skrädd", "tvätt", "uthyrning", "kapservice",
    "kapning", "montering",
)  # fmt: skip
_SAT = listed("satte satt slog")
_SEATED = listed("oss mig kvar ner ned där")
_CONSUMED = listed("åt äta drack dricka tog fika fikade käkade")
_MADE = listed("bredde gjorde lagade värmde serverade bakade grillade")
_FOR_US = listed("åt")
_WORKED = listed("lagade reparerade tvättade sydde servade")
"""Work on a thing that, done "åt mig", is on the customer's own ("tvättade bilen åt mig");
a receipt copied "åt mig" is the store's paper."""
_MENDED = listed("lagade reparerade slipade tvättade putsade sydde kopierade servade dammsög")
"""Crafts done on a thing; exchanging or fixing a bag ("bytte", "fixade") is a store's own
service."""
_MEAL = (
    "kaffe", "kopp", "te", "latte", "cappuccino", "macka", "mackor", "smörgås", "räkmack",
    "soppa", "soppan", "lunch", "fika", "fikade", "middag", "frukost", "cortado", "espresso",
    "macchiato", "chai", "påtår", "portion",
)  # fmt: skip
"""What is served to be eaten there; a banana on a bench is not a meal served."""
_MEAL_HEADS = ("smörgås", "smörgåsar", "macka", "mackan", "mackor", "soppa", "soppan", "latte")
"""A meal also at the end of a compound ("räksmörgås", "ostmacka", "tomatsoppa")."""
_TABLES = ("bord", "bordet", "borden")
_SERVED_UNITS = listed("portion portionen portioner bricka brickan brickor tallrik tallriken")
"""A meal eaten by the portion or from a tray is served, seated or not."""
_HERE = listed("här hos er killen tjejen personalen expediten där butiken")
_OWN = listed("min mitt mina vår vårt våra")
_RENTED = listed("hyrde hyrt hyra hyr")
_RENTERS = listed("jag vi")
_LEFT = listed("lämnade lämnat")
_ELSEWHERE = listed("utanför hemma ute bilen parken stan")
"""Eating there is not eating in the store."""
_AWAY = listed(
    """utanför mittemot granne grannen gallerian köpcentret centrumet centrum stan vägen hemma
    konkurrenten konkurrent"""
)
"""A service placed there is not the store's; "bredvid pantautomaten" is inside."""


_CUT = listed("skar styckade malde mal mald filéade sågade")
_TO_ORDER = listed("åt mig oss frågade hur")
_US = listed("jag vi")
_TRADES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Köttdisken", ("kött", "chark", "slakt", "manuell", "deli", "delikatess", "butcher"),
     "styckning av kött efter beställning"),
    ("Apoteket", ("apotek", "receptfri"), "utlämning av receptbelagd medicin"),
    ("Drivmedel", ("drivmedel", "bensin", "diesel", "mack", "tank", "station"),
     "tankning vid butikens pumpar"),
    ("Blomsterbutiken", ("blom", "florist", "växt", "trädgård"), "blombindning"),
    ("Vin och sprit", ("vin", "sprit", "system", "bar", "restaurang", "krog", "alkohol"),
     "försäljning av vin och sprit"),
)  # fmt: skip
"""Trades a customer may describe by what was done and the departments that give them:
meat cut or minced to order, prescription medicine handed out, fuel at the store's pumps,
bouquets bound. A store that sells such goods from shelves gives none of these."""
_PRESCRIPTION = ("recept", "e-recept")
_MEDICINE = (
    "medicin", "tablett", "blodtryck", "insulin", "läkemedel", "piller", "antibiotika",
    "penicillin", "inhalator",
)  # fmt: skip
_FUELLED = listed("tankade tankat tanka")
_PUMPS = ("pump", "diesel", "bensin", "macken", "laddstolp")
_STORES_OWN = listed("butikens affärens era er ert planen")
_BOUND = listed("band binder knöt")
_SPIRITS = listed(
    """vin vinet viner vinerna rödvin rödvinet vitvin vinflaska vinflaskor snaps snapsen
    sprit spriten whisky whiskyn vodka vodkan akvavit gin likör champagne"""
)
"""Wine and spirits: in Sweden only the state's shops sell them to take home, and a bar or a
restaurant serves them; strong beer is left out of it, light beer ("folköl") is sold in
any grocery."""
_BOUGHT = listed("köpte tog handlade betalade fick")
_NON_ALCOHOLIC = ("alkoholfri", "lättvin", "matlagningsvin")
_BOUQUETS = ("bukett", "blombukett", "brudbukett", "krans")


_TRIGGERS = (
    _SAT
    | _MADE
    | _MENDED
    | _RENTED
    | _CUT
    | _FUELLED
    | _BOUND
    | _SPIRITS
    | listed("recept receptet åt drack fikade bord bordet borden")
    | _SERVED_UNITS
)


_RENTS_OUT = re.compile(
    r"\bhyr(?:s)? ut (?:\w+ ){0,2}?([^\W\d]{4,})\b"
    r"|\b([^\W\d]{4,}) (?:finns att hyra|kan hyras|går att hyra|hyrs ut)\b"
)
_RENT_WORDS = listed("också även bara alla våra")


@lru_cache(maxsize=1024)
def _rented_things(statements: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of what the store's own facts say it rents out ("klubb" of "Vi hyr ut
    klubbor för 100 kronor", "handd" of "handdukar finns att hyra"); a fact that rents out
    nothing ("Vi hyr inte ut cyklar") names none."""
    stems: list[str] = []
    for statement in statements:
        for found in _RENTS_OUT.finditer(statement.casefold()):
            thing = found.group(1) or found.group(2)
            if thing not in _RENT_WORDS and thing not in NEGATIONS:
                stems.append(thing[:5])
    return tuple(stems)


def _bought_spirits(tokens: tuple[str, ...]) -> bool:
    """Wine or spirits the object of a purchase: "tog jag två flaskor rödvin", not "köpte
    sill till snapsen", nor one from a business on the net ("köpte en flaska vin från
    nätbutiken och hämtade den här": fetched here, not sold here)."""
    for index, token in enumerate(tokens):
        if token not in _BOUGHT:
            continue
        for at in range(index + 1, min(len(tokens), index + 6)):
            if tokens[at] in ("till", "åt", "för"):
                break
            if tokens[at] in _SPIRITS:
                return not got_online(tokens, at)
    return False


def _trade(tokens: tuple[str, ...]) -> str | None:
    """The trade a sentence tells the customer was served by (`_TRADES`), or None."""
    words = set(tokens)
    cut = next((i for i, t in enumerate(tokens) if t in _CUT), None)
    by_us = cut is not None and not _US.isdisjoint(tokens[max(0, cut - 2) : cut + 2])
    if (
        cut is not None
        and not by_us
        and not _TO_ORDER.isdisjoint(words)
        and any(PRODUCT_WORDS.lookup(t) == "Kött och chark" for t in tokens)
    ):
        return "Köttdisken"
    if any(t.startswith(_PRESCRIPTION) for t in tokens) and any(
        t.startswith(_MEDICINE) or t.endswith(_MEDICINE) for t in tokens
    ):
        return "Apoteket"
    if not _FUELLED.isdisjoint(words) and any(t.startswith(_PUMPS) for t in tokens):
        return "Drivmedel" if not _STORES_OWN.isdisjoint(words) else None
    if not _BOUND.isdisjoint(words) and any(t.startswith(_BOUQUETS) for t in tokens):
        return "Blomsterbutiken"
    if not _SPIRITS.isdisjoint(words) and not _BOUGHT.isdisjoint(words):
        from_state = any(t.startswith(("system", "bolaget")) for t in tokens)
        soft = any(t.startswith(_NON_ALCOHOLIC) for t in tokens)
        if not (from_state or soft) and _bought_spirits(tokens):
            return "Vin och sprit"
    return None


def _prescribed_over(evidence: Evidence, index: int) -> str | None:
    """A prescription taken in in one sentence and the medicine handed out in the next, of
    the same answer or the next ("tog en kvinna i vit rock emot mitt recept" — "Hur var
    det?" — "Hon gav mig mina blodtryckstabletter"): a pharmacy, as in one sentence; not when
    the next sentence is negated, asked, about another store or placed elsewhere."""
    turns = evidence.reading.sentence_turns
    following = index + 1
    if following >= len(turns) or turns[following] - turns[index] not in (0, 1):
        return None
    then = evidence.sentence_tokens[following]
    cues = evidence.cues[following]
    if cues.elsewhere or cues.actionable or evidence.reading.sentences[following].endswith("?"):
        return None
    if not NEGATIONS.isdisjoint(then) or not _AWAY.isdisjoint(then):
        return None
    tokens = evidence.sentence_tokens[index]
    if not any(t.startswith(_PRESCRIPTION) for t in tokens):
        return None
    handed = any(t.startswith(_MEDICINE) or t.endswith(_MEDICINE) for t in then)
    return "Apoteket" if handed else None


@lru_cache(maxsize=1024)
def _offers(departments: tuple[Department, ...], kinds: tuple[str, ...]) -> bool:
    names = [name.casefold() for d in departments for name in d.names()]
    if kinds is _SERVES_FOOD and any(w.endswith(_BARS) for n in names for w in n.split()):
        return True
    return any(kind in name for name in names for kind in kinds)


def _named_for(store_name: str | None, kinds: tuple[str, ...]) -> bool:
    """A store whose own name is a service's ("Nål och Tråd Ändringsskrädderi", "Skomakar-
    Olle") offers it, whatever its departments are called ("Ändringar", "Lagning")."""
    name = (store_name or "").casefold()
    return any(kind in name for kind in kinds)


def _food(word: str) -> bool:
    """A good of a trade that makes food or drink to order (`trades.MADE_TO_ORDER`)."""
    return any(TRADES[t].name in _FOOD_TRADES and kind == GOODS for t, kind in trade_words(word))


_FOOD_TRADES = MADE_TO_ORDER - {"en blomsterhandel"}


def _eats_in(tokens: tuple[str, ...]) -> bool:
    """Sat down and ate or drank a meal ("satte oss … och tog en kopp kaffe", "satte vi oss vid
    fönsterborden och drack en cortado", "åt varsin räksmörgås vid borden"), or staff made
    food for the customer ("bredde räkmackor åt oss"; "gjorde en fin rosett åt mig" made no
    food, and a machine shown working serves none)."""
    sat = any(
        (t in _SAT and not _SEATED.isdisjoint(tokens[i + 1 : i + 3]))
        or (t.endswith(_TABLES) and "vid" in tokens[max(0, i - 3) : i])
        or t in _SERVED_UNITS
        for i, t in enumerate(tokens)
    )
    ate = not _CONSUMED.isdisjoint(tokens) and any(
        t.startswith(_MEAL) or t.endswith(_MEAL_HEADS) for t in tokens
    )
    made_for_us = not demonstrated(tokens) and any(
        t in _MADE
        and _FOR_US.intersection(tokens[i + 1 :])
        and _US.isdisjoint(tokens[max(0, i - 1) : i + 2])
        and any(w.startswith(_MEAL) or w.endswith(_MEAL_HEADS) or _food(w) for w in tokens[i + 1 :])
        for i, t in enumerate(tokens)
    )  # "jag lagade kåldolmar … och familjen åt": the customer's own cooking, at home
    return (sat and ate) or made_for_us


def _serviced(tokens: tuple[str, ...], before: tuple[str, ...], store: StoreDepartments) -> bool:
    """Staff mended, cut, washed or copied the customer's own thing ("min", left with them,
    or done "åt mig": "tvättade bilen åt mig"); not a thing the store's own departments deal
    in ("putsade mina glasögon" at an optician's "Glasögon")."""
    mended = next((i for i, t in enumerate(tokens) if t in _MENDED), None)
    if mended is None:
        return False
    after = tokens[mended + 1 : mended + 8]
    if any(store.named(token) is not None for token in after):
        return False
    own = not _OWN.isdisjoint(after)
    left = not _LEFT.isdisjoint(before)
    ordered = (
        tokens[mended] in _WORKED
        and any(a == "åt" and b in ("mig", "oss") for a, b in pairwise(after))
        and not any(w.startswith(_MEAL) or _food(w) for w in after)
    )  # "lagade en lunch åt oss" is a meal served, not a thing mended
    return own or left or ordered


def facility_flags(evidence: Evidence, context: BusinessContext | None) -> list[ContentFlag]:
    if context is None or not context.departments or _TRIGGERS.isdisjoint(evidence.words):
        return []
    departments = tuple(context.departments)
    food = _offers(departments, _SERVES_FOOD)
    service = _offers(departments, _SERVICE) or _named_for(context.store_name, _SERVICE)
    rental = _offers(departments, ("uthyrning", "hyran", "hyrdisk"))
    rented_by_fact = _rented_things(tuple(fact.statement for fact in context.baseline_facts))
    flags: dict[str, ContentFlag] = {}
    for index, tokens in enumerate(evidence.sentence_tokens):
        if _TRIGGERS.isdisjoint(tokens):
            continue
        cues = evidence.cues[index]
        if cues.elsewhere or cues.actionable or evidence.reading.sentences[index].endswith("?"):
            continue
        if not NEGATIONS.isdisjoint(tokens):
            continue
        said = evidence.reading.sentences[index]
        away = not _ELSEWHERE.isdisjoint(tokens)
        if not food and not away and "Kaféet" not in flags and _eats_in(tokens):
            text = f"Kunden beskriver servering i butiken, som inte har någon: {said}"
            flags["Kaféet"] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], _CONFIDENCE)
        before = tuple(t for i in range(max(0, index - 1), index + 1)
                       for t in evidence.sentence_tokens[i])  # fmt: skip
        placed = not _AWAY.isdisjoint(tokens)
        rented = not _HERE.isdisjoint(tokens) and any(
            t in _RENTED and _RENTERS.intersection(tokens[max(0, i - 2) : i + 2])
            for i, t in enumerate(tokens)
        )
        if rented and any(t.startswith(rented_by_fact) for t in tokens):
            rented = False  # "jag hyrde klubbor" where "Vi hyr ut klubbor för 100 kronor"
        if not rental and rented and "Uthyrningen" not in flags:
            text = f"Kunden beskriver uthyrning, som butiken inte har: {said}"
            flags["Uthyrningen"] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], _CONFIDENCE)
        if (
            not service
            and not placed
            and "Verkstaden" not in flags
            and _serviced(tokens, before, store_departments(departments))
        ):
            text = f"Kunden beskriver en tjänst som butiken inte har: {said}"
            flags["Verkstaden"] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], _CONFIDENCE)
        trade = None if placed or away else _trade(tokens)
        if trade is None and not (placed or away):
            trade = _prescribed_over(evidence, index)
        if trade is not None and trade not in flags:
            stems, what = next((t[1], t[2]) for t in _TRADES if t[0] == trade)
            if not (_offers(departments, stems) or _named_for(context.store_name, stems)):
                text = f"Kunden beskriver {what}, som butiken inte har: {said}"
                flags[trade] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], _CONFIDENCE)
    return list(flags.values())


_CONFIDENCE: Decimal = UNKNOWN_DEPARTMENT


_AVOIDED = re.compile(
    r"\b(?:jag|vi) (?:gick|var|kom|satt) (?:inte|aldrig) (?:ens )?(?:i närheten av|till|in i|"
    r"in på|förbi|bort till|vid|i|på) (\w+)"
)
_AT_PLACE = listed("vid i på")
_VISITING = listed("köpte tog åt drack satt hämtade handlade betalade lämnade provade")
_US_HERE = listed("jag vi")
_GOING = listed("gick var kom satt")
"""With "jag" or "vi" and "inte" or "aldrig", words every phrase of `_AVOIDED` holds."""
_NOT_EVER = listed("inte aldrig")
_OTHERWISE = listed("annars")
"""What the customer does otherwise ("annars går jag alltid förbi"), not this visit."""


def _another_time(evidence: Evidence, index: int) -> bool:
    return bool(OTHER_TIME.search(evidence.phrases[index])) or not _OTHERWISE.isdisjoint(
        evidence.sentence_tokens[index]
    )


def avoided_yet_used(evidence: Evidence, store: StoreDepartments) -> tuple[float, str]:
    """A department the customer says they never went near ("jag gick inte ens i närheten
    av kaféhörnan") and yet tells of using: sitting down to eat and drink there when it
    serves food ("satt vid bordet vid fönstret … drack två koppar kaffe"), or being at it
    and buying, taking or fetching there. One point towards an impossible claim."""
    if _NOT_EVER.isdisjoint(evidence.words):
        return 0.0, ""
    for index, said in enumerate(evidence.phrases):
        sentence = evidence.sentence_tokens[index]
        if _NOT_EVER.isdisjoint(sentence) or _US_HERE.isdisjoint(sentence):
            continue
        found = _AVOIDED.search(said) if not _GOING.isdisjoint(sentence) else None
        if found is None or _another_time(evidence, index):
            continue
        department = store.named(found.group(1))
        if department is None:
            continue
        serves_food = any(kind in department.casefold() for kind in _SERVES_FOOD) or any(
            word.endswith(_BARS) for word in department.casefold().split()
        )
        for other, tokens in enumerate(evidence.sentence_tokens):
            if other == index or _another_time(evidence, other):
                continue
            if evidence.cues[other].elsewhere or not NEGATIONS.isdisjoint(tokens):
                continue
            sat = not _SAT.isdisjoint(tokens) and not _CONSUMED.isdisjoint(tokens)
            ate = sat and any(t.startswith(_MEAL) for t in tokens) and _ELSEWHERE.isdisjoint(tokens)
            if serves_food and ate and not _US_HERE.isdisjoint(tokens):
                return 1.0, evidence.reading.sentences[other]
            at = any(
                store.named(t) == department and i and tokens[i - 1] in _AT_PLACE
                for i, t in enumerate(tokens)
            )
            if at and not _VISITING.isdisjoint(tokens) and not _US_HERE.isdisjoint(tokens):
                return 1.0, evidence.reading.sentences[other]
    return 0.0, ""
