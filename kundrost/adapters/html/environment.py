"""The Jinja environment of what a store owner reads, and the headers its pages go out with.

One stylesheet, inlined in every page (a page saved or e-mailed stays whole); its hash is
the only style the pages' Content-Security-Policy allows, and nothing else may load: no
script, no font, no image from anywhere, so a page can make no request of its own.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from kundrost.adapters.html import swedish
from kundrost.adapters.html.palette import COLOURS


def new_environment() -> Environment:
    """A fresh environment (Litestar's template engine adds its own globals to the one it
    is given); HTML and SVG templates are escaped, plain-text ones are not."""
    environment = Environment(
        loader=PackageLoader("kundrost.adapters.html", "templates"),
        autoescape=select_autoescape(("html.j2", "svg.j2")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        number=swedish.number,
        percent=swedish.percent,
        points=swedish.points,
        sentence=swedish.sentence,
    )
    environment.globals.update(colours=COLOURS, stylesheet=stylesheet(), links=True)
    return environment


@cache
def stylesheet() -> str:
    plain = Environment(
        loader=PackageLoader("kundrost.adapters.html", "templates"),
        undefined=StrictUndefined,
        autoescape=False,
    )
    return plain.get_template("report.css.j2").render(colours=COLOURS)


@cache
def _shared() -> Environment:
    return new_environment()


def render(template: str, **context: Any) -> str:
    """`template` rendered outside a request (the demo's files, e-mail parts)."""
    return _shared().get_template(template).render(**context)


def style_source() -> str:
    digest = hashlib.sha256(stylesheet().encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_headers() -> dict[str, str]:
    """Security headers of every page: only the inline stylesheet and same-origin forms are
    allowed; nothing is cached or framed, and no address leaks to another site (a same-origin
    referrer lets a form post name its origin, which sign-in checks)."""
    policy = (
        f"default-src 'none'; style-src {style_source()}; img-src data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return {
        "Content-Security-Policy": policy,
        "Cache-Control": "no-store",
        "Referrer-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
    }
