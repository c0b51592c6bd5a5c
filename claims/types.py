"""The data model: small frozen dataclasses with exact character offsets.

Every offset indexes the article text exactly as read with ``newline=""``; ``end`` is
exclusive, so ``text[span.start:span.end]`` is the covered text. Spans do not store their
text: it is derived from the article when serialised, and checked when read back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "1.5"

# the act an attribution reports; only assertions are claims (claims.relations, docs/data-format.md)
RELATIONS = ("assertion", "belief", "intention", "naming", "action", "perception", "question")
# acts the article itself reports in its own voice ("X has supported the rebels", "ISIS, also known as
# Daesh"): no one's statement is relayed, so their text is the article's own (claims.unattributed)
OWN_VOICE = frozenset({"action", "naming"})


class Role(StrEnum):
    """The three span roles the tagger marks."""

    SOURCE = "SOURCE"
    CUE = "CUE"
    CONTENT = "CONTENT"


class Kind(StrEnum):
    """The form of a reported claim."""

    DIRECT = "direct"  # the content is a quotation
    INDIRECT = "indirect"  # reported speech or paraphrase
    MIXED = "mixed"  # paraphrase with quoted fragments


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """Return the covered text."""
        return text[self.start : self.end]

    def strip(self, text: str) -> Span:
        """Return the span without leading and trailing whitespace (empty stays empty)."""
        s, e = self.start, self.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return Span(s, e)

    def overlaps(self, other: Span) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """A role span found by the tagger, with its confidence."""

    role: Role
    span: Span
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason behind a grade or score: the rule that fired, its value, the standard it follows.

    ``str(reason)`` is the sentence the reports (and the JSON) show.
    """

    rule: str  # "G1", "F3", "D1", "weakest_link", "warning", ...
    text: str
    value: float | int | str | None = None
    reference: str | None = None

    def __str__(self) -> str:
        return self.text

    @classmethod
    def parse(cls, text: str) -> Reason:
        """A reason read back from its text (JSON): the rule and value its first words name ("F3 1: ...")."""
        m = _REASON_HEAD.match(text)
        if m is None:
            return cls("note", text)
        value = m.group(2)
        return cls(m.group(1), text, int(value) if value and value.isdigit() else value)


_REASON_HEAD = re.compile(r"([A-Z]\d)(?: (present|missing|\d+):)?")


@dataclass(frozen=True, slots=True)
class ClaimAssessment:
    """The sourcing assessment of one claim (docs/scoring.md)."""

    score: float
    source_grade: str  # A-E, F when nothing can be judged
    support_grade: int  # 1-6
    features: Mapping[str, Any] = field(default_factory=dict)
    reasons: tuple[Reason, ...] = ()
    summary: str = ""  # the grades in words: "Source E (very weak source): ... Support 5: contradicted by ..."


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation: who (sources), how (cues), what (content fragments).

    ``sources`` is empty for agentless attributions ("reportedly", "it was reported that").
    ``contents`` is a tuple because quotes are often split around the cue.
    """

    id: str
    cues: tuple[Span, ...]
    contents: tuple[Span, ...]
    sources: tuple[Span, ...] = ()
    kind: Kind = Kind.INDIRECT
    confidence: float = 1.0
    source_entity: str | None = None
    claim_type: str | None = None
    note: str | None = None
    assessment: ClaimAssessment | None = None
    origin: str | None = None  # the pipeline stage that made or last changed its spans
    relation: str | None = None  # the act reported: assertion, belief, intention, ... (claims.relations)
    is_claim: bool | None = None  # an assertion the article relays; None when no stage has judged
    within: str | None = None  # the id of the attribution whose content holds this one

    @property
    def claim(self) -> bool:
        """True unless a stage judged it not a claim (a belief, wish, naming, action, ...)."""
        return self.is_claim is not False

    def spans(self) -> Iterable[tuple[Role, Span]]:
        """All spans of the attribution with their roles."""
        for role, spans in ((Role.SOURCE, self.sources), (Role.CUE, self.cues), (Role.CONTENT, self.contents)):
            for span in spans:
                yield role, span


@dataclass(frozen=True, slots=True)
class SourceEntity:
    """One source, joined across its mentions, with its type and flags."""

    id: str
    name: str
    mentions: tuple[Span, ...] = ()
    type: str = "unknown"
    named: bool = True
    relayed_by: tuple[Span, ...] = ()
    note: str | None = None
    identifiability: int = 0  # 0-4, docs/sources.md
    side: str | None = None  # the party or interest it speaks for, when the article makes it clear
    second_hand: bool = False  # known only through the outlet in relayed_by
    affiliation: Span | None = None  # the named body an anonymous source speaks for ("a GE spokesman")


@dataclass(frozen=True, slots=True)
class Unattributed:
    """A check-worthy statement made with no attribution."""

    span: Span
    claim_type: str | None = None
    assessment: ClaimAssessment | None = None
    checkworthiness: float | None = None  # the classifier's probability that it is a check-worthy claim


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The article-level sourcing verdict."""

    value: float
    band: str
    reasons: tuple[Reason, ...] = ()
    profile: Mapping[str, float] = field(default_factory=dict)
    warnings: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article with its attributions: a model's output or a human annotation."""

    text: str
    attributions: tuple[Attribution, ...] = ()
    sources: tuple[SourceEntity, ...] = ()
    unattributed: tuple[Unattributed, ...] = ()
    score: ArticleScore | None = None
    id: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    spans: tuple[TaggedSpan, ...] = ()  # the tagger's role spans (not serialised)

    def role_spans(self, role: Role) -> list[Span]:
        """Every span of one role, across attributions, in text order."""
        return sorted(s for a in self.attributions for r, s in a.spans() if r is role)
