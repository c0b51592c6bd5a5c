"""Options shared by the commands: model, precision, device, rubric, pipeline, exclusions, label names."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.device import DEVICES
from claims.errors import UsageError

if TYPE_CHECKING:
    from claims.formats.spans import LabelMap
    from claims.pipeline import Analyzer

PRECISION_HELP = "inference precision (auto: bf16 where the CPU has it, else fp32; int8: faster, see eval/benchmark.md)"


def stage_list(value: str) -> list[str]:
    """An argparse type: comma-separated stage names."""
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give stage names separated by commas (claims score --list-stages)")
    return names


def add_device_option(p: Any, what: str = "the tagger runs") -> None:
    """Add ``--device auto|cpu|cuda`` (resolved by :func:`claims.device.resolve_device`)."""
    p.add_argument(
        "--device", choices=DEVICES, default="auto", help=f"where {what} (auto: CUDA when torch sees a GPU, else CPU)"
    )


def add_analysis_options(p: Any, model_type: type = Path) -> None:
    """Add the options that decide how articles are analysed."""
    p.add_argument("--model", "-m", type=model_type, default=None, help="model directory (default: the shipped model)")
    p.add_argument("--precision", choices=["auto", "fp32", "bf16", "int8"], default="auto", help=PRECISION_HELP)
    add_device_option(p)
    p.add_argument("--rubric", type=Path, default=None, help="JSON file overriding lexicons or weights (docs)")
    p.add_argument(
        "--pipeline", type=Path, default=None,
        help="pipeline file: stages and settings (default: the model's pipeline.json, else claims/data/pipeline.json)",
    )  # fmt: skip
    p.add_argument(
        "--exclude", type=stage_list, action="extend", default=[], metavar="STAGE[,STAGE]",
        help="leave these stages out (claims score --list-stages names them)",
    )  # fmt: skip
    p.add_argument(
        "--checkworthy-threshold", default=None, metavar="P",
        help="list an unattributed statement when its check-worthiness is at least P, 0-1 (default: the classifier's)",
    )  # fmt: skip
    p.add_argument("--quiet", "-q", action="store_true", help="no progress output")


def add_min_confidence(p: Any) -> None:
    """Add ``--min-confidence P``: attributions below it are dropped before scoring."""
    p.add_argument(
        "--min-confidence", default=None, metavar="P",
        help="drop attributions whose (calibrated) confidence is below P, 0-1, before scoring (docs/data-format.md)",
    )  # fmt: skip


def min_confidence(value: str | None, option: str = "--min-confidence") -> float | None:
    """The value of ``--min-confidence`` (or another probability option): a number from 0 to 1, else a usage error."""
    if value is None:
        return None
    try:
        p = float(value)
    except ValueError:
        p = math.nan
    if not 0 <= p <= 1:
        raise UsageError(f"{option} takes a number from 0 to 1, not {value!r}")
    return p


def load_analyzer(args: argparse.Namespace, model: Path | str | None = None) -> Analyzer:
    """The analyser the options describe (``model`` overrides ``--model``; the tagger on ``--device``)."""
    from claims.calibration import with_min_confidence
    from claims.pipeline import load
    from claims.rubric import Rubric

    threshold = min_confidence(getattr(args, "checkworthy_threshold", None), "--checkworthy-threshold")
    analyzer = load(
        model if model is not None else args.model,
        precision=args.precision,
        rubric=Rubric.load(args.rubric),
        exclude=args.exclude,
        pipeline=args.pipeline,
        checkworthy_threshold=threshold,
        device=getattr(args, "device", "auto"),
    )
    p = min_confidence(getattr(args, "min_confidence", None))
    return analyzer if p is None else analyzer.with_pipeline(with_min_confidence(analyzer.pipeline, p))


def add_labels_option(parser: Any) -> None:
    """``--labels``: how an annotation tool's labels map to source, cue and content."""
    parser.add_argument(
        "--labels",
        default=None,
        help="Label Studio/doccano/Prodigy label names, e.g. 'SOURCE=Speaker;CUE=Cue,Verb;CONTENT=Quote' "
        "(default: source/speaker, cue, content/quote/claim, any case)",
    )


def labels_of(args: argparse.Namespace) -> LabelMap:
    """The label mapping ``--labels`` gives (a malformed one is a usage error)."""
    from claims.formats.spans import LabelMap

    try:
        return LabelMap.parse(getattr(args, "labels", None))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
