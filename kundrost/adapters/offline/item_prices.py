"""Item prices: several things bought at a price a piece no market sells them at, one dear
thing (a phone, a computer, a bike, glasses) bought for less than its least, or one cup, bun
or sausage at a price no café asks.

`magnitudes` reads a sum too large for a visit and `told_totals` a sum that disagrees with
its parts; this reads what a sum makes each thing cost. Two or more things of a kind whose
least price is known — books, shoes, clothes, phones and computers, bicycles, tyres, tools
with a motor, furniture, cakes, pizzas, buns — bought together for a sum that makes one of
them cost less than that least is one point towards an impossible claim: "fyrtiofem
pocketböcker … i kassan blev det nitton kronor totalt" (42 öre a book), "sex par
vinterkängor … tolv kronor för allihop", "tre mobiltelefoner för femton kronor".

The sum is tied to the things: "för N kronor" in the clause that counts them, "N kronor
styck" (a piece's price), or a sum said as the whole ("totalt", "för allihop", "blev det",
"betalade") in the sentence that counts them. The least prices are a fraction of a second
hand price, so a sale, a book sale or a flea market stays as it is, and a second-hand
shop, a gift card, points, a voucher, something free, or a till's mistake told as one ("fel",
"slog in") explains any sum.

One cup of coffee, bun, pastry, sausage, ice cream or soft drink dearer than 2,000 kronor
(`_DEAREST`), its word right before "kostade" or the sum said a piece ("fyrtiotusen kronor
koppen"), is one point too; a cake, a coffee machine or a sum for several is not read.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_LEAST = (
    (("pocket", "bok", "böck", "roman", "deckar", "kokbok", "kokböck"), 2.0),
    (("känga", "kängor", "skor", "stövl", "sneakers", "sandal", "pjäx", "gympaskor"), 10.0),
    (("jack", "kapp", "byx", "jeans", "tröj", "klänning", "skjort", "kostym", "overall"), 10.0),
    (("mobil", "telefon", "dator", "laptop", "surfplatt", "hörlur", "tv-apparat"), 50.0),
    (("läsglasögon", "solglasögon", "simglasögon", "skyddsglasögon", "cykeldator"), 5.0),
    (("glasögon", "glasögonen", "solglasögon", "kamera", "kameran", "tvättmaskin"), 50.0),
    (("cykel", "cyklar", "däck", "borrmaskin", "skruvdragare", "motorsåg", "gräsklippare"), 50.0),
    (("soffa", "soffor", "säng", "byrå", "fåtölj", "bokhyll"), 20.0),
    (("tårta", "tårtor", "pizza", "pizzor"), 10.0),
    (("bulle", "bullar", "lussekatt", "semla", "semlor", "kaka", "kakor", "munk"), 1.0),
)  # fmt: skip
"""The least kronor one such thing is sold at anywhere, a stem of its name (also the head
of a compound: "pocketböcker", "vinterkängor", "prinsesstårtor")."""
_DEAREST = (
    ("bulle", "bullar", "bullen", "lussekatt", "semla", "semlan", "munk", "bakelse", "kaffe",
     "kaffet", "latte", "lattén", "cappuccino", "koppen", "glass", "glassen", "korv", "korven",
     "läsk", "läsken", "kaka", "kakan", "godisbit", "fralla", "frallan", "macka", "mackan"),
    2000.0,
)  # fmt: skip
"""One cup, bun or sausage dearer than this is sold nowhere: "En kanelbulle kostade
tretusen kronor"."""
_ONE_EACH = listed("styck st stycket koppen biten bullen per")
_KRONOR = listed("kronor kr spänn riksdaler")
_EACH = listed("styck st stycket per paret var")
_WHOLE = listed("totalt sammanlagt tillsammans allihop alltihop alltihopa allt alla dem")
_PAID = listed("betalade betalat blev landade gick")
_EXPLAINED = listed(
    """presentkort presentkortet gratis bonus bonuspoäng poäng tillgodo tillgodokvitto
    kupong kupongen värdecheck värdechecken loppis loppisen begagnad begagnade begagnat
    antikvariat antikvariatet secondhand fel felet felaktigt misstag slog rättade öre
    utförsäljning skänkte skänkt bytte ingick ingår medföljde"""
)
_PAIR = listed("par")


_ENDINGS = frozenset(
    ("", "a", "e", "n", "t", "s", "en", "et", "er", "ar", "or", "na", "erna", "arna", "orna")
)
"""What may follow a stem at the end of a word: "tröj|or", "pocketböck|er"; a stem with
more after it is no head ("mobil|skal", "bok|hylla", "skor|sten")."""


def _least(word: str) -> float | None:
    """The least price of the thing a word names, read at the word's head: "pocketböcker"
    is books, "mobilskal" no phone."""
    for stems, least in _LEAST:
        for stem in stems:
            at = word.rfind(stem)
            if at >= 0 and word[at + len(stem) :] in _ENDINGS:
                return least
    return None


def _counted(tokens: tuple[str, ...]) -> list[tuple[float, float]]:
    """The things of known least price counted in a sentence: (how many, least a piece)."""
    found = []
    for at, token in enumerate(tokens[:-1]):
        value = word_value(token)
        if value is None or value < 2:
            continue
        thing = tokens[at + 1]
        if thing in _PAIR and at + 2 < len(tokens):
            thing = tokens[at + 2]
        least = _least(thing)
        if least is not None:
            found.append((value, least))
    return found


def _price(
    tokens: tuple[str, ...], clause_of: list[int], counted_in: set[int]
) -> tuple[float, bool] | None:
    """The sum tied to the counted things and whether it is a piece's: (kronor, each)."""
    for at, token in enumerate(tokens[1:], start=1):
        if token not in _KRONOR:
            continue
        value = word_value(tokens[at - 1])
        if value is None:
            continue
        after = tokens[at + 1 : at + 3]
        if not _EACH.isdisjoint(after[:1]):
            return value, True
        before = tokens[max(0, at - 4) : at - 1]
        whole = not _WHOLE.isdisjoint(after) or not _PAID.isdisjoint(before)
        bought_for = at >= 2 and tokens[at - 2] == "för" and clause_of[at] in counted_in
        if whole or bought_for:
            return value, False
    return None


_CUES = _KRONOR


def _one_too_dear(tokens: tuple[str, ...]) -> bool:
    """One cup, bun or sausage priced beyond `_DEAREST`: its word right before "kostade"
    ("Bullen kostade tretusen kronor"), or the sum said a piece ("fyrtiotusen kronor
    koppen"); not with things counted in the sentence."""
    stems, most = _DEAREST
    for at, token in enumerate(tokens[1:], start=1):
        if token not in _KRONOR or (value := word_value(tokens[at - 1])) is None:
            continue
        if value <= most:
            continue
        each = not _ONE_EACH.isdisjoint(tokens[at + 1 : at + 2])
        priced = "kostade" in tokens[:at] and tokens.index("kostade") >= 1
        subject = tokens[tokens.index("kostade") - 1] if priced else ""
        if each or any(subject.endswith(stem) for stem in stems):
            said = " ".join(tokens)
            return any(stem in said for stem in stems) and not _counted_any(tokens)
    return False


def _counted_any(tokens: tuple[str, ...]) -> bool:
    """Whether the sentence counts two or more of anything: a sum for several is no piece's."""
    return any(
        (value := word_value(token)) is not None and value >= 2 and tokens[at + 1] not in _KRONOR
        for at, token in enumerate(tokens[:-1])
    )


_SERVICE = (
    "lag", "repar", "service", "hyr", "lån", "byt", "juster", "pump", "frakt", "leverans",
    "parkering", "månad", "avbetal", "handpenning", "provåk", "försäkr", "deposition",
    "extra", "tillägg", "fodral", "skal", "rem", "putsduk", "tvätt", "puts", "kontroll",
    "besiktning", "abonnemang", "ränta", "avgift", "rabatt", "kvar", "tillbaka", "mer",
)  # fmt: skip
"""Stems of what a small sum beside a dear thing may be for: a repair, a rental, a fee, a
part, a month's instalment, money back, a discount."""
_ONE_PRICED = re.compile(r"\b(?:för|betalade|betalat|kostade|gick på) (\w+) (?:kronor|kr|spänn)\b")
_POINTED = re.compile(
    r"\b(?:(?:den|det|dem) (?:kostade|gick på)|(?:kronor|kr|spänn) för (?:den|det|dem)\b)"
)
"""The price said of the thing pointed back at ("Den kostade fem kronor", "betalade
trettionio kronor för den"), not of another ("ett lås för fyrtio kronor till den")."""


def _one_too_cheap(tokens: tuple[str, ...], text: str, before: tuple[str, ...]) -> bool:
    """One dear thing — least 50 kronor or more — bought for less: "Kompletta progressiva
    glasögon … för tolv kronor", "En elcykel med mittmotor" … "Jag betalade trettionio
    kronor för den". The thing is named in the sentence or, pointed back at, the one before;
    a sum beside a repair, a rental, a fee or a part (`_SERVICE`) is not its price."""
    found = _ONE_PRICED.search(text)
    if found is None or not (kronor := word_value(found.group(1))):
        return False
    if any(t.startswith(_SERVICE) for t in tokens) or _counted_any(tokens):
        return False
    named = list(tokens)
    if _POINTED.search(text):
        named += before
    least = [at_least for t in named if (at_least := _least(t)) is not None and at_least >= 50]
    return bool(least) and kronor < min(least)


def item_price_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence pricing counted things below their least (module
    docstring), and the first such sentence."""
    if _KRONOR.isdisjoint(evidence.words):
        return 0.0, ""
    explained = not _EXPLAINED.isdisjoint(evidence.words)
    points = 0.0
    first = ""
    for index, tokens, text in evidence.cued_sentences(_CUES):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish:
            continue
        if _one_too_dear(tokens):
            points += 1.0
            first = first or evidence.reading.sentences[index]
            continue
        counted = _counted(tokens) if not explained else []
        before = tuple(
            t for i in range(max(0, index - 3), index) for t in evidence.sentence_tokens[i]
        )
        if not counted and not explained and _one_too_cheap(tokens, text, before):
            points += 1.0
            first = first or evidence.reading.sentences[index]
            continue
        if not counted:
            continue
        clause_of: list[int] = []
        counted_in: set[int] = set()
        for number, clause in enumerate(evidence.sentences[index]):
            clause_of += [number] * len(clause.clause.tokens)
            if _counted(clause.clause.tokens):
                counted_in.add(number)
        if len(clause_of) != len(tokens):
            clause_of = [0] * len(tokens)
            counted_in = {0}
        price = _price(tokens, clause_of, counted_in)
        if price is None:
            continue
        kronor, each = price
        many = sum(n for n, _ in counted)
        least = min(least for _, least in counted)
        if (kronor if each else kronor / many) < least:
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
