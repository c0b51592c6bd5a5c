"""Parsing with the syntax heads: a tagger's encoder states in, spaCy ``Doc`` objects out.

:class:`SyntaxParser` batches the paragraphs of many articles (length-sorted) through the
heads, decodes each sentence's best tree (:func:`~claims.syntax.tree.best_tree`) and builds
the ``Doc`` with :func:`~claims.syntax.doc.build_doc`. A sentence starts at each token the
sentence head marks (and at each paragraph); a whitespace token never starts one and hangs
on the token before it, as in spaCy's parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch

from claims.errors import ModelError
from claims.syntax.doc import build_doc, first_pieces, paragraphs
from claims.syntax.heads import DIRECTORY, SyntaxHeads, load_heads
from claims.syntax.tree import best_tree

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Features:
    """One article's token inputs: encoder vectors, lexical hash ids, and which tokens are blank."""

    tokens: Doc
    states: np.ndarray  # (tokens, inputs) float32
    lexical: np.ndarray  # (tokens, 3) int64
    blank: np.ndarray  # (tokens,) bool: whitespace, or no word piece


def token_features(
    tokens: Doc, offsets: Sequence[tuple[int, int]], states: np.ndarray, buckets: Sequence[int]
) -> Features:
    """The inputs of ``tokens`` (a spaCy ``Doc``) from the word pieces' ``states``."""
    piece, blank = first_pieces(tokens, offsets)
    vectors = states[piece] if len(states) else np.zeros((len(tokens), states.shape[1]), dtype=np.float32)
    hashes = tokens.to_array(["NORM", "SUFFIX", "SHAPE"]).astype(np.uint64)
    lexical = (hashes % np.asarray(buckets, dtype=np.uint64)).astype(np.int64)
    return Features(tokens, np.ascontiguousarray(vectors, dtype=np.float32), lexical.reshape(len(tokens), 3), blank)


def stack(pieces: Sequence[tuple[Features, int, int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Paragraphs ``(features, start, end)`` padded into the heads' input tensors."""
    width = max(b - a for _, a, b in pieces)
    f0 = pieces[0][0]
    states = torch.zeros((len(pieces), width, f0.states.shape[1]))
    lexical = torch.zeros((len(pieces), width, 3), dtype=torch.long)
    for k, (f, a, b) in enumerate(pieces):
        states[k, : b - a] = torch.from_numpy(f.states[a:b])
        lexical[k, : b - a] = torch.from_numpy(f.lexical[a:b])
    return states, lexical


class SyntaxParser:
    """Syntax heads and the spaCy pipeline they stand in for (its tokenizer, vocabulary and lemmatizer)."""

    def __init__(self, heads: SyntaxHeads, nlp: Language, batch_size: int = 64) -> None:
        self.heads = heads.eval()
        self.nlp = nlp
        self.batch_size = batch_size
        self.root = heads.config.deps.index("ROOT") if "ROOT" in heads.config.deps else -1

    @classmethod
    def from_model_dir(cls, path: str | Path, fingerprint: str | None = None) -> SyntaxParser | None:
        """The parser of a model directory's ``syntax/`` heads, or None when it has none.

        ``fingerprint`` (:func:`~claims.tagger.model.tagger_fingerprint` of the tagger loaded from
        ``path``): heads fitted on another tagger's states are a ModelError, not a silent bad parse.
        """
        from claims.nlp import parser

        heads = load_heads(path)
        if heads is None:
            return None
        if fingerprint is not None and heads.config.tagger != fingerprint:
            raise ModelError(
                f"{Path(path) / DIRECTORY}: the syntax heads were fitted on another tagger's states; "
                "refit them (python eval/syntax.py --fit N --model DIR) or delete that folder"
            )
        return cls(heads, parser(heads.config.parser))

    @property
    def layers(self) -> tuple[int, ...]:
        """The encoder layers whose states the heads read."""
        return self.heads.config.layers

    def features(self, text: str, offsets: Sequence[tuple[int, int]], states: np.ndarray) -> Features:
        """The inputs for one article: spaCy's tokens of ``text`` and its word pieces' states."""
        return token_features(self.nlp.make_doc(text), offsets, states, self.heads.config.buckets)

    def parse_many(self, articles: Sequence[Features]) -> list[Doc]:
        """The parsed ``Doc`` of each article."""
        jobs = [(k, a, b) for k, f in enumerate(articles) for a, b in paragraphs(f.tokens)]
        jobs.sort(key=lambda j: j[2] - j[1])
        n = [len(f.tokens) for f in articles]
        tags = [np.zeros(m, dtype=np.int64) for m in n]
        pos = [np.zeros(m, dtype=np.int64) for m in n]
        ents = [np.zeros(m, dtype=np.int64) for m in n]
        heads = [np.arange(m) for m in n]
        labels = [np.full(m, -1, dtype=np.int64) for m in n]
        with torch.inference_mode():
            for i in range(0, len(jobs), self.batch_size):
                chunk = jobs[i : i + self.batch_size]
                states, lexical = stack([(articles[k], a, b) for k, a, b in chunk])
                x = self.heads.encode(states, lexical)
                tag = self.heads.tag(x).argmax(-1).numpy()
                coarse = self.heads.pos(x).argmax(-1).numpy()
                ent = self.heads.ent(x).argmax(-1).numpy()
                starts = (self.heads.sent(x).squeeze(-1) > 0).numpy()
                arcs = self.heads.arcs(x).float().numpy()
                chosen = np.zeros(tag.shape, dtype=np.int64)
                for row, (k, a, b) in enumerate(chunk):
                    tags[k][a:b], ents[k][a:b], pos[k][a:b] = tag[row, : b - a], ent[row, : b - a], coarse[row, : b - a]
                    local = self._trees(arcs[row, : b - a, : b - a], starts[row, : b - a], articles[k].blank[a:b])
                    chosen[row, : b - a] = local
                    heads[k][a:b] = local + a
                lab = self.heads.labels(x, torch.from_numpy(chosen)).float()
                if self.root >= 0:
                    lab[..., self.root] = -torch.inf  # a root is marked by its head, never by the label
                lab_ids = lab.argmax(-1).numpy()
                for row, (k, a, b) in enumerate(chunk):
                    labels[k][a:b] = lab_ids[row, : b - a]
        return [
            self._doc(f, t, h, d, e, p)
            for f, t, h, d, e, p in zip(articles, tags, heads, labels, ents, pos, strict=True)
        ]

    @staticmethod
    def _trees(arcs: np.ndarray, starts: np.ndarray, blank: np.ndarray) -> np.ndarray:
        """Each token's head within one paragraph: the best tree of each sentence."""
        n = len(blank)
        out = np.arange(n)
        cuts = [0, *(i for i in range(1, n) if starts[i] and not blank[i]), n]
        for a, b in pairwise(cuts):
            keep = np.flatnonzero(~blank[a:b]) + a
            if len(keep):
                out[keep] = keep[best_tree(arcs[np.ix_(keep, keep)])]
            for i in np.flatnonzero(blank[a:b]) + a:  # whitespace hangs on the token before (after, first)
                out[i] = i - 1 if i > a else (keep[0] if len(keep) else i)
        return out

    def _doc(
        self, f: Features, tags: np.ndarray, heads: np.ndarray, labels: np.ndarray, ents: np.ndarray, pos: np.ndarray
    ) -> Doc:
        c = self.heads.config
        blank = f.blank
        n = len(f.tokens)
        return build_doc(
            self.nlp,
            f.tokens,
            tags=["_SP" if blank[i] else c.tags[tags[i]] for i in range(n)],
            heads=heads.tolist(),
            deps=["dep" if blank[i] else "ROOT" if heads[i] == i else c.deps[labels[i]] for i in range(n)],
            ents=["O" if blank[i] else c.ents[ents[i]] for i in range(n)],
            pos=["SPACE" if blank[i] else c.pos[pos[i]] for i in range(n)] if c.pos else None,
        )
