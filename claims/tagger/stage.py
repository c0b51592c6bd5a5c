"""Stages that set the role spans: the tagger, gold spans (the linking ceiling), or none (rules only)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claims.pipeline.stage import Context, Stage
from claims.types import Analysis, TaggedSpan

if TYPE_CHECKING:
    from claims.tagger.predict import Tagger

SPANS = frozenset({"spans"})


def tagger_stage(tagger: Tagger, batch_size: int = 16, name: str = "tagger", syntax: bool = True) -> Stage:
    """The transformer tagger: SOURCE, CUE and CONTENT spans, windows batched across articles.

    With ``syntax`` and a model that has syntax heads, the same forward pass parses each
    article, and the stages that read a parse read that one instead of running spaCy's.
    """

    def run_batch(
        analyses: Sequence[Analysis], contexts: Sequence[Context], progress: Callable[[int, int], None] | None
    ) -> list[Analysis]:
        from claims.nlp import ArticleParse
        from claims.pipeline.registry import parsed

        tagged, docs = tagger.predict_and_parse([a.text for a in analyses], batch_size, progress, syntax)
        if docs is not None and tagger.syntax is not None:
            name = tagger.syntax.heads.config.parser
            for ctx, doc in zip(contexts, docs, strict=True):
                ctx.provide(parsed, ArticleParse.of_doc(doc, name))
        return [replace(a, spans=tuple(spans)) for a, spans in zip(analyses, tagged, strict=True)]

    return Stage(name, run_batch=run_batch, sets=SPANS, doc="role spans from the transformer tagger")


def gold_spans(doc: Analysis) -> tuple[TaggedSpan, ...]:
    """Every annotated span of a document, trimmed, once each, as tagger output."""
    text = doc.text
    spans = {(r, s.strip(text)) for a in doc.attributions for r, s in a.spans() if len(s.strip(text))}
    return tuple(TaggedSpan(r, s, 1.0) for r, s in sorted(spans, key=lambda x: (x[1], x[0].value)))


def fixed_spans_stage(by_text: Mapping[str, Sequence[TaggedSpan]], name: str, doc: str) -> Stage:
    """A stage that hands each article the spans given for its text (none for an unknown text)."""

    def run(analysis: Analysis, ctx: Context) -> Analysis:
        return replace(analysis, spans=tuple(by_text.get(analysis.text, ())))

    return Stage(name, run=run, sets=SPANS, doc=doc)


def gold_spans_stage(gold: Sequence[Analysis]) -> Stage:
    """Spans read from annotations (by article text): the rest of the pipeline on perfect tagging."""
    by_text = {d.text: gold_spans(d) for d in gold}
    return fixed_spans_stage(by_text, "gold_spans", "role spans from annotations (the linking ceiling)")


def no_spans_stage() -> Stage:
    """No tagger: only the rules find attributions (no model, no torch)."""

    def run(analysis: Analysis, ctx: Context) -> Analysis:
        return replace(analysis, spans=())

    return Stage("no_spans", run=run, sets=SPANS, doc="no tagger: the rules alone find attributions")
