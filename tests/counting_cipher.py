"""A cipher that counts what it opens, for tests that some read decrypts nothing it need not."""

from __future__ import annotations

from collections import Counter

from kundrost.adapters.crypto import AesGcmCipher


class CountingCipher(AesGcmCipher):
    """AES-GCM that counts its decryptions by purpose."""

    def __init__(self, key: bytes) -> None:
        super().__init__(key)
        self.decrypted: Counter[str] = Counter()

    def decrypt(self, ciphertext: bytes, purpose: str) -> str:
        self.decrypted[purpose] += 1
        return super().decrypt(ciphertext, purpose)
