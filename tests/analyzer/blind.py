"""The blind holdout, measured black box over HTTP: does kundrost grade like a store manager?

`tests/data/feedback_blind.json` holds 82 Swedish feedback calls written and labelled without
reading the analyzer, the grading or the fraud rules (tests/data/README.md says how). This
harness plays the verification system and the voice bridge against a running API and compares
its verdicts with the labels:

    python -m tests.analyzer.blind               # starts `kundrost serve`, embedded defaults
    python -m tests.analyzer.blind --url http://127.0.0.1:8000   # a running server
    python -m tests.analyzer.blind --per-item    # also each call's label and outcome

Without `--url` it starts `python -m kundrost serve` on a free port with a fresh
`KUNDROST_JWT_SECRET` and no other `KUNDROST_*`, `OPENAI_*` or `ELKS_*` variable (so: memory
storage, offline analyzer, calls that ring until reported), waits for `/health` and stops it at
the end. With `--url` it signs an admin token with `KUNDROST_JWT_SECRET` (or takes `--token`).

Per store it PUTs the business context under a fresh store id; per call it initiates a session
(a made-up +4670… number, unique in the run), reports it `in_progress`, posts the transcript and
reads the assessment. At the end it cancels every call, which erases their numbers and words, so
a rerun against the same server is not a copy of this one. Purchase times move to the latest
moment before now with the same Stockholm weekday and wall-clock time (whole weeks further back
past a closed date or a skipped daylight-saving hour), so opening hours judge them as labelled;
a purchase on a closed date moves to the last week like the others, and its call goes to a copy of
the store's context that names its new date closed (the API calls about the last seven days only).

By default it prints only aggregate figures (blind_figures.Figures): whoever tunes the grader
must not see the cases. `--per-item` is for the final report. `evaluate_in_process()` runs the
same steps through Litestar's TestClient on the same app `kundrost serve` builds, for a pytest
gate; the figures are the same either way.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from kundrost.entrypoints.http.security import Role, issue_token
from tests.analyzer.blind_drive import Driver, Outcome, closed_also, schedule
from tests.analyzer.blind_figures import Figures, figures
from tests.analyzer.blind_report import per_item_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "feedback_blind.json"
PROVIDER_PREFIXES = ("KUNDROST_", "OPENAI_", "ELKS_")
"""Variables that would move `kundrost serve` off its embedded defaults."""


def load(path: Path = DATA) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def drive(client: httpx.Client, token: str, data: dict[str, Any]) -> list[Outcome]:
    """Every call of `data` through the API behind `client`, in file order; when all are
    graded, every call is cancelled (see `Driver.cancel_all`)."""
    driver = Driver(client, token, datetime.now(UTC))
    run = schedule(data, driver.now)
    stores = {key: driver.put_context(context) for key, context in data["stores"].items()}
    outcomes = []
    for item in data["items"]:
        purchase, context = run[item["id"]], data["stores"][item["store"]]
        store = stores[item["store"]]
        if purchase.closes is not None:
            store = driver.put_context(closed_also(context, purchase.closes))
        outcomes.append(driver.run(item, store, purchase.when))
    driver.cancel_all()
    return outcomes


def admin_token(secret: str) -> str:
    return issue_token(secret, Role.ADMIN, subject="blind-holdout", ttl=timedelta(hours=2))


def evaluate_in_process(data: dict[str, Any] | None = None) -> tuple[Figures, list[Outcome]]:
    """The evaluation through Litestar's TestClient on the app `kundrost serve` builds from the
    embedded defaults (calls ring until reported)."""
    from litestar.testing import TestClient

    from kundrost.entrypoints.cli.serve import build_app
    from kundrost.settings import Settings

    data = data or load()
    settings = Settings.embedded()
    with TestClient(build_app(settings, "ring")) as client:
        outcomes = drive(client, admin_token(settings.jwt_secret), data)
    return figures(data["items"], outcomes), outcomes


def evaluate_served(url: str, token: str, data: dict[str, Any]) -> tuple[Figures, list[Outcome]]:
    with httpx.Client(base_url=url, timeout=30) as client:
        outcomes = drive(client, token, data)
    return figures(data["items"], outcomes), outcomes


@contextmanager
def served(startup_seconds: float = 30) -> Iterator[tuple[str, str]]:
    """`kundrost serve` on the embedded defaults and a free port: yields (url, jwt secret)."""
    secret = secrets.token_urlsafe(32)
    env = {k: v for k, v in os.environ.items() if not k.startswith(PROVIDER_PREFIXES)}
    env["KUNDROST_JWT_SECRET"] = secret
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        command = [sys.executable, "-m", "kundrost", "serve", "--port", str(port)]
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(url, process, log, startup_seconds)
            yield url, secret
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    log.seek(0)
    tail = log.read().decode(errors="replace")[-2000:]
    raise RuntimeError(f"kundrost serve did not become healthy at {url}:\n{tail}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.analyzer.blind", description=__doc__)
    parser.add_argument("--url", help="a running kundrost API; default: start one")
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled calls")
    parser.add_argument("--token", help="with --url: an admin bearer token")
    parser.add_argument("--per-item", action="store_true", help="print every call (report only)")
    args = parser.parse_args(argv)
    data = load(args.data)
    if args.url:
        token = args.token or _token_from_env()
        result, outcomes = evaluate_served(args.url, token, data)
        where = args.url
    else:
        with served() as (url, secret):
            result, outcomes = evaluate_served(url, admin_token(secret), data)
        where = f"{url} (kundrost serve, embedded defaults)"
    print(f"blind holdout {args.data.name}, {len(data['items'])} calls, against {where}")
    print("\n".join(result.lines()))
    if args.per_item:
        print("\n".join(per_item_lines(data["items"], outcomes)))
    return 0


def _token_from_env() -> str:
    secret = os.environ.get("KUNDROST_JWT_SECRET", "").strip()
    if not secret:
        raise SystemExit("--url needs --token or the server's KUNDROST_JWT_SECRET in the env")
    return admin_token(secret)


if __name__ == "__main__":
    sys.exit(main())
