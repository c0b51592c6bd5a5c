"""doccano JSONL: sequence labels with relations (``entities``, ``relations``) or without (``label``).

With relations (doccano's "Sequence labeling" project with relation labelling on): each line
is ``{"text", "entities": [{"id", "label", "start_offset", "end_offset"}], "relations":
[{"from_id", "to_id", "type"}]}``; linked regions make one attribution. Without (the plain
export, ``"label": [[start, end, "LABEL"], ...]``), sources and contents are joined to the
nearest cue by the linker that joins the tagger's spans. A line with neither key carries no
labels and is an error, never an article read as having no claims.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claims.errors import AnnotationError
from claims.formats.jsonl import json_lines
from claims.formats.spans import LabelMap, Region, attributions, region, regions_of, star_links
from claims.io import atomic_write
from claims.types import Analysis


def looks_like(obj: Any) -> bool:
    """A doccano record: text with ``entities`` or ``label``, and none of our own keys."""
    return (
        isinstance(obj, Mapping)
        and isinstance(obj.get("text"), str)
        and ("entities" in obj or "label" in obj)
        and "attributions" not in obj
    )


def _record(obj: Mapping[str, Any], path: Path, n: int, labels: LabelMap) -> Analysis:
    where = f"line {n}"
    text = obj.get("text")
    if not isinstance(text, str):
        raise AnnotationError(path, n, "no 'text' string")
    regions: list[Region] = []
    links: list[tuple[str, str]] | None = None
    if "entities" in obj:
        entities, links = obj["entities"], []
        if not isinstance(entities, list) or not isinstance(obj.get("relations", []), list):
            raise AnnotationError(path, n, "'entities' and 'relations' must be lists")
        for k, e in enumerate(entities):
            at = f"{where} entity {k}"
            if not isinstance(e, Mapping) or "label" not in e:
                raise AnnotationError(path, n, f"entity {k}: needs id, label, start_offset, end_offset")
            regions.append(
                region(str(e.get("id", k)), str(e["label"]), e.get("start_offset"), e.get("end_offset"), text, None,
                       at, path, labels)
            )  # fmt: skip
        for k, r in enumerate(obj.get("relations", [])):
            if not isinstance(r, Mapping) or "from_id" not in r or "to_id" not in r:
                raise AnnotationError(path, n, f"relation {k}: needs from_id and to_id")
            links.append((str(r["from_id"]), str(r["to_id"])))
    else:
        spans = obj["label"]
        if not isinstance(spans, list):
            raise AnnotationError(path, n, "'label' must be a list of [start, end, label]")
        for k, s in enumerate(spans):
            if not isinstance(s, list) or len(s) != 3:
                raise AnnotationError(path, n, f"label {k}: expected [start, end, label], got {s!r}")
            regions.append(region(str(k), str(s[2]), s[0], s[1], text, None, f"{where} label {k}", path, labels))
    doc_id = obj.get("id", n)
    return Analysis(text=text, attributions=attributions(text, regions, links, where, path), id=str(doc_id))


def read_doccano(path: str | Path, labels: LabelMap | None = None) -> list[Analysis]:
    """The records of a doccano JSONL export, as analyses."""
    path, labels = Path(path), labels or LabelMap.default()
    out = []
    for n, obj in json_lines(path):
        if not looks_like(obj):
            raise AnnotationError(path, n, "not a doccano record (text with 'entities' or 'label')")
        out.append(_record(obj, path, n, labels))
    return out


def record(analysis: Analysis, labels: LabelMap | None = None) -> dict[str, Any]:
    """One doccano record with entities and relations."""
    labels = labels or LabelMap.default()
    regions = regions_of(analysis)
    ids = {key: i + 1 for i, (key, *_) in enumerate(regions)}
    return {
        "id": analysis.id,
        "text": analysis.text,
        "entities": [
            {"id": ids[key], "label": labels.names(role), "start_offset": span.start, "end_offset": span.end}
            for key, role, span, _ in regions
        ],
        "relations": [
            {"id": i + 1, "from_id": ids[a], "to_id": ids[b], "type": "attribution"}
            for i, (a, b) in enumerate(star_links(regions))
        ],
    }


def write_doccano(path: str | Path, analyses: Iterable[Analysis], labels: LabelMap | None = None) -> None:
    """Write doccano JSONL (atomically), importable as a sequence-labelling project with relations."""
    atomic_write(path, "".join(json.dumps(record(a, labels), ensure_ascii=False) + "\n" for a in analyses))
