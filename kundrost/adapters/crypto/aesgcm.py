"""AES-256-GCM encryption of personal data at rest, and keyed fingerprints for lookups."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kundrost.ports.errors import DecryptionFailed

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
VERSION = b"\x01"
FINGERPRINT_INFO = b"kundrost fingerprint"
KEY_VARIABLE = "KUNDROST_ENCRYPTION_KEY"
_KEY_TEXT = re.compile(r"[A-Za-z0-9_-]{43}=?")


class AesGcmCipher:
    """`ports.Cipher` with AES-256-GCM: version byte, random 96-bit nonce, ciphertext and tag.

    The purpose is the associated data, so a phone number's ciphertext cannot be passed off
    as a transcript's. Fingerprints use an HMAC-SHA256 key derived from the encryption key
    with HKDF, so the same secret never serves two algorithms.
    """

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, bytes) or len(key) != KEY_BYTES:
            raise ValueError(f"an AES-256 key is {KEY_BYTES} bytes")
        self._aead = AESGCM(key)
        derive = HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None, info=FINGERPRINT_INFO)
        self._fingerprint_key = derive.derive(key)

    def encrypt(self, plaintext: str, purpose: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), _purpose(purpose))
        return VERSION + nonce + sealed

    def decrypt(self, ciphertext: bytes, purpose: str) -> str:
        associated = _purpose(purpose)
        if len(ciphertext) < len(VERSION) + NONCE_BYTES + TAG_BYTES:
            raise DecryptionFailed("ciphertext is too short", purpose=purpose)
        if ciphertext[:1] != VERSION:
            raise DecryptionFailed("unknown ciphertext version", purpose=purpose)
        nonce, sealed = ciphertext[1 : 1 + NONCE_BYTES], ciphertext[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, sealed, associated).decode("utf-8")
        except (InvalidTag, UnicodeDecodeError) as error:
            raise DecryptionFailed(
                "ciphertext was altered, or sealed under another key or purpose", purpose=purpose
            ) from error

    def fingerprint(self, plaintext: str, purpose: str) -> str:
        message = _purpose(purpose) + b"\x00" + plaintext.encode("utf-8")
        return hmac.new(self._fingerprint_key, message, hashlib.sha256).hexdigest()


def _purpose(purpose: str) -> bytes:
    """Purposes are names without NUL, so `purpose + NUL + text` is unambiguous."""
    if not purpose or "\x00" in purpose:
        raise ValueError("a purpose is a non-empty name without NUL characters")
    return purpose.encode("utf-8")


def key_from_text(text: str) -> bytes:
    """The 32-byte key from its URL-safe base64 form (44 characters, as `KUNDROST_ENCRYPTION_KEY`
    holds it). The message never repeats the text: it is a secret, even when malformed."""
    candidate = text.strip()
    if _KEY_TEXT.fullmatch(candidate):
        candidate = candidate.rstrip("=")
        key = base64.urlsafe_b64decode(candidate + "=")
        if base64.urlsafe_b64encode(key).decode("ascii").rstrip("=") == candidate:
            return key
    raise ValueError(
        f"{KEY_VARIABLE} must be {KEY_BYTES} random bytes in URL-safe base64 (44 characters); "
        "make one with: python -c 'from kundrost.adapters.crypto import generate_key_text; "
        "print(generate_key_text())'"
    )


def generate_key_text() -> str:
    """A fresh random key in the form `KUNDROST_ENCRYPTION_KEY` holds."""
    return base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode("ascii")
