"""Fitting the syntax heads: distil a spaCy pipeline's tags, parse and entities on any text.

The teacher is the spaCy pipeline (``en_core_web_sm`` by default) run over the texts; the
student reads the tagger's encoder states of the same texts, so it needs no labelled data
and must be refitted when the tagger changes. Arcs are learned within spaCy's sentences,
only for tokens whose head lies in the same paragraph piece.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import torch
from torch import nn

from claims.syntax.doc import paragraphs
from claims.syntax.heads import SyntaxConfig, SyntaxHeads
from claims.syntax.parse import Features, stack, token_features

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from claims.tagger.predict import Tagger


@dataclass(frozen=True)
class Targets:
    """What the teacher says of one article's tokens, as label ids (``head`` absolute)."""

    tag: np.ndarray
    pos: np.ndarray
    ent: np.ndarray
    start: np.ndarray
    head: np.ndarray
    dep: np.ndarray
    sentence: np.ndarray  # sentence number of each token


def label_sets(nlp: Language) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The teacher's tags, arc labels (with ``ROOT``) and entity BIO labels (:data:`POS` are the coarse tags)."""
    names = nlp.pipe_names
    tags: tuple[str, ...] = tuple(nlp.get_pipe("tagger").labels) if "tagger" in names else ()  # type: ignore[attr-defined]
    deps = {"ROOT", "dep", *(nlp.get_pipe("parser").labels if "parser" in names else ())}  # type: ignore[attr-defined]
    types = sorted(nlp.get_pipe("ner").labels) if "ner" in names else []  # type: ignore[attr-defined]
    ents = ("O", *(f"{p}-{t}" for t in types for p in ("B", "I")))
    return tuple(sorted({*tags, "_SP"})), tuple(sorted(deps)), ents


POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
       "SCONJ", "SPACE", "SYM", "VERB", "X")  # fmt: skip


def targets(doc: Doc, config: SyntaxConfig) -> Targets:
    """The label ids of a spaCy-annotated ``Doc``."""
    tag_id = {t: i for i, t in enumerate(config.tags)}
    pos_id = {t: i for i, t in enumerate(config.pos)}
    dep_id = {t: i for i, t in enumerate(config.deps)}
    ent_id = {t: i for i, t in enumerate(config.ents)}
    toks = list(doc)
    ent = [t.ent_iob_ + "-" + t.ent_type_ if t.ent_type_ else "O" for t in toks]
    start = np.array([bool(t.is_sent_start) for t in toks])
    return Targets(
        tag=np.array([tag_id.get(t.tag_, 0) for t in toks], dtype=np.int64),
        pos=np.array([pos_id.get(t.pos_, 0) for t in toks], dtype=np.int64),
        ent=np.array([ent_id.get(e, 0) for e in ent], dtype=np.int64),
        start=start.astype(np.float32),
        head=np.array([t.head.i for t in toks], dtype=np.int64),
        dep=np.array([dep_id.get(t.dep_, dep_id["dep"]) for t in toks], dtype=np.int64),
        sentence=np.cumsum(start) - 1,
    )


def _batch(
    jobs: Sequence[tuple[Features, Targets, int, int]],
) -> tuple[torch.Tensor, torch.Tensor, dict[str, torch.Tensor]]:
    states, lexical = stack([(f, a, b) for f, _, a, b in jobs])
    width = states.shape[1]
    keys = ("tag", "pos", "ent", "start", "dep", "head", "sentence")
    out = {k: torch.zeros((len(jobs), width), dtype=torch.float32 if k == "start" else torch.long) for k in keys}
    valid = torch.zeros((len(jobs), width), dtype=torch.bool)
    sent = torch.full((len(jobs), width), -1, dtype=torch.long)
    for k, (f, t, a, b) in enumerate(jobs):
        for key in keys:
            out[key][k, : b - a] = torch.from_numpy(getattr(t, key)[a:b] - (a if key == "head" else 0))
        valid[k, : b - a] = torch.from_numpy(~f.blank[a:b])
        sent[k, : b - a] = torch.from_numpy(t.sentence[a:b])
    head = out["head"]
    inside = (head >= 0) & (head < width)
    head = head.clamp(0, width - 1)
    same = sent.unsqueeze(2) == sent.unsqueeze(1)
    arc_ok = valid & inside & (torch.gather(sent, 1, head) == sent)
    out["head"], out["valid"], out["arc_ok"], out["same"] = head, valid, arc_ok, same & (sent >= 0).unsqueeze(1)
    return states, lexical, out


def losses(heads: SyntaxHeads, states: torch.Tensor, lexical: torch.Tensor, y: dict[str, torch.Tensor]) -> torch.Tensor:
    """The summed losses of a batch of paragraphs (arcs scored within spaCy's sentences)."""
    ce = nn.functional.cross_entropy
    x = heads.encode(states, lexical)
    v, ok = y["valid"], y["arc_ok"]
    arcs = heads.arcs(x).masked_fill(~y["same"], -1e4)
    lab = heads.labels(x, y["head"])
    loss = ce(heads.tag(x)[v], y["tag"][v]) + ce(heads.ent(x)[v], y["ent"][v])
    if heads.config.pos:
        loss = loss + ce(heads.pos(x)[v], y["pos"][v])
    loss = loss + nn.functional.binary_cross_entropy_with_logits(heads.sent(x).squeeze(-1)[v], y["start"][v])
    if ok.any():
        loss = loss + ce(arcs[ok], y["head"][ok]) + ce(lab[ok], y["dep"][ok])
    return loss


def fit_heads(
    config: SyntaxConfig,
    data: Sequence[tuple[Features, Targets]],
    epochs: int = 8,
    batch_size: int = 32,
    lr: float = 2e-3,
    seed: int = 13,
    log: Callable[[str], None] | None = None,
) -> SyntaxHeads:
    """Heads fitted on ``(features, targets)`` of each article (AdamW, one-cycle schedule)."""
    torch.manual_seed(seed)
    heads = SyntaxHeads(config)
    jobs = [(f, t, a, b) for f, t in data for a, b in paragraphs(f.tokens)]
    jobs.sort(key=lambda j: j[3] - j[2])
    batches = [jobs[i : i + batch_size] for i in range(0, len(jobs), batch_size)]
    opt = torch.optim.AdamW(heads.parameters(), lr=lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, lr, total_steps=max(1, epochs * len(batches)))
    rng = np.random.default_rng(seed)
    for epoch in range(epochs):
        heads.train()
        started, total = time.perf_counter(), 0.0
        for k in rng.permutation(len(batches)):
            states, lexical, y = _batch(batches[k])
            loss = losses(heads, states, lexical, y)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(heads.parameters(), 5.0)
            opt.step()
            sched.step()
            total += loss.item()
        if log is not None:
            mean = total / max(1, len(batches))
            log(f"epoch {epoch + 1}/{epochs}: loss {mean:.3f} ({time.perf_counter() - started:.0f} s)")
    return heads.eval()


def article_features(
    tagger: Tagger, nlp: Language, texts: Sequence[str], config: SyntaxConfig, batch_size: int = 16
) -> list[tuple[Features, Targets]]:
    """Teacher targets (spaCy's full run) and student inputs (the tagger's states) for ``texts``."""
    from claims.tagger.encode import encode

    docs = list(nlp.pipe(texts))
    encoded = [encode(tagger.tokenizer, t) for t in texts]
    _, states = tagger.forward(encoded, batch_size, layers=config.layers)
    return [
        (token_features(doc, enc.offsets, s, config.buckets), targets(doc, config))
        for doc, enc, s in zip(docs, encoded, states, strict=True)
    ]
