"""PNG plots of an evaluation report (matplotlib, no display needed); each returns PNG bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

COLORS = ("#3b6ea8", "#d9822b")  # first model, compared model


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _grouped_bars(title: str, groups: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> bytes:
    fig, ax = plt.subplots(figsize=(max(6.0, 1.5 * len(groups)), 3.8))
    width = 0.8 / max(len(series), 1)
    x = np.arange(len(groups))
    for k, (label, values) in enumerate(series):
        bars = ax.bar(x + (k - (len(series) - 1) / 2) * width, values, width, label=label, color=COLORS[k % 2])
        ax.bar_label(bars, fmt="%.1f", fontsize=7, padding=1)
    ax.set_xticks(x, groups, rotation=20, ha="right", fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_ylabel("F1")
    ax.set_title(title, fontsize=10)
    if len(series) > 1:
        ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def role_bars(reports: Sequence[dict[str, Any]]) -> bytes:
    """Span F1 per role and match type, one bar series per model."""
    first = reports[0]["spans"]
    groups = [f"{role} {how}" for how in first for role in first[how]]
    series = [
        (str(r.get("model", "")), [r["spans"][how][role]["f1"] for how in first for role in first[how]])
        for r in reports
    ]
    return _grouped_bars("Span F1 by role and match", groups, series)


def slice_bars(reports: Sequence[dict[str, Any]]) -> bytes:
    """Attribution F1 (overlap match) on each slice, one bar series per model."""
    names = list(reports[0]["slices"])
    series = [(str(r.get("model", "")), [r["slices"][n]["attribution_overlap"]["f1"] for n in names]) for r in reports]
    labels = [f"{n}\n(n={reports[0]['slices'][n]['gold']})" for n in names]
    return _grouped_bars("Attribution F1 (overlap) by slice", labels, series)


def confusion_heatmap(labels: Sequence[str], matrix: Sequence[Sequence[int]], title: str = "") -> bytes:
    """Word-token confusion, shaded by share of each gold row, with the counts written in."""
    counts = np.asarray(matrix, dtype=np.float64)
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(4.6, 3.9))
    ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    for i in range(len(labels)):
        for j in range(len(labels)):
            color = "white" if share[i, j] > 0.6 else "black"
            cell = f"{int(counts[i, j])}\n{100 * share[i, j]:.0f}%"
            ax.text(j, i, cell, ha="center", va="center", fontsize=7, color=color)
    ax.set_xticks(range(len(labels)), labels, fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title or "Word-token confusion", fontsize=10)
    return _png(fig)


def reliability_diagram(series: Sequence[tuple[str, dict[str, Any]]], title: str = "") -> bytes:
    """Observed precision against mean confidence per bin (``claims.evaluation.reliability``), counts below."""
    fig, (ax, hist) = plt.subplots(
        2, 1, figsize=(4.6, 4.6), sharex=True, gridspec_kw={"height_ratios": [3, 1], "hspace": 0.08}
    )
    ax.plot([0, 1], [0, 1], color="#999", lw=0.8, ls="--", label="perfectly calibrated")
    width = 0.9 / max(len(series), 1) / 10
    for k, (label, rel) in enumerate(series):
        filled = [b for b in rel["bins"] if b["count"]]
        x = [b["mean_confidence"] for b in filled]
        ax.plot(x, [b["precision"] for b in filled], marker="o", ms=4, color=COLORS[k % 2],
                label=f"{label} (ECE {rel['ece']:.3f})")  # fmt: skip
        centers = np.array([(b["low"] + b["high"]) / 2 for b in rel["bins"]])
        offset = (k - (len(series) - 1) / 2) * width
        hist.bar(centers + offset, [b["count"] for b in rel["bins"]], width, color=COLORS[k % 2])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_ylabel("observed precision")
    ax.set_title(title or "Attribution confidence reliability", fontsize=10)
    ax.legend(fontsize=7, loc="upper left")
    hist.set_xlabel("confidence")
    hist.set_ylabel("count", fontsize=8)
    for a in (ax, hist):
        a.spines[["top", "right"]].set_visible(False)
        a.tick_params(labelsize=8)
    return _png(fig)
