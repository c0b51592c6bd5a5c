"""Malformed JSON documents are a SchemaError naming the place, never a bare KeyError or TypeError."""

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claims.cli import main
from claims.errors import SchemaError
from claims.schema import from_dict, to_dict
from claims.types import Analysis, ArticleScore, Attribution, ClaimAssessment, Reason, SourceEntity, Span, Unattributed


def _document() -> dict[str, Any]:
    text = "Ann said hi. Rain fell."
    assessment = ClaimAssessment(41.0, "C", 4, {"f2": 2}, (Reason.parse("G3"),))
    analysis = Analysis(
        text,
        (Attribution("a1", cues=(Span(4, 8),), contents=(Span(9, 11),), sources=(Span(0, 3),), assessment=assessment),),
        (SourceEntity("e1", "Ann", (Span(0, 3),)),),
        (Unattributed(Span(13, 23), "event", assessment),),
        ArticleScore(41.5, "thinly sourced", (Reason.parse("r1"),), {"A1": 0.5}),
        id="doc",
    )
    return to_dict(analysis)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation setting ``value`` at a dotted path (list indices as numbers)."""

    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    *parents, last = path.split(".")

    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        del node[last]

    return mutate


def test_the_well_formed_document_parses() -> None:
    assert from_dict(_document()).score is not None


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_drop("score.value"), "score: missing 'value'"),
        (_drop("score.band"), "score: missing 'band'"),
        (_set("score", 41.5), "score: expected an object"),
        (_set("score.value", "high"), "score.value: expected a number, got 'high'"),
        (_set("score.reasons", "r1"), "score.reasons: expected a list of strings"),
        (_set("score.profile", [1]), "score.profile: expected an object"),
        (_drop("attributions.0.assessment.score"), "attributions[0].assessment: missing 'score'"),
        (_set("attributions.0.assessment", "C"), "attributions[0].assessment: expected an object"),
        (
            _set("attributions.0.assessment.support_grade", "four"),
            "attributions[0].assessment.support_grade: expected an integer",
        ),
        (_set("attributions.0.assessment.features", []), "attributions[0].assessment.features: expected an object"),
        (_set("attributions.0.confidence", "high"), "attributions[0].confidence: expected a number, got 'high'"),
        (_set("attributions.0.confidence", None), "attributions[0].confidence: expected a number, got None"),
        (_set("attributions.0.claim_type", 3), "attributions[0].claim_type: expected a string or null"),
        (_set("attributions.0", "a1"), "attributions[0]: expected an object"),
        (_set("attributions", {"a1": {}}), "attributions: expected a list"),
        (_drop("sources.0.id"), "sources[0]: missing 'id'"),
        (_set("sources.0.named", "yes"), "sources[0].named: expected true or false"),
        (_set("sources.0.identifiability", "high"), "sources[0].identifiability: expected an integer"),
        (_set("unattributed.0.assessment", 3), "unattributed[0].assessment: expected an object"),
        (_drop("unattributed.0.assessment.source_grade"), "unattributed[0].assessment: missing 'source_grade'"),
        (_set("meta", "x"), "meta: expected an object"),
        (_set("id", ["doc"]), "id: expected a string or null"),
    ],
)
def test_a_malformed_document_is_a_schema_error_naming_the_place(
    mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    doc = _document()
    mutate(doc)
    with pytest.raises(SchemaError, match=re.escape(message)):
        from_dict(doc)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_set("attributions.0.cue.0.start", "x"), "attributions[0].cue[0].start: expected an integer, got 'x'"),
        (_set("attributions.0.cue.0.start", True), "attributions[0].cue[0].start: expected an integer, got True"),
        (_set("attributions.0.cue.0.start", 4.0), "attributions[0].cue[0].start: expected an integer, got 4.0"),
        (_set("attributions.0.cue.0.start", -1), "attributions[0].cue[0].start: expected at least 0, got -1"),
        (
            _drop("attributions.0.cue.0.start"),
            "attributions[0].cue[0]: missing 'start' (expected a span with integer 'start' and 'end')",
        ),
        (_set("attributions.0.cue", 3), "attributions[0].cue: expected a list of spans, got 3"),
        (
            _set("attributions.0.cue.0", "said"),
            "attributions[0].cue[0]: expected a span with integer 'start' and 'end', got 'said'",
        ),
        (
            _set("attributions.0.cue.0.end", 99),
            "attributions[0].cue[0]: span [4, 99) lies outside the text (length 23)",
        ),
        (
            _set("attributions.0.cue.0.text", "says"),
            "attributions[0].cue[0]: span text 'says' does not match the text at [4, 8): 'said'",
        ),
        (
            _set("attributions.0.kind", "shouted"),
            "attributions[0].kind: unknown value 'shouted' (expected one of direct, indirect, mixed)",
        ),
        (
            _set("attributions.0.relation", "gossip"),
            "attributions[0].relation: unknown value 'gossip' (expected one of assertion, belief, intention, naming,"
            " action, perception, question, null)",
        ),
        (_set("attributions.0.is_claim", "yes"), "attributions[0].is_claim: expected true, false or null, got 'yes'"),
        (_set("attributions.0.confidence", float("nan")), "attributions[0].confidence: expected a number, got nan"),
        (_set("attributions.0.source_entity", "e9"), "attributions[0].source_entity: no source with id 'e9'"),
        (_set("attributions.0.within", "a9"), "attributions[0].within: no attribution with id 'a9'"),
        (_set("sources.0.affiliation", 3), "sources[0].affiliation: expected a span or null, got 3"),
        (_set("sources.0.name", None), "sources[0].name: expected a string or a number, got None"),
        (
            _set("unattributed.0.checkworthiness", 1.5),
            "unattributed[0].checkworthiness: expected a probability from 0 to 1, got 1.5",
        ),
        (_set("score.warnings", ["w1", 2]), "score.warnings[1]: expected a string, got 2"),
        (_drop("text"), "missing 'text'"),
        (_set("schema_version", "2.0"), "schema_version '2.0' is not supported (this is 1.5)"),
        # several errors: the first in the schema's order of keys (the order we write them) is reported
        (
            lambda d: d["score"].update(value="x") or d["attributions"][0].update(kind=1, confidence="y"),
            "attributions[0].kind: unknown value 1 (expected one of direct, indirect, mixed)",
        ),
    ],
)
def test_the_message_is_one_line_naming_the_json_path(mutate: Callable[[dict[str, Any]], None], message: str) -> None:
    doc = _document()
    mutate(doc)
    with pytest.raises(SchemaError) as error:
        from_dict(doc)
    assert str(error.value) == message


def test_a_document_that_is_no_object_is_named() -> None:
    with pytest.raises(SchemaError, match=r"^expected an object, got \[1\]$"):
        from_dict([1])  # type: ignore[arg-type]


def test_unknown_keys_are_ignored() -> None:
    doc = _document()
    doc["attributions"][0]["later_key"] = {"any": "thing"}
    doc["extra"] = 1
    assert from_dict(doc) == from_dict(_document())


def test_convert_reports_a_missing_field_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _document()
    del doc["attributions"][0]["assessment"]["score"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_document()) + "\n" + json.dumps(doc) + "\n", encoding="utf-8")
    code = main(["convert", str(bad), str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0
    assert f"{bad}:2" in err and "attributions[0].assessment: missing 'score'" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_an_empty_span_is_refused_and_never_written() -> None:
    from claims.pipeline import Analyzer, Pipeline, Stage
    from claims.pipeline.stage import Context
    from claims.schema import from_dict, to_dict
    from claims.types import Analysis, Attribution, Span

    doc = {
        "text": "Ann said hi.",
        "attributions": [{"cue": [{"start": 4, "end": 8}], "content": [{"start": 9, "end": 9}]}],
    }
    with pytest.raises(SchemaError, match="empty"):
        from_dict(doc)

    def careless(analysis: Analysis, ctx: Context) -> Analysis:
        bad = Attribution("x1", cues=(Span(4, 8),), contents=(Span(9, 11), Span(11, 11)), sources=(Span(0, 0),))
        gone = Attribution("x2", cues=(Span(3, 3),), contents=(Span(12, 12),))
        return Analysis(analysis.text, (bad, gone))

    out = Analyzer(Pipeline([Stage("careless", run=careless, sets=frozenset({"attributions"}))])).analyze(
        "Ann said hi."
    )
    assert [(a.cues, a.contents, a.sources) for a in out.attributions] == [((Span(4, 8),), (Span(9, 11),), ())]
    assert from_dict(to_dict(out)) == out


def test_a_lone_surrogate_in_the_text_is_refused_on_reading() -> None:
    from claims.schema import from_dict

    with pytest.raises(SchemaError, match="lone surrogate"):
        from_dict(json.loads('{"text": "Ann said \\ud800 hi.", "attributions": []}'))


def test_jsonl_with_a_bom_reads_and_bad_bytes_or_deep_nesting_are_named(tmp_path: Path) -> None:
    from claims.errors import AnnotationError
    from claims.formats.jsonl import read_jsonl

    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "Ann said hi.", "attributions": []}\n')
    assert read_jsonl(path)[0].text == "Ann said hi."
    path.write_bytes(b'{"text": "ok", "attributions": []}\n{"text": "caf\xe9"}\n')
    with pytest.raises(AnnotationError, match=r"a.jsonl:2: not valid UTF-8"):
        read_jsonl(path)
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match="not valid JSON"):
        read_jsonl(path)
