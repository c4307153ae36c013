"""What `redact` does is pinned with the version of its rules: words kept under the current
version are shown without being redacted again, so a change to what it leaves of a text must
raise `REDACTION_RULES`, or words kept under the old rules would be shown under them."""

import hashlib

from kundrost.domain.redaction import REDACTION_RULES, redact

SAID = (
    "Kassören Pelle var otrevlig mot mig.",
    "kassören zlatan var snäll",
    "jag heter anna lind och bor här",
    "min man per tyckte att kön var lång",
    "Annas kassa gick fort, Anna-Karin hjälpte till.",
    "Inga i kassan var snäll men inga problem annars.",
    "Grannen Karlssons hund väntade utanför.",
    "hon som heter typ Zlatan jobbar i charken",
    "Ring mig på 070-123 45 67 eller +46 70 123 45 67.",
    "Skriv till anna.svensson@example.se om kvittot.",
    "Mitt personnummer är 19850412-1234, skriv upp det.",
    "personnummer åtta fem noll fyra tolv ett två tre fyra",
    "Kortet 4111 1111 1111 1111 drogs två gånger.",
    "Pengarna kom till mitt kontonummer 8327-9 123 456 789-0.",
    "Jag bor på Storgatan 12 B i Nora.",
    "Äpplena Ingrid Marie var goda i år.",
    "Coop i Nora hade bättre öppettider.",
    "Oliver och Ville från klassen handlade godis.",
    "Stig Svensson på lagret bar ut kartongerna.",
    "Hon heter Maria och han Björn, båda i kassan.",
    "Ville var snäll i kassan.",
    "hon heter zlatan ibrahimović och jobbar här",
)
PINNED = (3, "6496ef38cecdd1efbf57914e92eff76e6c9d64e9743a21ec447957137d831aef")
"""The rules' version and the digest of what `redact` leaves of `SAID` under it."""


def test_what_redact_does_is_the_current_rules_version() -> None:
    digest = hashlib.sha256("\n".join(redact(text) for text in SAID).encode()).hexdigest()
    assert (REDACTION_RULES, digest) == PINNED, (
        "redact leaves these texts otherwise than pinned: when it leaves less than before, "
        "raise REDACTION_RULES (words kept under the old rules are then redacted again "
        "before they are shown) and pin the version with the new digest"
    )


def test_each_text_but_the_two_near_misses_shows_a_rule_at_work() -> None:
    kept = [text for text in SAID if redact(text) == text]
    assert kept == ["Äpplena Ingrid Marie var goda i år.", "Coop i Nora hade bättre öppettider."]
