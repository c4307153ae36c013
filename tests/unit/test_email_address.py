"""E-mail addresses of a store's report recipients: what counts as one."""

from __future__ import annotations

import pytest

from kundrost.domain.business_context import BusinessContext
from kundrost.domain.email_address import MAX_RECIPIENTS, is_email_address
from kundrost.domain.errors import InvalidValue
from tests.unit.context_builders import STORE_ID


@pytest.mark.parametrize(
    "address",
    [
        "ägare@example.se",
        "anna.berg+rapport@ica-nara.example.se",
        "chef@årsta.example.se",
        "x@b.co",
    ],
)
def test_these_are_addresses(address: str) -> None:
    assert is_email_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "",
        "ägare",
        "ägare@example",
        "@example.se",
        "ägare@@example.se",
        "anna berg@example.se",
        ".anna@example.se",
        "anna..berg@example.se",
        "anna@-example.se",
        "anna@example.s",
        "anna@example.se.",
        "Anna <anna@example.se>",
        "anna@exam_ple.se",
        "a" * 65 + "@example.se",
        None,
    ],
)
def test_these_are_not(address: str | None) -> None:
    assert not is_email_address(address)


def test_a_context_refuses_a_bad_recipient_naming_it() -> None:
    with pytest.raises(InvalidValue) as refused:
        BusinessContext(STORE_ID, report_recipients=("ägare@example.se", "inte en adress"))

    assert refused.value.field == "report_recipients[1]"
    assert "inte en adress" not in refused.value.message


def test_a_context_refuses_a_recipient_twice_whatever_the_case() -> None:
    with pytest.raises(InvalidValue, match="listed twice"):
        BusinessContext(STORE_ID, report_recipients=("Anna@Example.se", "anna@example.se"))


def test_a_context_refuses_more_recipients_than_a_store_has_managers() -> None:
    too_many = tuple(f"chef{n}@example.se" for n in range(MAX_RECIPIENTS + 1))

    with pytest.raises(InvalidValue, match=f"at most {MAX_RECIPIENTS}"):
        BusinessContext(STORE_ID, report_recipients=too_many)


def test_a_context_without_recipients_sends_to_nobody() -> None:
    assert BusinessContext(STORE_ID).report_recipients == ()
