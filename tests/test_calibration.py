"""Calibrated attribution confidence: fitting, the file, the calibrate and min_confidence stages, the CLI."""

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from claims.calibration import (
    CALIBRATION_FILE,
    Calibration,
    CalibrationError,
    ConfidenceMap,
    fit,
    min_confidence_stage,
    read_calibration,
    with_min_confidence,
    write_calibration,
)
from claims.cli import main
from claims.errors import ClaimsError, PipelineError
from claims.evaluation.reliability import labelled, reliability
from claims.pipeline import Analyzer, Context, Pipeline, Stage, build, default_spec
from claims.tagger.stage import gold_spans_stage
from claims.types import Analysis

from .conftest import SEED_TXT
from .markup import parse

TWO = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe}. {S2 An official} {C2 said} {Q2 it would close soon}.")
ONE = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe}. An official said it would close soon.")
A = frozenset({"attributions"})


def synthetic(n: int = 2000, seed: int = 0) -> list[tuple[str | None, float, bool]]:
    """Tagger attributions right with probability conf**2 (over-confident); a rule at 0.6 right 30% of the time."""
    rnd = random.Random(seed)
    out: list[tuple[str | None, float, bool]] = []
    for _ in range(n):
        c = rnd.random()
        out.append(("link", c, rnd.random() < c * c))
    out += [("trailing", 0.6, rnd.random() < 0.3) for _ in range(300)]
    out += [("hedges", 0.5, i % 2 == 0) for i in range(10)]  # too few for a map of its own
    return out


def test_fit_is_monotone_and_pulls_over_confidence_to_observed_precision() -> None:
    examples = synthetic()
    cal = fit(examples, "synthetic", date="2025-01-01")
    assert set(cal.families) == {"tagger", "trailing", "hedges"} and cal.default.n == len(examples)
    assert cal.families["hedges"].method == "shrunk"  # 10 examples: its precision, shrunk toward the pool
    grid = [i / 50 for i in range(51)]
    values = [cal.apply("link", c) for c in grid]
    assert values == sorted(values) and all(0 <= v <= 1 for v in values)
    assert cal.apply("link", 0.9) == pytest.approx(0.81, abs=0.1)  # was 0.9, right 81% of the time
    assert cal.apply("join_pieces", 0.9) == cal.apply("link", 0.9)  # same family
    assert cal.apply("trailing", 0.6) == pytest.approx(0.3, abs=0.08)  # a constant gets its precision
    assert cal.apply("figures", 0.5) == round(cal.default(0.5), 4)  # never seen: the global map
    before = reliability([c for _, c, _ in examples], [ok for *_, ok in examples])
    after = reliability([cal.apply(o, c) for o, c, _ in examples], [ok for *_, ok in examples])
    assert after["ece"] < before["ece"] / 3 and after["brier"] < before["brier"]


def test_constant_confidence_alone_gets_its_empirical_precision() -> None:
    cal = fit([("hedges", 0.5, i % 4 == 0) for i in range(20)], "tiny", date="2025-01-01")
    assert cal.apply("hedges", 0.5) == 0.25 and cal.apply("hedges", 0.9) == 0.25 and cal.default(0.7) == 0.25


def test_calibration_json_round_trips(tmp_path: Path) -> None:
    cal = fit(synthetic(), "synthetic", date="2025-01-01")
    write_calibration(tmp_path, cal)
    data = json.loads((tmp_path / CALIBRATION_FILE).read_text())
    assert data["families"]["tagger"]["fitted_on"] == "synthetic" and data["default"]["date"] == "2025-01-01"
    assert read_calibration(tmp_path) == cal
    assert [p.name for p in tmp_path.iterdir()] == [CALIBRATION_FILE]  # no temporary file left
    assert read_calibration(tmp_path / "elsewhere") is None


def _doc_pipeline(doc: Analysis, model: Path | None = None, confidence: dict[str, float] | None = None) -> Pipeline:
    """The default pipeline on the annotation's own spans; ``confidence`` sets raw confidences by source text."""
    settings = {"calibrate": {"model": str(model)}} if model else {}
    pipeline = build(default_spec(), settings=settings, replace={"tagger": gold_spans_stage([doc])})
    if confidence is None:
        return pipeline

    def set_confidence(analysis: Analysis, ctx: Context) -> Analysis:
        def conf(source: str) -> float:
            return next((v for k, v in confidence.items() if k in source), 1.0)

        attributions = [
            replace(a, confidence=conf(" ".join(s.of(ctx.text) for s in a.sources))) for a in analysis.attributions
        ]
        return replace(analysis, attributions=tuple(attributions))

    return pipeline.with_stage(Stage("set_confidence", run=set_confidence, needs=A, after_facts=A), before="calibrate")


def test_the_stage_applies_the_model_calibration(tmp_path: Path) -> None:
    plain = Analyzer(_doc_pipeline(TWO, tmp_path)).analyze(TWO.text)
    assert [a.confidence for a in plain.attributions] == [1.0, 1.0]  # no calibration.json: unchanged
    m = ConfidenceMap((0.0, 1.0), (0.1, 0.7), 100, "test", "2025-01-01")
    write_calibration(tmp_path, Calibration({"tagger": m}, m))
    calibrated = Analyzer(_doc_pipeline(TWO, tmp_path)).analyze(TWO.text)
    assert [a.confidence for a in calibrated.attributions] == [0.7, 0.7]
    assert [a.origin for a in calibrated.attributions] == ["link", "link"]  # calibrating changes no span


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"version": 1, "default": {"x": [0.5, 0.1], "y": [0.2, 0.3], "n": 5, "fitted_on": "a", "date": "b"}}',
        '{"version": 1, "default": {"x": [0.1], "y": [1.5], "n": 5, "fitted_on": "a", "date": "b"}}',
        '{"version": 1, "families": [], "default": {}}',
        '{"version": 2}',
        "[]",
    ],
)
def test_a_bad_calibration_file_is_a_one_line_claims_error(tmp_path: Path, content: str) -> None:
    (tmp_path / CALIBRATION_FILE).write_text(content)
    with pytest.raises(CalibrationError) as exc:
        _doc_pipeline(TWO, tmp_path)
    assert isinstance(exc.value, ClaimsError) and exc.value.exit_code == 4
    message = str(exc.value)
    assert message.startswith(str(tmp_path / CALIBRATION_FILE)) and "\n" not in message


def test_min_confidence_drops_the_low_ones_before_scoring() -> None:
    raw = {"Maria": 0.9, "official": 0.2}
    full = Analyzer(_doc_pipeline(TWO, confidence=raw)).analyze(TWO.text)
    pipeline = with_min_confidence(_doc_pipeline(TWO, confidence=raw), 0.5)
    assert pipeline.names[pipeline.names.index("calibrate") + 1] == "min_confidence"
    kept = Analyzer(pipeline).analyze(TWO.text)
    alone = Analyzer(_doc_pipeline(ONE, confidence=raw)).analyze(ONE.text)  # the article annotated without it
    assert len(full.attributions) == 2 and [a.confidence for a in kept.attributions] == [0.9]
    assert kept.score is not None and full.score is not None and alone.score is not None
    assert kept.score.value == alone.score.value != full.score.value
    assert kept.attributions == alone.attributions and kept.unattributed == alone.unattributed
    assert all(a.confidence >= 0.5 for a in Analyzer(with_min_confidence(pipeline.without("min_confidence"), 0.5))
               .analyze(TWO.text).attributions)  # fmt: skip


def test_min_confidence_is_refused_out_of_range_or_after_scoring() -> None:
    with pytest.raises(PipelineError, match="between 0 and 1"):
        min_confidence_stage(1.5)
    late = build(default_spec(), replace={"tagger": gold_spans_stage([TWO])}).without("calibrate")
    assert with_min_confidence(late, 0.3).names.index("min_confidence") == late.names.index("claim_types")
    base = _doc_pipeline(TWO)
    moved = base.without("calibrate").with_stage(base.get("calibrate"), after="claim_types")
    with pytest.raises(PipelineError, match="before 'claim_types'"):
        with_min_confidence(moved, 0.3)


def test_labels_are_the_one_to_one_overlap_matching() -> None:
    pred = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe}. The union {C2 denied} {Q2 it}.")
    gold = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe}. {S2 The union} {C2 denied} {Q2 it}.")
    assert [ok for _, ok in labelled(pred, gold)] == [True, False]
    rel = reliability([0.95, 0.95, 0.15], [True, False, False])
    assert rel["ece"] == pytest.approx((2 * 0.45 + 0.15) / 3, abs=1e-4) and rel["bins"][9]["count"] == 2


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "high"])
def test_cli_min_confidence_out_of_range_is_one_line_exit_64(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--min-confidence", value, str(SEED_TXT)]) == 64
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--min-confidence" in err and "Traceback" not in err


def test_cli_lists_the_min_confidence_stage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--list-stages", "--min-confidence", "0.4"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert names[names.index("calibrate") + 1] == "min_confidence"


def test_the_eval_report_has_a_reliability_section_and_diagram() -> None:
    from claims.evaluation.render import to_markdown
    from claims.evaluation.report import evaluate, plots

    gold = parse("{S1 Ann} {C1 said} {Q1 it was late}. {S2 Bo} {C2 said} {Q2 it was early}.")
    pred = parse("{S1 Ann} {C1 said} {Q1 it was late}. Bo {C2 said} {Q2 it was early}.")
    pred = replace(pred, attributions=(replace(pred.attributions[0], confidence=0.9),
                                       replace(pred.attributions[1], confidence=0.3)))  # fmt: skip
    report = evaluate([pred], [gold], model="m", data="hand")
    rel = report["reliability"]
    assert rel["n"] == 2 and rel["precision"] == 0.5 and rel["ece"] == pytest.approx(0.2)
    assert [(b["count"], b["precision"]) for b in rel["bins"] if b["count"]] == [(1, 0.0), (1, 1.0)]
    md = to_markdown(report, list(plots(report)))
    assert "Attribution confidence reliability (overlap match): ECE 0.200" in md
    assert "![Attribution confidence reliability](reliability.png)" in md
    assert "reliability.png" not in plots(evaluate([gold], [gold]))  # one confidence level: no diagram


def test_batch_options_carry_min_confidence_into_the_pipeline() -> None:
    from claims.batch.scorer import ScorerOptions

    names = ScorerOptions(min_confidence=0.4).analyzer().pipeline.names  # the shipped model
    assert names[names.index("calibrate") + 1] == "min_confidence"
    assert "min_confidence" not in ScorerOptions().analyzer().pipeline.names


@pytest.mark.parametrize("command", [["batch", "in.jsonl", "out"], ["eval", "--data", "x.jsonl", "--out", "o"]])
def test_batch_and_eval_refuse_a_bad_min_confidence(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--min-confidence", "2"]) == 64
    assert "--min-confidence" in capsys.readouterr().err


def test_platt_fit_is_a_monotone_sigmoid_toward_observed_precision() -> None:
    examples = synthetic()
    cal = fit(examples, "synthetic", date="2025-01-01", method="platt")
    values = [cal.apply("link", i / 50) for i in range(51)]
    assert values == sorted(values) and values[0] < 0.2 and values[-1] > 0.7
    assert cal.families["tagger"].method == "platt" and cal.default.method == "platt"
    assert cal.apply("trailing", 0.6) == pytest.approx(0.3, abs=0.08)
    with pytest.raises(ValueError, match="unknown calibration method"):
        fit(examples, "synthetic", method="magic")
