"""Departments: which of the store's departments a customer names, and which they name that
the store does not list.

A store's department is recognised by its name or any alias in every inflected and
compound form (see `swedish`): "Bageri" by "bageriet", "bagerier", "stenugnsbageriet";
"Kassa" with alias "kassorna" by "självscanningskassan" and "kassakön", and by its staff
("kassörskan", "bagaren"). In a name of several
words the generic words ("disken" in "manuella disken", "avdelningen") do not name the
department alone. Themes carry the store's own name for it, so the context check finds it.

A department the store does not list is recognised only among the specialised departments
that many stores lack: a fish, meat, cheese or deli counter, a bakery, pharmacy, café,
restaurant, florist, parcel point or optician, a workshop or a service counter (a cobbler,
a watchmaker, key cutting, a hairdresser, a dry cleaner, a tailor), a bank, a pizzeria, a
clinic or a boarding kennel ("hunddagiset", "kattpensionatet"), and any "-avdelningen",
"-disken", "-baren", "-verkstaden", "-servicen", "-salongen", "-studion", "-mottagningen" or
"-ateljén" ("djuravdelningen", "apoteksdisken", "glassbaren", "cykelverkstaden",
"nyckelservicen", "nagelsalongen") — except the shelves
and desks every store has (kyl, frys, kassa, mejeri, kolonial, kundservice, information) and
the heated counter ("värmedisken", "varmdisken") a grocery keeps its grilled chickens in: a
fixture like a cooler, not a trade.
Such a name is kept as the customer said it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from kundrost.adapters.offline.department_heads import (
    MIN_MODIFIER,
    heads_of,
    modifier_names,
    section_of,
    service_place,
    trade_corner,
)
from kundrost.adapters.offline.patterns import WordPatterns, listed
from kundrost.adapters.offline.swedish import VOWELS, Vocabulary
from kundrost.adapters.offline.trade_things import TradeWords
from kundrost.domain.business_context import Department

_SPECIALTY: WordPatterns[str] = WordPatterns.of(
    {
        "Fiskdisken": "fiskdisk fiskavdelning fiskbutik* fiskhandl*",
        "Köttdisken": "köttdisk charkdisk charkuteri* köttavdelning slakteri*",
        "Ostdisken": "ostdisk ostavdelning",
        "Delikatessdisken": "delikatessen delikatessdisk deli delin",
        "Bageriet": "bageri bageriet bagerier* bageriavdelning* *bageri *bageriet konditori*",
        "Apoteket": "apotek apoteket apoteksombud*",
        "Kaféet": "kafé kaféet kafét café caféet cafét kafeteria* fik fiket",
        "Restaurangen": "restaurang* lunchrestaurang* *restaurangen",
        "Salladsbaren": "salladsbar",
        "Sushibaren": "sushibar",
        "Blomsteravdelningen": "blomsterdisk blomsterhandel* blomsterbutik*",
        "Postombudet": "postombud* paketombud* paketutlämning* postutlämning*",
        "Optikern": "optiker*",
        "Verkstaden": "verkstad verkstaden verkstan verkstäder*",
        "Skomakeriet": "skomakeri* klackbar*",
        "Nyckelservicen": "nyckelservice* nyckelkopiering*",
        "Urmakeriet": "urmakeri*",
        "Fotoavdelningen": "fotoateljé* fotobutik* framkallning*",
        "Uthyrningen": "uthyrning* maskinuthyrning* *uthyrningen",
        "Tvätten": "biltvätt* *tvätten tvätthall*",
        "Lekrummet": "lekrum* lekhörn* lekland* bollhav*",
        "Blomsterhandeln": "blomsterhandlare* blomsterhandlaren florist*",
        "Frisören": "frisör frisören frisörsalong* hårsalong* barberare*",
        "Kemtvätten": "kemtvätt*",
        "Skräddaren": "skräddare* skrädderi*",
        "Banken": "bankkontor* banken",
        "Pizzerian": "pizzeria pizzerian pizzerior*",
        "Gymmet": "gymmet gymmets gymlokal* *gymmet",
        "Vårdcentralen": "vårdcentral* tandläkar* läkarmottagning*",
        "Hundpensionatet": "hundpensionat* kattpensionat* djurpensionat* hunddagis* "
        "hundhotell* katthotell* djurhotell*",
    }
)
_HEADS = (
    "avdelningen", "avdelningarna", "avdelning", "disken", "diskarna", "baren", "barerna",
    "verkstaden", "verkstan", "verkstad", "servicen", "salongen", "salong", "studion", "studio",
    "mottagningen", "mottagning", "ateljén", "ateljé",
)  # fmt: skip
_EVERY_STORE = (
    "kyl", "frys", "värme", "varm", "kassa", "kass", "mejeri", "torrvaru", "kolonial", "kund",
    "hem", "själv", "info", "service", "varu",
)  # fmt: skip
_SERVICE_WORDS = (
    "verkst", "studio", "salong", "mottagning", "ateljé", "service", "reparation", "lagning",
    "tjänst",
)  # fmt: skip
"""Words of a department that is itself a service place: a workshop compound may be named by
its modifier there ("cykelverkstaden" at a store listing "Cykelservice")."""
_GENERIC = listed(
    """disk disken diskar avdelning avdelningen avdelningar hylla hyllan hyllor kyl kylen
    bar baren del delen sida sidan dagens"""
)
_STOP = listed("och & and the of för med av i på till en ett samt")
_ROLES: WordPatterns[str] = WordPatterns.of(
    {"kassa": "kassör kassören kassörer* kassörska*", "bageri": "bagare bagaren bagarna"}
)
"""Staff named by their work name the department they work in, when the store lists it:
"kassörskan" works at the till, "bagaren" in the bakery; a maker ("urmakaren") works in the
workshop of the craft ("urmakeriet")."""
_SERVICE_FORMS = ("ning", "ade", "at", "as", "a")
_WORKS = ("ning", "ering")
_MAKERS = ("makaren", "makarna", "makare")


@lru_cache(maxsize=65_536)
def specialty(token: str) -> str | None:
    """The name of a specialised department `token` names, if it names one."""
    for head in _HEADS:
        if token.endswith(head):
            modifier = token[: -len(head)]
            if len(modifier) >= 3 and not modifier.startswith(_EVERY_STORE):
                return token.capitalize()
            break
    found = _SPECIALTY.lookup(token) or trade_corner(token, _SPECIALTY.lookup)
    if found is None and token.endswith(_MAKERS):
        found = _SPECIALTY.lookup(_workshop(token))
    return found


def _workshop(token: str) -> str:
    """The workshop a maker keeps: "urmakaren" keeps an "urmakeri", "skomakaren" a
    "skomakeri"; any other word is itself."""
    for maker in _MAKERS:
        if token.endswith(maker):
            return token[: -len(maker)] + "makeri"
    return token


def _terms(name: str) -> list[str]:
    """The words of a department name or alias that can name it on their own; a service
    also by its verb and noun ("kapservicen" → "kapade", "kapningen")."""
    words = [w.strip(".,-") for w in name.casefold().replace("&", " ").replace("/", " ").split()]
    words = [w for w in words if w not in _STOP and len(w) >= 2]
    if len(words) > 1:
        words = [w for w in words if w not in _GENERIC]
    for word in list(words):
        stem = word.split("service")[0] if "service" in word else ""
        if len(stem) >= 3:
            words += [stem + ending for ending in _SERVICE_FORMS]
    return words


class StoreDepartments:
    """A store's departments as its customers name them."""

    def __init__(self, departments: Sequence[Department]) -> None:
        self.listed = bool(departments)
        self._words: dict[str, tuple[str | None, bool, str | None]] = {}
        self._named: dict[str, str | None] = {}
        self.memo: dict[str, tuple[Any, ...]] = {}
        """Whatever a reader of this store's calls remembers per word (see `evidence`)."""
        self.trade = TradeWords(
            (alias for department in departments for alias in department.aliases),
            (department.name for department in departments),
        )
        """The store's own words for its things (`trade_things`)."""
        entries = [
            (term, department.name)
            for department in departments
            for name in department.names()
            for term in _terms(name)
        ]
        self._names: Vocabulary[str] = Vocabulary(entries)
        self._terms = tuple(term for term, _ in entries)
        self._heads = heads_of(entries)
        self._service_terms = tuple(
            (term, name) for term, name in entries if any(word in term for word in _SERVICE_WORDS)
        )
        self._services = frozenset(name for _, name in self._service_terms)

    def named(self, token: str) -> str | None:
        """The department `token` names; spoken "verkstan" is "verkstaden", as "stan" is
        "staden"."""
        try:
            return self._named[token]
        except KeyError:
            pass
        found = None
        if self.listed:
            work = _ROLES.lookup(token)
            found = self._by_head(_workshop(token) if work is None else work)
        if len(self._named) > 50_000:
            self._named.clear()
        self._named[token] = found
        return found

    def _by_head(self, token: str) -> str | None:
        """The department a word names, read by its compound head (see `department_heads`): a
        service place by its head, or by a listed service its modifier begins
        ("cykelverkstaden" of "Cykelservice"), or, when its modifier names goods the store
        sells, by the store's own service ("mopedverkstaden" of "Reparationer" at a store
        selling "Mopeder"); a section by its modifier."""
        found = self._lookup(token)
        place = service_place(token)
        if place is not None and found not in self._services and not self._names.exactly(token):
            modifier = token[: -len(place)]
            of_goods = found is not None
            found = (
                self._lookup(place)
                or next(
                    (name for term, name in self._service_terms if term.startswith(modifier)),
                    None,
                )
                or self._work_of(modifier)
            )
            if found is None and of_goods and self._service_terms:
                found = self._service_terms[0][1]
        if found is None:
            found = section_of(token, self._lookup, self._terms)
        return found

    def of_goods(self, modifier: str) -> str | None:
        """The department whose goods a compound's modifier names or heads: "väsk" of
        "handväskor", "lösgodis" of "Godis" (not "rese" of "reservdelarna")."""
        if not self.listed:
            return None
        return modifier_names(modifier, self._lookup, self._terms, begun=False)

    def _work_of(self, modifier: str) -> str | None:
        """A listed department that is a work, named by a verbal noun ("Inramning",
        "Montering"), whose goods the modifier of a workshop names: "ramverkstaden" is where
        the store's "Inramning" frames "ramarna"."""
        for stem in (modifier, modifier[:-1]) if modifier.endswith("s") else (modifier,):
            found = self._names.lookup(stem) if len(stem) >= MIN_MODIFIER else None
            if found is not None and found.casefold().endswith(_WORKS):
                return found
        return None

    def _lookup(self, token: str) -> str | None:
        """The department of `token`; spoken "verkstan" is "verkstaden", and a bare form
        whose definite doubles its last consonant is that definite: "ert väntrum" is the
        alias "väntrummet"."""
        found = self._names.lookup(token)
        if found is None and token.endswith("an") and len(token) >= 6:
            found = self._names.lookup(token[:-1] + "den")
        if found is None and len(token) >= 5 and token[-1] in "mn" and token[-2] in VOWELS:
            doubled = token + token[-1]
            found = self._names.lookup(doubled + "et") or self._names.lookup(doubled + "en")
        return self._heads.get(token) if found is None else found

    def word(self, token: str) -> tuple[str | None, bool, str | None]:
        """What one word is to this store, remembered: the department it names, whether it is
        one of the department's own names (`is_name`), and the unlisted specialised
        department it names, if it names none of the store's."""
        found = self._words.get(token)
        if found is None:
            name = self.named(token)
            special = specialty(token) if name is None else None
            found = (name, self.is_name(token), special)
            if len(self._words) > 50_000:
                self._words.clear()
            self._words[token] = found
        return found

    def is_name(self, token: str) -> bool:
        """Whether the word is one of the store's names for a department ("bageriet",
        "frukten"), not a compound that only ends in one ("surdegsbrödet")."""
        return self.listed and self._names.exactly(token)

    def mentioned(self, tokens: Iterable[str]) -> tuple[list[str], list[str]]:
        """The store's departments named, and unlisted specialised departments named."""
        known: dict[str, None] = {}
        unknown: dict[str, None] = {}
        for token in tokens:
            name = self.named(token)
            if name is not None:
                known.setdefault(name)
                continue
            other = specialty(token)
            if other is not None:
                unknown.setdefault(other)
        return list(known), list(unknown)


@lru_cache(maxsize=256)
def store_departments(departments: tuple[Department, ...]) -> StoreDepartments:
    """One matcher per department list, reused across the store's calls."""
    return StoreDepartments(departments)
