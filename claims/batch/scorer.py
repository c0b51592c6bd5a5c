"""The engine-free :class:`BatchScorer`: ``(ids, texts)`` in, one output row per article out.

It never raises for a bad article: it returns an error row instead. Every engine (the local
runner, Ray) runs this unit; :class:`ScorerOptions` says how to build it and travels to
remote workers.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from claims.io import text_problem
from claims.schema import from_dict, to_dict
from claims.scoring import words
from claims.types import Analysis, ClaimAssessment

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

CLAIM_COLUMNS = (  # the rows of --claims (docs/batch.md)
    "id",
    "claim_id",
    "number",
    "source",
    "source_type",
    "relayed_by",
    "cue",
    "content",
    "kind",
    "claim_type",
    "grade",
    "score",
    "summary",
    "confidence",
    "checkworthiness",
)


class Unreadable(NamedTuple):
    """An article that could not be read (a .txt file that is not valid text): it becomes an error row."""

    reason: str


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


def claim_rows(id_: str, analysis: Analysis) -> list[dict[str, Any]]:
    """One row per claim: each attribution that is a claim (``claim_id`` its id), then each unattributed one (U1, ...).

    The fields are those the reports show (:mod:`claims.report.rows`, one place for them):
    source type in words, the relaying outlet, the grade code ("B3") and its ``summary`` in
    words; an unattributed claim has ``kind`` "unattributed", no source and its check-worthiness.
    """
    from claims.report.rows import claim_rows as report_rows
    from claims.report.rows import unattributed_rows

    rows = []
    for r in report_rows(analysis)[0]:
        a = r.attribution
        rows.append({
            "id": id_, "claim_id": a.id, "number": f"claim {r.number}", "source": r.source if a.sources else None,
            "source_type": r.source_type or None, "relayed_by": r.relay or None, "cue": r.cue or None,
            "content": r.content or None, "kind": a.kind.value, "claim_type": a.claim_type, **_grade(a.assessment),
            "confidence": a.confidence, "checkworthiness": None,
        })  # fmt: skip
    for u in sorted(unattributed_rows(analysis), key=lambda u: u.number):
        rows.append({
            "id": id_, "claim_id": f"U{u.number}", "number": f"unattributed claim {u.number}", "source": None,
            "source_type": None, "relayed_by": None,
            "cue": None, "content": u.content, "kind": "unattributed", "claim_type": u.item.claim_type,
            **_grade(u.item.assessment), "confidence": None, "checkworthiness": u.checkworthiness,
        })  # fmt: skip
    return rows


def output_claims(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The claim rows of output rows, read back from their analysis JSON (an error row has none)."""
    return [c for r in rows if r.get("analysis") for c in claim_rows(r["id"], from_dict(json.loads(r["analysis"])))]


def _grade(assessment: ClaimAssessment | None) -> dict[str, Any]:
    """The grade code ("B/3", "F/6" for an unattributed claim), the score and the grades in words."""
    if assessment is None:
        return {"grade": None, "score": None, "summary": None}
    code = words.grade_code(assessment.source_grade, assessment.support_grade)
    return {"grade": code, "score": assessment.score, "summary": assessment.summary or None}


@dataclass(frozen=True)
class ScorerOptions:
    """How to build the analyser: plain values, so the options travel to Ray workers."""

    model: str | None = None
    precision: str = "auto"
    device: str = "auto"  # auto, cpu or cuda: resolved where the model loads (claims.device)
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
        """Load the analyser (the model once, on the device asked for)."""
        from claims.pipeline import load
        from claims.rubric import Rubric

        analyzer = load(
            self.model,
            self.precision,
            Rubric.load(self.rubric),
            self.exclude,
            self.pipeline,
            self.checkworthy_threshold,
            device=self.device,
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
        if isinstance(text, Unreadable):
            return text.reason
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
