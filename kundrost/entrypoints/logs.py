"""One log format for every kundrost process: JSON lines on stderr, rendered by structlog.

`configure(level)` puts structlog's `ProcessorFormatter` on the root logger, so every stdlib
`logging` record — kundrost's own `logging.getLogger(...)` loggers, uvicorn's, SAQ's — comes
out as one JSON object a line: `timestamp` (UTC, ISO 8601), `level`, `logger`, `event` (the
message), `request_id` while an HTTP request is handled, `exception` (the traceback) when
there is one, and the record's structured `fields`. `serve`, `worker` and `scheduler` all
call it, with `KUNDROST_LOG_LEVEL` (INFO by default).

A record that carries `fields` (the per-request line) is written without the processor
chain: a few dictionary entries and one msgspec encode, so that line costs what the plain
line before it did. Lines hold ids, counts, statuses and exception types, never a phone
number or a customer's words.
"""

from __future__ import annotations

import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

import msgspec
import structlog
from structlog.stdlib import ProcessorFormatter
from structlog.types import EventDict, WrappedLogger

request_id: ContextVar[str] = ContextVar("kundrost_request_id", default="-")
"""The id of the HTTP request being handled in this context, `-` outside any request."""

QUIET_LIBRARIES = {"saq": logging.WARNING, "uvicorn.access": logging.WARNING}
"""Libraries whose routine lines repeat what kundrost logs itself (SAQ per job, uvicorn per
request, with paths and query strings); their warnings still come through."""

_encode = msgspec.json.Encoder().encode


def _timestamp(_logger: WrappedLogger, _name: str, event: EventDict) -> EventDict:
    record = event.get("_record")
    created = record.created if record is not None else datetime.now(UTC).timestamp()
    event["timestamp"] = datetime.fromtimestamp(created, UTC).isoformat()
    return event


def _request_id(_logger: WrappedLogger, _name: str, event: EventDict) -> EventDict:
    current = request_id.get()
    if current != "-":
        event.setdefault("request_id", current)
    return event


def _fields(_logger: WrappedLogger, _name: str, event: EventDict) -> EventDict:
    record = event.get("_record")
    fields = getattr(record, "fields", None)
    if isinstance(fields, dict):
        event.update(fields)
    return event


def _render(_logger: WrappedLogger, _name: str, event: EventDict) -> str:
    return _encode(event).decode()


class JsonLinesFormatter(ProcessorFormatter):
    """structlog's formatter for stdlib records, with a short way for pre-structured lines."""

    def __init__(self) -> None:
        super().__init__(
            foreign_pre_chain=[
                structlog.stdlib.add_log_level,
                structlog.stdlib.add_logger_name,
                _timestamp,
                _request_id,
                _fields,
            ],
            processors=[
                ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                _render,
            ],
        )

    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict) and not record.exc_info and not record.args:
            return _encode(
                {
                    "event": record.msg,
                    **fields,
                    "level": record.levelname.lower(),
                    "logger": record.name,
                    "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(),
                }
            ).decode()
        return super().format(record)


def handler(stream: TextIO | None = None) -> logging.Handler:
    """A handler writing JSON lines to `stream` (stderr, looked up when each line is written,
    so a terminal display that redirects stderr still gets them)."""
    if stream is None:
        found: logging.Handler = _StderrHandler()
    else:
        found = logging.StreamHandler(stream)
    found.setFormatter(JsonLinesFormatter())
    return found


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def configure(level: str | None, *, default: str = "INFO") -> None:
    """JSON lines on stderr for every logger, at `level` (`KUNDROST_LOG_LEVEL`, already
    checked by `Settings`) or `default`; stdlib records and structlog's own loggers alike."""
    chosen = logging.getLevelName(level or default)
    structlog.configure(
        processors=[
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            _timestamp,
            _request_id,
            ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler())
    root.setLevel(chosen)
    for name in ("kundrost", "uvicorn", "uvicorn.error"):
        named = logging.getLogger(name)
        named.handlers.clear()
        named.propagate = True
        named.setLevel(logging.NOTSET)
    for name, quiet in QUIET_LIBRARIES.items():
        logging.getLogger(name).setLevel(max(quiet, chosen))


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's `log_config`: leave logging as `configure` set it (uvicorn would otherwise
    install its own handlers and formats, in each worker process too)."""
    return {"version": 1, "disable_existing_loggers": False}
