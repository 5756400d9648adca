"""The ``readout`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import readout
from readout.errors import ParseError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    status: int = args.run(args)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readout", description="Read diplomatic call readouts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {readout.__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    p = commands.add_parser("parse", help="print each readout as JSON (JSON Lines for several)")
    p.add_argument("files", nargs="+", metavar="FILE", help="a readout text, or - for stdin")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON (one file only)")
    p.set_defaults(run=_parse)
    return parser


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8", newline="") as f:
        return f.read()


def _parse(args: argparse.Namespace) -> int:
    indent = args.indent if len(args.files) == 1 else None
    for name in args.files:
        try:
            r = readout.parse(_read(name))
        except ParseError as e:
            print(f"{name}:{e.lineno}:{e.colno}: {e.msg}", file=sys.stderr)
            return 2
        print(readout.to_json(r, indent=indent))
    return 0
