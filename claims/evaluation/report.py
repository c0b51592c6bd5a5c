"""Evaluation reports: all metrics of a run as one dict, rendered as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claims.evaluation.metrics import corpus_attribution_prf, corpus_span_prf
from claims.types import Analysis, Role

SPAN_MATCHES = ("exact", "overlap", "begin", "jaccard")


def evaluate(preds: Sequence[Analysis], gold: Sequence[Analysis]) -> dict[str, Any]:
    """Span P/R/F1 per role and match type, attribution P/R/F1 (overlap and exact)."""
    pairs = list(zip(preds, gold, strict=True))
    spans: dict[str, dict[str, Any]] = {}
    for how in SPAN_MATCHES:
        prf = corpus_span_prf(pairs, how)
        spans[how] = {r.value.lower(): prf[r].as_dict() for r in Role}
    return {
        "documents": len(pairs),
        "spans": spans,
        "attributions": {how: corpus_attribution_prf(pairs, how).as_dict() for how in ("overlap", "exact")},
    }


def to_markdown(report: dict[str, Any]) -> str:
    """A readable Markdown table of a report."""
    lines = [f"# Evaluation: {report.get('model', '')} on {report.get('data', '')}", ""]
    lines += [f"{report['documents']} documents.", "", "## Spans (P / R / F1)", ""]
    lines += ["| match | source | cue | content |", "|---|---|---|---|"]
    for how, roles in report["spans"].items():
        cells = [f"{v['precision']:.1f} / {v['recall']:.1f} / **{v['f1']:.1f}**" for v in roles.values()]
        lines.append(f"| {how} | " + " | ".join(cells) + " |")
    lines += ["", "## Attributions (P / R / F1)", "", "| match | P | R | F1 |", "|---|---|---|---|"]
    for how, v in report["attributions"].items():
        lines.append(f"| {how} | {v['precision']:.1f} | {v['recall']:.1f} | **{v['f1']:.1f}** |")
    return "\n".join(lines) + "\n"
