"""The data model: small frozen dataclasses with exact character offsets.

Every offset indexes the article text exactly as read with ``newline=""``; ``end`` is
exclusive, so ``text[span.start:span.end]`` is the covered text. Spans do not store their
text: it is derived from the article when serialised, and checked when read back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from claims.errors import SchemaError

SCHEMA_VERSION = "1.0"


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

    @property
    def has_source(self) -> bool:
        """False for agentless (no-source) attributions."""
        return bool(self.sources)

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

    @property
    def anonymous(self) -> bool:
        """The opposite of ``named``."""
        return not self.named


@dataclass(frozen=True, slots=True)
class Unattributed:
    """A check-worthy statement made with no attribution."""

    span: Span
    claim_type: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The article-level sourcing verdict."""

    value: float
    band: str
    reasons: tuple[str, ...] = ()


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

    def role_spans(self, role: Role) -> list[Span]:
        """Every span of one role, across attributions, in text order."""
        return sorted(s for a in self.attributions for r, s in a.spans() if r is role)

    def with_attributions(self, attributions: Sequence[Attribution]) -> Analysis:
        """A copy with other attributions."""
        return replace(self, attributions=tuple(attributions))


# --- JSON -----------------------------------------------------------------------------


def span_to_dict(span: Span, text: str) -> dict[str, Any]:
    """``{"start", "end", "text"}`` for one span."""
    return {"start": span.start, "end": span.end, "text": span.of(text)}


def _spans_to_list(spans: Iterable[Span], text: str) -> list[dict[str, Any]]:
    return [span_to_dict(s, text) for s in spans]


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The documented JSON form (see docs/data-format.md)."""
    text = analysis.text
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if analysis.id is not None:
        out["id"] = analysis.id
    out["text"] = text
    out["attributions"] = [
        {
            "id": a.id,
            "source": _spans_to_list(a.sources, text),
            "cue": _spans_to_list(a.cues, text),
            "content": _spans_to_list(a.contents, text),
            "kind": a.kind.value,
            "confidence": a.confidence,
            "source_entity": a.source_entity,
            "claim_type": a.claim_type,
            **({"note": a.note} if a.note is not None else {}),
        }
        for a in analysis.attributions
    ]
    out["sources"] = [
        {
            "id": e.id,
            "name": e.name,
            "mentions": _spans_to_list(e.mentions, text),
            "type": e.type,
            "named": e.named,
            "relayed_by": _spans_to_list(e.relayed_by, text),
            "second_hand": e.second_hand,
            "identifiability": e.identifiability,
            "side": e.side,
            **({"note": e.note} if e.note is not None else {}),
        }
        for e in analysis.sources
    ]
    out["unattributed"] = [{**span_to_dict(u.span, text), "claim_type": u.claim_type} for u in analysis.unattributed]
    if analysis.score is not None:
        s = analysis.score
        out["score"] = {"value": s.value, "band": s.band, "reasons": list(s.reasons)}
    if analysis.meta:
        out["meta"] = dict(analysis.meta)
    return out


def _span(obj: Any, text: str, where: str) -> Span:
    if not isinstance(obj, Mapping) or not isinstance(obj.get("start"), int) or not isinstance(obj.get("end"), int):
        raise SchemaError(f"{where}: a span needs integer 'start' and 'end'")
    start, end = obj["start"], obj["end"]
    if not 0 <= start <= end <= len(text):
        raise SchemaError(f"{where}: span [{start}, {end}) lies outside the text (length {len(text)})")
    span = Span(start, end)
    if "text" in obj and obj["text"] != span.of(text):
        raise SchemaError(
            f"{where}: span text {obj['text']!r} does not match the text at [{start}, {end}): {span.of(text)!r}"
        )
    return span


def _spans(obj: Any, text: str, where: str) -> tuple[Span, ...]:
    if obj is None:
        return ()
    if isinstance(obj, Mapping):  # a single span is accepted where a list is expected
        obj = [obj]
    if not isinstance(obj, list):
        raise SchemaError(f"{where}: expected a list of spans")
    return tuple(_span(o, text, f"{where}[{i}]") for i, o in enumerate(obj))


def _enum(cls: type[Kind], value: Any, where: str) -> Kind:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(k.value for k in cls)
        raise SchemaError(f"{where}: unknown value {value!r} (expected one of {allowed})") from None


def from_dict(obj: Mapping[str, Any]) -> Analysis:
    """Parse the JSON form; raises :class:`SchemaError` saying what is wrong and where."""
    if not isinstance(obj, Mapping):
        raise SchemaError("expected a JSON object")
    version = obj.get("schema_version", SCHEMA_VERSION)
    if str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SchemaError(f"schema_version {version!r} is not supported (this is {SCHEMA_VERSION})")
    text = obj.get("text")
    if not isinstance(text, str):
        raise SchemaError("'text' must be a string")
    attributions = []
    for i, a in enumerate(obj.get("attributions") or []):
        where = f"attributions[{i}]"
        if not isinstance(a, Mapping):
            raise SchemaError(f"{where}: expected an object")
        attributions.append(
            Attribution(
                id=str(a.get("id", f"a{i + 1}")),
                sources=_spans(a.get("source"), text, f"{where}.source"),
                cues=_spans(a.get("cue"), text, f"{where}.cue"),
                contents=_spans(a.get("content"), text, f"{where}.content"),
                kind=_enum(Kind, a.get("kind", Kind.INDIRECT.value), f"{where}.kind"),
                confidence=float(a.get("confidence", 1.0)),
                source_entity=a.get("source_entity"),
                claim_type=a.get("claim_type"),
                note=a.get("note"),
            )
        )
    sources = []
    for i, e in enumerate(obj.get("sources") or []):
        where = f"sources[{i}]"
        if not isinstance(e, Mapping) or "id" not in e:
            raise SchemaError(f"{where}: expected an object with an 'id'")
        sources.append(
            SourceEntity(
                id=str(e["id"]),
                name=str(e.get("name", "")),
                mentions=_spans(e.get("mentions"), text, f"{where}.mentions"),
                type=str(e.get("type", "unknown")),
                named=bool(e.get("named", True)),
                relayed_by=_spans(e.get("relayed_by"), text, f"{where}.relayed_by"),
                note=e.get("note"),
                identifiability=int(e.get("identifiability", 0)),
                side=e.get("side"),
                second_hand=bool(e.get("second_hand", False)),
            )
        )
    known = {e.id for e in sources}
    for i, a in enumerate(attributions):
        if a.source_entity is not None and sources and a.source_entity not in known:
            raise SchemaError(f"attributions[{i}].source_entity: no source with id {a.source_entity!r}")
    unattributed = tuple(
        Unattributed(span=_span(u, text, f"unattributed[{i}]"), claim_type=u.get("claim_type"))
        for i, u in enumerate(obj.get("unattributed") or [])
    )
    score = None
    if obj.get("score") is not None:
        s = obj["score"]
        score = ArticleScore(value=float(s["value"]), band=str(s["band"]), reasons=tuple(s.get("reasons", ())))
    return Analysis(
        text=text,
        attributions=tuple(attributions),
        sources=tuple(sources),
        unattributed=unattributed,
        score=score,
        id=obj.get("id"),
        meta=dict(obj.get("meta") or {}),
    )
