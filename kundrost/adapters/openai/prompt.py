"""The words the model reads: one system prompt, and the store's context and the call as text.

Each instruction below carries the reason it is there, because a prompt that nobody can
explain drifts. The model only reads and scores; fraud and grading are decided afterwards
by the domain, from what the model reports. So the prompt never mentions rewards or money:
a model told what is at stake would be tempted to be generous.
"""

from __future__ import annotations

from collections.abc import Iterable

from kundrost.domain.business_context import BusinessContext
from kundrost.domain.opening_hours import Weekday
from kundrost.domain.transcript import Speaker, Transcript

PROMPT_VERSION = "kundrost-analysis-1"
"""Named in the request's metadata, so a change of wording shows in the provider's logs."""

_WEEKDAYS_SV = {
    Weekday.MONDAY: "måndag",
    Weekday.TUESDAY: "tisdag",
    Weekday.WEDNESDAY: "onsdag",
    Weekday.THURSDAY: "torsdag",
    Weekday.FRIDAY: "fredag",
    Weekday.SATURDAY: "lördag",
    Weekday.SUNDAY: "söndag",
}

# Why each paragraph is there:
# 1. Role and language. The calls are Swedish and the store owners read Swedish; labels,
#    items and summary in Swedish spare a translation step and keep the customer's nuance.
# 2. Only the customer's words count. The agent asks the same questions in every call; if
#    its words counted, every call would look detailed and alike.
# 3. The three scores, each on its own axis with anchors at 0, 0.5 and 1. Anchors make the
#    scale stable between calls; separate axes stop one impression colouring all three.
# 4. Themes and quotes. Quotes must be verbatim so the store can trust them and the domain
#    can delete them with the rest of the words; departments must be the store's own names
#    (or aliases mapped to the name) so department insights add up week by week.
# 5. Actionable items only from what the customer said: an invented suggestion would be
#    passed on to the store as if a customer had made it.
# 6. Content flags with evidence. The domain turns flags into fraud indicators, so each
#    needs the words that raised it and an honest confidence; the model must not flag
#    ordinary complaints, which are the most useful feedback there is.
# 7. Summary: two or three plain sentences in the third person, for the weekly report.
# 8. Spoken Swedish is messy (ASR errors, "öh", dialect, English loan words): none of it is
#    nonsense by itself, or honest customers would be flagged for how they talk.
SYSTEM_PROMPT = """\
Du analyserar ett kort telefonsamtal där en AI-assistent frågar en kund om ett besök i en \
svensk butik. Svara alltid på svenska i fälten label, description, evidence och summary.

Bedöm bara det kunden säger (rader som börjar med "Kund:"). Assistentens frågor är \
desamma i alla samtal och säger inget om just det här besöket.

Sätt tre poäng mellan 0 och 1, med högst två decimaler, oberoende av varandra:
- legitimacy: hur trovärdigt det är att kunden verkligen besökte butiken. 0 = påhittat, \
omöjligt eller nonsens; 0.5 = allmänt hållet men rimligt; 1 = konkreta, rimliga detaljer \
som stämmer med butikens fakta.
- depth: hur specifik och utförlig återkopplingen är. 0 = inget sagt eller bara "bra"; \
0.5 = några konkreta iakttagelser; 1 = flera detaljerade iakttagelser med orsak och \
sammanhang (vad, var, när, varför).
- usefulness: hur mycket butiken kan förbättra eller bevara utifrån det som sägs. \
0 = inget att agera på; 0.5 = en tydlig iakttagelse; 1 = tydliga problem eller förslag \
som butiken direkt kan åtgärda.

themes: varje sak kunden tog upp, med en kort etikett, sentiment (positive, negative, \
neutral, mixed), kategori och avdelning. Avdelningen ska vara ett av butikens \
avdelningsnamn nedan; säger kunden ett alias, använd avdelningens namn. Nämns en \
avdelning som butiken inte har, skriv den som kunden sa den. null om ingen avdelning \
nämns. quote är kundens egna ord ordagrant (högst en mening), eller null.

actionable_items: bara åtgärder som följer av det kunden faktiskt sa; hitta inte på \
förslag. priority: low, medium, high eller urgent (urgent bara för säkerhet, hälsa eller \
allvarliga fel). estimated_impact och implementation_complexity: low, medium eller high.

content_flags: flagga bara verkliga problem med innehållet, med evidence (kundens ord) \
och confidence mellan 0 och 1:
- nonsensical_content: osammanhängande eller meningslöst tal.
- impossible_claim: påståenden som inte kan vara sanna ("flygande elefanter i kassan").
- contradicts_baseline_fact: motsäger butikens fakta nedan.
- unknown_department: kunden beskriver en avdelning som butiken inte har.
- offensive_language: kränkande eller hatiskt språk.
- generic_content: bara allmänna fraser utan något om just det här besöket.
Klagomål, kritik och missnöje är inte problem med innehållet och ska inte flaggas.
Talspråk, taligenkänningsfel, utfyllnadsord ("öh", "liksom"), dialekt och engelska lånord \
är inte nonsens.

summary: två till tre meningar i tredje person om vad kunden tyckte, utan namn eller \
telefonnummer. Sa kunden inget om besöket, skriv det.
"""


def context_text(context: BusinessContext | None) -> str:
    """The store as the model should know it: departments and aliases, opening hours,
    baseline facts and campaigns. Unknown parts are said to be unknown, so the model does
    not read an empty list as "the store has no departments"."""
    if context is None:
        return "Butiken: inget sammanhang är registrerat för butiken."
    lines = [f"Butiken: {context.store_name or 'namn saknas'} (tidszon {context.timezone})."]
    lines.append("Avdelningar:" if context.departments else "Avdelningar: okända.")
    for department in context.departments:
        aliases = f" (kallas även {', '.join(department.aliases)})" if department.aliases else ""
        lines.append(f"- {department.name}{aliases}")
    lines.append("Öppettider:" if context.operating_hours else "Öppettider: okända.")
    for day in Weekday:
        hours = context.operating_hours.get(day)
        if hours is not None:
            lines.append(
                f"- {_WEEKDAYS_SV[day]} {hours.open:%H:%M}–{hours.close:%H:%M}"
                + (" (stänger efter midnatt)" if hours.overnight else "")
            )
        elif context.operating_hours:
            lines.append(f"- {_WEEKDAYS_SV[day]} stängt")
    lines.extend(_section("Fakta om butiken", (f.statement for f in context.baseline_facts)))
    lines.extend(
        _section(
            "Aktuella kampanjer",
            (
                f"{c.name}: {c.description}".rstrip(": ") + _period(c.starts_on, c.ends_on)
                for c in context.current_campaigns
            ),
        )
    )
    return "\n".join(lines)


def transcript_text(transcript: Transcript) -> str:
    """The call turn by turn, speech only; system and error notes are not words anyone said."""
    names = {Speaker.AI: "Assistent", Speaker.CUSTOMER: "Kund"}
    turns = [
        f"{names[message.speaker]}: {' '.join(message.content.split())}"
        for message in transcript.messages
        if message.is_speech
    ]
    return (
        f"Samtalet ({transcript.total_duration_seconds} sekunder):\n" + "\n".join(turns)
        if turns
        else "Samtalet innehåller inga yttranden."
    )


def user_message(transcript: Transcript, context: BusinessContext | None) -> str:
    return f"{context_text(context)}\n\n{transcript_text(transcript)}"


def _section(title: str, entries: Iterable[str]) -> list[str]:
    listed = [f"- {entry}" for entry in entries]
    return [f"{title}:", *listed] if listed else [f"{title}: inga registrerade."]


def _period(starts_on: object, ends_on: object) -> str:
    if starts_on is None and ends_on is None:
        return ""
    return f" ({starts_on or '…'} – {ends_on or '…'})"
