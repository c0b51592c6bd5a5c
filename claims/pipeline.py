"""The analyser: tag -> link -> rules and claim types -> sources -> unattributed claims -> scores.

No file I/O: the CLI reads and writes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from claims.claimtypes import add_claim_types, find_unattributed
from claims.errors import ModelError
from claims.linking import link
from claims.rubric import Rubric
from claims.rules import (
    add_figure_attributions,
    add_hedges,
    add_trailing_attributions,
    fill_closing_sources,
    mark_disclosures,
    share_coordinated_sources,
)
from claims.rules_documents import add_document_attributions
from claims.rules_pieces import drop_fragments, join_pieces
from claims.rules_quotes import add_closed_quote_attributions, add_dash_attributions
from claims.scoring import score_claims
from claims.scoring_article import score_article
from claims.sources import resolve_sources
from claims.tagger.predict import Tagger
from claims.types import Analysis

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL_NAME = "claims-minilm"
CHUNK = 32  # articles tagged together: bounds memory, lets output flow on long runs


def default_model_path() -> Path:
    """``$CLAIMS_MODEL``, else the model shipped in ``models/``."""
    env = os.environ.get("CLAIMS_MODEL")
    return Path(env) if env else MODELS_DIR / DEFAULT_MODEL_NAME


class Analyzer:
    """Load a model once, analyse many articles."""

    def __init__(self, tagger: Tagger, rubric: Rubric | None = None) -> None:
        self.tagger = tagger
        self.rubric = rubric or Rubric.default()

    def finish(self, analysis: Analysis) -> Analysis:
        """Every stage after linking: rules, claim types, sources, unattributed claims, claim and article scores."""
        analysis = add_closed_quote_attributions(add_dash_attributions(drop_fragments(join_pieces(analysis))))
        analysis = mark_disclosures(analysis, self.rubric)
        analysis = add_trailing_attributions(add_figure_attributions(analysis))
        analysis = add_document_attributions(analysis, self.rubric)
        analysis = share_coordinated_sources(fill_closing_sources(analysis))
        analysis = add_claim_types(add_hedges(analysis, self.rubric))
        analysis = find_unattributed(resolve_sources(analysis, self.rubric), self.rubric)
        return score_article(score_claims(analysis, self.rubric), self.rubric)

    def analyze(self, text: str, id: str | None = None) -> Analysis:
        """Attributions of one article."""
        return next(self.analyze_many([text], [id]))

    def analyze_many(
        self,
        texts: Sequence[str],
        ids: Sequence[str | None] | None = None,
        batch_size: int = 16,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[Analysis]:
        """Attributions of many articles, in order, tagged ``CHUNK`` articles at a time.

        ``progress(characters_done, characters)`` is called as the tagger goes through the text.
        """
        ids = list(ids) if ids is not None else [None] * len(texts)
        total, done = sum(len(t) for t in texts), 0
        for start in range(0, len(texts), CHUNK):
            chunk = texts[start : start + CHUNK]
            size = sum(len(t) for t in chunk)

            def tagged(windows_done: int, windows: int, before: int = done, size: int = size) -> None:
                if progress is not None:
                    progress(before + size * windows_done // max(windows, 1), total)

            for i, spans in enumerate(self.tagger.predict(chunk, batch_size, tagged), start):
                yield replace(self.finish(link(texts[i], spans)), id=ids[i])
            done += size
            if progress is not None:
                progress(done, total)


def load(path: str | Path | None = None, precision: str = "auto", rubric: Rubric | None = None) -> Analyzer:
    """An :class:`Analyzer` for a model directory (default: the shipped model)."""
    path = Path(path) if path is not None else default_model_path()
    if not path.exists():
        raise ModelError(
            f"no model at {path}: train one with 'claims train' or pass --model DIR (see README, 'Models')"
        )
    return Analyzer(Tagger.from_pretrained(path, precision=precision), rubric)
