"""CoNLL-style BIO files: one ``token TAG`` per line, blank lines between sentences.

``-DOCSTART-`` lines separate documents. The text is rebuilt by joining tokens with a
space and sentences with a line break; offsets index that rebuilt text. BIO carries no
links, so attributions are rebuilt from the spans by :func:`claims.linking.link`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from claims.errors import AnnotationError
from claims.io import atomic_write, numbered_lines
from claims.labels import LABEL2ID, spans_to_tags, tags_to_spans
from claims.linking import link
from claims.text import sentence_spans, word_spans
from claims.types import Analysis, Span, TaggedSpan

DOCSTART = "-DOCSTART-"


def iter_conll(path: str | Path) -> Iterator[Analysis]:
    """Yield the documents of a BIO file; errors name the file and line."""
    path = Path(path)
    tokens: list[str] = []
    tags: list[str] = []
    breaks: set[int] = set()  # token indices that start a new sentence
    n_doc = 0

    def flush() -> Analysis | None:
        nonlocal n_doc
        if not tokens:
            return None
        parts, offsets, pos = [], [], 0
        for i, tok in enumerate(tokens):
            if i:
                sep = "\n" if i in breaks else " "
                parts.append(sep)
                pos += 1
            offsets.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
        text = "".join(parts)
        spans = [TaggedSpan(r, s, 1.0) for r, s in tags_to_spans(offsets, tags)]
        n_doc += 1
        doc = link(text, spans)
        tokens.clear()
        tags.clear()
        breaks.clear()
        return Analysis(text=text, attributions=doc.attributions, id=f"{path.stem}-{n_doc}")

    for n, raw in numbered_lines(path):
        if raw is None:
            raise AnnotationError(path, n, "not valid UTF-8")
        line = raw.rstrip("\r\n")
        if line.startswith(DOCSTART):
            doc = flush()
            if doc:
                yield doc
            continue
        if not line.strip():
            if tokens:
                breaks.add(len(tokens))
            continue
        cols = line.split()
        if len(cols) < 2:
            raise AnnotationError(path, n, "expected a token and a tag")
        tag = cols[-1]
        if tag not in LABEL2ID:
            raise AnnotationError(path, n, f"unknown tag {tag!r} (expected one of {', '.join(LABEL2ID)})")
        tokens.append(cols[0])
        tags.append(tag)
    doc = flush()
    if doc:
        yield doc


def read_conll(path: str | Path) -> list[Analysis]:
    """All documents of a BIO file."""
    return list(iter_conll(path))


def to_conll(analysis: Analysis) -> str:
    """Render a document as BIO lines (words split on whitespace and punctuation)."""
    text = analysis.text
    spans = [(r, s.strip(text)) for a in analysis.attributions for r, s in a.spans()]
    lines = [DOCSTART, ""]
    for sent in sentence_spans(text):
        words = [Span(w.start + sent.start, w.end + sent.start) for w in word_spans(sent.of(text))]
        tags = spans_to_tags([(w.start, w.end) for w in words], spans)
        lines.extend(f"{w.of(text)} {t}" for w, t in zip(words, tags, strict=True))
        lines.append("")
    return "\n".join(lines) + "\n"


def write_conll(path: str | Path, analyses: list[Analysis]) -> None:
    """Write documents as one BIO file, atomically."""
    atomic_write(path, "".join(to_conll(a) for a in analyses))
