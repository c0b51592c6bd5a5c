"""The model-free analysers the golden tests run (gold spans, or no spans at all)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from claims.linking import link
from claims.pipeline import Analyzer
from claims.types import Analysis, TaggedSpan


def _finish() -> Callable[[Analysis], Analysis]:
    return Analyzer(None).finish  # type: ignore[arg-type]


def gold_span_analyzer() -> Callable[[Analysis], Analysis]:
    """Analyse a gold document from its own spans (the tagger replaced by the annotation)."""
    finish = _finish()

    def run(doc: Analysis) -> Analysis:
        spans = {(r, s.strip(doc.text)) for a in doc.attributions for r, s in a.spans() if len(s.strip(doc.text))}
        tagged = [TaggedSpan(r, s, 1.0) for r, s in sorted(spans, key=lambda x: (x[1], x[0].value))]
        return replace(finish(link(doc.text, tagged)), id=doc.id)

    return run


def rules_only_analyzer() -> Callable[[str, str], Analysis]:
    """Analyse a text with no tagged spans: only the rules find attributions."""
    finish = _finish()
    return lambda text, id_: replace(finish(link(text, [])), id=id_)
