"""From per-window logits to valid role spans.

Each token is taken from the window where it is most central; a Viterbi pass over the
log-probabilities then forbids invalid BIO sequences (``I-X`` only after ``B-X``/``I-X``),
so no span starts with an orphan ``I-`` tag, and adds the model's learned transition scores
where it has them (``transitions.json``, :mod:`claims.tagger.transitions`).

Log-probability columns are in :data:`claims.labels.LABELS` order: :class:`~claims.tagger.predict.Tagger`
reorders a model's outputs from its own ``config.id2label`` order before they get here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claims.labels import LABELS
from claims.tagger.encode import Window
from claims.types import Role, Span


def merge_windows(n_tokens: int, wins: Sequence[Window], logprobs: Sequence[np.ndarray]) -> np.ndarray:
    """``(n_tokens, columns)`` rows (log-probabilities, or states), each row from its most central window.

    ``logprobs[k]`` holds the rows of window ``k`` without its special tokens.
    """
    width = logprobs[0].shape[1] if len(logprobs) else len(LABELS)
    out = np.zeros((n_tokens, width), dtype=np.float32)
    best = np.full(n_tokens, -1, dtype=np.int64)
    for win, lp in zip(wins, logprobs, strict=True):
        idx = np.arange(win.start, win.end)
        centrality = np.minimum(idx - win.start, win.end - 1 - idx)
        take = centrality > best[idx]
        out[idx[take]] = lp[: win.end - win.start][take]
        best[idx[take]] = centrality[take]
    if (best < 0).any():
        raise ValueError("windows do not cover every token")
    return out


def _allowed() -> np.ndarray:
    n = len(LABELS)
    ok = np.ones((n, n), dtype=bool)  # ok[prev, cur]
    for j, cur in enumerate(LABELS):
        if cur.startswith("I-"):
            role = cur[2:]
            ok[:, j] = False
            ok[LABELS.index(f"B-{role}"), j] = True
            ok[j, j] = True
    return ok


_ALLOWED = _allowed()
_START_OK = np.array([not label.startswith("I-") for label in LABELS])


def viterbi(logprobs: np.ndarray, transitions: np.ndarray | None = None) -> list[int]:
    """Best tag sequence under the BIO constraints, plus learned ``transitions[prev, cur]`` scores when given."""
    n = logprobs.shape[0]
    if n == 0:
        return []
    neg = np.float32(-1e9)
    trans = np.where(_ALLOWED, np.float32(0) if transitions is None else transitions.astype(np.float32), neg)
    score = np.where(_START_OK, logprobs[0], neg)
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logprobs[t]
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def decode_spans(
    offsets: Sequence[tuple[int, int]], logprobs: np.ndarray, transitions: np.ndarray | None = None
) -> list[tuple[Role, Span, float]]:
    """Spans with a confidence: the mean probability of their tokens' chosen tags.

    ``transitions``: learned scores added in Viterbi (:mod:`claims.tagger.transitions`).
    """
    path = viterbi(logprobs, transitions)
    probs = np.exp(logprobs[np.arange(len(path)), path]) if path else np.zeros(0)
    out: list[tuple[Role, Span, float]] = []
    run: list[int] = []  # token indices of the open span

    def close() -> None:
        if run:
            span = Span(offsets[run[0]][0], offsets[run[-1]][1])
            out.append((Role(LABELS[path[run[0]]][2:]), span, round(float(probs[run].mean()), 4)))
            run.clear()

    for i, label_id in enumerate(path):
        label = LABELS[label_id]
        if label.startswith("B-"):
            close()
            run.append(i)
        elif label.startswith("I-") and run:
            run.append(i)
        else:
            close()
    close()
    return out
