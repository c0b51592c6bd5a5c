"""The documented JSON form of an :class:`~claims.types.Analysis` (docs/data-format.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claims.errors import SchemaError
from claims.types import (
    SCHEMA_VERSION,
    Analysis,
    ArticleScore,
    Attribution,
    ClaimAssessment,
    Kind,
    SourceEntity,
    Span,
    Unattributed,
)


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
            **({"origin": a.origin} if a.origin is not None else {}),
            **({"assessment": _assessment_dict(a.assessment)} if a.assessment is not None else {}),
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
    out["unattributed"] = [
        {
            **span_to_dict(u.span, text),
            "claim_type": u.claim_type,
            **({"assessment": _assessment_dict(u.assessment)} if u.assessment is not None else {}),
        }
        for u in analysis.unattributed
    ]
    if analysis.score is not None:
        s = analysis.score
        out["score"] = {
            "value": s.value,
            "band": s.band,
            "reasons": list(s.reasons),
            "profile": dict(s.profile),
            "warnings": list(s.warnings),
        }
    if analysis.meta:
        out["meta"] = dict(analysis.meta)
    return out


def _assessment_dict(a: ClaimAssessment) -> dict[str, Any]:
    return {
        "score": a.score,
        "source_grade": a.source_grade,
        "support_grade": a.support_grade,
        "features": dict(a.features),
        "reasons": list(a.reasons),
    }


def _assessment(obj: Any) -> ClaimAssessment | None:
    if obj is None:
        return None
    return ClaimAssessment(
        score=float(obj["score"]),
        source_grade=str(obj["source_grade"]),
        support_grade=int(obj["support_grade"]),
        features=dict(obj.get("features") or {}),
        reasons=tuple(obj.get("reasons") or ()),
    )


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
                assessment=_assessment(a.get("assessment")),
                origin=a.get("origin"),
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
        Unattributed(
            span=_span(u, text, f"unattributed[{i}]"),
            claim_type=u.get("claim_type"),
            assessment=_assessment(u.get("assessment")),
        )
        for i, u in enumerate(obj.get("unattributed") or [])
    )
    score = None
    if obj.get("score") is not None:
        s = obj["score"]
        score = ArticleScore(
            value=float(s["value"]),
            band=str(s["band"]),
            reasons=tuple(s.get("reasons", ())),
            profile=dict(s.get("profile") or {}),
            warnings=tuple(s.get("warnings", ())),
        )
    return Analysis(
        text=text,
        attributions=tuple(attributions),
        sources=tuple(sources),
        unattributed=unattributed,
        score=score,
        id=obj.get("id"),
        meta=dict(obj.get("meta") or {}),
    )
