"""``claims score`` and ``claims eval``: argument parsers and their thin handlers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.errors import ClaimsError, InputError
from claims.io import atomic_write, decode_article, read_article
from claims.schema import to_dict
from claims.types import Analysis

if TYPE_CHECKING:
    from claims.pipeline import Analyzer


def add_score_parser(sub: Any) -> None:
    """Register ``claims score``."""
    s = sub.add_parser("score", help="find and score the attributions of articles")
    s.add_argument("files", nargs="+", help="article files (plain text), or - for standard input")
    s.add_argument("--format", "-f", choices=["text", "json", "jsonl", "html"], default="text")
    s.add_argument("--model", "-m", type=Path, default=None, help="model directory (default: the shipped model)")
    s.add_argument("--out", "-o", type=Path, default=None, help="write the output to this file (atomically)")
    s.add_argument("--encoding", default="utf-8", help="encoding of the article files (default utf-8)")
    s.add_argument("--rubric", type=Path, default=None, help="JSON file overriding rubric keys (docs/sources.md)")
    s.add_argument("--quiet", "-q", action="store_true", help="no progress output")
    s.add_argument(
        "--precision", choices=["auto", "fp32", "bf16", "int8"], default="auto",
        help="inference precision (auto: bf16 where the CPU has it, else fp32; int8: faster, see eval/benchmark.md)",
    )  # fmt: skip
    s.set_defaults(func=_score)


def add_eval_parser(sub: Any) -> None:
    """Register ``claims eval``."""
    e = sub.add_parser("eval", help="evaluate a model on annotated articles")
    e.add_argument("--model", "-m", type=Path, default=None, help="model directory (default: the shipped model)")
    e.add_argument("--data", "-d", type=Path, required=True, help="annotations: JSONL file, brat directory or BIO file")
    e.add_argument("--format", choices=["jsonl", "brat", "conll"], default=None)
    e.add_argument("--out", "-o", type=Path, required=True, help="directory for report.json/.md/.html and PNG plots")
    e.add_argument(
        "--compare", type=Path, default=None, metavar="DIR2",
        help="a second model directory (or an earlier report directory) to put side by side",
    )  # fmt: skip
    e.add_argument("--quiet", "-q", action="store_true", help="no progress output")
    e.add_argument(
        "--precision", choices=["auto", "fp32", "bf16", "int8"], default="auto",
        help="inference precision (auto: bf16 where the CPU has it, else fp32; int8: faster, see eval/benchmark.md)",
    )  # fmt: skip
    e.set_defaults(func=_eval)


def _read_inputs(files: list[str], encoding: str) -> tuple[list[tuple[str, str]], list[ClaimsError]]:
    ok, failed = [], []
    for name in files:
        try:
            text = (
                decode_article(sys.stdin.buffer.read(), "<stdin>", encoding)
                if name == "-"
                else read_article(name, encoding)
            )
            ok.append((name, text))
        except ClaimsError as exc:
            failed.append(exc)
            print(f"claims: error: {exc}", file=sys.stderr)
    return ok, failed


def _score(args: argparse.Namespace) -> int:
    from claims.pipeline import load
    from claims.report.text import render_text
    from claims.rubric import Rubric

    rubric = Rubric.load(args.rubric)
    inputs, failed = _read_inputs(args.files, args.encoding)
    if not inputs:
        return failed[0].exit_code if failed else InputError.exit_code
    analyzer = load(args.model, precision=args.precision, rubric=rubric)
    analyses = _analyze(analyzer, [t for _, t in inputs], [p for p, _ in inputs], args.quiet)
    if args.format == "jsonl":
        out = "".join(json.dumps({"path": a.id, **to_dict(a)}, ensure_ascii=False) + "\n" for a in analyses)
    elif args.format == "json":
        docs = [{"path": a.id, **to_dict(a)} for a in analyses]
        out = json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=1) + "\n"
    elif args.format == "html":
        from claims.report.html import render_html

        if len(analyses) > 1 and args.out is None:
            raise ClaimsError("--format html with several articles needs --out DIR (one page per article)")
        if len(analyses) > 1:
            for a in analyses:
                atomic_write(args.out / (Path(str(a.id)).stem + ".html"), render_html(a))
            return max((e.exit_code for e in failed), default=0)
        out = render_html(analyses[0])
    else:
        color = args.out is None and sys.stdout.isatty()
        out = "\n".join(render_text(a, color=color) for a in analyses)
    _emit(out, args.out)
    return max((e.exit_code for e in failed), default=0)


def _analyze(analyzer: Analyzer, texts: list[str], ids: list[str], quiet: bool) -> list[Analysis]:
    """Analyse with a progress bar in characters (stderr, terminals only)."""
    from claims.progress import progress_bar

    with progress_bar("scoring", quiet=quiet, unit="char", scale=True) as bar:
        return list(analyzer.analyze_many(texts, ids, progress=bar))


def _emit(out: str, path: Path | None) -> None:
    if path is None:
        sys.stdout.write(out)
    else:
        atomic_write(path, out)


def _eval(args: argparse.Namespace) -> int:
    from claims.evaluation.render import to_html, to_markdown
    from claims.evaluation.report import plots

    gold = _load_gold(args.data, args.format)
    report = _evaluate(args.model, gold, str(args.data), args.quiet, args.precision)
    if args.compare is not None:
        report["compared_with"] = _compared(args.compare, gold, str(args.data), args.quiet, args.precision)
    images = plots(report)
    atomic_write(args.out / "report.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    for name, png in images.items():
        atomic_write(args.out / name, png)
    atomic_write(args.out / "report.md", to_markdown(report, list(images)))
    atomic_write(args.out / "report.html", to_html(report, images))
    print(to_markdown(report))
    return 0


def _load_gold(data: Path, fmt: str | None) -> list[Analysis]:
    from claims.formats import load_corpus

    if not data.exists():
        raise InputError(f"{data}: no such file or directory")
    gold = load_corpus(data, fmt)
    if not gold:
        raise InputError(f"{data}: no annotated articles found")
    return gold


def _evaluate(
    model: Path | None, gold: list[Analysis], data: str, quiet: bool, precision: str = "auto"
) -> dict[str, Any]:
    from claims.evaluation.report import evaluate
    from claims.pipeline import default_model_path, load

    preds = _analyze(load(model, precision), [d.text for d in gold], [str(d.id) for d in gold], quiet)
    name = str(model) if model else f"{default_model_path().name} (default)"
    if precision in ("int8", "bf16"):
        name += f" [{precision}]"
    return evaluate(preds, gold, model=name, data=data)


def _compared(other: Path, gold: list[Analysis], data: str, quiet: bool, precision: str) -> dict[str, Any]:
    """A second model's report: read from an earlier report directory, or made by evaluating a model directory."""
    saved = other / "report.json"
    if saved.is_file():
        try:
            report: dict[str, Any] = json.loads(saved.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{saved}: cannot read the report to compare with ({exc})") from None
        if report.get("data") != data or report.get("documents") != len(gold):
            raise InputError(f"{saved}: that report is on {report.get('data')!r}, not on {data!r}")
        report.pop("compared_with", None)
        return report
    return _evaluate(other, gold, data, quiet, precision)


def add_batch_parser(sub: Any) -> None:
    """Register ``claims batch``."""
    b = sub.add_parser("batch", help="score an archive (JSONL or Parquet) on this machine or on Ray")
    b.add_argument("input", help="a JSONL/Parquet file, a folder of them, or a glob")
    b.add_argument("output", type=Path, help="output file (.parquet or .jsonl); a folder with --engine ray")
    b.add_argument("--engine", choices=["local", "ray"], default="local")
    b.add_argument("--text-column", default="text")
    b.add_argument("--id-column", default="id")
    b.add_argument("--model", "-m", default=None, help="model directory (default: the shipped model)")
    b.add_argument("--workers", type=int, default=1, help="Ray workers (actors), one model each")
    b.add_argument("--output-format", choices=["parquet", "jsonl"], default="parquet", help="with --engine ray")
    b.add_argument("--quiet", "-q", action="store_true")
    b.add_argument(
        "--precision", choices=["auto", "fp32", "bf16", "int8"], default="auto",
        help="inference precision (auto: bf16 where the CPU has it, else fp32; int8: faster, see eval/benchmark.md)",
    )  # fmt: skip
    b.set_defaults(func=_batch)


def _batch(args: argparse.Namespace) -> int:
    if args.engine == "ray":
        from claims.batch.ray_engine import run_ray

        result = run_ray(
            args.input, args.output, args.text_column, args.id_column, args.model, args.workers,
            output_format=args.output_format, precision=args.precision,
        )  # fmt: skip
    else:
        from claims.batch.local import run_local
        from claims.progress import progress_bar

        with progress_bar("articles", quiet=args.quiet, unit="article") as bar:
            result = run_local(
                args.input, args.output, args.text_column, args.id_column, args.model, progress=bar,
                precision=args.precision,
            )  # fmt: skip
    print(json.dumps(result))
    return 0
