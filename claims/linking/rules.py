"""The rule linker (stage ``link``): role spans -> attributions, anchored on cues.

Pure. Every CONTENT and SOURCE span is attached to one cue: the nearest cue in
its own sentence; failing that, a cue in a neighbouring sentence of the same or the
previous paragraph (a quote that runs on after "he said:", or "..., she said." in the next
sentence), kept only where the cue has no content in its own sentence or the fragment is
quoted. Content fragments attached to one cue form its (possibly discontinuous) content.
A cue with content but no source is an agentless attribution ("reportedly"). The dateline
("PERRIS, Calif. (AP) -") is not prose: no span in it takes part.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.rubric import Rubric
from claims.text import QUOTE_MARKS, dateline, paragraph_spans, quote_kind, sentence_spans
from claims.types import Analysis, Attribution, Role, Span, TaggedSpan

MAX_SENTENCE_HOPS = 1


@dataclass
class _Group:
    cue: Span
    cue_conf: float
    sources: list[tuple[Span, float]] = field(default_factory=list)
    contents: list[tuple[Span, float]] = field(default_factory=list)


def gap(a: Span, b: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


class SentenceIndex:
    """Sentence and paragraph number of any character offset."""

    def __init__(self, text: str) -> None:
        self.sent_starts = [s.start for s in sentence_spans(text)] or [0]
        self.para_starts = [p.start for p in paragraph_spans(text)] or [0]

    def sentence(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def paragraph(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)


def _nearest_cue(span: Span, role: Role, by_sentence: dict[int, list[_Group]], idx: SentenceIndex) -> _Group | None:
    sent, para = idx.sentence(span.start), idx.paragraph(span.start)
    best: tuple[int, int, _Group] | None = None
    near = range(sent - MAX_SENTENCE_HOPS, sent + MAX_SENTENCE_HOPS + 1)
    for g in (g for s in near for g in by_sentence.get(s, ())):
        hops = abs(idx.sentence(g.cue.start) - sent)
        if hops > MAX_SENTENCE_HOPS:
            continue
        if hops and role is Role.SOURCE:
            continue  # a source stands in the sentence of its cue
        if hops and not 0 <= para - idx.paragraph(g.cue.start) <= 1:
            continue
        key = (hops, gap(span, g.cue))
        if best is None or key < best[:2]:
            best = (*key, g)
    return best[2] if best else None


def outside_dateline(text: str, spans: Sequence[TaggedSpan]) -> list[TaggedSpan]:
    """The spans, cut to what lies after the article's dateline (a place is not a source)."""
    date = dateline(text)
    if date is None:
        return list(spans)
    end = date.span.end
    out = []
    for t in spans:
        if t.span.overlaps(date.span):  # a headline above the dateline stays
            rest = Span(end, t.span.end).strip(text) if t.span.end > end else Span(end, end)
            if not len(rest):
                continue
            t = TaggedSpan(t.role, rest, t.confidence)
        out.append(t)
    return out


def _share_sources(text: str, groups: Sequence[_Group], idx: SentenceIndex, agentless: frozenset[str]) -> None:
    """A cue without a source of its own shares the nearest source of its sentence.

    "X said Y, adding that Z": one source mention serves both cues.
    """
    owned: dict[int, list[tuple[Span, float]]] = {}
    for g in groups:
        for s, c in g.sources:
            owned.setdefault(idx.sentence(s.start), []).append((s, c))
    for g in groups:
        if g.sources or not g.contents or g.cue.of(text).lower().strip() in agentless:
            continue
        near = [(gap(s, g.cue), s, c) for s, c in owned.get(idx.sentence(g.cue.start), [])]
        if near:
            _, span, conf = min(near)
            g.sources.append((span, conf))


def _run_on_contents(text: str, g: _Group, idx: SentenceIndex) -> list[tuple[Span, float]]:
    """A cue's contents, less those from a neighbouring sentence that do not run on from it.

    A content in another sentence joins a cue that has none in its own sentence, or when it
    opens or closes a quotation (a quote running on after "he said:"). Otherwise it is a
    claim of its own (on PolNeAR dev: attribution exact F1 +0.6, content exact +0.2).
    """
    sent = idx.sentence(g.cue.start)
    own = [(s, c) for s, c in g.contents if idx.sentence(s.start) == sent or idx.sentence(s.end - 1) == sent]
    if not own:
        return g.contents
    return [
        (s, c) for s, c in g.contents if (s, c) in own or text[s.start] in QUOTE_MARKS or text[s.end - 1] in QUOTE_MARKS
    ]


def expletive(text: str, cue: Span, source: Span, rubric: Rubric) -> bool:
    """True for the expletive subject of a passive cue ("It is reported that"): it names no one."""
    passive = rubric.regex(r"(?:%(passive_auxiliaries)s)\s", re.I)
    return bool(passive.match(text, cue.start)) and source.of(text).lower() in rubric.words("expletives")


def link(text: str, spans: Sequence[TaggedSpan], rubric: Rubric | None = None) -> Analysis:
    """Join tagged spans into attributions (sorted by cue position).

    Cues of the rubric's ``agentless_cues`` ("reportedly") never borrow a source, and the
    expletive of a passive cue ("It is reported that") is not one.
    """
    idx = SentenceIndex(text)
    spans = outside_dateline(text, spans)
    groups = [_Group(t.span, t.confidence) for t in sorted(spans, key=lambda t: t.span) if t.role is Role.CUE]
    by_sentence: dict[int, list[_Group]] = {}
    for group in groups:
        by_sentence.setdefault(idx.sentence(group.cue.start), []).append(group)
    for t in spans:
        if t.role is Role.CUE:
            continue
        g = _nearest_cue(t.span, t.role, by_sentence, idx)
        if g is None:
            continue
        (g.sources if t.role is Role.SOURCE else g.contents).append((t.span, t.confidence))
    for g in groups:
        g.contents = _run_on_contents(text, g, idx)
    rubric = rubric or Rubric.default()
    _share_sources(text, groups, idx, rubric.words("agentless_cues"))
    for g in groups:
        g.sources = [(s, c) for s, c in g.sources if not expletive(text, g.cue, s, rubric)]
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
