"""``claims eval``: score a model (and its pipeline) on annotated articles; reports in several formats.

With ``--exclude STAGE --compare DIR`` it is the ablation of one stage: the report of the
pipeline without the stage beside the full one (a saved report directory, or a model
directory run with its whole pipeline).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.cli._options import (
    add_analysis_options,
    add_labels_option,
    add_min_confidence,
    labels_of,
    load_analyzer,
    min_confidence,
)
from claims.cli.score import analyze
from claims.errors import InputError
from claims.formats import FORMATS
from claims.io import atomic_write
from claims.types import Analysis

if TYPE_CHECKING:
    from claims.formats.spans import LabelMap


def add_parser(sub: Any) -> None:
    """Register ``claims eval``."""
    e = sub.add_parser("eval", help="evaluate a model on annotated articles")
    e.add_argument("--data", "-d", type=Path, required=True, help="annotations: JSONL file, brat directory or BIO file")
    e.add_argument("--format", choices=FORMATS, default=None, help="default: from what the data looks like")
    add_labels_option(e)
    e.add_argument("--out", "-o", type=Path, required=True, help="directory for report.json/.md/.html and PNG plots")
    e.add_argument(
        "--compare", type=Path, default=None, metavar="DIR2",
        help="a second model directory (run with its full pipeline) or an earlier report directory, side by side",
    )  # fmt: skip
    add_analysis_options(e)
    add_min_confidence(e)
    e.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate, write report.json, report.md, report.html and the plots, print the Markdown."""
    from claims.evaluation.render import to_html, to_markdown
    from claims.evaluation.report import plots

    min_confidence(args.min_confidence)  # a bad value is a usage error before anything is read
    gold = load_gold(args.data, args.format, labels_of(args))
    report = evaluate_model(args, gold, args.model, args.exclude)
    if args.compare is not None:
        report["compared_with"] = _compared(args, gold)
    images = plots(report)
    atomic_write(args.out / "report.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    for name, png in images.items():
        atomic_write(args.out / name, png)
    atomic_write(args.out / "report.md", to_markdown(report, list(images)))
    atomic_write(args.out / "report.html", to_html(report, images))
    print(to_markdown(report))
    return 0


def load_gold(data: Path, fmt: str | None, labels: LabelMap | None = None) -> list[Analysis]:
    """Annotated articles; none at all, or none with an attribution, is an error (nothing to measure)."""
    from claims.formats import load_corpus

    if not data.exists():
        raise InputError(f"{data}: no such file or directory")
    gold = load_corpus(data, fmt, labels=labels)
    if not gold:
        raise InputError(f"{data}: no annotated articles found")
    if not any(g.attributions for g in gold):
        raise InputError(f"{data}: none of its {len(gold)} articles has a gold attribution (nothing to measure)")
    return gold


def evaluate_model(
    args: argparse.Namespace, gold: list[Analysis], model: Path | None, exclude: list[str]
) -> dict[str, Any]:
    """The report of one model directory with the pipeline the options give, less ``exclude``."""
    from claims.evaluation.report import evaluate
    from claims.pipeline import default_model_path

    options = argparse.Namespace(**{**vars(args), "exclude": exclude})
    analyzer = load_analyzer(options, model)
    preds = analyze(analyzer, [d.text for d in gold], [str(d.id) for d in gold], args.quiet)
    name = str(model) if model else f"{default_model_path().name} (default)"
    if args.precision in ("int8", "bf16"):
        name += f" [{args.precision}]"
    if exclude:
        name += f" without {', '.join(exclude)}"
    report = evaluate(preds, gold, model=name, data=str(args.data))
    report["pipeline"] = list(analyzer.pipeline.names)
    return report


def _compared(args: argparse.Namespace, gold: list[Analysis]) -> dict[str, Any]:
    """A second report: read from an earlier report directory, or made by evaluating a model directory."""
    other: Path = args.compare
    saved = other / "report.json"
    if saved.is_file():
        try:
            report: dict[str, Any] = json.loads(saved.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{saved}: cannot read the report to compare with ({exc})") from None
        if report.get("data") != str(args.data) or report.get("documents") != len(gold):
            raise InputError(f"{saved}: that report is on {report.get('data')!r}, not on {str(args.data)!r}")
        report.pop("compared_with", None)
        return report
    return evaluate_model(args, gold, other, [])
