"""The analyser: tag -> link (-> sources -> score as those stages land). No file I/O."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from claims.errors import ModelError
from claims.linking import link
from claims.tagger.predict import Tagger
from claims.types import Analysis

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL_NAME = "claims-minilm"


def default_model_path() -> Path:
    """``$CLAIMS_MODEL``, else the model shipped in ``models/``."""
    env = os.environ.get("CLAIMS_MODEL")
    return Path(env) if env else MODELS_DIR / DEFAULT_MODEL_NAME


class Analyzer:
    """Load a model once, analyse many articles."""

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger

    def analyze(self, text: str, id: str | None = None) -> Analysis:
        """Attributions of one article."""
        return next(self.analyze_many([text], [id]))

    def analyze_many(
        self, texts: Sequence[str], ids: Sequence[str | None] | None = None, batch_size: int = 16
    ) -> Iterator[Analysis]:
        """Attributions of many articles, in order (tagged a chunk at a time)."""
        ids = list(ids) if ids is not None else [None] * len(texts)
        for i, spans in enumerate(self.tagger.iter_predict(texts, batch_size)):
            yield replace(link(texts[i], spans), id=ids[i])


def load(path: str | Path | None = None, precision: str = "auto") -> Analyzer:
    """An :class:`Analyzer` for a model directory (default: the shipped model)."""
    path = Path(path) if path is not None else default_model_path()
    if not path.exists():
        raise ModelError(
            f"no model at {path}: train one with 'claims train' or pass --model DIR (see README, 'Models')"
        )
    return Analyzer(Tagger.from_pretrained(path, precision=precision))
