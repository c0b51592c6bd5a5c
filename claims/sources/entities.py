"""Who said it: source mentions joined into entities, typed, with relays and sides.

Pure rules over the mention text and its context (no parser needed):

- a pronoun joins the most recent compatible entity (person, group or thing);
- a mention with a proper name joins an earlier entity whose name tokens contain it
  ("Clinton" -> "Hillary Clinton") or are contained in it;
- a definite description ("the official", "The Syrian military source", "the ministry")
  joins the most recent entity with a compatible head noun whose modifiers do not conflict;
- an indefinite description ("an official", "another official") always starts a new
  entity, so two anonymous officials are never merged just because both are officials.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from claims.claimtypes import NOT_CLAIMS
from claims.rubric import Rubric
from claims.sources.mentions import MentionInfo, classify, describe, relay_of, side_of
from claims.types import Analysis, Attribution, SourceEntity, Span

HEAD_CLASSES = (
    frozenset(
        {"official", "officials", "source", "sources", "officer", "spokesman", "spokeswoman", "spokesperson", "aide"}
    ),
    frozenset({"ministry", "department", "government", "administration", "office"}),
    frozenset({"company", "firm", "group", "corporation", "business"}),
    frozenset({"army", "military", "forces"}),
    frozenset({"statement", "report", "document", "release"}),
)
_POSSESSOR = re.compile(r"(?:\s+[A-Z][\w-]*)*['’]s\b")
_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)+\b")


@dataclass
class _Entity:
    index: int = 0  # position in the article's entity list
    mentions: list[MentionInfo] = field(default_factory=list)
    name_span: Span | None = None  # a name found in the text for a pronoun-only entity

    @property
    def best(self) -> MentionInfo:
        named = [m for m in self.mentions if m.pronoun is None]
        pool = named or self.mentions
        return max(pool, key=lambda m: (bool(m.proper), len(m.modifiers), len(m.text)))

    def kind(self) -> str:
        b = self.best
        return b.pronoun or b.number_kind


def _compatible_head(a: str, b: str) -> bool:
    return a == b or any(a in c and b in c for c in HEAD_CLASSES)


STANDING_BODIES = frozenset(
    {"army", "military", "police", "government", "forces", "navy", "parliament", "congress", "senate", "court",
     "presidency", "cabinet", "administration", "opposition"}
)  # fmt: skip
ORDINALS = frozenset({"first", "second", "third", "former", "latter", "same", "other"})


def _generic_types(head: str, rubric: Rubric) -> frozenset[str]:
    """Source types a bare definite head ("the company", "the newspaper") can refer back to."""
    if head in rubric.words("outlet_words") | {"paper", "newspaper", "broadcaster", "channel", "agency"}:
        return frozenset({"news_outlet", "state_media"})
    if head in rubric.words("court_words"):
        return frozenset({"court_or_record"})
    if head in rubric.words("data_words"):
        return frozenset({"poll_or_data"})
    if head in rubric.words("statement_words"):
        return frozenset({"official_statement"})
    if head in rubric.words("org_words") and head not in STANDING_BODIES:
        return frozenset({"named_organisation"})  # "the company" -> "Halvor Chemicals"; "the army" is itself
    return frozenset()


def _find(entities: Sequence[_Entity], m: MentionInfo, rubric: Rubric) -> _Entity | None:
    order = entities if m.modifiers & {"first", "former"} else list(reversed(entities))  # most recent first
    m = replace(m, modifiers=m.modifiers - ORDINALS)
    for ent in order:
        if m.pronoun is not None:
            if ent.kind() == m.pronoun or (m.pronoun == "thing" and ent.kind() == "group" and not ent.best.proper):
                return ent
            continue
        for other in ent.mentions:
            if other.pronoun is not None:
                continue
            if m.proper and other.proper:
                a, b = set(m.proper), set(other.proper)
                if a <= b or b <= a:
                    return ent
            elif m.definite and not m.proper and _compatible_head(m.head, other.head):
                if m.modifiers <= other.modifiers | set(other.proper_lower) or not other.modifiers:
                    return ent
            elif m.definite and not m.proper and m.head in other.text.lower().split():
                return ent  # "the ministry" -> "the Ministry of Defence"; "the minister" -> "Minister Ali Kemal"
    if m.definite and not m.proper and m.pronoun is None and not m.modifiers:  # not "the interior ministry"
        wanted = _generic_types(m.head, rubric)
        for ent in order:
            if classify(ent.best.text, rubric)[0] in wanted:
                return ent  # "the company" -> "Halvor Chemicals"
    return None


def _antecedent_name(text: str, before: int) -> Span | None:
    """The last capitalised multi-word name in the two sentences before a pronoun."""
    window_start = max(0, before - 400)
    names = [m for m in _NAME.finditer(text, window_start, before)]
    names = [m for m in names if not text[m.start() - 2 : m.start()].endswith(". ") or len(m.group().split()) > 2]
    if not names:
        return None
    last = names[-1]
    return Span(last.start(), last.end())


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


def resolve_sources(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """Join source mentions into typed entities and set each attribution's ``source_entity``."""
    rubric = rubric or Rubric.default()
    text = analysis.text
    speaker = [_speaker(text, a, rubric) if a.sources else None for a in analysis.attributions]
    mentions = sorted({s for a in analysis.attributions for s in a.sources})
    entities: list[_Entity] = []
    of_span: dict[Span, _Entity] = {}
    by_name: dict[str, set[int]] = {}  # name token -> entities holding it (a name only joins those)
    for span in mentions:
        info = describe(text, span, rubric)
        named = info.proper and info.pronoun is None
        pool = [entities[i] for i in sorted(set().union(*(by_name.get(t, set()) for t in info.proper)))]
        ent = _find(pool if named else entities, info, rubric)
        if ent is None:
            ent = _Entity(index=len(entities))
            if info.pronoun == "person":
                ent.name_span = _antecedent_name(text, span.start)
            entities.append(ent)
        ent.mentions.append(info)
        of_span[span] = ent
        if named:
            for t in info.proper:
                by_name.setdefault(t, set()).add(ent.index)
    relays: dict[int, list[Span]] = {}
    for a, who in zip(analysis.attributions, speaker, strict=True):
        if who is not None:
            relay = relay_of(text, a, rubric)
            if relay is not None:
                relays.setdefault(id(of_span[who]), []).append(relay)
    out: list[SourceEntity] = []
    ids: dict[int, str] = {}
    for n, ent in enumerate(entities, 1):
        best = ent.best
        name = best.text if best.pronoun is None or ent.name_span is None else ent.name_span.of(text)
        kind, named, ident = classify(name if best.pronoun is not None else best.text, rubric)
        if best.pronoun is not None and ent.name_span is None:
            kind, named, ident = "unknown", False, 0
        relayed = tuple(sorted(set(relays.get(id(ent), []))))
        ids[id(ent)] = f"s{n}"
        out.append(
            SourceEntity(
                id=f"s{n}",
                name=" ".join(name.split()),
                mentions=tuple(m.span for m in ent.mentions),
                type=kind,
                named=named,
                relayed_by=relayed,
                identifiability=ident,
                side=side_of(" ".join(m.text for m in ent.mentions), rubric),
                second_hand=bool(relayed),
            )
        )
    attributions: list[Attribution] = [
        replace(a, source_entity=ids[id(of_span[who])]) if who is not None else a
        for a, who in zip(analysis.attributions, speaker, strict=True)
    ]
    return replace(analysis, attributions=tuple(attributions), sources=tuple(out))


def speaking_sources(analysis: Analysis) -> list[SourceEntity]:
    """Source entities behind at least one counted claim (one that only "declined to comment" said nothing)."""
    speaking = {a.source_entity for a in analysis.attributions if a.claim_type not in NOT_CLAIMS}
    return [e for e in analysis.sources if e.id in speaking]
