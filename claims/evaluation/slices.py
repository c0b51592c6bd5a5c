"""Where a model fails: slices of attributions, source-type accuracy, token confusion.

A slice keeps the gold attributions and the predicted attributions that have a property
(each judged on its own spans), and scores them as usual: recall counts the gold
attributions of the slice that were found, precision the predicted ones that are right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from claims.evaluation.metrics import attribution_pairs, corpus_attribution_prf, corpus_span_prf
from claims.rubric import Rubric
from claims.text import word_spans
from claims.types import Analysis, Attribution, Role

QUOTES = '"“”«»„'
LONG_CONTENT_WORDS = 40
TOKEN_LABELS = ("O", Role.SOURCE.value, Role.CUE.value, Role.CONTENT.value)

Slice = Callable[[str, Attribution], bool]


def _pronouns() -> frozenset[str]:
    rubric = Rubric.default()
    groups = dict(rubric.data.get("pronouns", {}))
    return frozenset(w for g in groups for w in rubric.words_in("pronouns", g))


_PRONOUNS = _pronouns()


def _content_text(text: str, a: Attribution) -> str:
    return " ".join(c.of(text) for c in a.contents)


def _quoted(text: str, a: Attribution) -> bool:
    return any(q in _content_text(text, a) for q in QUOTES)


def _pronoun_source(text: str, a: Attribution) -> bool:
    return any(s.of(text).strip().lower() in _PRONOUNS for s in a.sources)


SLICES: dict[str, Slice] = {
    "quoted content": _quoted,
    "unquoted content": lambda text, a: not _quoted(text, a),
    "pronoun source": _pronoun_source,
    "no source": lambda text, a: not a.sources,
    "discontinuous content": lambda text, a: len(a.contents) > 1,
    f"long content (>= {LONG_CONTENT_WORDS} words)": lambda text, a: (
        len(_content_text(text, a).split()) >= LONG_CONTENT_WORDS
    ),
}


def _keep(doc: Analysis, pred: Slice) -> Analysis:
    return replace(doc, attributions=tuple(a for a in doc.attributions if pred(doc.text, a)))


def slice_report(preds: Sequence[Analysis], gold: Sequence[Analysis]) -> dict[str, dict[str, Any]]:
    """Attribution P/R/F1 (overlap, exact) and content F1 (exact, overlap) on each slice."""
    out: dict[str, dict[str, Any]] = {}
    for name, pred in SLICES.items():
        pairs = [(_keep(p, pred), _keep(g, pred)) for p, g in zip(preds, gold, strict=True)]
        overlap = corpus_attribution_prf(pairs, "overlap")
        out[name] = {
            "gold": overlap.n_gold,
            "predicted": overlap.n_pred,
            "attribution_overlap": overlap.as_dict(),
            "attribution_exact": corpus_attribution_prf(pairs, "exact").as_dict(),
            "content_exact": corpus_span_prf(pairs, "exact")[Role.CONTENT].as_dict(),
            "content_overlap": corpus_span_prf(pairs, "overlap")[Role.CONTENT].as_dict(),
        }
    return out


def source_type_accuracy(preds: Sequence[Analysis], gold: Sequence[Analysis]) -> dict[str, Any] | None:
    """Source type, named/anonymous and relay accuracy over the found gold attributions (overlap match).

    Counted where the gold source is typed; a relay is right when both have none, or every gold
    relay overlaps a predicted one.

    ``None`` when the gold data carries no source types (PolNeAR, brat, BIO).
    """
    typed = right = named_ok = relay_ok = 0
    confusion: dict[str, dict[str, int]] = {}
    for p, g in zip(preds, gold, strict=True):
        gold_of = {e.id: e for e in g.sources if e.type != "unknown"}
        pred_of = {e.id: e for e in p.sources}
        for pa, ga in attribution_pairs(p, g, "overlap"):
            want = gold_of.get(ga.source_entity or "")
            if want is None:
                continue
            got = pred_of.get(pa.source_entity or "")
            kind = got.type if got is not None else "none"
            typed += 1
            right += kind == want.type
            named_ok += got is not None and got.named == want.named
            relays = got.relayed_by if got is not None else ()
            relay_ok += (not relays and not want.relayed_by) or (
                bool(relays)
                and all(any(r.overlaps(w) for r in relays) for w in want.relayed_by)
                and bool(want.relayed_by)
            )
            row = confusion.setdefault(want.type, {})
            row[kind] = row.get(kind, 0) + 1
    if not typed:
        return None
    return {
        "accuracy": round(100.0 * right / typed, 2),
        "named_accuracy": round(100.0 * named_ok / typed, 2),
        "relay_accuracy": round(100.0 * relay_ok / typed, 2),
        "n": typed,
        "confusion": confusion,
    }


def token_labels(doc: Analysis) -> list[str]:
    """One role label per word token (``O`` outside every span; a cue wins over what contains it)."""
    tokens = word_spans(doc.text)
    labels = ["O"] * len(tokens)
    starts = np.array([t.start for t in tokens], dtype=np.int64)
    for role in (Role.CONTENT, Role.SOURCE, Role.CUE):  # later roles overwrite: the narrower span wins
        for span in doc.role_spans(role):
            lo = int(np.searchsorted(starts, span.start, side="left"))
            for i in range(max(lo - 1, 0), len(tokens)):
                if tokens[i].start >= span.end:
                    break
                if tokens[i].overlaps(span):
                    labels[i] = role.value
    return labels


def token_confusion(preds: Sequence[Analysis], gold: Sequence[Analysis]) -> list[list[int]]:
    """Word-token confusion counts: rows are gold labels, columns predicted (``TOKEN_LABELS`` order)."""
    index = {label: i for i, label in enumerate(TOKEN_LABELS)}
    matrix = np.zeros((len(TOKEN_LABELS), len(TOKEN_LABELS)), dtype=np.int64)
    for p, g in zip(preds, gold, strict=True):
        for gl, pl in zip(token_labels(g), token_labels(p), strict=True):
            matrix[index[gl], index[pl]] += 1
    return [[int(v) for v in row] for row in matrix]
