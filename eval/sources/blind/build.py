"""Build part_a.jsonl / part_b.jsonl from the marked-up halves and check every span.

Markup: see GUIDELINES.md. Standard library only. Run: python3 eval/sources/blind/build.py
Writes the same record shape as eval/sources/dev.jsonl plus the article fields
"outlet" and "style" and the mention field "affiliation".
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build import occurrence_of, unmark  # noqa: E402  (eval/sources/build.py: the same markup)

TYPES = {"named_person", "named_organisation", "official_statement", "court_or_record", "poll_or_data",
         "news_outlet", "state_media", "anonymous_specific", "anonymous_vague", "social_media",
         "own_reporting", "unknown"}  # fmt: skip
ANON = {"anonymous_specific", "anonymous_vague", "unknown"}
STYLES = {"wire", "conflict", "courts", "business", "polls_science", "local", "interview"}
CLAIM_TYPES = {"numeric", "casualty_figure", "allegation", "event", "characterisation", "prediction"}
def parse_entities(aid: str, spec: str) -> dict[str, dict[str, Any]]:
    ents: dict[str, dict[str, Any]] = {}
    for line in spec.strip().splitlines():
        head, _, aff = line.partition(" aff=")
        parts = head.split()
        if len(parts) < 4 or parts[1] not in TYPES or not parts[2].isdigit():
            raise ValueError(f"{aid}: bad entity line {line!r}")
        etype = parts[1]
        named = etype not in ANON and "anon" not in parts[4:]
        ents[parts[0]] = {"type": etype, "named": named, "identifiability": int(parts[2]),
                          "side": None if parts[3] == "-" else parts[3], "affiliation": aff.strip() or None}  # fmt: skip
    return ents


def build_article(aid: str, outlet: str | None, style: str, spec: str, marked: str) -> dict[str, Any]:
    if style not in STYLES:
        raise ValueError(f"{aid}: unknown style {style!r}")
    ents = parse_entities(aid, spec)
    text, spans = unmark(aid, marked)
    if outlet is not None and outlet not in text:
        raise ValueError(f"{aid}: outlet {outlet!r} not in the text")
    mentions, unatt, back = [], [], []
    for kind, start, s, extra, relay in spans:
        occ = occurrence_of(text, s, start)
        if kind == "m":
            assert extra is not None
            if extra not in ents:
                raise ValueError(f"{aid}: mention of undeclared entity {extra}")
            if relay is not None and relay not in text:
                raise ValueError(f"{aid}: relay {relay!r} not in the text")
            mentions.append({"text": s, "occurrence": occ, "entity": extra, **ents[extra], "relayed_by": relay})
        elif kind == "u":
            if extra not in CLAIM_TYPES:
                raise ValueError(f"{aid}: unknown claim type {extra!r}")
            unatt.append({"text": s, "occurrence": occ, "claim_type": extra})
        else:
            back.append({"text": s, "occurrence": occ})
    unused = set(ents) - {m["entity"] for m in mentions}
    if unused:
        raise ValueError(f"{aid}: entities without mentions: {sorted(unused)}")
    return {"id": aid, "outlet": outlet, "style": style, "text": text, "mentions": mentions,
            "unattributed": unatt, "background": back}  # fmt: skip


def main() -> int:
    sys.path.insert(0, str(HERE))
    for part in ("part_a", "part_b"):
        if not (HERE / f"{part}.py").exists():
            continue
        articles = importlib.import_module(part).ARTICLES
        ids = [a[0] for a in articles]
        if len(set(ids)) != len(ids):
            raise SystemExit(f"{part}: duplicate article ids")
        rows = [build_article(*a) for a in articles]
        with open(HERE / f"{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        n = sum(len(r["mentions"]) for r in rows)
        ents = sum(len({m["entity"] for m in r["mentions"]}) for r in rows)
        print(f"{part}: {len(rows)} articles, {n} mentions, {ents} entities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
