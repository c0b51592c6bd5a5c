"""Fuzzing the readers: whatever the bytes, only the tool's own errors escape, and what reads back round-trips."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, TypeChecker, validators

from claims.errors import ClaimsError
from claims.formats.brat import iter_brat, parse_ann, to_ann
from claims.formats.conll import read_conll
from claims.formats.jsonl import read_jsonl, write_jsonl
from claims.rubric import RUBRIC_SCHEMA, Rubric
from claims.schema import ANALYSIS_SCHEMA, from_dict, to_dict
from claims.types import Analysis, ArticleScore, Attribution, ClaimAssessment, Reason, SourceEntity, Span, Unattributed
from claims.validation import TYPES, Schema

TEXT = "Ann Berg said the bridge would reopen in May. The union denied it."
GOOD_ANN = "T1\tSource 0 8\tAnn Berg\nT2\tCue 9 13\tsaid\nT3\tContent 14 44\tthe bridge would reopen in May\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
GOOD_JSON = json.dumps(
    {
        "text": TEXT,
        "attributions": [
            {
                "cue": [{"start": 9, "end": 13}],
                "content": [{"start": 14, "end": 44}],
                "source": [{"start": 0, "end": 8}],
            }
        ],
    }
)

# JSON values of every type, nested a little: what a careless or hostile file may hold anywhere
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "start",
                    "end",
                    "text",
                    "cue",
                    "content",
                    "source",
                    "attributions",
                    "id",
                    "kind",
                    "confidence",
                    "relation",
                    "is_claim",
                    "within",
                    "schema_version",
                    "sources",
                    "unattributed",
                    "score",
                    "mentions",
                    "assessment",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def mutated(good: str) -> st.SearchStrategy[bytes]:
    """The good file with bytes changed, cut, repeated or inserted."""
    raw = good.encode("utf-8")

    @st.composite
    def one(draw: st.DrawFn) -> bytes:
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 6))):
            op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
            i = draw(st.integers(0, max(0, len(data) - 1)))
            if op == "flip" and data:
                data[i] = draw(st.integers(0, 255))
            elif op == "cut":
                del data[i : i + draw(st.integers(1, 8))]
            elif op == "insert":
                data[i:i] = draw(
                    st.binary(max_size=8)
                    | st.sampled_from([b"\t", b"\n", b";", b" 99999999999999999999", b"true", b"-1", b"\xff"])
                )
            else:
                data[i:i] = data[i : i + draw(st.integers(1, 12))]
        return bytes(data)

    return one()


# 300 inputs per reader in the suite; CLAIMS_FUZZ_EXAMPLES=5000 for a longer run
FUZZ = settings(
    max_examples=int(os.environ.get("CLAIMS_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(mutated(GOOD_JSON))
def test_jsonl_reader(data: bytes) -> None:
    with TemporaryDirectory() as d:
        path = Path(d) / "a.jsonl"
        path.write_bytes(data)
        try:
            docs = read_jsonl(path)
        except ClaimsError:
            return
        write_jsonl(path, docs)
        assert read_jsonl(path) == docs  # what reads, writes back and reads the same


@FUZZ
@given(json_values)
def test_schema_reader_on_any_json_value(value: object) -> None:
    for doc in (
        value,
        {"text": TEXT, "attributions": value},
        {"text": TEXT, "attributions": [value]},
        {"text": TEXT, "sources": [value]},
        {"text": TEXT, "score": value},
    ):
        try:
            from_dict(doc)  # type: ignore[arg-type]
        except ClaimsError:
            pass


def _rich_document() -> dict[str, Any]:
    """A document using every part of the schema."""
    grade = ClaimAssessment(41.0, "C", 4, {"F2": 2}, (Reason.parse("F2 2: ..."),), "Source C.")
    analysis = Analysis(
        TEXT,
        (
            Attribution(
                "a1", (Span(9, 13),), (Span(14, 44),), (Span(0, 8),), confidence=0.9, source_entity="s1",
                claim_type="prediction", assessment=grade, origin="link", relation="assertion", is_claim=True,
            ),
            Attribution("a2", (Span(56, 62),), (Span(63, 65),), (Span(46, 55),), within="a1", note="n"),
        ),
        (SourceEntity("s1", "Ann Berg", (Span(0, 8),), "named_person", affiliation=Span(46, 55), side="x"),),
        (Unattributed(Span(14, 44), "event", grade, 0.5),),
        ArticleScore(41.5, "thinly sourced", (Reason.parse("r1"),), {"A1": 0.5}, (Reason.parse("w1"),)),
        id="doc",
        meta={"outlet": "x"},
    )  # fmt: skip
    return to_dict(analysis)


def _rich_rubric() -> dict[str, Any]:
    data = Rubric.default().data
    return {key: data[key] for key in ("caps", "corroboration", "bands", "hedges", "pronouns", "parties")}


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, the value itself first."""
    out = [at]
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        out += _paths(child, (*at, key))
    return out


def _replaced(doc: Any, path: tuple[Any, ...], value: object, delete: bool) -> Any:
    """``doc`` with the place ``path`` set to ``value``, or removed."""
    if not path:
        return value
    doc = copy.deepcopy(doc)
    node = doc
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


RICH = {"analysis": (ANALYSIS_SCHEMA, _rich_document()), "rubric": (RUBRIC_SCHEMA, _rich_rubric())}


def _reference(schema: Schema) -> Any:
    """Stock jsonschema (every keyword its own) with the JSON types of claims.validation."""
    checker = TypeChecker({name: (lambda _checker, x, is_type=f: is_type(x)) for name, f in TYPES.items()})
    return validators.extend(Draft202012Validator, type_checker=checker)(schema.schema)


REFERENCE = {name: _reference(schema) for name, (schema, _) in RICH.items()}


@FUZZ
@given(st.sampled_from(sorted(RICH)), st.data(), json_values, st.booleans())
def test_our_validator_agrees_with_stock_jsonschema(
    name: str, data: st.DataObject, value: object, delete: bool
) -> None:
    """A good document with one place replaced by any JSON value, or removed: our validator (jsonschema with JSON's
    types) and stock jsonschema agree on the verdict and find the same first error."""
    schema, good = RICH[name]
    assert schema.check(good)
    doc = _replaced(good, data.draw(st.sampled_from(_paths(good))), value, delete)
    first = next(REFERENCE[name].iter_errors(doc), None)
    assert schema.check(doc) == (first is None)
    ours = next(schema.validator.iter_errors(doc), None)
    assert (ours and (list(ours.absolute_path), ours.message)) == (first and (list(first.absolute_path), first.message))


def test_every_keyword_of_json_schema_applies() -> None:
    schema = Schema("test", {"type": "object", "not": {"required": ["x"]}})
    assert schema.check({}) and schema.problem({}) is None
    assert not schema.check({"x": 1}) and schema.problem({"x": 1}) is not None


@FUZZ
@given(mutated(GOOD_ANN))
def test_brat_reader(data: bytes) -> None:
    with TemporaryDirectory() as d:
        root = Path(d)
        (root / "a.txt").write_text(TEXT, encoding="utf-8")
        (root / "a.ann").write_bytes(data)
        try:
            docs = list(iter_brat(root))
        except ClaimsError:
            return
        for doc in docs:
            again = parse_ann(to_ann(doc), doc.text)
            assert [(a.cues, a.contents, a.sources) for a in again.attributions] == [
                (a.cues, a.contents, a.sources) for a in doc.attributions
            ]


@FUZZ
@given(mutated("filename\tannotator\na\tx\n"), mutated(TEXT))
def test_brat_metadata_and_text(metadata: bytes, text: bytes) -> None:
    with TemporaryDirectory() as d:
        root = Path(d)
        (root / "a.txt").write_bytes(text)
        (root / "a_x.ann").write_text("", encoding="utf-8")
        (root / "metadata.tsv").write_bytes(metadata)
        try:
            list(iter_brat(root))
        except ClaimsError:
            pass


@FUZZ
@given(mutated("Ann\tB-SOURCE\nsaid\tB-CUE\nhi\tB-CONTENT\n\nBo\tO\n"))
def test_conll_reader(data: bytes) -> None:
    with TemporaryDirectory() as d:
        path = Path(d) / "a.conll"
        path.write_bytes(data)
        try:
            read_conll(path)
        except ClaimsError:
            pass


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            ["hedges", "speech_cues", "assertion_cues", "weights", "bands", "rule_confidence", "no_such_key"]
        ),
        json_values,
        max_size=3,
    )
)
def test_rubric_reader(user: dict[str, object]) -> None:
    with TemporaryDirectory() as d:
        path = Path(d) / "rubric.json"
        path.write_text(json.dumps(user), encoding="utf-8")
        try:
            rubric = Rubric.load(path)
        except ClaimsError:
            return
        from claims.scoring.weights import weights_of

        try:
            weights_of(rubric)
            rubric.pattern("hedges")
        except ClaimsError:
            pass
