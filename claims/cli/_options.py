"""Options shared by ``score``, ``eval`` and ``batch``: model, precision, rubric, pipeline, exclusions."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claims.pipeline import Analyzer

PRECISION_HELP = "inference precision (auto: bf16 where the CPU has it, else fp32; int8: faster, see eval/benchmark.md)"


def stage_list(value: str) -> list[str]:
    """An argparse type: comma-separated stage names."""
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give stage names separated by commas (claims score --list-stages)")
    return names


def add_analysis_options(p: Any, model_type: type = Path) -> None:
    """Add the options that decide how articles are analysed."""
    p.add_argument("--model", "-m", type=model_type, default=None, help="model directory (default: the shipped model)")
    p.add_argument("--precision", choices=["auto", "fp32", "bf16", "int8"], default="auto", help=PRECISION_HELP)
    p.add_argument("--rubric", type=Path, default=None, help="JSON file overriding lexicons or weights (docs)")
    p.add_argument(
        "--pipeline", type=Path, default=None,
        help="pipeline file: stages and settings (default: the model's pipeline.json, else claims/data/pipeline.json)",
    )  # fmt: skip
    p.add_argument(
        "--exclude", type=stage_list, action="extend", default=[], metavar="STAGE[,STAGE]",
        help="leave these stages out (claims score --list-stages names them)",
    )  # fmt: skip
    p.add_argument("--quiet", "-q", action="store_true", help="no progress output")


def load_analyzer(args: argparse.Namespace, model: Path | str | None = None) -> Analyzer:
    """The analyser the options describe (``model`` overrides ``--model``)."""
    from claims.pipeline import load
    from claims.rubric import Rubric

    return load(
        model if model is not None else args.model,
        precision=args.precision,
        rubric=Rubric.load(args.rubric),
        exclude=args.exclude,
        pipeline=args.pipeline,
    )
