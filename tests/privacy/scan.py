"""Looking for a customer's words everywhere kundrost keeps anything: every row of every table
of the schema as text, every ciphertext in it decrypted, every Redis key, every log line."""

from __future__ import annotations

from collections.abc import Iterable

import asyncpg
from attrs import frozen

from kundrost.adapters.postgres.assessment_repository import ITEMS, QUOTES, SUMMARY
from kundrost.adapters.postgres.report_repository import WORDS
from kundrost.adapters.postgres.session_repository import PHONE
from kundrost.adapters.postgres.transcript_repository import TRANSCRIPT
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import DecryptionFailed

PURPOSES = (PHONE, TRANSCRIPT, SUMMARY, QUOTES, ITEMS, WORDS)
"""Every purpose kundrost encrypts under in PostgreSQL."""


@frozen
class Secrets:
    """What one journey's customer gave away: the number, the sentences and the names."""

    phone: str | None
    sentences: tuple[str, ...]
    names: tuple[str, ...]

    def forms(self) -> list[str]:
        """The number as stored (E.164), dialled (070…) and as bare digits, then the rest."""
        numbers: list[str] = []
        if self.phone is not None:
            national = "0" + self.phone.removeprefix("+46")
            numbers = [self.phone, national, national[1:]]
        return [*numbers, *self.sentences, *self.names]


def found_in(text: str, secrets: Secrets) -> list[str]:
    """The secrets `text` shows, as characters or as the hex of their UTF-8 bytes."""
    folded = text.casefold()
    return [s for s in secrets.forms() if s.casefold() in folded or s.encode().hex() in text]


async def tables_as_text(connection: asyncpg.Connection) -> str:
    """Every row of every table of the current schema, as PostgreSQL prints it."""
    tables = await connection.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    )
    assert len(tables) >= 10
    rows: list[str] = []
    for table in tables:
        name = table["table_name"]
        rows += [
            row["row"] for row in await connection.fetch(f'SELECT t::text AS row FROM "{name}" t')
        ]
    return "\n".join(rows)


async def ciphertexts(connection: asyncpg.Connection) -> list[bytes]:
    """Every non-null `bytea` value of every table of the current schema."""
    columns = await connection.fetch(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'bytea'"
    )
    assert len(columns) >= 7
    found: list[bytes] = []
    for column in columns:
        table, name = column["table_name"], column["column_name"]
        found += [
            row[0]
            for row in await connection.fetch(
                f'SELECT "{name}" FROM "{table}" WHERE "{name}" IS NOT NULL'
            )
        ]
    return found


def decrypted(cipher: Cipher, sealed: Iterable[bytes]) -> dict[str, list[str]]:
    """What the ciphertexts hold, by purpose (signatures are digests and decrypt to nothing)."""
    found: dict[str, list[str]] = {purpose: [] for purpose in PURPOSES}
    for value in sealed:
        for purpose in PURPOSES:
            try:
                found[purpose].append(cipher.decrypt(value, purpose))
                break
            except DecryptionFailed:
                continue
    return found


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, dict):
        return " ".join(f"{_text(k)}={_text(v)}" for k, v in value.items())
    if isinstance(value, list | set | tuple):
        return " ".join(_text(item) for item in value)
    return str(value)


async def redis_values(url: str, prefix: str) -> str:
    """Every key under `prefix` with its value, whatever its type, as text."""
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    parts: list[str] = []
    try:
        async for key in client.scan_iter(match=f"{prefix}*", count=1000):
            named = await client.type(key)
            kind = named.decode() if isinstance(named, bytes) else named
            if kind == "string":
                value: object = await client.get(key)
            elif kind == "hash":
                value = await client.hgetall(key)
            elif kind == "list":
                value = await client.lrange(key, 0, -1)
            elif kind == "set":
                value = await client.smembers(key)
            elif kind == "zset":
                value = await client.zrange(key, 0, -1, withscores=True)
            else:
                value = kind
            parts.append(f"{_text(key)} {_text(value)}")
    finally:
        await client.aclose()
    return "\n".join(parts)
