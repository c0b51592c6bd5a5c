"""The one table of stages: name -> factory. ``claims score --list-stages`` prints it.

A factory takes the stage's settings (from ``pipeline.json`` and the loader) and returns a
:class:`Stage`. The declarations here are the order rules of the analysis: change them only
with the golden tests (``tests/test_golden.py``) in view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from claims.claimtypes import add_claim_types
from claims.errors import PipelineError
from claims.linking import link
from claims.pipeline.stage import Context, Run, Stage
from claims.rules.disclosures import anonymity_clauses, mark_disclosures
from claims.rules.documents import add_document_attributions
from claims.rules.figures import add_figure_attributions
from claims.rules.hedges import add_hedges
from claims.rules.pieces import drop_fragments, join_pieces
from claims.rules.quotes import add_closed_quote_attributions, add_dash_attributions
from claims.rules.trailing import add_trailing_attributions, fill_closing_sources, share_coordinated_sources
from claims.scoring.article import score_article
from claims.scoring.claim import score_claims
from claims.sources.entities import resolve_sources
from claims.types import Analysis
from claims.unattributed import find_unattributed

Factory = Callable[[Mapping[str, Any]], Stage]
A = frozenset({"attributions"})


def clauses(ctx: Context) -> list[Any]:
    """The article's reasons for anonymity, computed once (disclosures and unattributed read them)."""
    return anonymity_clauses(ctx.text, ctx.rubric)


def _link(analysis: Analysis, ctx: Context) -> Analysis:
    return replace(analysis, attributions=link(analysis.text, analysis.spans).attributions)


def _stage(name: str, run: Run, doc_of: Callable[..., Any], **declared: Any) -> Factory:
    doc = (doc_of.__doc__ or "").strip().splitlines()[0]
    stage = Stage(name, run=run, doc=doc, **declared)
    return lambda settings: stage


def _tagger(settings: Mapping[str, Any]) -> Stage:
    from claims.tagger.predict import Tagger
    from claims.tagger.stage import tagger_stage

    if "model" not in settings:
        raise PipelineError("stage 'tagger' needs a model directory (load(model) or --model)")
    tagger = Tagger.from_pretrained(settings["model"], precision=settings.get("precision", "auto"))
    return tagger_stage(tagger, int(settings.get("batch_size", 16)))


def _no_spans(settings: Mapping[str, Any]) -> Stage:
    from claims.tagger.stage import no_spans_stage

    return no_spans_stage()


STAGES: dict[str, Factory] = {
    "tagger": _tagger,
    "no_spans": _no_spans,
    "link": _stage("link", _link, link, needs=frozenset({"spans"}), sets=A),
    "join_pieces": _stage("join_pieces", lambda a, c: join_pieces(a), join_pieces, needs=A, sets=A),
    "drop_fragments": _stage(
        "drop_fragments", lambda a, c: drop_fragments(a), drop_fragments, needs=A, sets=A, after=("join_pieces",)
    ),
    "dash_quotes": _stage("dash_quotes", lambda a, c: add_dash_attributions(a), add_dash_attributions, needs=A, sets=A),
    "closed_quotes": _stage(
        "closed_quotes", lambda a, c: add_closed_quote_attributions(a), add_closed_quote_attributions, needs=A, sets=A
    ),
    "disclosures": _stage(
        "disclosures",
        lambda a, c: mark_disclosures(a, c.rubric, c.once(clauses)),
        mark_disclosures,
        needs=A,
        sets=frozenset({"disclosures"}),
    ),
    "figures": _stage("figures", lambda a, c: add_figure_attributions(a), add_figure_attributions, needs=A, sets=A),
    "trailing": _stage(
        "trailing",
        lambda a, c: add_trailing_attributions(a),
        add_trailing_attributions,
        needs=A,
        sets=A,
        after=("disclosures",),
    ),
    "documents": _stage(
        "documents", lambda a, c: add_document_attributions(a, c.rubric), add_document_attributions, needs=A, sets=A
    ),
    "closing_sources": _stage(
        "closing_sources", lambda a, c: fill_closing_sources(a), fill_closing_sources, needs=A, sets=A
    ),
    "coordinated_sources": _stage(
        "coordinated_sources",
        lambda a, c: share_coordinated_sources(a),
        share_coordinated_sources,
        needs=A,
        sets=A,
        after=("closing_sources",),
    ),
    "hedges": _stage("hedges", lambda a, c: add_hedges(a, c.rubric), add_hedges, needs=A, sets=A, after_facts=A),
    "claim_types": _stage(
        "claim_types",
        lambda a, c: add_claim_types(a),
        add_claim_types,
        needs=A,
        sets=frozenset({"claim_types"}),
        after=("disclosures",),
        after_facts=A,
    ),
    "sources": _stage(
        "sources",
        lambda a, c: resolve_sources(a, c.rubric),
        resolve_sources,
        needs=A,
        sets=frozenset({"sources"}),
        after_facts=A,
    ),
    "unattributed": _stage(
        "unattributed",
        lambda a, c: find_unattributed(a, c.rubric, c.once(clauses)),
        find_unattributed,
        needs=A,
        sets=frozenset({"unattributed"}),
        after_facts=A,
    ),
    "claim_scores": _stage(
        "claim_scores",
        lambda a, c: score_claims(a, c.rubric),
        score_claims,
        needs=frozenset({"claim_types", "sources", "unattributed"}),
        sets=frozenset({"assessments"}),
    ),
    "article_score": _stage(
        "article_score",
        lambda a, c: score_article(a, c.rubric),
        score_article,
        needs=frozenset({"assessments"}),
        sets=frozenset({"score"}),
    ),
}


def make(name: str, settings: Mapping[str, Any] | None = None) -> Stage:
    """The stage called ``name``, built with ``settings``."""
    if name not in STAGES:
        raise PipelineError(f"unknown stage {name!r} (known: {', '.join(STAGES)})")
    return STAGES[name](settings or {})
