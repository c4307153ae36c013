"""Swedish first names, nicknames and the words that announce a person's name.

The lists feed `redaction.redact_names`. They hold the names most often given in Sweden
across the generations that shop today (Statistics Sweden's lists of the most common first
names, from the 1940s to the 2010s), the names of larger immigrant groups that rank among
them, and the everyday short forms Swedes call each other by ("Pelle", "Lasse", "Kicki").
They are lower case; matching casefolds.

`AMBIGUOUS_NAMES` are names that are also ordinary Swedish words ("Stig" a path, "Björn" a
bear, "Klara" to manage, "Hans" his, "Inga" none, "Ville" wanted): they count as names only
where a name is likely — capitalised inside a sentence, after a cue, before a surname — so
"hans kvitto", "en dag", "inga problem" and "jag ville ha" stay as said.
"""

from __future__ import annotations


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


FIRST_NAMES = _listed(
    """
    agnes agneta alexandra alice alicia alma alva amanda amelia amira andrea angelica anita
    anna annelie anneli annica annika ann anne anette annette annie anki astrid barbro beata
    berit birgit birgitta britt britta camilla carin carina carola carolina caroline cecilia
    charlotta charlotte christina christine clara dagmar dagny doris ebba edith elin elina
    elisabet elisabeth elise ella ellen ellie elsa elsie elvira elvy emelie emilia emilie emma
    erika ester evelina eva evy fanny fatima felicia filippa frida freja gabriella gerd greta
    gudrun gunborg gunilla gunnel gunvor hanna hannah harriet hedda hedvig helen helena helene
    hillevi ida ines ingeborg inger ingrid irene irma isabella isabelle jennie jenny
    jessica johanna josefin josefina josefine julia kajsa karin karolina katarina kerstin
    kristina leila lena lilian lilly linda linn linnea linnéa lisbeth lisen lotta louise
    lovisa madeleine magdalena maja majken malin margareta margit maria marianne marie marit
    marita marta matilda maud meja melissa mia michelle mikaela mira moa mona monica monika
    märta nanna nathalie nellie nelly nina nora olivia petra pia rakel rebecca rebecka rigmor
    ronja sandra sanna sara sarah selma signe siri siv sofia sofie solveig sonja stella stina
    susanne svea tea tekla thea therese tilda tova tove tyra ulla ulrica ulrika vera victoria
    viktoria vilma wilma yasmin ylva yvonne åsa åse
    adam adrian ahmed albert albin alexander alfred ali alvin anders andreas anton arne arvid
    benjamin bengt bertil carl casper charlie christer christian christoffer conny daniel david
    dennis edvin edward einar elias elis elliot emil emir eric erik esbjörn evert felix filip
    folke fredrik gabriel gerhard gustaf gustav gösta göran gunnar hampus harald harry hassan
    henrik hjalmar holger hugo håkan ingemar ingvar isak ivar jakob jacob jens jesper jimmy
    joakim joel johan johannes john jonas jonatan jonathan josef julius jörgen kenneth kent
    kevin kjell kristian kristoffer kurt lars leif lennart leo leon liam linus loke lucas
    ludvig magnus malte marcus markus martin mats mattias melker melvin michael mikael milo
    mohamed mohammad mohammed muhammad måns nicklas niklas nils noah noel olof omar
    oscar oskar otto ove patrik peter philip ragnar rasmus rickard robert robin roger roland
    rolf ronny rune samuel sebastian sigvard simon sixten stefan sune sven tage theo theodor
    thomas tomas tobias tommy tord tore torbjörn torsten ture ulf valdemar valter vidar viggo
    viktor victor vilgot vincent walter wilhelm william yngve åke örjan östen
    """
)

NICKNAMES = _listed(
    """
    kalle pelle olle lasse janne micke mikke fredde jocke tobbe robban steffe danne jonte perra
    hasse bosse gurra sigge kicki maggan gittan bittan bettan affe totte tompa
    kenta benke classe krille stickan lollo sussie titti ninni mimmi kattis jossan tessan
    vickan ullis musse nicke leffe lelle kjelle bengan sören anki bibbi pippi majsan emmis
    linnis lillemor kicken nettan lisse putte
    """
)

AMBIGUOUS_NAMES = _listed(
    """
    bo per dag liv stig sten björn saga sol rut max tim tom lisa jan dan love maj april juni
    iris viola rosa ask vide frans hans tor lo klara tina lina fia karl axel nisse bror frank
    gun nova ankan svenne berg lind holm björk ström strand falk ek blom inga ville oliver klas
    lova mackan
    """
)
"""Names that are also common words ("inga problem", "ville ha", "oliver" the olives, "klass"
read as the genitive of "Klas", "kan lova", "mackan" the sandwich): names only where
capitalised inside a sentence, cued, or before a surname."""

VERB_NAMES = _listed("ville bo klara lova tina rosa")
"""Ambiguous names that are also a verb, which after a person's word is that person's verb
("min fru ville betala", "kassören klara"): there a name only when capitalised or followed by
the person's own verb ("min son ville var med")."""

OPENING_VERB_NAMES = _listed("ville bo lova tina")
"""Names that are otherwise only a verb: opening a sentence before a finite verb ("Ville var
snäll", "Tina hjälpte mig") only the name can stand, as no verb takes a finite verb after it
("klara" and "rosa" are adjectives too: "Rosa var slut")."""

PLACE_PREPOSITIONS = _listed("i utanför")
"""A name right after these is a place ("Coop i Nora", "utanför Nora"), not a person; one in
the genitive stays a person's ("i Annas kassa"). Not "från": a tip or a greeting "från Lena"
is a person's, and a town masked is the safe mistake."""

PLACED_AT = _listed("i vid på")
"""An ambiguous name opening a sentence is a person's when placed at a part of the store by
these and a definite noun: "Inga i kassan var snäll" (but "Inga problem")."""

GROUP_SUBJECTS = _listed("de dom")
"""A naming verb after these with "sig" ("dom kallade sig Mandelmassan") names a group, a
band or a club, not a person; a listed name there is still redacted."""

VARIETIES = {
    ("ingrid", "marie"): ("äpp",),
    ("signe", "tillisch"): ("äpp",),
    ("clara", "frijs"): ("päron",),
    ("king", "edward"): ("potatis",),
    ("victoria",): ("plommon",),
}
"""Varieties of fruit and potatoes named like people, by the stems of their kind: in a text
that names the kind ("äpplena", "äppelsorten"), before or after, the variety is no person
("Skylten vid äpplena sa Ingrid Marie")."""

ROLE_CUES = _listed(
    """
    kassör kassören kassörskan kassörska kassörer expedit expediten biträdet butiksbiträdet
    personalen killen tjejen grabben kvinnan mannen damen farbrorn tanten gubben gumman
    grannen granne kompis kompisen vän vännen väninnan kollega kollegan chefen butikschefen
    butikschef föreståndaren säljaren säljare slaktaren bagaren fiskhandlaren charkuteristen
    väktaren vakten städaren sambo sambon frun maken mamma mamman pappa pappan syster systern
    brorsan dottern sonen pojken flickan fröken herr herrn fru doktor
    """
)
"""Words for a person or a title after which a capitalised word is that person's name:
"kassören Pelle", "grannen Lotta", "fru Andersson"."""

KIN_WORDS = _listed(
    """
    man karl kille tjej son dotter bror syster mor far fru hustru make maka sambo pojkvän
    flickvän kompis vän granne kusin mormor morfar farmor farfar svärmor svärfar svåger
    svägerska barnbarn grabb partner moster faster morbror farbror
    """
)
"""Words for a person that are one only after a possessive: "min man Per", "hennes son Leo"
(but "man får", "far och flyger")."""

POSSESSIVES = _listed("min mitt mina din ditt dina hans hennes vår vårt våra deras")

NAMING_VERBS = _listed("heter hette kallas kallades kallad kallar kallade")
"""After these ("hon som heter ...", "vi kallar honom ...") the next word is a name; so
after "är" or "var" following a possessive and "namn" ("mitt namn är ...")."""

TOLD_VERBS = _listed(
    """
    var är hade har sa sade blev kom gick stod tog gav såg hjälpte visade frågade svarade
    tyckte log jobbar jobbade brukar kan kunde ska skulle vill måste fick pratade
    """
)
"""Verbs that follow the subject directly: after a person's word, a word between it and one
of these is that person's name ("kassören zlatan var snäll", "grannen zlatan hade")."""

SENTENCE_ADVERBS = _listed(
    """
    aldrig alltid ju väl nog kanske redan ändå själv själva heller dock däremot förstås
    tydligen egentligen knappt nästan gärna ofta sällan snart fortfarande absolut just överlag
    generellt annars idag igår nu dessutom verkligen faktiskt alltså liksom typ ute inne
    bredvid bakom framför mittemot intill nära längst först sist igen förresten också hellre
    helst mest mer mindre allt alla allihop båda ensam ensamma troligen antagligen säkert
    """
)
"""Words that stand between a subject and its verb without being a name ("personalen
överlag var", "tjejen bredvid var")."""

SURNAMES = _listed("lind berg holm björk ström strand falk ek blom lund dahl nord sjö")
SURNAME_ENDINGS = ("sson", "berg", "gren", "ström", "qvist", "kvist", "quist", "lund", "holm")
"""After a name or a person's word, a lower-case word that is one of `SURNAMES` or ends as
these do is a surname: "anna lind", "hon heter anna lindqvist", "fru bergström"."""

NAMING_FILLERS = _listed("typ nog väl ju visst kanske honom henne hen dem sig för liksom")
"""Words that may stand between a naming verb and the name: "heter typ Lisa"."""

FUNCTION_WORDS = _listed(
    """
    och eller men så att inte som när om i på av till för från med utan hos under över vid
    jag du han hon hen vi ni de den det dom man en ett är var har hade blir blev kan ska
    skulle vill inget ingen något någon nåt nån nånting där här sen då också bara mycket helt
    väldigt
    """
)
"""Words that are never a name, even right after a naming verb ("vad hon heter men ...")."""
