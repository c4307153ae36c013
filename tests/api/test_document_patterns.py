"""Every `pattern` in the OpenAPI document means the same to the server as to a client.

msgspec checks a pattern with Python's `re`; a client, and Schemathesis, read it as an
ECMA-262 regular expression (here through jsonschema-rs, as Schemathesis does). The two
disagree on `\\w`, `\\d` and `\\s` beyond ASCII and on `$` before a final newline, so a
pattern written with them lets the server accept what the document forbids, or refuse
what it allows. Each pattern is tried on the same strings by both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient

Client = TestClient[Litestar]

TRICKY = [
    *"aZ09_-.@ \t\n\r",
    *"åäöÅÄÖéüßç",
    *"ΩЖ軳٣",
    "\x00",
    "\x0b",
    "\x1c",
    "\x1f",
    "\x85",
    "\xa0",
    "\u2007",
    "\u2028",
    "\u3000",
    "\ufeff",
    "\U0001f600",
]
SHAPES = [
    "ägare@example.se",
    "a.b@blåbär.se",
    "+46701234567",
    "08:30",
    "sv",
    "köttdisken",
    "2026-11-30",
    "Kassan",
    "1200; w=60",
    "req-12345678",
]
EDGES = [
    shape + end for shape in ["", "7", *SHAPES] for end in ("", "\n", "\r\n", "\x85", "\u2028")
]
"""Every shape as it is and with a line end after it, where the two dialects' `$` part: tried
on every run, not only when the search below happens upon them."""


def patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from patterns(item)


@pytest.fixture(scope="module")
def document_patterns() -> list[str]:
    from kundrost.container import build_container
    from kundrost.entrypoints.http import create_app
    from kundrost.settings import Settings

    settings_ = Settings.embedded()
    with TestClient(create_app(build_container(settings_), settings_)) as client:
        document = client.get("/schema/openapi.json").json()
    found = sorted(set(patterns(document)))
    assert len(found) >= 6
    return found


texts = st.one_of(
    st.text(
        st.one_of(st.sampled_from(TRICKY), st.characters(exclude_categories=["Cs"])), max_size=12
    ),
    st.builds(
        lambda shape, where, extra: shape[:where] + extra + shape[where:],
        st.sampled_from(SHAPES),
        st.integers(0, 20),
        st.text(st.sampled_from(TRICKY), max_size=2),
    ),
)


@pytest.fixture(scope="module")
def readers(document_patterns: list[str]) -> list[tuple[str, re.Pattern[str], Any]]:
    return [
        (pattern, re.compile(pattern), jsonschema_rs.validator_for({"pattern": pattern}))
        for pattern in document_patterns
    ]


def assert_read_alike(readers: list[tuple[str, re.Pattern[str], Any]], text: str) -> None:
    for pattern, server, client in readers:
        assert (server.search(text) is not None) == client.is_valid(text), (pattern, text)


@pytest.mark.parametrize("text", EDGES, ids=ascii)
def test_the_server_and_a_client_read_every_pattern_alike_at_a_line_end(
    readers: list[tuple[str, re.Pattern[str], Any]], text: str
) -> None:
    assert_read_alike(readers, text)


@settings(max_examples=400, database=None, deadline=None)
@given(text=texts)
def test_the_server_and_a_client_read_every_pattern_alike(
    readers: list[tuple[str, re.Pattern[str], Any]], text: str
) -> None:
    assert_read_alike(readers, text)
