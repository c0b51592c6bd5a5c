"""Who said it: the "sources" stage, which joins source mentions into typed entities with relays and sides.

Mentions are read from the article's spaCy parse and named entities
(:mod:`claims.sources.mentions`), joined (:mod:`claims.sources.joining`), typed
(:mod:`claims.sources.classification`); relays and sides are :mod:`claims.sources.relays`.
This module puts them together for an analysis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claims.claimtypes import NOT_CLAIMS
from claims.nlp import ArticleParse
from claims.rubric import Rubric
from claims.scoring.weights import weights_of
from claims.sources.classification import OUTLET_TYPES, SourceType, classify, identifying, reporting_outlet
from claims.sources.joining import Entity, join_mentions
from claims.sources.mentions import MentionReader
from claims.sources.relays import article_outlet, nested_relays, relay_of, side_of
from claims.sources.shape import MentionInfo, pronoun_class, surface_of
from claims.types import Analysis, Attribution, SourceEntity, Span

_POSSESSOR = re.compile(r"(?:\s+[A-Z][\w-]*)*['’]s\b")
MAX_NAME_LOOKUPS = 5  # places of a bare surname searched for the full name
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def resolve_sources(analysis: Analysis, rubric: Rubric | None = None, parse: ArticleParse | None = None) -> Analysis:
    """Join source mentions into typed entities and set each attribution's ``source_entity``.

    ``parse`` is the article's spaCy parse (made here when not given).
    """
    rubric = rubric or Rubric.default()
    text = analysis.text
    spans = sorted({s for a in analysis.attributions for s in a.sources})
    if not spans:
        return replace(analysis, sources=())
    parse = parse or ArticleParse(text)
    window = weights_of(rubric).extraction.antecedent_window_chars
    looked = spans + [Span(max(0, s.start - window), s.start) for s in spans if _is_pronoun(text, s, rubric)]
    reader = MentionReader(parse, looked, rubric)
    speakers = [_speaker(text, a, reader) if a.sources else None for a in analysis.attributions]
    entities, of_span = join_mentions(reader, spans, rubric)
    speaking = [None if who is None else of_span[who] for who in speakers]
    words: dict[str, list[Span]] = {}
    if any(e.best is not None and len(e.best.proper) == 1 for e in entities):
        words = _capitalised_words(text)
    typed = [_name_and_type(text, ent, reader, words, rubric) for ent in entities]
    relays = _relays(analysis, speaking, [t[1][0] for t in typed], reader)
    sources = tuple(
        _source_entity(text, ent, name, kind, relays.get(ent.index, ()), rubric)
        for ent, (name, kind) in zip(entities, typed, strict=True)
    )
    attributions = tuple(
        a if ent is None else replace(a, source_entity=sources[ent.index].id)
        for a, ent in zip(analysis.attributions, speaking, strict=True)
    )
    return replace(analysis, attributions=attributions, sources=sources)


def speaking_sources(analysis: Analysis) -> list[SourceEntity]:
    """Source entities behind at least one counted claim (one that only "declined to comment" said nothing)."""
    speaking = {a.source_entity for a in analysis.attributions if a.claim and a.claim_type not in NOT_CLAIMS}
    return [e for e in analysis.sources if e.id in speaking]


def _is_pronoun(text: str, span: Span, rubric: Rubric) -> bool:
    return pronoun_class([span.of(text).strip().lower()], rubric) in ("person", "group")


def _speaker(text: str, a: Attribution, reader: MentionReader) -> Span:
    """The source span that says who speaks: the first one that names a recognisable source.

    Of several source spans the tagger sometimes marks an appositive of the content ("a
    figure based on death certificates") or the owner in a possessive ("Orla Brennan's
    plan") beside the real source. All spans stay in the output; the entity comes from this one.
    """
    for s in a.sources:
        if _POSSESSOR.match(text, s.end):
            continue  # "Health Minister Orla| Brennan's plan": a possessor, not a speaker
        if identifying(reader.read(s), reader.rubric):
            return s
    return a.sources[0]


def _relays(
    analysis: Analysis, speaking: Sequence[Entity | None], types: Sequence[str], reader: MentionReader
) -> dict[int, tuple[Span, ...]]:
    """Entity index -> the outlets (other than the article's own) that relayed what it said, in text order."""
    text, rubric = analysis.text, reader.rubric
    own = article_outlet(analysis, rubric)
    by_id = {a.id: ent for a, ent in zip(analysis.attributions, speaking, strict=True)}
    outer = {a.id: a for a in analysis.attributions}
    relays: dict[int, set[Span]] = {}
    for a, ent in zip(analysis.attributions, speaking, strict=True):
        if ent is None:
            continue
        found = [relay_of(text, a, rubric)]
        holder = outer.get(a.within) if a.within else None
        holder_ent = by_id.get(holder.id) if holder is not None else None
        if holder is not None and holder_ent is not None and types[holder_ent.index] in OUTLET_TYPES:
            found += nested_relays(holder, holder.sources[0])  # "Interfax quoted X as saying"
        for relay in found:
            if relay is not None:
                relay = _whole_name(relay, reader)
            if relay is not None and not own.same(relay.of(text)):
                relays.setdefault(ent.index, set()).add(relay)
    return {i: tuple(sorted(spans)) for i, spans in relays.items()}


def _whole_name(relay: Span, reader: MentionReader) -> Span:
    """An outlet's span widened to the organisation the recogniser finds over it ("Radio" -> "Radio Free Asia")."""
    reader.extend([relay])
    over = [e.span for e in reader.entities_in(relay) if e.label in {"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART"}]
    if not over:
        return relay
    start, end = min(relay.start, *(o.start for o in over)), max(relay.end, *(o.end for o in over))
    text = reader.text
    while start < end and text[start : start + 4].lower() == "the ":
        start += 4  # a relay is named without its article ("the Observer" -> "Observer")
    return Span(start, end)


def _full_name(words: dict[str, list[Span]], surname: MentionInfo, reader: MentionReader) -> MentionInfo | None:
    """A person the article names in full ("Budi Soelistyo") whose last name a bare mention is.

    ``words`` is the article's capitalised words and where they stand (its first few places each).
    """
    hits = words.get(surname.proper[0], [])
    if not hits:
        return None
    reader.extend(hits)  # parse and recognise around those places, wherever in the article they are
    for e in (e for hit in hits for e in reader.entities_in(hit)):
        names = e.span.of(reader.text).split()
        if e.label == "PERSON" and len(names) >= 2 and names[-1].removesuffix("'s") == surname.proper[0]:
            return reader.read(e.span)
    return None


def _capitalised_words(text: str) -> dict[str, list[Span]]:
    """Each capitalised word of the text and its first :data:`MAX_NAME_LOOKUPS` places (one pass)."""
    out: dict[str, list[Span]] = {}
    for m in _CAPITALISED.finditer(text):
        places = out.setdefault(m.group(), [])
        if len(places) < MAX_NAME_LOOKUPS:
            places.append(Span(m.start(), m.end()))
    return out


def _name_and_type(
    text: str, ent: Entity, reader: MentionReader, words: dict[str, list[Span]], rubric: Rubric
) -> tuple[str, SourceType]:
    """An entity's name and type.

    A bare surname takes the full name the article gives elsewhere; a pronoun-only entity
    the person the recogniser finds just before its first pronoun.
    """
    best = ent.best
    assert best is not None
    if best.pronoun is None:
        outlet = reporting_outlet(best.text, rubric)
        if outlet is not None:
            return best.text, outlet[1]  # "a report by the website TradeLantern": the outlet speaks
        kind = _most_identifying(ent, best, rubric)
        if len(best.proper) == 1 and kind[0] in {"named_person", "named_organisation"}:
            full = _full_name(words, best, reader)
            if full is not None:
                return best.text, classify(full, rubric)
        return best.text, kind
    first = ent.mentions[0]
    if first.pronoun != "person":
        return best.text, ("unknown", False, 0)
    window = weights_of(rubric).extraction.antecedent_window_chars
    before = Span(max(0, first.span.start - window), first.span.start)
    people = [
        e
        for e in reader.entities_in(before)
        if e.label == "PERSON" and before.start <= e.span.start and e.span.end <= before.end
    ]
    if not people:
        return best.text, ("unknown", False, 0)
    name = reader.read(people[-1].span)
    return name.text, classify(name, rubric)


def _most_identifying(ent: Entity, best: MentionInfo, rubric: Rubric) -> SourceType:
    """The type of an entity: its best mention's; an unnamed one's, its most identifying mention's.

    "Two members of the airline's board who took part in the vote" stay specific when later
    called "the board members".
    """
    kind = classify(best, rubric)
    if kind[1]:
        return kind
    unnamed = [k for k in (classify(m, rubric) for m in ent.shapes.values()) if not k[1]]
    return max(unnamed, key=lambda k: k[2], default=kind)


def _source_entity(
    text: str, ent: Entity, name: str, kind: SourceType, relayed: tuple[Span, ...], rubric: Rubric
) -> SourceEntity:
    if kind == ("named_person", True, 3) and any(m.role for m in ent.mentions):
        kind = ("named_person", True, 4)  # a role given at any mention ("Lowe, the head teacher")
    affiliation = next((m.affiliation for m in ent.mentions if m.affiliation is not None), None)
    return SourceEntity(
        id=f"s{ent.index + 1}",
        name=" ".join(name.split()),
        mentions=tuple(m.span for m in ent.mentions),
        type=kind[0],
        named=kind[1],
        relayed_by=relayed,
        identifiability=kind[2],
        side=side_of(" ".join(surface_of(text, m.span) for m in ent.mentions), rubric),
        second_hand=bool(relayed),
        affiliation=affiliation if not kind[1] else None,
    )
