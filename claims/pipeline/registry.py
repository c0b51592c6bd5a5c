"""The one table of stages: name -> factory. ``claims score --list-stages`` prints it.

A factory takes the stage's settings (from ``pipeline.json`` and the loader) and returns a
:class:`Stage`. The declarations here are the order rules of the analysis: change them only
with the golden tests (``tests/test_golden.py``) in view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.calibration import calibrate_stage
from claims.claimtypes import add_claim_types
from claims.errors import PipelineError
from claims.linking import LinkModel, learned_link, link
from claims.pipeline.stage import Context, Run, Stage
from claims.relations import add_relations
from claims.rules.disclosures import anonymity_clauses, mark_disclosures
from claims.rules.documents import add_document_attributions
from claims.rules.figures import add_figure_attributions
from claims.rules.hedges import add_hedges
from claims.rules.nesting import add_nested_attributions, mark_containment
from claims.rules.paragraphs import join_paragraph_quotes
from claims.rules.pieces import drop_fragments, join_pieces
from claims.rules.quotes import add_closed_quote_attributions, add_dash_attributions
from claims.rules.trailing import add_trailing_attributions, fill_closing_sources, share_coordinated_sources
from claims.scoring.article import score_article
from claims.scoring.claim import score_claims
from claims.scoring.facts import ArticleFacts, article_facts
from claims.sources.entities import resolve_sources
from claims.types import Analysis, Span
from claims.unattributed import candidates, find_unattributed, listed

if TYPE_CHECKING:
    from claims.nlp import ArticleParse

Factory = Callable[[Mapping[str, Any]], Stage]
A = frozenset({"attributions"})


def clauses(ctx: Context) -> list[Span]:
    """The article's reasons for anonymity, computed once (disclosures and unattributed read them)."""
    return anonymity_clauses(ctx.text, ctx.rubric)


def _link(analysis: Analysis, ctx: Context) -> Analysis:
    return replace(analysis, attributions=link(analysis.text, analysis.spans, ctx.rubric).attributions)


def _learned_link(settings: Mapping[str, Any]) -> Stage:
    """The ``learned_link`` stage; settings ``linker`` (a linker JSON file) and ``threshold``.

    Default linker: ``linker.json`` in the tagger's model directory when it has one, else the
    shipped ``claims/data/linker.json``. ``threshold`` (0 to 1) overrides the file's.
    """
    own = Path(settings["model"]) / "linker.json" if "model" in settings else None
    model = LinkModel.load(settings.get("linker") or (own if own is not None and own.is_file() else None))
    if "threshold" in settings:
        t = settings["threshold"]
        if isinstance(t, bool) or not isinstance(t, int | float) or not 0.0 <= t <= 1.0:
            raise PipelineError(f"stage 'learned_link': threshold must be a number from 0 to 1, not {t!r}")
        model = replace(model, threshold=float(t))
    return learned_link_stage(model)


def learned_link_stage(model: LinkModel) -> Stage:
    """Stage ``learned_link`` with a given pair model (``eval/linker.py`` scores one it has just fitted)."""

    def run(analysis: Analysis, ctx: Context) -> Analysis:
        return replace(
            analysis, attributions=learned_link(analysis.text, analysis.spans, model, ctx.rubric).attributions
        )

    doc = (learned_link.__doc__ or "").strip().splitlines()[0]
    return Stage("learned_link", run=run, doc=doc, needs=frozenset({"spans"}), sets=A)


def _stage(name: str, run: Run, doc_of: Callable[..., Any], **declared: Any) -> Factory:
    doc = (doc_of.__doc__ or "").strip().splitlines()[0]
    stage = Stage(name, run=run, doc=doc, **declared)
    return lambda settings: stage


def _rule(name: str, fn: Callable[..., Analysis], rubric: bool = True, **declared: Any) -> Factory:
    """A stage that runs ``fn(analysis, rubric)`` (or ``fn(analysis)``) on the attributions."""

    def run(analysis: Analysis, ctx: Context) -> Analysis:
        return fn(analysis, ctx.rubric) if rubric else fn(analysis)

    return _stage(name, run, fn, **{"needs": A, "sets": A, **declared})


def _tagger(settings: Mapping[str, Any]) -> Stage:
    from claims.tagger.predict import Tagger
    from claims.tagger.stage import tagger_stage

    if "model" not in settings:
        raise PipelineError("stage 'tagger' needs a model directory (load(model) or --model)")
    tagger = Tagger.from_pretrained(
        settings["model"], precision=settings.get("precision", "auto"), device=settings.get("device", "auto")
    )
    if "stride" in settings:  # the windows' overlap in tokens (default: the model's claims_stride)
        stride = settings["stride"]
        if isinstance(stride, bool) or not isinstance(stride, int) or not 0 <= stride < tagger.window:
            raise PipelineError(
                f"stage 'tagger': stride must be an integer from 0 to {tagger.window - 1}, not {stride!r}"
            )
        tagger.stride = stride
    if "transition_weight" in settings:  # the learned transitions' weight in the decoder (0: constraints only)
        weight = settings["transition_weight"]
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight < 100:
            raise PipelineError(f"stage 'tagger': transition_weight must be a number from 0 to 100, not {weight!r}")
        if tagger.transitions is not None:
            tagger.transitions = tagger.transitions.with_weight(float(weight))
    syntax = settings.get("syntax", True)  # parse with the model's syntax heads, where it has them
    if not isinstance(syntax, bool):
        raise PipelineError(f"stage 'tagger': syntax must be true or false, not {syntax!r}")
    return tagger_stage(tagger, int(settings.get("batch_size", 16)), syntax=syntax)


def _source_spans(analysis: Analysis) -> list[Span]:
    return sorted({s for a in analysis.attributions for s in a.sources})


def _parsed(name: str, fn: Callable[..., Analysis], whole: bool = False, **declared: Any) -> Factory:
    """A stage that runs ``fn(analysis, rubric, doc)`` on the article parsed by spaCy.

    With ``whole``, ``fn`` gets the article's :class:`~claims.nlp.ArticleParse` (its named
    entities too, those of the source sentences found ahead) instead of the ``Doc``. The stage
    sees a batch of articles and has spaCy do what they all need at once
    (:func:`~claims.nlp.parse_many`, :func:`~claims.nlp.entities_many`). Settings: ``parser``
    (a spaCy pipeline), ``processes`` (forked spaCy workers, default 1; ``docs/ARCHITECTURE.md``,
    Speed, says what more gave).
    """

    def factory(settings: Mapping[str, Any]) -> Stage:
        from claims.nlp import DEFAULT_PARSER, entities_many, parse_many, parser

        model = str(settings.get("parser", DEFAULT_PARSER))
        parser(model)  # loaded now: a missing spaCy pipeline is an error before any article is read
        processes = settings.get("processes", 1)
        if isinstance(processes, bool) or not isinstance(processes, int) or processes < 1:
            raise PipelineError(f"stage {name!r}: processes must be a whole number from 1, not {processes!r}")

        def run_batch(
            analyses: Sequence[Analysis], contexts: Sequence[Context], progress: Callable[[int, int], None] | None
        ) -> list[Analysis]:
            articles = [ctx.once(parsed, model) for ctx in contexts]
            keeps = [_source_spans(x) if whole else [s for a in x.attributions for _, s in a.spans()] for x in analyses]
            parse_many(list(zip(articles, keeps, strict=True)), processes)
            if whole:
                entities_many(list(zip(articles, keeps, strict=True)), processes)
            return [
                fn(analysis, ctx.rubric, article if whole else article.doc(keep))
                for analysis, ctx, article, keep in zip(analyses, contexts, articles, keeps, strict=True)
            ]

        doc = (fn.__doc__ or "").strip().splitlines()[0]
        return Stage(name, run_batch=run_batch, doc=doc, **{"needs": A, **declared})

    return factory


def parsed(ctx: Context, name: str) -> ArticleParse:
    """The article's spaCy parse, shared by every stage that reads it (each asks for the part it needs)."""
    from claims.nlp import ArticleParse

    return ArticleParse(ctx.text, name)


def _no_spans(settings: Mapping[str, Any]) -> Stage:
    from claims.tagger.stage import no_spans_stage

    return no_spans_stage()


def _disclosures(analysis: Analysis, ctx: Context) -> Analysis:
    return mark_disclosures(analysis, ctx.rubric, ctx.once(clauses))


def _unattributed(settings: Mapping[str, Any]) -> Stage:
    """The ``unattributed`` stage; settings ``classifier``, ``threshold``, ``always_list`` and ``precision``.

    ``classifier``: a directory holding ``checkworthy/``, or ``"rules"`` (word rules); default: the
    tagger's model directory when it has one, else the shipped model's. ``threshold``: default the classifier's.
    ``always_list``: claim types listed whatever their check-worthiness (``claims/data/pipeline.json``).
    ``precision``: the classifier's sentence encoder, on the CPU (default ``auto``: bf16 where the CPU has it).
    """
    from claims.checkworthy.model import load_classifier
    from claims.tagger.predict import PRECISIONS, bf16_supported, resolve_precision

    model = load_classifier(settings.get("classifier"), settings.get("model"))
    precision = resolve_precision(settings.get("precision", "auto"), "cpu")
    if precision not in PRECISIONS:
        raise PipelineError(f"stage 'unattributed': precision must be auto, fp32, bf16 or int8, not {precision!r}")
    if model is not None:  # its spaCy pipeline loaded now: a missing one is an error before any article is read
        from claims.nlp import parser

        parser(model.parser)
        # bf16 only where this CPU multiplies in it (--precision bf16 may be for a GPU); int8: fp32
        model = replace(model, precision="bf16" if precision == "bf16" and bf16_supported("cpu") else "fp32")
    threshold = checked_threshold(settings.get("threshold", model.threshold if model is not None else 0.5))
    always = settings.get("always_list", list(ALWAYS_LISTED))
    if not isinstance(always, list) or not all(isinstance(k, str) for k in always):
        raise PipelineError(f"stage 'unattributed': always_list must be a list of claim types, not {always!r}")

    def run_batch(
        analyses: Sequence[Analysis], contexts: Sequence[Context], progress: Callable[[int, int], None] | None
    ) -> list[Analysis]:
        pieces = [candidates(a, ctx.rubric, ctx.once(clauses)) for a, ctx in zip(analyses, contexts, strict=True)]
        scores: list[list[float] | None] = [None] * len(analyses)
        if model is not None:  # one encoder pass over every article's candidates: batches by length, less padding
            articles = [(a.text, p) for a, p in zip(analyses, pieces, strict=True)]
            scores = list(model.score_articles(articles, [ctx.once(parsed, model.parser) for ctx in contexts]))
        return [
            listed(a, p, s, ctx.rubric, threshold, frozenset(always))
            for a, ctx, p, s in zip(analyses, contexts, pieces, scores, strict=True)
        ]

    return Stage(
        "unattributed", run_batch=run_batch, doc=(find_unattributed.__doc__ or "").strip().splitlines()[0],
        needs=A, sets=frozenset({"unattributed"}), after_facts=A,
    )  # fmt: skip


ALWAYS_LISTED = ("casualty_figure",)  # listed whatever their check-worthiness, unless a pipeline says otherwise


def checked_threshold(value: Any) -> float:
    """A check-worthiness threshold: a number from 0 to 1, else a :class:`PipelineError`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise PipelineError(f"stage 'unattributed': threshold must be a number from 0 to 1, not {value!r}")
    return float(value)


def _facts(ctx: Context, analysis: Analysis) -> ArticleFacts:
    """The article-wide scoring facts (sources, figure disputes, explained anonymity): once per article."""
    return article_facts(analysis, ctx.rubric)


STAGES: dict[str, Factory] = {
    "tagger": _tagger,
    "no_spans": _no_spans,
    "link": _stage("link", _link, link, needs=frozenset({"spans"}), sets=A),
    "learned_link": _learned_link,
    "join_pieces": _rule("join_pieces", join_pieces, rubric=False),
    "drop_fragments": _rule("drop_fragments", drop_fragments, after=("join_pieces",)),
    "paragraph_quotes": _rule("paragraph_quotes", join_paragraph_quotes, rubric=False, after=("drop_fragments",)),
    "dash_quotes": _rule("dash_quotes", add_dash_attributions),
    "closed_quotes": _rule("closed_quotes", add_closed_quote_attributions),
    "disclosures": _stage("disclosures", _disclosures, mark_disclosures, needs=A, sets=frozenset({"disclosures"})),
    "figures": _rule("figures", add_figure_attributions),
    "trailing": _rule("trailing", add_trailing_attributions, after=("disclosures",)),
    "documents": _rule("documents", add_document_attributions),
    "closing_sources": _rule("closing_sources", fill_closing_sources),
    "coordinated_sources": _rule(
        "coordinated_sources", share_coordinated_sources, rubric=False, after=("closing_sources",)
    ),
    "nested": _parsed("nested", add_nested_attributions, sets=A, after=("paragraph_quotes", "closed_quotes")),
    "hedges": _rule("hedges", add_hedges, after_facts=A),
    "relations": _parsed("relations", add_relations, sets=frozenset({"relations"}), after_facts=A),
    "containment": _rule("containment", mark_containment, rubric=False, sets=frozenset({"containment"}), after_facts=A),
    "calibrate": calibrate_stage,
    "claim_types": _rule(
        "claim_types", add_claim_types, sets=frozenset({"claim_types"}), after=("disclosures",), after_facts=A
    ),
    "sources": _parsed("sources", resolve_sources, sets=frozenset({"sources"}), after_facts=A, whole=True),
    "unattributed": _unattributed,
    "claim_scores": _stage(
        "claim_scores",
        lambda a, c: score_claims(a, c.rubric, c.once(_facts, a)),
        score_claims,
        needs=frozenset({"claim_types", "sources", "unattributed"}),
        sets=frozenset({"assessments"}),
        after=("relations",),
    ),
    "article_score": _stage(
        "article_score",
        lambda a, c: score_article(a, c.rubric, c.once(_facts, a)),
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
