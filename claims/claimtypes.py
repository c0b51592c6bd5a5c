"""What kind of claim: claim types of attributions, and check-worthy unattributed statements."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.coverage import Coverage
from claims.rubric import Rubric
from claims.rules import anonymity_clauses
from claims.text import sentence_spans
from claims.types import Analysis, Attribution, SourceEntity, Span, Unattributed

FIGURES = frozenset({"casualty_figure", "numeric"})  # claim types that carry a number
NOT_CLAIMS = frozenset({"method", "disclosure"})  # transparency about other claims: kept, never counted
CLAIM_TYPES = (
    "casualty_figure",
    "numeric",
    "denial",
    "allegation",
    "prediction",
    "opinion",
    "event",
    "method",
    "disclosure",
)
_METHOD_SUBJECT = re.compile(
    r"^\s*(?:that\s+)?(?:the|its|their|this|these|those)\s+(?:\w+\s+)?"
    r"(?:figures?|count|toll|tally|numbers?|data|survey|poll|estimates?|totals?)\b",
    re.IGNORECASE,
)
_METHOD_WORDS = re.compile(
    r"\b(?:only|include[sd]?|did not include|does not include|exclud\w+|based on|minimum|likely to be higher|"
    r"counted|confirmed by|drawn from|compiled)\b",
    re.IGNORECASE,
)

_NUMBER = re.compile(
    r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|percent|per cent)\b",
    re.IGNORECASE,
)
_CASUALTY = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|die|wounded|injur\w*|casualt\w*|hurt|missing|massacre\w*|displaced|victims?)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ial)|reject\w*|dismiss\w*|refut\w*|rebuff\w*|disput\w*)\b", re.IGNORECASE)
_ALLEGATION = re.compile(r"\b(?:accus\w*|alleg\w*|blam\w*|charg\w*|claim\w*)\b", re.IGNORECASE)
_PREDICTION = re.compile(
    r"\b(?:will|would|shall|expect\w*|predict\w*|forecast\w*|warn\w*|plans? to|going to|likely)\b", re.IGNORECASE
)
_OPINION = re.compile(
    r"\b(?:believ\w*|think\w*|thought|argu\w*|call\w*|describ\w*|criticis\w*|criticiz\w*|prais\w*|condemn\w*|"
    r"feel\w*|consider\w*|view\w*)\b",
    re.IGNORECASE,
)
_EVENT_VERBS = re.compile(
    r"\b(?:attack\w*|bomb\w*|fired|fire|shell\w*|struck|strike\w*|seiz\w*|captur\w*|arrest\w*|launch\w*|halt\w*|"
    r"destroy\w*|raid\w*|clash\w*|invad\w*|occup\w*|abduct\w*|detain\w*|shot|shoot\w*|explod\w*|explosion|"
    r"leak\w*|sanction\w*|ban\w*|violat\w*|fraud|corrupt\w*|rigged|collaps\w*|cut|fell|rose|surged|plunged|"
    r"opened fire|advanc\w*|retreat\w*|besieg\w*|broke out|clos(?:ed|ing)|deploy\w*|landfall|fled|flee\w*|burn\w*|"
    r"evict\w*|block\w*|divert\w*|discharg\w*|dump\w*|smuggl\w*|forced|stranded|queues? formed|flood\w*|"
    r"evacuat\w*|resign\w*|fired|sacked|suspend\w*|lost|won|overturn\w*|collid\w*|crash\w*)\b",
    re.IGNORECASE,
)


def claim_type(text: str, attribution: Attribution) -> str:
    """The claim type of an attribution, from its cue and content words."""
    cue = " ".join(c.of(text) for c in attribution.cues)
    content = " ".join(c.of(text) for c in attribution.contents)
    if _DENIAL.search(cue):
        return "denial"
    if _METHOD_SUBJECT.search(content) and _METHOD_WORDS.search(content):
        return "method"  # how a figure was made or what it leaves out: transparency, not a new claim
    if _NUMBER.search(content) and _CASUALTY.search(content):
        return "casualty_figure"
    if _NUMBER.search(content):
        return "numeric"
    if _ALLEGATION.search(cue) or re.search(r"\baccus\w*|\bguilty\b", content, re.IGNORECASE):
        return "allegation"
    if _PREDICTION.search(cue) or re.match(r"\s*(?:that\s+)?\w+(?:\s+\w+){0,4}\s+(?:will|would)\b", content):
        return "prediction"
    if _OPINION.search(cue):
        return "opinion"
    return "event"


_CHARACTERISATION = re.compile(
    r"\b(?:worst|best|most|least|largest|smallest|biggest|highest|lowest|among the|scandals?|lucrative|bitter|"
    r"notorious|infamous|controversial|corrupt|failing|failed|disastrous|crisis|priced out|has become|have become|"
    r"quietly|secretly|illegally|untreated|growing number|record)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|faces?|is set to|are set to|is expected to|are expected to|is likely to|could)\b", re.IGNORECASE
)
_BACKGROUND_NUMBER = re.compile(
    r"^\D*\b(?:1[89]\d\d|20\d\d)\b\D*$|\b(?:lies|located|situated)\b.*\b(?:kilomet|mile)", re.IGNORECASE
)


def statement_type(sentence: str) -> str | None:
    """The claim type of an unattributed statement, or None for background."""
    has_number = bool(_NUMBER.search(sentence) or re.search(r"\b(?:half|quarter|third|\w+fold|dozens)\b", sentence))
    if has_number and _CASUALTY.search(sentence):
        return "casualty_figure"
    if _ALLEGATION.search(sentence):
        return "allegation"
    if _EVENT_VERBS.search(sentence) or _CASUALTY.search(sentence):
        return "event"
    if has_number and not _BACKGROUND_NUMBER.search(sentence):
        return "numeric"
    if _CHARACTERISATION.search(sentence):
        return "opinion"
    if _FUTURE.search(sentence):
        return "prediction"
    return None


def speaking_sources(analysis: Analysis) -> list[SourceEntity]:
    """Source entities behind at least one counted claim (one that only "declined to comment" said nothing)."""
    speaking = {a.source_entity for a in analysis.attributions if a.claim_type not in NOT_CLAIMS}
    return [e for e in analysis.sources if e.id in speaking]


def add_claim_types(analysis: Analysis) -> Analysis:
    """Set ``claim_type`` on every attribution that has none."""
    text = analysis.text
    return replace(
        analysis,
        attributions=tuple(
            a if a.claim_type else replace(a, claim_type=claim_type(text, a)) for a in analysis.attributions
        ),
    )


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


def find_unattributed(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
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
    covered = Coverage([*(s for a in analysis.attributions for _, s in a.spans()), *anonymity_clauses(text, rubric)])
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
