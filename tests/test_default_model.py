"""The shipped default model: the seed article and a fixed slice of PolNeAR dev."""

import json
from pathlib import Path

import pytest

from claims.evaluation.metrics import _attr_match, corpus_attribution_prf, corpus_span_prf
from claims.formats.brat import read_brat
from claims.formats.jsonl import read_jsonl
from claims.pipeline import default_model_path, load
from claims.types import Analysis, Role

from .conftest import POLNEAR, ROOT, SEED_GOLD

MODEL = default_model_path()
REGRESSION = ROOT / "eval" / "regression.json"
pytestmark = pytest.mark.skipif(not (MODEL / "config.json").is_file(), reason="no default model in models/")


@pytest.fixture(scope="module")
def analyzer():  # type: ignore[no-untyped-def]
    return load(MODEL)


def test_seed_article_every_gold_attribution_is_found(analyzer) -> None:  # type: ignore[no-untyped-def]
    [gold] = read_jsonl(SEED_GOLD)
    pred = analyzer.analyze(gold.text)
    match = _attr_match(gold.text, "overlap")
    missing = [g.id for g in gold.attributions if not any(match(p, g) for p in pred.attributions)]
    assert missing == []


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR not available")
def test_dev_slice_has_not_regressed(analyzer) -> None:  # type: ignore[no-untyped-def]
    recorded = json.loads(REGRESSION.read_text(encoding="utf-8"))
    gold: list[Analysis] = read_brat(POLNEAR / "dev")[: recorded["articles"]]
    preds = list(analyzer.analyze_many([d.text for d in gold]))
    prf = corpus_span_prf(zip(preds, gold, strict=True), "exact")
    for role in Role:
        now, before = prf[role].f1, recorded["exact_f1"][role.value.lower()]
        assert now >= before - 2.0, f"{role.value} exact F1 fell from {before:.1f} to {now:.1f}"
    for how in ("overlap", "exact"):
        now, before = corpus_attribution_prf(zip(preds, gold, strict=True), how).f1, recorded["attribution_f1"][how]
        assert now >= before - 2.0, f"attribution {how} F1 fell from {before:.1f} to {now:.1f}"


def record_regression(path: Path = REGRESSION, articles: int = 20) -> None:
    """Write the reference numbers (run by hand after shipping a new default model)."""
    gold = read_brat(POLNEAR / "dev")[:articles]
    preds = list(load(MODEL).analyze_many([d.text for d in gold]))
    prf = corpus_span_prf(zip(preds, gold, strict=True), "exact")
    data = {
        "model": str(MODEL.relative_to(ROOT)),
        "articles": articles,
        "exact_f1": {r.value.lower(): round(prf[r].f1, 2) for r in Role},
        "attribution_f1": {
            how: round(corpus_attribution_prf(zip(preds, gold, strict=True), how).f1, 2) for how in ("overlap", "exact")
        },
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def test_seed_article_claims_are_exactly_the_gold_ones(analyzer) -> None:  # type: ignore[no-untyped-def]
    [gold] = read_jsonl(SEED_GOLD)
    pred = analyzer.analyze(gold.text)
    match = _attr_match(gold.text, "overlap")
    claims = [a for a in pred.attributions if a.claim]
    assert len(claims) == len(gold.attributions) == 7
    assert all(any(match(p, g) for p in claims) for g in gold.attributions)
    assert all(a.assessment is None for a in pred.attributions if not a.claim)
    assert all(a.assessment is not None for a in claims)


def test_shipped_card_is_a_hub_card_with_its_dev_metrics_and_a_snippet_that_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    from huggingface_hub import ModelCard

    card = ModelCard.load(MODEL / "README.md")
    log = json.loads((MODEL / "train_log.json").read_text(encoding="utf-8"))
    best = next(h for h in log["history"] if h["mean_exact_f1"] == log["best_dev"])
    metrics = {k: v for k, v in best.items() if k not in ("step", "epoch")}
    settings = json.loads((MODEL / "train_config.json").read_text(encoding="utf-8"))
    from claims.modelcard import HUB_IDS

    hub = HUB_IDS[settings["base_model"]]
    assert card.data.base_model == hub == "sentence-transformers/all-MiniLM-L6-v2" and card.data.license == "apache-2.0"
    assert card.data.pipeline_tag == "token-classification" and card.data.datasets == ["polnear"]
    assert card.data.metrics == list(metrics)
    assert {r.metric_type: r.metric_value for r in card.data.eval_results} == metrics
    assert f"Trained on 840 PolNeAR articles ({', '.join(settings['train_data'])})" in card.text
    [snippet] = re.findall(r"```python\n(.*?)```", card.text, re.DOTALL)
    monkeypatch.chdir(ROOT)
    exec(compile(snippet, "README.md", "exec"), {})
    assert capsys.readouterr().out == "The mayor -> that the bridge would reopen in May\n"
