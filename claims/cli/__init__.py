"""The command line: ``claims score``, ``train``, ``train-checkworthy``, ``eval``, ``batch``, ``convert``.

A thin layer: parse arguments, call the library, print. Every :class:`ClaimsError` becomes
one line on stderr and its exit code (the table in ``docs/ARCHITECTURE.md``); nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from claims import __version__
from claims.errors import ClaimsError
from claims.io import printable
from claims.memory import keep_freed_memory

EXIT_USAGE = 64


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with :data:`EXIT_USAGE`."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"claims: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claims`` command."""
    parser = _Parser(prog="claims", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"claims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    from claims.cli import batch, convert, evaluate, score, train, train_checkworthy

    for command in (score, evaluate, batch, train, train_checkworthy, convert):
        command.add_parser(sub)

    return parser


def _quiet_libraries() -> None:
    """Keep library load reports and progress bars off the terminal (ours stay)."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claims`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    _quiet_libraries()
    keep_freed_memory()
    try:
        return int(args.func(args))
    except ClaimsError as exc:
        print(f"claims: error: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # the reader went away ("claims score ... | head"): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("claims: interrupted", file=sys.stderr)
        return 130
