"""CallScript: what the live agent is told and the words it must say exactly, in Swedish.

The plan says what to ask; the script turns it into the realtime model's standing
instructions and the fixed lines that our rules put in its mouth (the opening with the AI
disclosure and the request for a minute, the goodbyes). The EU AI Act (art. 50(1)) asks that
a person know at the first interaction that they talk with an AI: the opening says so
before anything else.
"""

from __future__ import annotations

from attrs import frozen

from kundrost.domain.conversation import ConversationPlan, QuestionSource

END_CALL_TOOL = "avsluta_samtal"
"""The tool the model calls once it has said the closing: the agent's way to hang up."""

CONSENT_QUESTION = "Har du tid en stund nu?"
DECLINED_GOODBYE = "Inga problem, då stör jag inte mer. Tack ändå, och ha en fin dag. Hej då!"
LANGUAGE_GOODBYE = (
    "Ursäkta, jag kan tyvärr bara hålla samtalet på svenska. Tack för din tid, hej då!"
)
SILENCE_GOODBYE = "Jag hör dig tyvärr inte, så jag avslutar samtalet. Hej då!"
WRAP_UP = (
    "Tiden är nästan slut. Ställ inga fler frågor. Tacka kunden kort, säg avslutningen och "
    f"anropa sedan verktyget {END_CALL_TOOL}."
)

_RULES = f"""Regler:
- Tala bara svenska, kort och vänligt, en fråga i taget. Byt aldrig språk. Om kunden talar
  ett annat språk, säg kort att samtalet hålls på svenska och fortsätt på svenska.
- Du har redan hälsat, sagt att du är en AI-assistent och frågat om kunden har tid. Säg
  inte det igen.
- Ställ frågorna nedan i ordning, så många som hinns med. Hoppa över en fråga om något
  som kunden redan har berättat om och ställ i stället nästa reservfråga. Efter ett svar
  får du ställa en kort följdfråga, högst {{follow_ups}} gånger under samtalet, när svaret
  var kort eller vagt.
- Lova aldrig något om återbäringen eller dess storlek; säg bara att den avgörs efter samtalet.
- Fråga aldrig efter namn, adress, personnummer, kortnummer eller andra personuppgifter.
- Argumentera inte och ge inga egna åsikter om butiken.
- Hela samtalet får ta högst {{max_seconds}} sekunder.
- När frågorna är slut, eller kunden vill avsluta: säg avslutningen nedan och anropa sedan
  verktyget {END_CALL_TOOL}."""


@frozen
class CallScript:
    """The lines of one live call, from its plan: the opening and closing said word for word,
    the model's standing instructions, and the plan's questions in order, each with its
    subject (`covered_subjects`): a question the customer already answered unasked is
    skipped for the next of the plan's spare questions, as the instructions tell the model."""

    opening: str
    instructions: str
    closing: str
    questions: tuple[str, ...]
    follow_up_slots: int
    spares: tuple[str, ...] = ()
    subjects: tuple[frozenset[str], ...] = ()
    """The subjects of `questions`, then of `spares`."""

    @classmethod
    def for_plan(cls, plan: ConversationPlan) -> CallScript:
        return cls(
            opening=f"{plan.greeting} {CONSENT_QUESTION}",
            instructions=session_instructions(plan),
            closing=plan.closing,
            questions=tuple(question.text for question in plan.questions),
            follow_up_slots=plan.follow_up_slots,
            spares=tuple(question.text for question in plan.spare_questions),
            subjects=tuple(q.subject for q in (*plan.questions, *plan.spare_questions)),
        )


def session_instructions(plan: ConversationPlan) -> str:
    """The model's standing instructions: who it is, the rules, the questions by priority
    (store questions first, then a campaign, then general ones) and the closing words."""
    questions = "\n".join(
        f"{number}. {question.text}{_aside(question.source, question.department)}"
        for number, question in enumerate(plan.questions, start=1)
    )
    rules = _RULES.format(follow_ups=plan.follow_up_slots, max_seconds=plan.max_seconds)
    spares = "".join(f"- {question.text}\n" for question in plan.spare_questions)
    return (
        "Du är en AI-assistent från Kundröst som ringer en kund i Sverige för att höra vad "
        "kunden tyckte om ett köp i en butik. Samtalet tar en till två minuter.\n\n"
        f'Du har redan sagt: "{plan.greeting} {CONSENT_QUESTION}"\n\n'
        f"{rules}\n\nFrågor, viktigast först:\n{questions}\n\n"
        + (f"Reservfrågor, i ordning:\n{spares}\n" if spares else "")
        + f'Avslutning, ordagrant: "{plan.closing}"'
    )


def say_exactly(line: str) -> str:
    """The instruction for one fixed line: the model speaks it word for word."""
    return f'Säg exakt följande, ordagrant och på svenska, utan att lägga till något: "{line}"'


def _aside(source: QuestionSource, department: str | None) -> str:
    if source is QuestionSource.CAMPAIGN:
        return " (butikens kampanj)"
    if department:
        return f" (avdelning: {department})"
    return ""
