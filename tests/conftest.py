"""Shared fixtures: hand-written articles and a tiny seeded model built in the test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import torch
from transformers import BertConfig, BertModel, BertTokenizer

from claims.train import TrainConfig
from claims.types import Analysis

from .markup import parse

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
SEED_TXT = ROOT / "seeds" / "000_79295539233b46d9.txt"
SEED_GOLD = ROOT / "seeds" / "000_79295539233b46d9.gold.jsonl"


def load_articles() -> list[Analysis]:
    lines = (DATA / "articles.txt").read_text(encoding="utf-8").splitlines()
    return [parse(line, f"art{i}") for i, line in enumerate(lines) if line.strip()]


@pytest.fixture(scope="session")
def articles() -> list[Analysis]:
    return load_articles()


def build_tiny_base(path: Path, texts: list[str], seed: int = 0) -> Path:
    """A 1-layer BERT with a vocabulary made from ``texts``: a stand-in base encoder."""
    words = sorted({w for t in texts for w in re.findall(r"\w+|[^\w\s]", t.lower())})
    chars = sorted({c for w in words for c in w})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words, *(f"##{c}" for c in chars if f"##{c}" not in words)]
    tokenizer = BertTokenizer(vocab={w: i for i, w in enumerate(dict.fromkeys(vocab))}, do_lower_case=True)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    BertModel(config, add_pooling_layer=False).save_pretrained(str(path))
    tokenizer.save_pretrained(str(path))
    return path


def tiny_train_config(output_dir: Path, **settings: object) -> TrainConfig:
    """Training settings for tiny test models (16-token windows, batch 8, lr 3e-3, no warm-up)."""
    defaults: dict[str, object] = {
        "learning_rate": 3e-3, "batch_size": 8, "window": 16, "stride": 4, "warmup": 0.0, "checkpoint_every": 1000,
    }  # fmt: skip
    return TrainConfig(output_dir=str(output_dir), **{**defaults, **settings})  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory, articles: list[Analysis]) -> Path:
    texts = [a.text for a in articles] + [SEED_TXT.read_text(encoding="utf-8")]
    return build_tiny_base(tmp_path_factory.mktemp("tiny-base"), texts)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory, tiny_base: Path, articles: list[Analysis]) -> Path:
    """A tiny tagger overfit on the hand-written articles (about 10 s on 2 cores)."""
    from claims.train import fine_tune

    out = tmp_path_factory.mktemp("tiny-model")
    config = tiny_train_config(out, base_model=str(tiny_base), epochs=60, seed=3, patience=60)
    fine_tune(config, articles, articles)
    return out
