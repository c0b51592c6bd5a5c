"""The BIO tag scheme: role spans <-> per-token tags over character offsets."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import pairwise

from claims.types import Role, Span

OUTSIDE = "O"
LABELS: tuple[str, ...] = (OUTSIDE, *tuple(f"{p}-{r.value}" for r in Role for p in ("B", "I")))
LABEL2ID: dict[str, int] = {label: i for i, label in enumerate(LABELS)}
ID2LABEL: dict[int, str] = dict(enumerate(LABELS))

Offsets = Sequence[tuple[int, int]]


def spans_to_tags(offsets: Offsets, spans: Iterable[tuple[Role, Span]]) -> list[str]:
    """Tag each token by the span it overlaps; the first token of a span gets ``B-``.

    Tokens with empty offsets (special tokens) are ``O``. When spans overlap, the earlier
    one keeps its tokens (the corpus is univocal, so this only matters for odd input).
    """
    tags = [OUTSIDE] * len(offsets)
    starts = [s for s, _ in offsets]
    ends = [e for _, e in offsets]
    ordered = all(a <= b for a, b in pairwise(starts)) and all(a <= b for a, b in pairwise(ends))
    for role, span in sorted(spans, key=lambda rs: (rs[1].start, rs[1].end)):
        first = True
        # tokenizer offsets are in text order: the span's tokens are found by bisection, not a scan
        for i in range(bisect_right(ends, span.start), len(offsets)) if ordered else range(len(offsets)):
            s, e = offsets[i]
            if ordered and s >= span.end:
                break
            if e <= s or e <= span.start or s >= span.end:
                continue
            if tags[i] != OUTSIDE:
                continue
            tags[i] = f"{'B' if first else 'I'}-{role.value}"
            first = False
    return tags


def tags_to_spans(offsets: Offsets, tags: Sequence[str]) -> list[tuple[Role, Span]]:
    """Read spans back from tags. An orphan ``I-`` (after ``O`` or another role) opens a span."""
    out: list[tuple[Role, Span]] = []
    role: Role | None = None
    start = end = 0
    for (s, e), tag in zip(offsets, tags, strict=True):
        if e <= s:
            continue
        prefix, _, name = tag.partition("-")
        if tag == OUTSIDE or prefix not in ("B", "I"):
            if role is not None:
                out.append((role, Span(start, end)))
            role = None
            continue
        this = Role(name)
        if prefix == "B" or this is not role:
            if role is not None:
                out.append((role, Span(start, end)))
            role, start = this, s
        end = e
    if role is not None:
        out.append((role, Span(start, end)))
    return out
