"""Goods the lexicon does not know, read from how the customer speaks of them, and goods
pointed back at with "den", "det" or "de" from an earlier clause; beside honest near-misses
that must stay ordinary (idioms, a child's fantasy told by a parent, toys and cards that
really talk, sing or dance). Written for this file before the analyzer was run on it."""

from __future__ import annotations

import pytest

from tests.analyzer.test_offline_agency_shapes import nonsense

SURREAL = (
    "Jag köpte ett paket linser. Linserna viskade om varandra hela vägen hem.",
    "Bönorna låg på hyllan vid kaffet och viskade vilken gård de kom ifrån.",
    "Kikärtorna kostade tolv kronor burken och de skvallrade om kunden före mig.",
    "Tandborstarna i hyllan vid kassan dansade tango med varandra.",
    "Jag vägde dadlarna vid frukten. De nynnade en visa för mig hela tiden.",
    "Sillen låg i disken. Den sjöng en julsång för mig när jag gick förbi.",
    "Jag köpte en limpa. Den berättade att den var bakad i natt.",
    "Stearinljusen stod vid kassan och pratade med varandra om julen.",
    "Julgranskulorna kostade 49 kronor lådan, och de skrattade åt mig när jag tappade en.",
    "Jag lade russinen i korgen. De klagade på att det var trångt.",
    "Vinflaskorna på hyllan bredvid ölen diskuterade politik.",
    "Servetterna i kassan applåderade när jag betalade.",
    "Sillburkarna i kylen sjöng julsånger i kör.",
    "Jag köpte ett kilo klementiner. Dom skämtade med kassörskan hela tiden.",
    "Brödet låg på hyllan. Det skrattade åt mig när jag valde ett annat.",
    "Äggen i mejeriet var billiga. Dom viskade att de var nyvärpta.",
    "Jag plockade kantarellerna i frukten. De grät när jag lade dem i påsen.",
    "Bönorna på kaffehyllan viskade om sina gårdar.",
)

MISSED = (
    "Jag köpte vantar till barnen. Vantarna vinkade till oss när vi gick.",
    "Disktrasorna hängde vid kassan och småpratade med kunderna.",
    "Kaffekopparna kostade nittio kronor styck, och sen gick de hem själva.",
    "Kikärtorna i kolonialen bestämde sig för att byta burk.",
)
"""Surreal, but not read so: waving at someone is a weak act (a figure of speech alone),
"småpratade" is no listed form of "prata", and "sen gick de hem" puts the act before its
subject, which the rules for walking home do not read; "i kolonialen" names no department
of this store (which has none by that name), so it does not make goods of the chickpeas."""

HONEST = (
    "Priserna skenade iväg, allt var dyrare än förra veckan.",
    "Brödet tog slut redan vid tolv, det fanns inget kvar.",
    "Kaffet räddade dagen, det var starkt och gott.",
    "Min dotter sa att bönorna pratade med henne, hon är tre år.",
    "Vi köpte en pratande docka till barnbarnet, och den pratade verkligen när man tryckte "
    "på magen.",
    "Julkortet jag köpte i kassan sjöng en julsång när man öppnade det.",
    "Bönorna låg på hyllan vid kaffet men de var slut på den sorten jag ville ha.",
    "Sillen låg i disken. Den såg fräsch ut och luktade hav.",
    "Tandborstarna i hyllan vid kassan var billiga, tre för tjugo.",
    "Jag köpte linser och de kokade över i kastrullen hemma.",
    "Vinflaskorna stod på golvet och en av dem läckte.",
    "Dadlarna kostade 39 kronor, och de smakade som godis.",
    "Julgranskulorna föll ner från hyllan när någon stötte till den.",
    "Limpan låg i påsen. Den hade jäst för mycket och var luftig.",
    "Jag plockade kantarellerna själv. De var lite blöta men fina.",
    "Stearinljusen vid kassan luktade kanel, det var mysigt.",
    "Kassörskan hälsade på mig. Hon pratade om vädret en stund.",
    "Jag frågade efter sillen. Han sa att den var slut.",
    "Servetterna i kassan var slut, så jag fick använda min egen näsduk.",
    "Kaffepaketen på hyllan hade olika priser, och det förvirrade mig.",
    "Ostarna låg i disken. De såg ut att le med sina hål, sa min son.",
    "Min son påstod att kanelbullen vinkade åt honom, han är fem.",
    "Jag köpte en dansande tomte till fönstret, och den dansade när man klappade i händerna.",
    "Leksaksroboten vi köpte pratade och sjöng, precis som på kartongen.",
    "Laddaren vid parkeringen pratade inte med min bil, så den laddade aldrig.",
    "Bönorna vägde jag själv på vågen, de vägde ett halvkilo.",
    "Vi köpte kikärtor. De hade gått ut för en vecka sedan.",
    "Sillburkarna i kylen stod i en prydlig rad, och de hade rätt datum.",
    "Kaffet räddade min morgon och kassörskan skämtade om det.",
    "Den nya kassan pratade med mig genom en högtalare och sa vad jag skulle göra.",
    "Vi stod vid frysdisken en stund och pratade om jobbet.",
)
"""The last near-miss was added after a first draft took "stod" (before "vid frysdisken")
for goods and flagged a training call that told the same."""


@pytest.mark.parametrize("answer", SURREAL)
def test_goods_known_by_context_acting_as_people_are_nonsense(answer: str) -> None:
    assert nonsense(answer)


@pytest.mark.parametrize("answer", MISSED)
@pytest.mark.xfail(strict=True, reason="surreal, but outside what the rules read (MISSED)")
def test_what_the_context_rules_leave_out_is_missed(answer: str) -> None:
    assert nonsense(answer)


@pytest.mark.parametrize("answer", HONEST)
def test_near_misses_with_goods_in_context_are_ordinary(answer: str) -> None:
    assert not nonsense(answer)
