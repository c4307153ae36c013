"""Unlisted departments: a specialised department the customer used that the store lacks.

Flagged (0.75) when the store lists its departments and the customer speaks of a
specialised department it does not list (see `departments`: counters, bars, "-avdelningen",
workshops such as "cykelverkstaden", pharmacies, opticians, cobblers, key services) as a
place in this store they used:

- in the definite form ("fiskdisken", "verkstaden") or as the store's own ("er verkstad",
  "ert apotek", "ni har en salladsbar", "ni har ju en liten blomsterhandel", "det finns ett
  apotek här inne");
- and as a place they were at ("i", "på", "vid", "från", "hos" just before) or paid
  ("betalade verkstaden"), or judged ("sushibaren var bäst"), or said in the same sentence
  to be in this store ("Cykelverkstaden, den där inne vid trädgården", "hos er", "här
  inne"), or as the one who did something for them ("skomakeriet lagade mina klackar").

Not when negated, missed ("saknar"), wished for or suggested before it in the same sentence
("jag önskar att ni hade en cykelverkstad"), gone to ("till apoteket"), advised or intended
("jag skulle fråga på apoteket"), a likeness ("en nummerlapp, som på apoteket") or placed
elsewhere ("kaféet bredvid", "i gallerian", "på
andra sidan gatan", "hos konkurrenten"; but beside a part of this store, "bredvid
omklädningsrummet", "bredvid disken", is inside it), or said in talk
about another store (`elsewhere`), or in a clause that names another business though the
sentence asks something of this one ("På Lekia finns en bokavdelning, det vore fint hos er också");
nor when the store's own name names it ("hela apoteket" at "Apoteket Svalan"): that is the
store itself.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from kundrost.adapters.offline.cues import may_suggest, may_wish, phrase
from kundrost.adapters.offline.department_heads import MIN_MODIFIER, service_place
from kundrost.adapters.offline.departments import StoreDepartments, specialty
from kundrost.adapters.offline.elsewhere import clause_names_other
from kundrost.adapters.offline.evidence_types import ClauseEvidence, Evidence
from kundrost.adapters.offline.lexicon import is_negated
from kundrost.adapters.offline.patterns import listed
from kundrost.domain.analysis import ContentFlag, FlagKind

UNKNOWN_DEPARTMENT = Decimal("0.75")
_MISSING = listed("saknar saknade saknas fattas fattades önskar")
_DEFINITE = ("en", "et", "n", "t")
_AT = listed("i på vid från hos")
_YOUR = listed("er ert era eran erat")
_ELSEWHERE = listed(
    """bredvid utanför mittemot intill granne grannen gallerian köpcentret centrumet centrum
    stan vägen hemma andra annan konkurrenten konkurrent efteråt förut torget torg hamnen
    stationen centralen resecentrum busshållplatsen hållplatsen rondellen"""
)
"""Words that place a department elsewhere: beside this store, in the town ("vid torget",
"nere i hamnen", "vid stationen"), in a rival, or at another time."""
_BESIDE = listed("bredvid intill mittemot")
_BUILDING = listed(
    """kassan kassorna kassalinjen disken receptionen omklädningsrummet omklädningsrummen
    provrummet provrummen"""
)
"""Parts inside every store of their kind, whether or not its context lists them; an
entrance, a lift or the toilets may be a mall's, and a department outdoors (a range, a
garden) may have a café of another business beside it."""
_ERRANDS = frozenset({"Banken", "Frisören", "Vårdcentralen", "Pizzerian", "Kemtvätten"})
"""Errands people run on the way: coming "från banken", going "till frisören" or having been
there ("jag hade varit på banken") places nothing in the store."""
_ADVICE = listed("skulle ska borde bör")
_PAID = listed("betalade betalat betala betalar")
_HAVE = frozenset({("ni", "har"), ("har", "ni")})
_IT = (("det",), ("den",), ("dom",), ("de",))
_SUBJECTS = listed("jag vi man du ni dom de hon han det")
_VEHICLES = listed("bil bilen bilar bilarna")
_BUSINESS_HEADS = ("butik", "affär", "handel", "skola", "byrå", "kontor", "bar", "klinik")
_CHANNELS = ("nät", "webb", "online", "huvud")
_SHOPS = listed("butikens affärens varuhusets")
_DEFINITE_FORMS = ("et", "en")
_IN_STORE = (("inne",), ("hos", "er"), ("i", "butiken"), ("i", "affären"), ("här", "inne"))
_SERVED = listed(
    """lagade lagar fixade fixar bytte byter justerade reparerade slipade kopierade
    framkallade gjorde hjälpte servade monterade sydde putsade klippte filéade skar tog
    ordnade skrev tryckte"""
)


def _elsewhere(tokens: tuple[str, ...]) -> bool:
    """Placed or done elsewhere: "bredvid", "i stan", "på vägen hem", "innan" as an adverb
    ("jag var på apoteket innan"), not as a conjunction ("innan jag gick till kassan"). Beside
    a part inside this store ("bredvid omklädningsrummet", "intill kassorna") is inside it."""
    inside = {i for i in range(len(tokens) - 1) if _beside_inside(tokens, i)}
    if any(t in _ELSEWHERE for i, t in enumerate(tokens) if i not in inside):
        return True
    following = (*tokens[1:], "")
    pairs = zip(tokens, following, strict=True)
    return any(token == "innan" and after not in _SUBJECTS for token, after in pairs)


def _beside_inside(tokens: tuple[str, ...], index: int) -> bool:
    return tokens[index] in _BESIDE and tokens[index + 1] in _BUILDING


def _compared(tokens: tuple[str, ...], index: int) -> bool:
    """A likeness drawn with a place, not a visit to it: "en nummerlapp, som på apoteket",
    "som de har på optikern"."""
    return index > 1 and tokens[index - 1] in _AT and "som" in tokens[max(0, index - 4) : index]


def _advised(tokens: tuple[str, ...], index: int) -> bool:
    """Advice or an intent, not a visit: "han sa att jag skulle fråga på apoteket", "ni borde
    fråga på kaféet"."""
    return not _ADVICE.isdisjoint(tokens[max(0, index - 4) : index])


def _said_to_have(evidence: Evidence, clause: ClauseEvidence, index: int) -> bool:
    """ "Ni har en salladsbar", "det finns ett apotek här inne": the store is said to have it
    (a question, "har ni en salladsbar?", says nothing); or, in one of the next two sentences
    of the same answer, "ni har det" ("Det är så bra att ni har det")."""
    sentence = clause.clause.sentence
    if evidence.reading.sentences[sentence].rstrip().endswith("?"):
        return False
    tokens = clause.clause.tokens
    before = tokens[max(0, index - 6) : index]
    if not _HAVE.isdisjoint(pairwise(before)):
        return True
    if "finns" in before and _said_in_store(evidence.sentence_tokens[sentence]):
        return True
    turns = evidence.reading.sentence_turns
    for later in range(sentence + 1, min(sentence + 3, len(turns))):
        said = evidence.sentence_tokens[later]
        if turns[later] != turns[sentence] or evidence.reading.sentences[later].endswith("?"):
            break
        if any(pair in _HAVE and rest[:1] in _IT for pair, rest in _pairs_with_rest(said)):
            return True
    return False


def _pairs_with_rest(tokens: tuple[str, ...]) -> list[tuple[tuple[str, str], tuple[str, ...]]]:
    return [((tokens[i], tokens[i + 1]), tokens[i + 2 :]) for i in range(len(tokens) - 1)]


def _said_in_store(tokens: tuple[str, ...]) -> bool:
    return any(
        tokens[i : i + len(marker)] == marker for marker in _IN_STORE for i in range(len(tokens))
    )


def _wished(evidence: Evidence, clause: ClauseEvidence) -> bool:
    """Whether the sentence voices a wish or suggestion up to and including this clause."""
    said: list[str] = []
    for part in evidence.in_sentence(clause.clause.sentence):
        said.extend(part.clause.tokens)
        if part is clause:
            break
    tokens = tuple(said)
    text = phrase(tokens)
    return may_wish(tokens, text) or may_suggest(tokens, text)


def _used_here(evidence: Evidence, clause: ClauseEvidence, index: int, possessed: bool) -> bool:
    tokens = clause.clause.tokens
    before = set(tokens[max(0, index - 2) : index])
    if "till" in before and not possessed:
        return False
    sentence = evidence.sentence_tokens[clause.clause.sentence]
    return bool(
        possessed
        or before & _AT
        or before & _PAID
        or clause.positive
        or clause.negative
        or _said_in_store(sentence)
        or not _SERVED.isdisjoint(tokens[index + 1 :])
    )


@lru_cache(maxsize=256)
def _the_store(store_name: str | None) -> frozenset[str]:
    """The specialised departments the store's own name names ("Apoteket Svalan"): said by
    a customer ("de var två på hela apoteket"), such a word is the store itself."""
    names = map(specialty, _name_words(store_name, shortest=0))
    return frozenset(name for name in names if name is not None)


def _own_staff(token: str, store_name: str | None) -> bool:
    """A word whose first five letters stand in a word of the store's own name is the store's
    own: "optikern" at "Synhörnan Optik", "frisören" at a "Hundfrisören". A service place is
    read by its head (`department_heads`): "kakelverkstaden" at "Kakelboden" is a workshop the
    tile shop's name does not name; "cykelverkstaden" at "Cykelverkstan" is the store. Asked
    of the department a word names, it is the store's own trade: "floristen" names
    "Blomsterhandeln", the trade of "Blomsterboden Viol"."""
    place = service_place(token)
    stem = (token if place is None else place)[:5]
    return len(token) >= 5 and any(stem in word for word in _name_words(store_name))


@lru_cache(maxsize=256)
def _name_words(store_name: str | None, shortest: int = 5) -> tuple[str, ...]:
    """The words of the store's own name, casefolded, of at least `shortest` letters: all of
    them name its trade (`_the_store`), the longer ones its own staff and genitives."""
    words = re.findall(r"\w+", (store_name or "").casefold())
    return tuple(word for word in words if len(word) >= shortest)


def _business(token: str, store: StoreDepartments) -> str | None:
    """A business of its own named by its kind ("trädgårdsbutik", "simskola", "resebyrå",
    "växlingskontor", "vinbar"), its modifier at least three letters, no channel or office
    every store has ("nätbutik", "huvudkontor") and none of the store's own goods ("er
    väskbutik" at a store of "handväskor")."""
    if not token.endswith(_BUSINESS_HEADS):
        return None
    for head in _BUSINESS_HEADS:
        if token.endswith(head) and len(token) - len(head) >= MIN_MODIFIER:
            if token.startswith(_CHANNELS) or store.of_goods(token[: -len(head)]) is not None:
                return None
            return token.capitalize()
    return None


def _owners(store_name: str | None) -> frozenset[str]:
    """Genitives that make a thing this store's: "butikens", "affärens", and the genitive of a
    word of its name said as a noun ("galleriets" at "Galleri Ljusgården", "kaminhusets")."""
    words = _name_words(store_name)
    forms = {w + "s" for w in words if w.endswith(_DEFINITE_FORMS)}
    forms |= {w + ending for w in words for ending in ("ets", "ens")}
    return frozenset(forms) | _SHOPS


def _possessor(tokens: tuple[str, ...], index: int, owners: frozenset[str]) -> bool:
    """ "Er X", "ert lilla X" (a weak adjective between), "butikens X", "galleriets X"."""
    before = tokens[max(0, index - 2) : index]
    if before[-1:] and (before[-1] in _YOUR or before[-1] in owners):
        return True
    return len(before) == 2 and before[0] in _YOUR and before[1].endswith(("a", "e"))


def _candidates(clause: ClauseEvidence, store: StoreDepartments) -> list[tuple[int, str, str]]:
    """The words of a clause that name an unlisted specialised department, and, after "er",
    "ert" or "har", a business of its own named by its kind."""
    tokens = clause.clause.tokens
    found = []
    owned = "har" in tokens or not _YOUR.isdisjoint(tokens)
    for index, token in enumerate(tokens):
        name = specialty(token) or (_business(token, store) if owned else None)
        if name is not None:
            found.append((index, token, name))
    return found


def unlisted_departments(
    evidence: Evidence, store: StoreDepartments, store_name: str | None = None
) -> list[ContentFlag]:
    if not store.listed:
        return []
    flags: dict[str, ContentFlag] = {}
    itself = _the_store(store_name)
    owners = _owners(store_name)
    for clause in evidence.clauses:
        tokens = clause.clause.tokens
        if not clause.unlisted and ("har" not in tokens and _YOUR.isdisjoint(tokens)):
            continue
        if not _MISSING.isdisjoint(tokens):
            continue
        if evidence.cues[clause.clause.sentence].elsewhere:
            continue
        if _elsewhere(tokens) or _wished(evidence, clause):
            continue
        for index, token, name in _candidates(clause, store):
            if name in flags or name in itself or store.named(token) is not None:
                continue
            if store.named(name.casefold()) is not None:
                # A trade that names a department the store lists is its own staff:
                # "fiskhandlaren" at a store whose "Fiskdisken" it is, "floristen" where
                # the florist's is listed.
                continue
            if _own_staff(token, store_name) or _own_staff(name.casefold(), store_name):
                continue
            possessed = _possessor(tokens, index, owners) or _said_to_have(evidence, clause, index)
            if specialty(token) is None and not possessed:
                continue
            if is_negated(tokens, index) or not (possessed or token.endswith(_DEFINITE)):
                continue
            if _compared(tokens, index) or _advised(tokens, index):
                continue
            if index and (
                tokens[index - 1] == "från"
                or (name in _ERRANDS and (tokens[index - 1] == "till" or "hade" in tokens))
            ):
                continue
            if not _used_here(evidence, clause, index, possessed):
                continue
            if "verkst" in token and not _VEHICLES.isdisjoint(tokens):
                continue
            if clause_names_other(clause.clause.text, store_name):
                continue
            text = f"Kunden beskriver {token!r}, som inte är en avdelning i butiken."
            flags[name] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text, UNKNOWN_DEPARTMENT)
    return list(flags.values())
