"""Annotation formats: our JSONL, Parquet, saved datasets; brat, CoNLL BIO; Label Studio, doccano, Prodigy, Citron."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from claims.errors import AnnotationError

if TYPE_CHECKING:
    from claims.formats.spans import LabelMap
    from claims.types import Analysis

# the readers load when a format is read (the CLI's start-up only needs the names)
PARQUET, SAVED = "parquet", "hf-dataset"  # a Parquet file, a Dataset.save_to_disk folder
FORMATS = ("jsonl", "brat", "conll", "labelstudio", "doccano", "prodigy", "citron", "webanno", PARQUET, SAVED)
TOOLS = {
    "labelstudio": "a Label Studio export",
    "doccano": "a doccano export",
    "prodigy": "a Prodigy export",
    "citron": "a Citron document",
    "webanno": "a WebAnno TSV file",
    "jsonl": "our JSONL",
}


def sniff(path: Path) -> str | None:
    """What a JSON or JSONL file's first record looks like: ``labelstudio``, ``doccano``, ``jsonl`` or None."""
    from claims.formats import citron, doccano, labelstudio, prodigy, webanno

    try:
        with path.open(encoding="utf-8") as f:
            head = f.read(1 << 20)
    except (OSError, UnicodeDecodeError):
        return None
    stripped = head.lstrip()
    if webanno.looks_like(head):
        return "webanno"
    if stripped.startswith("["):  # a whole-file JSON list: Label Studio exports tasks this way
        try:
            whole = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
        return "labelstudio" if labelstudio.looks_like(whole) else None
    first = next((line for line in stripped.splitlines() if line.strip()), "")
    try:
        obj = json.loads(first)
    except json.JSONDecodeError:
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))  # one pretty-printed task
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
        return "labelstudio" if labelstudio.looks_like(obj) else "citron" if citron.looks_like(obj) else None
    if labelstudio.looks_like(obj):
        return "labelstudio"
    if citron.looks_like(obj):
        return "citron"
    if prodigy.looks_like(obj):
        return "prodigy"
    if doccano.looks_like(obj):
        return "doccano"
    return "jsonl" if isinstance(obj, dict) and "text" in obj else None


def detect_format(path: str | Path) -> str:
    """What ``path`` holds, from its name and first bytes or record.

    A folder is a saved dataset (``dataset_info.json`` and ``state.json``), Citron documents or
    brat; a file is Parquet (its magic bytes), CoNLL (.conll/.bio/.iob) or what its first record looks like.
    """
    from claims.formats.hf import is_parquet, is_saved_dataset

    p = Path(path)
    if p.is_dir() and is_saved_dataset(p):
        return SAVED
    if p.is_dir():
        first = next(iter(sorted(p.glob("*.json"))), None)
        if first is not None and sniff(first) == "citron":
            return "citron"
        tsv = next(iter(sorted(p.glob("*.tsv"))), None)
        return "webanno" if tsv is not None and sniff(tsv) == "webanno" else "brat"
    if is_parquet(p):
        return PARQUET
    if p.suffix.lower() in {".conll", ".bio", ".iob", ".iob2"}:
        return "conll"
    return sniff(p) or "jsonl"


def load_corpus(
    path: str | Path, fmt: str | None = None, annotator: str = "first", labels: LabelMap | None = None
) -> list[Analysis]:
    """Read annotated articles in any supported format; data with no gold annotations is an error.

    ``labels`` maps an annotation tool's labels to source, cue and content (Label Studio,
    doccano). A file given a format it does not look like is refused with the tool it looks like.
    """
    p = Path(path)
    if not p.exists():
        raise AnnotationError(p, None, "no such file or directory")
    seen = None if p.is_dir() else sniff(p)
    fmt = fmt or detect_format(p)
    if seen in TOOLS and fmt in TOOLS and seen != fmt:
        raise AnnotationError(p, None, f"this looks like {TOOLS[seen]}, not {TOOLS[fmt]}: pass --format {seen}")
    from claims.formats import brat, citron, conll, doccano, hf, jsonl, labelstudio, prodigy, webanno

    if fmt == "brat":
        return brat.read_brat(p, annotator=annotator)
    if fmt == "conll":
        return conll.read_conll(p)
    if fmt == "jsonl":
        return jsonl.read_jsonl(p, gold=True)
    if fmt == "labelstudio":
        return labelstudio.read_labelstudio(p, labels)
    if fmt == "doccano":
        return doccano.read_doccano(p, labels)
    if fmt == "prodigy":
        return prodigy.read_prodigy(p, labels)
    if fmt == "citron":
        return citron.read_citron(p)
    if fmt == "webanno":
        files = sorted(p.glob("*.tsv")) if p.is_dir() else [p]
        return [doc for f in files for doc in webanno.read_webanno(f, labels)]
    if fmt == PARQUET:
        return hf.read_parquet(p)
    if fmt == SAVED:
        return hf.read_saved_dataset(p)
    raise AnnotationError(p, None, f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def corpus_hash(docs: Iterable[Analysis]) -> str:
    """A sha256 over texts and span offsets: names the exact training data in model cards."""
    h = hashlib.sha256()
    for d in docs:
        h.update(d.text.encode("utf-8"))
        for a in d.attributions:
            h.update(repr([(r.value, s.start, s.end) for r, s in a.spans()]).encode())
    return h.hexdigest()
