"""Cipher contract: every adapter of ports.Cipher, then what AES-GCM adds (keys, sizes, format)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.adapters.crypto import AesGcmCipher, generate_key_text, key_from_text
from kundrost.ports import Cipher, DecryptionFailed

CipherFactory = Callable[[bytes], Cipher]

CIPHERS: dict[str, CipherFactory] = {"aesgcm": AesGcmCipher}
"""Each adapter as a factory from a 32-byte key; a production cipher joins by name here."""

KEY = bytes(range(32))
OTHER_KEY = bytes(range(32, 64))
PHONE = "+46701234567"
TRANSCRIPT = "Köttdisken var fantastisk och personalen på Lindqvists Livs var hjälpsam."

purposes = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=40)


@pytest.fixture(scope="module", params=sorted(CIPHERS))
def make_cipher(request: pytest.FixtureRequest) -> CipherFactory:
    return CIPHERS[request.param]


@pytest.fixture(scope="module")
def cipher(make_cipher: CipherFactory) -> Cipher:
    return make_cipher(KEY)


@given(text=st.text(max_size=3000), purpose=purposes)
def test_any_text_decrypts_to_itself_under_its_purpose(
    cipher: Cipher, text: str, purpose: str
) -> None:
    assert cipher.decrypt(cipher.encrypt(text, purpose), purpose) == text


@pytest.mark.parametrize("text", ["", PHONE, TRANSCRIPT, "å" * 5000])
def test_empty_short_and_long_texts_round_trip(cipher: Cipher, text: str) -> None:
    assert cipher.decrypt(cipher.encrypt(text, "transcript"), "transcript") == text


def test_the_same_text_encrypts_differently_every_time(cipher: Cipher) -> None:
    sealed = {cipher.encrypt(PHONE, "phone") for _ in range(50)}
    assert len(sealed) == 50
    assert {cipher.decrypt(s, "phone") for s in sealed} == {PHONE}


def test_the_ciphertext_does_not_contain_the_text(cipher: Cipher) -> None:
    sealed = cipher.encrypt(TRANSCRIPT, "transcript")
    assert TRANSCRIPT.encode() not in sealed
    assert b"Lindqvists" not in sealed


def test_a_ciphertext_does_not_decrypt_under_another_purpose(cipher: Cipher) -> None:
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(cipher.encrypt(PHONE, "phone"), "transcript")


def test_a_ciphertext_does_not_decrypt_under_another_key(make_cipher: CipherFactory) -> None:
    sealed = make_cipher(KEY).encrypt(PHONE, "phone")
    with pytest.raises(DecryptionFailed):
        make_cipher(OTHER_KEY).decrypt(sealed, "phone")


def test_a_second_cipher_with_the_same_key_decrypts(make_cipher: CipherFactory) -> None:
    sealed = make_cipher(KEY).encrypt(PHONE, "phone")
    assert make_cipher(KEY).decrypt(sealed, "phone") == PHONE


@given(data=st.data())
def test_flipping_any_bit_is_detected(cipher: Cipher, data: st.DataObject) -> None:
    sealed = bytearray(cipher.encrypt(TRANSCRIPT, "transcript"))
    bit = data.draw(st.integers(0, len(sealed) * 8 - 1), label="bit")
    sealed[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(bytes(sealed), "transcript")


@given(data=st.data())
def test_a_truncated_ciphertext_is_refused(cipher: Cipher, data: st.DataObject) -> None:
    sealed = cipher.encrypt(PHONE, "phone")
    length = data.draw(st.integers(0, len(sealed) - 1), label="length")
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(sealed[:length], "phone")


@given(junk=st.binary(max_size=100))
def test_random_bytes_are_refused(cipher: Cipher, junk: bytes) -> None:
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(junk, "phone")


def test_a_ciphertext_with_extra_bytes_is_refused(cipher: Cipher) -> None:
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(cipher.encrypt(PHONE, "phone") + b"\x00", "phone")


@given(text=st.text(max_size=200), purpose=purposes)
def test_a_fingerprint_is_the_same_every_time(cipher: Cipher, text: str, purpose: str) -> None:
    assert cipher.fingerprint(text, purpose) == cipher.fingerprint(text, purpose)


def test_a_fingerprint_is_the_same_for_a_second_cipher_with_the_same_key(
    make_cipher: CipherFactory,
) -> None:
    assert make_cipher(KEY).fingerprint(PHONE, "phone") == make_cipher(KEY).fingerprint(
        PHONE, "phone"
    )


def test_a_fingerprint_depends_on_the_key(make_cipher: CipherFactory) -> None:
    assert make_cipher(KEY).fingerprint(PHONE, "phone") != make_cipher(OTHER_KEY).fingerprint(
        PHONE, "phone"
    )


def test_a_fingerprint_depends_on_the_purpose(cipher: Cipher) -> None:
    assert cipher.fingerprint(PHONE, "phone") != cipher.fingerprint(PHONE, "transcript")


def test_the_purpose_and_text_boundary_cannot_be_shifted(cipher: Cipher) -> None:
    assert cipher.fingerprint("b", "phone a") != cipher.fingerprint("a b", "phone")


@given(first=st.text(max_size=30), second=st.text(max_size=30))
def test_different_texts_have_different_fingerprints(
    cipher: Cipher, first: str, second: str
) -> None:
    if first != second:
        assert cipher.fingerprint(first, "phone") != cipher.fingerprint(second, "phone")


def test_a_fingerprint_does_not_show_the_text(cipher: Cipher) -> None:
    fingerprint = cipher.fingerprint(PHONE, "phone")
    assert PHONE not in fingerprint
    assert "701234567" not in fingerprint


# What the AES-GCM adapter adds to the contract.


def test_aes_gcm_output_is_version_nonce_then_ciphertext_and_tag() -> None:
    sealed = AesGcmCipher(KEY).encrypt(PHONE, "phone")
    assert sealed[0] == 1
    assert len(sealed) == 1 + 12 + len(PHONE.encode()) + 16


def test_aes_gcm_fingerprint_is_hex_sha256() -> None:
    fingerprint = AesGcmCipher(KEY).fingerprint(PHONE, "phone")
    assert len(fingerprint) == 64
    assert int(fingerprint, 16) >= 0


def test_aes_gcm_refuses_an_unknown_version_byte() -> None:
    sealed = AesGcmCipher(KEY).encrypt(PHONE, "phone")
    with pytest.raises(DecryptionFailed):
        AesGcmCipher(KEY).decrypt(b"\x02" + sealed[1:], "phone")


@pytest.mark.parametrize("size", [0, 16, 24, 31, 33, 64])
def test_aes_gcm_refuses_keys_that_are_not_256_bits(size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        AesGcmCipher(os.urandom(size))


def test_aes_gcm_refuses_a_key_given_as_text() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        AesGcmCipher(generate_key_text())  # type: ignore[arg-type]


@pytest.mark.parametrize("purpose", ["", "phone\x00number"])
def test_aes_gcm_refuses_an_empty_purpose_or_one_with_nul(purpose: str) -> None:
    with pytest.raises(ValueError, match="purpose"):
        AesGcmCipher(KEY).encrypt(PHONE, purpose)


def test_a_generated_key_text_reads_back_as_a_32_byte_key() -> None:
    text = generate_key_text()
    assert len(text) == 44
    assert len(key_from_text(text)) == 32


def test_generated_keys_differ() -> None:
    assert len({generate_key_text() for _ in range(20)}) == 20


def test_key_text_without_padding_or_with_surrounding_space_is_accepted() -> None:
    text = generate_key_text()
    assert key_from_text(f"  {text.rstrip('=')}\n") == key_from_text(text)


def test_key_text_encrypts_what_the_same_key_text_decrypts() -> None:
    text = generate_key_text()
    sealed = AesGcmCipher(key_from_text(text)).encrypt(PHONE, "phone")
    assert AesGcmCipher(key_from_text(text)).decrypt(sealed, "phone") == PHONE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hemligt",
        "A" * 44,
        "A" * 42 + "==",
        "A" * 43 + "==",
        "+" * 43 + "=",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq=",
        "QUJD",
    ],
)
def test_key_text_that_is_not_32_bytes_of_url_safe_base64_is_refused_by_name(text: str) -> None:
    with pytest.raises(ValueError, match="KUNDROST_ENCRYPTION_KEY") as refused:
        key_from_text(text)
    assert text.strip() == "" or text not in str(refused.value)
