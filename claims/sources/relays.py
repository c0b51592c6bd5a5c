"""Relays and sides: the outlet that passed an attribution on, and the party a source belongs to.

The article's own outlet (``--outlet``, a batch row's ``outlet``, else its dateline: "LONDON
(Reuters) -") is never a relay: an interview given to it is first hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.rubric import Rubric
from claims.sources import lexicon
from claims.sources.shape import DEMONYM
from claims.text import dateline, sentence_at
from claims.types import Analysis, Attribution, Span

_LEAD = re.compile(
    r"\s*(?:(?P<prep>to|in|on)\s+)?(?:the\s+)?"
)  # "told| the |Daily Ledger", "claimed| in the |Observer"


@dataclass(frozen=True)
class Outlet:
    """The outlet an article comes from, by its normalised names (none when unknown)."""

    names: frozenset[str] = frozenset()
    aliases: tuple[tuple[str, ...], ...] = ()  # groups of names of one outlet ("ap", "associated press")

    def same(self, name: str) -> bool:
        """Whether ``name`` ("Reuters", "the Associated Press") is this outlet."""
        return bool(self.names) and bool(self.names & _names(name, self.aliases))


def _names(name: str, aliases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    low = " ".join(name.lower().split()).removeprefix("the ")
    low = re.sub(r"\s+(?:news agency|news service|wire service|newspaper|agency)$", "", low)
    for group in aliases:
        if low in group:
            return frozenset(group)
    return frozenset({low})


def article_outlet(analysis: Analysis, rubric: Rubric | None = None) -> Outlet:
    """The article's own outlet: ``meta["outlet"]``, else the one its dateline names."""
    rubric = rubric or Rubric.default()
    name = analysis.meta.get("outlet") if isinstance(analysis.meta.get("outlet"), str) else None
    if not name:
        date = dateline(analysis.text)
        name = date.outlet.of(analysis.text) if date is not None and date.outlet is not None else None
    aliases = tuple(tuple(sorted(rubric.words_in("outlet_aliases", k))) for k in rubric.mapping("outlet_aliases"))
    aliases = tuple(g for g in aliases if g)
    return Outlet(_names(name, aliases) if name else frozenset(), aliases)


def nested_relays(holder: Attribution, outlet: Span) -> list[Span | None]:
    """The relay of an attribution held in an outlet's report: that outlet's span, when the report has a source."""
    return [outlet] if holder.sources else []


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
    sentence = sentence_at(text, max(0, cue_end - 1)) or Span(cue_end, min(len(text), cue_end + 300))
    cue_text = " ".join(c.of(text).lower() for c in attribution.cues)
    bare = any(w in cue_text for w in rubric.words("relay_cue_words"))  # "told Reuters"; else "said in the Observer"
    direct = _addressee(text, cue_end, sentence, rubric, bare)
    if direct is not None:
        return direct
    return _named_in_context(text, attribution, sentence, rubric)


def _addressee(text: str, cue_end: int, sentence: Span, rubric: Rubric, bare: bool) -> Span | None:
    """The outlet right after a cue: "told Reuters" (``bare``), "claimed in the Observer", "said on CNN"."""
    lead = _LEAD.match(text[cue_end : sentence.end])
    assert lead is not None
    if not bare and lead.group("prep") is None:
        return None
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
