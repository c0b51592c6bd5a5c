"""Reading archives (JSONL or Parquet, or .txt articles: a file, a folder or a glob) and writing rows atomically.

Every field of an input row but its text and id passes through to the output row; a field
named like an output column gets the prefix ``input.`` (``score`` -> ``input.score``).
"""

from __future__ import annotations

import glob
import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from claims.batch.scorer import MAX_CHARS, OUTPUT_COLUMNS, Unreadable
from claims.errors import InputError, UsageError
from claims.io import article_files, atomic_write, check_output, numbered_lines, read_article

ARCHIVE_SUFFIXES = (".jsonl", ".json", ".parquet")
ARTICLE_SUFFIX = ".txt"
OUTLET_COLUMN = "outlet"  # an optional input field: the article's own outlet (docs/sources.md)
INPUT_PREFIX = "input."  # for a passed-through field named like an output column


class Row(NamedTuple):
    """One input article: its id, its text (or why it was unreadable), its own outlet, the fields passed through."""

    id: str
    text: object
    outlet: str | None
    extra: dict[str, Any]


def input_files(spec: str) -> list[Path]:
    """A file, a folder or a glob, sorted: JSONL/Parquet archives (a folder's own), or .txt articles (recursively).

    A folder or glob that holds both kinds is an :class:`InputError`: the two are never mixed.
    """
    path = Path(spec)
    if path.is_dir():
        files = [p for p in sorted(path.iterdir()) if p.suffix in ARCHIVE_SUFFIXES and p.is_file()]
        try:
            articles = [Path(p) for p in article_files(spec)]
        except InputError:  # a folder with no .txt files
            articles = []
        if files and articles:
            raise InputError(
                f"{spec}: holds both JSONL/Parquet files and .txt articles; give one kind (e.g. '{spec}/*.jsonl')"
            )
        files = files or articles
    elif path.is_file():
        files = [path]
    else:
        files = [Path(p) for p in sorted(glob.glob(spec)) if Path(p).is_file()]
    if not files:
        raise InputError(f"{spec}: no JSONL, Parquet or .txt input found")
    if 0 < sum(is_article(f) for f in files) < len(files):
        raise InputError(f"{spec}: mixes .txt articles and JSONL/Parquet files; give one kind")
    return files


def is_article(path: Path) -> bool:
    """True for a .txt article file (one article, the whole file), False for an archive of rows."""
    return path.suffix == ARTICLE_SUFFIX


def article_id(path: Path, spec: str | None) -> str:
    """A .txt article's id: its path relative to the folder ``spec`` names (``/`` between parts), else as given."""
    if spec and Path(spec).is_dir():
        return path.relative_to(spec).as_posix()
    return str(path)


def read_txt(path: str | Path, encoding: str = "utf-8") -> str | Unreadable:
    """A .txt article's text, or why it cannot be scored (not valid in ``encoding``, empty, ...); never raises."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_article says why
    if size > 4 * MAX_CHARS + 4:  # more characters than the scorer takes, in any encoding
        return Unreadable(f"too long ({size} bytes; the limit is {MAX_CHARS} characters)")
    try:
        return read_article(path, encoding)
    except InputError as exc:
        return Unreadable(str(exc).removeprefix(f"{path}: "))


def read_rows(
    files: Sequence[Path], text_col: str, id_col: str, root: str | None = None, encoding: str = "utf-8"
) -> Iterator[Row]:
    """A :class:`Row` for every input row, file by file; a .txt file is one row (id: :func:`article_id`).

    A malformed file or row is an :class:`InputError` naming it; ``outlet`` is the row's
    optional ``outlet`` string (the article's own outlet), else None.
    """
    for path in files:
        if is_article(path):
            yield Row(article_id(path, root), read_txt(path, encoding), None, {})
        elif path.suffix == ".parquet":
            yield from _parquet_rows(path, text_col, id_col)
        else:
            for n, line in numbered_lines(path):
                if line is None:
                    raise InputError(f"{path}:{n}: not valid UTF-8")
                if line.strip():
                    yield _row(_json_object(line, f"{path}:{n}"), f"{path}:{n}", text_col, id_col)


def passthrough_name(name: str, fields: Collection[str], where: str) -> str:
    """The output name of an input field: itself, or ``input.NAME`` when NAME is an output column.

    An input that also has a field ``input.NAME`` is an :class:`InputError` (the two would collide).
    """
    if name not in OUTPUT_COLUMNS:
        return name
    if INPUT_PREFIX + name in fields:
        raise InputError(f"{where}: fields {name!r} and {INPUT_PREFIX + name!r} would both be {INPUT_PREFIX + name!r}")
    return INPUT_PREFIX + name


def _row(obj: Mapping[str, Any], where: str, text_col: str, id_col: str) -> Row:
    if id_col not in obj:
        raise InputError(f"{where}: no {id_col!r} field")
    extra = {passthrough_name(k, obj, where): v for k, v in obj.items() if k not in (text_col, id_col)}
    return Row(_id(obj[id_col], where, id_col), obj.get(text_col), _outlet(obj.get(OUTLET_COLUMN), where), extra)


def _outlet(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: {OUTLET_COLUMN!r} must be a string, not {type(value).__name__}")
    return value


def _json_object(line: str, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        raise InputError(f"{where}: not valid JSON") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a row must be a JSON object, not {type(obj).__name__}")
    return obj


def _id(value: object, where: str, id_col: str) -> str:
    """A row id: a non-empty string or an integer (null, NaN, booleans and empty strings are not ids)."""
    if isinstance(value, bool) or not isinstance(value, str | int) or (isinstance(value, str) and not value.strip()):
        raise InputError(f"{where}: {id_col!r} must be a non-empty string or an integer, not {value!r}")
    return str(value)


def _parquet_rows(path: Path, text_col: str, id_col: str) -> Iterator[Row]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None
    missing = [c for c in (text_col, id_col) if c not in table.column_names]
    if missing:
        raise InputError(f"{path}: no column {missing[0]!r} (columns: {', '.join(table.column_names)})")
    for n, obj in enumerate(table.to_pylist(), 1):
        yield _row(obj, f"{path}: row {n}", text_col, id_col)


def check_ids(inputs: str, ids: Sequence[str]) -> None:
    """One output row per input row: every id once (both engines check before scoring)."""
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise InputError(f"{inputs}: id {i!r} occurs more than once; ids must be unique")
        seen.add(i)


def check_claims_output(claims: str | Path | None, output: str | Path) -> Path | None:
    """The ``--claims`` file, checked before any scoring: ``.jsonl`` or ``.parquet``, writable, not the output."""
    if claims is None:
        return None
    path = Path(claims)
    if path.suffix not in (".jsonl", ".parquet"):
        raise UsageError(f"--claims {path}: give a .jsonl or .parquet file name")
    out = Path(output).resolve()
    if path.resolve() == out or out in path.resolve().parents:
        raise UsageError(f"--claims {path}: must lie outside the output {output}")
    check_output(path)  # a folder, a link, a parent that is a file: an OutputError now, not after scoring
    return path


def write_rows(path: Path, rows: Sequence[Mapping[str, Any]], columns: Sequence[str] = OUTPUT_COLUMNS) -> None:
    """Write rows as Parquet (by suffix) or JSONL, atomically.

    Parquet takes the union of the rows' fields (``columns`` first; null where a row lacks
    one); a field whose values share no Arrow type is written as JSON text. JSONL writes a
    value JSON cannot hold (a date, a time) as its ISO or string form.
    """
    if path.suffix == ".parquet":
        import io

        import pyarrow as pa
        import pyarrow.parquet as pq

        names = list(dict.fromkeys([*columns, *(k for r in rows for k in r)]))
        buf = io.BytesIO()
        pq.write_table(pa.table({n: _arrow([r.get(n) for r in rows]) for n in names}), buf)
        atomic_write(path, buf.getvalue())
    else:
        atomic_write(path, "".join(json.dumps(r, ensure_ascii=False, default=_plain) + "\n" for r in rows))


def _arrow(values: list[Any]) -> Any:
    """An Arrow array of the values, else (mixed types, an empty object) their JSON text."""
    import pyarrow as pa

    try:
        array = pa.array(values)
        if _parquet_safe(array.type):
            return array
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        pass
    return pa.array([None if v is None else json.dumps(v, ensure_ascii=False, default=_plain) for v in values])


def _parquet_safe(t: Any) -> bool:
    import pyarrow as pa

    if pa.types.is_struct(t):
        return t.num_fields > 0 and all(_parquet_safe(t.field(i).type) for i in range(t.num_fields))
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return _parquet_safe(t.value_type)
    return True


def _plain(value: object) -> object:
    """A JSON stand-in for a value read from Parquet that JSON cannot hold."""
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


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
