"""The JSON Schemas of claims/data/schemas: valid schemas, true to the data we write, and the tool's errors.

The rubric schema's ``properties`` are generated from the shipped lexicons and weights and the
dataclasses of claims.scoring.weights; after changing those, regenerate them with
``CLAIMS_RECORD_SCHEMA=1 pytest tests/test_json_schema.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any, get_type_hints

import pytest
from jsonschema import Draft202012Validator

from claims.rubric import RUBRIC_SCHEMA, Rubric, RubricError
from claims.schema import ANALYSIS_SCHEMA, from_dict
from claims.types import RELATIONS, SCHEMA_VERSION, Kind
from claims.validation import Schema

from .conftest import SEED_GOLD
from .test_golden import GOLDEN, gold_docs, plain_texts

SCHEMAS = resources.files("claims") / "data" / "schemas"
RECORD = os.environ.get("CLAIMS_RECORD_SCHEMA") == "1"


@pytest.mark.parametrize("name", ["analysis", "rubric"])
def test_the_schemas_are_valid_draft_2020_12_schemas(name: str) -> None:
    schema = Schema(name).schema
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_analysis_schema_follows_the_types() -> None:
    """The enums and the version the schema states are those of claims.types."""
    schema = ANALYSIS_SCHEMA.schema
    attribution = schema["$defs"]["attribution"]["properties"]
    assert attribution["kind"]["enum"] == [k.value for k in Kind]
    assert attribution["relation"]["enum"] == [*RELATIONS, None]
    assert f"schema version {SCHEMA_VERSION}:" in schema["description"]


def _golden_documents() -> list[tuple[str, dict[str, Any]]]:
    """Every golden output (its text put back from the inputs) and every line of the seed gold file."""
    texts = dict(plain_texts()) | {doc.id or "": doc.text for doc in gold_docs()}
    out = []
    for path in sorted(GOLDEN.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            doc = json.loads(line)
            out.append((f"{path.name}:{n}", {**doc, "text": texts[doc["id"]]}))
    for n, line in enumerate(SEED_GOLD.read_text(encoding="utf-8").splitlines(), 1):
        out.append((f"{SEED_GOLD.name}:{n}", json.loads(line)))
    return out


def test_every_golden_output_and_the_seed_gold_file_validate() -> None:
    documents = _golden_documents()
    assert len(documents) > 150
    validator = Draft202012Validator(ANALYSIS_SCHEMA.schema)
    for where, doc in documents:
        assert not list(validator.iter_errors(doc)), where  # plain jsonschema, not our wrapper
        assert ANALYSIS_SCHEMA.check(doc), f"{where}: our validator (JSON's types) refuses it"
        from_dict(doc)


def test_the_extended_types_are_json_types() -> None:
    """True is no integer, 3.0 no integer, NaN and Infinity no number; plain jsonschema agrees on the first."""
    assert not Draft202012Validator({"type": "integer"}).is_valid(True)
    base = {"text": "Ann said hi.", "attributions": [{"cue": [{"start": 4, "end": 8}]}]}
    for bad in (True, 4.0, "4", None):
        doc = json.loads(json.dumps(base))
        doc["attributions"][0]["cue"][0]["start"] = bad
        assert ANALYSIS_SCHEMA.problem(doc) == f"attributions[0].cue[0].start: expected an integer, got {bad!r}"
    for bad in (float("nan"), float("inf"), 10**400):
        doc = {**base, "attributions": [{"confidence": bad}]}
        assert (ANALYSIS_SCHEMA.problem(doc) or "").startswith("attributions[0].confidence: expected a number, got")


def rubric_properties() -> dict[str, Any]:
    """The rubric schema's ``properties``: each shipped key with the shape of its default."""
    from claims.scoring.weights import Weights

    groups = get_type_hints(Weights)
    return {key: _shape(key, value, groups) for key, value in Rubric.default().data.items()}


def _shape(key: str, value: Any, groups: dict[str, Any]) -> dict[str, Any]:
    if key == "bands":
        return {"$ref": "#/$defs/bands"}
    if key in groups:  # a weight group: exactly the fields of its dataclass
        cls, docs = groups[key], value.get("_doc", {})
        fields = get_type_hints(cls)
        return {
            "description": " ".join((cls.__doc__ or "").split()),
            "type": "object",
            "properties": {
                name: {"type": "integer" if kind is int else "number", "description": docs.get(name, "")}
                for name, kind in fields.items()
            },
            "required": list(fields),
            "patternProperties": {"^_": True},
            "additionalProperties": False,
        }
    if isinstance(value, list) and all(isinstance(w, str) for w in value):
        return {"$ref": "#/$defs/lexicon"}
    entries = [v for k, v in value.items() if not k.startswith("_")] if isinstance(value, dict) else []
    if entries and all(isinstance(v, list) for v in entries):
        return {"$ref": "#/$defs/lexicons"}
    if entries and all(isinstance(v, str) for v in entries):
        return {"$ref": "#/$defs/phrases"}
    raise AssertionError(f"rubric key {key!r}: no shape in the rubric schema fits its default; add one")


def test_the_rubric_schema_covers_every_shipped_key() -> None:
    path = Path(str(SCHEMAS / "rubric.schema.json"))
    schema = json.loads(path.read_text(encoding="utf-8"))
    expected = rubric_properties()
    if RECORD:
        schema["properties"] = expected
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert schema["properties"] == expected, "regenerate: CLAIMS_RECORD_SCHEMA=1 pytest tests/test_json_schema.py"
    assert RUBRIC_SCHEMA.problem(dict(Rubric.default().data)) is None  # the defaults obey it


def _caps(**changes: Any) -> dict[str, Any]:
    return {**Rubric.default().mapping("caps"), **changes}


def _without(group: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in group.items() if k != key}


CORROBORATION = {"min_jaccard": 0.25, "min_shared_words": 2, "min_word_chars": 4, "max_peers": 200}


@pytest.mark.parametrize(
    ("user", "message"),
    [
        ([1], "expected an object, got [1]"),
        ({"weights_typo": 1, "hedges_typo": []}, "unknown rubric keys weights_typo, hedges_typo"),
        ({"hedges": "maybe"}, "hedges: expected a list of words, got 'maybe'"),
        ({"hedges": ["perhaps", " * "]}, "hedges[1]: expected a word (a non-empty string), got ' * '"),
        ({"hedges": ["perhaps", 3]}, "hedges[1]: expected a word (a non-empty string), got 3"),
        ({"pronouns": {"person": "he"}}, "pronouns.person: expected a list of words, got 'he'"),
        ({"parties": {"rebels": 3}}, "parties.rebels: expected a string, got 3"),
        ({"caps": 25}, "caps: expected an object, got 25"),
        ({"caps": _without(_caps(), "G3_vague_anonymous")}, "caps: missing 'G3_vague_anonymous'"),
        ({"caps": _caps(G3_vague_anonymous="x")}, "caps.G3_vague_anonymous: expected a number, got 'x'"),
        ({"caps": _caps(G1_unattributed_or_agentless=True)}, "caps.G1_unattributed_or_agentless: expected a number"),
        ({"caps": _caps(G9_made_up=1)}, "caps: unknown keys G9_made_up (expected one of G1_unattributed_or_agentless,"),
        (
            {"corroboration": {**CORROBORATION, "max_peers": 1.5}},
            "corroboration.max_peers: expected an integer, got 1.5",
        ),
        ({"bands": []}, "bands: expected a non-empty list of [floor, name] pairs, got []"),
        ({"bands": [[80, "well sourced"], [0]]}, "bands[1]: expected a [floor, name] pair, got [0]"),
        ({"bands": [["high", "well sourced"]]}, "bands[0][0]: expected a number, got 'high'"),
    ],
)
def test_a_wrong_rubric_is_one_error_naming_the_key_path(tmp_path: Path, user: Any, message: str) -> None:
    path = tmp_path / "rubric.json"
    path.write_text(json.dumps(user), encoding="utf-8")
    with pytest.raises(RubricError) as error:
        Rubric.load(path)
    assert str(error.value).startswith(f"{path}: {message}")
    assert "\n" not in str(error.value)


def test_a_rubric_with_comments_and_a_whole_group_loads(tmp_path: Path) -> None:
    path = tmp_path / "rubric.json"
    user = {"_doc": "stricter caps", "caps": _caps(G3_vague_anonymous=20), "hedges": ["perhaps", "kill*"]}
    path.write_text(json.dumps(user), encoding="utf-8")
    rubric = Rubric.load(path)
    assert rubric.mapping("caps")["G3_vague_anonymous"] == 20 and "_doc" not in rubric.data


def test_an_unreadable_rubric_is_a_rubric_error(tmp_path: Path) -> None:
    path = tmp_path / "rubric.json"
    for body in (b"\xff{", b"[" * 100_000, b"{"):
        path.write_bytes(body)
        with pytest.raises(RubricError, match="cannot read the rubric"):
            Rubric.load(path)
