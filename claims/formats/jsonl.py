"""Our JSONL annotation format: one :class:`~claims.types.Analysis` per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claims.errors import AnnotationError, SchemaError
from claims.io import atomic_write, numbered_lines
from claims.schema import from_dict, to_dict
from claims.types import Analysis


def _parsed(text: str, path: Path, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnnotationError(path, line or exc.lineno, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise AnnotationError(path, line, "not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise AnnotationError(path, line, f"not valid JSON ({exc})") from None


def json_lines(path: str | Path) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` of every non-blank line; bad UTF-8 or JSON is an error naming the line."""
    path = Path(path)
    for n, line in numbered_lines(path):
        if line is None:
            raise AnnotationError(path, n, "not valid UTF-8")
        if line.strip():
            yield n, _parsed(line, path, n)


def json_file(path: str | Path) -> Any:
    """A whole JSON file (Label Studio, Citron); bad UTF-8 or JSON is an error naming the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AnnotationError(path, None, "not valid UTF-8") from None
    return _parsed(text, path, None)


def iter_jsonl(path: str | Path, gold: bool = False) -> Iterator[Analysis]:
    """Yield the articles of a JSONL file; errors name the file and line.

    ``gold``: every record must carry ``attributions`` (annotations for training or evaluation),
    so text without labels is never read as an article with no claims.
    """
    path = Path(path)
    for n, obj in json_lines(path):
        if gold and isinstance(obj, dict) and "attributions" not in obj:
            raise AnnotationError(
                path, n, "no 'attributions': this record carries no gold annotations (an empty list means no claims)"
            )
        try:
            yield from_dict(obj)
        except SchemaError as exc:
            raise AnnotationError(path, n, str(exc)) from None


def read_jsonl(path: str | Path, gold: bool = False) -> list[Analysis]:
    """All articles of a JSONL file (``gold``: each must carry ``attributions``)."""
    return list(iter_jsonl(path, gold))


def dumps(analysis: Analysis) -> str:
    """One JSON line (no trailing newline)."""
    return json.dumps(to_dict(analysis), ensure_ascii=False)


def write_jsonl(path: str | Path, analyses: Iterable[Analysis]) -> None:
    """Write articles atomically, one per line."""
    atomic_write(path, "".join(dumps(a) + "\n" for a in analyses))
