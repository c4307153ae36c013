"""PhoneNumber: Swedish numbers only, and never shown in full."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundrost.domain.errors import InvalidValue
from kundrost.domain.phone import PhoneNumber
from tests.unit.call_builders import NUMBER, a_phone

swedish_numbers = st.text("0123456789", min_size=8, max_size=9).map(lambda digits: "+46" + digits)


@pytest.mark.parametrize("e164", [NUMBER, "+4687654321", "+46313456789"])
def test_a_swedish_number_in_e164_form_is_accepted(e164: str) -> None:
    assert PhoneNumber(e164).e164 == e164


@pytest.mark.parametrize(
    "text",
    [
        "0701234567",
        "+46 70 123 45 67",
        "+467012345",
        "+4670123456789",
        "+4791234567",
        "+46701234567\n",
        "",
    ],
)
def test_anything_but_a_swedish_e164_number_is_refused(text: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        PhoneNumber(text)
    assert refused.value.field == "phone_number"


def test_a_number_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidValue):
        PhoneNumber(46701234567)  # type: ignore[arg-type]


def test_a_masked_number_shows_the_country_code_and_the_last_two_digits() -> None:
    assert a_phone().masked() == "+46*******67"


def test_the_representation_and_text_of_a_number_are_masked() -> None:
    assert NUMBER not in repr(a_phone())
    assert str(a_phone()) == "+46*******67"


def test_two_numbers_with_the_same_digits_are_equal() -> None:
    assert a_phone() == PhoneNumber(NUMBER)


@settings(max_examples=50)
@given(swedish_numbers)
def test_no_number_is_ever_shown_in_full(e164: str) -> None:
    phone = PhoneNumber(e164)
    assert e164 not in repr(phone)
    assert e164 not in str(phone)
    assert phone.masked()[-2:] == e164[-2:]
    assert len(phone.masked()) == len(e164)
