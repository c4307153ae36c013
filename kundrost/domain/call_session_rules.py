"""Call session states: which may follow which, and which fields each must and must not have."""

from collections.abc import Mapping
from datetime import datetime
from itertools import pairwise
from types import MappingProxyType
from typing import Protocol

from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.phone import PhoneNumber

_S = CallStatus
ALLOWED_TRANSITIONS: Mapping[CallStatus, frozenset[CallStatus]] = MappingProxyType(
    {
        _S.PENDING: frozenset({_S.IN_PROGRESS, _S.FAILED, _S.ABANDONED}),
        _S.IN_PROGRESS: frozenset({_S.COMPLETED, _S.FAILED, _S.ABANDONED}),
        _S.FAILED: frozenset({_S.PENDING}),
        _S.COMPLETED: frozenset(),
        _S.ABANDONED: frozenset(),
    }
)
"""The state machine of API.md. An unanswered call fails from pending; failed goes back to
pending only through a retry; completed and abandoned are final."""

LIVE_STATUSES = frozenset({_S.PENDING, _S.IN_PROGRESS})
"""A live call may still ring or talk, so it needs a number and has no end yet."""

ABANDON_ONLY_REASONS = frozenset(
    {
        EndReason.TOO_SHORT,
        EndReason.TOO_LONG,
        EndReason.LANGUAGE_BARRIER,
        EndReason.CANCELLED,
        EndReason.DECLINED,
    }
)
"""End reasons that make a conversation unanalysable: such a call is abandoned, never completed."""

OUTCOME_FIELDS = ("connected_at", "ended_at", "duration_seconds", "failure_reason", "end_reason")
"""What an attempt ends with: a pending call has none of them, and a retry clears them."""

_REQUIRED = MappingProxyType(
    {
        _S.PENDING: ("phone",),
        _S.IN_PROGRESS: ("phone", "connected_at"),
        _S.FAILED: ("ended_at", "failure_reason"),
        _S.ABANDONED: ("ended_at", "end_reason"),
        _S.COMPLETED: ("connected_at", "ended_at", "duration_seconds", "end_reason"),
    }
)
_FORBIDDEN = MappingProxyType(
    {
        _S.PENDING: OUTCOME_FIELDS,
        _S.IN_PROGRESS: ("ended_at", "duration_seconds", "failure_reason", "end_reason"),
        _S.FAILED: ("duration_seconds", "end_reason"),
        _S.ABANDONED: ("failure_reason",),
        _S.COMPLETED: ("failure_reason",),
    }
)
"""Which fields each state must and must not have: a live call needs a number to call, a
failed one names its failure, a completed or abandoned one its end reason."""


class SessionFields(Protocol):
    """The fields of a call session that its invariants read."""

    @property
    def status(self) -> CallStatus: ...
    @property
    def phone(self) -> PhoneNumber | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def connected_at(self) -> datetime | None: ...
    @property
    def ended_at(self) -> datetime | None: ...
    @property
    def duration_seconds(self) -> int | None: ...
    @property
    def failure_reason(self) -> FailureReason | None: ...
    @property
    def end_reason(self) -> EndReason | None: ...
    @property
    def expires_at(self) -> datetime: ...


def check_invariants(s: SessionFields) -> None:
    """Every rule holds in every state, so a session read back from storage is as sound as new."""
    status = s.status
    for name in _REQUIRED[status]:
        if getattr(s, name) is None:
            raise InvalidValue(name, f"a {status} call session must have it")
    for name in _FORBIDDEN[status]:
        if getattr(s, name) is not None:
            raise InvalidValue(name, f"a {status} call session cannot have it")
    if s.duration_seconds is not None and s.connected_at is None:
        raise InvalidValue("duration_seconds", "a call that never connected has no duration")
    if status is _S.COMPLETED and s.end_reason in ABANDON_ONLY_REASONS:
        raise InvalidValue(
            "end_reason", f"{s.end_reason} is unanalysable, so the call is abandoned"
        )
    if status is _S.ABANDONED and s.end_reason is EndReason.COMPLETED:
        raise InvalidValue("end_reason", "a call that ran to its end is completed, not abandoned")
    if s.expires_at <= s.created_at:
        raise InvalidValue("expires_at", "must be after created_at")
    order = ("created_at", "connected_at", "ended_at", "updated_at")
    known = [(name, getattr(s, name)) for name in order if getattr(s, name) is not None]
    for (before, earlier), (name, later) in pairwise(known):
        if later < earlier:
            raise InvalidValue(name, f"must not be before {before}")
