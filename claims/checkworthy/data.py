"""Labelled sentences for the check-worthiness classifier, read from the formats they come in.

- ClaimBuster JSON (a list of ``{"sentence_id", "label", "text"}``, 1 = check-worthy factual),
- CLEF CheckThat! 2019 task 1 CSV (``line_number, speaker, text, label, file_name``),
- our news articles (JSONL, one article per line, each sentence labelled ``claim``,
  ``attributed`` or ``not``: ``eval/checkworthy/news/GUIDELINES.md``) and plain sentence rows
  (JSONL ``{"text", "label"}`` with label 0/1).

A news sentence is a positive example when the article asserts it unattributed (``claim``),
or, for an attributed sentence, its unattributed check-worthy ``part``; an attributed
sentence is otherwise a negative: the list the classifier feeds is of unattributed claims.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.errors import DataError
from claims.types import Span

NEWS_LABELS = {"claim": 1, "not": 0, "attributed": 0}


@dataclass(frozen=True)
class Example:
    """One labelled sentence: its text, label (1 = check-worthy), group (debate or article) and corpus."""

    text: str
    label: int
    group: str
    corpus: str  # "claimbuster", "checkthat" or "news"
    context: tuple[float, ...] | None = None  # where it sits in its article (features.CONTEXT); None: read alone


def read_examples(path: str | Path) -> list[Example]:
    """The labelled sentences in ``path`` (format from the extension and content); a bad row is a DataError."""
    p = Path(path)
    try:
        raw = p.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise DataError(f"{p}: cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise DataError(f"{p}: not UTF-8 text") from None
    if p.suffix == ".csv":
        out = list(_checkthat(raw, p))
    elif p.suffix == ".json":
        out = list(_claimbuster(raw, p))
    elif p.suffix == ".jsonl":
        out = list(_jsonl(raw, p))
    else:
        raise DataError(f"{p}: unknown format (ClaimBuster .json, CheckThat! .csv, or our .jsonl)")
    if not out:
        raise DataError(f"{p}: no labelled sentences")
    return out


def _label(value: Any, where: str) -> int:
    if isinstance(value, bool) or value not in (0, 1, "0", "1"):
        raise DataError(f"{where}: label must be 0 or 1, not {value!r}")
    return int(value)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: text must be a non-empty string")
    return value


def _json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        raise DataError(f"{where}: not JSON ({err.msg} at character {err.pos})") from None
    except RecursionError:
        raise DataError(f"{where}: JSON nested too deeply") from None


def _claimbuster(raw: str, p: Path) -> Iterator[Example]:
    rows = _json(raw, str(p))
    if not isinstance(rows, list):
        raise DataError(f"{p}: expected a list of sentences (ClaimBuster JSON)")
    for i, row in enumerate(rows):
        where = f"{p}[{i}]"
        if not isinstance(row, dict):
            raise DataError(f"{where}: not an object")
        yield Example(_text(row.get("text"), where), _label(row.get("label"), where), "claimbuster", "claimbuster")


def _checkthat(raw: str, p: Path) -> Iterator[Example]:
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    missing = {"text", "label", "file_name"} - set(reader.fieldnames or ())
    if missing:
        raise DataError(f"{p}: CheckThat! CSV lacks the column(s) {', '.join(sorted(missing))}")
    for row in reader:
        where = f"{p}:{reader.line_num}"
        yield Example(_text(row["text"], where), _label(row["label"], where), row["file_name"] or "-", "checkthat")


def _jsonl(raw: str, p: Path) -> Iterator[Example]:
    for n, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        row = _json(line, where)
        if not isinstance(row, dict):
            raise DataError(f"{where}: not an object")
        if "paragraphs" in row:
            yield from _article(row, where)
        else:
            yield Example(
                _text(row.get("text"), where), _label(row.get("label"), where), str(row.get("group", p.stem)), "news"
            )


def _article(row: dict[str, Any], where: str) -> Iterator[Example]:
    from claims.checkworthy.features import context_features

    group = str(row.get("id", where))
    paragraphs = row["paragraphs"]
    if not isinstance(paragraphs, list) or not all(isinstance(p, list) for p in paragraphs):
        raise DataError(f"{where}: paragraphs must be a list of lists of sentences")
    for para in paragraphs:
        for s in para:
            if not isinstance(s, dict) or not isinstance(s.get("label"), str) or s["label"] not in NEWS_LABELS:
                raise DataError(f"{where}: each sentence needs text and a label claim, attributed or not")
            _text(s.get("text"), where)
            if s.get("part") is not None:
                piece = _text(s["part"], where)
                if s["label"] != "attributed" or piece not in s["text"]:
                    raise DataError(f"{where}: a part must be a piece of the text of an attributed sentence")
    text, labelled = labelled_spans(row)
    contexts = context_features(text, [s for s, _ in labelled])
    for (span, y), ctx in zip(labelled, contexts, strict=True):
        yield Example(span.of(text), y, group, "news", tuple(float(v) for v in ctx))


def labelled_spans(row: dict[str, Any]) -> tuple[str, list[tuple[Span, int]]]:
    """A checked news article's text and its examples as spans, 1 for an unattributed check-worthy claim.

    Each sentence comes with its label; an attributed sentence's unattributed ``part`` stands for it, as a 1.
    """
    text, sentences = article_text(row)
    out = []
    for start, end, name, part in sentences:
        if part is not None:
            at = text.index(part, start)
            out.append((Span(at, at + len(part)), 1))
        else:
            out.append((Span(start, end), NEWS_LABELS[name]))
    return text, out


def article_text(row: dict[str, Any]) -> tuple[str, list[tuple[int, int, str, str | None]]]:
    """A news article's text and its sentences as ``(start, end, label, part)``: paragraphs by newline."""
    text, spans = "", []
    for i, para in enumerate(row["paragraphs"]):
        if i:
            text += "\n"
        for j, s in enumerate(para):
            if j:
                text += " "
            spans.append((len(text), len(text) + len(s["text"]), s["label"], s.get("part")))
            text += s["text"]
    return text, spans
