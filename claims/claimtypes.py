"""What kind of claim each attribution relays: casualty figure, number, denial, allegation, ..."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.types import Analysis, Attribution

FIGURES = frozenset({"casualty_figure", "numeric"})  # claim types that carry a number

NOT_CLAIMS = frozenset({"method", "disclosure"})  # transparency about other claims: kept, never counted

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

NUMBER = re.compile(
    r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|percent|per cent)\b",
    re.IGNORECASE,
)

CASUALTY = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|die|wounded|injur\w*|casualt\w*|hurt|missing|massacre\w*|displaced|victims?)\b",
    re.IGNORECASE,
)

_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ial)|reject\w*|dismiss\w*|refut\w*|rebuff\w*|disput\w*)\b", re.IGNORECASE)

ALLEGATION = re.compile(r"\b(?:accus\w*|alleg\w*|blam\w*|charg\w*|claim\w*)\b", re.IGNORECASE)

_PREDICTION = re.compile(
    r"\b(?:will|would|shall|expect\w*|predict\w*|forecast\w*|warn\w*|plans? to|going to|likely)\b", re.IGNORECASE
)

_OPINION = re.compile(
    r"\b(?:believ\w*|think\w*|thought|argu\w*|call\w*|describ\w*|criticis\w*|criticiz\w*|prais\w*|condemn\w*|"
    r"feel\w*|consider\w*|view\w*)\b",
    re.IGNORECASE,
)

EVENT_VERBS = re.compile(
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
    if NUMBER.search(content) and CASUALTY.search(content):
        return "casualty_figure"
    if NUMBER.search(content):
        return "numeric"
    if ALLEGATION.search(cue) or re.search(r"\baccus\w*|\bguilty\b", content, re.IGNORECASE):
        return "allegation"
    if _PREDICTION.search(cue) or re.match(r"\s*(?:that\s+)?\w+(?:\s+\w+){0,4}\s+(?:will|would)\b", content):
        return "prediction"
    if _OPINION.search(cue):
        return "opinion"
    return "event"


def add_claim_types(analysis: Analysis) -> Analysis:
    """Set ``claim_type`` on every attribution that has none."""
    text = analysis.text
    return replace(
        analysis,
        attributions=tuple(
            a if a.claim_type else replace(a, claim_type=claim_type(text, a)) for a in analysis.attributions
        ),
    )
