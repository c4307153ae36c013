"""E-mail addresses: who receives a store's weekly report, checked by their shape."""

from __future__ import annotations

import re
from typing import Any

from kundrost.domain.characters import END, LETTERS, LETTERS_AND_DIGITS, WHITESPACE
from kundrost.domain.errors import InvalidValue

MAX_RECIPIENTS = 20
"""A weekly report goes to a store's owners and managers, not to a mailing list."""

_LABEL = f"(?!-)[{LETTERS_AND_DIGITS}](?:[{LETTERS_AND_DIGITS}]|-){{0,62}}(?<!-)"
EMAIL_PATTERN = (
    f'^(?!\\.)(?!.*\\.\\.[^@]*@)[^{WHITESPACE}@<>()\\[\\]\\\\,;:"\x00]{{1,64}}(?<!\\.)@'
    f"(?:{_LABEL}\\.)+[{LETTERS}]{{2,63}}{END}"
)
"""`local@domain` as a mailbox is written, as one pattern that the API's document states too: a
local part of up to 64 characters without spaces, brackets, quotes or NUL, and no leading,
trailing or double dot; a domain of at least two dot-separated labels of letters, digits and
inner hyphens (Swedish letters too), the last of at least two letters."""
_EMAIL = re.compile(EMAIL_PATTERN)


def is_email_address(text: object) -> bool:
    """Whether `text` matches `EMAIL_PATTERN` within 254 characters."""
    return isinstance(text, str) and len(text) <= 254 and _EMAIL.fullmatch(text) is not None


def report_recipients(_instance: object, attribute: Any, value: tuple[Any, ...]) -> None:
    """At most `MAX_RECIPIENTS` distinct addresses (case does not make two), each one an
    e-mail address: a refusal names the offending item, never echoes the address."""
    if len(value) > MAX_RECIPIENTS:
        raise InvalidValue(attribute.name, f"at most {MAX_RECIPIENTS} addresses, got {len(value)}")
    seen: set[str] = set()
    for index, address in enumerate(value):
        name = f"{attribute.name}[{index}]"
        if not is_email_address(address):
            raise InvalidValue(name, "is not an e-mail address such as ägare@example.se")
        if address.casefold() in seen:
            raise InvalidValue(name, "is listed twice")
        seen.add(address.casefold())
