"""The shape of one source mention: the immutable record joining and typing read.

:class:`MentionInfo` is made by :class:`claims.sources.mentions.MentionReader` from the
parse; the helpers here need no parse (a mention's words, its gender words, a report's subject).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claims.rubric import Rubric
from claims.sources import lexicon
from claims.types import Span

WORD = re.compile(r"[\w][\w.'’-]*")
DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:ian|ese|ish|an|i|ic))\b")
_PRONOUN_CLASSES = ("person", "group", "thing")


@dataclass(frozen=True)
class MentionInfo:
    """The shape of one source mention."""

    span: Span
    text: str  # its words, runs of white space as one space
    pronoun: str | None  # "person", "group", "thing" for bare pronouns
    definite: bool
    indefinite: bool
    proper: tuple[str, ...]  # the tokens of the name that heads it (not determiners or titles)
    head: str  # lower-case head word
    modifiers: frozenset[str]  # other lower-case words of its core
    number_kind: str  # "person", "group" or "thing": what pronoun would refer to it
    core: str = ""  # the description without relative clauses, appositives or post-modifiers
    label: str | None = None  # the entity label of its name (PERSON, ORG, GPE, ...)
    affiliation: Span | None = None  # the named body an unnamed person speaks for
    role: bool = False  # a title, role or appositive description is given
    gender: str | None = None  # "female" / "male", from a pronoun, title or role word
    plural: bool = False
    lemma: str = ""  # the head's lemma ("videos" -> "video")
    described_as: str | None = None  # the head of an appositive describing a name ("RTP, the public *broadcaster*")
    titled: bool = False  # a person's title or role stands before the name ("Superintendent Angela Pierce")
    number: bool = False  # the head is a count or share ("87% of the adults surveyed", "4 in 10 parents")
    names_someone: bool = False  # a person or body is named in it ("a letter signed by chief executive Owen Hale")

    def heads(self) -> frozenset[str]:
        """The head as written and as its lemma."""
        return frozenset({self.head, self.lemma} - {""})

    @property
    def proper_lower(self) -> frozenset[str]:
        return frozenset(p.lower() for p in self.proper)


def surface_of(text: str, span: Span) -> str:
    """A mention's words, with runs of white space as one space."""
    return " ".join(span.of(text).split())


def report_subject(mention: str, rubric: Rubric) -> str | None:
    """The words after "a report by", "the story in" ... when a mention is such a report, else None."""
    m = lexicon.report_by(rubric).match(mention)
    return m.group(1) if m else None


def gender_of(words: Sequence[str], rubric: Rubric) -> str | None:
    """The gender a gendered pronoun, title or role gives ("she", "Mrs", "spokesman"): "female" or "male"."""
    for w in words:
        low = w.lower().strip(".")
        for g in ("female", "male"):
            if low in rubric.words_in("gendered_words", g):
                return g
    return None


def with_number_kind(info: MentionInfo, rubric: Rubric) -> MentionInfo:
    """The mention with what pronoun would refer back to it: "person", "group" or "thing"."""
    roles = rubric.words("person_roles")
    if info.label == "PERSON":
        kind = "person"
    elif info.label in {"ORG", "GPE", "FAC"}:
        kind = "thing"
    elif info.label == "NORP" or info.plural or (info.head in rubric.words("vague_nouns") and info.plural):
        kind = "group"
    elif info.head in lexicon.thing_words(rubric) or rubric.pattern("org_words").search(info.core.lower()):
        kind = "person" if info.head in roles else "thing"
    elif info.head in roles or info.proper or info.head in rubric.words("vague_nouns"):
        kind = "person"
    else:
        kind = "thing"
    return replace(info, number_kind=kind)


def pronoun_class(lower: list[str], rubric: Rubric) -> str | None:
    """The class of a one-word pronoun mention ("she" -> "person"), else None."""
    if len(lower) == 1:
        for cls in _PRONOUN_CLASSES:
            if lower[0] in rubric.words_in("pronouns", cls):
                return cls
    return None
