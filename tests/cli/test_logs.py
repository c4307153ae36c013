"""One log format: every record, stdlib or structlog, kundrost's or a library's, is a JSON
line with its timestamp, level, logger and event; the request's id joins the lines written
while it is handled; the level comes from `KUNDROST_LOG_LEVEL`."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog

from kundrost.entrypoints import logs

GATHERED = ("logThreads", "logProcesses", "logMultiprocessing", "_srcfile")
"""The `logging` flags a kundrost process turns off, put back after each test."""


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    """Logging configured as a kundrost process does, writing to a buffer; put back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    gathered = {name: getattr(logging, name) for name in GATHERED}
    written = io.StringIO()
    logs.configure("INFO")
    root.handlers[:] = [logs.handler(written)]
    yield written
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, value in gathered.items():
        setattr(logging, name, value)
    structlog.reset_defaults()


def parsed(written: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in written.getvalue().splitlines()]


def test_a_stdlib_record_is_a_json_line(lines: io.StringIO) -> None:
    logging.getLogger("kundrost.worker").info("worker started on queue %s", "kundrost")

    [line] = parsed(lines)
    assert line["event"] == "worker started on queue kundrost"
    assert (line["level"], line["logger"]) == ("info", "kundrost.worker")
    assert line["timestamp"].endswith("+00:00")


def test_a_library_record_and_a_structlog_line_share_the_format(lines: io.StringIO) -> None:
    logging.getLogger("uvicorn.error").warning("Invalid HTTP request received.")
    structlog.get_logger("kundrost.calls").info("call placed", attempt=2)

    library, native = parsed(lines)
    assert library["logger"] == "uvicorn.error"
    assert (native["event"], native["attempt"], native["logger"]) == (
        "call placed",
        2,
        "kundrost.calls",
    )
    assert set(library) <= set(native) | {"exception"}


def test_the_request_id_joins_every_line_written_while_a_request_is_handled(
    lines: io.StringIO,
) -> None:
    token = logs.request_id.set("verif-2026-11-24-0042")
    try:
        logging.getLogger("kundrost.http").warning("analyzer slow")
    finally:
        logs.request_id.reset(token)
    logging.getLogger("kundrost.http").warning("outside")

    inside, outside = parsed(lines)
    assert inside["request_id"] == "verif-2026-11-24-0042"
    assert "request_id" not in outside


def test_an_exception_is_written_into_its_line(lines: io.StringIO) -> None:
    try:
        raise TimeoutError("the analyzer did not answer")
    except TimeoutError:
        logging.getLogger("kundrost.analysis").exception("analysis failed")

    [line] = parsed(lines)
    assert "TimeoutError: the analyzer did not answer" in line["exception"]


def test_a_line_given_as_a_dict_keeps_its_fields_at_the_top(lines: io.StringIO) -> None:
    logging.getLogger("kundrost.http.requests").info(
        {"event": "request", "route": "/health", "status": 200}
    )

    [line] = parsed(lines)
    assert (line["event"], line["route"], line["status"]) == ("request", "/health", 200)


def test_lines_below_the_level_are_left_out_and_quiet_libraries_only_warn(
    lines: io.StringIO,
) -> None:
    logging.getLogger("kundrost").debug("details")
    logging.getLogger("saq").info("job done")
    logging.getLogger("saq").warning("job retried")

    assert [line["event"] for line in parsed(lines)] == ["job retried"]


@pytest.mark.parametrize("with_request", [False, True])
@pytest.mark.parametrize(
    ("name", "level", "message", "args"),
    [
        ("kundrost.calls", logging.INFO, "call %s attempt %d placed", ("c0ffee", 2)),
        ("uvicorn.error", logging.WARNING, "Invalid HTTP request received.", ()),
        ("kundrost.http", logging.ERROR, '100%% of %s: ÅÄÖ "quoted"', ("åtta",)),
    ],
)
def test_a_plain_record_is_the_line_the_processor_chain_writes(
    name: str, level: int, message: str, args: tuple[Any, ...], with_request: bool
) -> None:
    formatter = logs.JsonLinesFormatter()
    record = logging.getLogger(name).makeRecord(name, level, __file__, 1, message, args, None)
    token = logs.request_id.set("4f1c2a" if with_request else "-")
    try:
        short = formatter.format(record)
        chained = structlog.stdlib.ProcessorFormatter.format(formatter, record)
    finally:
        logs.request_id.reset(token)
    assert short == chained
    assert ("request_id" in json.loads(short)) is with_request


def test_records_gather_nothing_a_line_does_not_show_and_tracebacks_stay_whole(
    lines: io.StringIO,
) -> None:
    records: list[logging.LogRecord] = []
    logging.getLogger().addHandler(Keep(records))
    try:
        raise ValueError("trasig kyldisk")
    except ValueError:
        logging.getLogger("kundrost.worker").exception("job failed")

    [record] = records
    assert (record.threadName, record.processName, record.process) == (None, None, None)
    assert (record.pathname, record.lineno) == ("(unknown file)", 0)
    [line] = parsed(lines)
    assert line["event"] == "job failed"
    assert 'raise ValueError("trasig kyldisk")' in line["exception"]


class Keep(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__()
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
