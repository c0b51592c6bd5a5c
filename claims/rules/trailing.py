"""Rules for ", X said." closing a sentence, and for sources the tagger left out around such cues.

Added: a sentence closed by ", <source> said." / ", said <source>." / ", according to <source>.".
Repaired: a sourceless cue after "<content>, <name>," takes that name; a sourceless cue after
"and" shares the source before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules._shared import by_first_cue
from claims.scoring.weights import weights_of
from claims.text import sentence_at, sentence_spans
from claims.types import Analysis, Attribution, Span


def fill_closing_sources(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """A sourceless speech cue right after "<content>, <name>[, ...]," takes that name as its source.

    "At least 14 were killed, the Front, the group that holds the town, said in a statement":
    the tagger found the cue and the content but not the source between them, or read the
    name as the end of the content (then it is split off the content).
    """
    text = analysis.text
    speech = (rubric or Rubric.default()).regex(SPEECH_CUES, re.IGNORECASE)
    out = list(analysis.attributions)
    for i, a in enumerate(out):
        if a.sources or not a.cues or not a.contents or not speech.search(a.cues[0].of(text)):
            continue
        before = [c for c in a.contents if c.end <= a.cues[0].start]
        if not before:
            continue
        last = max(before, key=lambda c: c.end)
        m = _CLOSING_SOURCE.match(text, last.end, a.cues[0].start)
        if m:
            out[i] = replace(a, sources=(Span(m.start("source"), m.end("source")).strip(text),))
            continue
        inner = _NAME_AT_END.search(text, last.start, last.end)  # the tagger put the name inside the content
        if inner and not text[last.end : a.cues[0].start].strip(" ,"):
            source = Span(inner.start("source"), last.end)
            rest = [c for c in a.contents if c != last]
            out[i] = replace(a, sources=(source,), contents=tuple(sorted([*rest, Span(last.start, inner.start())])))
    return replace(analysis, attributions=tuple(out))


_NAME_AT_END = re.compile(r",\s+(?P<source>(?:(?:the|a|an)\b|[A-Z])[^,.;!?\n]*(?:,[^,.;!?\n]+)?)$")

_CLOSING_SOURCE = re.compile(r"[\"”’]?\s*,\s*(?P<source>[^.;!?\n]{2,160}?)\s*,?\s*$")


def share_coordinated_sources(analysis: Analysis) -> Analysis:
    """Give a sourceless cue after "and" the source before it ("X put the toll at 130 and said ...")."""
    text = analysis.text
    out = list(analysis.attributions)
    for i, a in enumerate(out):
        if a.sources or not a.cues or not re.search(r"\band\s+$", text[max(0, a.cues[0].start - 6) : a.cues[0].start]):
            continue
        sent = sentence_at(text, a.cues[0].start)
        earlier = [b for b in out[:i] if b.sources and b.cues and sent is not None and sent.start <= b.cues[0].start]
        if earlier:
            out[i] = replace(a, sources=earlier[-1].sources)
    return replace(analysis, attributions=tuple(out))


# "<claim>, two diplomats briefed on the talks said on Thursday."
_TRAILING = (
    r"(?P<content>[^\n]{20,}?),\s+(?P<source>(?:[\w'’.-]+\s+){0,11}?[\w'’.-]+)\s+"
    r"(?P<cue>%(trailing_verbs)s)"
    r"(?:\s+(?:%(trailing_addressees)s|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}))?"
    r"(?:\s+(?:%(trailing_time_words)s)\s+[\w ]{1,20}?)?"
    r"(?:,\s+(?:without|\w+ing)\b[^\n]*?)?[.!?][\"”’]?\s*$"  # ", without specifying ...", ", adding ..."
)

# "<claim>, said a prison officer who took part in the search[, ...]."
_TRAILING_INVERTED = (
    r"(?P<content>[^\n]{20,}?),\s+(?P<cue>%(inverted_verbs)s)\s+"
    r"(?P<source>(?:the|a|an)\s+(?:[\w'’.-]+\s+){0,10}?[\w'’.-]+)\s*(?:[,.!?]|\s+and\s+who\b)"
)

# "<claim>, according to the port authority."
_TRAILING_ACCORDING = (
    r"(?P<content>[^\n]{20,}?),\s+(?P<cue>according\s+to)\s+(?P<source>[^,.;!?\n]{2,80}?)\s*[.!?][\"”’]?\s*$"
)

SPEECH_CUES = r"\b(?:%(speech_cues)s)\b"


def add_trailing_attributions(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """A sentence closed by ", <source> said." attributes what comes before the comma.

    The commonest news construction; when the tagger misses the cue, a verb inside the
    claim is sometimes taken for one ("Negotiators have agreed ..., two diplomats said"):
    such a non-speech cue inside the new content is dropped, and so is a disclosure that had
    taken the cue ("..., said an officer, who asked not to be named because ..."). When the
    tagger found the cue but only the tail of the clause, the content is widened to the clause.
    """
    text = analysis.text
    attributions = list(analysis.attributions)
    covered = Coverage(c for a in attributions if a.claim_type != "disclosure" for c in a.cues)
    cues = _CueIndex(attributions)
    added: list[Attribution] = []
    rubric = rubric or Rubric.default()
    trailing, inverted = rubric.regex(_TRAILING), rubric.regex(_TRAILING_INVERTED)
    according, speech = rubric.regex(_TRAILING_ACCORDING), rubric.regex(SPEECH_CUES, re.IGNORECASE)
    for sent in sentence_spans(text):
        m = (
            trailing.match(text, sent.start, sent.end)
            or inverted.match(text, sent.start, sent.end)
            or according.match(text, sent.start, sent.end)
        )
        said = Span(min(m.start("source"), m.start("cue")), max(m.end("source"), m.end("cue"))) if m else None
        if m is None or said is None:
            continue
        content = Span(m.start("content"), m.end("content")).strip(text)
        if covered.overlaps(said):
            for i in cues.holding(said):
                attributions[i] = _widen(attributions[i], content)
            continue
        added.append(
            Attribution(
                id=f"t{len(added) + 1}",
                cues=(Span(m.start("cue"), m.end("cue")),),
                contents=(content,),
                sources=(Span(m.start("source"), m.end("source")),),
                confidence=weights_of(rubric).rule_confidence.trailing,
            )
        )
    if not added:
        return replace(analysis, attributions=tuple(attributions))
    new = Coverage(a.contents[0] for a in added)
    new_cues = Coverage(a.cues[0] for a in added)

    def superseded(a: Attribution) -> bool:
        nested = any(new.overlaps(c) and not speech.search(c.of(text)) for c in a.cues)
        return nested or (a.claim_type == "disclosure" and any(new_cues.overlaps(c) for c in a.cues))

    kept = [a for a in attributions if not superseded(a)]
    return by_first_cue(analysis, [*kept, *added])


class _CueIndex:
    """The attributions whose cues overlap a span, found by position (not by a scan of them all)."""

    def __init__(self, attributions: list[Attribution]) -> None:
        self.cues = sorted((c.start, c.end, i) for i, a in enumerate(attributions) for c in a.cues)
        self.starts = [s for s, _, _ in self.cues]
        self.longest = max((e - s for s, e, _ in self.cues), default=0)

    def holding(self, span: Span) -> list[int]:
        lo = bisect.bisect_left(self.starts, span.start - self.longest)
        hi = bisect.bisect_left(self.starts, span.end)
        return sorted({i for s, e, i in self.cues[lo:hi] if s < span.end and span.start < e})


def _widen(a: Attribution, clause: Span) -> Attribution:
    """A trailing attribution's content is the whole clause before ", X said": widen a tagged tail of it."""
    if a.contents and all(clause.start <= c.start and c.end <= clause.end for c in a.contents):
        return replace(a, contents=(clause,))
    return a
