"""Subjects: who or what a clause's verbs are said of, as a kind of thing.

Each word that can be a subject has a kind: a person ("jag", "personalen", "barnen", a
capitalised name), a device that shows or says things (signs, screens, apps, receipts,
machines, card readers, the till), a store department ("bageriet"), the queue, or a thing
(a product, a tool, a piece of furniture or a fixture, "den", a store's word in the plural
such as "kängorna" of a department "Skor", a compound whose head is a product,
"vaniljglassen"). A word outside these lists that looks
like a definite noun ("musiken", "telefonen") is a subject of no known kind.

A verb's subject is the word right before it ("osten sjöng"), the word before "som" ("osten
som sjöng"), the word after a finite verb that comes first ("sen sjöng osten"), or else the
last subject said — never a word after a preposition or the object of a verb like "köpte"
or "tog". "åt" is the verb "ate" unless it follows an object and comes before a pronoun, where
it is the preposition "for" (`ate`: "rullade ut femtio mattor åt oss").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.lexicon import polarity
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.swedish import Vocabulary, definite_noun
from kundrost.adapters.offline.topics import TOPIC_WORDS

PERSON, DEVICE, DEPARTMENT, QUEUE, THING = "person", "device", "department", "queue", "thing"
GOODS_ENDINGS = ("orna", "arna", "erna", "or", "ar", "er")
"""A store's word in the plural names its goods, not the place: "kängorna", "jackor"."""
PLURAL_ENDINGS = (*GOODS_ENDINGS, "na")
"""How a plural noun ends, what a pronoun "de" may point back at ("limporna", "äpplena")."""
_PREPOSITIONS = listed(
    "i på vid från till med av för om under över bakom bredvid mot hos efter genom ur åt"
)
_TAKES_OBJECT = listed(
    """köpte köper köpa tog tar ta hittade hittar plockade plockar valde väljer åt äter drack
    dricker beställde beställer fick får lade la lägger ställde ställer betalade betalar
    provade provar smakade smakar hämtade hämtar bar bär lyfte vägde scannade skannade
    packade lämnade gav ger gillade gillar älskade älskar ha sålde säljer"""
)
_BUYING = listed("köpte köpt hämtade fick beställde valde hittade")
"""Verbs of a relative clause whose head is a thing the customer got ("vasen jag köpte")."""
_OBJECT_ENDS = listed("och som att men när så eftersom för då sen")
_PEOPLE = listed(
    """jag du han hon vi ni man dom de någon ingen alla folk kunden kunderna mig dig oss
    honom henne dem barnen barn barnet ungarna pojken flickan gubben gubbe tanten mannen
    kvinnan folket sambon frun maken mamma pappa dottern sonen kompisen vännen grannen
    gästerna gäster pensionärerna ungdomarna mekanikern allihop kollega kollegan kollegor
    kollegorna kompis kompisar kompisarna väninnan vänner vännerna sambo partnern pojkvännen
    flickvännen svågern svägerskan svärmor svärfar svärdottern svärsonen kusin kusinen
    brorsan syrran morsan farsan gumman hustrun frugan barnbarn barnbarnet barnbarnen mormor
    morfar farmor farfar moster faster morbror farbror grannarna grannfrun chefen"""
)
"""People by pronoun, kin, company or role: a subject of their kind, so "Mormor betalade
kakan" is a grandmother paying, never the cake paying."""
_QUEUES = listed("kö kön köer köerna")
_DEVICES: Vocabulary[str] = Vocabulary(
    (word, DEVICE)
    for word in listed(
        """skylt lapp app skärm display kvitto etikett prislapp hemsida termometer maskin
        automat kortläsare terminal skanner scanner högtalare radio larm dator kassaapparat
        kassa bryggare laddare laddstolpe laddbox bok kokbok receptbok böcker broschyr tidning
        katalog meny bruksanvisning"""
    )
)
_THINGS = listed(
    """den stol stolen stolar stolarna bord bordet borden sko skor skorna skon lampa lampan
    vagn vagnen vagnar vagnarna kundvagn kundvagnen hylla hyllan hyllor hyllorna sten stenar
    stenarna dörr dörren dörrarna vägg väggen väggar väggarna golv golvet tak taket fönster
    fönstret ram ramen ramar ramarna tavla tavlan tavlor tavlorna kägla käglan käglor
    käglorna däck däcket däcken"""
)
"""Furniture, fixtures and parts of things; instruments and boats are left out, since they
sing and dance in idiom ("gitarren sjöng", "båten dansade på vågorna")."""
_HEAD = 5
"""The least length of a compound's head read as its kind: "vaniljglassen" of "glassen"."""
_PRONOUNS = listed("vilken vilket inget")
"""Pronouns spelt like definite nouns: "viskade vilken gård de kom ifrån"."""
_NAME = re.compile(r"(?<=\s)[A-ZÅÄÖ][a-zåäöé]+")


def capitalised_names(text: str) -> frozenset[str]:
    """Words capitalised inside `text` (not its first), casefolded: names of people and pets,
    which are no things whatever they do ("sa Sigge")."""
    return frozenset(word.casefold() for word in _NAME.findall(text))


@lru_cache(maxsize=65_536)
def kind_of_word(token: str) -> str | None:
    """A word's kind whatever the store, or None."""
    if token in _PEOPLE or TOPIC_WORDS.lookup(token) == "staff":
        return PERSON
    if token in _QUEUES or (token.endswith("kön") and len(token) > 5):
        return QUEUE
    if _DEVICES.lookup(token):
        return DEVICE
    if token in _THINGS or PRODUCT_WORDS.lookup(token) or _compound_food(token):
        return THING
    return None


_FOODS = frozenset(
    {
        "Bröd och bakverk", "Fisk och skaldjur", "Frukt och grönt", "Frysvaror",
        "Godis och snacks", "Kaffe och dryck", "Kött och chark", "Lunch och färdigmat",
        "Mejeri och ägg", "Skafferivaror",
    }
)  # fmt: skip
"""Food only: a compound of a toy or a tool ("babydockan grät", "leksaksroboten pratade") may
be made to do what it does."""


def _compound_food(token: str) -> str | None:
    """The food group of a compound's head: "vaniljglassen", "kanelbullen"."""
    return next(
        (
            head
            for start in range(2, len(token) - _HEAD + 1)
            if (head := PRODUCT_WORDS.lookup(token[start:])) in _FOODS
        ),
        None,
    )


def food_group(token: str) -> str | None:
    """The food group a word or its compound's head names ("nötterna", "kanelbullen"), or
    None, goods that are no food included."""
    group = PRODUCT_WORDS.lookup(token)
    return group if group in _FOODS else _compound_food(token)


@lru_cache(maxsize=65_536)
def unknown_noun(token: str) -> bool:
    """A definite noun outside every list: a subject, but of no known kind ("vilken", "inget"
    only look like one)."""
    return definite_noun(token) and not polarity(token) and token not in _PRONOUNS


_OBJECT_PRONOUNS = listed("mig dig oss er honom henne dem dom")
_VERB_PLACE = listed("jag vi du ni han hon de dom man och sen så då")
"""Words after which "åt" stands where a verb stands: its subject, or "och"/"sen" going on."""


def ate(tokens: tuple[str, ...], index: int) -> bool:
    """Whether "åt" at `index` is the verb "ate", not the preposition "for": after an object
    and before a pronoun it is the preposition ("rullade ut femtio mattor åt oss"); first or
    second in its clause, last, or after a subject or "och" it is the verb ("barnen åt dem",
    "vi åt oss mätta", "och åt dem allihop")."""
    return not (
        1 < index < len(tokens) - 1
        and tokens[index + 1] in _OBJECT_PRONOUNS
        and tokens[index - 1] not in _VERB_PLACE
    )


_CONJOINING = frozenset({"och", "men", "eller"})


class Subjects:
    """The kinds of a clause's words, and which of them may be a subject."""

    def __init__(
        self,
        tokens: tuple[str, ...],
        text: str,
        store: StoreDepartments,
        goods: Callable[[str], bool] = lambda token: False,
    ) -> None:
        names = capitalised_names(text)
        self.tokens = tokens
        self.kinds: list[str | None] = []
        self._subject: list[bool] = []
        expect_object = False
        measure = -2
        """Where a counted object was said ("ett paket", "två kilo"): a noun right after it
        is what it measures or holds ("köpte ett paket kaffe", "ett flak ägg"), part of the
        object, not a subject."""
        self.relative_heads: frozenset[int] = frozenset()
        """Nouns a relative clause of buying hangs on ("Vasen jag köpte kände igen mig"):
        the subject of the verb after it, not the "jag" inside it (`_inside`)."""
        self._inside: frozenset[int] = frozenset()
        if not _BUYING.isdisjoint(tokens):
            self._relative(tokens)
        for index, token in enumerate(tokens):
            kind = kind_of_word(token)
            if kind is None and store.named(token):
                kind = THING if token.endswith(GOODS_ENDINGS) else DEPARTMENT
            if kind is None and token in names:
                kind = PERSON
            if kind is None and goods(token):
                kind = THING
            noun = kind is not None or unknown_noun(token)
            after_preposition = index > 0 and tokens[index - 1] in _PREPOSITIONS
            self.kinds.append(kind)
            measured = noun and index - 1 == measure
            self._subject.append(
                noun
                and not after_preposition
                and not expect_object
                and not measured
                and not self._object(index)
            )
            counted = index > 0 and (
                tokens[index - 1] in ("en", "ett", "par")
                or word_value(tokens[index - 1]) is not None
            )
            measure = index if expect_object and noun and counted else -2
            if token in _TAKES_OBJECT:
                expect_object = True
            elif noun or token in _OBJECT_ENDS:
                expect_object = False

    def _object(self, index: int) -> bool:
        """A noun right after a past verb in "-ade" that follows its subject is the verb's
        object: in "Montörerna skyddade golvet och städade", "golvet" is what they
        protected, not who cleaned ("sen sjöng osten" puts the subject after the verb)."""
        return index >= 2 and self.tokens[index - 1].endswith("ade") and self._subject[index - 2]

    def _relative(self, tokens: tuple[str, ...]) -> None:
        heads, inside = set(), set()
        for index, token in enumerate(tokens):
            if token in _BUYING and index >= 2 and tokens[index - 1] in ("jag", "vi"):
                at = index - 2 - (tokens[index - 2] == "som")
                if at >= 0 and definite_noun(tokens[at]) and tokens[at] not in _PEOPLE:
                    heads.add(at)
                    inside.add(index - 1)
        self.relative_heads, self._inside = frozenset(heads), frozenset(inside)

    def last(self, index: int) -> str | None:
        """The kind of the last subject said before `index`."""
        at = self._last_at(index)
        return None if at is None else self.kinds[at]

    def _last_at(self, index: int) -> int | None:
        return next(
            (i for i in range(index - 1, -1, -1) if self._subject[i] and i not in self._inside),
            None,
        )

    def of_verb(self, index: int, finite: bool) -> str | None:
        """The kind of the subject of the verb at `index` (module doc)."""
        at = self.subject_of(index, finite)
        return None if at is None else self.kinds[at]

    def subject_of(self, index: int, finite: bool) -> int | None:
        """Where the subject of the verb at `index` was said (module doc), or None."""
        tokens, kinds = self.tokens, self.kinds
        before = index - 1
        if index and self._subject[before]:
            return before
        relative = index > 1 and tokens[before] == "som"
        if relative and (kinds[before - 1] is not None or self._subject[before - 1]):
            return before - 1
        after = index + 1
        # A verb right after "och" shares the subject before ("jag tog ut pengar och betalade
        # glassarna"): the noun after it is its object, not an inverted subject.
        shared = index and tokens[before] in _CONJOINING and self._last_at(index) is not None
        if (
            finite
            and not shared
            and after < len(tokens)
            and (kinds[after] or unknown_noun(tokens[after]))
        ):
            return after
        return self._last_at(index)
