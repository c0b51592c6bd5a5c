"""Rule: quotations across paragraphs, and cue-less quotations that go on with the last speaker.

News style opens each paragraph of a long quotation with a quotation mark and closes only
the last; the speaker is named once, usually in the last paragraph. A paragraph that is one
whole quotation with no cue, right after a paragraph quoting someone, is that speaker going
on. The tagger reads one paragraph at a time and cannot see either; both belong to the
attribution of the paragraph that names the speaker. Nested attributions (a cue inside the
quotation) are left as they are.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from claims.coverage import Coverage
from claims.text import paragraph_spans, quote_kind
from claims.types import Analysis, Attribution, Span

OPEN, CLOSE = '"“', '"”'
_TAIL = " ,.;:!?)"


def _open(text: str, p: Span) -> bool:
    """A paragraph that opens a quotation it does not close."""
    s = p.of(text)
    if not s or s[0] not in OPEN:
        return False
    if s[0] == '"':
        return s.count('"') % 2 == 1
    return s.count("“") > s.count("”")


def _whole_quote(text: str, p: Span) -> bool:
    """A paragraph that is one closed quotation and nothing else."""
    s = p.of(text).rstrip(_TAIL)
    if len(s) < 3 or s[0] not in OPEN or s[-1] not in CLOSE:
        return False
    inner = s[1:-1]
    return '"' not in inner and "“" not in inner and "”" not in inner


def _inside(span: Span, p: Span) -> bool:
    return p.start <= span.start and span.end <= p.end


def _speaker_of(text: str, attributions: tuple[Attribution, ...], candidates: list[int], p: Span) -> int | None:
    """The last attribution among ``candidates`` (cues in paragraph ``p``) that quotes in ``p``."""
    found = None
    for i in candidates:
        pieces = [c for c in attributions[i].contents if c.overlaps(p)]
        if any(c.of(text)[:1] in OPEN for c in pieces):
            found = i
    return found


def join_paragraph_quotes(analysis: Analysis) -> Analysis:
    """Join quotations running over paragraphs, and cue-less quotations after a quote, to their speaker.

    Attributions are indexed by the paragraph of their cues, and every piece is moved in one
    pass at the end, so the cost grows with the article, not with its square.
    """
    text = analysis.text
    attributions = analysis.attributions
    paragraphs = paragraph_spans(text)
    starts = [p.start for p in paragraphs]
    by_paragraph: dict[int, list[int]] = {}
    for i, a in enumerate(attributions):
        for k in sorted({bisect.bisect_right(starts, c.start) - 1 for c in a.cues}):
            by_paragraph.setdefault(k, []).append(i)
    takes: dict[int, list[Span]] = {}
    for k, p in enumerate(paragraphs):
        owner = None
        if _open(text, p):
            j = k + 1
            while j < len(paragraphs) and _open(text, paragraphs[j]):
                j += 1
            if j < len(paragraphs) and paragraphs[j].of(text)[:1] in OPEN:
                owner = _speaker_of(text, attributions, by_paragraph.get(j, []), paragraphs[j])
        elif k > 0 and _whole_quote(text, p) and not by_paragraph.get(k):
            owner = _speaker_of(text, attributions, by_paragraph.get(k - 1, []), paragraphs[k - 1])
            if owner is not None and any(_inside(p, c) for c in attributions[owner].contents):
                owner = None  # already its content
        if owner is not None:
            takes.setdefault(owner, []).append(p)
    return _move(analysis, takes) if takes else analysis


def _move(analysis: Analysis, takes: dict[int, list[Span]]) -> Analysis:
    """Each taken paragraph becomes a content piece of its owner; attributions whose cue is outside it lose it."""
    text = analysis.text
    taken = Coverage(p for pieces in takes.values() for p in pieces)
    out: list[Attribution] = []
    for i, a in enumerate(analysis.attributions):
        if i not in takes and any(taken.covers(c) for c in a.cues):
            out.append(a)  # nested inside a joined quotation: kept whole
            continue
        contents = [c for c in a.contents if not taken.overlaps(c)]
        if i in takes:
            contents = sorted([*contents, *takes[i]])
        elif not contents:
            continue  # its only content was a quotation, wrongly linked
        if contents != list(a.contents):
            a = replace(a, contents=tuple(contents), kind=quote_kind(text, contents))
        out.append(a)
    return replace(analysis, attributions=tuple(out))
