"""Rule: a sentence whose subject is a document or data set ("A 2014 study by X found ...").

"A report by the rights commission found overcrowding", "Data compiled by the Wild Trust show
numbers have fallen", "Court records show ...": the document is the source and the verb the
cue. The tagger misses many of these; unattributed, they would be read as the reporter's own
unsourced claims.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.scoring.weights import weights_of
from claims.text import sentence_spans
from claims.types import Analysis, Attribution, Span


def _pattern(rubric: Rubric) -> re.Pattern[str]:
    nouns = rubric.words("statement_words") | rubric.words("data_words") | rubric.words("court_words")
    heads = "|".join(re.escape(n).replace("%", "%%") for n in sorted(sorted(nouns), key=len, reverse=True))
    return rubric.regex(
        rf"(?P<source>(?:(?:An?|The|Its|Their|Our|[A-Z][\w'’.-]*['’]s)\s+)?(?:[\w'’.-]+\s+){{0,3}}?"
        rf"(?:{heads})\b(?:\s+(?:%(document_connectors)s)\s+[^,.;:!?]{{2,80}}?)?)"
        rf"\s+(?P<cue>%(document_verbs)s)\b\s*(?:that\s+)?(?P<content>[^\n]{{8,}}?)[.!?]?[\"”’]?\s*$",
        re.IGNORECASE,
    )


def add_document_attributions(analysis: Analysis, rubric: Rubric) -> Analysis:
    """A sentence opened by "<document> [by X] found/shows ..." is attributed to the document."""
    text = analysis.text
    pattern = _pattern(rubric)
    cues = Coverage(c for a in analysis.attributions for c in a.cues)
    sources = Coverage(s for a in analysis.attributions for s in a.sources)
    added: list[Attribution] = []
    for sent in sentence_spans(text):
        m = pattern.match(text, sent.start, sent.end)
        if m is None or not m.group("source")[:1].isupper():
            continue
        cue, source = Span(m.start("cue"), m.end("cue")), Span(m.start("source"), m.end("source"))
        if cues.overlaps(Span(sent.start, m.end("cue"))) or sources.overlaps(source):
            continue  # the tagger read the sentence's opening as an attribution of its own
        content = Span(m.start("content"), m.end("content")).strip(text)
        added.append(
            Attribution(
                f"r{len(added) + 1}",
                cues=(cue,),
                contents=(content,),
                sources=(source,),
                confidence=weights_of(rubric).rule_confidence.documents,
            )
        )
    if not added:
        return analysis
    new = Coverage(a.contents[0] for a in added)
    kept = [a for a in analysis.attributions if not any(new.overlaps(c) for c in a.cues)]  # verbs inside the finding
    return replace(analysis, attributions=tuple(sorted([*kept, *added], key=lambda a: a.cues[0])))
