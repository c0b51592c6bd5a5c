"""Rule: "X put the figure at N" attributes a figure to X (casualty and crowd reporting)."""

from __future__ import annotations

from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules._shared import by_first_cue, without_final_stop
from claims.scoring.weights import weights_of
from claims.text import sentence_spans
from claims.types import Analysis, Attribution, Span

# "The interior ministry put the number at 35,000."  "Organisers estimated the crowd at 120,000."
_FIGURE = (
    r"(?P<source>(?:\S+\s+){0,24}?\S+)\s+(?P<cue>%(figure_verbs)s)\s+"
    r"(?P<content>(?:the|its|their|[A-Z][\w-]*['’]s)\s[^.;]{0,60}?\bat\s+"
    r"(?:(?:%(figure_approximators)s)\s+)?\d)"
)


def add_figure_attributions(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """A sentence that opens "X put the number at N" attributes a figure to X.

    The construction is common in casualty and crowd reporting and easy for the tagger to miss.
    """
    text = analysis.text
    attributions = list(analysis.attributions)
    covered = Coverage(s for a in attributions for _, s in a.spans())
    added: list[Attribution] = []
    rubric = rubric or Rubric.default()
    figure = rubric.regex(_FIGURE)
    for sent in sentence_spans(text):
        m = figure.match(text, sent.start, sent.end)
        if not m:
            continue
        cue = Span(m.start("cue"), m.end("cue"))
        source = Span(m.start("source"), m.end("source")).strip(text)
        if covered.overlaps(cue):  # tagged already; give it the source if the tagger missed that
            attributions = [
                replace(a, sources=(source,)) if not a.sources and any(c.overlaps(cue) for c in a.cues) else a
                for a in attributions
            ]
            continue
        content = Span(m.start("content"), sent.end).strip(text)  # to the sentence end: "2 p.m." is no stop
        content = without_final_stop(text, content)
        added.append(
            Attribution(
                id=f"f{len(added) + 1}",
                cues=(cue,),
                contents=(content,),
                sources=(source,),
                confidence=weights_of(rubric).rule_confidence.figures,
            )
        )
    return by_first_cue(analysis, [*attributions, *added])
