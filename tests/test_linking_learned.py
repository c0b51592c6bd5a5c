import json
from pathlib import Path

import numpy as np
import pytest

from claims.errors import ModelError
from claims.linking import LinkModel, learned_link
from claims.linking.fit import fit_link_model, training_pairs
from claims.linking.pairs import candidates
from claims.pipeline import Analyzer, build, default_spec
from claims.pipeline.config import PipelineSpec
from claims.tagger.stage import gold_spans, gold_spans_stage
from claims.types import Analysis, Role

from .markup import parse
from .test_linking import triples

# the few fixture articles do not let the network converge in 60 epochs: expected, not a fault
pytestmark = pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")


def relinked(doc: Analysis, model: LinkModel) -> Analysis:
    return learned_link(doc.text, gold_spans(doc), model)


@pytest.mark.parametrize(
    "marked",
    [
        '{S1 Dr. Hill}, a surgeon, {C1 said}:\n{Q1 "We saw forty patients in one night."}',
        "{S1 Police} {C1 said} {Q1 the road was closed}; the driver {C2 reportedly} {Q2 fled}.",
        "{Q1 The plant will close in May}, {S1 the company} {C1 said}. {S2 Unions} {C2 warned} {Q2 of strikes}.",
        "{C1 According to} {S1 the report}, {Q1 the river rose two metres}.",
    ],
)
def test_the_shipped_linker_links_common_shapes(marked: str) -> None:
    doc = parse(marked)
    assert triples(relinked(doc, LinkModel.load())) == triples(doc)


def test_a_second_cue_shares_the_source_of_its_sentence() -> None:
    doc = parse("{S1 The minister} {C1 said} {Q1 taxes would fall} and {C2 added} {Q2 that spending would rise}.")
    out = relinked(doc, LinkModel.load())
    assert [(a.cues[0].of(doc.text), [s.of(doc.text) for s in a.sources]) for a in out.attributions] == [
        ("said", ["The minister"]),
        ("added", ["The minister"]),
    ]


def test_the_shipped_linker_knows_the_features_candidates_make(articles: list[Analysis]) -> None:
    known = set(LinkModel.load().features)
    made = {n for doc in articles for names in candidates(doc.text, gold_spans(doc)).features for n in names}
    assert made and made <= known | {n for n in made if n.split(":", 1)[1].startswith(("gap=", "len="))}
    assert {n for n in made if "hops=" in n} <= known


def test_fitted_on_annotations_it_relinks_them(articles: list[Analysis]) -> None:
    model = fit_link_model(articles, hidden=16, seed=1)
    same = sum(triples(relinked(doc, model)) == triples(doc) for doc in articles)
    assert same >= 0.8 * len(articles)
    assert model.card["articles"] == len(articles) and 0 < model.card["linked"] < model.card["pairs"]


def test_training_pairs_label_the_annotated_links() -> None:
    doc = parse("{S1 Ann} {C1 said} {Q1 rain fell}. {S2 Bo} {C2 said} {Q2 snow fell}.")
    features, labels = training_pairs([doc])
    assert len(features) == len(labels) == 8  # 4 spans x 2 cues in reach
    assert sum(labels) == 4
    assert all(name.startswith(("SO:", "CO:")) for names in features for name in names)


def test_round_trip_through_json_keeps_every_probability(articles: list[Analysis]) -> None:
    model = fit_link_model(articles[:6], hidden=8, seed=2)
    again = LinkModel.from_json(json.loads(json.dumps(model.to_json())))
    feats = [names for doc in articles for names in candidates(doc.text, gold_spans(doc)).features]
    assert np.allclose(model.probabilities(feats), again.probabilities(feats), atol=1e-4)


def test_threshold_one_links_nothing() -> None:
    doc = parse("{S1 Ann} {C1 said} {Q1 rain fell}.")
    model = LinkModel.load()
    assert relinked(doc, model).attributions
    strict = LinkModel.from_json({**model.to_json(), "threshold": 1.0})
    assert relinked(doc, strict).attributions == ()


@pytest.mark.parametrize(
    ("obj", "says"),
    [
        ({"format": "something"}, "not a claims linker"),
        ({"format": "claims-linker", "version": 9}, "version 9"),
        ({"format": "claims-linker", "version": 1, "features": ["a"]}, "malformed linker"),
        (
            {"format": "claims-linker", "version": 1, "features": ["a", "b"], "w1": [[1.0]], "b1": [0.0],
             "w2": [1.0], "b2": 0.0, "threshold": 0.5},
            "shapes",
        ),
    ],
)  # fmt: skip
def test_a_malformed_linker_is_refused_by_name(obj: object, says: str) -> None:
    with pytest.raises(ModelError, match=says) as err:
        LinkModel.from_json(obj, "mine.json")
    assert str(err.value).startswith("mine.json: ")


def test_the_stage_replaces_the_rules_in_a_pipeline(articles: list[Analysis], tmp_path: Path) -> None:
    path = tmp_path / "linker.json"
    path.write_text(json.dumps(fit_link_model(articles, hidden=16, seed=1).to_json()), encoding="utf-8")
    base = default_spec()
    stages = tuple("learned_link" if s == "link" else s for s in base.stages)
    spec = PipelineSpec(stages, {**base.settings, "learned_link": {"linker": str(path)}}, base.path)
    keep = ["tagger", "learned_link", "join_pieces", "drop_fragments"]
    drop = [s for s in stages if s not in keep]
    pipe = build(spec, drop, replace={"tagger": gold_spans_stage(articles)})
    assert [s.name for s in pipe.stages] == ["gold_spans", *keep[1:]]
    out = Analyzer(pipe).analyze(articles[0].text)
    assert out.attributions and all(a.origin for a in out.attributions)
    assert {r for a in out.attributions for r, _ in a.spans()} <= set(Role)


def test_a_bad_threshold_setting_is_a_pipeline_error() -> None:
    from claims.errors import PipelineError
    from claims.pipeline.registry import make

    with pytest.raises(PipelineError, match=r"learned_link.*threshold"):
        make("learned_link", {"threshold": 2})
