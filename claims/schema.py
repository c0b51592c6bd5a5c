"""The documented JSON form of an :class:`~claims.types.Analysis` (docs/data-format.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from claims.errors import SchemaError
from claims.types import (
    RELATIONS,
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


_MISSING: Any = object()


def _show(value: Any) -> str:
    """A short rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _at(where: str, key: str) -> str:
    """The place of ``key`` inside ``where`` (``attributions[0].confidence``; a top-level key alone)."""
    return f"{where}.{key}" if where else key


def _get(obj: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> Any:
    """``obj[key]``, or ``default`` when absent; a missing required key is a :class:`SchemaError`."""
    if key in obj:
        return obj[key]
    if default is _MISSING:
        raise SchemaError(f"{where}: missing {key!r}")
    return default


def _number(obj: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> float:
    value = _get(obj, key, where, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SchemaError(f"{_at(where, key)}: expected a number, got {_show(value)}")
    return float(value)


def _integer(obj: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> int:
    value = _get(obj, key, where, default)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SchemaError(f"{_at(where, key)}: expected an integer, got {_show(value)}")
    return value


def _flag(obj: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    value = _get(obj, key, where, default)
    if not isinstance(value, bool):
        raise SchemaError(f"{_at(where, key)}: expected true or false, got {_show(value)}")
    return value


def _string(obj: Mapping[str, Any], key: str, where: str, default: Any = _MISSING) -> str:
    """A string; a number is accepted and turned into one (ids, names)."""
    value = _get(obj, key, where, default)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise SchemaError(f"{_at(where, key)}: expected a string, got {_show(value)}")
    return str(value)


def _optional_string(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise SchemaError(f"{_at(where, key)}: expected a string or null, got {_show(value)}")
    return value


def _strings(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A list of strings; absent or null is empty."""
    value = obj.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaError(f"{_at(where, key)}: expected a list of strings, got {_show(value)}")
    return tuple(value)


def _object(obj: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    """A JSON object as a dict; absent or null is empty."""
    value = obj.get(key)
    if value is None:
        return {}
    return dict(_record(value, _at(where, key)))


def _items(obj: Mapping[str, Any], key: str) -> list[Any]:
    """A top-level JSON array; absent or null is empty."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise SchemaError(f"{key}: expected a list, got {_show(value)}")
    return value


def _record(value: Any, where: str) -> Mapping[str, Any]:
    """``value`` when it is a JSON object, else a :class:`SchemaError` at ``where``."""
    if not isinstance(value, Mapping):
        raise SchemaError(f"{where}: expected an object, got {_show(value)}")
    return value


def _assessment(obj: Any, where: str) -> ClaimAssessment | None:
    if obj is None:
        return None
    obj = _record(obj, where)
    return ClaimAssessment(
        score=_number(obj, "score", where),
        source_grade=_string(obj, "source_grade", where),
        support_grade=_integer(obj, "support_grade", where),
        features=_object(obj, "features", where),
        reasons=tuple(Reason.parse(r) for r in _strings(obj, "reasons", where)),
        summary=_string(obj, "summary", where, ""),
    )


def _span(obj: Any, text: str, where: str) -> Span:
    if not isinstance(obj, Mapping) or not _is_int(obj.get("start")) or not _is_int(obj.get("end")):
        raise SchemaError(f"{where}: a span needs integer 'start' and 'end'")
    start, end = obj["start"], obj["end"]
    if not 0 <= start <= end <= len(text):
        raise SchemaError(f"{where}: span [{start}, {end}) lies outside the text (length {len(text)})")
    if start == end:
        raise SchemaError(f"{where}: span [{start}, {end}) is empty (a span covers at least one character)")
    span = Span(start, end)
    if "text" in obj and obj["text"] != span.of(text):
        raise SchemaError(
            f"{where}: span text {obj['text']!r} does not match the text at [{start}, {end}): {span.of(text)!r}"
        )
    return span


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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


def _attribution(obj: Any, text: str, i: int) -> Attribution:
    """``attributions[i]``; unknown keys are ignored."""
    where = f"attributions[{i}]"
    a = _record(obj, where)
    return Attribution(
        id=_string(a, "id", where, f"a{i + 1}"),
        sources=_spans(a.get("source"), text, f"{where}.source"),
        cues=_spans(a.get("cue"), text, f"{where}.cue"),
        contents=_spans(a.get("content"), text, f"{where}.content"),
        kind=_enum(Kind, a.get("kind", Kind.INDIRECT.value), f"{where}.kind"),
        confidence=_number(a, "confidence", where, 1.0),
        source_entity=_optional_string(a, "source_entity", where),
        claim_type=_optional_string(a, "claim_type", where),
        note=_optional_string(a, "note", where),
        assessment=_assessment(a.get("assessment"), f"{where}.assessment"),
        origin=_optional_string(a, "origin", where),
        relation=_relation(a, where),
        is_claim=None if a.get("is_claim") is None else _flag(a, "is_claim", where, True),
        within=_optional_string(a, "within", where),
    )


def _relation(a: Mapping[str, Any], where: str) -> str | None:
    value = _optional_string(a, "relation", where)
    if value is not None and value not in RELATIONS:
        raise SchemaError(f"{_at(where, 'relation')}: expected one of {', '.join(RELATIONS)}, got {_show(value)}")
    return value


def _source(obj: Any, text: str, i: int) -> SourceEntity:
    """``sources[i]``: an object with an ``id``."""
    where = f"sources[{i}]"
    e = _record(obj, where)
    return SourceEntity(
        id=_string(e, "id", where),
        name=_string(e, "name", where, ""),
        mentions=_spans(e.get("mentions"), text, f"{where}.mentions"),
        type=_string(e, "type", where, "unknown"),
        named=_flag(e, "named", where, True),
        relayed_by=_spans(e.get("relayed_by"), text, f"{where}.relayed_by"),
        note=_optional_string(e, "note", where),
        identifiability=_integer(e, "identifiability", where, 0),
        side=_optional_string(e, "side", where),
        second_hand=_flag(e, "second_hand", where, False),
        affiliation=_span(e["affiliation"], text, f"{where}.affiliation") if e.get("affiliation") is not None else None,
    )


def _unattributed(obj: Any, text: str, i: int) -> Unattributed:
    where = f"unattributed[{i}]"
    u = _record(obj, where)
    return Unattributed(
        span=_span(u, text, where),
        claim_type=_optional_string(u, "claim_type", where),
        assessment=_assessment(u.get("assessment"), f"{where}.assessment"),
        checkworthiness=_probability(u, "checkworthiness", where),
    )


def _probability(obj: Mapping[str, Any], key: str, where: str) -> float | None:
    """An optional number from 0 to 1."""
    if obj.get(key) is None:
        return None
    value = _number(obj, key, where)
    if not 0.0 <= value <= 1.0:
        raise SchemaError(f"{_at(where, key)}: expected a probability from 0 to 1, got {_show(value)}")
    return value


def _score(obj: Any) -> ArticleScore | None:
    if obj is None:
        return None
    s = _record(obj, "score")
    return ArticleScore(
        value=_number(s, "value", "score"),
        band=_string(s, "band", "score"),
        reasons=tuple(Reason.parse(r) for r in _strings(s, "reasons", "score")),
        profile=_object(s, "profile", "score"),
        warnings=tuple(Reason.parse(w) for w in _strings(s, "warnings", "score")),
    )


def _text(obj: Any) -> str:
    """Check the envelope (an object of a supported schema version) and return its text."""
    if not isinstance(obj, Mapping):
        raise SchemaError("expected a JSON object")
    version = obj.get("schema_version", SCHEMA_VERSION)
    if str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SchemaError(f"schema_version {version!r} is not supported (this is {SCHEMA_VERSION})")
    text = obj.get("text")
    if not isinstance(text, str):
        raise SchemaError("'text' must be a string")
    lone = _LONE_SURROGATE.search(text)
    if lone is not None:
        raise SchemaError(
            f"'text' holds a lone surrogate (\\u{ord(lone.group()):04x}) at {lone.start()}: not valid Unicode"
        )
    return text


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def from_dict(obj: Mapping[str, Any]) -> Analysis:
    """Parse the JSON form; raises :class:`SchemaError` saying what is wrong and where."""
    text = _text(obj)
    attributions = tuple(_attribution(a, text, i) for i, a in enumerate(_items(obj, "attributions")))
    sources = tuple(_source(e, text, i) for i, e in enumerate(_items(obj, "sources")))
    known = {e.id for e in sources}
    for i, a in enumerate(attributions):
        if a.source_entity is not None and sources and a.source_entity not in known:
            raise SchemaError(f"attributions[{i}].source_entity: no source with id {a.source_entity!r}")
    return Analysis(
        text=text,
        attributions=attributions,
        sources=sources,
        unattributed=tuple(_unattributed(u, text, i) for i, u in enumerate(_items(obj, "unattributed"))),
        score=_score(obj.get("score")),
        id=_optional_string(obj, "id", ""),
        meta=_object(obj, "meta", ""),
    )
