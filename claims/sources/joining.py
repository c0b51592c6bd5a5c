"""Source mentions joined into entities, in text order, by rules over their shape (no parser needed).

- a pronoun joins the most recent compatible entity (person, group or thing);
- a mention with a proper name joins an earlier entity whose name tokens contain it
  ("Clinton" -> "Hillary Clinton") or are contained in it;
- a definite description ("the official", "The Syrian military source", "the ministry")
  joins the most recent entity with a compatible head noun whose modifiers do not conflict;
- an indefinite description ("an official", "another official") always starts a new
  entity, so two anonymous officials are never merged just because both are officials.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from claims.rubric import Rubric
from claims.sources import lexicon
from claims.sources.classification import classify, read_mention
from claims.sources.mentions import MentionInfo
from claims.types import Span


@dataclass
class Entity:
    """Mentions that name one source, in text order."""

    index: int = 0  # position in the article's entity list
    mentions: list[MentionInfo] = field(default_factory=list)

    @property
    def best(self) -> MentionInfo:
        """The most informative mention: a proper name first, then the most modifiers, then the longest."""
        named = [m for m in self.mentions if m.pronoun is None]
        pool = named or self.mentions
        return max(pool, key=lambda m: (bool(m.proper), len(m.modifiers), len(m.text)))

    def kind(self) -> str:
        b = self.best
        return b.pronoun or b.number_kind


def join_mentions(text: str, spans: Iterable[Span], rubric: Rubric) -> tuple[list[Entity], dict[Span, Entity]]:
    """Entities of the mentions at ``spans`` (in text order), and the entity of each span."""
    entities: list[Entity] = []
    of_span: dict[Span, Entity] = {}
    by_name: dict[str, set[int]] = {}  # name token -> entities holding it (a name only joins those)
    for span in spans:
        info = read_mention(text, span, rubric)
        named = info.proper and info.pronoun is None
        pool = [entities[i] for i in sorted(set().union(*(by_name.get(t, set()) for t in info.proper)))]
        ent = _find(pool if named else entities, info, rubric)
        if ent is None:
            ent = Entity(index=len(entities))
            entities.append(ent)
        ent.mentions.append(info)
        of_span[span] = ent
        if named:
            for t in info.proper:
                by_name.setdefault(t, set()).add(ent.index)
    return entities, of_span


def _compatible_head(a: str, b: str, rubric: Rubric) -> bool:
    return a == b or any(a in c and b in c for c in lexicon.head_classes(rubric))


def _generic_types(head: str, rubric: Rubric) -> frozenset[str]:
    """Source types a bare definite head ("the company", "the newspaper") can refer back to."""
    if head in rubric.words("outlet_words") or head in rubric.words("generic_outlet_heads"):
        return frozenset({"news_outlet", "state_media"})
    if head in rubric.words("court_words"):
        return frozenset({"court_or_record"})
    if head in rubric.words("data_words"):
        return frozenset({"poll_or_data"})
    if head in rubric.words("statement_words"):
        return frozenset({"official_statement"})
    if head in rubric.words("org_words") and head not in rubric.words("standing_bodies"):
        return frozenset({"named_organisation"})  # "the company" -> "Halvor Chemicals"; "the army" is itself
    return frozenset()


def _joins(m: MentionInfo, other: MentionInfo, rubric: Rubric) -> bool:
    """Whether a non-pronoun mention ``m`` names the same source as an earlier ``other``."""
    if other.pronoun is not None:
        return False
    if m.proper and other.proper:
        a, b = set(m.proper), set(other.proper)
        return a <= b or b <= a
    if m.definite and not m.proper and _compatible_head(m.head, other.head, rubric):
        return m.modifiers <= other.modifiers | set(other.proper_lower) or not other.modifiers
    # "the ministry" -> "the Ministry of Defence"; "the minister" -> "Minister Ali Kemal"
    return m.definite and not m.proper and m.head in other.text.lower().split()


def _find(entities: Sequence[Entity], m: MentionInfo, rubric: Rubric) -> Entity | None:
    earliest = m.modifiers & rubric.words("earliest_ordinals")
    order = entities if earliest else list(reversed(entities))  # most recent first
    m = replace(m, modifiers=m.modifiers - rubric.words("ordinal_words"))
    for ent in order:
        if m.pronoun is not None:
            if ent.kind() == m.pronoun or (m.pronoun == "thing" and ent.kind() == "group" and not ent.best.proper):
                return ent
            continue
        if any(_joins(m, other, rubric) for other in ent.mentions):
            return ent
    if m.definite and not m.proper and m.pronoun is None and not m.modifiers:  # not "the interior ministry"
        wanted = _generic_types(m.head, rubric)
        for ent in order:
            if classify(ent.best.text, rubric)[0] in wanted:
                return ent  # "the company" -> "Halvor Chemicals"
    return None
