"""Redaction: a customer's personal data and the people they name are replaced by marks
before words are kept (`redact`): personal identity numbers by "[personnummer]"
(`identity_redaction`), card and bank account numbers by "[kortnummer]" and
"[kontonummer]" (`account_redaction`), phone numbers and e-mail addresses by "[telefon]"
and "[e-post]" (`contact_redaction`), a home's street address by "[adress]"
(`address_redaction`), and names by "[namn]" (`redact_names`, the rules below).

A customer who says "kassören Pelle var otrevlig" speaks about Pelle, who never agreed to be
quoted to his employer for 90 days. So every text kept from a call (summaries, quotes,
actionable items, theme labels) has the names of people in it replaced first:
"kassören [namn] var otrevlig". A word is taken for a name when

1. it is a common Swedish first name or nickname (`person_names.FIRST_NAMES`, `NICKNAMES`),
   in any case and position, also in the genitive ("Annas" → "[namn]s") and in a double
   name ("Anna-Karin");
2. it is a name that is also an ordinary word (`AMBIGUOUS_NAMES`: "Stig", "Björn", "Klara",
   "Hans", "Inga", "Ville", "Oliver", "Klas") and is capitalised inside a sentence, where an
   ordinary word would not be, or has a surname after it ("inga lindqvist"), or opens a
   sentence placed at a part of the store ("Inga i kassan var snäll", but "Inga problem");
3. it is a surname: it ends in "-sson", the commonest Swedish surnames, and is capitalised;
   or, in lower case after a name or a word for a person, it ends in "-sson", "-berg",
   "-gren", "-ström", "-qvist", "-lund", "-holm" or is one of `SURNAMES` ("lind"):
   "erik svensson", "grannen karlssons", "jag heter anna lind";
4. it follows a word for a person or a title ("kassören", "grannen", "fru", or a word for
   kin after a possessive: "min man", "hennes son") and is capitalised or a listed name
   ("grannen Zlatan", "fru Lind", "min man per"), but not a possessive ("chefen hans") nor a
   name that is also that person's verb unless a verb follows ("min fru ville betala", but
   "min son ville var med"); or it stands, lower case, between a role
   word not led by a possessive and its verb (`TOLD_VERBS`), and is no adverb, role word or
   past-tense verb: "kassören zlatan var snäll" (but "personalen överlag var", "personalen
   förklarade var man köper", "min kompis hund är");
5. it follows a naming verb ("hon som heter", "kallas", "vi kallar honom", "mitt namn är"),
   skipping fillers like "typ", and is not a function word: "hon heter typ Zlatan" (but
   "vad hon heter men", "mitt namn är inte viktigt", "det hette nåt gott", and a group naming
   itself: "dom kallade sig Mandelmassan");
6. it is capitalised and follows a name directly, or after "och": a surname ("Anna
   Svensson" → one "[namn]"), or the next of several people ("Anna och Zlatan").

Whatever the rules above, a name right after "i" or "utanför" is a place ("Coop i
Nora"; its genitive stays a person's: "i Annas kassa"), and a variety named like a person in
a text that names its kind is the variety ("äpplena … Ingrid Marie", `person_names.VARIETIES`).

A name that is otherwise only a verb ("Ville", "Bo", "Tina") opening a sentence before a
finite verb is a name ("Ville var snäll"), and so is a word right after a name spelled with
a letter Swedish words do not use ("hon heter zlatan ibrahimović").

Limits, by design: a name neither listed nor cued nor capitalised mid-sentence is kept
("zlatan var snäll", "grannen zlatan lind", "min man zlatan tyckte", "Zlatan var snäll"
at the start of a sentence); an ambiguous name at the start of a sentence is kept when it
is also an ordinary word ("Klara var snäll", "Inga var snälla"); a listed
name that is the name of a place or product is redacted too ("Maria torget", "Det är Nora
som borde skärpa sig", "från Nora"), the safe mistake, while a person called like a
variety in a text about its fruit is kept. Redacting is idempotent: "[namn]" is never
redacted again, nor a word of any other mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.domain.account_redaction import redact_accounts
from kundrost.domain.address_redaction import redact_addresses
from kundrost.domain.contact_redaction import redact_contacts
from kundrost.domain.identity_redaction import redact_identities
from kundrost.domain.person_names import (
    AMBIGUOUS_NAMES,
    FIRST_NAMES,
    FUNCTION_WORDS,
    GROUP_SUBJECTS,
    KIN_WORDS,
    NAMING_FILLERS,
    NAMING_VERBS,
    NICKNAMES,
    OPENING_VERB_NAMES,
    PLACE_PREPOSITIONS,
    PLACED_AT,
    POSSESSIVES,
    ROLE_CUES,
    SENTENCE_ADVERBS,
    SURNAME_ENDINGS,
    SURNAMES,
    TOLD_VERBS,
    VARIETIES,
    VERB_NAMES,
)

NAME_MARK = "[namn]"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PLAIN_GAP = re.compile(r"[\s,]*")
_SENTENCE_GAP = re.compile(r".*[.!?…:\n\"“”«»]", re.DOTALL)
_NAMES = FIRST_NAMES | NICKNAMES
_NEVER_NAMED = FUNCTION_WORDS | NAMING_FILLERS
_NEVER_TOLD = _NEVER_NAMED | SENTENCE_ADVERBS | TOLD_VERBS | ROLE_CUES | KIN_WORDS
_NOT_NAME_ENDINGS = ("aren", "ören", "orn", "erskan", "arna", "erna", "ade", "de", "te")
"""A person's word in apposition ("personalen bagarna var") or a verb in the past
("personalen förklarade var man köper") is no name."""
_FOREIGN_LETTER = re.compile(r"[^a-zåäöéü-]")
"""A letter Swedish words do not spell with ("ć", "š", "ł", "ø"): a word right after a name
that holds one is the surname ("zlatan ibrahimović")."""
_CUES = ROLE_CUES | NAMING_VERBS
_NAME_WORD = frozenset({"namn"})
_POSSESSED = KIN_WORDS | _NAME_WORD
_SURNAME_ENDING = "sson"
_DEFINITE_ENDINGS = ("en", "an", "et", "n")
_NOT_A_NAME, _NAME, _GENITIVE = 0, 1, 2


def _surname_itself(word: str) -> bool:
    return word in SURNAMES or _surname_by_ending(word)


def _surname(word: str) -> int:
    """Whether the casefolded word is a surname ("karlsson", "lindqvist", "lind"), or its
    genitive ("karlssons")."""
    if _surname_itself(word):
        return _NAME
    return _GENITIVE if word.endswith("s") and _surname_itself(word[:-1]) else _NOT_A_NAME


def _surname_by_ending(word: str) -> bool:
    return any(word.endswith(end) and len(word) > len(end) + 1 for end in SURNAME_ENDINGS)


def _listed(word: str, names: frozenset[str]) -> int:
    """Whether the casefolded word is one of `names`, as itself or in the genitive."""
    parts = word.split("-")
    if any(part in names for part in parts):
        return _NAME
    if word.endswith("s") and word[:-1] in names:
        return _GENITIVE
    return _NOT_A_NAME


class _Reading:
    def __init__(self, text: str) -> None:
        self.text = text
        self.words: Sequence[re.Match[str]] = list(_WORD.finditer(text))
        self.folded = [match.group().casefold() for match in self.words]
        self.kinds = [_NOT_A_NAME] * len(self.words)
        self.varieties = self._varieties()

    def _varieties(self) -> frozenset[int]:
        """The words of a variety named like a person ("Ingrid Marie") in a text that names
        its kind ("äpplena")."""
        found: set[int] = set()
        for variety, kinds in VARIETIES.items():
            if not any(word.startswith(kinds) for word in self.folded):
                continue
            for start in range(len(self.words) - len(variety) + 1):
                span = range(start, start + len(variety))
                if tuple(self.folded[n] for n in span) == variety and all(
                    self.gap(n).isspace() for n in span[1:]
                ):
                    found.update(span)
        return frozenset(found)

    def gap(self, index: int) -> str:
        """The text between word `index - 1` and word `index` (from the start for 0)."""
        start = self.words[index - 1].end() if index else 0
        return self.text[start : self.words[index].start()]

    def starts_sentence(self, index: int) -> bool:
        return index == 0 or _SENTENCE_GAP.match(self.gap(index)) is not None

    def joined(self, index: int) -> bool:
        """Word `index` follows the previous one in the same phrase (spaces, commas)."""
        return index > 0 and _PLAIN_GAP.fullmatch(self.gap(index)) is not None

    def capitalised_inside(self, index: int) -> bool:
        return self.words[index].group()[0].isupper() and not self.starts_sentence(index)

    def already_marked(self, index: int) -> bool:
        match = self.words[index]
        return self.folded[index] == "namn" and self.text[max(match.start() - 1, 0)] == "["

    def possessed(self, index: int, words: frozenset[str]) -> bool:
        """Word `index` is one of `words` after a possessive: "min man", "mitt namn"."""
        return (
            self.folded[index] in words
            and self.joined(index)
            and self.folded[index - 1] in POSSESSIVES
            and not self.already_marked(index)
        )

    def cue(self, index: int) -> bool:
        """Word `index` is a person's word: "kassören", "grannen", "min man"."""
        return self.folded[index] in ROLE_CUES or self.possessed(index, KIN_WORDS)

    def naming(self, index: int) -> bool:
        """Word `index` is a naming verb, or "är"/"var" after "mitt namn" and the like."""
        if self.folded[index] in NAMING_VERBS:
            return True
        return (
            self.folded[index] in ("är", "var")
            and self.joined(index)
            and self.possessed(index - 1, _NAME_WORD)
        )

    def named_by_verb(self, index: int) -> bool:
        before = index - 1
        while before >= 0 and self.folded[before] in NAMING_FILLERS and self.joined(before + 1):
            before -= 1
        return (
            before >= 0
            and self.naming(before)
            and all(self.joined(n) for n in range(before + 1, index + 1))
            and self.folded[index] not in _NEVER_NAMED
            and not self.group_named(before, index)
        )

    def group_named(self, verb: int, index: int) -> bool:
        """A group names itself between `verb` and `index`: "dom kallade sig Mandelmassan"."""
        return (
            verb > 0
            and self.folded[verb - 1] in GROUP_SUBJECTS
            and "sig" in self.folded[verb + 1 : index]
        )

    def placed(self, index: int) -> bool:
        """Word `index` is placed at a part of the store: "Inga i kassan", "vid disken"."""
        at, place = index + 1, index + 2
        return (
            place < len(self.words)
            and self.folded[at] in PLACED_AT
            and self.gap(at).isspace()
            and self.gap(place).isspace()
            and self.folded[place].endswith(_DEFINITE_ENDINGS)
        )

    def opens_before_verb(self, index: int) -> bool:
        """Word `index` is a name that is otherwise a verb, capitalised at the start of a
        sentence, with a finite verb after it: "Ville var snäll"."""
        after = index + 1
        return (
            self.folded[index] in OPENING_VERB_NAMES
            and self.words[index].group()[0].isupper()
            and self.starts_sentence(index)
            and after < len(self.words)
            and self.gap(after).isspace()
            and self.folded[after] in TOLD_VERBS
        )

    def before_surname(self, index: int) -> bool:
        """Word `index` has a surname after it: "inga lindqvist", "Ville Karlsson"."""
        after = index + 1
        if after >= len(self.words) or not self.gap(after).isspace():
            return False
        word = self.folded[after]
        capital = self.words[after].group()[0].isupper()
        return _surname_by_ending(word) or (capital and word in SURNAMES)

    def in_place(self, index: int) -> bool:
        """Word `index` names a place: it follows "i" or "utanför" ("Coop i Nora")."""
        return self.gap(index).isspace() and self.folded[index - 1] in PLACE_PREPOSITIONS

    def told(self, index: int) -> bool:
        """Word `index` stands between a person's word (not one after a possessive: "min
        kompis hund är") and its verb, with nothing but spaces: "kassören zlatan var"."""
        after, word = index + 1, self.folded[index]
        return (
            index > 0
            and after < len(self.words)
            and self.folded[index - 1] in ROLE_CUES
            and (index < 2 or self.folded[index - 2] not in POSSESSIVES)
            and self.folded[after] in TOLD_VERBS
            and self.gap(index).isspace()
            and self.gap(after).isspace()
            and word not in _NEVER_TOLD
            and not word.endswith(_NOT_NAME_ENDINGS)
        )

    def cued_ambiguous(self, index: int) -> bool:
        """A lower-case ambiguous word after a person's word is that person's name, unless
        it is a possessive ("chefen hans") or the person's verb ("min fru ville betala")."""
        word, after = self.folded[index], index + 1
        if word in POSSESSIVES:
            return False
        return word not in VERB_NAMES or (
            after < len(self.words)
            and self.gap(after).isspace()
            and self.folded[after] in TOLD_VERBS
        )

    def follows_name(self, index: int) -> bool:
        if not self.capitalised_inside(index) or not self.joined(index):
            return False
        if self.kinds[index - 1] != _NOT_A_NAME:
            return True
        return (
            index >= 2
            and self.folded[index - 1] == "och"
            and self.joined(index - 1)
            and self.kinds[index - 2] != _NOT_A_NAME
        )

    def kind(self, index: int) -> int:
        kind = self._kind(index)
        if kind == _NAME and index and self.in_place(index):
            return _NOT_A_NAME
        return kind

    def _kind(self, index: int) -> int:
        word = self.folded[index]
        if self.already_marked(index) or index in self.varieties:
            return _NOT_A_NAME
        listed = _listed(word, _NAMES)
        if listed:
            return listed
        ambiguous = _listed(word, AMBIGUOUS_NAMES)
        capitalised = self.capitalised_inside(index)
        if ambiguous and (capitalised or self.before_surname(index)):
            return ambiguous
        if ambiguous and self.words[index].group()[0].isupper() and self.placed(index):
            return ambiguous
        if ambiguous and self.opens_before_verb(index):
            return ambiguous
        if self.words[index].group()[0].isupper() and word.endswith(_SURNAME_ENDING):
            return _NAME if len(word) > len(_SURNAME_ENDING) + 1 else _NOT_A_NAME
        cued = self.joined(index) and self.cue(index - 1)
        if cued and capitalised:
            return ambiguous or (_GENITIVE if _surname(word) == _GENITIVE else _NAME)
        if cued and ambiguous and self.cued_ambiguous(index):
            return ambiguous
        if self.told(index):
            return _NAME
        if self.named_by_verb(index) or self.follows_name(index):
            return _NAME
        after_name = self.joined(index) and self.kinds[index - 1] != _NOT_A_NAME
        if after_name and _FOREIGN_LETTER.search(word):
            return _NAME
        return _surname(word) if cued or after_name else _NOT_A_NAME


def _plainly_nameless(text: str) -> bool:
    """No rule above can find a name: no listed or ambiguous name, no cue (a person's word,
    a title or a naming verb) and no capital but the first word's (not a "-sson"). Most
    quotes are so, and this is cheaper than reading them word by word."""
    previous = ""
    for index, word in enumerate(_WORD.findall(text)):
        folded = word.casefold()
        if folded in _CUES or _listed(folded, _NAMES) or _listed(folded, AMBIGUOUS_NAMES):
            return False
        if word[0].isupper() and (index or folded.endswith(_SURNAME_ENDING)):
            return False
        if folded in _POSSESSED and previous in POSSESSIVES:
            return False
        previous = folded
    return True


REDACTION_RULES = 3
"""The version of what `redact` does. Words kept under this version are shown as kept
(`redact` is idempotent, so redacting them again changes nothing, and it is a weekly run's
largest cost); words kept under an earlier version, or none, are redacted again before they
are shown. Raise it whenever `redact` leaves less of a text than it did
(tests/unit/test_redaction_rules.py pins what it does)."""


def redact(text: str) -> str:
    """`text` with its numbers redacted first, the longest shapes before the phone numbers
    they could hold a part of ("050412-1234" is a personnummer, not a phone number), then
    e-mail and street addresses, then names: so an e-mail address is redacted whole, never
    its local part as a name ("[namn].anka@example.se"). Each mark is kept as it is when
    redacted again: none holds a digit, an "@" or a name."""
    for step in (redact_identities, redact_accounts, redact_contacts, redact_addresses):
        text = step(text)
    return redact_names(text)


def redact_names(text: str) -> str:
    """`text` with every name of a person (rules above) replaced by "[namn]"; a run of names
    ("Anna Svensson") becomes one mark, a genitive keeps its "s" ("[namn]s")."""
    if _plainly_nameless(text):
        return text
    return _redacted(text)


def _redacted(text: str) -> str:
    reading = _Reading(text)
    for index in range(len(reading.words)):
        reading.kinds[index] = reading.kind(index)
    pieces: list[str] = []
    written = index = 0
    while index < len(reading.words):
        if reading.kinds[index] == _NOT_A_NAME:
            index += 1
            continue
        last = index
        while (
            last + 1 < len(reading.words)
            and reading.kinds[last + 1] != _NOT_A_NAME
            and reading.gap(last + 1).isspace()
        ):
            last += 1
        suffix = "s" if reading.kinds[last] == _GENITIVE else ""
        pieces += [text[written : reading.words[index].start()], NAME_MARK + suffix]
        written = reading.words[last].end()
        index = last + 1
    pieces.append(text[written:])
    return "".join(pieces)
