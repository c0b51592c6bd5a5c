"""Linking: role spans -> attributions, anchored on cues.

Pure and rule-based. Every CONTENT and SOURCE span is attached to one cue: the nearest cue in
its own sentence; failing that, a cue in a neighbouring sentence of the same or the
previous paragraph (a quote that runs on after "he said:", or "..., she said." in the next
sentence). Content fragments attached to one cue form its (possibly discontinuous)
content. A cue with content but no source is an agentless attribution ("reportedly").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.text import paragraph_spans, quote_kind, sentence_spans
from claims.types import Analysis, Attribution, Role, Span, TaggedSpan

MAX_SENTENCE_HOPS = 1


@dataclass
class _Group:
    cue: Span
    cue_conf: float
    sources: list[tuple[Span, float]] = field(default_factory=list)
    contents: list[tuple[Span, float]] = field(default_factory=list)


def _gap(a: Span, b: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


class _Index:
    """Sentence and paragraph number of any character offset."""

    def __init__(self, text: str) -> None:
        self.sent_starts = [s.start for s in sentence_spans(text)] or [0]
        self.para_starts = [p.start for p in paragraph_spans(text)] or [0]

    def sentence(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def paragraph(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)


def _nearest_cue(span: Span, role: Role, cues: Sequence[_Group], idx: _Index) -> _Group | None:
    sent, para = idx.sentence(span.start), idx.paragraph(span.start)
    best: tuple[int, int, _Group] | None = None
    for g in cues:
        hops = abs(idx.sentence(g.cue.start) - sent)
        if hops > MAX_SENTENCE_HOPS:
            continue
        if hops and role is Role.SOURCE:
            continue  # a source stands in the sentence of its cue
        if hops and not 0 <= para - idx.paragraph(g.cue.start) <= 1:
            continue
        key = (hops, _gap(span, g.cue))
        if best is None or key < best[:2]:
            best = (*key, g)
    return best[2] if best else None


def link(text: str, spans: Sequence[TaggedSpan]) -> Analysis:
    """Join tagged spans into attributions (sorted by cue position)."""
    idx = _Index(text)
    groups = [_Group(t.span, t.confidence) for t in sorted(spans, key=lambda t: t.span) if t.role is Role.CUE]
    for t in spans:
        if t.role is Role.CUE:
            continue
        g = _nearest_cue(t.span, t.role, groups, idx)
        if g is None:
            continue
        (g.sources if t.role is Role.SOURCE else g.contents).append((t.span, t.confidence))
    attributions: list[Attribution] = []
    for g in groups:
        if not g.contents:
            continue
        contents = tuple(sorted(s for s, _ in g.contents))
        confs = [g.cue_conf, *(c for _, c in g.contents), *(c for _, c in g.sources)]
        attributions.append(
            Attribution(
                id=f"a{len(attributions) + 1}",
                cues=(g.cue,),
                contents=contents,
                sources=tuple(sorted(s for s, _ in g.sources)),
                kind=quote_kind(text, contents),
                confidence=round(min(confs), 4),
            )
        )
    return Analysis(text=text, attributions=tuple(attributions))
