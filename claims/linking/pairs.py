"""Candidate cue links for the learned linker, and what it knows about each.

Every SOURCE or CONTENT span is paired with every cue up to :data:`HOPS` sentences away. A
pair is described by named binary features (the span's role prefixes each): sentence hops and
direction, the cue's distance rank among the span's candidates, the characters, cues, same-role
spans and quotation marks between them, paragraph hops, quotation marks at the span's ends, the
number of same-role spans in the cue's sentence, a colon after the cue, "according to", the span's
length. Layout only: no word of the article beyond the cue's "according" is read, so the linker
learns where attributions put their parts, not what they say.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from claims.linking.rules import SentenceIndex, gap, outside_dateline
from claims.text import QUOTE_MARKS
from claims.types import Analysis, Role, Span, TaggedSpan

HOPS = 2  # the farthest sentence a cue may be from its span (99.5% of PolNeAR train's links in reach)
_GAP_BINS = (0, 2, 5, 10, 20, 40, 80, 160)
_LEN_BINS = (3, 8, 15, 30, 60, 120, 250)


@dataclass(frozen=True)
class Candidates:
    """An article's cues, its other spans and the features of each (span, cue) pair."""

    cues: tuple[TaggedSpan, ...]
    others: tuple[TaggedSpan, ...]
    pairs: tuple[tuple[int, int], ...]  # (index into others, index into cues)
    features: tuple[tuple[str, ...], ...]  # the names of the pair's features that hold


def _bin(n: int, edges: Sequence[int]) -> str:
    return next((str(e) for e in edges if n <= e), f">{edges[-1]}")


def _between(starts: Sequence[int], lo: int, hi: int) -> int:
    """How many of the sorted offsets lie strictly inside (lo, hi)."""
    return max(0, bisect.bisect_left(starts, hi) - bisect.bisect_right(starts, lo))


def candidates(text: str, spans: Sequence[TaggedSpan]) -> Candidates:
    """Every (span, cue) pair the learned linker scores, with its features (nothing in the dateline)."""
    idx = SentenceIndex(text)
    spans = outside_dateline(text, spans)
    cues = tuple(sorted((t for t in spans if t.role is Role.CUE), key=lambda t: t.span))
    others = tuple(sorted((t for t in spans if t.role is not Role.CUE), key=lambda t: t.span))
    cue_sent = [idx.sentence(c.span.start) for c in cues]
    cue_starts = [c.span.start for c in cues]
    role_starts = {r: [t.span.start for t in others if t.role is r] for r in (Role.SOURCE, Role.CONTENT)}
    in_sentence: dict[tuple[int, Role], int] = {}
    for t in others:
        key = (idx.sentence(t.span.start), t.role)
        in_sentence[key] = in_sentence.get(key, 0) + 1
    quotes = [i for i, ch in enumerate(text) if ch in QUOTE_MARKS]
    pairs: list[tuple[int, int]] = []
    features: list[tuple[str, ...]] = []
    for i, t in enumerate(others):
        s, pre = t.span, t.role.value[:2]
        sent, para = idx.sentence(s.start), idx.paragraph(s.start)
        near = range(bisect.bisect_left(cue_sent, sent - HOPS), bisect.bisect_right(cue_sent, sent + HOPS))
        rank = {j: k for k, (_, j) in enumerate(sorted((gap(s, cues[j].span), j) for j in near))}
        same = sorted((gap(s, cues[j].span), j) for j in near if cue_sent[j] == sent)
        same_rank = {j: k for k, (_, j) in enumerate(same)}
        for j in near:
            c = cues[j].span
            after = s.start >= c.end
            lo, hi = (c.end, s.start) if after else (s.end, c.start)
            lo, hi = min(lo, hi), max(lo, hi)
            hops, r = cue_sent[j] - sent, min(rank[j], 3)
            own = min(in_sentence.get((cue_sent[j], t.role), 0), 2)
            names = (
                f"hops={hops}",
                f"after={after}",
                f"hops={hops}:after={after}",
                f"rank={r}",
                f"srank={min(same_rank[j], 2) if j in same_rank else 'x'}",
                f"gap={_bin(0 if s.overlaps(c) else hi - lo, _GAP_BINS)}",
                f"bcues={min(_between(cue_starts, lo, hi), 2)}",
                f"bsame={min(_between(role_starts[t.role], lo, hi), 2)}",
                f"bquotes={min(_between(quotes, lo - 1, hi), 3)}",
                f"para={min(abs(idx.paragraph(c.start) - para), 2)}",
                f"qstart={text[s.start] in QUOTE_MARKS}",
                f"qend={text[s.end - 1] in QUOTE_MARKS}",
                f"cue_own_sent={own}",
                f"colon={text[c.end : c.end + 2].strip()[:1] == ':'}",
                f"len={_bin(len(s), _LEN_BINS)}",
                f"acc={c.of(text).lower().startswith('according')}",
                f"ncands={min(len(near), 4)}",
                f"after={after}:rank={r}",
                f"hops={hops}:cue_own_sent={own}",
            )
            pairs.append((i, j))
            features.append(tuple(f"{pre}:{n}" for n in names))
    return Candidates(cues, others, tuple(pairs), tuple(features))


def gold_links(doc: Analysis) -> set[tuple[Span, Role, Span]]:
    """(cue, role, span) for every source and content of every annotated attribution, trimmed."""
    text = doc.text
    out: set[tuple[Span, Role, Span]] = set()
    for a in doc.attributions:
        for cue in a.cues:
            for role, spans in ((Role.SOURCE, a.sources), (Role.CONTENT, a.contents)):
                out.update((cue.strip(text), role, s.strip(text)) for s in spans)
    return out
