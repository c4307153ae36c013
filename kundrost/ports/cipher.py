"""Cipher: encryption of personal data (phone numbers, transcript text) at rest."""

from __future__ import annotations

from typing import Protocol


class Cipher(Protocol):
    """Authenticated encryption bound to a purpose.

    Contract: `decrypt(encrypt(text, purpose), purpose) == text` for any text; the same text
    encrypts to different bytes each time; ciphertext decrypted under another purpose or
    key, or altered by one bit, raises `DecryptionFailed` and never returns wrong text.
    `fingerprint` is a keyed, deterministic digest for equality lookups (the same phone
    number within a window) without storing the number in clear.
    """

    def encrypt(self, plaintext: str, purpose: str) -> bytes: ...

    def decrypt(self, ciphertext: bytes, purpose: str) -> str: ...

    def fingerprint(self, plaintext: str, purpose: str) -> str: ...
