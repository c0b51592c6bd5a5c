"""The model-free analysers the golden tests run (gold spans, or no spans at all)."""

from __future__ import annotations

from collections.abc import Callable

from claims.pipeline import Analyzer, build, default_spec
from claims.tagger.stage import gold_spans_stage, no_spans_stage
from claims.types import Analysis


def _model_free() -> Analyzer:
    # the classifier's encoder in fp32 everywhere: bf16, which `auto` picks on some CPUs, moves its probabilities
    fp32 = {"unattributed": {"precision": "fp32"}}
    return Analyzer(build(default_spec(), settings=fp32, replace={"tagger": no_spans_stage()}))


def gold_span_analyzer() -> Callable[[Analysis], Analysis]:
    """Analyse a gold document from its own spans (the tagger replaced by the annotation)."""
    base = _model_free()

    def run(doc: Analysis) -> Analysis:
        analyzer = base.with_pipeline(base.pipeline.replacing("no_spans", gold_spans_stage([doc])))
        return analyzer.analyze(doc.text, doc.id)

    return run


def rules_only_analyzer() -> Callable[[str, str], Analysis]:
    """Analyse a text with no tagged spans: only the rules find attributions."""
    analyzer = _model_free()
    return lambda text, id_: analyzer.analyze(text, id_)
