"""Fitting the learned linker on annotated articles (scikit-learn; the result is plain data)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np

from claims.errors import DataError
from claims.linking.learned import LinkModel
from claims.linking.pairs import candidates, gold_links
from claims.tagger.stage import gold_spans
from claims.types import Analysis


def training_pairs(docs: Sequence[Analysis]) -> tuple[list[tuple[str, ...]], list[bool]]:
    """The features and labels of every candidate pair of the documents' annotated spans."""
    features: list[tuple[str, ...]] = []
    labels: list[bool] = []
    for doc in docs:
        cands = candidates(doc.text, gold_spans(doc))
        gold = gold_links(doc)
        for (i, j), names in zip(cands.pairs, cands.features, strict=True):
            span = cands.others[i]
            features.append(names)
            labels.append((cands.cues[j].span, span.role, span.span) in gold)
    return features, labels


def fit_link_model(docs: Sequence[Analysis], hidden: int = 64, seed: int = 13, threshold: float = 0.5) -> LinkModel:
    """A :class:`LinkModel` fitted on the documents' annotated links (one ReLU layer, early stopping)."""
    from sklearn.exceptions import ConvergenceWarning  # type: ignore[import-untyped]
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.neural_network import MLPClassifier  # type: ignore[import-untyped]

    features, labels = training_pairs(docs)
    if len(set(labels)) < 2:
        raise DataError("the linker needs annotated attributions with a cue and both linked and unlinked spans")
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in features])
    net = MLPClassifier(
        hidden_layer_sizes=(hidden,),
        alpha=1e-3,
        max_iter=60,
        early_stopping=len(labels) >= 200,
        random_state=seed,
    )
    with warnings.catch_warnings():  # not converged in max_iter: said in the card instead
        warnings.simplefilter("ignore", ConvergenceWarning)
        net.fit(x, np.asarray(labels))
    w1, w2 = net.coefs_
    b1, b2 = net.intercepts_
    card = {
        "articles": len(docs),
        "pairs": len(labels),
        "linked": int(sum(labels)),
        "hidden": hidden,
        "seed": seed,
        "epochs": int(net.n_iter_),
        "converged": int(net.n_iter_) < net.max_iter,  # sklearn warns exactly when it ran them all
    }
    return LinkModel(
        features=tuple(str(n) for n in vec.feature_names_),
        w1=np.asarray(w1, dtype=np.float32),
        b1=np.asarray(b1, dtype=np.float32),
        w2=np.asarray(w2[:, 0], dtype=np.float32),
        b2=float(b2[0]),
        threshold=threshold,
        card=card,
    )
