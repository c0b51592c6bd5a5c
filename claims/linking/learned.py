"""The learned linker (stage ``learned_link``): a pair model decides which cue each span belongs to.

:class:`LinkModel` is data: a one-hidden-layer network over the pair features of
:mod:`claims.linking.pairs`, as plain JSON (``claims/data/linker.json``, fitted by
:func:`claims.linking.fit.fit_link_model`); scoring needs numpy only. Decoding is joint per
article: each content fragment and each source goes to the cue that scores it highest, when
that score reaches the threshold; a cue left with content and no source of its own shares its
best-scoring source above the threshold ("X said Y, adding that Z"), unless it is an agentless
cue ("reportedly"). Sources that are the expletive of a passive cue are dropped, as by the rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from claims.errors import ModelError
from claims.io import read_model_json
from claims.linking.pairs import Candidates, candidates
from claims.linking.rules import expletive
from claims.rubric import Rubric
from claims.text import quote_kind
from claims.types import Analysis, Attribution, Role, Span, TaggedSpan

FORMAT = "claims-linker"
VERSION = 1


@dataclass(frozen=True)
class LinkModel:
    """P(span belongs to cue) from the pair's features: ``sigmoid(w2 . relu(W1[features].sum + b1) + b2)``."""

    features: tuple[str, ...]
    w1: np.ndarray  # (features, hidden)
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden,)
    b2: float
    threshold: float = 0.5
    card: Mapping[str, Any] = field(default_factory=dict)  # data and settings it was fitted with

    def __post_init__(self) -> None:
        n, h = self.w1.shape if self.w1.ndim == 2 else (-1, -1)
        if n != len(self.features) or self.b1.shape != (h,) or self.w2.shape != (h,):
            raise ModelError("linker: the weights' shapes do not match its features and hidden size")

    @cached_property
    def _column(self) -> dict[str, int]:
        return {name: k for k, name in enumerate(self.features)}

    def probabilities(self, features: Sequence[Sequence[str]]) -> np.ndarray:
        """The probability of each pair (a feature this model never saw counts for nothing)."""
        column = self._column
        x = np.zeros((len(features), len(self.features)), dtype=np.float32)
        for row, names in enumerate(features):
            x[row, [column[n] for n in names if n in column]] = 1.0
        hidden = np.maximum(x @ self.w1 + self.b1, 0.0)
        return np.asarray(1.0 / (1.0 + np.exp(-(hidden @ self.w2 + self.b2))), dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        """The file form."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "features": list(self.features),
            "w1": [[round(float(v), 6) for v in row] for row in self.w1],
            "b1": [round(float(v), 6) for v in self.b1],
            "w2": [round(float(v), 6) for v in self.w2],
            "b2": round(self.b2, 6),
            "threshold": self.threshold,
            "card": dict(self.card),
        }

    @classmethod
    def from_json(cls, obj: Any, where: str = "linker.json") -> LinkModel:
        """Read the file form; anything malformed is a :class:`ModelError` naming ``where``."""
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise ModelError(f'{where}: not a claims linker (no "format": "{FORMAT}")')
        if obj.get("version") != VERSION:
            raise ModelError(f"{where}: version {obj.get('version')!r}, this claims reads {VERSION}")
        try:
            return cls(
                features=tuple(str(f) for f in obj["features"]),
                w1=np.asarray(obj["w1"], dtype=np.float32),
                b1=np.asarray(obj["b1"], dtype=np.float32),
                w2=np.asarray(obj["w2"], dtype=np.float32),
                b2=float(obj["b2"]),
                threshold=float(obj["threshold"]),
                card=dict(obj.get("card", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed linker ({type(exc).__name__}: {exc})") from None
        except ModelError as exc:
            raise ModelError(f"{where}: {exc}") from None

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinkModel:
        """A linker file (default: the shipped one, fitted on PolNeAR train)."""
        if path is None:
            shipped = resources.files("claims") / "data" / "linker.json"
            return cls.from_json(read_model_json(Path(str(shipped)), "linker"), "claims/data/linker.json")
        return cls.from_json(read_model_json(Path(path), "linker"), str(path))


def _decode(text: str, cands: Candidates, p: np.ndarray, threshold: float, rubric: Rubric) -> list[Attribution]:
    best: dict[int, tuple[float, int]] = {}
    best_source: dict[int, tuple[float, int]] = {}  # per cue: its highest-scoring source above the threshold
    for (i, j), q in zip(cands.pairs, p, strict=True):
        if q < threshold:
            continue
        if q > best.get(i, (0.0, -1))[0]:
            best[i] = (float(q), j)
        if cands.others[i].role is Role.SOURCE and (float(q), i) > best_source.get(j, (0.0, -1)):
            best_source[j] = (float(q), i)
    contents: dict[int, list[int]] = {}
    sources: dict[int, list[int]] = {}
    for i, (_, j) in best.items():
        (sources if cands.others[i].role is Role.SOURCE else contents).setdefault(j, []).append(i)
    agentless = rubric.words("agentless_cues")
    for j in contents:
        if j not in sources and j in best_source and cands.cues[j].span.of(text).lower().strip() not in agentless:
            sources[j] = [best_source[j][1]]
    out: list[Attribution] = []
    for j in sorted(contents):
        cue = cands.cues[j]
        srcs = [
            cands.others[i] for i in sources.get(j, []) if not expletive(text, cue.span, cands.others[i].span, rubric)
        ]
        parts = [cands.others[i] for i in contents[j]]
        spans: tuple[Span, ...] = tuple(sorted(t.span for t in parts))
        confs = [cue.confidence, *(t.confidence for t in parts), *(t.confidence for t in srcs)]
        out.append(
            Attribution(
                id=f"a{len(out) + 1}",
                cues=(cue.span,),
                contents=spans,
                sources=tuple(sorted(t.span for t in srcs)),
                kind=quote_kind(text, spans),
                confidence=round(min(confs), 4),
            )
        )
    return out


def learned_link(text: str, spans: Sequence[TaggedSpan], model: LinkModel, rubric: Rubric | None = None) -> Analysis:
    """Join tagged spans into attributions with the pair model (sorted by cue position)."""
    cands = candidates(text, spans)
    p = model.probabilities(cands.features) if cands.pairs else np.zeros(0)
    attributions = _decode(text, cands, p, model.threshold, rubric or Rubric.default())
    return Analysis(text=text, attributions=tuple(attributions))
