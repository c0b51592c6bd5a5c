"""Dependency trees from arc scores: the best tree of each sentence (Chu-Liu-Edmonds).

``scores[i, j]`` is the score of token ``j`` being the head of token ``i``; the diagonal
``scores[i, i]`` is the score of ``i`` being the sentence's root, as spaCy marks a root (its
own head). The result has exactly one root and no cycle, whatever the scores.
"""

from __future__ import annotations

import numpy as np


def best_tree(scores: np.ndarray) -> np.ndarray:
    """The head of every token (``heads[i] == i`` for the root) of the best tree.

    The root is the token with the highest root score; the rest is the highest-scoring
    tree under it (a second root is never chosen, as spaCy's sentences have one).
    """
    n = scores.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    # node 0 is an artificial root; token i is node i + 1; w[h, d]: head h, dependent d
    w = np.full((n + 1, n + 1), -np.inf)
    w[1:, 1:] = scores.T.astype(np.float64)
    np.fill_diagonal(w, -np.inf)
    w[0, 1:] = np.diag(scores).astype(np.float64)
    root = int(np.argmax(w[0, 1:])) + 1  # one root: the token most likely to be it
    w[0, :] = -np.inf
    w[:, root] = -np.inf
    w[0, root] = 0.0
    heads = _cle(w)
    out = heads[1:] - 1
    out[root - 1] = root - 1
    return out.astype(np.int64)


def _cle(w: np.ndarray) -> np.ndarray:
    """Chu-Liu-Edmonds on the weight matrix ``w[head, dependent]`` rooted at node 0."""
    n = w.shape[0]
    heads: np.ndarray = np.argmax(w, axis=0)
    heads[0] = 0
    cycle = _find_cycle(heads)
    if cycle is None:
        return heads
    in_cycle = np.zeros(n, dtype=bool)
    in_cycle[cycle] = True
    rest = np.flatnonzero(~in_cycle)
    c = len(rest)  # the contracted node's index in the smaller graph
    cycle_score = w[heads[cycle], cycle]
    small = np.full((c + 1, c + 1), -np.inf)
    small[:c, :c] = w[np.ix_(rest, rest)]
    # arcs into the cycle: entering node v replaces v's arc inside the cycle
    enter = w[np.ix_(rest, cycle)] - cycle_score[None, :]
    best_enter = np.argmax(enter, axis=1)
    small[:c, c] = enter[np.arange(c), best_enter]
    # arcs out of the cycle: the best cycle node as head of each other node
    leave = w[np.ix_(cycle, rest)]
    best_leave = np.argmax(leave, axis=0)
    small[c, :c] = leave[best_leave, np.arange(c)]
    sub = _cle(small)
    out = heads.copy()
    for k, node in enumerate(rest):
        if k == 0 and node == 0:
            continue
        h = sub[k]
        out[node] = cycle[best_leave[k]] if h == c else rest[h]
    h = sub[c]  # the arc entering the cycle breaks it at one node
    v = cycle[best_enter[h]]
    out[v] = rest[h]
    result: np.ndarray = out
    return result


def _find_cycle(heads: np.ndarray) -> np.ndarray | None:
    """The nodes of one cycle among the arcs ``heads`` (node 0 the root), or None."""
    n = len(heads)
    state = np.zeros(n, dtype=np.int8)  # 0 unseen, 1 on the current path, 2 done
    state[0] = 2
    for start in range(1, n):
        path = []
        node = start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = int(heads[node])
        if state[node] == 1:
            return np.array(path[path.index(node) :], dtype=np.int64)
        for p in path:
            state[p] = 2
    return None
