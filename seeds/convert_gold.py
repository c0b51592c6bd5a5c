"""Convert a careful human reading (``*.gold.json``) into our JSONL annotation format.

Usage: python seeds/convert_gold.py ../shared/seeds/000_79295539233b46d9.gold.json seeds/
Keeps the reading's source types, anonymity, relays, claim kinds and notes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claims.formats.jsonl import write_jsonl
from claims.io import read_article
from claims.text import quote_kind
from claims.types import Analysis, Attribution, Kind, SourceEntity, Span, Unattributed


def _span(obj: dict | None) -> tuple[Span, ...]:
    return (Span(obj["start"], obj["end"]),) if obj else ()


def convert(gold_path: Path) -> Analysis:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = read_article(gold_path.with_name(gold["document"]))
    attributions, entities = [], {}
    for a in gold["attributions"]:
        contents = _span(a["content"])
        kind = Kind(a["quote"]) if a.get("quote") in {k.value for k in Kind} else quote_kind(text, contents)
        attributions.append(
            Attribution(
                id=a["id"],
                sources=_span(a.get("source")),
                cues=_span(a["cue"]),
                contents=contents,
                kind=kind,
                source_entity=a.get("source_entity"),
                claim_type=a.get("claim_kind"),
                note=a.get("note"),
            )
        )
        ent = a.get("source_entity")
        if ent:
            prev = entities.get(
                ent, {"mentions": [], "relays": [], "type": a["source_type"], "anonymous": a["anonymous"]}
            )
            prev["mentions"] += list(_span(a.get("source")))
            prev["relays"] += list(_span(a.get("relayed_by")))
            entities[ent] = prev
    sources = tuple(
        SourceEntity(
            id=ent,
            name=max((m.of(text) for m in e["mentions"]), key=len),
            mentions=tuple(e["mentions"]),
            type=e["type"],
            named=not e["anonymous"],
            relayed_by=tuple(e["relays"]),
        )
        for ent, e in entities.items()
    )
    unattributed = tuple(Unattributed(Span(u["start"], u["end"])) for u in gold.get("unattributed_examples", []))
    for u in unattributed:
        assert u.span.of(text) in text
    meta = {"source": gold_path.name, "note": gold.get("note"), "expected_assessment": gold.get("expected_assessment")}
    return Analysis(text, tuple(attributions), sources, unattributed, id=gold["document"], meta=meta)


if __name__ == "__main__":
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    analysis = convert(src)
    write_jsonl(out / (src.name.removesuffix(".json") + ".jsonl"), [analysis])
