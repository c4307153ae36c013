"""`kundrost talk`: a feedback call in the terminal, here with its answers piped in."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.elks.callbacks import voice_token
from kundrost.application.live_ending import Ending
from kundrost.domain.call_script import CONSENT_QUESTION, LANGUAGE_GOODBYE
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.grading import QualityScores
from kundrost.entrypoints.cli.call_words import (
    ENDINGS,
    FAILURES,
    REASONS,
    STATUSES,
    grade_line,
    reward_line,
    status_line,
)
from kundrost.entrypoints.cli.example import CONTEXT

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = [
    "Ja, det går bra.",
    "Köttdisken var fantastisk, personalen hjälpte mig välja en entrecote och berättade hur "
    "jag skulle steka den.",
    "De var kunniga och trevliga, och köttet var riktigt mört när jag lagade det i går kväll.",
    "Kön i kassan var lång vid lunch, bara två kassor var öppna och självscanningen krånglade.",
    "En kassa till vid lunchtid skulle hjälpa mycket, annars var allt bra i butiken.",
    "Jag hittade nästan allt, de glutenfria frallorna var slut på hyllan vid brödet.",
]


def talk(lines: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kundrost", "talk"],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )


def test_a_typed_conversation_is_held_recorded_and_graded() -> None:
    done = talk(ANSWERS)

    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "AI-assistent" in out
    assert CONTEXT.store_name is not None
    assert CONTEXT.store_name in out
    assert CONSENT_QUESTION in out
    for answer in ANSWERS:
        assert f"  {answer}" in out
    assert "s: agenten sa avslutningen och lade på." in out
    assert "Status: genomfört, " in out
    assert re.search(r"Betyg \(av 100\): trovärdighet \d+, djup \d+, nytta \d+, totalt \d+", out)
    assert re.search(r"Återbäring: \d+,\d\d % av köpet\.", out) or "Ingen återbäring" in out


def test_a_shopper_without_swedish_gets_one_goodbye_and_no_grade() -> None:
    done = talk(["Sorry, I don't speak Swedish.", "No, I do not understand you, sorry."])

    assert done.returncode == 0, done.stderr
    assert done.stdout.count(LANGUAGE_GOODBYE) == 1
    assert "s: du talade inte svenska." in done.stdout
    assert "Ingen bedömning" in done.stdout


def test_the_end_of_the_input_hangs_up() -> None:
    done = talk(["Ja."])

    assert done.returncode == 0, done.stderr
    assert "s: du lade på." in done.stdout
    assert "Status: avslutat utan bedömning (för kort)" in done.stdout


def test_the_agent_does_not_ask_about_what_the_shopper_already_told_of() -> None:
    checkout = "Hur var väntetiden i kassan?"
    told = [
        "Ja, det går bra.",
        "Köttdisken var fantastisk, och kön i kassan var kort, jag kom fram direkt.",
        "De var kunniga och trevliga och köttet var mört.",
        "Jag hittade nästan allt, utom de glutenfria frallorna vid brödet.",
        "De var slut på hyllan, men personalen kollade på lagret åt mig.",
        "Det mesta fungerade bra, personalen var trevlig och butiken var ren.",
        "Nej, inget mer.",
    ]

    unasked = talk(told).stdout
    asked = talk([told[0], "Köttdisken var fantastisk.", *told[2:]]).stdout

    assert checkout in asked
    assert checkout not in unasked
    assert "Vad tyckte du fungerade bra under ditt besök?" in unasked  # a spare in its place
    assert "agenten sa avslutningen och lade på." in unasked


def test_the_ending_is_told_in_swedish_without_a_code() -> None:
    out = talk(ANSWERS).stdout
    ending = [line for line in out.splitlines() if line.startswith(("Samtalet slutade", "Status"))]

    assert len(ending) == 2
    for code in ("completed", "shopper_hung_up", "too_short", "customer_hangup"):
        assert all(code not in line for line in ending)


def test_every_ending_status_and_reason_has_swedish_words() -> None:
    assert set(ENDINGS) == set(Ending)
    assert set(STATUSES) == set(CallStatus)
    assert set(REASONS) == set(EndReason)
    assert set(FAILURES) == set(FailureReason)
    assert status_line(CallStatus.FAILED, FailureReason.TIMEOUT, None) == (
        "Status: misslyckades (ingen kontakt i tid)."
    )
    assert status_line(CallStatus.ABANDONED, EndReason.TIMEOUT, 30) == (
        "Status: avslutat utan bedömning (tystnad eller tidsgräns), 30 s."
    )


def test_voice_url_prints_the_websocket_numbers_url_with_the_deployments_token() -> None:
    key = base64.urlsafe_b64encode(bytes(range(32))).decode()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KUNDROST_ENCRYPTION_KEY": key,
        "KUNDROST_PUBLIC_URL": "https://kundrost.example.se",
    }
    done = subprocess.run(
        [sys.executable, "-m", "kundrost", "voice-url"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    token = voice_token(AesGcmCipher(bytes(range(32))))
    assert done.stdout.strip() == f"wss://kundrost.example.se/voice/46elks?token={token}"


def test_voice_url_refuses_without_the_services_key() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDROST_")}
    done = subprocess.run(
        [sys.executable, "-m", "kundrost", "voice-url"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "PYTHONPATH": str(ROOT)},
        check=False,
    )

    assert done.returncode == 2
    assert "KUNDROST_ENCRYPTION_KEY" in done.stderr


def test_a_grade_is_shown_out_of_100_and_a_reward_with_a_decimal_comma() -> None:
    scores = QualityScores(Decimal("0.4449"), Decimal("0.605"), Decimal("1"), Decimal("0.0051"))
    assert grade_line(scores) == "Betyg (av 100): trovärdighet 44, djup 61, nytta 100, totalt 1"
    assert reward_line(Decimal("8.5")) == "Återbäring: 8,50 % av köpet."
