"""Evaluation reports: every metric of a run as one JSON-ready dict."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claims.evaluation.metrics import corpus_attribution_prf, corpus_span_prf, unattributed_prf
from claims.evaluation.reliability import reliability_report, spread
from claims.evaluation.slices import TOKEN_LABELS, slice_report, source_type_accuracy, token_confusion
from claims.types import Analysis, Role

SPAN_MATCHES = ("exact", "overlap", "begin", "jaccard")


def evaluate(preds: Sequence[Analysis], gold: Sequence[Analysis], model: str = "", data: str = "") -> dict[str, Any]:
    """Span and attribution P/R/F1, reliability, slices, source types, unattributed claims, token confusion."""
    pairs = list(zip(preds, gold, strict=True))
    spans: dict[str, dict[str, Any]] = {}
    for how in SPAN_MATCHES:
        prf = corpus_span_prf(pairs, how)
        spans[how] = {r.value.lower(): prf[r].as_dict() for r in Role}
    return {
        "model": model,
        "data": data,
        "documents": len(pairs),
        "spans": spans,
        "attributions": {how: corpus_attribution_prf(pairs, how).as_dict() for how in ("overlap", "exact")},
        "reliability": reliability_report(pairs),
        "slices": slice_report(preds, gold),
        "source_types": source_type_accuracy(preds, gold),
        "unattributed": None if (u := unattributed_prf(pairs)) is None else u.as_dict(),
        "token_confusion": {"labels": list(TOKEN_LABELS), "matrix": token_confusion(preds, gold)},
    }


def plots(report: dict[str, Any]) -> dict[str, bytes]:
    """The report's PNG plots by file name (a compared model's bars beside the first's)."""
    from claims.evaluation.plots import confusion_heatmap, reliability_diagram, role_bars, slice_bars

    both = [report, *([report["compared_with"]] if report.get("compared_with") else [])]
    out = {"roles.png": role_bars(both), "slices.png": slice_bars(both)}
    for n, r in enumerate(both):
        cm = r["token_confusion"]
        out[f"confusion{'' if n == 0 else '-compared'}.png"] = confusion_heatmap(
            cm["labels"], cm["matrix"], f"Word-token confusion: {r.get('model', '')}"
        )
    curves = [(str(r.get("model", "")), r["reliability"]) for r in both if spread(r.get("reliability", {}))]
    if curves:  # confidences in one bin only (annotations, a constant): no diagram
        out["reliability.png"] = reliability_diagram(curves)
    return out
