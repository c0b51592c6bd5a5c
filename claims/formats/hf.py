"""Our schema as Hugging Face data: a Parquet file, or a folder written by ``Dataset.save_to_disk``.

One row per article: ``text``, ``attributions`` (a JSON string, or a list of structs in the
JSON shape of docs/data-format.md) and optionally ``id``, ``sources``, ``unattributed``,
``meta``, ``score`` and ``schema_version`` (JSON strings or structs too). Every row goes
through :func:`claims.schema.from_dict`, so it is checked as a JSONL line is, and an error is
one line naming the file and the row (counted from 1). Arrow gives every field of a struct
column to every row, null where a row had none, so a null inside a struct means absent; a
null or missing ``attributions`` means the row carries no gold annotations (``[]`` means an
article with no claims), which is an error, as in our JSONL read for training or evaluation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from claims.errors import AnnotationError, SchemaError
from claims.schema import from_dict
from claims.types import Analysis

JSON_COLUMNS = ("attributions", "sources", "unattributed", "score", "meta")  # a JSON string or a struct
NO_GOLD = "no 'attributions': this row carries no gold annotations (an empty list means no claims)"


def is_parquet(path: Path) -> bool:
    """True for a file that starts with Parquet's magic bytes."""
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PAR1"
    except OSError:
        return False


def is_saved_dataset(path: Path) -> bool:
    """True for a folder written by ``Dataset.save_to_disk`` (or ``DatasetDict.save_to_disk``)."""
    single = (path / "dataset_info.json").is_file() and (path / "state.json").is_file()
    return single or (path / "dataset_dict.json").is_file()


def read_parquet(path: str | Path) -> list[Analysis]:
    """The articles of a Parquet file of our schema (each row must carry ``attributions``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    try:
        data = pq.ParquetFile(path)
        _check_columns(path, data.schema_arrow.names)
        rows = (row for batch in data.iter_batches() for row in batch.to_pylist())
        return _articles(path, rows)
    except (pa.ArrowException, OSError) as exc:
        raise AnnotationError(path, None, f"not a readable Parquet file ({_first_line(exc)})") from None


def read_saved_dataset(path: str | Path) -> list[Analysis]:
    """The articles of a ``Dataset.save_to_disk`` folder of our schema (each row must carry ``attributions``)."""
    from datasets import Dataset, load_from_disk

    path = Path(path)
    try:
        ds = load_from_disk(str(path))
    except (OSError, ValueError) as exc:
        raise AnnotationError(path, None, f"not a readable saved dataset ({_first_line(exc)})") from None
    if not isinstance(ds, Dataset):
        splits = sorted(ds)
        raise AnnotationError(
            path, None, f"a dataset with splits ({', '.join(splits)}): give one split's folder, e.g. {path / splits[0]}"
        )
    _check_columns(path, ds.column_names)
    return _articles(path, iter(ds))


def _check_columns(path: Path, names: Iterable[str]) -> None:
    """A ``text`` column and an ``attributions`` column, or a one-line error."""
    names = list(names)
    columns = f"(columns: {', '.join(names)})"
    if "text" not in names:
        raise AnnotationError(path, None, f"no column 'text' {columns}")
    if "attributions" not in names:
        raise AnnotationError(path, None, f"no column 'attributions' {columns}: the data carries no gold annotations")


def _articles(path: Path, rows: Iterator[Mapping[str, Any]]) -> list[Analysis]:
    """Each row as an article; the first bad row is an error naming the file and the row."""
    out = []
    for n, row in enumerate(rows, 1):
        try:
            out.append(row_to_analysis(row))
        except SchemaError as exc:
            raise AnnotationError(path, None, f"row {n}: {exc}") from None
    return out


def row_to_analysis(row: Mapping[str, Any]) -> Analysis:
    """One row of our schema as an article; raises :class:`SchemaError` saying what is wrong."""
    if row.get("attributions") is None:
        raise SchemaError(NO_GOLD)
    obj: dict[str, Any] = {}
    for key, value in row.items():
        if value is None:
            continue
        if key in JSON_COLUMNS and isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise SchemaError(f"{key}: not valid JSON ({exc.msg} at column {exc.colno})") from None
            except RecursionError:
                raise SchemaError(f"{key}: not valid JSON (nested too deeply)") from None
        elif key in JSON_COLUMNS:
            value = _without_nulls(value)
        obj[key] = value
    return from_dict(obj)


def _without_nulls(value: Any) -> Any:
    """A struct value with its null fields dropped (Arrow's null for a field a row did not have)."""
    if isinstance(value, Mapping):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message (its type when it has none)."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]
