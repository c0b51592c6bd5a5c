"""Scoring archives: the engine-free :class:`BatchScorer` and the local runner of ``claims batch``.

The scorer turns ``(ids, texts)`` into one output row per article and never raises for a
bad article: it returns an error row instead. The local runner reads JSONL or Parquet (a
file, a folder or a glob), scores it in chunks, writes each finished chunk atomically
under ``OUTPUT.parts/`` and, when all are done, the output file; a rerun after a crash
skips the finished chunks, so no row is lost or doubled. ``claims/batch_ray.py`` runs the
same scorer on Ray Data.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from claims.errors import ClaimsError, InputError
from claims.io import atomic_write
from claims.schema import to_dict
from claims.types import Analysis

MAX_CHARS = 2_000_000
FAULT_MARKER = "CLAIMS_FAULT_MARKER"  # tests: a worker that finds this file deletes it and dies once
OUTPUT_COLUMNS = (
    "id",
    "analysis",
    "score",
    "band",
    "n_attributions",
    "n_sources",
    "n_unattributed",
    "n_agentless",
    "error",
)


def result_row(id_: str, analysis: Analysis | None = None, error: str | None = None) -> dict[str, Any]:
    """One output row: the analysis as JSON plus counts, or the error."""
    if analysis is None:
        return {"id": id_, "analysis": None, "score": None, "band": None, "n_attributions": 0, "n_sources": 0,
                "n_unattributed": 0, "n_agentless": 0, "error": error}  # fmt: skip
    score = analysis.score
    return {
        "id": id_,
        "analysis": json.dumps(to_dict(analysis), ensure_ascii=False),
        "score": score.value if score else None,
        "band": score.band if score else None,
        "n_attributions": len(analysis.attributions),
        "n_sources": len(analysis.sources),
        "n_unattributed": len(analysis.unattributed),
        "n_agentless": sum(not a.sources for a in analysis.attributions),
        "error": None,
    }


class BatchScorer:
    """Load the model once; score batches of articles into output rows (the unit every engine runs)."""

    def __init__(
        self, model: str | None = None, batch_size: int = 16, max_chars: int = MAX_CHARS, precision: str = "auto"
    ) -> None:
        from claims.pipeline import load

        self.analyzer = load(model, precision)
        self.batch_size = batch_size
        self.max_chars = max_chars

    def check(self, text: object) -> str | None:
        """Why a value cannot be scored, or None."""
        if not isinstance(text, str):
            return f"not text ({type(text).__name__})"
        if not text.strip():
            return "empty article"
        if "\x00" in text:
            return "looks like binary data"
        if len(text) > self.max_chars:
            return f"too long ({len(text)} characters; the limit is {self.max_chars})"
        return None

    def score(self, ids: Sequence[str], texts: Sequence[object]) -> list[dict[str, Any]]:
        """One row per input, in input order; longer articles are batched together for speed."""
        _fault_once()
        rows: list[dict[str, Any] | None] = [None] * len(ids)
        good = []
        for i, (id_, text) in enumerate(zip(ids, texts, strict=True)):
            problem = self.check(text)
            if problem:
                rows[i] = result_row(str(id_), error=problem)
            else:
                good.append(i)
        good.sort(key=lambda i: len(str(texts[i])))
        try:
            done = list(self.analyzer.analyze_many([str(texts[i]) for i in good]))
            for i, analysis in zip(good, done, strict=True):
                rows[i] = result_row(str(ids[i]), analysis)
        except Exception:  # isolate the article that breaks a batch
            for i in good:
                try:
                    rows[i] = result_row(str(ids[i]), self.analyzer.analyze(str(texts[i])))
                except Exception as exc:
                    rows[i] = result_row(str(ids[i]), error=f"{type(exc).__name__}: {exc}")
        return [r for r in rows if r is not None]


def _fault_once() -> None:
    marker = os.environ.get(FAULT_MARKER)
    if marker:
        try:
            os.remove(marker)
        except FileNotFoundError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


# --- reading and writing --------------------------------------------------------------


def input_files(spec: str) -> list[Path]:
    """A file, a folder (its .jsonl/.json/.parquet files) or a glob, sorted."""
    path = Path(spec)
    if path.is_dir():
        files = [p for p in sorted(path.iterdir()) if p.suffix in {".jsonl", ".json", ".parquet"}]
    elif path.is_file():
        files = [path]
    else:
        files = [Path(p) for p in sorted(glob.glob(spec))]
    if not files:
        raise InputError(f"{spec}: no JSONL or Parquet input found")
    return files


def read_rows(files: Sequence[Path], text_col: str, id_col: str) -> Iterator[tuple[str, object]]:
    """``(id, text)`` for every input row, file by file."""
    for path in files:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            missing = [c for c in (text_col, id_col) if c not in table.column_names]
            if missing:
                raise InputError(f"{path}: no column {missing[0]!r} (columns: {', '.join(table.column_names)})")
            yield from zip(map(str, table.column(id_col).to_pylist()), table.column(text_col).to_pylist(), strict=True)
            continue
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(f"{path}:{n}: not valid JSON") from None
                if id_col not in obj:
                    raise InputError(f"{path}:{n}: no {id_col!r} field")
                yield str(obj[id_col]), obj.get(text_col)


def write_rows(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    """Write rows as Parquet (by suffix) or JSONL, atomically."""
    if path.suffix == ".parquet":
        import io

        import pyarrow as pa
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        table = pa.Table.from_pylist(list(rows)) if rows else pa.table({c: [] for c in OUTPUT_COLUMNS})
        pq.write_table(table, buf)
        atomic_write(path, buf.getvalue())
    else:
        atomic_write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def read_output(path: Path) -> list[dict[str, Any]]:
    """Rows of an output file or Ray output folder (for checks and tests)."""
    files = sorted(path.glob("*")) if path.is_dir() else [path]
    out: list[dict[str, Any]] = []
    for f in files:
        if f.suffix == ".parquet":
            import pyarrow.parquet as pq

            out += pq.read_table(f).to_pylist()
        elif f.suffix in {".jsonl", ".json"}:
            out += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


# --- the local runner -----------------------------------------------------------------


def run_local(
    inputs: str,
    output: str | Path,
    text_col: str = "text",
    id_col: str = "id",
    model: str | None = None,
    chunk_rows: int = 256,
    progress: Callable[[int, int], None] | None = None,
    precision: str = "auto",
) -> dict[str, Any]:
    """Score an archive on this machine; resumable, one output row per input row."""
    output = Path(output)
    files = input_files(inputs)
    rows = list(read_rows(files, text_col, id_col))
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError(f"{inputs}: id {dup!r} occurs more than once; ids must be unique")
    parts = output.with_name(output.name + ".parts")
    stamp = [[str(f), f.stat().st_size, f.stat().st_mtime_ns] for f in files] + [chunk_rows, model, precision]
    fingerprint = hashlib.sha256(json.dumps(stamp).encode()).hexdigest()
    manifest = parts / "manifest.json"
    if manifest.is_file() and json.loads(manifest.read_text(encoding="utf-8")).get("fingerprint") != fingerprint:
        raise ClaimsError(f"{parts}: left by a run on other input; delete it to start again")
    atomic_write(manifest, json.dumps({"fingerprint": fingerprint, "rows": len(rows)}))
    chunks = [rows[i : i + chunk_rows] for i in range(0, len(rows), chunk_rows)]
    scorer: BatchScorer | None = None
    started = time.perf_counter()
    scored = 0
    for k, chunk in enumerate(chunks):
        part = parts / f"part-{k:06d}.jsonl"
        if not part.is_file():
            scorer = scorer or BatchScorer(model, precision=precision)
            write_rows(part, scorer.score([c[0] for c in chunk], [c[1] for c in chunk]))
            scored += len(chunk)
        if progress:
            progress(min((k + 1) * chunk_rows, len(rows)), len(rows))
    seconds = time.perf_counter() - started
    out_rows = [r for k in range(len(chunks)) for r in read_output(parts / f"part-{k:06d}.jsonl")]
    if [r["id"] for r in out_rows] != ids:
        raise ClaimsError(f"{parts}: finished chunks do not match the input; delete the folder and rerun")
    write_rows(output, out_rows)
    shutil.rmtree(parts)
    return {
        "rows": len(out_rows),
        "errors": sum(r["error"] is not None for r in out_rows),
        "scored_now": scored,
        "seconds": round(seconds, 2),
        "articles_per_s": round(scored / seconds, 2) if scored and seconds else None,
    }
