"""`python -m kundrost.entrypoints.scheduler [--list | --once JOB]`: the scheduler alone."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kundrost.entrypoints.cli import scheduler


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kundrost.entrypoints.scheduler")
    scheduler.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["scheduler", *(sys.argv[1:] if argv is None else argv)])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
