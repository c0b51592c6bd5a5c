"""A spaCy ``Doc`` from the heads' predictions: what every rule reads, as if spaCy had parsed it.

The text is tokenised by the spaCy pipeline's own tokenizer; each token reads the encoder
state of its first word piece. Whitespace tokens carry no word piece and get what spaCy
gives them (tag ``_SP``, dependency ``dep`` on the token before). Coarse parts of speech
come from the pipeline's attribute ruler, as in spaCy's run (predicted ones where it has
none); lemmas are made by its lemmatizer when a rule reads one (:func:`claims.lemmas.lemma`;
a lemmatizer not made lazy runs here).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from claims.lemmas import NAME as LEMMATIZER
from claims.lemmas import parse_off

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_PARAGRAPH = 200  # tokens the LSTM reads at once; a longer paragraph is read in pieces


def first_pieces(doc: Doc, offsets: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """For each token, the index of the first word piece that overlaps it, and whether it has none."""
    n = len(offsets)
    space = np.fromiter((t.is_space for t in doc), dtype=bool, count=len(doc))
    if n == 0:
        return np.zeros(len(doc), dtype=np.int64), np.ones(len(doc), dtype=bool)
    starts = np.fromiter((s for s, _ in offsets), dtype=np.int64, count=n)
    ends = np.fromiter((e for _, e in offsets), dtype=np.int64, count=n)
    idx = np.fromiter((t.idx for t in doc), dtype=np.int64, count=len(doc))
    stop = idx + np.fromiter((len(t) for t in doc), dtype=np.int64, count=len(doc))
    j = np.searchsorted(ends, idx, side="right")  # the first piece ending after the token starts
    safe = np.minimum(j, n - 1)
    return safe, space | (j >= n) | (starts[safe] >= stop)


def paragraphs(doc: Doc, size: int = MAX_PARAGRAPH) -> list[tuple[int, int]]:
    """Token ranges read together: cut after each token holding a line break, and every ``size`` tokens."""
    cuts = [0, *(t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)), len(doc)]
    out: list[tuple[int, int]] = []
    for a, b in pairwise(cuts):
        out.extend((s, min(b, s + size)) for s in range(a, b, size))
    return out


def build_doc(
    nlp: Language,
    tokens: Doc,
    tags: Sequence[str],
    heads: Sequence[int],
    deps: Sequence[str],
    ents: Sequence[str],
    pos: Sequence[str] | None = None,
) -> Doc:
    """The parsed ``Doc`` (absolute head indices, a root its own head), tagged, with entities.

    The pipeline's attribute ruler sets parts of speech, morphology and some lemmas from the
    tags, as in spaCy's own run; ``pos`` (predicted coarse parts of speech) stands in for it
    only in a pipeline without one (without the ruler's morphology and lemma exceptions,
    lemmas agree with spaCy's on 94% of PolNeAR dev tokens: "is" stays "is").
    """
    from spacy.tokens import Doc

    out = Doc(
        nlp.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        tags=list(tags),
        heads=[int(h) for h in heads],
        deps=list(deps),
        ents=valid_bio(ents),
    )
    if "attribute_ruler" in nlp.pipe_names:
        out = nlp.get_pipe("attribute_ruler")(out)
    elif pos is not None:
        for token, p in zip(out, pos, strict=True):
            token.pos_ = p
    if LEMMATIZER in nlp.pipe_names and LEMMATIZER not in parse_off(nlp):
        out = nlp.get_pipe(LEMMATIZER)(out)
    return out


def valid_bio(tags: Sequence[str]) -> list[str]:
    """BIO tags with every ``I-X`` that does not continue an ``X`` made ``B-X``."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out
