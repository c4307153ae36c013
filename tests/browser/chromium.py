"""Headless Chromium driven over the DevTools protocol (a WebSocket), for the page tests.

Debian's `chromium` is launched with the flags this closed network needs (no background
networking, no component updates, no sync, no first-run) and a fresh profile; `.ci/run`
installs it when missing. Without it the browser tests skip, or fail where services are
required (CI). The protocol is spoken directly with the `websockets` client: a page is
opened, its network requests and console messages are recorded, and it can be measured,
screenshotted, printed to PDF and evaluated.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

from tests import services

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
)
START_SECONDS = 30.0
COMMAND_SECONDS = 30.0


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "browser tests: install Debian's chromium (apt-get install -y chromium)"
        if services.required():
            pytest.fail(f"{message} (KUNDROST_REQUIRE_SERVICES=1)", pytrace=False)
        pytest.skip(message)
    return found


class Page:
    """One tab: commands go to its session; its events are kept in order."""

    def __init__(self, browser: Browser, session: str) -> None:
        self._browser = browser
        self.session = session
        self.requests: list[str] = []
        self.log: list[str] = []
        self.send("Page.enable")
        self.send("Network.enable")
        self.send("Log.enable")
        self.send("Runtime.enable")

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self._browser.send(method, params, session=self.session)

    def on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Log.entryAdded":
            self.log.append(f"{params['entry']['source']}: {params['entry']['text']}")
        elif method == "Runtime.consoleAPICalled":
            self.log.append("console: " + " ".join(str(a.get("value")) for a in params["args"]))

    def size(self, width: int, height: int = 900, *, mobile: bool = False) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    def headers(self, headers: dict[str, str]) -> None:
        self.send("Network.setExtraHTTPHeaders", headers=headers)

    def open(self, url: str) -> None:
        """Navigates and returns once the page's load event fired."""
        self._browser.drop_events("Page.loadEventFired")
        self.send("Page.navigate", url=url)
        self._browser.wait_for("Page.loadEventFired", self.session)

    def wait_for_load(self) -> None:
        self._browser.wait_for("Page.loadEventFired", self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def media(self, media: str) -> None:
        """`print` lays the page out as it prints; `` as the screen shows it."""
        self.send("Emulation.setEmulatedMedia", media=media)

    def screenshot(self, path: Path) -> Path:
        """The whole page, from the top to the end of its content."""
        metrics = self.send("Page.getLayoutMetrics")["cssContentSize"]
        shot = self.send(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={
                "x": 0,
                "y": 0,
                "width": metrics["width"],
                "height": metrics["height"],
                "scale": 1,
            },
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def pdf(self) -> bytes:
        """The page printed as the browser's "save as PDF" prints it (CSS page size wins)."""
        printed = self.send("Page.printToPDF", preferCSSPageSize=True, printBackground=True)
        return base64.b64decode(printed["data"])


class Browser:
    """A running headless Chromium and the protocol connection to it."""

    def __init__(self, socket: ClientConnection) -> None:
        self._socket = socket
        self._ids = count(1)
        self._events: list[tuple[str, str | None, dict[str, Any]]] = []
        self._pages: dict[str, Page] = {}

    def send(self, method: str, params: dict[str, Any], session: str | None = None) -> Any:
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        self._socket.send(json.dumps(message))
        deadline = time.monotonic() + COMMAND_SECONDS
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == number:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _receive(self, deadline: float) -> dict[str, Any]:
        reply: dict[str, Any] = json.loads(
            self._socket.recv(timeout=max(deadline - time.monotonic(), 0.01))
        )
        if "method" in reply:
            session = reply.get("sessionId")
            self._events.append((reply["method"], session, reply.get("params", {})))
            if session in self._pages:
                self._pages[session].on_event(reply["method"], reply.get("params", {}))
        return reply

    def drop_events(self, method: str) -> None:
        self._events = [event for event in self._events if event[0] != method]

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        deadline = time.monotonic() + COMMAND_SECONDS
        while True:
            for index, (name, source, params) in enumerate(self._events):
                if name == method and source == session:
                    del self._events[index]
                    return params
            self._receive(deadline)

    def new_page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        page = Page(self, session["sessionId"])
        self._pages[page.session] = page
        return page


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium on a fresh profile, stopped (and its profile removed) after."""
    binary = chromium_path()
    with tempfile.TemporaryDirectory(
        prefix="kundrost-chromium-", ignore_cleanup_errors=True
    ) as profile:
        process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            socket = connect(_endpoint(Path(profile), process), max_size=64 * 2**20)
            with socket:
                yield Browser(socket)
        finally:
            _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ends the browser and the helper processes it started (its own process group, which
    only this test run's chromium is in), so none is left writing into the profile that is
    removed next: politely first, then for good."""
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and _group_alive(process):
            time.sleep(0.05)
        if not _group_alive(process):
            break
    process.wait()


def _group_alive(process: subprocess.Popen[bytes]) -> bool:
    process.poll()
    try:
        os.killpg(process.pid, 0)
    except ProcessLookupError:
        return False
    return True


def _endpoint(profile: Path, process: subprocess.Popen[bytes]) -> str:
    """Chromium writes the port and path it listens on into the profile once it is up."""
    announced = profile / "DevToolsActivePort"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"chromium exited with {process.returncode} at start")
        if announced.exists():
            lines = announced.read_text().split()
            if len(lines) >= 2:
                return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        time.sleep(0.05)
    raise AssertionError("chromium did not open its DevTools port in time")
