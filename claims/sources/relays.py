"""Relays and sides: the outlet that passed an attribution on, and the party a source belongs to."""

from __future__ import annotations

import re

from claims.rubric import Rubric
from claims.sources import lexicon
from claims.sources.mentions import DEMONYM
from claims.text import sentence_at
from claims.types import Attribution, Span

_LEAD = re.compile(r"\s*(?:to\s+)?(?:the\s+)?")  # "told| the |Daily Ledger", "said| to |Reuters"


def side_of(mentions: str, rubric: Rubric) -> str | None:
    """The party or interest a source belongs to: the earliest phrase of the rubric's ``parties``."""
    m = lexicon.parties(rubric).search(mentions.lower())
    if m is None:
        return None
    side = rubric.parties[m.group()]
    demonym = DEMONYM.search(mentions)
    return f"{demonym.group(1)} {side}" if demonym and side == "government" else side


def relay_of(text: str, attribution: Attribution, rubric: Rubric) -> Span | None:
    """The outlet that relayed an attribution ("told Reuters", "according to state media")."""
    cue_end = max(c.end for c in attribution.cues) if attribution.cues else attribution.sources[0].end
    sentence = sentence_at(text, max(0, cue_end - 1)) or Span(cue_end, len(text))
    cue_text = " ".join(c.of(text).lower() for c in attribution.cues)
    if any(w in cue_text for w in rubric.words("relay_cue_words")):
        direct = _addressee(text, cue_end, sentence, rubric)
        if direct is not None:
            return direct
    return _named_in_context(text, attribution, sentence, rubric)


def _addressee(text: str, cue_end: int, sentence: Span, rubric: Rubric) -> Span | None:
    """The outlet right after a cue such as "told" or "in an interview with"."""
    lead = _LEAD.match(text[cue_end : sentence.end])
    assert lead is not None
    rest_start = cue_end + lead.end()
    for pat in lexicon.outlets(rubric):
        hit = pat.match(text, rest_start)
        if hit:
            return Span(hit.start(), hit.end())
    return None


def _named_in_context(text: str, attribution: Attribution, sentence: Span, rubric: Rubric) -> Span | None:
    """An outlet in the sentence after a relay phrase ("according to X") or before one ("X reported")."""
    window = text[sentence.start : sentence.end]
    before_outlet, after_outlet = lexicon.relay_before(rubric), lexicon.relay_after(rubric)
    for pat in lexicon.outlets(rubric):
        for hit in pat.finditer(window):
            span = Span(sentence.start + hit.start(), sentence.start + hit.end())
            if any(span.overlaps(s) for s in attribution.sources):
                continue
            before = window[max(0, hit.start() - 40) : hit.start()].lower()
            after_hit = window[hit.end() : hit.end() + 30].lower()
            if before_outlet.search(before) or after_outlet.match(after_hit):
                return span
    return None
