"""Check-worthy statements made with no attribution: the sentences and clauses no claim covers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claims.claimtypes import ALLEGATION, CASUALTY, EVENT_VERBS, NUMBER
from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules.disclosures import anonymity_clauses
from claims.text import sentence_spans
from claims.types import Analysis, Span, Unattributed

_CHARACTERISATION = re.compile(
    r"\b(?:worst|best|most|least|largest|smallest|biggest|highest|lowest|among the|scandals?|lucrative|bitter|"
    r"notorious|infamous|controversial|corrupt|failing|failed|disastrous|crisis|priced out|has become|have become|"
    r"quietly|secretly|illegally|untreated|growing number|record)\b",
    re.IGNORECASE,
)

_FUTURE = re.compile(
    r"\b(?:will|faces?|is set to|are set to|is expected to|are expected to|is likely to|could)\b", re.IGNORECASE
)

_BACKGROUNDNUMBER = re.compile(
    r"^\D*\b(?:1[89]\d\d|20\d\d)\b\D*$|\b(?:lies|located|situated)\b.*\b(?:kilomet|mile)", re.IGNORECASE
)


def statement_type(sentence: str) -> str | None:
    """The claim type of an unattributed statement, or None for background."""
    has_number = bool(NUMBER.search(sentence) or re.search(r"\b(?:half|quarter|third|\w+fold|dozens)\b", sentence))
    if has_number and CASUALTY.search(sentence):
        return "casualty_figure"
    if ALLEGATION.search(sentence):
        return "allegation"
    if EVENT_VERBS.search(sentence) or CASUALTY.search(sentence):
        return "event"
    if has_number and not _BACKGROUNDNUMBER.search(sentence):
        return "numeric"
    if _CHARACTERISATION.search(sentence):
        return "opinion"
    if _FUTURE.search(sentence):
        return "prediction"
    return None


_DEPENDENT = re.compile(
    r"(?:when|where|which|who|whom|whose|while|whereas|as|because|since|after|before|although|though|if|unless|"
    r"until|that)\b",
    re.IGNORECASE,
)

_EDGE = ",;:-–—"


def _uncovered(text: str, sentence: Span, covered: Coverage) -> list[Span]:
    """The parts of a sentence outside every attribution span (a whole sentence when none)."""
    out = []
    for part in covered.gaps(sentence):
        start, end = part.start, part.end
        while start < end and (text[start].isspace() or text[start] in _EDGE or text[start] == "."):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE):
            end -= 1
        if end > start:
            out.append(Span(start, end))
    return out


def find_unattributed(
    analysis: Analysis, rubric: Rubric | None = None, clauses: Sequence[Span] | None = None
) -> Analysis:
    """List check-worthy statements that carry no attribution.

    A sentence with no attribution is taken whole; in a sentence that holds one, each
    part outside every attribution span is read on its own, unless it is a dependent clause
    ("when ...", "which ...") or a method note ("based on a street count") hanging on an
    attributed part. Sentences that disclose
    sourcing ("could not be independently verified", "did not respond to a request for
    comment") are transparency, not claims, and are skipped, as are the clauses giving a
    reason for anonymity.
    """
    rubric = rubric or Rubric.default()
    disclosure = [rubric.pattern("non_verification"), rubric.pattern("response_phrases")]
    method = rubric.pattern("method_phrases")
    text = analysis.text
    covered = Coverage(
        [
            *(s for a in analysis.attributions for _, s in a.spans()),
            *(anonymity_clauses(text, rubric) if clauses is None else clauses),
        ]
    )
    found = []
    for sent in sentence_spans(text):
        if any(p.search(sent.of(text)) for p in disclosure):
            continue
        for chunk in _uncovered(text, sent, covered):
            words = chunk.of(text)
            if chunk.start > sent.start and (_DEPENDENT.match(words) or method.search(words)):
                continue  # ", when the march was ...", ", based on a street count ...": hangs on the attribution
            kind = statement_type(words)
            if kind is not None and len(words.split()) >= 5:
                found.append(Unattributed(chunk, kind))
    return replace(analysis, unattributed=tuple(found))
