"""``claims batch --engine ray``: the same :class:`~claims.batch.scorer.BatchScorer` on Ray Data.

``ray.init()`` attaches to a cluster when ``RAY_ADDRESS`` is set, else starts a local one
with one CPU more than the workers (a 2-core machine hangs otherwise: the read task needs a
CPU of its own). Each worker is an actor that loads the model once. Output files are
written with ``mode="overwrite"``, so a rerun after a crash never doubles rows; Ray restarts
a killed worker and retries its batch.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from claims.batch.archive import OUTLET_COLUMN, check_ids, input_files, read_output, read_rows
from claims.batch.scorer import OUTPUT_COLUMNS, BatchScorer, ScorerOptions
from claims.errors import ClaimsError


class RayScorer:
    """A Ray Data callable class: one :class:`BatchScorer` per actor."""

    def __init__(self, options: ScorerOptions, text_col: str, id_col: str) -> None:
        import torch

        torch.set_num_threads(1)
        self.scorer = BatchScorer(options)
        self.text_col, self.id_col = text_col, id_col

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        ids = [str(i) for i in batch[self.id_col]]
        outlets = [o if isinstance(o, str) and o else None for o in batch.get(OUTLET_COLUMN, [None] * len(ids))]
        rows = self.scorer.score(ids, list(batch[self.text_col]), outlets)  # non-text becomes an error row
        return {c: [r[c] for r in rows] for c in OUTPUT_COLUMNS}


def run_ray(
    inputs: str,
    output: str | Path,
    text_col: str = "text",
    id_col: str = "id",
    options: ScorerOptions | None = None,
    workers: int = 1,
    batch_size: int = 64,
    output_format: str = "parquet",
    quiet: bool = False,
) -> dict[str, Any]:
    """Score an archive on Ray Data; ``output`` is a folder of Parquet or JSONL files."""
    try:
        import ray
    except ImportError:
        raise ClaimsError("the Ray engine needs ray: pip install 'claims[ray]'") from None
    paths = input_files(inputs)
    check_ids(
        inputs, [i for i, *_ in read_rows(paths, text_col, id_col)]
    )  # the local engine's rules, before Ray starts
    files = [str(f) for f in paths]
    started_here = not ray.is_initialized()
    if started_here:
        if os.environ.get("RAY_ADDRESS"):
            ray.init(log_to_driver=False, logging_level=logging.ERROR if quiet else logging.INFO)
        else:
            ray.init(
                num_cpus=workers + 1, include_dashboard=False, log_to_driver=False,
                logging_level=logging.ERROR if quiet else logging.INFO,
            )  # fmt: skip
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.execution_options.verbose_progress = False
    try:
        t0 = time.perf_counter()
        parquet = all(f.endswith(".parquet") for f in files)
        ds = ray.data.read_parquet(files) if parquet else ray.data.read_json(files, lines=True)
        ds = ds.repartition(max(workers * 4, 1))  # small inputs arrive as one block
        ds = ds.map_batches(
            RayScorer,
            fn_constructor_kwargs={"options": options or ScorerOptions(), "text_col": text_col, "id_col": id_col},
            compute=ray.data.ActorPoolStrategy(size=workers),
            batch_size=batch_size,
            batch_format="numpy",
            num_cpus=1,
        )
        out = str(Path(output).resolve())
        if output_format == "jsonl":
            ds.write_json(out, mode=ray.data.SaveMode.OVERWRITE)
        else:
            ds.write_parquet(out, mode=ray.data.SaveMode.OVERWRITE)
        seconds = time.perf_counter() - t0
    finally:
        if started_here:
            ray.shutdown()
    n_rows = len(read_output(Path(out)))
    return {"rows": n_rows, "seconds": round(seconds, 2), "articles_per_s": round(n_rows / seconds, 2)}
