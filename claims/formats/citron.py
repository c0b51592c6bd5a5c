"""Citron's JSON (BBC R&D's quote extractor): one document per file, ``{"text", "quotes": [...]}``.

A quote is ``{"cue": span, "sources": [spans], "contents": [spans]}`` with character spans
``{"start", "end", "text"}``; Citron's optional coreferences and confidences are not read. A
folder of such files is read file by file in name order; the writer puts one file per article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claims.errors import AnnotationError
from claims.formats.jsonl import json_file
from claims.formats.spans import LabelMap, Region, attributions, region
from claims.io import atomic_write
from claims.types import Analysis, Role, Span

_ROLE = LabelMap({"source": Role.SOURCE, "cue": Role.CUE, "content": Role.CONTENT})


def looks_like(obj: Any) -> bool:
    """A Citron document: text and a list of quotes."""
    return isinstance(obj, Mapping) and isinstance(obj.get("text"), str) and isinstance(obj.get("quotes"), list)


def _document(obj: Any, path: Path) -> Analysis:
    if not looks_like(obj):
        raise AnnotationError(path, None, "not a Citron document (an object with 'text' and 'quotes')")
    text: str = obj["text"]
    regions: list[Region] = []
    links: list[tuple[str, str]] = []
    seen: set[str] = set()
    for q, quote in enumerate(obj["quotes"]):
        where = f"quote {q}"
        if not isinstance(quote, Mapping) or not isinstance(quote.get("cue"), Mapping):
            raise AnnotationError(path, None, f"{where}: needs a 'cue' span")
        parts = [("cue", quote["cue"])] + [(role, s) for key, role in (("sources", "source"), ("contents", "content"))
                                            for s in quote.get(key) or []]  # fmt: skip
        keys = []
        for role, s in parts:
            if not isinstance(s, Mapping):
                raise AnnotationError(path, None, f"{where}: a {role} span must be an object")
            key = f"{role}:{s.get('start')}-{s.get('end')}"  # a span two quotes share is one region
            if key not in seen:
                seen.add(key)
                regions.append(region(key, role, s.get("start"), s.get("end"), text, s.get("text"),
                                      f"{where} {role}", path, _ROLE))  # fmt: skip
            keys.append(key)
        links += [(k, keys[0]) for k in keys[1:]]
    return Analysis(text=text, attributions=attributions(text, regions, links, "", path), id=path.stem)


def read_citron(path: str | Path) -> list[Analysis]:
    """A Citron JSON file, or a folder of them."""
    path = Path(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    out = []
    for f in files:
        out.append(_document(json_file(f), f))
    return out


def _span(text: str, s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.of(text)}


def document(analysis: Analysis) -> dict[str, Any]:
    """One Citron document (a multi-cue attribution keeps its first cue)."""
    text = analysis.text
    quotes = [
        {
            "cue": _span(text, a.cues[0]),
            "sources": [_span(text, s) for s in a.sources],
            "contents": [_span(text, c) for c in a.contents],
            "confidence": a.confidence,
        }
        for a in analysis.attributions
        if a.cues
    ]
    return {"text": text, "quotes": quotes}


def write_citron(folder: str | Path, analyses: Iterable[Analysis]) -> None:
    """One Citron JSON file per article in ``folder`` (named by the article id), written atomically."""
    folder = Path(folder)
    for i, a in enumerate(analyses):
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in str(a.id or i)) or str(i)
        atomic_write(folder / f"{name}.json", json.dumps(document(a), ensure_ascii=False, indent=1) + "\n")
