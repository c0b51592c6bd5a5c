"""Golden outputs of the model-free paths: gold spans -> the whole pipeline, and no spans -> rules only.

They pin the composition of the stages: a reordered, dropped or changed stage changes some
line here. Regenerate after an intended change with ``CLAIMS_RECORD_GOLDEN=1 pytest tests/test_golden.py``
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claims.formats.jsonl import read_jsonl
from claims.schema import to_dict
from claims.types import Analysis

from .conftest import DATA, ROOT, SEED_GOLD
from .golden_path import gold_span_analyzer, rules_only_analyzer
from .markup import parse

GOLDEN = Path(__file__).parent / "golden"
RECORD = os.environ.get("CLAIMS_RECORD_GOLDEN") == "1"


def _texts(path: Path, *keys: str) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for key in keys:
                yield f"{row['id']}:{key}", row[key]


def gold_docs() -> list[Analysis]:
    """Articles with gold spans: the seed's careful reading and the hand-marked test articles."""
    lines = (DATA / "articles.txt").read_text(encoding="utf-8").splitlines()
    marked = [parse(line, f"art{i}") for i, line in enumerate(lines) if line.strip()]
    return [*read_jsonl(SEED_GOLD), *marked]


def plain_texts() -> list[tuple[str, str]]:
    """Articles with no spans: the rules alone work on them."""
    seed = (ROOT / "seeds" / "000_79295539233b46d9.txt").read_text(encoding="utf-8")
    return [
        ("seed", seed),
        *_texts(ROOT / "eval" / "sources" / "dev.jsonl", "text"),
        *_texts(ROOT / "eval" / "sources" / "tricky.jsonl", "text"),
        *_texts(ROOT / "eval" / "scoring" / "pairs.jsonl", "better", "worse"),
        *_texts(ROOT / "eval" / "scoring" / "heldout.jsonl", "better", "worse"),
    ]


def _line(analysis: Analysis) -> str:
    out: dict[str, Any] = to_dict(analysis)
    out.pop("text")  # the inputs hold it
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def _check(name: str, lines: list[str]) -> None:
    path = GOLDEN / f"{name}.jsonl"
    body = "".join(line + "\n" for line in lines)
    if RECORD:
        path.write_text(body, encoding="utf-8")
    expected = path.read_text(encoding="utf-8").splitlines()
    assert len(expected) == len(lines), f"{name}: {len(lines)} outputs, golden has {len(expected)}"
    for want, got in zip(expected, lines, strict=True):
        assert json.loads(got) == json.loads(want), f"{name}: output of {json.loads(want).get('id')} changed"


def test_gold_span_path_is_unchanged() -> None:
    analyzer = gold_span_analyzer()
    _check("gold_spans", [_line(analyzer(doc)) for doc in gold_docs()])


@pytest.mark.parametrize("part", ["seed+sources", "scoring"])
def test_rules_only_path_is_unchanged(part: str) -> None:
    analyzer = rules_only_analyzer()
    texts = plain_texts()
    texts = [t for t in texts if (":better" in t[0] or ":worse" in t[0]) == (part == "scoring")]
    _check(f"rules_only_{part}", [_line(analyzer(text, id_)) for id_, text in texts])
