"""E-mail addresses: who receives a store's weekly report, checked by their shape."""

from __future__ import annotations

import re
from typing import Any

from kundrost.domain.errors import InvalidValue

MAX_RECIPIENTS = 20
"""A weekly report goes to a store's owners and managers, not to a mailing list."""

_LOCAL = re.compile(r"[^\s@<>()\[\]\\,;:\"]{1,64}")
_LABEL = re.compile(r"(?!-)[^\W_](?:[^\W_]|-){0,62}(?<!-)")


def is_email_address(text: object) -> bool:
    """`local@domain` as a mailbox is written: a local part of up to 64 characters without
    spaces, brackets or quotes (and no leading, trailing or double dot), and a domain of at
    least two dot-separated labels of letters, digits and inner hyphens (Swedish letters
    too), the last of at least two letters; 254 characters at most in all."""
    if not isinstance(text, str) or len(text) > 254 or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    if not _LOCAL.fullmatch(local) or local.startswith(".") or local.endswith("."):
        return False
    if ".." in local:
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return False
    return labels[-1].isalpha() and len(labels[-1]) >= 2


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
