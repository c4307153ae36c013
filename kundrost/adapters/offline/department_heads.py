"""Department heads: what the head of a compound place word says about the department it names.

A compound names a place by its head and says what is there by its modifier, and heads differ:

- a service place ("-verkstaden", "-studion", "-salongen", "-mottagningen", "-ateljén") is
  named by its head: "racketverkstaden" is a workshop, not the rackets a shop sells, and is
  the store's only if the store lists a workshop ("däckverkstaden" at a dealer with
  "Verkstaden");
- a section ("-avdelningen", "-disken", "-hörnan") is named by its modifier: "lösgodisdisken"
  is where the sweets are, "duschavdelningen" where the shower screens ("duschväggar") are,
  "skoavdelningen" where the "dansskor" are (the modifier is the head of a listed compound);
- a corner or counter whose modifier is a trade is that trade: "apotekshörnan" is a pharmacy,
  "bagerihörnan" a bakery.

Service places are named with or without the article ("er designstudio", "en fotostudio"),
and a listed compound also by its head alone: "verkstaden" is the "serviceverkstaden" a store
lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

SERVICE_HEADS = (
    "verkstaden", "verkstan", "verkstad", "studion", "studio", "salongen", "salong",
    "mottagningen", "mottagning", "ateljén", "ateljé",
)  # fmt: skip
_HEAD_FORMS = (
    ("verkstaden", "verkstan", "verkstad"), ("studion", "studio"), ("salongen", "salong"),
    ("mottagningen", "mottagning"), ("ateljén", "ateljé"),
)  # fmt: skip
"""Heads of service places; a section's head ("disken", "avdelningen") said alone may be any
counter or department."""
SECTION_HEADS = ("avdelningen", "avdelning", "disken", "disk", "hörnan", "hörna", "hörnet")
_CORNERS = ("hörnan", "hörna", "hörnet", "disken", "luckan")
MIN_MODIFIER = 3
MIN_STEM = 4


def split(token: str, heads: tuple[str, ...]) -> tuple[str, str] | None:
    """The modifier and head of a compound ending in one of `heads`, the modifier at least
    three letters: "racketverkstaden" → ("racket", "verkstaden")."""
    for head in heads:
        if token.endswith(head) and len(token) - len(head) >= MIN_MODIFIER:
            return token[: -len(head)], head
    return None


def _stems(modifier: str) -> tuple[str, ...]:
    """A modifier with and without its linking "s" ("apoteks" → "apotek") or the linking
    vowel an "-a" noun takes ("resväske" of "resväska" → "resväsk")."""
    if modifier.endswith(("s", "e")) and len(modifier) > MIN_MODIFIER + 1:
        return modifier, modifier[:-1]
    return (modifier,)


_VOWELS = frozenset("aeiouyåäö")
_PLURALS = ("", "r", "n", "ar", "or", "er", "na", "en", "arna", "orna", "erna")


def _head_of(term: str, stem: str) -> bool:
    """Whether `stem` is the head of the compound `term` in a plural or definite form, after
    a first part ending in a consonant: "sko" of "dansskor", "väsk" of "handväskor"; not "sko"
    of "askskopor" (no plural ending follows) or of "kabinväskor" (it starts inside "väsk")."""
    at = term.find(stem, MIN_MODIFIER)
    return at >= MIN_MODIFIER and term[at - 1] not in _VOWELS and term[at + len(stem) :] in _PLURALS


def service_place(token: str) -> str | None:
    """The head of a service place ("verkstaden" of "racketverkstaden"), or None."""
    parts = split(token, SERVICE_HEADS)
    return None if parts is None else parts[1]


def section_of(
    token: str, lookup: Callable[[str], str | None], terms: tuple[str, ...]
) -> str | None:
    """The department a section compound names by its modifier: the modifier names one
    (`lookup`: "lösgodis" names "Godis"), or a term of one begins with it ("dusch" of
    "duschväggar")."""
    parts = split(token, SECTION_HEADS)
    return None if parts is None else modifier_names(parts[0], lookup, terms)


def modifier_names(
    modifier: str,
    lookup: Callable[[str], str | None],
    terms: tuple[str, ...],
    *,
    begun: bool = True,
) -> str | None:
    """The department whose goods a compound's modifier names (see `section_of`); with
    `begun`, also a term it begins ("dusch" of "duschväggar"), but not one it only cuts short
    before a doubled letter: "glas" of "glasdisken" begins "glassboxen" in its letters, not
    in its words."""
    for stem in _stems(modifier):
        found = lookup(stem)
        if found is not None:
            return found
        for term in terms:
            if (begun and len(stem) >= MIN_STEM and _begins(term, stem)) or _head_of(term, stem):
                return lookup(term)
    return None


def _begins(term: str, stem: str) -> bool:
    return term.startswith(stem) and term[len(stem) : len(stem) + 1] != stem[-1:]


def trade_corner(token: str, trade: Callable[[str], str | None]) -> str | None:
    """The trade a corner or counter is named after ("apotekshörnan" → the pharmacy)."""
    parts = split(token, _CORNERS)
    if parts is None:
        return None
    for stem in _stems(parts[0]):
        found = trade(stem)
        if found is not None:
            return found
    return None


def heads_of(terms: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each form of the head of a listed compound term, to the department of the term: a
    customer shortens "serviceverkstaden" to "verkstaden" or "verkstan"."""
    found: dict[str, str] = {}
    for term, name in terms:
        for group in _HEAD_FORMS:
            if split(term, group) is not None:
                for form in group:
                    found.setdefault(form, name)
    return found
