"""Encryption of personal data at rest: AES-256-GCM with keyed fingerprints."""

from kundrost.adapters.crypto.aesgcm import AesGcmCipher, generate_key_text, key_from_text

__all__ = ["AesGcmCipher", "generate_key_text", "key_from_text"]
