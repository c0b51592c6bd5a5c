"""Check-worthy statements made with no attribution: the sentences and clauses no claim covers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claims.claimtypes import ALLEGATION, CASE_FREE, CASUALTY, EVENT, NUMBER
from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules.disclosures import anonymity_clauses
from claims.scoring.weights import weights_of
from claims.text import sentence_spans
from claims.types import Analysis, Span, Unattributed

CHARACTERISATION = r"\b(?:%(characterisation_words)s)\b"
FUTURE = r"\b(?:%(future_words)s)\b"
FRACTION = r"\b(?:%(fraction_words)s)\b"
BACKGROUND_NUMBER = r"^\D*\b(?:1[89]\d\d|20\d\d)\b\D*$|\b(?:%(location_verbs)s)\b.*\b(?:%(distance_units)s)"
DEPENDENT = r"(?:%(dependent_openers)s)\b"


def statement_type(sentence: str, rubric: Rubric | None = None) -> str | None:
    """The claim type of an unattributed statement, or None for background."""
    r = rubric or Rubric.default()
    has_number = bool(r.regex(NUMBER, CASE_FREE).search(sentence) or r.regex(FRACTION).search(sentence))
    casualty = r.regex(CASUALTY, CASE_FREE).search(sentence)
    if has_number and casualty:
        return "casualty_figure"
    if r.regex(ALLEGATION, CASE_FREE).search(sentence):
        return "allegation"
    if r.regex(EVENT, CASE_FREE).search(sentence) or casualty:
        return "event"
    if has_number and not r.regex(BACKGROUND_NUMBER, CASE_FREE).search(sentence):
        return "numeric"
    if r.regex(CHARACTERISATION, CASE_FREE).search(sentence):
        return "opinion"
    if r.regex(FUTURE, CASE_FREE).search(sentence):
        return "prediction"
    return None


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
    dependent = rubric.regex(DEPENDENT, CASE_FREE)
    min_words = weights_of(rubric).extraction.min_statement_words
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
            if chunk.start > sent.start and (dependent.match(words) or method.search(words)):
                continue  # ", when the march was ...", ", based on a street count ...": hangs on the attribution
            kind = statement_type(words, rubric)
            if kind is not None and len(words.split()) >= min_words:
                found.append(Unattributed(chunk, kind))
    return replace(analysis, unattributed=tuple(found))
