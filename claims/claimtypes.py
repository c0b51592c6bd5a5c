"""What kind of claim each attribution relays: casualty figure, number, denial, allegation, ..."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.rubric import Rubric
from claims.types import Analysis, Attribution

FIGURES = frozenset({"casualty_figure", "numeric"})  # claim types that carry a number

NOT_CLAIMS = frozenset({"method", "disclosure"})  # transparency about other claims: kept, never counted

CASE_FREE = re.IGNORECASE
METHOD_SUBJECT = r"^\s*(?:that\s+)?(?:the|its|their|this|these|those)\s+(?:\w+\s+)?(?:%(method_subjects)s)\b"
METHOD_WORDS = r"\b(?:%(method_words)s)\b"
NUMBER = r"\b\d[\d,.]*\b|\b(?:%(number_words)s)\b"
CASUALTY = r"\b(?:%(casualty_words)s)\b"
DENIAL = r"\b(?:%(denial_cues)s)\b"
ALLEGATION = r"\b(?:%(allegation_words)s)\b"
GUILT = r"\b(?:%(guilt_words)s)\b"
PREDICTION = r"\b(?:%(prediction_cues)s)\b"
FUTURE_CLAUSE = r"\s*(?:that\s+)?\w+(?:\s+\w+){0,4}\s+(?:%(future_modals)s)\b"  # "the bridge will ..."
OPINION = r"\b(?:%(opinion_cues)s)\b"
EVENT = r"\b(?:%(event_words)s)\b"


def claim_type(text: str, attribution: Attribution, rubric: Rubric | None = None) -> str:
    """The claim type of an attribution, from its cue and content words (lexicons in ``claims.json``)."""
    r = rubric or Rubric.default()
    cue = " ".join(c.of(text) for c in attribution.cues)
    content = " ".join(c.of(text) for c in attribution.contents)
    if r.regex(DENIAL, CASE_FREE).search(cue):
        return "denial"
    if r.regex(METHOD_SUBJECT, CASE_FREE).search(content) and r.regex(METHOD_WORDS, CASE_FREE).search(content):
        return "method"  # how a figure was made or what it leaves out: transparency, not a new claim
    has_number = bool(r.regex(NUMBER, CASE_FREE).search(content))
    if has_number and r.regex(CASUALTY, CASE_FREE).search(content):
        return "casualty_figure"
    if has_number:
        return "numeric"
    if r.regex(ALLEGATION, CASE_FREE).search(cue) or r.regex(GUILT, CASE_FREE).search(content):
        return "allegation"
    if r.regex(PREDICTION, CASE_FREE).search(cue) or r.regex(FUTURE_CLAUSE).match(content):
        return "prediction"
    if r.regex(OPINION, CASE_FREE).search(cue):
        return "opinion"
    return "event"


def add_claim_types(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """Set ``claim_type`` on every attribution that has none."""
    text = analysis.text
    typed = (a if a.claim_type else replace(a, claim_type=claim_type(text, a, rubric)) for a in analysis.attributions)
    return replace(analysis, attributions=tuple(typed))
