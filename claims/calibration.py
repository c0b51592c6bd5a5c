"""Calibrated attribution confidence: (origin, raw confidence) -> probability the attribution is right.

A :class:`Calibration` holds monotone maps (isotonic or Platt) fitted on annotated articles (``eval/calibration/fit.py``
fits the shipped model's on PolNeAR dev): one per origin family with enough examples, and one
global map for the rest. It is plain JSON data in the model directory (``calibration.json``);
the ``calibrate`` stage applies it, and ``min_confidence`` drops what falls below a threshold.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

import numpy as np

from claims.errors import ModelError, PipelineError
from claims.io import atomic_write, read_model_json
from claims.types import Analysis

if TYPE_CHECKING:  # imported where used: claims.pipeline's registry imports this module
    from claims.pipeline.pipe import Pipeline
    from claims.pipeline.stage import Context, Stage

CALIBRATION_FILE = "calibration.json"
VERSION = 1
METHODS = ("isotonic", "platt")
MIN_EXAMPLES = 40  # a family needs this many fitted examples for a fitted map of its own
PRIOR_WEIGHT = 10  # a smaller family's precision is shrunk toward the overall rate as if by this many examples
MAP_METHODS = (*METHODS, "shrunk")  # "shrunk": a constant, a small family's shrunken precision
TAGGER_ORIGINS = frozenset({"link", "join_pieces", "drop_fragments"})  # spans and confidence from the tagger
SCORED = frozenset({"claim_types", "sources", "unattributed", "assessments", "score"})  # facts read off the claims
A = frozenset({"attributions"})

Example = tuple[str | None, float, bool]  # origin, raw confidence, correct


class CalibrationError(ModelError):
    """A model directory's ``calibration.json`` is unreadable or malformed."""


def family(origin: str | None) -> str:
    """The origin family a map is fitted for: ``tagger`` for the tagger's attributions, else the rule stage."""
    return "tagger" if origin is None or origin in TAGGER_ORIGINS else origin


@dataclass(frozen=True)
class ConfidenceMap:
    """A monotone map given by points (isotonic thresholds or a sampled sigmoid), interpolated linearly."""

    x: tuple[float, ...]
    y: tuple[float, ...]
    n: int
    fitted_on: str
    date: str
    method: str = "isotonic"  # or "platt", or "shrunk" (MAP_METHODS)

    def __call__(self, confidence: float) -> float:
        return float(np.interp(confidence, self.x, self.y))


@dataclass(frozen=True)
class Calibration:
    """Isotonic maps per origin family, and a global map for every other family."""

    families: Mapping[str, ConfidenceMap]
    default: ConfidenceMap

    def apply(self, origin: str | None, confidence: float) -> float:
        """The calibrated probability that an attribution of this origin and raw confidence is right."""
        return round(self.families.get(family(origin), self.default)(confidence), 4)

    def to_json(self) -> dict[str, Any]:
        """The file form."""
        return {
            "_doc": "isotonic maps raw confidence -> P(attribution right), per origin family "
            "(claims.calibration); refit with python eval/calibration/fit.py",
            "version": VERSION,
            "families": {k: _map_json(m) for k, m in sorted(self.families.items())},
            "default": _map_json(self.default),
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Calibration:
        """Check and read the file form; anything off is a :class:`CalibrationError` naming ``where``."""
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise CalibrationError(f"{where}: not a calibration file of version {VERSION}")
        families = data.get("families", {})
        if not isinstance(families, dict):
            raise CalibrationError(f"{where}: 'families' must map origin families to maps")
        maps = {str(k): _map(v, f"{where}: families.{k}") for k, v in families.items()}
        return cls(maps, _map(data.get("default"), f"{where}: default"))


def _map_json(m: ConfidenceMap) -> dict[str, Any]:
    return {"x": list(m.x), "y": list(m.y), "n": m.n, "fitted_on": m.fitted_on, "date": m.date, "method": m.method}


def _map(data: Any, where: str) -> ConfidenceMap:
    if not isinstance(data, dict):
        raise CalibrationError(f"{where}: a map is an object with x, y, n, fitted_on, date")
    x, y = data.get("x"), data.get("y")
    if not (_numbers(x) and _numbers(y) and len(x) == len(y) and x):
        raise CalibrationError(f"{where}: x and y must be equally long, non-empty lists of numbers")
    if any(b < a for a, b in itertools.pairwise(x)) or not all(0 <= v <= 1 for v in y):
        raise CalibrationError(f"{where}: x must be increasing and y between 0 and 1")
    n, fitted_on, date = data.get("n"), data.get("fitted_on"), data.get("date")
    if not (isinstance(n, int) and isinstance(fitted_on, str) and isinstance(date, str)):
        raise CalibrationError(f"{where}: n must be an integer, fitted_on and date strings")
    method = data.get("method", "isotonic")
    if method not in MAP_METHODS:
        raise CalibrationError(f"{where}: method must be one of {', '.join(MAP_METHODS)}")
    return ConfidenceMap(tuple(map(float, x)), tuple(map(float, y)), n, fitted_on, date, method)


def _numbers(v: Any) -> TypeGuard[list[float]]:
    return isinstance(v, list) and all(
        isinstance(e, int | float) and not isinstance(e, bool) and math.isfinite(e) for e in v
    )


_GRID = np.linspace(0.0, 1.0, 51)  # where a Platt sigmoid is sampled for the file


def fit_map(
    conf: Iterable[float], correct: Iterable[bool], fitted_on: str, date: str, method: str = "isotonic"
) -> ConfidenceMap:
    """One monotone map from raw confidences and whether each attribution was right.

    ``isotonic``: scikit-learn's isotonic regression (its thresholds). ``platt``: a logistic
    regression on the raw confidence, sampled on a grid (fewer degrees of freedom, for small
    or noisy sets). Both are stored and applied the same way, by interpolation.
    """
    x, y = np.asarray(list(conf), dtype=np.float64), np.asarray(list(correct), dtype=np.float64)
    if method == "platt" and 0 < y.sum() < len(y):
        from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

        model = LogisticRegression(C=1e4).fit(x.reshape(-1, 1), y.astype(int))
        xs = [round(float(v), 6) for v in _GRID]
        ys = [round(float(v), 6) for v in model.predict_proba(_GRID.reshape(-1, 1))[:, 1]]
        return ConfidenceMap(tuple(xs), tuple(ys), len(x), fitted_on, date, "platt")
    if method not in METHODS:
        raise ValueError(f"unknown calibration method {method!r} (known: {', '.join(METHODS)})")
    from sklearn.isotonic import IsotonicRegression  # type: ignore[import-untyped]

    iso = IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1).fit(x, y)
    xs = [round(float(v), 6) for v in iso.X_thresholds_]
    ys = [round(float(v), 6) for v in iso.y_thresholds_]
    return ConfidenceMap(tuple(xs), tuple(ys), len(x), fitted_on, date, "isotonic")


def fit(
    examples: Iterable[Example],
    fitted_on: str,
    date: str | None = None,
    min_examples: int = MIN_EXAMPLES,
    method: str = "isotonic",
) -> Calibration:
    """Fit a map per family with >= ``min_examples`` examples, a shrunken constant for each smaller family.

    The global map, for origins never seen, is fitted on all examples.
    """
    date = date or dt.date.today().isoformat()
    by_family: dict[str, list[tuple[float, bool]]] = {}
    for origin, conf, correct in examples:
        by_family.setdefault(family(origin), []).append((conf, correct))
    if not by_family:
        raise ValueError("no examples to fit a calibration on")
    own = {k: v for k, v in by_family.items() if len(v) >= min_examples}
    rest = [e for v in by_family.values() for e in v]
    maps = {k: fit_map((c for c, _ in v), (ok for _, ok in v), fitted_on, date, method) for k, v in own.items()}
    every = [ok for v in by_family.values() for _, ok in v]
    pooled = sum(every) / len(every)
    for k, v in by_family.items():
        if k not in own:  # too few for a curve: its precision, shrunk toward the overall one
            p = round((sum(ok for _, ok in v) + PRIOR_WEIGHT * pooled) / (len(v) + PRIOR_WEIGHT), 6)
            maps[k] = ConfidenceMap((0.0, 1.0), (p, p), len(v), fitted_on, date, "shrunk")
    return Calibration(maps, fit_map((c for c, _ in rest), (ok for _, ok in rest), fitted_on, date, method))


def fit_model(
    model_dir: str | Path, gold: Sequence[Analysis], fitted_on: str, device: str = "auto"
) -> Calibration | None:
    """A calibration for the model in ``model_dir`` from annotated articles (its pipeline, less ``calibrate``).

    Every predicted attribution is labelled right when the one-to-one overlap matching pairs
    it with a gold one; None when the model finds no attribution at all. ``claims train``
    runs it on the dev data; ``eval/calibration/fit.py`` also measures it by cross-fitting.
    """
    from claims.evaluation.reliability import labelled
    from claims.pipeline import load

    preds = load(model_dir, exclude=["calibrate"], device=device).analyze_many([g.text for g in gold])
    examples = [(a.origin, a.confidence, ok) for p, g in zip(preds, gold, strict=True) for a, ok in labelled(p, g)]
    return fit(examples, fitted_on) if examples else None


def read_calibration(model_dir: str | Path) -> Calibration | None:
    """The model directory's calibration, or None when it has no ``calibration.json``."""
    path = Path(model_dir) / CALIBRATION_FILE
    if not path.is_file():
        return None
    return Calibration.from_json(read_model_json(path, "calibration", CalibrationError), str(path))


def write_calibration(model_dir: str | Path, cal: Calibration) -> None:
    """Write ``calibration.json`` into the model directory, atomically."""
    atomic_write(Path(model_dir) / CALIBRATION_FILE, json.dumps(cal.to_json(), indent=1) + "\n")


def calibrated(analysis: Analysis, cal: Calibration | None) -> Analysis:
    """The analysis with each attribution's confidence calibrated (unchanged without a calibration)."""
    if cal is None:
        return analysis
    attributions = tuple(replace(a, confidence=cal.apply(a.origin, a.confidence)) for a in analysis.attributions)
    return replace(analysis, attributions=attributions)


def calibrate_stage(settings: Mapping[str, Any]) -> Stage:
    """Stage ``calibrate``: read ``settings["model"]``'s calibration.json (none: confidences unchanged)."""
    from claims.pipeline.stage import Stage

    model = settings.get("model")
    cal = read_calibration(model) if model else None

    def run(analysis: Analysis, ctx: Context) -> Analysis:
        return calibrated(analysis, cal)

    # It changes no span and adds or drops no attribution, so it declares no fact of its own:
    # after_facts keeps every stage that sets attributions before it.
    doc = "Each attribution's confidence becomes the calibrated probability that it is right (calibration.json)."
    return Stage("calibrate", run=run, needs=A, after_facts=A, doc=doc)


def min_confidence_stage(p: float) -> Stage:
    """Stage ``min_confidence``: drop the attributions whose confidence is below ``p``."""
    from claims.pipeline.stage import Stage

    if not 0 <= p <= 1:
        raise PipelineError(f"a minimum confidence is between 0 and 1, not {p}")

    def run(analysis: Analysis, ctx: Context) -> Analysis:
        kept = [a for a in analysis.attributions if a.confidence >= p]
        if len(kept) == len(analysis.attributions):
            return analysis
        ids = {a.id for a in kept}
        kept = [a if a.within is None or a.within in ids else replace(a, within=None) for a in kept]
        return replace(analysis, attributions=tuple(kept))

    doc = f"Attributions with a confidence below {p:g} are dropped."
    return Stage("min_confidence", run=run, needs=A, after=("calibrate",), doc=doc)


def with_min_confidence(pipeline: Pipeline, p: float) -> Pipeline:
    """The pipeline with ``min_confidence`` after ``calibrate``, else before the first scoring stage."""
    stage = min_confidence_stage(p)
    first = next((st.name for st in pipeline.stages if st.sets & SCORED), None)
    if "calibrate" in pipeline.names:
        out = pipeline.with_stage(stage, after="calibrate")
    else:
        out = pipeline.with_stage(stage, before=first) if first else pipeline.with_stage(stage)
    if first is not None and out.names.index(first) < out.names.index(stage.name):
        raise PipelineError(f"stage 'min_confidence' must come before {first!r}: put 'calibrate' before it")
    return out
