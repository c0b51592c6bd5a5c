"""The local runner of ``claims batch``: resumable, one output row per input row.

It scores the archive in chunks, writes each finished chunk atomically under
``OUTPUT.parts/`` and, when all are done, the output file (and the ``--claims`` file, made
from the finished rows); a rerun after a crash skips the finished chunks, so no row (and no
claim) is lost or doubled. The chunks hold the scorer's rows only: the input's pass-through
fields join them at the end, read afresh from the input, so Parquet keeps their types.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from claims.batch.archive import check_claims_output, check_ids, input_files, read_output, read_rows, write_rows
from claims.batch.scorer import CLAIM_COLUMNS, BatchScorer, ScorerOptions, output_claims
from claims.errors import ClaimsError
from claims.io import atomic_write


def run_local(
    inputs: str,
    output: str | Path,
    text_col: str = "text",
    id_col: str = "id",
    options: ScorerOptions | None = None,
    chunk_rows: int = 256,
    progress: Callable[[int, int], None] | None = None,
    claims: str | Path | None = None,
    encoding: str = "utf-8",
) -> dict[str, Any]:
    """Score an archive on this machine; resumable, one output row per input row, one ``claims`` row per claim.

    ``encoding`` is that of .txt articles (JSONL is UTF-8).
    """
    output = Path(output)
    claims_path = check_claims_output(claims, output)
    files = input_files(inputs)
    rows = list(read_rows(files, text_col, id_col, inputs, encoding))
    ids = [r.id for r in rows]
    check_ids(inputs, ids)
    parts = output.with_name(output.name + ".parts")
    stamp = [[str(f), f.stat().st_size, f.stat().st_mtime_ns] for f in files] + [
        chunk_rows,
        asdict(options or ScorerOptions()),
        encoding,
    ]
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
            scorer = scorer or BatchScorer(options)
            write_rows(part, scorer.score([c.id for c in chunk], [c.text for c in chunk], [c.outlet for c in chunk]))
            scored += len(chunk)
        if progress:
            progress(min((k + 1) * chunk_rows, len(rows)), len(rows))
    seconds = time.perf_counter() - started
    out_rows = [r for k in range(len(chunks)) for r in read_output(parts / f"part-{k:06d}.jsonl")]
    if [r["id"] for r in out_rows] != ids:
        raise ClaimsError(f"{parts}: finished chunks do not match the input; delete the folder and rerun")
    out_rows = [{**out, **row.extra} for out, row in zip(out_rows, rows, strict=True)]
    result: dict[str, Any] = {}
    if claims_path is not None:  # before the output: a crash between the two leaves the chunks to resume from
        claim_rows = output_claims(out_rows)
        write_rows(claims_path, claim_rows, CLAIM_COLUMNS)
        result["claims"] = len(claim_rows)
    write_rows(output, out_rows)
    shutil.rmtree(parts)
    return {
        "rows": len(out_rows),
        "errors": sum(r["error"] is not None for r in out_rows),
        **result,
        "scored_now": scored,
        "seconds": round(seconds, 2),
        "articles_per_s": round(scored / seconds, 2) if scored and seconds else None,
    }
