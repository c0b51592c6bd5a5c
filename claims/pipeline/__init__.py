"""The analysis as a pipeline of named stages, and the :class:`Analyzer` that runs it.

No file I/O here beyond reading pipeline files and model directories: the CLI reads
articles and writes reports.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from claims.errors import ModelError, PipelineError
from claims.pipeline.config import PipelineSpec, default_spec, read_spec, spec_for
from claims.pipeline.pipe import CHUNK, Pipeline, check
from claims.pipeline.registry import STAGES, make
from claims.pipeline.stage import FACTS, Context, Stage
from claims.rubric import Rubric
from claims.types import Analysis

__all__ = [
    "CHUNK", "FACTS", "STAGES", "Analyzer", "Context", "Pipeline", "PipelineSpec", "Stage", "build", "check",
    "default_model_path", "default_spec", "load", "plan", "read_spec", "stage_rows",
]  # fmt: skip

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "models"
DEFAULT_MODEL_NAME = "claims-minilm"


def default_model_path() -> Path:
    """``$CLAIMS_MODEL``, else the model shipped in ``models/``."""
    env = os.environ.get("CLAIMS_MODEL")
    return Path(env) if env else MODELS_DIR / DEFAULT_MODEL_NAME


class Analyzer:
    """A pipeline and a rubric: analyse many articles with the model loaded once."""

    def __init__(self, pipeline: Pipeline, rubric: Rubric | None = None) -> None:
        self.pipeline = pipeline
        self.rubric = rubric or Rubric.default()

    def with_pipeline(self, pipeline: Pipeline) -> Analyzer:
        """The same rubric with another pipeline (``analyzer.pipeline.with_stage(...)`` etc.)."""
        return Analyzer(pipeline, self.rubric)

    def analyze(self, text: str, id: str | None = None) -> Analysis:
        """The analysis of one article."""
        return next(self.analyze_many([text], [id]))

    def analyze_many(
        self,
        texts: Sequence[str],
        ids: Sequence[str | None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        metas: Sequence[Mapping[str, Any]] | None = None,
        timer: Callable[[str, float], None] | None = None,
    ) -> Iterator[Analysis]:
        """Analyses of many articles, in order; ``progress(characters_done, characters)``.

        ``metas`` give each article's ``meta`` (``{"outlet": "Reuters"}``); ``timer(stage, seconds)``
        hears each stage's time on each chunk of articles (``eval/benchmark.py``).
        """
        return self.pipeline.run_many(texts, self.rubric, ids, progress, metas, timer)


def build(
    spec: PipelineSpec,
    exclude: Iterable[str] = (),
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    replace: Mapping[str, Stage] | None = None,
) -> Pipeline:
    """A pipeline from a spec, less the excluded stages.

    ``settings`` add to the spec's settings per stage; ``replace`` puts ready stages in the
    place of named ones (``{"tagger": gold_spans_stage(docs)}``: nothing is loaded for them).
    """
    given = dict(replace or {})
    exclude = list(exclude)
    for name in exclude:
        if name not in spec.stages:
            raise PipelineError(f"cannot exclude {name!r}: no such stage in {spec.path} ({', '.join(spec.stages)})")
    names = [n for n in spec.stages if n not in exclude]
    for name in names:
        if name not in STAGES:
            raise PipelineError(f"{spec.path}: unknown stage {name!r} (known: {', '.join(STAGES)})")
    extra = settings or {}
    plan = [(n, {**spec.settings.get(n, {}), **extra.get(n, {})}) for n in names]
    stages = [given.get(n) or (_placeholder(n) if n == "tagger" else make(n, s)) for n, s in plan]
    check(stages)  # refuse a broken order before loading a model
    return Pipeline(
        make(n, s) if n == "tagger" and n not in given else stage for (n, s), stage in zip(plan, stages, strict=True)
    )


def _placeholder(name: str, doc: str = "") -> Stage:
    """A stand-in with the tagger's declarations, to check the order without loading the model."""

    def same(analyses: Sequence[Analysis], contexts: Sequence[Context], progress: object) -> list[Analysis]:
        return list(analyses)

    return Stage(name, run_batch=same, sets=frozenset({"spans"}), doc=doc)


def plan(model: Path, pipeline: str | Path | None = None, exclude: Iterable[str] = ()) -> Pipeline:
    """The pipeline :func:`load` would build, checked, with the tagger not loaded (for ``--list-stages``)."""
    spec = spec_for(model if model.is_dir() else None, pipeline)
    tagger = _placeholder("tagger", f"role spans from the transformer tagger ({model})")
    return build(spec, exclude, {"unattributed": {"model": str(model)}}, replace={"tagger": tagger})


def stage_rows(pipeline: Pipeline) -> list[tuple[str, str, str, str, str]]:
    """``(name, needs, sets, after, what it does)`` for each stage: the table of ``--list-stages`` and the docs."""
    rows = []
    for s in pipeline.stages:
        after = [*s.after, *(f"every stage setting {f}" for f in sorted(s.after_facts))]
        rows.append((s.name, ", ".join(sorted(s.needs)) or "-", ", ".join(sorted(s.sets)) or "-",
                     ", ".join(after) or "-", s.doc))  # fmt: skip
    return rows


def load(
    model: str | Path | None = None,
    precision: str = "auto",
    rubric: Rubric | None = None,
    exclude: Iterable[str] = (),
    pipeline: str | Path | None = None,
    checkworthy_threshold: float | None = None,
    device: str = "auto",
) -> Analyzer:
    """An :class:`Analyzer` for a model directory (default: the shipped model).

    ``pipeline`` names a pipeline file (default: the model directory's own, else the
    package's); ``exclude`` drops stages by name. The model is loaded only when the
    pipeline has a tagger. ``checkworthy_threshold`` replaces the check-worthiness
    classifier's own threshold for listing unattributed claims. ``device`` (``auto``, ``cpu``,
    ``cuda``) is where the tagger runs (``claims.device.resolve_device``).
    """
    path = Path(model) if model is not None else default_model_path()
    spec = spec_for(path if path.is_dir() else None, pipeline)
    if "tagger" in spec.stages and "tagger" not in exclude and not path.exists():
        raise ModelError(
            f"no model at {path}: train one with 'claims train' or pass --model DIR (see README, 'Models')"
        )
    settings: dict[str, dict[str, Any]] = {
        "tagger": {"model": str(path), "precision": precision, "device": device},
        "calibrate": {"model": str(path)},
        "learned_link": {"model": str(path)},
        "unattributed": {"model": str(path), "precision": precision},
    }
    if checkworthy_threshold is not None:
        settings["unattributed"]["threshold"] = checkworthy_threshold
    return Analyzer(build(spec, exclude, settings), rubric)
