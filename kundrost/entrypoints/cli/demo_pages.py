"""The demo's last step: each store's weekly report page as a file, to open in a browser."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from kundrost.adapters.html.environment import render
from kundrost.adapters.html.report_view import report_view
from kundrost.domain.report_page import ReportPage
from kundrost.entrypoints.cli.demo_run import DemoResult


def slug(text: str) -> str:
    """`ICA Nära Årsta` → `ica-nara-arsta`: a file name that needs no quoting anywhere."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "butik"


def pages_folder(asked: str | None) -> Path:
    """The folder asked for (made when missing), or a new one under the system's temp dir."""
    if asked is None:
        return Path(tempfile.mkdtemp(prefix="kundrost-demo-"))
    folder = Path(asked)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_pages(result: DemoResult, folder: Path) -> list[Path]:
    """Writes every store's report page (self-contained: styles and charts inline, no links
    to a server) and returns the paths, in the stores' order."""
    paths = []
    for store, report in result.reports:
        page = ReportPage(report, (), store.name, store.context.zone)
        path = folder / f"{slug(store.name)}-{report.week}.html"
        path.write_text(render("report.html.j2", view=report_view(page), links=False), "utf-8")
        paths.append(path.resolve())
    return paths
