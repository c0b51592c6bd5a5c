"""Span and attribution precision/recall/F1 with one-to-one matching.

Spans are compared after trimming whitespace. Each distinct span counts once per
document and role. Matching is one-to-one (Hungarian assignment), never greedy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from claims.types import Analysis, Attribution, Role, Span

Match = Callable[[Span, Span], bool]


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and the derived precision, recall and F1 (in percent)."""

    tp: float
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def as_dict(self) -> dict[str, float]:
        """Rounded numbers for reports."""
        return {
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


def exact(a: Span, b: Span) -> bool:
    """Same boundaries."""
    return a == b


def overlap(a: Span, b: Span) -> bool:
    """At least one shared character."""
    return a.overlaps(b)


def begin(a: Span, b: Span) -> bool:
    """Same start."""
    return a.start == b.start


def jaccard(a: Span, b: Span) -> float:
    """Character Jaccard of two spans."""
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = len(a) + len(b) - inter
    return inter / union if union else 1.0


MATCHES: dict[str, Match] = {"exact": exact, "overlap": overlap, "begin": begin}


def assignment(
    pred: Sequence[object], gold: Sequence[object], weight: Callable[[object, object], float]
) -> list[tuple[int, int, float]]:
    """The best one-to-one assignment as (pred index, gold index, weight), zero weights left out."""
    if not pred or not gold:
        return []
    w = np.array([[weight(p, g) for g in gold] for p in pred], dtype=np.float64)
    rows, cols = linear_sum_assignment(-w)
    return [(int(r), int(c), float(w[r, c])) for r, c in zip(rows, cols, strict=True) if w[r, c] > 0]


def one_to_one(pred: Sequence[object], gold: Sequence[object], weight: Callable[[object, object], float]) -> float:
    """Total weight of the best one-to-one assignment (weights in [0, 1])."""
    return sum(w for _, _, w in assignment(pred, gold, weight))


def trimmed(spans: Iterable[Span], text: str) -> list[Span]:
    """The distinct spans, whitespace trimmed, empty ones dropped, in order: what every score compares."""
    return sorted({s.strip(text) for s in spans if len(s.strip(text))})


def span_prf(pred: Analysis, gold: Analysis, role: Role, how: str = "exact") -> PRF:
    """P/R/F1 of one role's spans in one document; ``how`` is exact, overlap, begin or jaccard."""
    p = trimmed(pred.role_spans(role), pred.text)
    g = trimmed(gold.role_spans(role), gold.text)
    if how == "jaccard":
        tp = one_to_one(p, g, lambda a, b: jaccard(a, b))  # type: ignore[arg-type]
    else:
        match = MATCHES[how]
        tp = one_to_one(p, g, lambda a, b: float(match(a, b)))  # type: ignore[arg-type]
    return PRF(tp, len(p), len(g))


def corpus_span_prf(pairs: Iterable[tuple[Analysis, Analysis]], how: str = "exact") -> dict[Role, PRF]:
    """Micro-averaged span P/R/F1 per role over (prediction, gold) document pairs."""
    total = {r: PRF(0, 0, 0) for r in Role}
    for pred, gold in pairs:
        for r in Role:
            total[r] = total[r] + span_prf(pred, gold, r, how)
    return total


def _attr_match(text: str, how: str) -> Callable[[Attribution, Attribution], bool]:
    def spans_of(spans: tuple[Span, ...]) -> list[Span]:
        return trimmed(spans, text)

    def same(a: tuple[Span, ...], b: tuple[Span, ...]) -> bool:
        return spans_of(a) == spans_of(b)

    def close(a: tuple[Span, ...], b: tuple[Span, ...]) -> bool:
        return any(x.overlaps(y) for x in spans_of(a) for y in spans_of(b))

    def content_jaccard(a: tuple[Span, ...], b: tuple[Span, ...]) -> float:
        ca = {i for s in spans_of(a) for i in range(s.start, s.end)}
        cb = {i for s in spans_of(b) for i in range(s.start, s.end)}
        return len(ca & cb) / len(ca | cb) if ca | cb else 1.0

    def matches(p: Attribution, g: Attribution) -> bool:
        if how == "exact":
            return same(p.cues, g.cues) and same(p.contents, g.contents) and same(p.sources, g.sources)
        sources_ok = (not p.sources and not g.sources) or close(p.sources, g.sources)
        return close(p.cues, g.cues) and sources_ok and content_jaccard(p.contents, g.contents) >= 0.5

    return matches


def attribution_prf(pred: Analysis, gold: Analysis, how: str = "overlap") -> PRF:
    """Attribution-level P/R/F1 in one document.

    ``overlap``: cues overlap, content character Jaccard >= 0.5, sources overlap or both
    absent. ``exact``: every span of the three roles equal after trimming.
    """
    match = _attr_match(gold.text, how)
    tp = one_to_one(pred.attributions, gold.attributions, lambda a, b: float(match(a, b)))  # type: ignore[arg-type]
    return PRF(tp, len(pred.attributions), len(gold.attributions))


def attribution_pairs(pred: Analysis, gold: Analysis, how: str = "overlap") -> list[tuple[Attribution, Attribution]]:
    """The (predicted, gold) attributions matched one-to-one in one document."""
    match = _attr_match(gold.text, how)
    pa, ga = pred.attributions, gold.attributions
    return [(pa[i], ga[j]) for i, j, _ in assignment(pa, ga, lambda a, b: float(match(a, b)))]  # type: ignore[arg-type]


def corpus_attribution_prf(pairs: Iterable[tuple[Analysis, Analysis]], how: str = "overlap") -> PRF:
    """Micro-averaged attribution P/R/F1."""
    total = PRF(0, 0, 0)
    for pred, gold in pairs:
        total = total + attribution_prf(pred, gold, how)
    return total


def unattributed_prf(pairs: Iterable[tuple[Analysis, Analysis]]) -> PRF | None:
    """Unattributed claims found: a listed statement is right when it overlaps a gold one (one to one).

    ``None`` when no gold article lists an unattributed claim (PolNeAR, brat, BIO).
    """
    total, listed = PRF(0, 0, 0), False
    for pred, gold in pairs:
        listed = listed or bool(gold.unattributed)
        p, g = [u.span for u in pred.unattributed], [u.span for u in gold.unattributed]
        tp = round(one_to_one(p, g, lambda a, b: float(a.overlaps(b))))  # type: ignore[attr-defined]
        total = total + PRF(tp, len(p), len(g))
    return total if listed else None
