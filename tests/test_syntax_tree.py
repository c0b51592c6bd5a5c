import itertools

import numpy as np
import pytest

from claims.syntax.tree import best_tree


def is_tree(heads: np.ndarray) -> bool:
    roots = [i for i, h in enumerate(heads) if h == i]
    if len(roots) != 1:
        return False
    for i in range(len(heads)):
        seen = set()
        while heads[i] != i:
            if i in seen:
                return False
            seen.add(i)
            i = int(heads[i])
    return True


def best_by_search(scores: np.ndarray, root: int) -> float:
    n = len(scores)
    best = -np.inf
    for heads in itertools.product(range(n), repeat=n):
        if [i for i in range(n) if heads[i] == i] == [root] and is_tree(np.array(heads)):
            best = max(best, sum(scores[i, heads[i]] for i in range(n)))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_best_tree_is_the_best_tree_under_the_likeliest_root(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 6))
    scores = rng.normal(size=(n, n))
    heads = best_tree(scores)
    root = int(np.argmax(np.diag(scores)))
    assert is_tree(heads) and heads[root] == root
    assert sum(scores[i, heads[i]] for i in range(n)) == pytest.approx(best_by_search(scores, root))


def test_a_cycle_in_the_best_heads_is_broken() -> None:
    scores = np.full((4, 4), -5.0)
    scores[0, 0] = 3.0  # token 0 the root
    scores[1, 2] = scores[2, 3] = scores[3, 1] = 4.0  # 1 <- 2 <- 3 <- 1: a cycle
    scores[2, 0] = 1.0
    heads = best_tree(scores)
    assert is_tree(heads)
    assert list(heads) == [0, 2, 0, 1]  # the cheapest break: 2 hangs on the root


def test_empty_and_single_token() -> None:
    assert list(best_tree(np.zeros((0, 0)))) == []
    assert list(best_tree(np.zeros((1, 1)))) == [0]
