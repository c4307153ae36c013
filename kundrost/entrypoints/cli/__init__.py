"""The `kundrost` command line: one subcommand per entrypoint."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kundrost.entrypoints.cli import (
    demo,
    example,
    migrate,
    scheduler,
    serve,
    talk,
    token,
    voice_url,
    worker,
)
from kundrost.version import installed_version


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kundrost", description="AI feedback calls for Swedish stores."
    )
    parser.add_argument("--version", action="version", version=f"kundrost {installed_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo.register(commands)
    example.register(commands)
    migrate.register(commands)
    scheduler.register(commands)
    serve.register(commands)
    talk.register(commands)
    token.register(commands)
    voice_url.register(commands)
    worker.register(commands)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result
