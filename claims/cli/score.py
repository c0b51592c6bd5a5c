"""``claims score``: analyse and score articles; ``--list-stages`` shows the pipeline."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.cli._options import add_analysis_options, add_min_confidence, load_analyzer, min_confidence
from claims.errors import ClaimsError, InputError, OutputError, UsageError
from claims.io import (
    MAX_BYTES,
    article_files,
    atomic_write,
    check_output,
    decode_article,
    page_paths,
    printable,
    read_article,
    read_bounded,
)
from claims.schema import to_dict
from claims.types import Analysis

if TYPE_CHECKING:
    from claims.pipeline import Analyzer


def add_parser(sub: Any) -> None:
    """Register ``claims score``."""
    s = sub.add_parser("score", help="find and score the attributions of articles")
    s.add_argument(
        "files",
        nargs="*",
        help="article files (plain text), folders of .txt files (recursively), or - for standard input",
    )
    s.add_argument(
        "--format", "-f", choices=FORMATS, default=None,
        help="output format (default: from --out's extension, .json .jsonl .html; else text); "
        "labelstudio: tasks with the model's spans as predictions, to correct in Label Studio",
    )  # fmt: skip
    s.add_argument("--out", "-o", type=Path, default=None, help="write the output to this file (atomically)")
    s.add_argument("--encoding", default="utf-8", help="encoding of the article files (default utf-8)")
    s.add_argument(
        "--max-bytes", type=_size, default=MAX_BYTES, metavar="N",
        help=f"refuse an article larger than N bytes (default {MAX_BYTES:,})",
    )  # fmt: skip
    s.add_argument(
        "--outlet", default=None, metavar="NAME",
        help="the articles' own outlet (an interview given to it is first hand); default: the one the dateline names",
    )  # fmt: skip
    s.add_argument("--list-stages", action="store_true", help="print the stages that would run, and exit")
    add_analysis_options(s)
    add_min_confidence(s)
    s.set_defaults(func=run)


def list_stages(args: argparse.Namespace) -> str:
    """The pipeline the options select, one stage a row: name, needs, sets, after, what it does."""
    from claims.calibration import with_min_confidence
    from claims.pipeline import default_model_path, plan, stage_rows

    model = Path(args.model) if args.model is not None else default_model_path()
    pipeline = plan(model, args.pipeline, args.exclude)
    p = min_confidence(args.min_confidence)
    pipeline = pipeline if p is None else with_min_confidence(pipeline, p)
    rows = [("stage", "needs", "sets", "after", "what it does"), *stage_rows(pipeline)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "".join("  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + "  " + r[4] + "\n" for r in rows)


def run(args: argparse.Namespace) -> int:
    """Score the files; the exit code is the worst input error (0 when all were scored)."""
    min_confidence(args.min_confidence)  # a bad value is a usage error before anything is read
    if args.list_stages:
        sys.stdout.write(list_stages(args))
        return 0
    if not args.files:
        raise UsageError("claims score needs article files (or - for standard input)")
    args.format = args.format or output_format(args.out)
    if args.out is not None:  # an output that cannot be written fails now, before any article is scored
        if args.format == "html" and (len(args.files) > 1 or any(Path(f).is_dir() for f in args.files)):
            if args.out.exists() and not args.out.is_dir():
                raise OutputError(f"{args.out}: exists and is not a folder (several HTML pages need --out DIR)")
        else:
            check_output(args.out)
    inputs, failed = _read_inputs(args.files, args.encoding, args.max_bytes)
    if not inputs:
        return failed[0].exit_code if failed else InputError.exit_code
    analyzer = load_analyzer(args)
    meta = {"outlet": args.outlet} if args.outlet else {}
    analyses = analyze(analyzer, [t for _, t in inputs], [printable(p) for p, _ in inputs], args.quiet, meta)
    if args.format == "html" and len(analyses) > 1:
        _write_pages(analyses, args.out)
    else:
        _emit(_render(analyses, args.format, color=args.out is None and sys.stdout.isatty()), args.out)
    return max((e.exit_code for e in failed), default=0)


FORMATS = ["text", "json", "jsonl", "html", "labelstudio"]
_BY_SUFFIX = {".json": "json", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}


def output_format(out: Path | None) -> str:
    """The format ``--out``'s extension names (``.json``, ``.jsonl``, ``.html``), else ``text``."""
    return _BY_SUFFIX.get(out.suffix.lower(), "text") if out is not None else "text"


def _render(analyses: list[Analysis], fmt: str, color: bool) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps({"path": a.id, **to_dict(a)}, ensure_ascii=False) + "\n" for a in analyses)
    if fmt == "json":
        docs = [{"path": a.id, **to_dict(a)} for a in analyses]
        return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        from claims.report.html import render_html

        return render_html(analyses[0])
    if fmt == "labelstudio":  # pre-annotations: annotators correct the model's spans (docs/annotation-tools.md)
        from claims.formats.labelstudio import task

        return json.dumps([task(a) for a in analyses], ensure_ascii=False, indent=1) + "\n"
    from claims.report.text import render_text

    return "\n".join(render_text(a, color=color) for a in analyses)


def _write_pages(analyses: list[Analysis], out: Path | None) -> None:
    """One page per article under ``out``, at its path relative to the inputs' common folder, and ``index.html``."""
    from claims.report.html import render_html
    from claims.report.index import render_index

    if out is None:
        raise UsageError("--format html with several articles needs --out DIR (one page per article)")
    pages = page_paths([str(a.id) for a in analyses])
    if "index.html" in {p.lower() for p in pages}:
        pages = [f"pages/{p}" for p in pages]  # an article called index.txt at the top: keep the index free
    for page, a in zip(pages, analyses, strict=True):
        atomic_write(out / page, render_html(a))
    atomic_write(out / "index.html", render_index(analyses, pages))
    print(f"claims: {len(pages)} pages and {out / 'index.html'}", file=sys.stderr)


def _size(value: str) -> int:
    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"a number of bytes above 0, not {value!r}")
    return n


def _read_inputs(files: list[str], encoding: str, max_bytes: int) -> tuple[list[tuple[str, str]], list[ClaimsError]]:
    ok, failed = [], []
    names: list[str] = []
    for name in files:
        try:
            names += article_files(name)
        except ClaimsError as exc:
            failed.append(exc)
            print(f"claims: error: {printable(str(exc))}", file=sys.stderr)
    for name in names:
        try:
            text = (
                decode_article(read_bounded(sys.stdin.buffer, "<stdin>", max_bytes), "<stdin>", encoding)
                if name == "-"
                else read_article(name, encoding, max_bytes)
            )
            ok.append((name, text))
        except ClaimsError as exc:
            failed.append(exc)
            print(f"claims: error: {printable(str(exc))}", file=sys.stderr)
    return ok, failed


def analyze(
    analyzer: Analyzer, texts: list[str], ids: list[str], quiet: bool, meta: dict[str, str] | None = None
) -> list[Analysis]:
    """Analyse with a progress bar in characters (stderr, terminals only); ``meta`` goes on every article."""
    from claims.progress import progress_bar

    with progress_bar("scoring", quiet=quiet, unit="char", scale=True) as bar:
        return list(analyzer.analyze_many(texts, ids, progress=bar, metas=[meta or {}] * len(texts)))


def _emit(out: str, path: Path | None) -> None:
    if path is None:
        sys.stdout.write(out)
    else:
        atomic_write(path, out)
