"""A subject carried over from an earlier clause into a subjectless one ("Limpan låg i
brödhyllan. Sen svävade iväg mot kassan."), goods informing a person, turning into an animal,
or telling the farm they came from; beside honest near-misses written first, before the
analyzer ran on any of this file: the customer's own acts with an elided "jag", staff acts,
things that ran out, light things blown off, and people who tell of farms."""

from __future__ import annotations

import pytest

from tests.analyzer.test_offline_agency_shapes import nonsense

SURREAL = (
    "Limpan låg i brödhyllan. Sen svävade iväg mot kassan.",
    "Osten låg i disken, och sen svävade bort mot utgången.",
    "Kanelbullen låg på brickan. Svävade upp mot taket.",
    "Laxen låg i fiskdisken. Sen svävade fram till mig vid kassan.",
    "Osten förklarade för mig att den kom från Jämtland.",
    "Limpan förklarade för oss hur den var bakad.",
    "Kanelbullen förvandlade sig till en duva och flaxade ut genom dörren.",
    "Korven förvandlades till en katt när jag tittade bort.",
    "Bönorna viskade vilken gård de kom ifrån.",
    "Kikärtorna berättade om gården där de odlats.",
)

HONEST = (
    "Gick till kassan. Betalade med kort.",
    "Limpan låg i brödhyllan. Sen gick jag till kassan.",
    "Limpan låg i brödhyllan. Tog en och gick vidare.",
    "Osten var god. Pratade lite med kassörskan sen.",
    "Brödet var färskt. Sen tog det slut.",
    "Mjölken var slut. Frågade personalen, men de hade ingen.",
    "Bullarna var nybakade. Bagaren svävade nästan av stolthet, sa hon.",
    "Kassörskan var snäll. Sen svävade hon iväg till lagret.",
    "Ballongerna låg vid kassan. Svävade iväg när dörren öppnades.",
    "Påsen låg på bandet. Sen svävade den iväg i blåsten.",
    "Chipsen var på extrapris. Sen svävade jag hem, så glad var jag.",
    "Kaffet var slut i automaten. Sen svävade doften av nybakat mot kassan.",
    "Kaffet var billigt. Svävade på moln hela dagen efter det.",
    "Limpan låg i brödhyllan. Sen svävade iväg tankarna, jag var så trött.",
    "Personalen förklarade för mig var osten stod.",
    "Skylten förklarade för mig hur självscannern fungerade.",
    "Brödet var gammalt, det förklarade för mig varför det var billigt.",
    "Förpackningen förklarade hur man tillagar pastan.",
    "Glassen förvandlades till soppa i värmen.",
    "Degen förvandlades till bröd i ugnen, bagaren visade oss.",
    "Min son förvandlade sig till en katt och jamade hela vägen hem.",
    "Bönderna berättade vilken gård potatisen kom ifrån.",
    "Personalen berättade vilken gård bönorna kom ifrån.",
    "Bönorna kom från en gård i Skåne, stod det på skylten.",
    "Min dotter frågade vilken gård mjölken kom ifrån.",
)


@pytest.mark.parametrize("answer", SURREAL)
def test_carried_subjects_informing_and_changing_goods_are_nonsense(answer: str) -> None:
    assert nonsense(answer)


@pytest.mark.parametrize("answer", HONEST)
def test_honest_subjectless_clauses_and_near_misses_are_ordinary(answer: str) -> None:
    assert not nonsense(answer)
