"""Training you can trust: weak runs refused, checkpoints cleared, shareable files, portable paths, a card that
loads, and the device chosen by one function (tiny models trained in the test, in seconds)."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import torch
from huggingface_hub import ModelCard

from claims.cli import build_parser, main
from claims.device import resolve_device
from claims.errors import UsageError, WeakModelError
from claims.formats.jsonl import write_jsonl
from claims.modelcard import EXAMPLE
from claims.tagger.encode import windowed
from claims.tagger.predict import Tagger, autocast, resolve_precision
from claims.train_run import MIN_STEPS
from claims.types import Analysis

from .conftest import SEED_TXT

TINY = ["--window", "16", "--stride", "4", "--batch-size", "4", "--lr", "3e-3", "--seed", "3", "--quiet"]
# a slash that starts a path (after a space, a quote, a bracket, "=" or a line start), not one inside "a/b" or "://"
LEADING_SLASH = re.compile(r"(?:^|[\s\"'`(\[=,])/(?=[^\s/])", re.MULTILINE)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, articles: list[Analysis]) -> dict[str, Path]:
    where = tmp_path_factory.mktemp("data")
    write_jsonl(where / "train.jsonl", articles)
    write_jsonl(where / "dev.jsonl", articles[:3])
    return {"train": where / "train.jsonl", "dev": where / "dev.jsonl"}


def train_args(data: dict[str, Path], base: Path, out: Path | str, *extra: str, dev: bool = True) -> list[str]:
    dev_args = ["--dev", str(data["dev"])] if dev else []
    return ["train", "--train", str(data["train"]), *dev_args, "--base", str(base), "-o", str(out), *TINY, *extra]


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, data: dict[str, Path], tiny_base: Path) -> Iterator[Path]:
    """A run long enough to learn (13 epochs of 4 steps), under umask 077, from inside a work folder."""
    work = tmp_path_factory.mktemp("work")
    here, umask = os.getcwd(), os.umask(0o077)
    os.chdir(work)
    try:
        code = main(train_args(data, tiny_base, work / "model", "--epochs", "13", "--patience", "20"))
    finally:
        os.umask(umask)
        os.chdir(here)
    assert code == 0
    yield work / "model"


def test_a_run_long_enough_to_learn_is_not_weak_and_loses_its_checkpoint(trained: Path) -> None:
    log = json.loads((trained / "train_log.json").read_text())
    assert log["steps"] >= MIN_STEPS and log["best_dev"] > 0 and "weak" not in log
    assert not (trained / "checkpoint").exists()
    assert (trained / "calibration.json").is_file() and list(trained.glob("*.safetensors"))


def test_every_file_is_0644_and_every_folder_0755_whatever_the_umask(trained: Path) -> None:
    assert stat.S_IMODE(trained.stat().st_mode) == 0o755
    paths = list(trained.rglob("*"))
    assert len(paths) >= 8
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path


def test_settings_and_card_record_no_absolute_path(trained: Path, data: dict[str, Path], tiny_base: Path) -> None:
    tmp = str(data["train"].parent.parent)
    for name in ("train_config.json", "README.md"):
        text = (trained / name).read_text(encoding="utf-8")
        assert tmp not in text and str(tiny_base) not in text, name
        assert not LEADING_SLASH.search(text), (name, LEADING_SLASH.findall(text))
    settings = json.loads((trained / "train_config.json").read_text(encoding="utf-8"))
    folder = data["train"].parent.name  # outside the folder trained in: the last two parts
    assert settings["output_dir"] == "." and settings["train_data"] == [f"{folder}/train.jsonl"]
    assert settings["dev_data"] == [f"{folder}/dev.jsonl"] and not os.path.isabs(settings["base_model"])


def test_the_card_is_a_hub_model_card_with_the_dev_metrics(trained: Path) -> None:
    card = ModelCard.load(trained / "README.md")
    log = json.loads((trained / "train_log.json").read_text())
    best = next(h for h in log["history"] if h["mean_exact_f1"] == log["best_dev"])
    metrics = {k: v for k, v in best.items() if k not in ("step", "epoch")}
    settings = json.loads((trained / "train_config.json").read_text())
    meta = card.data
    assert meta.base_model == settings["base_model"] and meta.license == "apache-2.0"
    assert meta.library_name == "claims" and meta.pipeline_tag == "token-classification"
    assert meta.datasets == settings["train_data"] and "weak-model" not in meta.tags
    assert meta.metrics == list(metrics)
    assert {r.metric_type: r.metric_value for r in meta.eval_results} == metrics
    assert {(r.dataset_split, r.dataset_name) for r in meta.eval_results} == {("dev", settings["dev_data"][0])}
    assert f"Trained on 10 articles ({settings['train_data'][0]})" in card.text


def test_the_load_snippet_in_the_card_runs(
    trained: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ModelCard.load(trained / "README.md").text
    [snippet] = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert 'claims.load("model")' in snippet  # the folder as seen from where it was trained
    monkeypatch.chdir(trained.parent)
    scope: dict[str, object] = {}
    exec(compile(snippet, "README.md", "exec"), scope)
    analysis = scope["analysis"]
    assert isinstance(analysis, Analysis) and analysis.text == EXAMPLE
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(analysis.attributions) and all(" -> " in line for line in printed)


def test_a_zero_f1_run_fails_with_one_line_unless_allowed(
    tmp_path: Path, data: dict[str, Path], tiny_base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "zero"
    code, stdout, err = run(train_args(data, tiny_base, out, "--epochs", "1"), capsys)
    assert code == WeakModelError.exit_code == 6 and stdout == ""
    assert err.count("\n") == 1 and err.startswith(f"claims: error: {out}: weak model: ")
    assert "best dev mean exact F1 is 0.0" in err and "--allow-weak" in err and "Traceback" not in err
    log = json.loads((out / "train_log.json").read_text())
    assert log["best_dev"] == 0.0 and any("F1 is 0.0" in r for r in log["weak"])
    assert (out / "config.json").is_file() and (out / "checkpoint").is_dir()  # written, marked, not a success
    card = ModelCard.load(out / "README.md")
    assert "weak-model" in card.data.tags and "## Weak model" in card.text and "F1 is 0.0" in card.text

    allowed = tmp_path / "allowed"
    code, stdout, err = run(train_args(data, tiny_base, allowed, "--epochs", "1", "--allow-weak"), capsys)
    assert code == 0 and "weak model accepted" in err
    assert any("F1 is 0.0" in r for r in json.loads(stdout)["weak"])
    assert not (allowed / "checkpoint").exists() and "## Weak model" in (allowed / "README.md").read_text()


def test_a_run_too_short_to_learn_is_weak_even_without_dev_data(
    tmp_path: Path, data: dict[str, Path], tiny_base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "short"
    code, _, err = run(train_args(data, tiny_base, out, "--epochs", "2", dev=False), capsys)
    assert code == 6 and err.count("\n") == 1
    assert f"too short to learn: 8 optimiser steps from a fresh base encoder, under {MIN_STEPS}" in err
    assert "F1" not in err  # no dev data: nothing measured, only the length judged


def test_keep_checkpoint_keeps_it_and_it_is_shareable_too(
    tmp_path: Path, data: dict[str, Path], tiny_base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kept"
    umask = os.umask(0o077)
    try:
        code, _, err = run(
            train_args(data, tiny_base, out, "--epochs", "1", "--allow-weak", "--keep-checkpoint"), capsys
        )
    finally:
        os.umask(umask)
    assert code == 0, err
    assert (out / "checkpoint" / "state.pt").is_file()
    assert stat.S_IMODE((out / "checkpoint").stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "checkpoint" / "state.pt").stat().st_mode) == 0o644


def test_an_interrupted_run_keeps_its_checkpoint_and_resumes(
    tmp_path: Path,
    data: dict[str, Path],
    tiny_base: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    import claims.train
    import claims.train_data

    out = tmp_path / "resumed"
    args = train_args(data, tiny_base, out, "--epochs", "3", "--checkpoint-every", "2", "--allow-weak")
    step = claims.train._train_step
    calls = []

    def crash_at_the_fifth(*a: Any) -> float:
        calls.append(1)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return step(*a)

    with monkeypatch.context() as patch:
        patch.setattr(claims.train, "_train_step", crash_at_the_fifth)
        code, _, _ = run(args, capsys)
    assert code == 130 and (out / "checkpoint" / "state.pt").is_file()
    assert len(list((out / "checkpoint" / "windows").glob("*.arrow"))) == 1  # the training windows, cached
    tokenised: list[int] = []

    def counted(tokenizer: Any, texts: list[str], *settings: int) -> Any:
        tokenised.append(len(texts))
        return windowed(tokenizer, texts, *settings)

    monkeypatch.setattr(claims.train_data, "windowed", counted)
    with caplog.at_level("INFO", logger="claims.train"):
        code, stdout, err = run(args, capsys)
    assert code == 0, err
    assert "resuming from step 4" in caplog.text and json.loads(stdout)["steps"] == 12
    assert tokenised == []  # the resumed run read its windows back from the checkpoint
    assert not (out / "checkpoint").exists()  # and the cache went with the checkpoint


def test_auto_is_the_cpu_without_cuda_and_cuda_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == "cpu" and resolve_device("cpu") == "cpu" and resolve_device() == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)  # nothing is moved: only the choice
    assert resolve_device("auto") == "cuda" and resolve_device("cuda") == "cuda" and resolve_device() == "cuda"
    assert resolve_device("auto", "int8") == "cpu" and resolve_device("cpu") == "cpu"
    with pytest.raises(UsageError, match="int8 runs on the CPU only"):
        resolve_device("cuda", "int8")
    with pytest.raises(UsageError, match="unknown device 'tpu'"):
        resolve_device("tpu")


def test_precision_and_autocast_follow_the_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: True)
    assert resolve_precision("auto", "cuda") == "bf16" and resolve_precision("fp32", "cuda") == "fp32"
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: False)
    assert resolve_precision("auto", "cuda") == "fp32"
    cast = autocast("bf16", "cpu")
    assert isinstance(cast, torch.autocast) and cast.device == "cpu" and cast.fast_dtype == torch.bfloat16
    assert not isinstance(autocast("fp32", "cuda"), torch.autocast)


def test_cuda_on_a_machine_without_it_is_one_line(
    tmp_path: Path,
    tiny_model: Path,
    data: dict[str, Path],
    tiny_base: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(UsageError, match="--device cuda: torch sees no CUDA device"):
        Tagger.from_pretrained(tiny_model, device="cuda")
    score = ["score", "--device", "cuda", "-m", str(tiny_model), "-q", str(SEED_TXT)]
    train = train_args(data, tiny_base, tmp_path / "never", "--device", "cuda")
    for args in (score, train):
        code, stdout, err = run(args, capsys)
        assert code == 64 and stdout == "" and err.count("\n") == 1 and "Traceback" not in err, args[0]
        assert err.startswith("claims: error: --device cuda: torch sees no CUDA device on this machine"), args[0]
    assert not (tmp_path / "never").exists()  # refused before anything was read or written


def test_every_command_that_loads_a_tagger_takes_device() -> None:
    parser = build_parser()
    for command in (
        ["score", "x.txt"],
        ["eval", "-d", "d", "-o", "o"],
        ["batch", "in", "out"],
        ["train", "--train", "t", "-o", "o"],
    ):
        assert parser.parse_args([*command, "--device", "cpu"]).device == "cpu"
        assert parser.parse_args(command).device == "auto"
    with pytest.raises(SystemExit) as stop:
        parser.parse_args(["score", "--device", "tpu", "x.txt"])
    assert stop.value.code == 64


def test_the_device_travels_from_load_to_the_tagger(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claims.pipeline import load

    built: list[Tagger] = []
    original = Tagger.__init__

    def spy(self: Tagger, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        built.append(self)

    monkeypatch.setattr(Tagger, "__init__", spy)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)  # auto would pick CUDA: the request says cpu
    load(tiny_model, precision="fp32", device="cpu")
    (tagger,) = built
    assert tagger.device == "cpu" and next(tagger.model.parameters()).device.type == "cpu"
