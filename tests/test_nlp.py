"""spaCy parsing shared across articles: parse_many gives the parse each article would get alone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from claims.errors import PipelineError
from claims.lemmas import lemma
from claims.nlp import ArticleParse, entities_many, parse_many
from claims.pipeline import Analyzer, build, default_spec
from claims.tagger.stage import no_spans_stage
from claims.types import Span

if TYPE_CHECKING:
    from spacy.language import Language

TEXTS = [
    "The mayor said on Monday that the bridge would reopen in May. Critics doubt it.",
    '"We will not back down," a union spokeswoman told reporters after the vote.',
    "Officials, who spoke on condition of anonymity, said 40 people had been detained.",
    "According to the ministry, the plant will close. Workers said they were not told.",
]


def _tokens(parse: ArticleParse) -> list[tuple[object, ...]]:
    doc = parse.doc()
    return [(t.text, t.idx, t.tag_, t.pos_, lemma(t), t.dep_, t.head.i, t.is_sent_start) for t in doc]


def test_parse_many_over_two_processes_gives_each_article_its_own_parse() -> None:
    alone = [ArticleParse(t) for t in TEXTS]
    together = [ArticleParse(t) for t in TEXTS]
    parse_many([(p, None) for p in together], processes=2)
    assert all(not p.missing() for p in together)  # nothing left for doc() to parse
    assert [_tokens(p) for p in together] == [_tokens(p) for p in alone]


def test_parse_many_parses_only_what_the_spans_need() -> None:
    wanted, skipped = ArticleParse(TEXTS[0]), ArticleParse(TEXTS[1])
    far = Span(len(TEXTS[1]) + 10, len(TEXTS[1]) + 20)  # no chunk of the article holds it
    parse_many([(wanted, [Span(4, 9)]), (skipped, [far])], processes=1)
    assert wanted.parsed and not skipped.parsed
    assert [t.dep_ for t in skipped.doc([far])] == [""] * len(skipped.doc([far]))


def test_parse_many_refuses_articles_on_different_pipelines() -> None:
    a, b = ArticleParse(TEXTS[0]), ArticleParse(TEXTS[1])
    b.nlp = object()  # type: ignore[assignment]
    with pytest.raises(ValueError, match="different spaCy pipelines"):
        parse_many([(a, None), (b, None)])


def test_a_batch_parsed_over_two_processes_is_analysed_as_articles_alone() -> None:
    def analyzer(processes: int) -> Analyzer:
        settings: dict[str, dict[str, object]] = {
            n: {"processes": processes} for n in ("nested", "relations", "sources")
        }
        settings["unattributed"] = {"precision": "fp32"}  # the classifier batched alike either way
        return Analyzer(build(default_spec(), settings=settings, replace={"tagger": no_spans_stage()}))

    alone = [analyzer(1).analyze(t) for t in TEXTS]
    assert list(analyzer(2).analyze_many(TEXTS)) == alone


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_a_bad_processes_setting_is_refused_by_name(bad: object) -> None:
    with pytest.raises(PipelineError, match="stage 'nested': processes must be"):
        build(default_spec(), settings={"nested": {"processes": bad}}, replace={"tagger": no_spans_stage()})


def test_entities_for_a_batch_are_those_each_article_finds_alone() -> None:
    spans = [[Span(0, 9)], [Span(30, 50)], [Span(0, 9), Span(49, 60)], [Span(14, 22)]]
    together = [ArticleParse(t) for t in TEXTS]
    entities_many(list(zip(together, spans, strict=True)), processes=2)
    alone = [ArticleParse(t).entities(s) for t, s in zip(TEXTS, spans, strict=True)]
    assert [p.entities(s) for p, s in zip(together, spans, strict=True)] == alone
    assert any(alone)


def test_a_batched_stage_that_changes_attributions_stamps_its_name() -> None:
    from collections.abc import Sequence

    from claims.pipeline import Pipeline
    from claims.pipeline.stage import Context, Stage
    from claims.rubric import Rubric
    from claims.types import Analysis, Attribution

    text = "The mayor said the bridge would reopen."

    def add(analyses: Sequence[Analysis], contexts: Sequence[Context], progress: object) -> list[Analysis]:
        made = Attribution("t1", (Span(10, 14),), (Span(15, 38),), ())
        return [Analysis(text=a.text, attributions=(made,)) for a in analyses]

    stage = Stage("adder", run_batch=add, sets=frozenset({"attributions"}))
    (got,) = Pipeline([stage]).run_many([text], Rubric.default())
    assert [a.origin for a in got.attributions] == ["adder"]


def test_the_parser_multiplies_through_numpy_and_parses_as_spacy_does_with_blis() -> None:
    import spacy

    from claims.nlp import DEFAULT_PARSER, parser, thinc_nodes

    ours = parser()
    assert {n.ops.use_blis for n in thinc_nodes(ours)} == {False}
    stock = spacy.load(DEFAULT_PARSER, exclude=["senter"])  # thinc's default ops: blis
    assert True in {n.ops.use_blis for n in thinc_nodes(stock)}
    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8")

    def read(nlp: Language) -> list[tuple[object, ...]]:
        return [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in nlp(seed)]

    assert read(ours) == read(stock)


def test_lemmas_are_made_when_read_as_spacys_lemmatizer_makes_them() -> None:
    """The parse runs no lemmatizer; a lemma read is the one spaCy's full run gives, the ruler's exceptions kept."""
    from claims.nlp import DEFAULT_PARSER, parse, parser

    text = "The ministers said they were reviewing the figures.\n\nShe's denied it, officials have claimed."
    doc = parse(text)
    assert not any(t.lemma for t in doc if t.lower_ in {"said", "reviewing", "figures", "claimed"})  # none made yet
    full = parser(DEFAULT_PARSER)(text)
    assert [lemma(t) for t in doc] == [t.lemma_.lower() for t in full]
    assert [lemma(t) for t in doc if t.lower_ in {"said", "were", "figures", "denied"}] == [
        "say",
        "be",
        "figure",
        "deny",
    ]
