"""Who said it: the "sources" stage, which joins source mentions into typed entities with relays and sides.

Joining is :mod:`claims.sources.joining`, typing :mod:`claims.sources.classification`,
relays and sides :mod:`claims.sources.relays`. This module puts them together for an analysis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claims.claimtypes import NOT_CLAIMS
from claims.rubric import Rubric
from claims.scoring.weights import weights_of
from claims.sources.classification import SourceType, classify
from claims.sources.joining import Entity, join_mentions
from claims.sources.mentions import describe
from claims.sources.relays import relay_of, side_of
from claims.types import Analysis, Attribution, SourceEntity, Span

_POSSESSOR = re.compile(r"(?:\s+[A-Z][\w-]*)*['’]s\b")
_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)+\b")


def resolve_sources(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """Join source mentions into typed entities and set each attribution's ``source_entity``."""
    rubric = rubric or Rubric.default()
    text = analysis.text
    speakers = [_speaker(text, a, rubric) if a.sources else None for a in analysis.attributions]
    entities, of_span = join_mentions(text, sorted({s for a in analysis.attributions for s in a.sources}), rubric)
    speaking = [None if who is None else of_span[who] for who in speakers]
    relays = _relays(text, analysis.attributions, speaking, rubric)
    sources = tuple(_source_entity(text, ent, relays.get(ent.index, ()), rubric) for ent in entities)
    attributions = tuple(
        a if ent is None else replace(a, source_entity=sources[ent.index].id)
        for a, ent in zip(analysis.attributions, speaking, strict=True)
    )
    return replace(analysis, attributions=attributions, sources=sources)


def speaking_sources(analysis: Analysis) -> list[SourceEntity]:
    """Source entities behind at least one counted claim (one that only "declined to comment" said nothing)."""
    speaking = {a.source_entity for a in analysis.attributions if a.claim and a.claim_type not in NOT_CLAIMS}
    return [e for e in analysis.sources if e.id in speaking]


def _speaker(text: str, a: Attribution, rubric: Rubric) -> Span:
    """The source span that says who speaks: the first one that names a recognisable source.

    Of several source spans the tagger sometimes marks an appositive of the content ("a
    figure based on death certificates") or the owner in a possessive ("Orla Brennan's
    plan") beside the real source. All spans stay in the output; the entity comes from this one.
    """
    for s in a.sources:
        if _POSSESSOR.match(text, s.end):
            continue  # "Health Minister Orla| Brennan's plan": a possessor, not a speaker
        if describe(text, s, rubric).pronoun or classify(s.of(text), rubric)[0] != "unknown":
            return s
    return a.sources[0]


def _relays(
    text: str, attributions: Sequence[Attribution], speaking: Sequence[Entity | None], rubric: Rubric
) -> dict[int, tuple[Span, ...]]:
    """Entity index -> the outlets that relayed what it said, in text order."""
    relays: dict[int, set[Span]] = {}
    for a, ent in zip(attributions, speaking, strict=True):
        if ent is not None:
            relay = relay_of(text, a, rubric)
            if relay is not None:
                relays.setdefault(ent.index, set()).add(relay)
    return {i: tuple(sorted(spans)) for i, spans in relays.items()}


def _antecedent_name(text: str, before: int, window: int) -> Span | None:
    """The last capitalised multi-word name in the ``window`` characters (about two sentences) before a pronoun."""
    window_start = max(0, before - window)
    names = [m for m in _NAME.finditer(text, window_start, before)]
    names = [m for m in names if not text[m.start() - 2 : m.start()].endswith(". ") or len(m.group().split()) > 2]
    if not names:
        return None
    last = names[-1]
    return Span(last.start(), last.end())


def _name_and_type(text: str, ent: Entity, rubric: Rubric) -> tuple[str, SourceType]:
    """An entity's name and type; a pronoun-only entity is named by the name before its first pronoun."""
    best = ent.best
    if best.pronoun is None:
        return best.text, classify(best.text, rubric)
    first = ent.mentions[0]
    window = weights_of(rubric).extraction.antecedent_window_chars
    name_span = _antecedent_name(text, first.span.start, window) if first.pronoun == "person" else None
    if name_span is None:
        return best.text, ("unknown", False, 0)
    name = name_span.of(text)
    return name, classify(name, rubric)


def _source_entity(text: str, ent: Entity, relayed: tuple[Span, ...], rubric: Rubric) -> SourceEntity:
    name, (kind, named, ident) = _name_and_type(text, ent, rubric)
    return SourceEntity(
        id=f"s{ent.index + 1}",
        name=" ".join(name.split()),
        mentions=tuple(m.span for m in ent.mentions),
        type=kind,
        named=named,
        relayed_by=relayed,
        identifiability=ident,
        side=side_of(" ".join(m.text for m in ent.mentions), rubric),
        second_hand=bool(relayed),
    )
