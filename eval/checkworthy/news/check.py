"""Check a news check-worthiness part file (see GUIDELINES.md) and print its label counts.

python3 eval/checkworthy/news/check.py eval/checkworthy/news/part_a.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter

LABELS = {"claim", "attributed", "not"}
STYLES = {"wire", "conflict", "disaster", "courts_crime", "business", "science_health", "politics", "local",
          "feature", "analysis", "sport"}  # fmt: skip


def check(path: str) -> Counter[str]:
    """Raise ValueError on the first problem; return the label counts."""
    counts: Counter[str] = Counter()
    ids = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            art = json.loads(line)
            where = f"{path}:{n}"
            if set(art) != {"id", "style", "paragraphs"}:
                raise ValueError(f"{where}: keys must be id, style, paragraphs")
            if art["id"] in ids:
                raise ValueError(f"{where}: duplicate id {art['id']}")
            ids.add(art["id"])
            if art["style"] not in STYLES:
                raise ValueError(f"{where}: unknown style {art['style']}")
            paras = art["paragraphs"]
            if len(paras) < 2 or len(paras[0]) != 1:
                raise ValueError(f"{where}: the first paragraph is the headline, one sentence, then the body")
            for para in paras:
                for s in para:
                    text = s.get("text", "")
                    if not text or text != text.strip() or "\n" in text:
                        raise ValueError(f"{where}: empty text or outer whitespace: {text!r}")
                    if s.get("label") not in LABELS:
                        raise ValueError(f"{where}: bad label in {text!r}")
                    if not isinstance(s.get("kind"), str) or not s["kind"]:
                        raise ValueError(f"{where}: missing kind in {text!r}")
                    part = s.get("part")
                    if part is not None and (s["label"] != "attributed" or part not in text):
                        raise ValueError(f"{where}: part must be a substring of an attributed sentence: {part!r}")
                    if set(s) - {"text", "label", "kind", "part"}:
                        raise ValueError(f"{where}: unknown keys in {text!r}")
                    counts[s["label"]] += 1
    return counts


if __name__ == "__main__":
    for p in sys.argv[1:]:
        c = check(p)
        print(p, dict(c), "sentences", sum(c.values()))


def C(text: str, kind: str) -> dict[str, str]:
    """A sentence that is a check-worthy claim the article makes itself."""
    return {"text": text, "label": "claim", "kind": kind}


def A(text: str, kind: str, part: str | None = None) -> dict[str, str]:
    """A sentence that is (or whose ``part`` is) attributed to a source."""
    s = {"text": text, "label": "attributed", "kind": kind}
    if part is not None:
        s["part"] = part
    return s


def N(text: str, kind: str) -> dict[str, str]:
    """A sentence that is not a check-worthy claim."""
    return {"text": text, "label": "not", "kind": kind}


def write_part(articles: list[dict], script: str) -> None:  # type: ignore[type-arg]
    """Write a part script's articles to the .jsonl beside it, check it, print its counts."""
    import os

    out = os.path.splitext(os.path.abspath(script))[0] + ".jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    c = check(out)
    print(out, dict(c), "sentences", sum(c.values()))
    for art in articles:
        print(art["id"], art["style"], sum(len(p) for p in art["paragraphs"]))
