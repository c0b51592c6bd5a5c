"""Reading archives (JSONL or Parquet: a file, a folder or a glob) and writing output rows atomically."""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from claims.batch.scorer import OUTPUT_COLUMNS
from claims.errors import InputError
from claims.io import atomic_write, numbered_lines


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


OUTLET_COLUMN = "outlet"  # an optional input field: the article's own outlet (docs/sources.md)


def read_rows(files: Sequence[Path], text_col: str, id_col: str) -> Iterator[tuple[str, object, str | None]]:
    """``(id, text, outlet)`` for every input row, file by file.

    A malformed file or row is an :class:`InputError` naming it; ``outlet`` is the row's
    optional ``outlet`` string (the article's own outlet), else None.
    """
    for path in files:
        if path.suffix == ".parquet":
            yield from _parquet_rows(path, text_col, id_col)
            continue
        for n, line in numbered_lines(path):
            if line is None:
                raise InputError(f"{path}:{n}: not valid UTF-8")
            if line.strip():
                yield _json_row(line, f"{path}:{n}", text_col, id_col)


def _outlet(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: {OUTLET_COLUMN!r} must be a string, not {type(value).__name__}")
    return value


def _json_row(line: str, where: str, text_col: str, id_col: str) -> tuple[str, object, str | None]:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        raise InputError(f"{where}: not valid JSON") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a row must be a JSON object, not {type(obj).__name__}")
    if id_col not in obj:
        raise InputError(f"{where}: no {id_col!r} field")
    return _id(obj[id_col], where, id_col), obj.get(text_col), _outlet(obj.get(OUTLET_COLUMN), where)


def _id(value: object, where: str, id_col: str) -> str:
    """A row id: a non-empty string or an integer (null, NaN, booleans and empty strings are not ids)."""
    if isinstance(value, bool) or not isinstance(value, str | int) or (isinstance(value, str) and not value.strip()):
        raise InputError(f"{where}: {id_col!r} must be a non-empty string or an integer, not {value!r}")
    return str(value)


def _parquet_rows(path: Path, text_col: str, id_col: str) -> Iterator[tuple[str, object, str | None]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None
    missing = [c for c in (text_col, id_col) if c not in table.column_names]
    if missing:
        raise InputError(f"{path}: no column {missing[0]!r} (columns: {', '.join(table.column_names)})")
    ids, texts = table.column(id_col).to_pylist(), table.column(text_col).to_pylist()
    has_outlet = OUTLET_COLUMN in table.column_names
    outlets = table.column(OUTLET_COLUMN).to_pylist() if has_outlet else [None] * len(ids)
    for n, (i, text, outlet) in enumerate(zip(ids, texts, outlets, strict=True), 1):
        where = f"{path}: row {n}"
        yield _id(i, where, id_col), text, _outlet(outlet, where)


def check_ids(inputs: str, ids: Sequence[str]) -> None:
    """One output row per input row: every id once (both engines check before scoring)."""
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise InputError(f"{inputs}: id {i!r} occurs more than once; ids must be unique")
        seen.add(i)


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
