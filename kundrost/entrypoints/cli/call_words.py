"""How a call ended and was graded, in Swedish, for the person at `kundrost talk`.

The codes (`completed`, `shopper_hung_up`, `too_short`) are for machines: the API, the
logs and the database keep them. A Swede holding a call in the terminal reads what
happened, addressed as the shopper they played ("du lade på").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

from kundrost.application.live_ending import Ending
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.grading import QualityScores

ENDINGS = MappingProxyType(
    {
        Ending.COMPLETED: "agenten sa avslutningen och lade på",
        Ending.DECLINED: "du hade inte tid",
        Ending.LANGUAGE_BARRIER: "du talade inte svenska",
        Ending.SILENCE: "det blev tyst för länge",
        Ending.TIME_LIMIT: "samtalets tid tog slut",
        Ending.SHOPPER_HUNG_UP: "du lade på",
        Ending.PHONE_LOST: "telefonlinjen bröts",
        Ending.VOICEMAIL: "en röstbrevlåda svarade",
        Ending.MODEL_LOST: "förbindelsen med AI-modellen bröts",
        Ending.MODEL_SILENT: "AI-modellen svarade inte",
    }
)
"""Why the live call ended."""

STATUSES = MappingProxyType(
    {
        CallStatus.PENDING: "väntar på att ringas",
        CallStatus.IN_PROGRESS: "pågår",
        CallStatus.COMPLETED: "genomfört",
        CallStatus.FAILED: "misslyckades",
        CallStatus.ABANDONED: "avslutat utan bedömning",
    }
)
"""Where the call's session stands."""

REASONS = MappingProxyType(
    {
        EndReason.COMPLETED: "samtalet fördes till slut",
        EndReason.CUSTOMER_HANGUP: "kunden lade på",
        EndReason.LANGUAGE_BARRIER: "kunden talade inte svenska",
        EndReason.TIMEOUT: "tystnad eller tidsgräns",
        EndReason.TOO_SHORT: "för kort",
        EndReason.TOO_LONG: "för långt",
        EndReason.CANCELLED: "avbrutet",
        EndReason.TECHNICAL_FAILURE: "tekniskt fel",
        EndReason.DECLINED: "kunden hade inte tid",
    }
)
"""Why the conversation ended."""

FAILURES = MappingProxyType(
    {
        FailureReason.NO_ANSWER: "ingen svarade",
        FailureReason.BUSY: "upptaget",
        FailureReason.TECHNICAL_FAILURE: "tekniskt fel",
        FailureReason.TIMEOUT: "ingen kontakt i tid",
    }
)
"""Why the call never became a conversation (its values overlap `REASONS`' codes, hence
two tables)."""


def ending_line(ending: Ending, seconds: int) -> str:
    return f"Samtalet slutade efter {seconds} s: {ENDINGS[ending]}."


def status_line(
    status: CallStatus, reason: EndReason | FailureReason | None, seconds: int | None
) -> str:
    """The session's state; the reason is left out where it only repeats it (a completed
    call that ran to its end)."""
    words = STATUSES[status]
    if reason is not None and not (
        status is CallStatus.COMPLETED and reason is EndReason.COMPLETED
    ):
        said = FAILURES[reason] if isinstance(reason, FailureReason) else REASONS[reason]
        words += f" ({said})"
    return f"Status: {words}" + (f", {seconds} s." if seconds is not None else ".")


def grade_line(scores: QualityScores) -> str:
    """The grade as a Swede reads it: each score out of 100, not a fraction with a point."""
    return (
        f"Betyg (av 100): trovärdighet {_hundredths(scores.legitimacy)}, djup "
        f"{_hundredths(scores.depth)}, nytta {_hundredths(scores.usefulness)}, totalt "
        f"{_hundredths(scores.overall)}"
    )


def reward_line(reward: Decimal) -> str:
    """The cashback with a decimal comma: "8,50 %"."""
    return f"Återbäring: {reward:.2f} % av köpet.".replace(".", ",", 1)


def _hundredths(score: Decimal) -> int:
    return int((score * 100).to_integral_value(ROUND_HALF_UP))
