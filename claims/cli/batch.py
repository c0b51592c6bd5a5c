"""``claims batch``: score an archive on this machine or on Ray, one row per article (docs/batch.md)."""

from __future__ import annotations

import argparse
import codecs
import json
from pathlib import Path
from typing import Any

from claims.cli._options import add_analysis_options, add_min_confidence, min_confidence


def add_parser(sub: Any) -> None:
    """Register ``claims batch``."""
    b = sub.add_parser("batch", help="score an archive (JSONL, Parquet or .txt files) on this machine or on Ray")
    b.add_argument(
        "input", help="a JSONL/Parquet file, a folder of them, a folder of .txt articles (recursively), or a glob"
    )
    b.add_argument("output", type=Path, help="output file (.parquet or .jsonl); a folder with --engine ray")
    b.add_argument("--engine", choices=["local", "ray"], default="local")
    b.add_argument("--text-column", default="text")
    b.add_argument("--id-column", default="id")
    b.add_argument(
        "--claims", type=Path, default=None, metavar="FILE",
        help="also write one row per claim (attributed and unattributed) to FILE (.jsonl or .parquet)",
    )  # fmt: skip
    b.add_argument("--encoding", type=_encoding, default="utf-8", help="encoding of .txt articles (default utf-8)")
    b.add_argument("--workers", type=int, default=1, help="Ray workers (actors), one model each")
    b.add_argument("--output-format", choices=["parquet", "jsonl"], default="parquet", help="with --engine ray")
    add_analysis_options(b, model_type=str)
    add_min_confidence(b)
    b.set_defaults(func=run)


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


def run(args: argparse.Namespace) -> int:
    """Run the chosen engine and print its summary as JSON."""
    from claims.batch.scorer import ScorerOptions

    options = ScorerOptions(
        model=args.model, precision=args.precision, device=args.device,
        rubric=str(args.rubric) if args.rubric else None,
        pipeline=str(args.pipeline) if args.pipeline else None, exclude=tuple(args.exclude),
        min_confidence=min_confidence(args.min_confidence),
        checkworthy_threshold=min_confidence(args.checkworthy_threshold, "--checkworthy-threshold"),
    )  # fmt: skip
    options.check()  # a bad rubric or pipeline fails here, before any worker starts
    if args.engine == "ray":
        from claims.batch.ray_engine import run_ray

        result = run_ray(
            args.input, args.output, args.text_column, args.id_column, options, args.workers,
            output_format=args.output_format, quiet=args.quiet, claims=args.claims, encoding=args.encoding,
        )  # fmt: skip
    else:
        from claims.batch.local import run_local
        from claims.progress import progress_bar

        with progress_bar("articles", quiet=args.quiet, unit="article") as bar:
            result = run_local(
                args.input, args.output, args.text_column, args.id_column, options, progress=bar,
                claims=args.claims, encoding=args.encoding,
            )  # fmt: skip
    print(json.dumps(result))
    return 0
