"""Source mentions joined into entities, in text order, from their parsed shape.

- a pronoun joins the most recent entity of its kind (person, group, thing) whose gender,
  when known, agrees ("she" skips an entity known to be a man);
- a mention with a name joins an earlier entity whose name tokens contain it
  ("Soelistyo" -> "Budi Soelistyo") or are contained in it;
- a definite description ("the official", "the ministry", "the company") joins the most
  recent entity with a compatible head whose modifiers do not conflict, or of a matching type;
- an indefinite description ("an official", "another official") always starts a new entity,
  so two anonymous sources are never merged just because both are officials.

Back-references look at the :data:`RECENT` most recently mentioned entities only, so
joining takes time in proportion to the number of mentions, however long the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from claims.rubric import Rubric
from claims.scoring.weights import weights_of
from claims.sources import lexicon
from claims.sources.classification import classify, reporting_outlet
from claims.sources.mentions import MentionReader
from claims.sources.shape import MentionInfo, surface_of
from claims.types import Span

RECENT = 40  # entities a pronoun or description may refer back to


def _rank(m: MentionInfo) -> tuple[bool, bool, bool, int, int]:
    return (m.pronoun is None, bool(m.proper), m.label == "PERSON", len(m.modifiers), len(m.text))


@dataclass(eq=False)
class Entity:
    """Mentions that name one source, in text order (what joining compares is kept as they are added)."""

    index: int = 0  # position in the article's entity list
    mentions: list[MentionInfo] = field(default_factory=list)
    best: MentionInfo | None = None  # the most informative mention: a name, a person's name, most modifiers, longest
    # what later mentions are compared with: its distinct non-pronoun mentions, and the person a
    # pronoun-only entity was named after (its antecedent)
    shapes: dict[tuple[object, ...], MentionInfo] = field(default_factory=dict)
    genders: set[str] = field(default_factory=set)

    def add(self, m: MentionInfo) -> None:
        self.mentions.append(m)
        if self.best is None or _rank(m) > _rank(self.best):
            self.best = m
        if m.pronoun is None:
            self.shapes.setdefault((m.proper_lower, m.head, m.modifiers, m.definite, m.core.lower()), m)
        if m.gender:
            self.genders.add(m.gender)

    def kind(self) -> str:
        assert self.best is not None
        return self.best.pronoun or self.best.number_kind

    def gender(self) -> str | None:
        """The gender its mentions give, when they agree."""
        return next(iter(self.genders)) if len(self.genders) == 1 else None


def join_mentions(
    reader: MentionReader, spans: Iterable[Span], rubric: Rubric
) -> tuple[list[Entity], dict[Span, Entity]]:
    """Entities of the mentions at ``spans`` (in text order), and the entity of each span."""
    entities: list[Entity] = []
    window = weights_of(rubric).extraction.antecedent_window_chars
    recent: list[Entity] = []  # most recently mentioned last
    of_span: dict[Span, Entity] = {}
    by_name: dict[str, set[int]] = {}  # name token -> entities holding it (a name only joins those)
    for span in spans:
        outlet = reporting_outlet(surface_of(reader.text, span), rubric)
        info = reader.read(span, speaker=outlet[0] if outlet else None)  # "a report by the website X": X
        named = info.proper and info.pronoun is None
        if named:
            keys = _name_keys(info)
            pool = [entities[i] for i in sorted(set().union(*(by_name.get(t, set()) for t in keys)))]
        else:
            pool = recent[-RECENT:]
        ent = _find(pool, info, rubric)
        person = _named_since(reader, info, ent, window) if info.pronoun == "person" else None
        if person is not None:  # someone the text named after that entity's last mention: the pronoun's antecedent
            known = sorted(set().union(*(by_name.get(t, set()) for t in _name_keys(person))))
            ent = entities[known[-1]] if known else None
        if ent is None:
            ent = Entity(index=len(entities))
            entities.append(ent)
            if person is not None:  # named by its antecedent: a later "Handayani" joins it
                ent.shapes[("antecedent",)] = person
                for t in _name_keys(person):
                    by_name.setdefault(t, set()).add(ent.index)
        elif ent in recent:
            recent.remove(ent)
        recent.append(ent)
        if len(recent) > 2 * RECENT:
            del recent[:RECENT]
        ent.add(info)
        of_span[span] = ent
        if named:
            for t in _name_keys(info):
                by_name.setdefault(t, set()).add(ent.index)
    return entities, of_span


def _named_since(reader: MentionReader, pronoun: MentionInfo, ent: Entity | None, window: int) -> MentionInfo | None:
    """The person the recogniser finds between an entity's last mention and a pronoun, not that entity.

    "Governor Ruiz said ... Sri Handayani lost her home. 'I have nothing,' she said": the
    pronoun refers to the person named last, not to the last source.
    """
    start = max(0, pronoun.span.start - window)
    if ent is not None:
        start = max(start, ent.mentions[-1].span.end)
    people = [e for e in reader.entities_in(Span(start, pronoun.span.start)) if e.label == "PERSON"]
    people = [
        e for e in people if start <= e.span.start and e.span.end <= pronoun.span.start and _subject(reader, e.span)
    ]
    if not people:
        return None
    person = reader.read(people[-1].span)
    if not person.proper or (ent is not None and ent.best is not None and person.proper_lower & ent.best.proper_lower):
        return None
    if pronoun.gender and person.gender and pronoun.gender != person.gender:
        return None
    return person


def _subject(reader: MentionReader, span: Span) -> bool:
    """Whether a name is the subject of its clause (a pronoun's likeliest antecedent)."""
    sub = reader.doc.char_span(span.start, span.end, alignment_mode="expand")
    return sub is not None and len(sub) > 0 and sub.root.dep_ in {"nsubj", "nsubjpass"}


def _initials(info: MentionInfo) -> str:
    """The initials of a name of several words ("Office for National Statistics" -> "ONS")."""
    words = [w for w in info.proper if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _name_keys(info: MentionInfo) -> set[str]:
    """What a name is looked up by: its lower-case tokens, and its initials."""
    return set(info.proper_lower) | ({_initials(info).lower()} - {""})


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
        a, b = m.proper_lower, other.proper_lower
        if len(m.proper) == 1 and m.proper[0].isupper() and m.proper[0] == _initials(other):
            return True  # "the ONS" -> "the Office for National Statistics"
        return a <= b or b <= a
    if not m.definite or m.proper:
        return False
    if _compatible_head(m.head, other.head, rubric):
        return m.modifiers <= other.modifiers | set(other.proper_lower) or not other.modifiers
    # "the ministry" -> "the Ministry of Defence"; "the minister" -> "Minister Ali Kemal"
    return bool(other.proper) and m.head in other.core.lower().split()


def _agrees(ent: Entity, m: MentionInfo) -> bool:
    """Whether a pronoun can refer to an entity: its kind and, when both are known, its gender."""
    kind = ent.kind()
    if not (kind == m.pronoun or (m.pronoun == "thing" and kind == "group" and ent.best and not ent.best.proper)):
        return False
    gender = ent.gender()
    return m.gender is None or gender is None or gender == m.gender


def _find(entities: Sequence[Entity], m: MentionInfo, rubric: Rubric) -> Entity | None:
    earliest = m.modifiers & rubric.words("earliest_ordinals")
    order = sorted(entities, key=lambda e: e.index) if earliest else list(reversed(entities))  # most recent first
    m = replace(m, modifiers=m.modifiers - rubric.words("ordinal_words"))
    for ent in order:
        if m.pronoun is not None:
            if _agrees(ent, m):
                return ent
            continue
        if any(_joins(m, other, rubric) for other in ent.shapes.values()):
            return ent
    if m.definite and not m.proper and m.pronoun is None and not m.modifiers:  # not "the interior ministry"
        wanted = _generic_types(m.head, rubric)
        for ent in order:
            if ent.best is not None and classify(ent.best, rubric)[0] in wanted:
                return ent  # "the company" -> "Halvor Chemicals"
    return None
