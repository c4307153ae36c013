"""`kundrost serve --workers N` whose parent is killed outright takes its workers with it,
so the next `kundrost serve` on the same port starts instead of failing with "address
already in use"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from tests.cli.test_serve_and_token import ROOT, wait_for_health
from tests.services import free_port

CHILD = """
import os, sys, time
from kundrost.entrypoints.cli import parent_watch
if sys.argv[1] == "thread":
    parent_watch._ask_kernel = lambda: False
print(parent_watch.die_with_parent(os.getppid()), flush=True)
time.sleep(60)
"""
PARENT = """
import subprocess, sys, time
command = [sys.executable, "-c", sys.argv[1], sys.argv[2]]
child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
print(child.pid, child.stdout.readline().strip(), flush=True)
time.sleep(60)
"""
SERVE = [sys.executable, "-m", "kundrost.entrypoints.cli.serve"]


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for its reaper does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def gone_within(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.1)
    return [pid for pid in pids if alive(pid)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["prctl", "thread"])
def test_a_process_that_asked_ends_when_its_parent_is_killed(how: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, CHILD, how], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    child_pid, chosen = parent.stdout.readline().split()
    try:
        assert chosen == how
        parent.kill()
        parent.wait(timeout=5)
        assert gone_within([int(child_pid)], 5) == []
    finally:
        if alive(int(child_pid)):
            os.kill(int(child_pid), signal.SIGKILL)


def serve(port: int, env: dict[str, str], log: Path) -> subprocess.Popen[str]:
    with log.open("w") as output:
        return subprocess.Popen(
            [*SERVE, "--port", str(port), "--workers", "2"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_workers_end_with_a_killed_parent_and_the_port_is_free_again(
    production_env: dict[str, str],
) -> None:
    env = {**os.environ, **production_env}
    port = free_port()
    health = f"http://127.0.0.1:{port}/health"
    with tempfile.TemporaryDirectory() as logs:
        first = serve(port, env, Path(logs, "first.log"))
        second: subprocess.Popen[str] | None = None
        workers: list[int] = []
        try:
            wait_for_health(health, first)
            workers = children_of(first.pid)
            first.kill()
            first.wait(timeout=5)
            assert len(workers) >= 2
            assert gone_within(workers, 30) == [], Path(logs, "first.log").read_text()[-3000:]

            second = serve(port, env, Path(logs, "second.log"))
            assert wait_for_health(health, second)["status"] == "ok"
            assert httpx.get(health.replace("/health", "/health/ready")).status_code == 200
        finally:
            for pid in workers:
                if alive(pid):
                    os.kill(pid, signal.SIGKILL)
            if second is not None:
                second.send_signal(signal.SIGINT)
                second.wait(timeout=30)
