"""Disclosures: reasons for anonymity and no-response notes, which are transparency, not claims."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.text import sentence_spans
from claims.types import Analysis, Attribution, Span

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
            who = re.search(r"(?:\band\s+)?\bwho\s+$", text[max(sent.start, start - 12) : start])
            stop = re.search(r"[,;]", text[start : sent.end])
            start = start - len(who.group()) if who else start  # "who asked not to be named ..."
            found.append(Span(start, start + stop.start() if stop else sent.end))
    return found


def mark_disclosures(analysis: Analysis, rubric: Rubric, clauses: Sequence[Span] | None = None) -> Analysis:
    """Type as ``disclosure`` the attributions cued inside a reason for anonymity or a no-response note.

    Both are transparency (scored through F6), not claims; the tagger reads their verbs as
    cues ("was not authorized to discuss it", "did not respond to a request for comment")
    or makes such a clause the content of the source's cue. They stay in the output (a
    corpus may count them as attributions) but the article profile does not count them.
    """
    text = analysis.text
    silent = [Span(m.start(), m.end()) for m in rubric.pattern("no_response_cues").finditer(text)]
    inside = Coverage([*(anonymity_clauses(text, rubric) if clauses is None else clauses), *silent])

    def disclosure(a: Attribution) -> bool:
        return any(inside.overlaps(c) for c in a.cues) or bool(a.contents and all(inside.covers(c) for c in a.contents))

    marked = tuple(replace(a, claim_type="disclosure") if disclosure(a) else a for a in analysis.attributions)
    return replace(analysis, attributions=marked)
