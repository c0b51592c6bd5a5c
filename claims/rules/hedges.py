"""Rule: hedged statements ("reportedly", "it is believed") the tagger missed become agentless attributions."""

from __future__ import annotations

import re

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules._shared import by_first_cue, without_final_stop
from claims.scoring.weights import weights_of
from claims.text import sentence_spans
from claims.types import Analysis, Attribution, Kind, Span


def add_hedges(analysis: Analysis, rubric: Rubric) -> Analysis:
    """Hedged statements ("reportedly", "it is believed") become agentless attributions.

    The tagger usually marks them; this catches those it missed. The content is the clause
    holding the hedge: from the sentence start to the next comma or semicolon.
    """
    text = analysis.text
    covered = Coverage(s for a in analysis.attributions for _, s in a.spans())
    added: list[Attribution] = []
    confidence = weights_of(rubric).rule_confidence.hedges
    for sent in sentence_spans(text):
        for hit in rubric.pattern("hedges").finditer(text, sent.start, sent.end):
            cue = Span(hit.start(), hit.end())
            if covered.overlaps(cue):
                continue
            stop = re.search(r"[,;]", text[cue.end : sent.end])
            end = cue.end + stop.start() if stop else sent.end
            content = Span(sent.start, end).strip(text)
            content = without_final_stop(text, content)
            added.append(
                Attribution(
                    id=f"h{len(added) + 1}", cues=(cue,), contents=(content,), kind=Kind.INDIRECT, confidence=confidence
                )
            )
            covered.add(cue)
            covered.add(content)
    if not added:
        return analysis
    return by_first_cue(analysis, [*analysis.attributions, *added])
