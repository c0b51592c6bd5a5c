"""Rules for quotations the tagger left without their cue.

A quotation signed with a dash ("<quote>" - Name) and a quotation closed by a speech verb
("<quote>," she said. / "<quote>," said Rep. Name) are attributions whatever the tagger
found. Each rule adds an attribution only where no tagged cue holds the verb and takes the
quotation back from a cue outside it that had claimed its fragments. Inside a quotation in
running text a tagged cue is a nested attribution and is kept; inside a signed paragraph
it is the speaker's own wording ("I am afraid that ...") and gives its content back (better
on PolNeAR dev).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.scoring.weights import weights_of
from claims.text import paragraph_spans
from claims.types import Analysis, Attribution, Kind, Span

_GAP = r"[ \t\u00a0]"
_NAME = rf"[A-Z][\w.'’-]*(?:{_GAP}+[A-Z][\w.'’-]*)"

# "<quote>" -Commissioner Ruth Abara[, of the county board]   (hyphen, dashes or a horizontal bar)
_DASH = re.compile(rf"^(?P<quote>[\"“”][^\"“”]+?[\"”]){_GAP}*(?P<dash>--|[-–—―]){_GAP}*(?P<source>{_NAME}*)")

# '<quote>," she said'  '<quote>?" the mayor asked'  '<quote>," said Rep. Ann Ruiz'
_CLOSED = (
    rf"(?:[,?!]|--|[–—])(?P<close>[\"”]){_GAP}+(?:"
    rf"(?P<source>{_NAME}{{0,4}}|[Tt]he{_GAP}+(?:[\w'’.-]+{_GAP}+){{0,3}}?[\w'’.-]+|%(quote_pronouns)s)"
    rf"{_GAP}+(?:(?:%(quote_adverbs)s){_GAP}+)?(?P<cue>%(quote_verbs)s)\b"
    rf"|(?P<cue_first>%(quote_verbs_before_name)s){_GAP}+(?P<source_after>{_NAME}{{0,4}})(?![\w'’-]))"
)


def add_dash_attributions(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """A paragraph that is a quotation signed with a dash and a name is an attribution."""
    text = analysis.text
    found = []
    for para in paragraph_spans(text):
        m = _DASH.match(para.of(text))
        if not m:
            continue
        at = para.start
        source = _name(text, Span(at + m.start("source"), at + m.end("source")))
        found.append(
            (Span(at + m.start("dash"), at + m.end("dash")), Span(at + m.start("quote"), at + m.end("quote")), source)
        )
    return _add(analysis, found, "d", _confidence(rubric), yield_to_tagger=False)


def add_closed_quote_attributions(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """A quotation closed by '," X said' (or '," said X') whose verb the tagger missed is an attribution.

    The content runs from the opening quotation mark in the same paragraph to the closing one,
    both included (the convention of PolNeAR and of our gold).
    """
    text = analysis.text
    paras = paragraph_spans(text)
    starts = [p.start for p in paras]
    found = []
    for m in (rubric or Rubric.default()).regex(_CLOSED).finditer(text):
        close = m.end("close")
        para = paras[bisect.bisect_right(starts, m.start()) - 1]  # the closing mark is never leading whitespace
        mark = "“" if m.group("close") == "”" else '"'
        opening = text.rfind(mark, para.start, close - 1)
        if opening < 0 or len(text[opening:close].split()) < 2:
            continue
        verb, who = ("cue", "source") if m.group("cue") else ("cue_first", "source_after")
        cue = Span(m.start(verb), m.end(verb))
        found.append((cue, Span(opening, close), _name(text, Span(m.start(who), m.end(who)))))
    return _add(analysis, found, "q", _confidence(rubric), yield_to_tagger=True)


def _name(text: str, span: Span) -> Span:
    """A name without the full stop that ends its sentence ("Ann Ruiz." but "Ann Q." and "Rep.")."""
    words = span.of(text).split()
    if words and words[-1].endswith(".") and len(words[-1]) > 3 and len(words) > 1:
        return Span(span.start, span.end - 1)
    return span


class _RunsPast:
    """Tells whether a content overlaps a quotation and runs past it (by more than its marks and a comma)."""

    def __init__(self, contents: list[Span]) -> None:
        self.contents = sorted(contents)
        self.starts = [c.start for c in self.contents]
        self.max_end = list(itertools.accumulate((c.end for c in self.contents), max))

    def __call__(self, quote: Span) -> bool:
        j = bisect.bisect_left(self.starts, quote.end) - 1
        while j >= 0 and self.max_end[j] > quote.start:
            c = self.contents[j]
            if c.overlaps(quote) and not (quote.start - 2 <= c.start and c.end <= quote.end + 2):
                return True
            j -= 1
        return False


def _confidence(rubric: Rubric | None) -> float:
    return weights_of(rubric or Rubric.default()).rule_confidence.quotes


def _add(
    analysis: Analysis, found: list[tuple[Span, Span, Span]], prefix: str, confidence: float, yield_to_tagger: bool
) -> Analysis:
    """Add (cue, quotation, source) triples whose cue no tagged attribution holds.

    With ``yield_to_tagger``, a tagged content that runs past the quotation is taken as
    another reading of the passage and the triple is left out (a signed paragraph is
    unambiguous; a quotation inside running text is not).
    """
    cues = Coverage(c for a in analysis.attributions for c in a.cues)
    runs_past = _RunsPast([c for a in analysis.attributions for c in a.contents])
    new = [
        (cue, quote, source)
        for cue, quote, source in found
        if not cues.overlaps(cue) and not (yield_to_tagger and runs_past(quote))
    ]
    if not new:
        return analysis
    quotes = Coverage(q for _, q, _ in new)
    near_quotes = Coverage(Span(max(0, q.start - 2), q.end + 2) for _, q, _ in new)
    kept = []
    for a in analysis.attributions:
        if not yield_to_tagger or not any(near_quotes.covers(c) for c in a.cues):  # nested cues keep their content
            a = replace(a, contents=tuple(c for c in a.contents if not quotes.overlaps(c)))
        if a.contents:
            kept.append(a)
    for k, (cue, quote, source) in enumerate(new, 1):
        kept.append(
            Attribution(
                id=f"{prefix}{k}",
                cues=(cue,),
                contents=(quote,),
                sources=(source,),
                kind=Kind.DIRECT,
                confidence=confidence,
            )
        )
    kept.sort(key=lambda a: a.cues[0] if a.cues else a.contents[0])
    return replace(analysis, attributions=tuple(kept))
