"""`kundrost token`: a signed bearer token for local use, with the secret `kundrost serve` uses.

The secret comes from `KUNDROST_JWT_SECRET` only. Without it the command refuses: a server
that makes up its own development secret would refuse any token made here, so both must be
given the same secret.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from datetime import timedelta
from typing import Any
from uuid import UUID

from kundrost.entrypoints.http.security import ALL_ROLES, issue_token

SECRET_VARIABLE = "KUNDROST_JWT_SECRET"
NO_SECRET = (
    "kundrost token: KUNDROST_JWT_SECRET is not set.\n"
    "Set the same secret for `kundrost serve` and `kundrost token` (a random development "
    "secret in each process would never match), e.g.\n"
    "  export KUNDROST_JWT_SECRET=$(python -c 'import secrets; print(secrets.token_urlsafe(32))')"
)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def lifetime(text: str) -> timedelta:
    """`90s`, `15m`, `1h`, `7d`, or plain seconds."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text)
    if not match or int(match[1]) < 1:
        raise argparse.ArgumentTypeError(f"a lifetime like 90s, 15m, 1h or 7d, got {text!r}")
    return timedelta(seconds=int(match[1]) * _UNITS[match[2] or "s"])


def store_id(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a store id is a UUID, got {text!r}") from None


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "token",
        help="print a signed bearer token (JWT) for local use",
        description="Prints a JWT signed with KUNDROST_JWT_SECRET, the secret "
        "`kundrost serve` checks tokens with.",
    )
    parser.add_argument("--role", required=True, choices=[role.value for role in ALL_ROLES])
    parser.add_argument(
        "--store",
        dest="stores",
        action="append",
        type=store_id,
        default=[],
        metavar="UUID",
        help="a store a business token may read (repeat for several); business tokens only",
    )
    parser.add_argument("--ttl", type=lifetime, default=timedelta(hours=1), help="1h by default")
    parser.add_argument("--subject", help="the token's `sub` (default: <role>-<random>)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    secret = os.environ.get(SECRET_VARIABLE, "").strip()
    if not secret:
        print(NO_SECRET, file=sys.stderr)
        return 2
    try:
        token = issue_token(
            secret, args.role, store_ids=args.stores, ttl=args.ttl, subject=args.subject
        )
    except ValueError as refusal:
        print(f"kundrost token: {refusal}", file=sys.stderr)
        return 2
    print(token)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`kundrost token` on its own, for tests and `python -m`."""
    parser = argparse.ArgumentParser(prog="kundrost")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["token", *(sys.argv[1:] if argv is None else argv)])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
