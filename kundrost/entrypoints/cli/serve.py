"""`kundrost serve`: the HTTP API under uvicorn (httptools with each response's head and body
in one socket write: see `http.corked`; and the event loop that measured best for the
storage: see `event_loop`), configured from the environment like every other entrypoint.

On the embedded defaults everything lives in the process's memory, so one worker is the
only correct choice there: with several, a call initiated through one worker would be
unknown to the next, and each would count its own rate limits. Several workers need
PostgreSQL storage and a Redis cache and queue, and a `KUNDROST_JWT_SECRET` and
`KUNDROST_ENCRYPTION_KEY` they all share.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from dependency_injector import providers
from litestar import Litestar

from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.container import Container, build_container
from kundrost.entrypoints import logs, preflight
from kundrost.entrypoints.cli.parent_watch import PARENT, die_with_parent_from_env
from kundrost.entrypoints.heap import freeze_startup_heap
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings, SettingsError

SIMULATED_CALLS = "KUNDROST_SIMULATED_CALLS"
"""With the simulated telephony: `ring` (default) places each call and leaves it to the client,
which plays the voice bridge (PATCH the outcome, POST the transcript), so every outcome of the
API can be tried by hand; `converse` lets simulated shoppers answer and talk with the offline
voice agent at once, as `kundrost demo` does."""
SIMULATED_MODES = ("ring", "converse")

log = logging.getLogger("kundrost.serve")


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "serve",
        help="run the HTTP API (uvicorn); settings come from KUNDROST_* variables",
        description="Runs the HTTP API. With no KUNDROST_* variables set it runs on the "
        "embedded adapters: memory storage, offline analyzer, simulated telephony.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="127.0.0.1 by default")
    parser.add_argument("--port", default="8000", help="1–65535, 8000 by default")
    parser.add_argument(
        "--workers", default="1", help="worker processes (1; more need shared storage)"
    )
    parser.add_argument(
        "--simulated-calls",
        choices=SIMULATED_MODES,
        default=None,
        help="ring (default): calls wait for you to report them (PATCH) and post the "
        "transcript, as a voice bridge does; converse: simulated shoppers answer at once and "
        f"talk with the offline voice agent (or set {SIMULATED_CALLS})",
    )
    parser.set_defaults(run=run)


def whole_number(option: str, text: str, low: int, high: int) -> int | str:
    """`text` as a number from `low` to `high`, or the sentence refusing it."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
        return f"{option} must be a whole number from {low} to {high}, got {text!r}"
    return int(value)


def refusal(settings: Settings, workers: int, mode: str) -> str | None:
    """Why these settings cannot be served this way, or None."""
    if mode not in SIMULATED_MODES:
        return f"{SIMULATED_CALLS} must be one of {', '.join(SIMULATED_MODES)}, got {mode!r}"
    if workers == 1:
        return None
    in_memory = [
        port for port in ("storage", "cache", "queue") if getattr(settings, port) == "memory"
    ]
    if in_memory:
        return (
            f"--workers {workers} refused: {', '.join(in_memory)} would live in each worker's "
            "own memory, so a call made through one worker would be unknown to the others. "
            "Run one worker, or set KUNDROST_DATABASE_URL and KUNDROST_REDIS_URL."
        )
    unset = [
        variable
        for variable, generated in (
            ("KUNDROST_JWT_SECRET", settings.jwt_secret_generated),
            ("KUNDROST_ENCRYPTION_KEY", settings.encryption_key_generated),
        )
        if generated
    ]
    if unset:
        return (
            f"--workers {workers} refused: without {' and '.join(unset)} each worker would "
            "make up its own, refuse the others' tokens and fail to read the personal data "
            f"they stored. Set {' and '.join(unset)}."
        )
    return None


def app_from_env(env: Mapping[str, str] | None = None) -> Litestar:
    """The app factory uvicorn calls in each worker: settings from the environment, the
    container they choose, and the API over it. The worker stops when its parent dies."""
    env = os.environ if env is None else env
    die_with_parent_from_env()
    settings = Settings.from_env(env)
    worker = multiprocessing.parent_process() is not None
    if worker:
        logs.configure(settings.log_level)  # a worker process of `--workers N` starts afresh
    return build_app(settings, env.get(SIMULATED_CALLS, "ring"), freeze_heap=worker)


def event_loop(settings: Settings) -> str:
    """`KUNDROST_HTTP_LOOP`, and for `auto` uvloop on PostgreSQL storage and asyncio's own
    loop on memory storage: each bounded the tail of a saturated process best there
    (docs/performance.md, "The embedded tail").

    On memory storage no request waits on a socket of its own, and under uvloop the slowest
    1 % of status requests at 64 connections waited 5–20 times the median (p99 87–340 ms at
    p50 17 ms) where asyncio's loop kept them to 1.5–3.5 times (26–61 ms), at the same rate
    and CPU a request; on PostgreSQL and Redis uvloop served as many requests or more, with
    a tail as short."""
    if settings.http_loop != "auto":
        return settings.http_loop
    return "uvloop" if settings.storage == "postgres" else "asyncio"


def build_app(settings: Settings, mode: str, *, freeze_heap: bool = False) -> Litestar:
    """The API as `kundrost serve` runs it; with `freeze_heap` (a process that only serves,
    not a test's) the start-up heap is frozen once the lifespan has opened the resources."""
    container = build_container(settings)
    if settings.telephony == "simulated" and mode.strip().lower() == "ring":
        ring_only(container)
    app = create_app(container, settings)
    if freeze_heap:
        app.on_startup.append(freeze_after_start)
    return app


def freeze_after_start() -> None:
    log.info("start-up heap frozen: %d objects", freeze_startup_heap())


RING_REMEMBERS = 1_000
"""The simulated calls a ring-mode process keeps: clients report what happened to them, so
the network itself needs none, and a process serving for days must not hold them all."""


def ring_only(container: Container) -> None:
    """Calls are placed and then wait: nothing answers them until a client reports it."""
    container.telephony.override(providers.Singleton(SimulatedTelephony, remember=RING_REMEMBERS))


WORKER_START_SECONDS = 60
"""How long uvicorn waits for a worker process to answer a health check. A worker imports
the whole service before it can answer, about 2 s of CPU: on a busy machine (or a container
with a fraction of a core) that is more than uvicorn's own 5 s, which then killed and
restarted every worker before it answered, so `--workers 2` never served. A worker that
hangs is replaced a minute later instead of 5 s."""


def checked(args: argparse.Namespace, mode: str) -> tuple[Settings, int, int] | str:
    """The settings, port and workers to serve, or one line with every problem found."""
    problems: list[str] = []
    settings: Settings | None = None
    try:
        settings = Settings.from_env(os.environ, warn=False)
    except SettingsError as error:
        problems.append(str(error))
    port = whole_number("--port", args.port, 1, 65_535)
    workers = whole_number("--workers", args.workers, 1, 64)
    problems += [value for value in (port, workers) if isinstance(value, str)]
    if settings is not None and isinstance(workers, int):
        problem = refusal(settings, workers, mode)
        if problem:
            problems.append(problem)
    if problems or settings is None:
        return "; ".join(problems)
    assert isinstance(port, int)
    assert isinstance(workers, int)
    return settings, port, workers


def run(args: argparse.Namespace) -> int:
    """Exit status 2 for a setting or option to correct, 1 for a service that does not
    answer; either way one line on stderr names what and how to fix it."""
    import uvicorn

    from kundrost.entrypoints.http.corked import CorkedHttpToolsProtocol

    mode = (args.simulated_calls or os.environ.get(SIMULATED_CALLS, "ring")).strip().lower()
    found = checked(args, mode)
    if isinstance(found, str):
        print(f"kundrost serve: {found}", file=sys.stderr)
        return 2
    settings, port, workers = found
    if not preflight.ready("serve", settings):
        return 1
    print(banner(settings, args.host, port, workers, mode), flush=True)
    options: dict[str, Any] = {
        "host": args.host,
        "port": port,
        "loop": event_loop(settings),
        "http": CorkedHttpToolsProtocol,
        "access_log": False,
        "log_config": None,
        "lifespan": "on",
    }
    if workers == 1:
        uvicorn.run(build_app(settings, mode, freeze_heap=True), **options)
    else:
        os.environ[SIMULATED_CALLS] = mode  # the workers' factory reads it
        os.environ[PARENT] = str(os.getpid())
        uvicorn.run(
            f"{__name__}:app_from_env",
            factory=True,
            workers=workers,
            timeout_worker_healthcheck=WORKER_START_SECONDS,
            **options,
        )
    return 0


def banner(settings: Settings, host: str, port: int, workers: int, mode: str) -> str:
    base = f"http://{'localhost' if host in ('0.0.0.0', '::') else host}:{port}"
    adapters = ", ".join(
        f"{port_name} {getattr(settings, port_name)}"
        for port_name in ("storage", "cache", "queue", "analyzer", "voice", "telephony")
    )
    lines = [
        f"kundrost API on {base} ({workers} worker{'s' if workers > 1 else ''}; {adapters})",
        f"  docs:    {base}/schema  (OpenAPI: {base}/schema/openapi.json)",
        f"  health:  {base}/health   metrics: {base}/metrics",
        "  token:   kundrost token --role service   (same KUNDROST_JWT_SECRET as this server)",
    ]
    if settings.telephony == "simulated":
        lines.append(
            "  calls:   simulated; "
            + (
                "each rings until you report it (PATCH .../{id} in_progress, then POST "
                "the transcript); --simulated-calls converse lets simulated shoppers answer"
                if mode == "ring"
                else "simulated shoppers answer at once and talk with the offline voice agent"
            )
        )
    if settings.jwt_secret_generated:
        lines.append(
            "  WARNING: KUNDROST_JWT_SECRET is not set, so this server made up a secret and no "
            "token from `kundrost token` will be accepted. Stop it, export "
            "KUNDROST_JWT_SECRET in both shells, and start again."
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """`kundrost serve` on its own, for tests and `python -m`."""
    parser = argparse.ArgumentParser(prog="kundrost")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["serve", *(sys.argv[1:] if argv is None else argv)])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
