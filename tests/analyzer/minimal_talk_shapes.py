"""Minimal, repetitive answers an honest caller gives, and real nonsense that must stay flagged:
material for telling "says nothing" (does not qualify, no fraud) from nonsense (fraud).

Written for `test_offline_minimal_talk.py` before the analyzer was run on any of it (issue 17:
"bra, bra, bra" flagged as nonsensical fraud instead of simply not qualifying). Each call is
the customer's answers, one a turn, to the agent's questions (`QUESTIONS`, asked in turn and
repeated when the call has more answers than questions). A `MINIMAL` call is short or
repetitive talk from a real caller — yes and no, fillers, stammering, hums, a word said over
and over, dialect, a child babbling beside the phone: it must never be flagged as nonsense nor
graded fraudulent; it simply does not qualify. A `NONSENSE` call is word salad, keyboard mash
or surreal claims: it must be flagged nonsensical. No answer is taken from a labelled set.
"""

from __future__ import annotations

QUESTIONS = (
    "Hur var ditt besök hos oss idag?",
    "Var det något särskilt som stack ut?",
    "Finns det något vi kan göra bättre?",
    "Något annat du vill säga?",
)
Call = tuple[str, ...]

MINIMAL: dict[str, tuple[Call, ...]] = {
    "yes-no": (
        ("Ja ja ja.", "Nej.", "Nej nej, inget mer."),
        ("Ja.", "Ja ja.", "Nej.", "Nej, det var allt."),
        ("Jo.", "Jo jo.", "Nä.", "Nä nä."),
        ("Japp.", "Nej, inte direkt.", "Nej.", "Nej tack."),
        ("Ja, det var bra.", "Nej, inget särskilt.", "Nej nej nej.", "Nej."),
    ),
    "praise-repeated": (
        ("Bra bra bra.", "Bra.", "Nej, bra."),
        ("Jättebra, jättebra, jättebra.", "Jättebra.", "Nej, allt var jättebra."),
        ("Det var fint, fint, fint.", "Fint.", "Nej, fint så."),
        ("Toppen.", "Toppen toppen.", "Nej, toppen.", "Toppen, tack."),
        ("Kanon.", "Kanon, kanon.", "Inget, kanon.", "Kanonbra."),
        ("Bra.", "Bra.", "Bra.", "Bra."),
        ("Superbra, superbra.", "Allt var superbra.", "Nä, superbra.", "Superbra."),
        ("Helt okej.", "Okej.", "Okej, okej.", "Okej."),
    ),
    "okay-thanks": (
        ("Okej, okej.", "Okej.", "Nej, okej.", "Okej, hej."),
        ("Tack tack tack.", "Tack.", "Nej tack.", "Tack, hej hej."),
        ("Bra, tack.", "Tack tack.", "Nej, tack så mycket.", "Hej då."),
        ("Det var det det var.", "Inget.", "Nej.", "Det var det."),
        ("Det var som det var.", "Nä.", "Det är som det är.", "Nej."),
    ),
    "hums": (
        ("Mm mm.", "Mm.", "Nej, mm.", "Mm, hej."),
        ("Mmm, bra.", "Hmm, nej.", "Mmm nej.", "Nej."),
        ("Mhm.", "Mhm, mhm.", "Nej.", "Nä."),
        ("Hmmm... bra.", "Hmmm. Nej.", "Nej.", "Hmmm, nej."),
        ("Mmmm, det var bra.", "Mmmm. Nej.", "Nej, mmmm.", "Tack."),
    ),
    "not-knowing": (
        ("Vet inte, vet inte.", "Vet inte.", "Nej, vet inte.", "Vet inte."),
        ("Jag vet inte.", "Inget vad jag vet.", "Vet inte, nej.", "Nej."),
        ("Äh, vet inte.", "Nä, vet inte riktigt.", "Nä.", "Nej, inget."),
        ("Ingen aning.", "Ingen aning, nej.", "Nej.", "Nej."),
    ),
    "one-word-every-turn": (
        ("Nöjd.", "Nöjd.", "Nöjd.", "Nöjd."),
        ("Schysst.", "Schysst.", "Schysst.", "Schysst."),
        ("Smidigt.", "Smidigt.", "Smidigt.", "Smidigt."),
        ("Lugnt.", "Lugnt.", "Lugnt.", "Lugnt."),
        ("Godkänt.", "Godkänt.", "Godkänt.", "Godkänt."),
    ),
    "fillers": (
        ("Jaa, asså, bra.", "Nää, asså.", "Nä.", "Nä, det va väl inget."),
        ("Jo men visst, bra.", "Nämen nä.", "Nä du.", "Jorå."),
        ("Jaaa, bra.", "Nääää.", "Näää, inget.", "Nej."),
        ("Ba bra ba.", "Nä int nå.", "Int nå mer.", "Nä."),
        ("Jo, he va bra.", "Nä, int.", "Nä nä.", "Jo, hej."),
        ("Eeh, bra.", "Ehh, nej.", "Öhh, nä.", "Nej."),
        ("Typ bra liksom.", "Nä typ inget.", "Nä.", "Nä liksom."),
    ),
    "stammering": (
        ("D-d-det var b-bra.", "N-nej.", "N-nej, inget.", "T-tack."),
        ("Ja, ja-ja, bra.", "Nej, n-nej.", "Nej.", "Nej."),
        ("Bra, eh, bra.", "Nej, eh, nej.", "Inget, eh.", "Nej."),
        ("Det, det, det var bra.", "Nej, nej.", "Nej, nej, nej.", "Hej, hej."),
    ),
    "child-in-background": (
        ("Bra. Mamma! Mamma! Tyst nu. Bra var det.", "Nej.", "Nej, inget.", "Förlåt, hej."),
        ("Ja, bra. Dadada, baba! Ja gumman. Bra.", "Nej.", "Nej nej.", "Hej då."),
        ("Bra, tack. Lalala lala. Sch nu. Nej.", "Nej.", "Inget.", "Hej."),
        ("Ja. Gaga, gaga! Ja ja. Bra.", "Mm.", "Nej.", "Nej."),
    ),
}

NONSENSE: dict[str, tuple[Call, ...]] = {
    "word-salad": (
        (
            "Gurka demokrati flygplan blå springer violin fönster igår elefantisk.",
            "Kalender sax moln tolv orange parlament tandkräm.",
            "Skruvmejsel regnbåge cykelpump grammatik.",
        ),
        (
            "Mattan trumpet alltid grön paraply torsdag sockerbit.",
            "Tangent ballong skrivbord gardin havregryn.",
            "Nyckelknippa solstol lampskärm.",
        ),
        (
            "Fönsterbräda cyklar klockan potatismos tidning himmel penna.",
            "Radiator stövel banjo kompass.",
            "Stol stol lampa äpple motorväg kaktus.",
        ),
    ),
    "keyboard-mash": (
        ("Asdfgh jklö.", "Qwerty qwerty.", "Sdfghj."),
        ("Hgfdsa, jkljkl.", "Xcvbnm.", "Zxcvb asdf."),
        ("Bla bla bla blabla.", "Trallala lalala.", "Blaha blaha."),
    ),
    "surreal": (
        (
            "Osten pratade med mig och ville ha högre lön.",
            "Gurkorna sjöng i kör vid disken.",
            "En drake stod i kassan och tog betalt med snöbollar.",
        ),
        (
            "En enhörning packade mina varor.",
            "Mjölken spelade kort med smöret i kylen.",
            "Nej.",
        ),
        (
            "Jag betalade med en snöboll och fick solnedgångar tillbaka.",
            "Kön gick baklänges.",
            "Nej.",
        ),
        (
            "Tomaterna dansade tango och bananerna applåderade.",
            "Brödet var borgmästare i bageriet.",
            "Inget mer.",
        ),
        (
            "Ett spöke skötte frukten och en utomjording vägde äpplena.",
            "Vi teleporterade oss till kassan.",
            "Nej.",
        ),
        (
            "Kaffet hade semester och osten pratade om politik.",
            "Gurkan sjöng en visa för mig.",
            "Nej tack.",
        ),
        (
            "Flygande elefanter i mejeriet, en giraff vid kassan.",
            "Pingvinerna sorterade mjölken.",
            "Nej.",
        ),
        (
            "Frysen var en dörr till Lappland.",
            "Det regnade inne i min latte.",
            "Nej.",
        ),
        (
            "Limpan talade om för mig att den var mästare i schack.",
            "Kassan hade gått i pension och en dinosaurie tog över.",
            "Nej.",
        ),
    ),
}


def calls(shapes: dict[str, tuple[Call, ...]]) -> list[tuple[str, Call]]:
    """Every call of `shapes` with an id of its kind and number ("hums-3")."""
    return [
        (f"{kind}-{number}", call)
        for kind, group in shapes.items()
        for number, call in enumerate(group, start=1)
    ]
