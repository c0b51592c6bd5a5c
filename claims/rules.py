"""Rules for attributions the tagger tends to miss: agentless hedges and dash attributions.

Each rule only adds an attribution where no tagged attribution already covers the cue; a
dash attribution also takes its quotation away from any other attribution.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.text import paragraph_spans, sentence_spans
from claims.types import Analysis, Attribution, Kind, Span

# "<quote>" -Commissioner Ruth Abara[, of the county board]   (hyphen, en or em dash)
_DASH = re.compile(
    r"^(?P<open>[\"“])(?P<quote>[^\"“”]+?)(?P<close>[\"”])\s*(?P<dash>[-–—])\s*"
    r"(?P<source>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def add_hedges(analysis: Analysis, rubric: Rubric) -> Analysis:
    """Hedged statements ("reportedly", "it is believed") become agentless attributions.

    The tagger usually marks them; this catches those it missed. The content is the clause
    holding the hedge: from the sentence start to the next comma or semicolon.
    """
    text = analysis.text
    covered = Coverage(s for a in analysis.attributions for _, s in a.spans())
    added: list[Attribution] = []
    for sent in sentence_spans(text):
        for hit in rubric.pattern("hedges").finditer(text, sent.start, sent.end):
            cue = Span(hit.start(), hit.end())
            if covered.overlaps(cue):
                continue
            stop = re.search(r"[,;]", text[cue.end : sent.end])
            end = cue.end + stop.start() if stop else sent.end
            content = Span(sent.start, end).strip(text)
            while len(content) and text[content.end - 1] in ".!?":
                content = Span(content.start, content.end - 1)
            added.append(
                Attribution(
                    id=f"h{len(added) + 1}", cues=(cue,), contents=(content,), kind=Kind.INDIRECT, confidence=0.5
                )
            )
            covered.add(cue)
            covered.add(content)
    if not added:
        return analysis
    return replace(analysis, attributions=tuple(sorted((*analysis.attributions, *added), key=lambda a: a.cues[0])))


def add_dash_attributions(analysis: Analysis) -> Analysis:
    """A paragraph that is a quotation signed with a dash and a name is an attribution."""
    text = analysis.text
    attributions = list(analysis.attributions)
    for para in paragraph_spans(text):
        m = _DASH.match(para.of(text))
        if not m:
            continue
        at = para.start
        cue = Span(at + m.start("dash"), at + m.end("dash"))
        if any(c.overlaps(cue) for a in attributions for c in a.cues):
            continue
        quote = Span(at + m.start("quote"), at + m.end("quote")).strip(text)
        source = Span(at + m.start("source"), at + m.end("source"))
        attributions = [
            replace(a, contents=tuple(c for c in a.contents if not c.overlaps(quote))) for a in attributions
        ]
        attributions = [a for a in attributions if a.contents]
        attributions.append(
            Attribution(
                id=f"d{len(attributions) + 1}",
                cues=(cue,),
                contents=(quote,),
                sources=(source,),
                kind=Kind.DIRECT,
                confidence=0.6,
            )
        )
    attributions.sort(key=lambda a: a.cues[0] if a.cues else a.contents[0])
    return replace(analysis, attributions=tuple(attributions))


_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:been\s+|being\s+)?$", re.IGNORECASE)


def anonymity_clauses(text: str, rubric: Rubric) -> list[Span]:
    """Clauses that explain why a source is unnamed, each up to the next comma or the sentence end.

    They open with a phrase of ``anonymity_openers`` ("speaking on condition of anonymity
    because ...") or a negated ``anonymity_clauses`` phrase ("was not authorized to discuss").
    """
    found = []
    for sent in sentence_spans(text):
        starts = [m.start() for m in rubric.pattern("anonymity_openers").finditer(text, sent.start, sent.end)]
        starts += [
            m.start()
            for m in rubric.pattern("anonymity_clauses").finditer(text, sent.start, sent.end)
            if _NEGATED.search(text[max(sent.start, m.start() - 20) : m.start()])
        ]
        for start in starts:
            stop = re.search(r"[,;]", text[start : sent.end])
            found.append(Span(start, start + stop.start() if stop else sent.end))
    return found


def drop_anonymity_clauses(analysis: Analysis, rubric: Rubric) -> Analysis:
    """Drop attributions cued inside a reason for anonymity.

    Such a clause explains why a source is unnamed (transparency, scored through F6); the
    tagger sometimes reads its verbs as cues ("was not authorized to discuss it", "staff
    have been warned they would be disciplined") and makes claims of them.
    """
    inside = Coverage(anonymity_clauses(analysis.text, rubric))
    kept = tuple(a for a in analysis.attributions if not any(inside.overlaps(c) for c in a.cues))
    return analysis if len(kept) == len(analysis.attributions) else replace(analysis, attributions=kept)
