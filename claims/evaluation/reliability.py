"""Reliability of attribution confidence: are attributions of confidence 0.7 right 70% of the time.

Each predicted attribution is right when the one-to-one overlap matching of the attribution
scores (:func:`claims.evaluation.metrics.attribution_pairs`) pairs it with a gold one, so the
share of right predictions is the reported overlap precision.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from claims.evaluation.metrics import _attr_match, assignment
from claims.types import Analysis, Attribution

BINS = 10


def labelled(pred: Analysis, gold: Analysis, how: str = "overlap") -> list[tuple[Attribution, bool]]:
    """Each predicted attribution with whether it matches a gold one (one to one)."""
    match = _attr_match(gold.text, how)
    pa, ga = pred.attributions, gold.attributions
    hit = {i for i, _, _ in assignment(pa, ga, lambda a, b: float(match(a, b)))}  # type: ignore[arg-type]
    return [(a, i in hit) for i, a in enumerate(pa)]


def reliability(confidence: Sequence[float], correct: Sequence[bool], bins: int = BINS) -> dict[str, Any]:
    """Equal-width bins of confidence: count, mean confidence, observed precision; ECE and Brier score.

    ECE is the count-weighted mean gap between mean confidence and precision over the bins.
    """
    p = np.clip(np.asarray(confidence, dtype=np.float64), 0.0, 1.0)
    y = np.asarray(correct, dtype=np.float64)
    index = np.minimum((p * bins).astype(int), bins - 1)
    rows, ece = [], 0.0
    for b in range(bins):
        mask = index == b
        n = int(mask.sum())
        mean = float(p[mask].mean()) if n else None
        precision = float(y[mask].mean()) if n else None
        if n:
            ece += n * abs(float(p[mask].mean()) - float(y[mask].mean()))
        rows.append({
            "low": round(b / bins, 4), "high": round((b + 1) / bins, 4), "count": n,
            "mean_confidence": None if mean is None else round(mean, 4),
            "precision": None if precision is None else round(precision, 4),
        })  # fmt: skip
    n = len(p)
    return {
        "n": n,
        "bins": rows,
        "ece": round(ece / n, 4) if n else 0.0,
        "brier": round(float(np.mean((p - y) ** 2)), 4) if n else 0.0,
        "mean_confidence": round(float(p.mean()), 4) if n else 0.0,
        "precision": round(float(y.mean()), 4) if n else 0.0,
    }


def reliability_report(pairs: Iterable[tuple[Analysis, Analysis]], how: str = "overlap") -> dict[str, Any]:
    """The reliability of the predictions' attribution confidence against the gold attributions."""
    found = [(a.confidence, ok) for pred, gold in pairs for a, ok in labelled(pred, gold, how)]
    out = reliability([c for c, _ in found], [ok for _, ok in found])
    out["match"] = how
    return out


def spread(rel: dict[str, Any]) -> bool:
    """True when the confidences fill more than one bin (a diagram of one point says nothing)."""
    return sum(1 for b in rel.get("bins", ()) if b["count"]) > 1


def table(rel: dict[str, Any]) -> tuple[str, list[str], list[list[str]]]:
    """The report table: one row per non-empty bin."""
    rows = [
        [f"{b['low']:.1f}-{b['high']:.1f}", str(b["count"]), f"{b['mean_confidence']:.3f}", f"{b['precision']:.3f}"]
        for b in rel["bins"]
        if b["count"]
    ]
    title = (
        f"Attribution confidence reliability ({rel['match']} match): ECE {rel['ece']:.3f}, "
        f"Brier {rel['brier']:.3f}, {rel['n']} predicted"
    )
    return title, ["confidence", "count", "mean confidence", "observed precision"], rows
