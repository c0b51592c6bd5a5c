"""Annotation formats: our JSONL, brat standoff and CoNLL BIO."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from claims.errors import AnnotationError
from claims.formats.brat import read_brat
from claims.formats.conll import read_conll
from claims.formats.jsonl import read_jsonl
from claims.types import Analysis

FORMATS = ("jsonl", "brat", "conll")


def detect_format(path: str | Path) -> str:
    """``brat`` for a directory, ``conll`` for .conll/.bio/.iob files, else ``jsonl``."""
    p = Path(path)
    if p.is_dir():
        return "brat"
    if p.suffix.lower() in {".conll", ".bio", ".iob", ".iob2"}:
        return "conll"
    return "jsonl"


def load_corpus(path: str | Path, fmt: str | None = None, annotator: str = "first") -> list[Analysis]:
    """Read annotated articles in any supported format."""
    p = Path(path)
    if not p.exists():
        raise AnnotationError(p, None, "no such file or directory")
    fmt = fmt or detect_format(p)
    if fmt == "brat":
        return read_brat(p, annotator=annotator)
    if fmt == "conll":
        return read_conll(p)
    if fmt == "jsonl":
        return read_jsonl(p)
    raise AnnotationError(p, None, f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def corpus_hash(docs: Iterable[Analysis]) -> str:
    """A sha256 over texts and span offsets: names the exact training data in model cards."""
    h = hashlib.sha256()
    for d in docs:
        h.update(d.text.encode("utf-8"))
        for a in d.attributions:
            h.update(repr([(r.value, s.start, s.end) for r, s in a.spans()]).encode())
    return h.hexdigest()
