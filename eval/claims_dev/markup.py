"""Hand markup for the claims dev set: articles with nested attribution marks, converted to our JSONL.

An article starts with a header line ``=== id: NAME | genre: GENRE``; the lines after it,
up to the next header, are its text (one paragraph a line). Marks:

    {S1 the mayor}  {C1:assertion said}  {Q1 the bridge is safe}

``S`` source, ``C`` cue, ``Q`` content; the number groups the spans of one attribution
(several ``Q1`` make a discontinuous content, a later ``Q1`` continues it). The first cue of
an attribution names its relation: assertion, belief, intention, naming, action,
perception, question. Marks may nest (an attribution inside another's content). Braces
are not allowed in the text itself.

Usage: python eval/claims_dev/markup.py FILE...   (checks the files, prints counts)
       python eval/claims_dev/markup.py FILE... --out OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

RELATIONS = ("assertion", "belief", "intention", "naming", "action", "perception", "question")
_OPEN = re.compile(r"\{([SCQ])(\d+)(?::([a-z]+))? ")
_HEADER = re.compile(r"^=== id: (?P<id>[\w.-]+) \| genre: (?P<genre>[\w -]+)$")


class MarkupError(ValueError):
    pass


def parse_article(marked: str, where: str) -> dict[str, Any]:
    """Plain text and attributions (spans with offsets) of one marked article."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[str, str, str | None, int]] = []
    found: dict[str, dict[str, Any]] = {}
    i = 0
    while i < len(marked):
        m = _OPEN.match(marked, i)
        if m:
            stack.append((m.group(1), m.group(2), m.group(3), pos))
            i = m.end()
            continue
        ch = marked[i]
        if ch == "{":
            raise MarkupError(f"{where}: a '{{' that opens no mark near {marked[i:i + 30]!r}")
        if ch == "}":
            if not stack:
                raise MarkupError(f"{where}: a '}}' that closes no mark near {marked[max(0, i - 30):i]!r}")
            role, num, rel, start = stack.pop()
            a = found.setdefault(num, {"S": [], "C": [], "Q": [], "relation": None})
            a[role].append([start, pos])
            if rel is not None:
                if role != "C" or rel not in RELATIONS:
                    raise MarkupError(f"{where}: ':{rel}' on {role}{num} (relations go on cues: {', '.join(RELATIONS)})")
                if a["relation"] not in (None, rel):
                    raise MarkupError(f"{where}: attribution {num} has two relations")
                a["relation"] = rel
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise MarkupError(f"{where}: mark {stack[-1][0]}{stack[-1][1]} is never closed")
    text = "".join(out)
    attributions = []
    for num in sorted(found, key=int):
        a = found[num]
        if not a["C"] or not a["Q"] or a["relation"] is None:
            raise MarkupError(f"{where}: attribution {num} needs a cue with a relation and a content")
        def spans(key: str, a: dict[str, Any] = a) -> list[dict[str, Any]]:
            return [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(a[key])]

        attributions.append({
            "id": f"a{num}", "source": spans("S"), "cue": spans("C"), "content": spans("Q"),
            "relation": a["relation"], "is_claim": a["relation"] == "assertion",
        })
    return {"text": text, "attributions": attributions}


def parse_file(path: Path) -> list[dict[str, Any]]:
    """Every article of one markup file, in order."""
    docs: list[dict[str, Any]] = []
    head: dict[str, str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is not None:
            doc = parse_article("\n".join(body).strip("\n"), f"{path}:{head['id']}")
            docs.append({"id": head["id"], **doc, "meta": {"genre": head["genre"].strip()}})

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("==="):
            m = _HEADER.match(line)
            if not m:
                raise MarkupError(f"{path}:{n}: a header is '=== id: NAME | genre: GENRE'")
            flush()
            head, body = m.groupdict(), []
        elif head is None:
            if line.strip():
                raise MarkupError(f"{path}:{n}: text before the first '=== id:' header")
        else:
            body.append(line)
    flush()
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    docs = []
    try:
        for f in args.files:
            docs += parse_file(f)
    except MarkupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        print(f"error: duplicate article ids {sorted(k for k, v in Counter(ids).items() if v > 1)}", file=sys.stderr)
        return 1
    rel = Counter(a["relation"] for d in docs for a in d["attributions"])
    genres = Counter(d["meta"]["genre"] for d in docs)
    print(f"{len(docs)} articles, {sum(rel.values())} attributions; relations {dict(rel)}; genres {dict(genres)}")
    if args.out:
        args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
