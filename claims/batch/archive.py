"""Reading archives (JSONL or Parquet: a file, a folder or a glob) and writing output rows atomically."""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from claims.batch.scorer import OUTPUT_COLUMNS
from claims.errors import InputError
from claims.io import atomic_write


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
