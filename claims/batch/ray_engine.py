"""``claims batch --engine ray``: the same :class:`~claims.batch.scorer.BatchScorer` on Ray Data.

``ray.init()`` attaches to a cluster when ``RAY_ADDRESS`` is set, else starts a local one
with one CPU more than the workers (a 2-core machine hangs otherwise: the read task needs a
CPU of its own). Each worker is an actor that loads the model once. Output files are
written with ``mode="overwrite"``, so a rerun after a crash never doubles rows; Ray restarts
a killed worker and retries its batch. A folder of .txt articles becomes rows of ids and
paths, and the workers read the files (so they must see the same paths).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from claims.batch.archive import (
    OUTLET_COLUMN,
    article_id,
    check_claims_output,
    check_ids,
    input_files,
    is_article,
    passthrough_name,
    read_output,
    read_rows,
    read_txt,
    write_rows,
)
from claims.batch.scorer import CLAIM_COLUMNS, OUTPUT_COLUMNS, BatchScorer, ScorerOptions, output_claims
from claims.errors import ClaimsError

PATH_COLUMN = "path"  # of the rows a folder of .txt articles becomes


class RayScorer:
    """A Ray Data callable class: one :class:`BatchScorer` per actor; Arrow batches in and out.

    With ``encoding`` set the rows are .txt articles (``id``, ``path``), read here; else the
    other columns of a row pass through (:func:`~claims.batch.archive.passthrough_name`).
    """

    def __init__(self, options: ScorerOptions, text_col: str, id_col: str, encoding: str | None = None) -> None:
        import torch
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

        from claims.memory import keep_freed_memory

        torch.set_num_threads(1)
        keep_freed_memory()  # as the command line does in its own process
        threadpool_limits(1, user_api="blas")  # spaCy's matrices (claims.nlp.use_numpy_blas): one core, as torch
        self.scorer = BatchScorer(options)
        self.text_col, self.id_col, self.encoding = text_col, id_col, encoding

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        ids = [str(i) for i in batch.column(self.id_col).to_pylist()]
        if self.encoding is not None:
            texts: list[object] = [read_txt(p, self.encoding) for p in batch.column(PATH_COLUMN).to_pylist()]
            outlets: list[str | None] = [None] * len(ids)
            extra = []
        else:
            texts = batch.column(self.text_col).to_pylist()
            given = batch.column(OUTLET_COLUMN).to_pylist() if OUTLET_COLUMN in batch.column_names else []
            outlets = [o if isinstance(o, str) and o else None for o in given] or [None] * len(ids)
            extra = [c for c in batch.column_names if c not in (self.text_col, self.id_col)]
        rows = self.scorer.score(ids, texts, outlets)  # non-text becomes an error row
        out = pa.Table.from_pylist(rows, schema=output_schema())
        for name in extra:
            out = out.append_column(passthrough_name(name, batch.column_names, name), batch.column(name))
        return out


def output_schema() -> Any:
    """The Arrow types of the output columns (so a batch of error rows has the same schema as any other)."""
    import pyarrow as pa

    types = {"score": pa.float64(), **{c: pa.int64() for c in OUTPUT_COLUMNS if c.startswith("n_")}}
    return pa.schema([(c, types.get(c, pa.string())) for c in OUTPUT_COLUMNS])


def run_ray(
    inputs: str,
    output: str | Path,
    text_col: str = "text",
    id_col: str = "id",
    options: ScorerOptions | None = None,
    workers: int = 1,
    batch_size: int = 8,  # rows per actor call: small, so every worker gets work (64 left one of 2 idle on 100)
    output_format: str = "parquet",
    quiet: bool = False,
    claims: str | Path | None = None,
    encoding: str = "utf-8",
) -> dict[str, Any]:
    """Score an archive on Ray Data; ``output`` is a folder of Parquet or JSONL files, ``claims`` one file."""
    try:
        import ray
    except ImportError:
        raise ClaimsError("the Ray engine needs ray: pip install 'claims[ray]'") from None
    claims_path = check_claims_output(claims, output)
    paths = input_files(inputs)
    articles = [{"id": article_id(p, inputs), PATH_COLUMN: str(p.resolve())} for p in paths if is_article(p)]
    if not articles:  # the local engine's rules, before Ray starts (.txt ids are unique paths)
        check_ids(inputs, [r.id for r in read_rows(paths, text_col, id_col)])
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
        ds: ray.data.Dataset
        if articles:
            ds = ray.data.from_items(articles)
        elif all(f.endswith(".parquet") for f in files):
            ds = ray.data.read_parquet(files)
        else:
            ds = ray.data.read_json(files, lines=True)
        ds = ds.repartition(max(workers * 4, 1))  # small inputs arrive as one block
        kwargs: dict[str, Any] = {
            "options": options or ScorerOptions(),
            "text_col": text_col,
            "id_col": id_col,
            "encoding": None,
        }
        if articles:
            kwargs.update(id_col="id", encoding=encoding)
        ds = ds.map_batches(
            RayScorer,
            fn_constructor_kwargs=kwargs,
            compute=ray.data.ActorPoolStrategy(size=workers),
            batch_size=batch_size,
            batch_format="pyarrow",
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
    rows = read_output(Path(out))
    result: dict[str, Any] = {"rows": len(rows), "seconds": round(seconds, 2)}
    if claims_path is not None:  # the whole file, rewritten from the output: a rerun never doubles claims
        claim_rows = output_claims(rows)
        write_rows(claims_path, claim_rows, CLAIM_COLUMNS)
        result["claims"] = len(claim_rows)
    return {**result, "articles_per_s": round(len(rows) / seconds, 2)}
