"""Rule: quotations across paragraphs, and cue-less quotations that go on with the last speaker.

News style opens each paragraph of a long quotation with a quotation mark and closes only
the last; the speaker is named once, usually in the last paragraph. A paragraph that is one
whole quotation with no cue, right after a paragraph quoting someone, is that speaker going
on. The tagger reads one paragraph at a time and cannot see either; both belong to the
attribution of the paragraph that names the speaker. Nested attributions (a cue inside the
quotation) are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

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


def _take(analysis: Analysis, owner: int, piece: Span) -> Analysis:
    """``piece`` becomes a content piece of attribution ``owner``; attributions whose cue is outside it lose it."""
    text = analysis.text
    out: list[Attribution] = []
    for i, a in enumerate(analysis.attributions):
        if i != owner and any(_inside(c, piece) for c in a.cues):
            out.append(a)  # nested inside the quotation: kept whole
            continue
        contents = [c for c in a.contents if not c.overlaps(piece)]
        if i == owner:
            contents = sorted([*contents, piece])
        elif not contents:
            continue  # its only content was this quotation, wrongly linked
        if contents != list(a.contents):
            a = replace(a, contents=tuple(contents), kind=quote_kind(text, contents))
        out.append(a)
    return replace(analysis, attributions=tuple(out))


def _speaker_of(analysis: Analysis, p: Span, quoted: bool) -> int | None:
    """The attribution whose cue is in paragraph ``p`` (and, when ``quoted``, that quotes in it)."""
    text = analysis.text
    found = None
    for i, a in enumerate(analysis.attributions):
        if not any(_inside(c, p) for c in a.cues):
            continue
        pieces = [c for c in a.contents if c.overlaps(p)]
        if quoted and not any(c.of(text)[:1] in OPEN for c in pieces):
            continue
        if pieces:
            found = i
    return found


def join_paragraph_quotes(analysis: Analysis) -> Analysis:
    """Join quotations running over paragraphs, and cue-less quotations after a quote, to their speaker."""
    text = analysis.text
    paragraphs = paragraph_spans(text)
    for k, p in enumerate(paragraphs):
        if _open(text, p):
            j = k + 1
            while j < len(paragraphs) and _open(text, paragraphs[j]):
                j += 1
            if j < len(paragraphs) and paragraphs[j].of(text)[:1] in OPEN:
                owner = _speaker_of(analysis, paragraphs[j], quoted=True)
                if owner is not None:
                    analysis = _take(analysis, owner, p)
        elif k > 0 and _whole_quote(text, p) and not any(_inside(c, p) for a in analysis.attributions for c in a.cues):
            owner = _speaker_of(analysis, paragraphs[k - 1], quoted=True)
            if owner is not None and not any(_inside(p, c) for c in analysis.attributions[owner].contents):
                analysis = _take(analysis, owner, p)
    return analysis
