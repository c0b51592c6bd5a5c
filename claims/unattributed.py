"""Check-worthy statements made with no attribution: the sentences and clauses no claim covers.

Every sentence, or part of a sentence outside every attribution, is a candidate; the
check-worthiness classifier (``claims.checkworthy``) gives each a probability and those at
or above its threshold are listed, with the probability. Without a classifier (the stage's
``classifier`` setting ``"rules"``) the word rules of :func:`statement_type` decide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from claims.claimtypes import ALLEGATION, CASE_FREE, CASUALTY, EVENT, NUMBER
from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules.disclosures import anonymity_clauses
from claims.scoring.weights import weights_of
from claims.text import sentence_spans
from claims.types import OWN_VOICE, Analysis, Span, Unattributed

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


Scorer = Callable[[str, Sequence[Span]], Sequence[float]]  # article text, candidate spans -> probabilities


def candidates(analysis: Analysis, rubric: Rubric | None = None, clauses: Sequence[Span] | None = None) -> list[Span]:
    """The statements the article makes with no attribution: whole sentences, or their parts outside attributions.

    An attribution of an act the article reports in its own voice (``OWN_VOICE``: an action, a
    naming) covers nothing, unless a stage judged it a claim all the same: "The Pentagon,
    which has supported the rebels, halted aid" is the article's statement. In a sentence
    that holds an attribution, each part outside every attribution span is read on its own,
    unless it is a dependent clause ("when ...", "which ...") or a method note ("based on a
    street count") hanging on an attributed part. Sentences that disclose sourcing ("could not
    be independently verified", "did not respond to a request for comment") are transparency,
    not claims, and are skipped, as are the clauses giving a reason for anonymity and pieces
    shorter than ``min_statement_words``.
    """
    rubric = rubric or Rubric.default()
    disclosure = [rubric.pattern("non_verification"), rubric.pattern("response_phrases")]
    method = rubric.pattern("method_phrases")
    dependent = rubric.regex(DEPENDENT, CASE_FREE)
    min_words = weights_of(rubric).extraction.min_statement_words
    text = analysis.text
    covered = Coverage(
        [
            *(s for a in analysis.attributions if a.relation not in OWN_VOICE or a.is_claim for _, s in a.spans()),
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
            if len(words.split()) >= min_words:
                found.append(chunk)
    return found


def find_unattributed(
    analysis: Analysis,
    rubric: Rubric | None = None,
    clauses: Sequence[Span] | None = None,
    scorer: Scorer | None = None,
    threshold: float = 0.5,
    always: frozenset[str] = frozenset(),
) -> Analysis:
    """List the check-worthy statements that carry no attribution, each with its check-worthiness.

    ``scorer`` gives each :func:`candidates` piece a probability; those at or above
    ``threshold`` are listed, and so is every piece whose claim type is in ``always`` (an
    unattributed casualty figure is a sourcing failure whatever its wording). With no scorer,
    a piece is listed when :func:`statement_type` gives it a type. A listed piece the word
    rules cannot type is an ``event``.
    """
    rubric = rubric or Rubric.default()
    pieces = candidates(analysis, rubric, clauses)
    if scorer is None:
        return listed(analysis, pieces, None, rubric)
    return listed(analysis, pieces, list(scorer(analysis.text, pieces)) if pieces else [], rubric, threshold, always)


def listed(
    analysis: Analysis,
    pieces: Sequence[Span],
    probabilities: Sequence[float] | None,
    rubric: Rubric,
    threshold: float = 0.5,
    always: frozenset[str] = frozenset(),
) -> Analysis:
    """The analysis with the candidate ``pieces`` listed as :func:`find_unattributed` lists them.

    ``probabilities``: one per piece from the classifier (None: the word rules decide).
    """
    text = analysis.text
    if probabilities is None:
        typed = [(c, statement_type(c.of(text), rubric)) for c in pieces]
        return replace(analysis, unattributed=tuple(Unattributed(c, k) for c, k in typed if k is not None))
    if len(probabilities) != len(pieces):
        raise ValueError(f"the check-worthiness scorer gave {len(probabilities)} probabilities for {len(pieces)} texts")
    found = []
    for c, p in zip(pieces, probabilities, strict=True):
        kind = statement_type(c.of(text), rubric)
        if p >= threshold or kind in always:
            found.append(Unattributed(c, kind or "event", checkworthiness=round(float(p), 4)))
    return replace(analysis, unattributed=tuple(found))
