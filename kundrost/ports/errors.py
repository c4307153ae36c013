"""Refusals that a port raises for a rule its storage keeps: uniqueness, presence, versions.

They are domain errors with stable codes, so the HTTP layer maps them with the rest.
"""

from __future__ import annotations

from typing import Any

from kundrost.domain.errors import DomainError


class NotFound(DomainError):
    """No such record, or it has expired and is no longer shown to anyone."""

    code = "NOT_FOUND"

    def __init__(self, kind: str, id: object, **details: Any) -> None:
        super().__init__(f"no {kind} {id}", kind=kind, id=str(id), **details)
        self.kind = kind


class CallAlreadyExists(DomainError):
    """One call session per verified purchase: a second one is refused, also in a race."""

    code = "CALL_ALREADY_EXISTS"

    def __init__(self, call_session_id: object, **details: Any) -> None:
        super().__init__(
            "a call session already exists for this verification",
            call_session_id=str(call_session_id),
            **details,
        )
        self.call_session_id = call_session_id


class TranscriptAlreadyRecorded(DomainError):
    """A call has one transcript; recording it completes the call, so it happens once."""

    code = "TRANSCRIPT_ALREADY_RECORDED"

    def __init__(self, call_session_id: object, **details: Any) -> None:
        super().__init__(
            "a transcript is already recorded for this call session",
            call_session_id=str(call_session_id),
            **details,
        )


class ReportExists(DomainError):
    """One weekly report per store and ISO week; regenerating it must be asked for (`force`)."""

    code = "REPORT_EXISTS"

    def __init__(self, report_id: object, **details: Any) -> None:
        super().__init__(
            "a report already exists for this store and week", report_id=str(report_id), **details
        )
        self.report_id = report_id


class ContextConflict(DomainError):
    """A business context was changed by someone else since it was read (version moved on)."""

    code = "CONTEXT_CONFLICT"


class DecryptionFailed(DomainError):
    """Ciphertext that was tampered with, or encrypted under another key or purpose."""

    code = "DECRYPTION_FAILED"
