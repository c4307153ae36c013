"""One log format for every kundrost process: JSON lines on stderr, rendered by structlog.

`configure(level)` puts structlog's `ProcessorFormatter` on the root logger, so every stdlib
`logging` record — kundrost's own `logging.getLogger(...)` loggers, uvicorn's, SAQ's — comes
out as one JSON object a line: `timestamp` (UTC, ISO 8601), `level`, `logger`, `event` (the
message), `request_id` while an HTTP request is handled, and `exception` (the traceback)
when there is one. `serve`, `worker` and `scheduler` all call it, with `KUNDROST_LOG_LEVEL`
(INFO by default).

A record whose message is a dict (the per-request line: `logger.info({"event": ..., ...})`)
is written without the processor chain: three entries added and one msgspec encode, so that
line costs no more than the plain line before it. A plain record (a message and its
arguments, without an exception) is rendered the same short way, to the line the chain
would write. Lines hold ids, counts, statuses and
exception types, never a phone number or a customer's words.
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
    """The time the record was made (`logging` stamps every record; no clock is read here)."""
    event["timestamp"] = _iso(event["_record"].created)
    return event


def _request_id(_logger: WrappedLogger, _name: str, event: EventDict) -> EventDict:
    current = request_id.get()
    if current != "-":
        event.setdefault("request_id", current)
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
                _request_id,
            ],
            processors=[
                _timestamp,
                ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                _render,
            ],
        )

    def format(self, record: logging.LogRecord) -> str:
        line = record.msg
        if record.exc_info or record.stack_info:
            return super().format(record)
        if type(line) is dict:
            line["level"] = record.levelname.lower()
            line["logger"] = record.name
            line["timestamp"] = _iso(record.created)
            return _encode(line).decode()
        if type(line) is str and not getattr(record, "_from_structlog", False):
            return _encode(_plain(record)).decode()
        return super().format(record)


def _plain(record: logging.LogRecord) -> dict[str, str]:
    """A plain stdlib record (a message and its arguments, no exception) as the processor
    chain renders it, key for key and in its order, without running the chain: a call
    placed writes two such lines, which cost more than the rest of its logging."""
    line = {"event": record.getMessage(), "level": record.levelname.lower(), "logger": record.name}
    current = request_id.get()
    if current != "-":
        line["request_id"] = current
    line["timestamp"] = _iso(record.created)
    return line


_second = -1
_second_text = ""


def _iso(created: float) -> str:
    """`created` as ISO 8601 in UTC, microseconds included; the date and time of the second
    are formatted once a second, as lines come many a second."""
    global _second, _second_text
    whole = int(created)
    if whole != _second:
        _second_text = datetime.fromtimestamp(whole, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        _second = whole
    return f"{_second_text}.{int((created - whole) * 1_000_000):06d}+00:00"


def handler(stream: TextIO | None = None) -> logging.Handler:
    """A handler writing JSON lines to `stream` (stderr, looked up when each line is written,
    so a terminal display that redirects stderr still gets them)."""
    if stream is None:
        found: logging.Handler = _StderrHandler()
    else:
        found = logging.StreamHandler(stream)
    found.setFormatter(JsonLinesFormatter())
    return found


class _StderrHandler(logging.StreamHandler[TextIO]):
    @property
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
    lean_records()


def lean_records() -> None:
    """Records skip gathering what no line of this format shows: the thread, the process and
    its name, and the caller's file, line and function (the flags of the Logging HOWTO's
    "Optimization" section). Gathering them was about a third of a plain line's cost (6.5 →
    4.4 µs: `python -m tests.bench.bench_request_log`); a traceback is still written whole."""
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    logging._srcfile = None


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's `log_config`: leave logging as `configure` set it (uvicorn would otherwise
    install its own handlers and formats, in each worker process too)."""
    return {"version": 1, "disable_existing_loggers": False}
