"""The documented JSON form of an :class:`~claims.types.Analysis` (docs/data-format.md).

Its shape is ``claims/data/schemas/analysis.schema.json`` (checked by :mod:`claims.validation`);
:func:`from_dict` checks by hand only what a schema cannot say, and then trusts the shape.
"""

from __future__ import annotations

import re
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
    Reason,
    SourceEntity,
    Span,
    Unattributed,
)
from claims.validation import Schema


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
            **({"relation": a.relation} if a.relation is not None else {}),
            **({"is_claim": a.is_claim} if a.is_claim is not None else {}),
            **({"within": a.within} if a.within is not None else {}),
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
            **({"affiliation": span_to_dict(e.affiliation, text)} if e.affiliation is not None else {}),
            **({"note": e.note} if e.note is not None else {}),
        }
        for e in analysis.sources
    ]
    out["unattributed"] = [
        {
            **span_to_dict(u.span, text),
            "claim_type": u.claim_type,
            **({"checkworthiness": u.checkworthiness} if u.checkworthiness is not None else {}),
            **({"assessment": _assessment_dict(u.assessment)} if u.assessment is not None else {}),
        }
        for u in analysis.unattributed
    ]
    if analysis.score is not None:
        s = analysis.score
        out["score"] = {
            "value": s.value,
            "band": s.band,
            "reasons": [str(r) for r in s.reasons],
            "profile": dict(s.profile),
            "warnings": [str(w) for w in s.warnings],
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
        "reasons": [str(r) for r in a.reasons],
        **({"summary": a.summary} if a.summary else {}),
    }


ANALYSIS_SCHEMA = Schema("analysis")
"""``claims/data/schemas/analysis.schema.json``, its validator built once."""

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def from_dict(obj: Mapping[str, Any]) -> Analysis:
    """Parse the JSON form; raises :class:`SchemaError` saying what is wrong and where.

    The major version is checked first (another major version may have another shape), then the
    schema, then by hand what a schema cannot say: the text is valid Unicode, every span lies
    inside it and matches it, and the ids an attribution names exist.
    """
    _check_version(obj)
    problem = ANALYSIS_SCHEMA.problem(obj)
    if problem is not None:
        raise SchemaError(problem)
    text: str = obj["text"]
    lone = _LONE_SURROGATE.search(text)
    if lone is not None:
        raise SchemaError(
            f"'text' holds a lone surrogate (\\u{ord(lone.group()):04x}) at {lone.start()}: not valid Unicode"
        )
    attributions = tuple(_attribution(a, text, i) for i, a in enumerate(obj.get("attributions") or ()))
    sources = tuple(_source(e, text, i) for i, e in enumerate(obj.get("sources") or ()))
    _check_references(attributions, sources)
    score = obj.get("score")
    return Analysis(
        text=text,
        attributions=attributions,
        sources=sources,
        unattributed=tuple(_unattributed(u, text, i) for i, u in enumerate(obj.get("unattributed") or ())),
        score=None if score is None else _score(score),
        id=obj.get("id"),
        meta=dict(obj.get("meta") or {}),
    )


def _check_version(obj: Any) -> None:
    version = obj.get("schema_version", SCHEMA_VERSION) if isinstance(obj, Mapping) else SCHEMA_VERSION
    if str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SchemaError(f"schema_version {version!r} is not supported (this is {SCHEMA_VERSION})")


def _check_references(attributions: tuple[Attribution, ...], sources: tuple[SourceEntity, ...]) -> None:
    """Each ``source_entity`` names a source (when the document lists any), each ``within`` an attribution."""
    known, ids = {e.id for e in sources}, {a.id for a in attributions}
    for i, a in enumerate(attributions):
        if a.source_entity is not None and sources and a.source_entity not in known:
            raise SchemaError(f"attributions[{i}].source_entity: no source with id {a.source_entity!r}")
        if a.within is not None and a.within not in ids:
            raise SchemaError(f"attributions[{i}].within: no attribution with id {a.within!r}")


def _span(obj: Mapping[str, Any], text: str, where: str) -> Span:
    """A span the schema passed (integer offsets from 0): it must lie inside the text and match it."""
    start, end = obj["start"], obj["end"]
    if not start <= end <= len(text):
        raise SchemaError(f"{where}: span [{start}, {end}) lies outside the text (length {len(text)})")
    if start == end:
        raise SchemaError(f"{where}: span [{start}, {end}) is empty (a span covers at least one character)")
    if "text" in obj and obj["text"] != text[start:end]:
        raise SchemaError(
            f"{where}: span text {obj['text']!r} does not match the text at [{start}, {end}): {text[start:end]!r}"
        )
    return Span(start, end)


def _spans(value: Any, text: str, where: str) -> tuple[Span, ...]:
    """A list of spans; a single span stands for a list of one, null for none."""
    if value is None:
        return ()
    spans = [value] if isinstance(value, Mapping) else value
    return tuple(_span(s, text, f"{where}[{i}]") for i, s in enumerate(spans))


def _name(value: Any, default: str) -> str:
    """A string the schema passed as a string or a number (ids, names), or ``default`` when absent."""
    return default if value is None else str(value)


def _reasons(value: Any) -> tuple[Reason, ...]:
    return tuple(Reason.parse(r) for r in value or ())


def _assessment(obj: Mapping[str, Any] | None) -> ClaimAssessment | None:
    if obj is None:
        return None
    return ClaimAssessment(
        score=float(obj["score"]),
        source_grade=str(obj["source_grade"]),
        support_grade=obj["support_grade"],
        features=dict(obj.get("features") or {}),
        reasons=_reasons(obj.get("reasons")),
        summary=_name(obj.get("summary"), ""),
    )


def _attribution(a: Mapping[str, Any], text: str, i: int) -> Attribution:
    """``attributions[i]``; unknown keys are ignored."""
    where = f"attributions[{i}]"
    return Attribution(
        id=_name(a.get("id"), f"a{i + 1}"),
        sources=_spans(a.get("source"), text, f"{where}.source"),
        cues=_spans(a.get("cue"), text, f"{where}.cue"),
        contents=_spans(a.get("content"), text, f"{where}.content"),
        kind=Kind(a.get("kind", Kind.INDIRECT)),
        confidence=float(a.get("confidence", 1.0)),
        source_entity=a.get("source_entity"),
        claim_type=a.get("claim_type"),
        note=a.get("note"),
        assessment=_assessment(a.get("assessment")),
        origin=a.get("origin"),
        relation=a.get("relation"),
        is_claim=a.get("is_claim"),
        within=a.get("within"),
    )


def _source(e: Mapping[str, Any], text: str, i: int) -> SourceEntity:
    """``sources[i]``: an object with an ``id``."""
    where = f"sources[{i}]"
    affiliation = e.get("affiliation")
    return SourceEntity(
        id=str(e["id"]),
        name=_name(e.get("name"), ""),
        mentions=_spans(e.get("mentions"), text, f"{where}.mentions"),
        type=_name(e.get("type"), "unknown"),
        named=e.get("named", True),
        relayed_by=_spans(e.get("relayed_by"), text, f"{where}.relayed_by"),
        note=e.get("note"),
        identifiability=e.get("identifiability", 0),
        side=e.get("side"),
        second_hand=e.get("second_hand", False),
        affiliation=None if affiliation is None else _span(affiliation, text, f"{where}.affiliation"),
    )


def _unattributed(u: Mapping[str, Any], text: str, i: int) -> Unattributed:
    checkworthiness = u.get("checkworthiness")
    return Unattributed(
        span=_span(u, text, f"unattributed[{i}]"),
        claim_type=u.get("claim_type"),
        assessment=_assessment(u.get("assessment")),
        checkworthiness=None if checkworthiness is None else float(checkworthiness),
    )


def _score(s: Mapping[str, Any]) -> ArticleScore:
    return ArticleScore(
        value=float(s["value"]),
        band=str(s["band"]),
        reasons=_reasons(s.get("reasons")),
        profile=dict(s.get("profile") or {}),
        warnings=_reasons(s.get("warnings")),
    )
