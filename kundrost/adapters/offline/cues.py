"""Cues: the words and phrases that make feedback concrete or actionable.

Concrete details are places in the store ("hyllan", "frysdisken"), times ("i morse", "på
lördagen"), numbers with or without units ("femton minuter", "20 kr"), causes ("eftersom",
"för att") and their consequences ("så jag fick gå tillbaka") and comparisons ("brukar",
"förra gången"). Actionable phrases are wishes ("jag önskar", "det hade varit bra om",
"vore bra med", a thing proposed that "hade varit bra på helgerna", "det skulle räcka"),
suggestions ("ni borde", "ni skulle kunna", "ni kanske kan", "varför inte", a wish asked at
the start of a sentence — "går det att…", "kan man inte få…", "varför har ni inga…" — a sentence
opening with "kanske", "att ni…" or an imperative such as "sänk", "kolla", "fortsätt",
"ploga", or any verb in "-a" before what it acts on: `imperative`) and requests ("gärna
fler", "ta in"). Phrases are matched on a sentence's words joined by single spaces, so
punctuation and case never hide them.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.patterns import WordPatterns, listed

PLACE, TIME, NUMBER, UNIT = "place", "time", "number", "unit"

DETAIL_WORDS: WordPatterns[str] = WordPatterns.of(
    {
        PLACE: """hylla hyllan hyllor hyllorna hyllkant* kyl kylen kyldisk* kylar* kylrum* frys
            frysen frysdisk* frysbox* frysar* disk disken diskar diskarna *disk *disken
            utgång* lager lagret pall pallar* ställ ställen ställen montern monter
            *avdelning *avdelningen toalett* hörn* hörnet mejeri* mejeriet kylhyll*
            frukthyll* *hyllan *hyllorna""",
        TIME: """idag igår förrgår morse ikväll kväll kvällen kvällar kvällstid morgon
            morgonen morgnar förmiddag* eftermiddag* lunch lunchen lunchtid* helg helgen
            helger helgerna måndag* tisdag* onsdag* torsdag* fredag* lördag* söndag* klockan
            kl veckan veckor veckorna rusningstid* stängningsdags""",
        NUMBER: """två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton
            sexton sjutton arton nitton tjugo trettio fyrtio femtio sextio hundra tusen halv
            halvtimme* halvtimma* kvart dussin""",
        UNIT: """minuter minut minuten minuterna timme timmar timmen sekunder kronor kr
            procent kilo kg gram liter meter stycken st paket förpackning* grader""",
    }
)

CAUSE_WORDS = listed("eftersom därför pga grund beror vilket tanke")
"""A sentence holds a cause only if it holds one of these words, "att" after "för" or "så", or
"så" with what followed (`_SO_WORDS`): every `CAUSE` phrase does (`may_cause`)."""
_SO_WORDS = listed("fick måste tvungen kunde")
COMPARISON_WORDS = listed(
    """jämfört jämförelse förut tidigare brukar brukade vanligtvis vanligen numera nuförtiden
    förra sist senast än andra"""
)
"""Likewise for `COMPARISON`, besides words beginning "konkurrent"."""
WISH_WORDS = listed(
    "önskar önskemål önskade önskas önskat vore varit vara vilja gärna hoppas saknar räcka susen"
)
"""Likewise for `WISH`, besides "vill" with "ha" or "att" (`may_wish`): each phrase holds one
of these as a word of its own ("hade varit", "skulle vara", "skulle räcka")."""
CAUSE = re.compile(
    r"\b(?:eftersom|därför|pga|på grund av|för att|så att|beror på|vilket gjorde|"
    r"vilket betyder|med tanke på|så (?:jag|vi|man) (?:fick|måste|var tvungen|blev tvungen|"
    r"kunde inte))\b"
)
COMPARISON = re.compile(
    r"\b(?:jämfört|jämförelse|förut|tidigare|brukar|brukade|vanligtvis|vanligen|numera|"
    r"nuförtiden|förra gången|förra veckan|sist jag|senast jag|än förut|än vanligt|"
    r"än andra|andra butiker|konkurrent\w*)\b"
)
IMPERATIVES = (
    "kolla|sänk|höj|gör|ha|ta|köp|sätt|ställ|lägg|byt|fixa|öppna|anställ|skaffa|fortsätt|"
    "börja|sluta|tänk|märk|flytta|städa|fyll|laga|håll|prova|testa|inför|utöka|erbjud|"
    "satsa|se till|ändra|skylta|sortera|beställ|utbilda|behåll|brygg|häll|påminn|baka|"
    "sälj|skriv|visa|låt|ge|stäng|ring|svara|informera|lös|rätta|gå igenom|ploga|skotta|"
    "sanda|rensa|torka|ordna|boka|skicka|kontrollera|mät|reparera|märk upp|sätt upp"
)
_WISH_INSIDE = (
    r"\b(?:jag önskar|önskar att|önskar jag|önskemål|önskade att|önskas|jag hade önskat|"
    r"(?:vore|hade varit|skulle vara|skulle ha varit) (?:\w+ )?"
    r"(?:bra|bättre|skönt|kul|trevligt|toppen|fint|önskvärt|smart|praktiskt|roligt)"
    r"(?: (?:om|med|att)|$)|skulle vilja|skulle gärna|vill gärna|"
    r"gärna (?:se |ha )?(?:fler|mer|flera|större|längre|bättre)|"
    r"hoppas (?:att )?ni|vill att ni|vill ha|saknar|"
    r"(?:det )?skulle (?:räcka|göra susen))\b"
)
_WISH_OPENING = (
    r"\b^(?:men |och |så )?(?:en|ett|någon|något|några) .*(?:vore|hade varit|skulle vara) "
    r"(?:\w+ )?(?:bra|bättre|skönt|smart|praktiskt|toppen)(?: (?:på|i|för|vid|under) \w+)?$\b"
)
WISH = re.compile(_WISH_INSIDE + "|" + _WISH_OPENING)
_WISHED = re.compile(_WISH_INSIDE)
_WISHED_OPENING = re.compile(_WISH_OPENING)
"""`WISH`'s two halves, searched apart by `wishes`, as `SUGGESTION`'s are by `may_suggest`."""
_SUGGESTION_INSIDE = (
    r"\b(?:ni borde|borde ni|ni bör|bör ni|butiken borde|man borde|de borde|dom borde|"
    r"ni skulle kunna|skulle ni kunna|ni kunde|kunde ni|kan ni|ni kan ju|varför inte|"
    r"(?:ni (?:kanske|väl|nog)|kanske ni) (?:kan|kunde|borde|bör|skulle)|"
    r"ni kan (?:väl|kanske|nog)|ni "
    r"behöver|behöver ni|behövs (?:det )?(?:fler|mer|bättre)|tycker (?:att )?ni (?:ska|borde)|"
    r"förslag|föreslår|mitt tips|ett tips|ta in|ha fler|ha mer|öppna fler|se över|"
    r"förbättra\w*|bör (?:ses|göras|fixas|åtgärdas)|måste (?:ni|bli|fixas|åtgärdas)|"
    r"(?:ni|man|någon) måste|"
    r"skulle behöva|borde (?:finnas|vara|ha|bli|ta|öppna|fixa|\w+as))\b"
)
_SUGGESTION_OPENING = (
    r"^(?:och |men |så |då )?(?:går det (?:inte )?att|kan man (?:inte )?få|"
    r"varför (?:kan|får|har) (?:man|ni) (?:inte|inga|ingen|inget)\b|"
    r"att (?:ni|dom|de|man|någon|det)|kanske (?:att|lite|en|ett|fler|mer"
    r"|någon|något)|(?:" + IMPERATIVES + r") )"
)
SUGGESTION = re.compile(_SUGGESTION_INSIDE + "|" + _SUGGESTION_OPENING)
_INSIDE = re.compile(_SUGGESTION_INSIDE)
_OPENING = re.compile(_SUGGESTION_OPENING)
"""`SUGGESTION`'s two halves, searched apart by `may_suggest`: a search for the whole tries its
opening at every character, where only the first can take it."""

SUGGESTION_WORDS = listed(
    "borde bör kunna kunde behöver behövs tycker förslag föreslår tips måste behöva"
)
"""A sentence matches `SUGGESTION` inside only if it holds one of these words, a word of
`_SUGGESTION_PAIRS` with one of its own ("kan ni", "ta in", "se över") or a word beginning
"förbättra": every phrase of its first part does."""
_SUGGESTION_PAIRS = {
    "ni": listed("kan skulle"),
    "varför": listed("inte"),
    "ta": listed("in"),
    "ha": listed("fler mer"),
    "öppna": listed("fler"),
    "se": listed("över"),
}
SUGGESTION_OPENINGS = frozenset(
    {"att", "kanske", "går", "kan", "varför"} | {i.split()[0] for i in IMPERATIVES.split("|")}
)
"""Likewise at its start: one of its first two words is one of these."""


_OPENERS = listed("och men så då kanske")
_OBJECTS = listed(
    """dem den det dom av undan in ut upp bort om alltid oftare direkt efter på över igenom
    till"""
)
_NOT_VERBS = listed(
    """hela alla bara andra första sista nya gamla stora lilla flera båda denna vilka dessa
    samma egna enda ena vanliga sina mina dina era våra hennes förra nästa senaste bästa"""
)


def imperative(tokens: tuple[str, ...]) -> bool:
    """A sentence opening with a verb's imperative or infinitive in "-a" and what it acts on
    ("vattna fruktträden", "justera dem", "spärra av", "kanske plocka undan"): what to do,
    whatever the verb. Determiners and adjectives in "-a" ("hela butiken") are none."""
    if not tokens or (tokens[0][-1] != "a" and tokens[0] not in _OPENERS):
        return False
    start = 1 if tokens[0] in _OPENERS else 0
    verb, after = tokens[start : start + 1], tokens[start + 1 : start + 2]
    if not verb or not after or len(verb[0]) < 4 or not verb[0].endswith("a"):
        return False
    if verb[0] in _NOT_VERBS or verb[0].endswith(_NOT_VERB_ENDINGS):
        return False
    return after[0] in _OBJECTS or (len(after[0]) >= 5 and after[0].endswith(_DEFINITE))


_DEFINITE = ("en", "et", "na", "rna")
_NOT_VERB_ENDINGS = ("rna", "ena", "iga", "ska", "ssa")
"""Plural nouns ("gitarrerna", "äpplena") and adjectives ("roliga", "svenska", "bästa"…)."""


def may_suggest(tokens: tuple[str, ...], text: str) -> bool:
    """Whether `SUGGESTION` matches the sentence `text` of `tokens`: each half searched only
    behind its own words."""
    if (
        not SUGGESTION_WORDS.isdisjoint(tokens)
        or "förbättra" in text
        or any(
            not _SUGGESTION_PAIRS[w].isdisjoint(tokens) for w in _SUGGESTION_PAIRS.keys() & tokens
        )
    ) and _INSIDE.search(text) is not None:
        return True
    return not SUGGESTION_OPENINGS.isdisjoint(tokens[:2]) and _OPENING.match(text) is not None


def may_cause(tokens: tuple[str, ...], text: str) -> bool:
    """Whether `CAUSE` matches the sentence `text` of `tokens`: its words first."""
    return (
        not CAUSE_WORDS.isdisjoint(tokens)
        or ("att" in tokens and ("för" in tokens or "så" in tokens))
        or ("så" in tokens and not _SO_WORDS.isdisjoint(tokens))
    ) and CAUSE.search(text) is not None


def may_wish(tokens: tuple[str, ...], text: str) -> bool:
    """Whether `WISH` matches the sentence `text` of `tokens`: its words first."""
    return (
        not WISH_WORDS.isdisjoint(tokens)
        or ("vill" in tokens and ("ha" in tokens or "att" in tokens))
    ) and wishes(text)


def wishes(text: str) -> bool:
    """Whether `WISH` matches `text`, its opening tried at the start only."""
    return _WISHED.search(text) is not None or _WISHED_OPENING.match(text) is not None


def phrase(tokens: tuple[str, ...]) -> str:
    return " ".join(tokens)
