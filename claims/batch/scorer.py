"""The engine-free :class:`BatchScorer`: ``(ids, texts)`` in, one output row per article out.

It never raises for a bad article: it returns an error row instead. Every engine (the local
runner, Ray) runs this unit; :class:`ScorerOptions` says how to build it and travels to
remote workers.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claims.io import text_problem
from claims.schema import to_dict
from claims.types import Analysis

if TYPE_CHECKING:
    from claims.pipeline import Analyzer

MAX_CHARS = 2_000_000

FAULT_MARKER = "CLAIMS_FAULT_MARKER"  # tests: a worker that finds this file deletes it and dies once

OUTPUT_COLUMNS = (
    "id",
    "analysis",
    "score",
    "band",
    "n_attributions",
    "n_sources",
    "n_unattributed",
    "n_agentless",
    "error",
)


def result_row(id_: str, analysis: Analysis | None = None, error: str | None = None) -> dict[str, Any]:
    """One output row: the analysis as JSON plus counts, or the error."""
    if analysis is None:
        return {"id": id_, "analysis": None, "score": None, "band": None, "n_attributions": 0, "n_sources": 0,
                "n_unattributed": 0, "n_agentless": 0, "error": error}  # fmt: skip
    score = analysis.score
    return {
        "id": id_,
        "analysis": json.dumps(to_dict(analysis), ensure_ascii=False),
        "score": score.value if score else None,
        "band": score.band if score else None,
        "n_attributions": len(analysis.attributions),
        "n_sources": len(analysis.sources),
        "n_unattributed": len(analysis.unattributed),
        "n_agentless": sum(not a.sources for a in analysis.attributions),
        "error": None,
    }


@dataclass(frozen=True)
class ScorerOptions:
    """How to build the analyser: plain values, so the options travel to Ray workers."""

    model: str | None = None
    precision: str = "auto"
    rubric: str | None = None  # a rubric file
    pipeline: str | None = None  # a pipeline file
    exclude: tuple[str, ...] = ()
    min_confidence: float | None = None  # attributions below it dropped before scoring
    checkworthy_threshold: float | None = None  # None: the check-worthiness classifier's own

    def check(self) -> None:
        """Fail now on a bad rubric or pipeline file, or an exclusion that breaks the pipeline."""
        from pathlib import Path

        from claims.pipeline import default_model_path, plan
        from claims.rubric import Rubric

        Rubric.load(self.rubric)
        plan(Path(self.model) if self.model else default_model_path(), self.pipeline, self.exclude)

    def analyzer(self) -> Analyzer:
        """Load the analyser (the model once)."""
        from claims.pipeline import load
        from claims.rubric import Rubric

        analyzer = load(
            self.model,
            self.precision,
            Rubric.load(self.rubric),
            self.exclude,
            self.pipeline,
            self.checkworthy_threshold,
        )
        if self.min_confidence is None:
            return analyzer
        from claims.calibration import with_min_confidence

        return analyzer.with_pipeline(with_min_confidence(analyzer.pipeline, self.min_confidence))


class BatchScorer:
    """Load the model once; score batches of articles into output rows (the unit every engine runs)."""

    def __init__(self, options: ScorerOptions | None = None, max_chars: int = MAX_CHARS) -> None:
        self.options = options or ScorerOptions()
        self.analyzer = self.options.analyzer()
        self.max_chars = max_chars

    def check(self, text: object) -> str | None:
        """Why a value cannot be scored, or None."""
        if not isinstance(text, str):
            return f"not text ({type(text).__name__})"
        problem = text_problem(text)  # the checks claims score makes
        if problem:
            return problem
        if len(text) > self.max_chars:
            return f"too long ({len(text)} characters; the limit is {self.max_chars})"
        return None

    def score(
        self, ids: Sequence[str], texts: Sequence[object], outlets: Sequence[str | None] | None = None
    ) -> list[dict[str, Any]]:
        """One row per input, in input order; longer articles are batched together for speed.

        ``outlets`` are the articles' own outlets (an interview given to it is first hand), or None.
        """
        metas = [{"outlet": o} if o else {} for o in (outlets or [None] * len(ids))]
        _fault_once()
        rows: list[dict[str, Any] | None] = [None] * len(ids)
        good = []
        for i, (id_, text) in enumerate(zip(ids, texts, strict=True)):
            problem = self.check(text)
            if problem:
                rows[i] = result_row(str(id_), error=problem)
            else:
                good.append(i)
        good.sort(key=lambda i: len(str(texts[i])))
        try:
            done = list(self.analyzer.analyze_many([str(texts[i]) for i in good], metas=[metas[i] for i in good]))
            for i, analysis in zip(good, done, strict=True):
                rows[i] = result_row(str(ids[i]), analysis)
        except Exception:  # isolate the article that breaks a batch
            for i in good:
                try:
                    one = self.analyzer.analyze_many([str(texts[i])], metas=[metas[i]])
                    rows[i] = result_row(str(ids[i]), next(one))
                except Exception as exc:
                    rows[i] = result_row(str(ids[i]), error=f"{type(exc).__name__}: {exc}")
        return [r for r in rows if r is not None]


def _fault_once() -> None:
    marker = os.environ.get(FAULT_MARKER)
    if marker:
        try:
            os.remove(marker)
        except FileNotFoundError:
            return
        os.kill(os.getpid(), signal.SIGKILL)
