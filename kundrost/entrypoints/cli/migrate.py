"""`kundrost migrate`: applies the pending PostgreSQL migrations (or lists them)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import TYPE_CHECKING, Any

from kundrost.entrypoints.preflight import database_unreachable
from kundrost.settings import SettingsError, database_target

if TYPE_CHECKING:
    from kundrost.adapters.postgres.sealing import SealedRows

NO_URL = 2
FAILED = 1
KEY_VARIABLE = "KUNDROST_ENCRYPTION_KEY"


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "migrate",
        help="apply pending database migrations to kundrost's PostgreSQL schema",
        description=(
            "Applies the numbered SQL migrations shipped with kundrost, in order, each in its "
            "own transaction; running it again applies nothing. Then seals, with "
            "KUNDROST_ENCRYPTION_KEY, the rows that earlier releases left in clear. Safe to "
            "run from several machines at once."
        ),
    )
    parser.add_argument(
        "--database-url", help="postgresql://… (default: KUNDROST_DATABASE_URL)", default=None
    )
    parser.add_argument(
        "--schema", help="the schema to migrate (default: KUNDROST_DATABASE_SCHEMA or kundrost)"
    )
    parser.add_argument(
        "--list", action="store_true", help="show each migration and whether it is applied"
    )
    parser.set_defaults(run=run)


def _target(args: argparse.Namespace) -> tuple[str | None, str]:
    """The URL and schema: the options, else the environment's."""
    url, schema = database_target(os.environ)
    return args.database_url or url, args.schema or schema


def run(args: argparse.Namespace) -> int:
    try:
        url, schema = _target(args)
    except SettingsError as error:
        print(f"kundrost migrate: {error}", file=sys.stderr)
        return NO_URL
    if not url:
        print(
            "kundrost migrate: no database to migrate; set KUNDROST_DATABASE_URL or pass "
            "--database-url postgresql://user:password@host:5432/db",
            file=sys.stderr,
        )
        return NO_URL
    from kundrost.adapters.postgres import migrate, migration_status

    try:
        if args.list:
            for name, done in asyncio.run(migration_status(url, schema=schema)):
                print(f"{'applied' if done else 'pending'}  {name}")
            return 0
        names = asyncio.run(migrate(url, schema=schema))
        sealed = asyncio.run(_seal(url, schema))
    except ValueError as error:
        print(f"kundrost migrate: {error}", file=sys.stderr)
        return FAILED
    except Exception as error:  # OSError, a timeout or asyncpg's: say where, without a password
        given = "--database-url" if args.database_url else "KUNDROST_DATABASE_URL"
        print(f"kundrost migrate: {database_unreachable(url, error, given)}", file=sys.stderr)
        return FAILED
    for name in names:
        print(f"applied {name} to schema {schema}")
    if not names:
        print(f"schema {schema} is up to date")
    if isinstance(sealed, int):
        print(
            f"kundrost migrate: {sealed} rows of earlier releases hold customers' words in "
            f"clear or lack a signature; set {KEY_VARIABLE} to the key the service uses and "
            "run kundrost migrate again to seal them",
            file=sys.stderr,
        )
        return FAILED
    if sealed is not None:
        print(
            f"sealed {sealed.assessments} assessments' actionable items and signed "
            f"{sealed.transcripts} transcripts in schema {schema}"
        )
    return 0


async def _seal(url: str, schema: str) -> SealedRows | int | None:
    """What sealing did (None: nothing to seal), or how many rows wait for a key."""
    from kundrost.adapters.crypto import AesGcmCipher, key_from_text
    from kundrost.adapters.postgres.sealing import seal, unsealed_rows

    waiting = await unsealed_rows(url, schema=schema)
    if not waiting:
        return None
    key_text = os.environ.get(KEY_VARIABLE, "").strip()
    if not key_text:
        return waiting
    return await seal(url, AesGcmCipher(key_from_text(key_text)), schema=schema)
