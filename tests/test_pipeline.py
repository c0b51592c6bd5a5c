"""The pipeline: declared order refused when broken, stages excluded, added and replaced."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path

import pytest

from claims.cli import main
from claims.errors import PipelineError
from claims.pipeline import STAGES, Analyzer, Context, Stage, build, default_spec, read_spec
from claims.pipeline.config import PipelineSpec
from claims.rubric import Rubric
from claims.tagger.stage import gold_spans_stage, no_spans_stage
from claims.types import Analysis

from .conftest import ROOT
from .markup import parse

NO_TAGGER = {"tagger": no_spans_stage()}
TEXT = (
    "At least 14 people were killed in the shelling of the town on Sunday, the Free Front, the group that holds "
    "the town, said in a statement and said more attacks would follow. The figures could not be independently "
    "verified. Officials reportedly fled the city."
)


def _spec(stages: list[str]) -> PipelineSpec:
    return PipelineSpec(tuple(stages), {}, "test")


def _swapped(first: str, second: str) -> list[str]:
    names = list(default_spec().stages)
    i, j = names.index(first), names.index(second)
    names[i], names[j] = names[j], names[i]
    return names


@pytest.mark.parametrize(
    ("earlier", "later", "named"),
    [("disclosures", "trailing", "trailing"), ("closing_sources", "coordinated_sources", "coordinated_sources"),
     ("join_pieces", "drop_fragments", "drop_fragments")],
)  # fmt: skip
def test_the_three_known_reorderings_are_refused_naming_the_stage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], earlier: str, later: str, named: str
) -> None:
    path = tmp_path / "pipeline.json"
    path.write_text(json.dumps({"version": 1, "stages": _swapped(earlier, later)}), encoding="utf-8")
    with pytest.raises(PipelineError, match=f"stage '{named}' must come after '{earlier}'"):
        build(read_spec(path), replace=NO_TAGGER)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["score", "--pipeline", str(path), str(article)]) == 64
    err = capsys.readouterr().err
    assert f"'{named}'" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_missing_need_is_refused_and_names_the_stage() -> None:
    with pytest.raises(PipelineError, match="stage 'article_score' needs assessments"):
        build(default_spec(), exclude=["claim_scores"], replace=NO_TAGGER)
    with pytest.raises(PipelineError, match="stage 'link' needs spans"):
        build(default_spec(), exclude=["tagger"])


def test_unknown_stage_and_bad_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match="cannot exclude 'nope'"):
        build(default_spec(), exclude=["nope"], replace=NO_TAGGER)
    with pytest.raises(PipelineError, match="unknown stage 'hegdes'"):
        build(_spec(["tagger", "link", "hegdes"]), replace=NO_TAGGER)
    bad = tmp_path / "p.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(PipelineError, match="not valid JSON"):
        read_spec(bad)
    bad.write_text(json.dumps({"stages": ["link"], "order": []}), encoding="utf-8")
    with pytest.raises(PipelineError, match="unknown keys order"):
        read_spec(bad)


OPTIONAL = [n for n in default_spec().stages if n not in {"tagger", "link"}]


@pytest.mark.parametrize("name", OPTIONAL)
def test_excluding_any_optional_stage_runs_or_is_refused_by_name(name: str) -> None:
    """Every stage whose facts nothing else needs can go; the others are refused, naming who needs them."""
    try:
        pipeline = build(default_spec(), exclude=[name], replace=NO_TAGGER)
    except PipelineError as exc:
        assert "needs" in str(exc)
        return
    analysis = Analyzer(pipeline).analyze(TEXT)
    assert name not in pipeline.names
    assert all(a.origin != name for a in analysis.attributions)


def test_excluding_a_rule_changes_only_what_it_found() -> None:
    full = Analyzer(build(default_spec(), replace=NO_TAGGER)).analyze(TEXT)
    without = Analyzer(build(default_spec(), exclude=["hedges"], replace=NO_TAGGER)).analyze(TEXT)
    hedged = [a for a in full.attributions if a.origin == "hedges"]
    assert hedged and [a.cues[0].of(TEXT) for a in hedged] == ["reportedly"]
    assert not [a for a in without.attributions if a.origin == "hedges"]


def test_a_user_stage_runs_where_it_is_asked() -> None:
    seen: list[list[str]] = []

    def spy(analysis: Analysis, ctx: Context) -> Analysis:
        seen.append([a.origin or "" for a in analysis.attributions])
        return replace(analysis, meta={**analysis.meta, "spied": len(analysis.attributions)})

    stage = Stage("spy", run=spy, needs=frozenset({"attributions"}))
    base = build(default_spec(), replace=NO_TAGGER)
    early = base.with_stage(stage, after="link")
    late = base.with_stage(stage, before="article_score")
    assert early.names[early.names.index("link") + 1] == "spy"
    Analyzer(early).analyze(TEXT)
    result = Analyzer(late).analyze(TEXT)
    assert seen[0] == [] and "hedges" in seen[1]  # right after link nothing (no tagger); late, the rules' finds
    assert result.meta["spied"] == len(result.attributions) and result.score is not None
    with pytest.raises(PipelineError, match="needs attributions"):
        base.with_stage(stage, before="link")


def test_replacing_the_tagger_with_gold_spans_links_the_annotation() -> None:
    doc = parse("{S1 The mayor} {C1 said} {Q1 the bridge would reopen in May}.")
    pipeline = build(default_spec(), replace={"tagger": gold_spans_stage([doc])})
    out = Analyzer(pipeline).analyze(doc.text)
    assert [(a.sources[0].of(doc.text), a.cues[0].of(doc.text), a.origin) for a in out.attributions] == [
        ("The mayor", "said", "link")
    ]
    assert pipeline.names[0] == "gold_spans" and "tagger" not in pipeline.names


def test_pipeline_is_immutable_and_checked_on_every_edit() -> None:
    base = build(default_spec(), replace=NO_TAGGER)
    smaller = base.without("documents")
    assert "documents" in base.names and "documents" not in smaller.names
    with pytest.raises(PipelineError, match="appears twice"):
        base.with_stage(base.get("hedges"), after="link")
    assert not hasattr(base, "__dict__")


def test_the_rubric_reaches_the_rules() -> None:
    """A user rubric that empties a rule's verbs switches the rule off (the rules read the analysis rubric)."""
    text = "The bridge over the river will close for repairs in May, two engineers briefed on the plans said."
    pipeline = build(default_spec(), replace=NO_TAGGER)
    default = Analyzer(pipeline).analyze(text)
    assert [a.origin for a in default.attributions] == ["trailing"]
    muted = Rubric({**Rubric.default().data, "trailing_verbs": []})
    assert Analyzer(pipeline, muted).analyze(text).attributions == ()


def test_unknown_lexicon_key_is_an_error() -> None:
    with pytest.raises(Exception, match="no lexicon or weight 'speech_verbz'"):
        Rubric.default().words("speech_verbz")


def _keys_used_in_code() -> set[str]:
    """Lexicon keys named in code: rubric calls with a literal key, and ``%(key)s`` slots of templates."""
    import re

    used: set[str] = set()
    calls = {"words", "entries", "pattern", "alternation", "words_in", "mapping", "found", "_found", "has", "_has"}
    for path in (ROOT / "claims").rglob("*.py"):
        if path.name == "rubric.py":
            continue  # the mechanism itself (its docstrings name placeholder keys)
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"%\((\w+)\)s", source))
        used |= {"parties"} if re.search(r"rubric\.parties\b", source) else set()  # Rubric.parties reads that key
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                args = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if name in calls and args:
                    used.add(str(args[0].value))
    return used


def test_every_lexicon_key_in_the_data_is_used_and_every_key_used_exists() -> None:
    lexicons: set[str] = set()
    for path in (ROOT / "claims" / "data" / "lexicons").glob("*.json"):
        lexicons |= {k for k in json.loads(path.read_text(encoding="utf-8")) if not k.startswith("_")}
    used = _keys_used_in_code()
    data = set(Rubric.default().data)
    assert sorted(lexicons - used) == [], "lexicons nobody reads"
    assert sorted(k for k in used if k not in data and k not in {"stages", "settings", "version"}) == []


def test_default_pipeline_file_names_only_registered_stages() -> None:
    assert set(default_spec().stages) <= set(STAGES)


def test_the_timer_hears_every_stage_of_every_chunk() -> None:
    analyzer = Analyzer(build(default_spec(), replace={"tagger": no_spans_stage()}))
    heard: list[tuple[str, float]] = []
    texts = ["The mayor said the bridge is safe.", "Rain fell.", "Police said two people were hurt."]
    out = list(analyzer.analyze_many(texts, timer=lambda name, seconds: heard.append((name, seconds))))
    assert len(out) == 3
    assert [name for name, _ in heard] == list(analyzer.pipeline.names)  # three articles: one chunk
    assert all(seconds >= 0 for _, seconds in heard)


def test_the_tagger_stride_setting_is_checked_and_reaches_the_windows(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims.pipeline.registry import make

    window = json.loads((tiny_model / "config.json").read_text())["claims_window"]
    for bad in (-1, window, True, "8", 2.0):
        with pytest.raises(PipelineError, match="stride must be an integer"):
            make("tagger", {"model": str(tiny_model), "stride": bad})
    text = "Officials said the bridge would reopen in May. " * 40
    seen: list[int] = []
    import claims.tagger.predict as predict
    from claims.tagger.encode import Window, windows

    real = windows

    def spy(n: int, size: int, stride: int) -> list[Window]:
        seen.append(stride)
        return real(n, size, stride)

    monkeypatch.setattr(predict, "windows", spy)
    stage = make("tagger", {"model": str(tiny_model), "stride": 0})
    assert stage.run_batch is not None
    stage.run_batch([Analysis(text=text)], [Context(text, Rubric.default())], None)
    assert seen == [0]
