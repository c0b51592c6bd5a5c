"""Prodigy JSONL (``spans.manual`` and ``rel.manual`` recipes): accepted examples with spans and relations.

Each line is ``{"text", "spans": [{"start", "end", "label", ...}], "relations": [{"head_span":
{...}, "child_span": {...}, "label"}], "answer": "accept"}``. A relation names its two spans by
their character offsets; linked spans make one attribution (``claims.formats.spans``). A
``spans.manual`` example has no relations: its spans are joined to the nearest cue by the
linker. Rejected and ignored examples are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from claims.errors import AnnotationError
from claims.formats.jsonl import json_lines
from claims.formats.spans import LabelMap, Region, attributions, region
from claims.types import Analysis


def looks_like(obj: Any) -> bool:
    """A Prodigy example: text with ``spans`` (and ``_input_hash`` or ``answer`` as Prodigy writes)."""
    return (
        isinstance(obj, Mapping)
        and isinstance(obj.get("text"), str)
        and isinstance(obj.get("spans"), list)
        and ("answer" in obj or "_input_hash" in obj)
    )


def _key(span: Any, where: str, path: Path, n: int) -> str:
    if not isinstance(span, Mapping) or "start" not in span or "end" not in span:
        raise AnnotationError(path, n, f"{where}: a relation's head_span and child_span need start and end")
    return f"{span['start']}-{span['end']}"


def _record(obj: Mapping[str, Any], path: Path, n: int, labels: LabelMap) -> Analysis:
    text = obj["text"]
    regions: list[Region] = []
    for k, s in enumerate(obj["spans"]):
        if not isinstance(s, Mapping) or "label" not in s:
            raise AnnotationError(path, n, f"span {k}: needs start, end and label")
        key = f"{s.get('start')}-{s.get('end')}"
        regions.append(region(key, str(s["label"]), s.get("start"), s.get("end"), text, None, f"line {n} span {k}",
                              path, labels))  # fmt: skip
    relations = obj.get("relations")
    links = None
    if relations:
        if not isinstance(relations, list):
            raise AnnotationError(path, n, "'relations' must be a list")
        links = [
            (_key(r.get("head_span"), f"relation {k}", path, n), _key(r.get("child_span"), f"relation {k}", path, n))
            for k, r in enumerate(relations)
            if isinstance(r, Mapping)
        ]
    doc_id = obj.get("meta", {}).get("id") if isinstance(obj.get("meta"), Mapping) else None
    return Analysis(text=text, attributions=attributions(text, regions, links, f"line {n}", path), id=str(doc_id or n))


def read_prodigy(path: str | Path, labels: LabelMap | None = None) -> list[Analysis]:
    """The accepted examples of a Prodigy export (``prodigy db-out``), as analyses."""
    path, labels = Path(path), labels or LabelMap.default()
    out = []
    for n, obj in json_lines(path):
        if not looks_like(obj):
            raise AnnotationError(path, n, "not a Prodigy example (text with 'spans' and 'answer')")
        if obj.get("answer", "accept") == "accept":
            out.append(_record(obj, path, n, labels))
    if not out:
        raise AnnotationError(path, None, "no accepted example (nothing to learn from)")
    return out
