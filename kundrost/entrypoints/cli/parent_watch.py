"""The workers of `kundrost serve --workers N` end with their parent.

uvicorn's parent process binds the port and hands the socket to its workers. Killed
outright (`kill -9`, the OOM killer), it cannot stop them, and they go on serving the old
code on the port, so the next `kundrost serve` fails with "address already in use". Each
worker therefore asks to be sent SIGTERM when its parent dies, and stops as on any SIGTERM:
it closes the listening socket at once, then finishes its requests and its jobs.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger("kundrost.serve")

PARENT = "KUNDROST_SERVE_PARENT_PID"
"""Set by `kundrost serve` for its workers: the pid they must not outlive."""
PR_SET_PDEATHSIG = 1
"""From <linux/prctl.h>."""
WATCH_EVERY_SECONDS = 1.0


def die_with_parent(parent_pid: int) -> str:
    """Makes this process get SIGTERM when `parent_pid` (its parent now) dies; how.

    On Linux the kernel does it (`prctl(PR_SET_PDEATHSIG)`), at once; elsewhere a daemon
    thread looks every second whether the parent is still there. A parent that died
    before this was asked is noticed here too.
    """
    how = "prctl" if _ask_kernel() else _watch_in_thread(parent_pid)
    if os.getppid() != parent_pid:
        _terminate_self()
    return how


def die_with_parent_from_env() -> None:
    """`die_with_parent` for the pid `kundrost serve` left in the environment, if any."""
    text = os.environ.get(PARENT, "").strip()
    if text.isdigit():
        die_with_parent(int(text))


def _ask_kernel() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_in_thread(parent_pid: int) -> str:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(WATCH_EVERY_SECONDS)
        _terminate_self()

    threading.Thread(target=watch, name="parent watch", daemon=True).start()
    return "thread"


def _terminate_self() -> None:
    log.warning("the serve process that started this worker is gone: stopping")
    os.kill(os.getpid(), signal.SIGTERM)
