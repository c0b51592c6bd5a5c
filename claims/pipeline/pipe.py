"""The :class:`Pipeline`: an immutable, validated sequence of named stages."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from claims.errors import PipelineError
from claims.pipeline.stage import Context, Stage
from claims.rubric import Rubric
from claims.types import Analysis, Attribution, Span

CHUNK = 32  # articles a batched stage sees together: bounds memory, lets output flow on long runs


def check(stages: Sequence[Stage]) -> None:
    """Refuse a broken pipeline with a message naming the stage.

    Every stage's ``needs`` must be set by an earlier stage; every ``after`` stage that is
    present must come earlier; every present stage setting one of its ``after_facts`` too.
    """
    names = [s.name for s in stages]
    for name in names:
        if names.count(name) > 1:
            raise PipelineError(f"stage {name!r} appears twice in the pipeline")
    position = {s.name: i for i, s in enumerate(stages)}
    have: set[str] = set()
    for i, stage in enumerate(stages):
        missing = sorted(stage.needs - have)
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage sets"
                f" (stages before it: {', '.join(names[:i]) or 'none'})"
            )
        for other in stage.after:
            if other in position and position[other] > i:
                raise PipelineError(f"stage {stage.name!r} must come after {other!r}")
        for later in stages[i + 1 :]:
            if later.sets & stage.after_facts:
                facts = ", ".join(sorted(later.sets & stage.after_facts))
                raise PipelineError(f"stage {stage.name!r} must come after {later.name!r}, which sets {facts}")
        have |= stage.sets


def _key(a: Attribution) -> tuple[tuple[Span, ...], ...]:
    return (a.cues, a.contents, a.sources)


def _stamped(before: Analysis, after: Analysis, stage: str) -> Analysis:
    """Record ``stage`` as the origin of every attribution whose spans it made or changed.

    Empty spans a stage left are dropped here, and an attribution left with no cue and no
    content with them: no output ever holds a span the readers would refuse.
    """
    old = {_key(a) for a in before.attributions}
    if all(_key(a) in old for a in after.attributions):
        return after
    stamped = tuple(a if _key(a) in old else replace(_non_empty(a), origin=stage) for a in after.attributions)
    return replace(after, attributions=tuple(a for a in stamped if a.cues or a.contents))


def _non_empty(a: Attribution) -> Attribution:
    if all(len(s) for _, s in a.spans()):
        return a
    return replace(
        a,
        cues=tuple(s for s in a.cues if len(s)),
        contents=tuple(s for s in a.contents if len(s)),
        sources=tuple(s for s in a.sources if len(s)),
    )


class Pipeline:
    """Named stages run in order; built once, never changed (the editing methods return new pipelines)."""

    __slots__ = ("_stages",)

    def __init__(self, stages: Iterable[Stage]) -> None:
        stages = tuple(stages)
        check(stages)
        self._stages = stages

    @property
    def stages(self) -> tuple[Stage, ...]:
        """The stages, in order."""
        return self._stages

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(s.name for s in self._stages)

    def get(self, name: str) -> Stage:
        """The stage called ``name``."""
        for s in self._stages:
            if s.name == name:
                return s
        raise PipelineError(f"no stage {name!r} in the pipeline (stages: {', '.join(self.names)})")

    def without(self, *names: str) -> Pipeline:
        """The pipeline less these stages (what depends on them is refused by name)."""
        for name in names:
            self.get(name)
        return Pipeline(s for s in self._stages if s.name not in names)

    def with_stage(self, stage: Stage, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """The pipeline with ``stage`` added before or after a named stage (default: at the end)."""
        if before is not None and after is not None:
            raise PipelineError("give before or after, not both")
        stages = list(self._stages)
        if before is not None:
            stages.insert(stages.index(self.get(before)), stage)
        elif after is not None:
            stages.insert(stages.index(self.get(after)) + 1, stage)
        else:
            stages.append(stage)
        return Pipeline(stages)

    def replacing(self, name: str, stage: Stage) -> Pipeline:
        """The pipeline with the stage called ``name`` replaced by ``stage`` (the tagger by gold spans, ...)."""
        old = self.get(name)
        return Pipeline(stage if s is old else s for s in self._stages)

    def run_many(
        self,
        texts: Sequence[str],
        rubric: Rubric,
        ids: Sequence[str | None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        metas: Sequence[Mapping[str, Any]] | None = None,
        timer: Callable[[str, float], None] | None = None,
    ) -> Iterator[Analysis]:
        """Analyse many articles in order; batched stages see :data:`CHUNK` articles at a time.

        ``progress(characters_done, characters)`` follows the batched stages through the text;
        ``metas`` are the articles' ``meta`` (``{"outlet": "Reuters"}``: the article's own outlet);
        ``timer(stage, seconds)`` hears how long each stage took on each chunk (benchmarks).
        """
        ids = list(ids) if ids is not None else [None] * len(texts)
        metas = list(metas) if metas is not None else [{}] * len(texts)
        if len(ids) != len(texts) or len(metas) != len(texts):
            raise PipelineError(f"{len(texts)} texts but {len(ids)} ids and {len(metas)} metas")
        total, done = sum(len(t) for t in texts), 0
        for start in range(0, len(texts), CHUNK):
            chunk = [
                Analysis(text=t, id=i, meta=dict(m))
                for t, i, m in zip(texts[start : start + CHUNK], ids[start:], metas[start:], strict=False)
            ]
            size = sum(len(a.text) for a in chunk)

            def step(windows_done: int, windows: int, before: int = done, size: int = size) -> None:
                if progress is not None:
                    progress(before + size * windows_done // max(windows, 1), total)

            yield from self._run_chunk(chunk, rubric, step, timer)
            done += size
            if progress is not None:
                progress(done, total)

    def _run_chunk(
        self,
        chunk: list[Analysis],
        rubric: Rubric,
        progress: Callable[[int, int], None],
        timer: Callable[[str, float], None] | None = None,
    ) -> list[Analysis]:
        contexts = [Context(a.text, rubric) for a in chunk]
        for stage in self._stages:
            began = time.perf_counter()
            if stage.run_batch is not None:
                after = stage.run_batch(chunk, contexts, progress)
            else:
                run = stage.run
                assert run is not None
                after = [run(a, ctx) for a, ctx in zip(chunk, contexts, strict=True)]
            if "attributions" in stage.sets:
                after = [_stamped(a, b, stage.name) for a, b in zip(chunk, after, strict=True)]
            chunk = after
            if timer is not None:
                timer(stage.name, time.perf_counter() - began)
        return chunk

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"
