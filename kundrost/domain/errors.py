"""Domain errors: every refusal carries a stable `code` that the API layer maps."""

from __future__ import annotations

from typing import Any, ClassVar


class DomainError(Exception):
    """A rule refused something. `code` is stable; `details` names what was refused."""

    code: ClassVar[str] = "DOMAIN_ERROR"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details


class InvalidValue(DomainError, ValueError):
    """A value object or entity was given a value that breaks its rule."""

    code = "INVALID_VALUE"

    def __init__(self, field: str, message: str, **details: Any) -> None:
        super().__init__(f"{field}: {message}", field=field, **details)
        self.field = field
        self.reason = message


class InvalidTransition(DomainError):
    """A call session was asked to move between two states the state machine does not join."""

    code = "INVALID_TRANSITION"

    def __init__(self, from_state: str, to_state: str, **details: Any) -> None:
        super().__init__(
            f"a call session cannot move from {from_state!r} to {to_state!r}",
            from_state=from_state,
            to_state=to_state,
            **details,
        )
        self.from_state = from_state
        self.to_state = to_state


class NotRetryable(DomainError):
    """Only a failed call session can be retried."""

    code = "NOT_RETRYABLE"


class MaxAttemptsExceeded(DomainError):
    """A verification gets at most the retry policy's number of call attempts."""

    code = "MAX_ATTEMPTS_EXCEEDED"


class NotAnalysable(DomainError):
    """The call is not completed, outside the analysable duration, or not in Swedish."""

    code = "NOT_ANALYSABLE"


class NotQualifying(DomainError):
    """The feedback did not qualify, so it has no kept content to work with."""

    code = "NOT_QUALIFYING"
