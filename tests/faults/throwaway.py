"""Throwaway PostgreSQL and Redis servers for the fault suite: each in a temporary directory,
on a free port, stopped and started again by the test — never the shared services.

PostgreSQL comes from the Debian binaries (`/usr/lib/postgresql/<version>/bin`). `initdb`
refuses to run as root, so as root the cluster belongs to the `postgres` user and every
server command runs through `runuser -u postgres`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.services import free_port

IMMEDIATE_STOP = ("-m", "immediate", "stop")
REDIS_OPTIONS = ("--bind", "127.0.0.1", "--appendonly", "yes", "--save", "")


class Missing(RuntimeError):
    """A server binary the fault suite needs is not installed; the message says which."""


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), 0.5):
            return True
    except OSError:
        return False


def _wait(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} within {seconds:.0f} s")
        time.sleep(0.05)


def postgres_bin() -> Path:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if not found:
        raise Missing("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (initdb)")
    return Path(found[-1]).parent


def redis_server() -> str:
    found = shutil.which("redis-server")
    if found is None:
        raise Missing("no redis-server on PATH")
    return found


class ThrowawayPostgres:
    """A cluster of its own (trust authentication, user `postgres`, fsync off) on a free
    port of 127.0.0.1, its socket in its own directory; `stop` is a fast shutdown, which
    ends every session as a restart of the database does."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.port = free_port()
        self.home = Path(tempfile.mkdtemp(prefix="kundrost-faults-pg-"))
        self.data = self.home / "data"
        self.log = self.home / "server.log"
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as:
            if shutil.which("runuser") is None:
                raise Missing("running as root needs runuser to start PostgreSQL as postgres")
            owner = pwd.getpwnam("postgres")
            os.chown(self.home, owner.pw_uid, owner.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c fsync=off "
            f"-c unix_socket_directories={self.home} -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        _wait(lambda: answers(self.port), 30, "PostgreSQL did not answer")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        _wait(lambda: not answers(self.port), 30, "PostgreSQL did not stop")

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                [*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), *IMMEDIATE_STOP],
                capture_output=True,
                check=False,
            )
        shutil.rmtree(self.home, ignore_errors=True)

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run(
            [*self._as, str(self.bin / tool), *args], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr[-2000:]}")


class ThrowawayRedis:
    """A Redis of its own with an append-only file (as docs/queue.md recommends for the
    queue), so a stop and start loses no queued job; `stop` is SIGTERM, a clean shutdown."""

    def __init__(self) -> None:
        self.binary = redis_server()
        self.port = free_port()
        self.home = Path(tempfile.mkdtemp(prefix="kundrost-faults-redis-"))
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        with (self.home / "server.log").open("ab") as log:
            self._process = subprocess.Popen(
                [self.binary, "--port", str(self.port), "--dir", str(self.home), *REDIS_OPTIONS],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        _wait(lambda: answers(self.port), 15, "Redis did not answer")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=15)

    def remove(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=5)
        shutil.rmtree(self.home, ignore_errors=True)
