"""What the per-request log line costs, beside the line it replaced, measured in one run.

Run with `python -m tests.bench.bench_request_log [--lines N] [--rounds R]`. Both lines are
written through a real `logging` handler to a null stream, with the same fields:

- baseline: the line as kundrost wrote it before structlog — the fields encoded with msgspec
  into the message, then `logging.Formatter("%(asctime)s %(levelname)s %(name)s
  [%(request_id)s] %(message)s")` with a filter adding the request id;
- now: `observability.log_request`, a record whose message is the dict of fields, written
  by `logs.JsonLinesFormatter` as one JSON object;
- for scale, a stdlib record rendered by structlog's full `ProcessorFormatter` chain, as
  every other line is (`logger.info("request %s", ...)`).

Records are made as in a kundrost process (`logs.lean_records`: no thread, process or caller
gathered); the baseline and one more "now" line are measured with `logging`'s defaults, which
gather them.

Each figure is the median of R rounds of N lines, in microseconds a line. Not a test: pytest
collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

import msgspec

from kundrost.entrypoints import logs
from kundrost.entrypoints.http import observability

if TYPE_CHECKING:
    from litestar.types import Scope

# Only the keys `log_request` reads, not a whole ASGI scope: cast to `Scope` where it is passed.
SCOPE: dict[str, Any] = {
    "type": "http",
    "method": "GET",
    "path_template": "/api/ai/calls/{call_session_id}/status",
    "user": None,
}
GATHERED = ("logThreads", "logProcesses", "logMultiprocessing", "_srcfile")
"""What `logs.lean_records` turns off, put back after the run."""
OLD_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
_encode = msgspec.json.Encoder().encode


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = logs.request_id.get()
        return True


def _old_line(scope: dict[str, Any], status: int, duration_ms: float, request_id: str) -> str:
    return _encode(
        {
            "event": "request",
            "method": scope.get("method"),
            "route": scope.get("path_template") or None,
            "status": status,
            "duration_ms": round(duration_ms, 2),
            "request_id": request_id,
            "subject": None,
        }
    ).decode()


def _logger(name: str, formatter: logging.Formatter, *filters: logging.Filter) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.handlers.clear()
    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115  (kept for the run)
    handler.setFormatter(formatter)
    for chosen in filters:
        handler.addFilter(chosen)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def per_line(emit: Callable[[], None], lines: int, rounds: int) -> float:
    """The median over `rounds` of the microseconds one `emit` takes, `lines` at a time."""
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(lines):
            emit()
        timings.append((time.perf_counter() - started) / lines * 1e6)
    return statistics.median(timings)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    request_id = "6d881f9f53625f3e27a31580558167d6"

    old = _logger("bench.old", logging.Formatter(OLD_FORMAT), _RequestIdFilter())
    _logger("kundrost.http.requests", logs.JsonLinesFormatter())
    chain = _logger("bench.chain", logs.JsonLinesFormatter())

    def baseline() -> None:
        old.info(_old_line(SCOPE, 200, 1.234, request_id))

    def now() -> None:
        observability.log_request(cast("Scope", SCOPE), 200, 1.234, request_id)

    def full_chain() -> None:
        chain.info("request %s %s", SCOPE["method"], SCOPE["path_template"])

    gathered = {name: getattr(logging, name) for name in GATHERED}
    figures = {
        name: per_line(emit, args.lines, args.rounds)
        for name, emit in (("baseline", baseline), ("gathering", now))
    }
    logs.lean_records()
    figures.update(
        (name, per_line(emit, args.lines, args.rounds))
        for name, emit in (("now", now), ("chain", full_chain))
    )
    for name, value in gathered.items():
        setattr(logging, name, value)
    print(f"load: {os.getloadavg()[0]:.2f} (1 min)")
    print(f"baseline (msgspec message, % format)  : {figures['baseline']:6.2f} µs a line")
    print(
        f"now (JsonLinesFormatter, a dict)      : {figures['now']:6.2f} µs a line "
        f"({figures['now'] / figures['baseline']:.2f}× baseline)"
    )
    print(
        f"now, records gathering thread, caller : {figures['gathering']:6.2f} µs a line "
        f"({figures['gathering'] / figures['baseline']:.2f}× baseline)"
    )
    print(
        f"structlog chain (any other record)    : {figures['chain']:6.2f} µs a line "
        f"({figures['chain'] / figures['baseline']:.2f}× baseline)"
    )


if __name__ == "__main__":
    main()
